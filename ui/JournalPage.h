// The Journal page: the tamper-evident record of everything this installation sent
// or declined to send (DESIGN §1 item 3), newest first, with the exact stored
// bytes of the selected entry, a check of the hash chain and an export as JSON
// Lines. It stays quick with 100 000 entries: the table reads pages on demand and
// the check and the export run off the window's thread.
#pragma once

#include "StatusTone.h"
#include "core/Result.h"
#include "provision/JournalEntry.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace LightAgent {

class ConsoleSession;
class JournalEntryView;
class JournalModel;
class JournalWorker;

class JournalPage : public QWidget
{
    Q_OBJECT

public:
    explicit JournalPage(ConsoleSession &session, QWidget *parent = nullptr);
    ~JournalPage() override;

    JournalModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    JournalEntryView *details() const { return m_details; }

public Q_SLOTS:
    // Reads the journal again when it changed, keeping the selected entry.
    void refresh();
    // Reads everything again, whether or not it seems to have changed.
    void reloadAll();
    // Checks the hash chain off the window's thread; selects the first bad entry.
    void verify();
    // Asks for a file and writes the journal to it as JSON Lines.
    void exportJournal();
    // Selects and shows the entry seq (or the nearest older one).
    void selectSeq(qint64 seq);

Q_SIGNALS:
    void verificationFinished(bool intact);
    void exportFinished(bool written);

protected:
    void showEvent(QShowEvent *event) override;
    // Keeps the splitter's sizes for the next run (WindowState).
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createToolbar();
    QFrame *createResultPanel();
    QWidget *createTable();
    void retranslateUi();
    void sizeColumns();
    void reload(bool force);
    void showSelected();
    void select(qint64 seq, bool centre);
    void updateState();
    void showResult(StatusTone tone, const QString &text);
    void onVerified(const Result<JournalVerification> &result);
    void onExported(const QString &path, const Result<qint64> &entries);
    void showVerification(const Result<JournalVerification> &result);

    ConsoleSession &m_session;
    JournalModel *m_model;
    JournalWorker *m_worker;
    JournalEntryView *m_details;
    QTableView *m_table = nullptr;
    QStackedWidget *m_content = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_busy = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QFrame *m_resultPanel = nullptr;
    QLabel *m_resultIcon = nullptr;
    QLabel *m_resultText = nullptr;
    // The last check, kept to say it again in another language.
    std::optional<Result<JournalVerification>> m_verification;
    QDateTime m_verifiedAt; // when m_verification was made
    enum class Busy { None, Verifying, Exporting } m_busyWith = Busy::None;
};

} // namespace LightAgent
