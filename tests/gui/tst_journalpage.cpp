// The console's Journal page, driven offscreen: the table of everything that was
// sent, the exact stored bytes of an entry (never the full activation code), the
// check of the hash chain, the export as JSON Lines, and lazy reading that keeps a
// journal of tens of thousands of entries out of memory.
#include "ConsoleSession.h"
#include "FileDialog.h"
#include "JournalEntryView.h"
#include "JournalModel.h"
#include "JournalPage.h"
#include "JournalText.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "common/TestKeys.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "help/LanguageLoader.h"
#include "provision/JournalRow.h"
#include "provision/TransmissionJournal.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace LightAgent;

namespace {

const QDateTime Start(QDate(2026, 11, 29), QTime(6, 0, 0, 250), Qt::UTC);
const QString Code = QStringLiteral("DEMO1-COMME-RCIAL-0005I");
const QString MaskedCode = QStringLiteral("*****-*****-*****-0005I");
const QUrl ActivationUrl(QStringLiteral("https://127.0.0.1:47443/v1/activations"));
const QUrl UpdateUrl(QStringLiteral("https://127.0.0.1:47443/v1/updates"));

RequestEnvelope activationEnvelope()
{
    const QJsonObject body {
        {QStringLiteral("activationCode"), Code},
        {QStringLiteral("localization"), QStringLiteral("en-US")},
        {QStringLiteral("svmId"), QStringLiteral("3b9d6c1e-51a7-4c8e-9f0a-2d4b6e8f1a3c")}};
    return RequestEnvelope::postJson(TransmissionKind::Activation, ActivationUrl, body,
                                     {QStringLiteral("activationCode")});
}

RequestEnvelope updateEnvelope()
{
    return RequestEnvelope::postJson(
        TransmissionKind::DatabaseUpdate, UpdateUrl,
        {{QStringLiteral("licenseId"), QStringLiteral("0A1-2B3C4D-5E6F7A8B")}});
}

const QString RefusedSentence =
    QStringLiteral("The service refused the connection; it may be down or blocked by a firewall.");

QString rowText(const JournalModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->data(model->index(row, column), role).toString();
}

} // namespace

class TestJournalPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void showsPlaceholderWhenNothingWasSent();
    void listsEntriesNewestFirst_data();
    void listsEntriesNewestFirst();
    void digestColumnShowsShortDigestWithFullTooltip();
    void detailsShowMaskedBodyAndDigest();
    void resultDetailsSayWhetherDigestMatched_data();
    void resultDetailsSayWhetherDigestMatched();
    void resultLinksToItsRequest();
    void errorsReadInTheLanguageOfNowAndStillVerify();
    void followedLinkShowsOnlyWhatApplies();
    void tabLeavesTheTableWhateverEntryIsSelected_data();
    void tabLeavesTheTableWhateverEntryIsSelected();
    void longValuesWrapInsteadOfScrollingSideways();
    void verifyReportsIntactJournal();
    void verifyNamesTamperedEntry_data();
    void verifyNamesTamperedEntry();
    void intactCheckClearsTheMark();
    void checkSaysWhenAndWhatItCovered();
    void exportWritesOneLinePerEntry();
    void cancelledExportWritesNothing();
    void refreshesWhenStateChanges();
    void refreshNoticesRemovedEnds_data();
    void refreshNoticesRemovedEnds();
    void readsTwentyThousandEntriesLazily();
    void rowsStayRightAcrossGaps();
    void windowNavigatesToJournal();
    void keyboardFocusRunsTopDown();
    void everyWidgetHasAnObjectName();

private:
    void fill();
    void appendRequests(int count);
    QString tamper(const QString &statement) const;
    void openPage();
    int rowOfSeq(qint64 seq) const { return m_page->model()->rowOfSeq(seq); }
    void select(qint64 seq);
    template<typename T> T *find(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }
    QString text(const char *name) const { return find<QLabel>(name)->text(); }

    FixedClock m_clock {Start};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<StateDatabase> m_database;
    std::unique_ptr<TransmissionJournal> m_journal;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<JournalPage> m_page;
};

void TestJournalPage::initTestCase()
{
    Clock::setInstance(&m_clock);
}

void TestJournalPage::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestJournalPage::init()
{
    m_clock.set(Start);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto database = StateDatabase::open(m_dir->path());
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().message));
    m_database = database.value();
    m_journal = std::make_unique<TransmissionJournal>(m_database);
    m_session = std::make_unique<ConsoleSession>(Test::demoProfile(), m_database);
}

void TestJournalPage::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_journal.reset();
    m_database.reset();
    m_dir.reset();
}

