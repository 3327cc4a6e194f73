#include "JournalModel.h"

#include "JournalText.h"
#include "StatusTone.h"

#include <QApplication>
#include <QFontDatabase>
#include <QIcon>

#include <limits>

namespace LightAgent {

namespace {

bool sameSpan(const JournalSpan &a, const JournalSpan &b)
{
    return a.entries == b.entries && a.firstSeq == b.firstSeq && a.lastSeq == b.lastSeq;
}

} // namespace

JournalModel::JournalModel(std::shared_ptr<StateDatabase> database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(std::move(database))
{ }

int JournalModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(qMin(m_span.entries, qint64(std::numeric_limits<int>::max())));
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Status JournalModel::reload(bool force)
{
    Result<JournalSpan> span = force ? m_journal.countedSpan() : m_journal.span();
    if (!span)
        return span.error();
    if (!force && sameSpan(span.value(), m_span))
        return {};
    beginResetModel();
    m_span = span.value();
    m_pages.clear();
    m_recentPages.clear();
    m_failedRead.clear();
    endResetModel();
    return {};
}

void JournalModel::setProblem(qint64 seq, const QString &problem)
{
    m_problemSeq = seq;
    m_problem = problem;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, SeqColumn), index(rowCount() - 1, SeqColumn),
                           {Qt::DecorationRole, Qt::ToolTipRole});
}

void JournalModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

Result<QList<JournalEntry>> JournalModel::readPage(int pageIndex) const
{
    const qint64 firstRow = qint64(pageIndex) * PageSize;
    // In an intact journal row r shows seq lastSeq - r: one seek on the seq key.
    if (m_span.contiguous())
        return m_journal.pageBefore(m_span.lastSeq - firstRow + 1, PageSize);
    // With gaps, continue below the page above when it is at hand, else count rows.
    if (const auto above = m_pages.constFind(pageIndex - 1);
        above != m_pages.cend() && above->size() == PageSize)
        return m_journal.pageBefore(above->constLast().seq, PageSize);
    return m_journal.pageBefore(m_span.lastSeq + 1, PageSize, firstRow);
}

void JournalModel::remember(int pageIndex, QList<JournalEntry> entries) const
{
    m_pages.insert(pageIndex, std::move(entries));
    m_recentPages.prepend(pageIndex);
    while (m_recentPages.size() > MaxCachedPages)
        m_pages.remove(m_recentPages.takeLast());
}

const QList<JournalEntry> *JournalModel::page(int pageIndex) const
{
    if (const auto found = m_pages.constFind(pageIndex); found != m_pages.cend()) {
        if (m_recentPages.constFirst() != pageIndex) {
            m_recentPages.removeOne(pageIndex);
            m_recentPages.prepend(pageIndex);
        }
        return &found.value();
    }
    auto read = readPage(pageIndex);
    if (!read && m_failedRead.isEmpty()) {
        // Reported after painting, not from inside the view's call for data.
        m_failedRead = read.error().message;
        QMetaObject::invokeMethod(
            const_cast<JournalModel *>(this),
            [this, message = m_failedRead] {
                Q_EMIT const_cast<JournalModel *>(this)->readFailed(message);
            },
            Qt::QueuedConnection);
    }
    // A page that cannot be read stays empty until the next reload, instead of being
    // asked for again at every repaint.
    remember(pageIndex, read ? read.value() : QList<JournalEntry>());
    return &m_pages.find(pageIndex).value();
}

std::optional<JournalEntry> JournalModel::entryAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    const QList<JournalEntry> *entries = page(row / PageSize);
    const int at = row % PageSize;
    if (at >= entries->size())
        return std::nullopt;
    return entries->at(at);
}

int JournalModel::rowOfSeq(qint64 seq) const
{
    if (m_span.entries == 0)
        return -1;
    const qint64 target = qBound(m_span.firstSeq, seq, m_span.lastSeq);
    qint64 row = 0;
    if (m_span.contiguous()) {
        row = m_span.lastSeq - target;
    } else {
        auto newer = m_journal.countRange(target + 1, m_span.lastSeq);
        if (!newer)
            return -1;
        row = newer.value();
    }
    return int(qMin(row, qint64(rowCount() - 1)));
}

