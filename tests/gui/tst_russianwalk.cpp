// The console in Russian, walked as an administrator would walk it: every page, every
// dialog and every page of the activation wizard, started in Russian and switched to
// Russian live from English. Any visible text that is still English fails: a text
// that equals an English source text of the translations (or of Qt's own buttons),
// or a run of English words. Product names, serials, URLs, field names and numbers
// are not English words to translate.
#include "AboutDialog.h"
#include "ActivationWizard.h"
#include "AgreementDialog.h"
#include "ConsoleSession.h"
#include "DashboardPage.h"
#include "DataProvisionPage.h"
#include "EnvelopePreviewDialog.h"
#include "FileDialog.h"
#include "HelpLinkButton.h"
#include "HelpLinkPreviewDialog.h"
#include "JournalPage.h"
#include "KeyInspectionDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "UpdateDialog.h"
#include "UpdatesPage.h"
#include "common/TestKeys.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "help/Language.h"
#include "help/LanguageLoader.h"
#include "provision/DataProvisionAgreement.h"
#include "provision/TransmissionJournal.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QFile>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTreeView>
#include <QXmlStreamReader>

#include <memory>

using namespace LightAgent;

namespace {

const QDateTime Today(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);

// Names, not words to translate: the product's name as the profile and the keys give
// it, the demo licensee. Longest first: they are taken out of a text before it is read.
const QStringList SameInEveryLanguage {
    QStringLiteral("Light Agent for Virtualization Security"),
    QStringLiteral("Light Agent Console"),
    QStringLiteral("Demo Organization"),
    QStringLiteral("Light Agent"),
};

// Qt's own button texts in English: qtbase_ru.qm must translate them.
const QStringList QtEnglishButtons {
    QStringLiteral("OK"),     QStringLiteral("Cancel"), QStringLiteral("Close"),
    QStringLiteral("Next >"), QStringLiteral("< Back"), QStringLiteral("Finish"),
    QStringLiteral("Help"),   QStringLiteral("Yes"),    QStringLiteral("No"),
    QStringLiteral("Apply"),  QStringLiteral("Save"),   QStringLiteral("Open"),
    QStringLiteral("Commit"), QStringLiteral("Done"),   QStringLiteral("Reset"),
};

struct Sources
{
    QSet<QString> english; // every source text that Russian translates differently
};

// The source texts of the Russian catalog, from the source tree.
Sources readSources()
{
    Sources sources;
    QFile file(Test::sourcePath(QStringLiteral("translations/lightagent_ru.ts")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot read %s", qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (translation != source && !source.contains(QLatin1Char('%')))
                sources.english.insert(source.trimmed().remove(QLatin1Char('&')));
        }
    }
    return sources;
}

QString plain(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.trimmed();
}

// Two or more English words in a row, one of them in lower case ("Demo vendor",
// "not reported"): a sentence or a phrase, not a name.
bool hasEnglishPhrase(const QString &text)
{
    static const QRegularExpression word(
        QStringLiteral("^[(\"«]?([A-Za-z][a-z]+|[a-z]+)[)\"».,:;!?]*$"));
    int run = 0;
    bool lowerInRun = false;
    for (const QString &token :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const auto match = word.match(token);
        if (!match.hasMatch()) {
            run = 0;
            lowerInRun = false;
            continue;
        }
        ++run;
        lowerInRun = lowerInRun || match.captured(1).at(0).isLower();
        if (run >= 2 && lowerInRun)
            return true;
    }
    return false;
}

} // namespace

class TestRussianWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void everyScreenSpeaksRussian_data();
    void everyScreenSpeaksRussian();
    void displayNameFollowsALiveSwitch();

private:
    void openWindow();
    void collect(QWidget *root, const QString &where);
    void walkPages();
    void walkDialogs();
    void walkWizard();
    template<typename T> T *waitFor(QWidget *parent)
    {
        // Closed dialogs of an earlier walk may linger hidden: the shown one counts.
        T *found = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            const auto all = parent->findChildren<T *>();
            for (T *candidate : all) {
                if (candidate->isVisible())
                    found = candidate;
            }
            return found != nullptr;
        });
        return shown ? found : nullptr;
    }

    FixedClock m_clock {Today};
    Sources m_sources;
    QStringList m_problems; // "where: text"
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<StateDatabase> m_database;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestRussianWalk::initTestCase()
{
    Clock::setInstance(&m_clock);
    m_sources = readSources();
    QVERIFY(m_sources.english.size() > 500);
}