// Three transmissions: 1-2 activation sent and confirmed, 3-4 update failed,
// 5-6 activation declined.
void TestJournalPage::fill()
{
    const RequestEnvelope activation = activationEnvelope();
    m_clock.advanceSeconds(60);
    auto first = m_journal->recordRequest(activation);
    QVERIFY(first.ok());
    QVERIFY(
        m_journal->recordResult(first.value(), TransmissionOutcome::sent(200, activation.sha256()))
            .ok());
    m_clock.advanceSeconds(60);
    auto second = m_journal->recordRequest(updateEnvelope());
    QVERIFY(second.ok());
    // As the Russian interface journaled it; an English reader reads English.
    const Error refused =
        Error::make(ErrorCode::Network, QStringLiteral("connection-refused"),
                    QStringLiteral("Служба по адресу 127.0.0.1 отклонила подключение."));
    QVERIFY(m_journal->recordResult(second.value(), TransmissionOutcome::failed(refused)).ok());
    m_clock.advanceSeconds(60);
    auto third = m_journal->recordRequest(activation);
    QVERIFY(third.ok());
    QVERIFY(m_journal->recordResult(third.value(), TransmissionOutcome::declined()).ok());
}

// Appends request entries in one transaction, chained exactly as the journal
// chains them: recording them one by one would take a transaction each.
void TestJournalPage::appendRequests(int count)
{
    const RequestEnvelope envelope = updateEnvelope();
    const QString time = Clock::instance().now().toString(Qt::ISODateWithMs);
    const Status written = m_database->write([&]() -> Status {
        QSqlQuery head(m_database->connection());
        if (!head.exec(QStringLiteral("SELECT last_seq, last_hash FROM journal_head")) ||
            !head.next())
            return Error::make(ErrorCode::Database, QStringLiteral("test"), QStringLiteral("head"));
        const qint64 lastSeq = head.value(0).toLongLong();
        QString hash = head.value(1).toString();
        for (qint64 seq = lastSeq + 1; seq <= lastSeq + count; ++seq) {
            JournalRow::StoredRow row {JournalRow::requestContent(seq, time, envelope), hash, {}};
            row.hash = JournalRow::hashOf(row.prevHash, row.content);
            hash = row.hash;
            QSqlQuery insert(m_database->connection());
            JournalRow::prepareInsert(insert, row);
            if (!insert.exec())
                return Error::make(ErrorCode::Database, QStringLiteral("test"),
                                   insert.lastError().text());
        }
        QSqlQuery update(m_database->connection());
        update.prepare(QStringLiteral(
            "UPDATE journal_head SET entries = entries + ?, last_seq = ?, last_hash = ?"));
        update.addBindValue(count);
        update.addBindValue(lastSeq + count);
        update.addBindValue(hash);
        return m_database->exec(update, "test");
    });
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
}