qint64 JournalModel::cachedEntries() const
{
    qint64 total = 0;
    for (const QList<JournalEntry> &entries : std::as_const(m_pages))
        total += entries.size();
    return total;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return QVariant();
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == DigestColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::DecorationRole &&
        role != Qt::AccessibleTextRole)
        return QVariant();
    const auto entry = entryAt(index.row());
    if (!entry)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(*entry, index.column());
    case Qt::ToolTipRole:
        return toolTip(*entry, index.column());
    case Qt::DecorationRole:
        return decoration(*entry, index.column());
    default:
        return QVariant();
    }
}

QVariant JournalModel::display(const JournalEntry &entry, int column) const
{
    const bool request = entry.event == JournalEvent::Request;
    switch (column) {
    case SeqColumn:
        return QString::number(entry.seq);
    case TimeColumn:
        return JournalText::localTime(entry.time);
    case KindColumn:
        return JournalText::kind(entry);
    case WhatColumn:
        return JournalText::summary(entry);
    case DigestColumn:
        // A followed link sends no body: no digest applies to it.
        if (request && entry.kind == toWireName(TransmissionKind::HelpLink))
            return QString();
        return JournalText::shortDigest(request ? entry.bodySha256 : entry.outcome.receivedSha256);
    default:
        return QVariant();
    }
}

QVariant JournalModel::toolTip(const JournalEntry &entry, int column) const
{
    const bool request = entry.event == JournalEvent::Request;
    switch (column) {
    case SeqColumn:
        return entry.seq == m_problemSeq ? QVariant(m_problem) : QVariant();
    case TimeColumn:
        //: Tooltip of a journal time; %1 is the time in UTC, ISO 8601
        return tr("%1 (UTC)").arg(entry.time.toString(Qt::ISODateWithMs));
    case WhatColumn:
        // Without an HTTP answer (a link handed to the browser) no digest could be reported.
        if (request || entry.outcome.result != TransmissionResult::Sent ||
            entry.outcome.httpStatus == 0)
            return JournalText::summary(entry);
        return QString(JournalText::summary(entry) + QLatin1Char('\n') +
                       JournalText::digestSentence(JournalText::digestCheck(entry.outcome)));
    case DigestColumn:
        if (request && entry.kind == toWireName(TransmissionKind::HelpLink))
            return QVariant(); // a followed link sends no body
        if (request)
            return QString(
                tr("SHA-256 of the %n byte(s) that were sent:", nullptr, int(entry.bodySize)) +
                QLatin1Char('\n') + entry.bodySha256);
        if (entry.outcome.receivedSha256.isEmpty())
            return QVariant();
        return QString(tr("SHA-256 of the bytes the service says it received:") +
                       QLatin1Char('\n') + entry.outcome.receivedSha256);
    default:
        return QVariant();
    }
}

QVariant JournalModel::decoration(const JournalEntry &entry, int column) const
{
    if (column == SeqColumn && entry.seq == m_problemSeq)
        return toneIcon(StatusTone::Critical, QApplication::style());
    if (column != WhatColumn || entry.event != JournalEvent::Result)
        return QVariant();
    return toneIcon(JournalText::tone(entry.outcome), QApplication::style());
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::TextAlignmentRole && section == SeqColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == SeqColumn)
        return tr("The entry's number in the journal");
    if (role == Qt::ToolTipRole && section == DigestColumn)
        return tr("For a request, the SHA-256 of the exact bytes sent; for a result, the "
                  "SHA-256 the service says it received");
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SeqColumn:
        //: Journal column: the entry number
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        //: Journal column: the kind of transmission
        return tr("Kind");
    case WhatColumn:
        //: Journal column: the request's method and URL, or the result's outcome
        return tr("What");
    case DigestColumn:
        return tr("Body SHA-256");
    default:
        return QVariant();
    }
}

} // namespace LightAgent