void TestRussianWalk::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestRussianWalk::init()
{
    LanguageLoader::install(QStringLiteral("en-US"));
    m_problems.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto database = StateDatabase::open(m_dir->path());
    QVERIFY(database.ok());
    m_database = database.value();
    m_session = std::make_unique<ConsoleSession>(Test::demoProfile(), m_database);
    auto keyFile =
        KeyFile::load(Test::demoKeyPath(QStringLiteral("commercial.key")), m_session->profile());
    QVERIFY(keyFile.ok());
    QVERIFY(m_session->addKey(m_session->candidateFromFile(keyFile.value()), KeySlot::Active).ok());
    QVERIFY(DataProvisionAgreement(m_database).accept(m_session->profile(), Today).ok());
    // A failed and a declined transmission, so the journal has entries of both kinds.
    TransmissionJournal journal(m_database);
    const auto envelope = RequestEnvelope::postJson(
        TransmissionKind::DatabaseUpdate,
        QUrl(QStringLiteral("https://127.0.0.1:47443/v1/updates")),
        {{QStringLiteral("licenseId"), QStringLiteral("0A1-2B3C4D-5E6F7A8B")}});
    const auto first = journal.recordRequest(envelope);
    QVERIFY(first.ok());
    QVERIFY(journal
                .recordResult(first.value(),
                              TransmissionOutcome::failed(Error::make(
                                  ErrorCode::Network, QStringLiteral("connection-refused"),
                                  QStringLiteral("The service refused the connection."))))
                .ok());
    const auto second = journal.recordRequest(envelope);
    QVERIFY(second.ok());
    QVERIFY(journal.recordResult(second.value(), TransmissionOutcome::declined()).ok());
}

void TestRussianWalk::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_database.reset();
    m_dir.reset();
    LanguageLoader::install(QStringLiteral("en-US"));
}

void TestRussianWalk::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->resize(1100, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRussianWalk::collect(QWidget *root, const QString &where)
{
    QStringList texts;
    if (root->isWindow())
        texts << root->windowTitle();
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->placeholderText();
        else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            const QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            // The columns the view shows (a file dialog's list shares a model of four).
            QList<int> columns;
            auto *list = qobject_cast<QListView *>(view);
            auto *table = qobject_cast<QTableView *>(view);
            auto *tree = qobject_cast<QTreeView *>(view);
            for (int column = 0; column < model->columnCount(); ++column) {
                if ((list && column != list->modelColumn()) ||
                    (table && table->isColumnHidden(column)) ||
                    (tree && tree->isColumnHidden(column)))
                    continue;
                columns << column;
                if (!list)
                    texts << model->headerData(column, Qt::Horizontal).toString();
            }
            for (int row = 0; row < qMin(model->rowCount(), 20); ++row) {
                for (int column : std::as_const(columns))
                    texts << model->index(row, column).data().toString();
            }
        }
    }
    for (const QString &raw : std::as_const(texts)) {
        QString text = plain(raw);
        for (const QString &name : SameInEveryLanguage)
            text.replace(name, QStringLiteral("\u00b7"));
        if (text.isEmpty())
            continue;
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString trimmed = line.trimmed();
            if (m_sources.english.contains(trimmed) || QtEnglishButtons.contains(trimmed) ||
                hasEnglishPhrase(trimmed))
                m_problems << where + QStringLiteral(": ") + trimmed;
            // A date with a two-digit year ("07.12.26 23:48") is another format than
            // every other page's.
            // A version ("OpenSSL 3.0.19", a kernel's "6.18.44-fc") is not a date: a date
            // has no zero for its day or month and stands alone.
            static const QRegularExpression shortYear(
                QStringLiteral("(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./]\\d{2}(?![\\d./\\w-])"));
            const QRegularExpressionMatch date = shortYear.match(trimmed);
            if (date.hasMatch() && date.captured(1).toInt() > 0 && date.captured(2).toInt() > 0)
                m_problems << where + QStringLiteral(" (two-digit year): ") + trimmed;
        }
    }
}

void TestRussianWalk::walkPages()
{
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QCoreApplication::processEvents();
        collect(m_window.get(), QStringLiteral("page %1").arg(navigation->item(row)->text()));
        // Select each journal entry, so that the details pane is read too.
        if (m_window->currentPage() == m_window->journalPage()) {
            auto *table = m_window->journalPage()->findChild<QAbstractItemView *>();
            QVERIFY(table);
            for (int entry = 0; entry < table->model()->rowCount(); ++entry) {
                table->setCurrentIndex(table->model()->index(entry, 0));
                QCoreApplication::processEvents();
                collect(m_window.get(), QStringLiteral("journal entry %1").arg(entry));
            }
        }
    }
    const auto menus = m_window->menuBar()->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        for (QAction *action : menu->actions()) {
            const QString text = plain(action->text());
            if (!text.isEmpty() && !SameInEveryLanguage.contains(text) &&
                (m_sources.english.contains(text) || hasEnglishPhrase(text)))
                m_problems << QStringLiteral("menu: ") + text;
        }
    }
}