// Changes the state file behind the console's back, through a connection of its own.
QString TestJournalPage::tamper(const QString &statement) const
{
    const QString name = QStringLiteral("tamper");
    QString failure;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(m_dir->filePath(QString::fromLatin1(StateDatabase::FileName)));
        QSqlQuery q(other);
        if (!other.open())
            failure = other.lastError().text();
        else if (!q.exec(statement))
            failure = q.lastError().text();
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

void TestJournalPage::openPage()
{
    m_page = std::make_unique<JournalPage>(*m_session);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestJournalPage::select(qint64 seq)
{
    m_page->selectSeq(seq);
    QVERIFY(m_page->details()->entry().has_value());
    QCOMPARE(m_page->details()->entry()->seq, seq);
}

void TestJournalPage::showsPlaceholderWhenNothingWasSent()
{
    openPage();
    auto *content = find<QStackedWidget>("journalContent");
    QCOMPARE(content->currentWidget()->objectName(), QStringLiteral("journalPlaceholder"));
    QCOMPARE(text("journalPlaceholder"),
             QStringLiteral("Nothing has been sent from this installation yet. Activation with "
                            "a key file sends nothing."));
    QVERIFY(!find<QPushButton>("journalExportButton")->isEnabled());
    QVERIFY(find<QPushButton>("journalVerifyButton")->isEnabled());
}

void TestJournalPage::listsEntriesNewestFirst_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("seq");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("what");
    QTest::newRow("the declined activation's result is first")
        << 0 << QStringLiteral("6") << QStringLiteral("Result of #5")
        << QStringLiteral("declined — nothing was sent");
    QTest::newRow("the declined activation's request")
        << 1 << QStringLiteral("5") << QStringLiteral("Activation with a code")
        << QStringLiteral("POST https://127.0.0.1:47443/v1/activations");
    QTest::newRow("the failed update") << 2 << QStringLiteral("4") << QStringLiteral("Result of #3")
                                       << QStringLiteral("failed — %1").arg(RefusedSentence);
    QTest::newRow("the update request")
        << 3 << QStringLiteral("3") << QStringLiteral("Database update")
        << QStringLiteral("POST https://127.0.0.1:47443/v1/updates");
    QTest::newRow("the confirmed activation")
        << 4 << QStringLiteral("2") << QStringLiteral("Result of #1")
        << QStringLiteral("sent — HTTP 200, digest confirmed");
    QTest::newRow("the first request is last")
        << 5 << QStringLiteral("1") << QStringLiteral("Activation with a code")
        << QStringLiteral("POST https://127.0.0.1:47443/v1/activations");
}

void TestJournalPage::listsEntriesNewestFirst()
{
    QFETCH(int, row);
    QFETCH(QString, seq);
    QFETCH(QString, kind);
    QFETCH(QString, what);
    fill();
    openPage();
    const JournalModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(find<QStackedWidget>("journalContent")->currentWidget()->objectName(),
             QStringLiteral("journalSplitter"));
    QCOMPARE(rowText(model, row, JournalModel::SeqColumn), seq);
    QCOMPARE(rowText(model, row, JournalModel::KindColumn), kind);
    QCOMPARE(rowText(model, row, JournalModel::WhatColumn), what);
    QVERIFY(!rowText(model, row, JournalModel::TimeColumn).isEmpty());
    QVERIFY(rowText(model, row, JournalModel::TimeColumn, Qt::ToolTipRole)
                .contains(QStringLiteral("2026-11-29T06:0")));
    QCOMPARE(text("journalCount"), QStringLiteral("6 entries"));
}

void TestJournalPage::digestColumnShowsShortDigestWithFullTooltip()
{
    fill();
    openPage();
    const QString sha256 = activationEnvelope().sha256();
    const int row = rowOfSeq(1);
    QCOMPARE(rowText(m_page->model(), row, JournalModel::DigestColumn),
             sha256.left(12) + QChar(0x2026));
    QVERIFY(rowText(m_page->model(), row, JournalModel::DigestColumn, Qt::ToolTipRole)
                .endsWith(sha256));
    // A result shows the digest the service reported.
    QCOMPARE(rowText(m_page->model(), rowOfSeq(2), JournalModel::DigestColumn),
             sha256.left(12) + QChar(0x2026));
    QVERIFY(rowText(m_page->model(), rowOfSeq(6), JournalModel::DigestColumn).isEmpty());
}

void TestJournalPage::detailsShowMaskedBodyAndDigest()
{
    fill();
    openPage();
    QCOMPARE(text("journalEntryHint"),
             QStringLiteral("Select an entry to see exactly what was sent."));
    select(1);
    const RequestEnvelope envelope = activationEnvelope();
    const QString body = m_page->details()->bodyView()->toPlainText();
    QCOMPARE(body, QString::fromUtf8(envelope.maskedBody()));
    QVERIFY(body.contains(MaskedCode));
    QVERIFY(!body.contains(Code));
    QCOMPARE(text("journalEntryBodySha256"), envelope.sha256());
    QCOMPARE(text("journalEntryUrl"), ActivationUrl.toString());
    QCOMPARE(text("journalEntryMethod"), QStringLiteral("POST"));
    QVERIFY(text("journalEntryHeaders").contains(QStringLiteral("Content-Type: application/json")));
    QVERIFY(text("journalEntryStoredCopy").contains(QStringLiteral("masked")));
    QVERIFY(text("journalEntryTitle").contains(QStringLiteral("#1")));
    QVERIFY(!find<QLabel>("journalEntryOutcome")->isVisibleTo(m_page.get()));

    // Indented for reading, the code stays masked.
    find<QCheckBox>("journalBodyIndent")->setChecked(true);
    const QString indented = m_page->details()->bodyView()->toPlainText();
    QVERIFY(indented.contains(QLatin1Char('\n')));
    QVERIFY(indented.contains(MaskedCode));
    QVERIFY(!indented.contains(Code));

    // An entry without secrets is stored as it was sent.
    find<QCheckBox>("journalBodyIndent")->setChecked(false);
    select(3);
    QCOMPARE(m_page->details()->bodyView()->toPlainText(),
             QString::fromUtf8(updateEnvelope().body()));
    QVERIFY(text("journalEntryStoredCopy").startsWith(QStringLiteral("Identical")));
}

void TestJournalPage::resultDetailsSayWhetherDigestMatched_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("check");
    const QString sent = activationEnvelope().sha256();
    QTest::newRow("the service received the same bytes")
        << sent << QStringLiteral("sent — HTTP 200, digest confirmed")
        << QStringLiteral("Matches: the service received exactly the bytes that were sent.");
    QTest::newRow("the service received other bytes")
        << QString(64, QLatin1Char('a'))
        << QStringLiteral("sent — HTTP 200, the service received different bytes")
        << QStringLiteral("Does not match: the service received different bytes than the ones "
                          "that were sent and shown.");
    QTest::newRow("the service reported no digest")
        << QString() << QStringLiteral("sent — HTTP 200")
        << QStringLiteral("Not checked: the service did not report a digest.");
}

