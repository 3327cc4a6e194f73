// The transmission journal as a table for the Journal page, newest entry first.
// It never holds the whole journal: a row's page of entries is read when the view
// first asks for it, and only the pages used last stay in memory, so a journal of
// 100 000 entries opens and scrolls as quickly as one of ten.
#pragma once

#include "provision/TransmissionJournal.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace LightAgent {

class StateDatabase;

class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeqColumn, TimeColumn, KindColumn, WhatColumn, DigestColumn, ColumnCount };
    static constexpr int PageSize = 100;
    static constexpr int MaxCachedPages = 24;

    explicit JournalModel(std::shared_ptr<StateDatabase> database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads how far the journal reaches; the rows are reset when it changed. Without
    // `force` that is a few seeks and the row count the database keeps; `force`
    // counts every row and drops every page read so far.
    Status reload(bool force = false);
    // The entry shown in `row`, read with its page when needed.
    std::optional<JournalEntry> entryAt(int row) const;
    // The row of entry `seq` or, when there is no such entry, of the nearest older
    // one; -1 when there is none.
    int rowOfSeq(qint64 seq) const;
    JournalSpan span() const { return m_span; }

    // Marks the entry that a check of the journal found wrong (0: none), with the
    // sentence saying what is wrong; the row shows it with an icon and a tooltip.
    void setProblem(qint64 seq, const QString &problem);

    // How many entries are held in memory now: a few pages, whatever the journal's size.
    qint64 cachedEntries() const;

    // Headers and texts in the current language.
    void retranslate();

Q_SIGNALS:
    // A page could not be read; the rows it covers show nothing.
    void readFailed(const QString &message);

private:
    const QList<JournalEntry> *page(int pageIndex) const;
    Result<QList<JournalEntry>> readPage(int pageIndex) const;
    void remember(int pageIndex, QList<JournalEntry> entries) const;
    QVariant display(const JournalEntry &entry, int column) const;
    QVariant toolTip(const JournalEntry &entry, int column) const;
    QVariant decoration(const JournalEntry &entry, int column) const;

    TransmissionJournal m_journal;
    JournalSpan m_span;
    // The pages read so far by page index, and their use order, most recent first.
    mutable QHash<int, QList<JournalEntry>> m_pages;
    mutable QList<int> m_recentPages;
    mutable QString m_failedRead; // reported once until the next reload
    qint64 m_problemSeq = 0;
    QString m_problem;
};

} // namespace LightAgent