void TestRussianWalk::walkDialogs()
{
    m_window->showAbout();
    auto *about = waitFor<AboutDialog>(m_window.get());
    QVERIFY(about);
    collect(about, QStringLiteral("About"));
    about->close();

    KeyInspectionDialog *inspection =
        m_window->openKeyFile(Test::demoKeyPath(QStringLiteral("reserve-commercial.key")));
    QVERIFY(inspection);
    QTRY_VERIFY(inspection->isVisible());
    collect(inspection, QStringLiteral("key inspection"));
    inspection->reject();

    AgreementDialog *agreement = m_window->dataProvisionPage()->showAgreement();
    QVERIFY(agreement);
    QTRY_VERIFY(agreement->isVisible());
    collect(agreement, QStringLiteral("agreement"));
    agreement->reject();

    QTest::mouseClick(m_window->dashboard()->helpButton(), Qt::LeftButton);
    auto *preview = waitFor<HelpLinkPreviewDialog>(m_window.get());
    QVERIFY(preview);
    collect(preview, QStringLiteral("help link preview"));
    preview->reject();

    for (const TransmissionKind kind :
         {TransmissionKind::Activation, TransmissionKind::LicenseCheck,
          TransmissionKind::DatabaseUpdate, TransmissionKind::HelpLink}) {
        EnvelopePreviewDialog *shown = m_window->dataProvisionPage()->previewNow(kind);
        QVERIFY(shown);
        QTRY_VERIFY(shown->isVisible());
        collect(shown, QStringLiteral("preview of %1").arg(toWireName(kind)));
        shown->close();
    }

    // Qt's own file dialog, as FileDialog opens it when the system speaks another
    // language (the tests run in the C locale): Qt's translation names its parts.
    const bool russianOnAnotherSystem = LanguageLoader::installed() == QLatin1String("ru-RU") &&
        Language::fromSystem() != QLatin1String("ru-RU");
    QCOMPARE(FileDialog::options().testFlag(QFileDialog::DontUseNativeDialog),
             russianOnAnotherSystem);
    QFileDialog files(m_window.get(), QStringLiteral("—"));
    files.setOptions(QFileDialog::DontUseNativeDialog);
    files.show();
    QVERIFY(QTest::qWaitForWindowExposed(&files));
    collect(&files, QStringLiteral("file dialog"));
    files.close();

    UpdateDialog *update = m_window->updatesPage()->updateNow();
    QVERIFY(update);
    QTRY_VERIFY(update->isVisible());
    collect(update, QStringLiteral("update preview"));
    update->reject();
}

void TestRussianWalk::walkWizard()
{
    ActivationWizard *wizard = m_window->openActivationWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    collect(wizard, QStringLiteral("wizard: method"));
    auto *codeRadio = wizard->findChild<QAbstractButton *>(QStringLiteral("codeMethodRadio"));
    QVERIFY(codeRadio);
    codeRadio->click();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ActivationWizard::Page_Code));
    collect(wizard, QStringLiteral("wizard: code"));
    auto *edit = wizard->findChild<QLineEdit *>(QStringLiteral("activationCodeEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("DEMO1-COMME-RCIAL-0005I"));
    collect(wizard, QStringLiteral("wizard: code typed"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ActivationWizard::Page_Preview));
    collect(wizard, QStringLiteral("wizard: preview"));
    wizard->button(QWizard::CustomButton1)->click(); // decline
    QCOMPARE(wizard->currentId(), int(ActivationWizard::Page_Declined));
    collect(wizard, QStringLiteral("wizard: declined"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ActivationWizard::Page_KeyFile));
    collect(wizard, QStringLiteral("wizard: key file"));
    wizard->reject();
}

void TestRussianWalk::everyScreenSpeaksRussian_data()
{
    QTest::addColumn<bool>("live");
    QTest::newRow("started in Russian") << false;
    QTest::newRow("switched live from English") << true;
}

void TestRussianWalk::everyScreenSpeaksRussian()
{
    QFETCH(bool, live);
    if (!live)
        QVERIFY(m_session->languages()->setLanguage(QStringLiteral("ru-RU")).ok());
    openWindow();
    if (live) {
        // Every page and dialog built once in English first, then switched.
        walkPages();
        walkDialogs();
        m_problems.clear();
        QVERIFY(m_session->languages()->setLanguage(QStringLiteral("ru-RU")).ok());
        QCoreApplication::processEvents();
    }
    walkPages();
    walkDialogs();
    walkWizard();
    collect(m_window.get(), QStringLiteral("status bar"));
    m_problems.removeDuplicates();
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
}

// Qt adds the application's display name to every window title ("Активация решения —
// Консоль Light Agent"): it follows a live switch like the titles themselves.
void TestRussianWalk::displayNameFollowsALiveSwitch()
{
    openWindow();
    QVERIFY(m_session->languages()->setLanguage(QStringLiteral("ru-RU")).ok());
    QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("Консоль Light Agent"));
    // The window hears of the new language from a posted event.
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Консоль Light Agent"));
    QVERIFY(m_session->languages()->setLanguage(QStringLiteral("de-DE")).ok());
    QTRY_VERIFY(m_window->windowTitle() != QLatin1String("Консоль Light Agent"));
    QTRY_COMPARE(m_window->windowTitle(), QGuiApplication::applicationDisplayName());
}

QTEST_MAIN(TestRussianWalk)
#include "tst_russianwalk.moc"