void TestJournalPage::resultDetailsSayWhetherDigestMatched()
{
    QFETCH(QString, received);
    QFETCH(QString, outcome);
    QFETCH(QString, check);
    auto seq = m_journal->recordRequest(activationEnvelope());
    QVERIFY(seq.ok());
    QVERIFY(m_journal->recordResult(seq.value(), TransmissionOutcome::sent(200, received)).ok());
    openPage();
    select(2);
    QCOMPARE(text("journalEntryOutcome"), outcome);
    QCOMPARE(text("journalEntryDigestCheck"), check);
    QCOMPARE(text("journalEntryHttpStatus"), QStringLiteral("200"));
    QCOMPARE(text("journalEntryReceivedSha256"),
             received.isEmpty() ? QStringLiteral("Not reported by the service.") : received);
    // The verdict has an icon beside its words, never a colour alone.
    QVERIFY(!find<QLabel>("journalEntryDigestCheckIcon")->pixmap().isNull());
    QVERIFY(!find<QLabel>("journalEntryOutcomeIcon")->pixmap().isNull());
    QVERIFY(!find<QLabel>("journalEntryBodySha256")->isVisibleTo(m_page.get()));
    QVERIFY(!m_page->details()->bodyView()->isVisibleTo(m_page.get()));
}

void TestJournalPage::resultLinksToItsRequest()
{
    fill();
    openPage();
    select(4);
    QCOMPARE(text("journalEntryError"),
             QStringLiteral("%1 (connection-refused)").arg(RefusedSentence));
    QVERIFY(text("journalEntryHttpStatus").startsWith(QStringLiteral("None")));
    // The error has a row of its own; the outcome does not repeat it.
    QCOMPARE(text("journalEntryOutcome"), QStringLiteral("failed"));
    auto *link = find<QLabel>("journalEntryRequest");
    QVERIFY(link->text().contains(QStringLiteral("#3")));
    Q_EMIT link->linkActivated(QStringLiteral("3"));
    QCOMPARE(m_page->details()->entry()->seq, 3);
    QCOMPARE(m_page->table()->currentIndex().row(), rowOfSeq(3));
}

// A result keeps the reason code it was journaled with: the sentence is said in the
// language of now. A reason without a sentence of its own (rows journaled before, a
// store failure) shows the text stored with it. What is hashed is untouched.
void TestJournalPage::errorsReadInTheLanguageOfNowAndStillVerify()
{
    const auto request = m_journal->recordRequest(activationEnvelope());
    QVERIFY(request.ok());
    const Error blocked = Error::make(ErrorCode::Service, QStringLiteral("CODE_BLOCKED"),
                                      QStringLiteral("Код активации заблокирован поставщиком."));
    QVERIFY(
        m_journal->recordResult(request.value(), TransmissionOutcome::failed(blocked, 403)).ok());
    const auto second = m_journal->recordRequest(activationEnvelope());
    QVERIFY(second.ok());
    const Error stored = Error::make(ErrorCode::Database, QStringLiteral("store-failed"),
                                     QStringLiteral("The key store could not be changed."));
    QVERIFY(m_journal->recordResult(second.value(), TransmissionOutcome::failed(stored, 200)).ok());
    openPage();
    const JournalModel *model = m_page->model();
    QCOMPARE(
        rowText(model, rowOfSeq(2), JournalModel::WhatColumn),
        QStringLiteral("failed — HTTP 403: The activation code has been blocked by the vendor."));
    QCOMPARE(rowText(model, rowOfSeq(4), JournalModel::WhatColumn),
             QStringLiteral("failed — HTTP 200: The key store could not be changed."));

    LanguageLoader::install(QStringLiteral("ru-RU"));
    const QString russian = rowText(model, rowOfSeq(2), JournalModel::WhatColumn);
    LanguageLoader::install(QStringLiteral("en-US"));
    QVERIFY2(russian.contains(QStringLiteral("Код активации заблокирован")), qPrintable(russian));
    QVERIFY2(!russian.contains(QStringLiteral("The activation code")), qPrintable(russian));
    const auto verification = m_journal->verify();
    QVERIFY(verification.ok());
    QVERIFY2(verification->ok, qPrintable(verification->problem));
}

void TestJournalPage::followedLinkShowsOnlyWhatApplies()
{
    // A help link is handed to the browser: no body, no HTTP answer, no digest to check.
    const RequestEnvelope link = RequestEnvelope::openLink(
        TransmissionKind::HelpLink,
        QUrl(QStringLiteral("https://click.kaspersky.com/?hl=en-US&link=license_page")));
    auto seq = m_journal->recordRequest(link);
    QVERIFY(seq.ok());
    QVERIFY(m_journal->recordResult(seq.value(), TransmissionOutcome::sent(0)).ok());
    openPage();
    const auto shown = [this](const char *name) {
        return find<QLabel>(name)->isVisibleTo(m_page.get());
    };
    select(2);
    QCOMPARE(text("journalEntryOutcome"), QStringLiteral("sent"));
    for (const char *notApplying :
         {"journalEntryHttpStatus", "journalEntryReceivedSha256", "journalEntryDigestCheck"})
        QVERIFY2(!shown(notApplying), notApplying);
    QVERIFY(!m_page->model()
                 ->data(m_page->model()->index(0, JournalModel::WhatColumn), Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("digest")));
    select(1);
    QVERIFY(shown("journalEntryUrl"));
    for (const char *notApplying :
         {"journalEntryBodySize", "journalEntryBodySha256", "journalEntryStoredCopy"})
        QVERIFY2(!shown(notApplying), notApplying);
    QCOMPARE(rowText(m_page->model(), 1, JournalModel::DigestColumn), QString());

    // A request that has a body and an answer still shows them all.
    auto update = m_journal->recordRequest(updateEnvelope());
    QVERIFY(update.ok());
    QVERIFY(m_journal->recordResult(update.value(), TransmissionOutcome::sent(200)).ok());
    m_session->refresh();
    select(4);
    for (const char *applying :
         {"journalEntryHttpStatus", "journalEntryReceivedSha256", "journalEntryDigestCheck"})
        QVERIFY2(shown(applying), applying);
    select(3);
    QVERIFY(shown("journalEntryBodySha256"));
}

void TestJournalPage::tabLeavesTheTableWhateverEntryIsSelected_data()
{
    QTest::addColumn<qint64>("seq");
    QTest::newRow("a request") << qint64(1);
    QTest::newRow("a result") << qint64(2);
}

// Tab from the table goes on into the entry's details, whether the entry has one tab
// (a result) or two (a request), and Tab never stays in the table.
void TestJournalPage::tabLeavesTheTableWhateverEntryIsSelected()
{
    QFETCH(qint64, seq);
    fill();
    openPage();
    select(seq);
    m_page->activateWindow();
    m_page->table()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), m_page->table());
    QTest::keyClick(m_page->table(), Qt::Key_Tab);
    QWidget *next = QApplication::focusWidget();
    QVERIFY(next);
    QVERIFY2(next != m_page->table(), "Tab stays in the table");
    QVERIFY2(m_page->details()->isAncestorOf(next), qPrintable(next->objectName()));
    QVERIFY(next->isVisible());
}

// A SHA-256 or a URL never widens the details past the page: it wraps, whole.
void TestJournalPage::longValuesWrapInsteadOfScrollingSideways()
{
    fill();
    openPage();
    m_page->resize(630, 540); // the page's share of an 800×600 window
    for (qint64 seq : {1, 2}) {
        select(seq);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        auto *scroll = find<QScrollArea>("journalEntryScroll");
        QTRY_COMPARE(scroll->widget()->width(), scroll->viewport()->width());
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        QCOMPARE(m_page->table()->horizontalScrollBar()->maximum(), 0);
    }
    const QString hash = m_page->details()->entry()->hash;
    QCOMPARE(text("journalEntryHash"), hash);
    auto *value = find<QLabel>("journalEntryHash");
    QVERIFY(value->height() > value->fontMetrics().height()); // in more than one line
}

void TestJournalPage::verifyReportsIntactJournal()
{
    fill();
    openPage();
    QVERIFY(!find<QFrame>("journalResultPanel")->isVisible());
    QSignalSpy finished(m_page.get(), &JournalPage::verificationFinished);
    QTest::mouseClick(find<QPushButton>("journalVerifyButton"), Qt::LeftButton);
    QVERIFY(finished.wait());
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QCOMPARE(text("journalResultText"),
             QStringLiteral("The journal is intact: 6 entries checked at %1.")
                 .arg(JournalText::localTime(m_clock.now())));
    QVERIFY(find<QFrame>("journalResultPanel")->isVisible());
    QVERIFY(!find<QLabel>("journalResultIcon")->pixmap().isNull());
    QVERIFY(find<QPushButton>("journalVerifyButton")->isEnabled());
}

void TestJournalPage::verifyNamesTamperedEntry_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<qint64>("selected");
    QTest::newRow("a changed URL")
        << QStringLiteral("UPDATE journal SET url = 'https://elsewhere.example/' WHERE seq = 3")
        << QStringLiteral("Entry 3 was changed") << qint64(3);
    QTest::newRow("a changed outcome")
        << QStringLiteral("UPDATE journal SET outcome = 'sent' WHERE seq = 6")
        << QStringLiteral("Entry 6 was changed") << qint64(6);
    QTest::newRow("a removed entry selects the one before the gap")
        << QStringLiteral("DELETE FROM journal WHERE seq = 4")
        << QStringLiteral("Entry 4 is missing") << qint64(3);
}

void TestJournalPage::verifyNamesTamperedEntry()
{
    QFETCH(QString, statement);
    QFETCH(QString, problem);
    QFETCH(qint64, selected);
    fill();
    openPage();
    QCOMPARE(tamper(statement), QString());
    QSignalSpy finished(m_page.get(), &JournalPage::verificationFinished);
    find<QPushButton>("journalVerifyButton")->click();
    QVERIFY(finished.wait());
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    // The problem, and when the check that found it was made.
    QVERIFY2(text("journalResultText").contains(problem), qPrintable(text("journalResultText")));
    QVERIFY2(text("journalResultText").startsWith(QStringLiteral("Checked at ")),
             qPrintable(text("journalResultText")));
    QVERIFY(m_page->details()->entry().has_value());
    QCOMPARE(m_page->details()->entry()->seq, selected);
    const auto shown = m_page->model()->entryAt(m_page->table()->currentIndex().row());
    QVERIFY(shown.has_value());
    QCOMPARE(shown->seq, selected);
    // The row of a changed entry carries an icon and the sentence; a missing
    // entry has no row to mark.
    const JournalModel *model = m_page->model();
    const QModelIndex row = model->index(rowOfSeq(selected), JournalModel::SeqColumn);
    QCOMPARE(model->data(row, Qt::DecorationRole).isNull(), problem.contains(u"missing"));
    QVERIFY(model->data(model->index(rowOfSeq(1), JournalModel::SeqColumn), Qt::DecorationRole)
                .isNull());
}

void TestJournalPage::intactCheckClearsTheMark()
{
    fill();
    openPage();
    const QString original = ActivationUrl.toString(QUrl::FullyEncoded);
    QCOMPARE(tamper(QStringLiteral("UPDATE journal SET url = 'https://elsewhere.example/' "
                                   "WHERE seq = 5")),
             QString());
    QSignalSpy finished(m_page.get(), &JournalPage::verificationFinished);
    find<QPushButton>("journalVerifyButton")->click();
    QVERIFY(finished.wait());
    const JournalModel *model = m_page->model();
    const QModelIndex row = model->index(rowOfSeq(5), JournalModel::SeqColumn);
    QVERIFY(!model->data(row, Qt::DecorationRole).isNull());
    QVERIFY(model->data(row, Qt::ToolTipRole).toString().startsWith(u"Entry 5 was changed"));
    QCOMPARE(rowText(model, row.row(), JournalModel::WhatColumn),
             QStringLiteral("POST https://elsewhere.example/"));

    // Put back as it was written, the entry's hash matches again.
    QCOMPARE(tamper(QStringLiteral("UPDATE journal SET url = '%1' WHERE seq = 5").arg(original)),
             QString());
    find<QPushButton>("journalVerifyButton")->click();
    QVERIFY(finished.wait());
    QCOMPARE(finished.constLast().constFirst().toBool(), true);
    QVERIFY(model->data(row, Qt::DecorationRole).isNull());
    QVERIFY(model->data(row, Qt::ToolTipRole).isNull());
}

void TestJournalPage::refreshNoticesRemovedEnds_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("newest");
    QTest::addColumn<QString>("oldest");
    QTest::newRow("the newest entry removed") << QStringLiteral("DELETE FROM journal WHERE seq = 6")
                                              << QStringLiteral("5") << QStringLiteral("1");
    QTest::newRow("the oldest entry removed") << QStringLiteral("DELETE FROM journal WHERE seq = 1")
                                              << QStringLiteral("6") << QStringLiteral("2");
}

// A refresh reads the row count the database keeps and the ends with a few seeks,
// so it notices when an end of the journal is gone.
void TestJournalPage::refreshNoticesRemovedEnds()
{
    QFETCH(QString, statement);
    QFETCH(QString, newest);
    QFETCH(QString, oldest);
    fill();
    openPage();
    QCOMPARE(tamper(statement), QString());
    m_session->refresh();
    const JournalModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(rowText(model, 0, JournalModel::SeqColumn), newest);
    QCOMPARE(rowText(model, 4, JournalModel::SeqColumn), oldest);
}

void TestJournalPage::checkSaysWhenAndWhatItCovered()
{
    fill();
    openPage();
    const QDateTime firstCheck = m_clock.now();
    QSignalSpy finished(m_page.get(), &JournalPage::verificationFinished);
    find<QPushButton>("journalVerifyButton")->click();
    QVERIFY(finished.wait());
    auto *panel = find<QFrame>("journalResultPanel");
    QCOMPARE(panel->property("_lightagent_tone").toInt(), int(StatusTone::Good));

    // Later entries arrive: the result no longer speaks for the whole journal.
    m_clock.set(firstCheck.addSecs(600));
    appendRequests(2);
    m_session->refresh();
    QCOMPARE(m_page->model()->rowCount(), 8);
    QCOMPARE(text("journalResultText"),
             QStringLiteral("Checked 6 entries at %1: they were intact. 2 entries added since — "
                            "verify again.")
                 .arg(JournalText::localTime(firstCheck)));
    QCOMPARE(panel->property("_lightagent_tone").toInt(), int(StatusTone::Neutral));

    // Checked again, it covers all of them, at the new time.
    find<QPushButton>("journalVerifyButton")->click();
    QVERIFY(finished.wait());
    QCOMPARE(text("journalResultText"),
             QStringLiteral("The journal is intact: 8 entries checked at %1.")
                 .arg(JournalText::localTime(firstCheck.addSecs(600))));
    QCOMPARE(panel->property("_lightagent_tone").toInt(), int(StatusTone::Good));
}

void TestJournalPage::exportWritesOneLinePerEntry()
{
    fill();
    openPage();
    const QString path = m_dir->filePath(QStringLiteral("journal.jsonl"));
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QSignalSpy finished(m_page.get(), &JournalPage::exportFinished);
    find<QPushButton>("journalExportButton")->click();
    QVERIFY(finished.wait());
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(path)));
    QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("6 entries were exported")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 7); // six lines, each ending in a newline
    QVERIFY(lines.constLast().isEmpty());
    for (qsizetype i = 0; i < 6; ++i) {
        const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(line.value(QStringLiteral("seq")).toInteger(), qint64(i + 1));
        QVERIFY(!line.value(QStringLiteral("hash")).toString().isEmpty());
    }
    QVERIFY(!lines.at(0).contains(Code.toLatin1()));
}

void TestJournalPage::cancelledExportWritesNothing()
{
    fill();
    openPage();
    FileDialog::setNextFileName(QStringLiteral(""));
    QSignalSpy finished(m_page.get(), &JournalPage::exportFinished);
    find<QPushButton>("journalExportButton")->click();
    QVERIFY(!finished.wait(200));
    QVERIFY(find<QPushButton>("journalExportButton")->isEnabled());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.jsonl")}), QStringList());
}

void TestJournalPage::refreshesWhenStateChanges()
{
    openPage();
    QCOMPARE(m_page->model()->rowCount(), 0);
    fill();
    m_session->refresh(); // what the window does when it becomes active again
    QCOMPARE(m_page->model()->rowCount(), 6);
    QCOMPARE(find<QStackedWidget>("journalContent")->currentWidget()->objectName(),
             QStringLiteral("journalSplitter"));
    select(2);
    // New entries arrive at the top; the selected entry stays selected.
    auto seq = m_journal->recordRequest(updateEnvelope());
    QVERIFY(seq.ok());
    m_session->refresh();
    QCOMPARE(m_page->model()->rowCount(), 7);
    QCOMPARE(rowText(m_page->model(), 0, JournalModel::SeqColumn), QStringLiteral("7"));
    QCOMPARE(m_page->details()->entry()->seq, 2);
    QCOMPARE(m_page->table()->currentIndex().row(), rowOfSeq(2));
}

void TestJournalPage::readsTwentyThousandEntriesLazily()
{
    appendRequests(20000);
    openPage();
    JournalModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 20000);
    QTRY_VERIFY(model->cachedEntries() > 0); // the first rows were painted
    const qint64 beforeScrolling = model->cachedEntries();
    QVERIFY2(beforeScrolling <= 3 * JournalModel::PageSize,
             qPrintable(QString::number(beforeScrolling)));
    QCOMPARE(rowText(model, 0, JournalModel::SeqColumn), QStringLiteral("20000"));

    m_page->table()->scrollToBottom();
    QTRY_VERIFY(model->cachedEntries() > beforeScrolling); // the last rows were painted
    QVERIFY(model->cachedEntries() <= 4 * JournalModel::PageSize);
    QCOMPARE(rowText(model, 19999, JournalModel::SeqColumn), QStringLiteral("1"));

    // Jumping around keeps only the pages used last.
    for (int row = 0; row < 20000; row += 500)
        QVERIFY(model->entryAt(row).has_value());
    QVERIFY(model->cachedEntries() <= JournalModel::MaxCachedPages * JournalModel::PageSize);
    QCOMPARE(model->entryAt(12345)->seq, 20000 - 12345);
    QCOMPARE(model->rowOfSeq(7655), 12345);
}

void TestJournalPage::rowsStayRightAcrossGaps()
{
    appendRequests(250);
    QCOMPARE(tamper(QStringLiteral("DELETE FROM journal WHERE seq BETWEEN 120 AND 130")),
             QString());
    QCOMPARE(tamper(QStringLiteral("DELETE FROM journal WHERE seq = 250")), QString());
    QList<qint64> expected;
    for (qint64 seq = 249; seq >= 1; --seq) {
        if (seq < 120 || seq > 130)
            expected.append(seq);
    }
    openPage();
    JournalModel *model = m_page->model();
    QCOMPARE(model->rowCount(), expected.size());
    QVERIFY(!model->span().contiguous());
    // From the end first: those pages are found by counting rows; later pages
    // continue below the page above.
    for (int row = int(expected.size()) - 1; row >= 0; --row)
        QCOMPARE(model->entryAt(row)->seq, expected.at(row));
    m_page->reloadAll();
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(model->entryAt(row)->seq, expected.at(row));
    QCOMPARE(model->rowOfSeq(131), int(expected.indexOf(131)));
    QCOMPARE(model->rowOfSeq(125), int(expected.indexOf(119))); // removed: the one before
    QCOMPARE(model->rowOfSeq(250), 0);
}

void TestJournalPage::windowNavigatesToJournal()
{
    fill();
    MainWindow window(*m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    const QList<QListWidgetItem *> items =
        navigation->findItems(QStringLiteral("Journal"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QVERIFY(!items.constFirst()->icon().isNull());
    navigation->setCurrentItem(items.constFirst());
    auto *page = window.findChild<JournalPage *>();
    QVERIFY(page); // built when first shown
    QCOMPARE(window.currentPage(), page);
    QTRY_COMPARE(page->model()->rowCount(), 6);
}

void TestJournalPage::keyboardFocusRunsTopDown()
{
    fill();
    openPage();
    select(1);
    auto next = [this](QWidget *widget) {
        do
            widget = widget->nextInFocusChain();
        while (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(m_page.get()));
        return widget;
    };
    QWidget *widget = find<QPushButton>("journalVerifyButton");
    QStringList order {widget->objectName()};
    for (int i = 0; i < 3; ++i) {
        widget = next(widget);
        order.append(widget->objectName());
    }
    QCOMPARE(
        order,
        QStringList({QStringLiteral("journalVerifyButton"), QStringLiteral("journalExportButton"),
                     QStringLiteral("journalRefreshButton"), QStringLiteral("journalTable")}));
    // From the table into the details of the selected entry.
    QVERIFY(m_page->details()->isAncestorOf(next(widget)));
}

void TestJournalPage::everyWidgetHasAnObjectName()
{
    fill();
    openPage();
    select(1);
    const QList<QWidget *> widgets = m_page->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // Qt's own parts of composite widgets (scroll bars, viewports) are not ours.
        if (widget->objectName().startsWith(QLatin1String("qt_")) ||
            widget->parentWidget()->inherits("QAbstractScrollArea") ||
            widget->inherits("QScrollBar") || widget->inherits("QHeaderView") ||
            widget->inherits("QSplitterHandle") || widget->inherits("QFocusFrame"))
            continue;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
    }
}

QTEST_MAIN(TestJournalPage)
#include "tst_journalpage.moc"
