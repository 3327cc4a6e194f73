// The Qt Linguist files in translations/: none holds obsolete or vanished entries,
// every finished translation keeps the source's placeholders (%1…%9, %n) and its &
// accelerator, and the languages declared complete (LIGHTAGENT_COMPLETE_TRANSLATIONS,
// set in translations/CMakeLists.txt) hold no unfinished entry.
#include "common/TestKeys.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <optional>

using namespace LightAgent;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; // the <translation> type: "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or one per numerus form
    bool numerus = false;

    QString name() const
    {
        return context + QStringLiteral(" / \"") + source +
            (comment.isEmpty() ? QString() : QStringLiteral("\" (") + comment + QLatin1Char(')')) +
            QLatin1Char('"');
    }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.type = xml.attributes().value(QLatin1String("type")).toString();
    if (!message.numerus) {
        message.translations.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("numerusform"))
            message.translations.append(xml.readElementText());
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source"))
            message.source = xml.readElementText();
        else if (xml.name() == QLatin1String("comment"))
            message.comment = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

TsFile parseTs(const QByteArray &bytes)
{
    TsFile file;
    QXmlStreamReader xml(bytes);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS"))
        return TsFile {{}, {}, QStringLiteral("not a .ts file")};
    file.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                file.messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        file.error = xml.errorString();
    return file;
}

// %1…%9 (also as %L1) and %n (also %Ln), sorted, each once.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9]|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString name = QLatin1Char('%') + it.next().captured(1);
        if (!found.contains(name))
            found.append(name);
    }
    found.sort();
    return found;
}

// An & that marks a shortcut letter: not "&&" (a literal &) and not before a space.
bool hasAccelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            return true;
    }
    return false;
}

bool isFinished(const TsMessage &message)
{
    return message.type.isEmpty();
}

// What is wrong with one entry, apart from being unfinished.
QStringList problemsOf(const TsMessage &message)
{
    QStringList problems;
    if (message.type == QLatin1String("obsolete") || message.type == QLatin1String("vanished"))
        problems.append(message.name() + QStringLiteral(" is ") + message.type +
                        QStringLiteral(": run the update_translations target"));
    if (!isFinished(message))
        return problems;
    const QStringList expected = placeholders(message.source);
    const bool accelerator = hasAccelerator(message.source);
    for (const QString &translation : message.translations) {
        if (translation.isEmpty())
            problems.append(message.name() + QStringLiteral(" is finished but empty"));
        else if (placeholders(translation) != expected)
            problems.append(message.name() + QStringLiteral(" has placeholders ") +
                            placeholders(translation).join(QLatin1Char(' ')) +
                            QStringLiteral(" instead of ") + expected.join(QLatin1Char(' ')) +
                            QStringLiteral(" in \"") + translation + QLatin1Char('"'));
        else if (accelerator && !hasAccelerator(translation))
            problems.append(message.name() + QStringLiteral(" lost its & accelerator in \"") +
                            translation + QLatin1Char('"'));
    }
    return problems;
}

QStringList unfinishedOf(const TsFile &file)
{
    QStringList unfinished;
    for (const TsMessage &message : file.messages) {
        if (message.type == QLatin1String("unfinished"))
            unfinished.append(message.name());
    }
    return unfinished;
}

QString translationsDir()
{
    return Test::sourcePath(QStringLiteral("translations"));
}

QStringList completeLanguages()
{
    return QStringLiteral(LIGHTAGENT_COMPLETE_TRANSLATIONS)
        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QByteArray ts(const QByteArray &messages)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
           "<TS version=\"2.1\" language=\"ru_RU\"><context><name>Ctx</name>" +
        messages + "</context></TS>";
}

QByteArray message(const QByteArray &source, const QByteArray &translation,
                   const QByteArray &type = {})
{
    const QByteArray typeAttribute = type.isEmpty() ? QByteArray() : " type=\"" + type + '"';
    return "<message><source>" + source + "</source><translation" + typeAttribute + '>' +
        translation + "</translation></message>";
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void checkerFindsEveryKindOfProblem_data();
    void checkerFindsEveryKindOfProblem();
    void checkerCountsUnfinishedEntries();
    void everyLanguageHasAFile();
    void filesHaveNoObsoleteEntriesAndKeepPlaceholders_data();
    void filesHaveNoObsoleteEntriesAndKeepPlaceholders();
    void completeLanguagesHaveNoUnfinishedEntry_data();
    void completeLanguagesHaveNoUnfinishedEntry();

private:
    void addFileRows();
};

void TestTranslations::checkerFindsEveryKindOfProblem_data()
{
    QTest::addColumn<QByteArray>("messages");
    QTest::addColumn<int>("problems");
    QTest::newRow("good") << message("Remove key %1?", "Удалить ключ %1?") << 0;
    QTest::newRow("placeholders reordered") << message("%1 to %2", "с %2 по %1") << 0;
    QTest::newRow("dropped %1") << message("Remove key %1?", "Удалить ключ?") << 1;
    QTest::newRow("extra %2") << message("Remove key %1?", "Удалить %1 %2?") << 1;
    QTest::newRow("%L1 counts as %1") << message("%L1 bytes", "%1 байт") << 0;
    QTest::newRow("dropped accelerator") << message("&amp;Quit", "Выход") << 1;
    QTest::newRow("kept accelerator") << message("&amp;Quit", "&amp;Выход") << 0;
    QTest::newRow("&& is no accelerator")
        << message("Keys &amp;&amp; licenses", "Ключи и лицензии") << 0;
    QTest::newRow("& before a space is no accelerator") << message("A &amp; B", "А и Б") << 0;
    QTest::newRow("obsolete") << message("Old", "Старое", "obsolete") << 1;
    QTest::newRow("vanished") << message("Gone", "Ушло", "vanished") << 1;
    QTest::newRow("unfinished is not checked")
        << message("Remove %1", "Удалить", "unfinished") << 0;
    QTest::newRow("finished but empty") << message("Quit", "") << 1;
    QTest::newRow("numerus form dropping %n")
        << QByteArray("<message numerus=\"yes\"><source>%n day(s)</source><translation>"
                      "<numerusform>%n день</numerusform><numerusform>дня</numerusform>"
                      "<numerusform>%n дней</numerusform></translation></message>")
        << 1;
}

void TestTranslations::checkerFindsEveryKindOfProblem()
{
    QFETCH(QByteArray, messages);
    QFETCH(int, problems);
    const TsFile file = parseTs(ts(messages));
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QCOMPARE(file.messages.size(), 1);
    const QStringList found = problemsOf(file.messages.constFirst());
    QVERIFY2(found.size() == problems, qPrintable(found.join(QLatin1Char('\n'))));
}

void TestTranslations::checkerCountsUnfinishedEntries()
{
    const TsFile file = parseTs(ts(message("One", "Один") + message("Two", "", "unfinished") +
                                   message("Three", "Три", "unfinished")));
    QCOMPARE(unfinishedOf(file).size(), 2);
}

void TestTranslations::everyLanguageHasAFile()
{
    for (const char *code : {"en", "ru", "de", "fr"}) {
        const QString path = translationsDir() + QStringLiteral("/lightagent_") +
            QLatin1String(code) + QStringLiteral(".ts");
        QVERIFY2(QFile::exists(path), qPrintable(path));
    }
    QVERIFY(completeLanguages().contains(QStringLiteral("en")));
}

void TestTranslations::addFileRows()
{
    QTest::addColumn<QString>("path");
    const QStringList files =
        QDir(translationsDir())
            .entryList({QStringLiteral("lightagent_*.ts")}, QDir::Files, QDir::Name);
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << translationsDir() + QLatin1Char('/') + name;
}

void TestTranslations::filesHaveNoObsoleteEntriesAndKeepPlaceholders_data()
{
    addFileRows();
}

void TestTranslations::filesHaveNoObsoleteEntriesAndKeepPlaceholders()
{
    QFETCH(QString, path);
    QFile source(path);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const TsFile file = parseTs(source.readAll());
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QVERIFY(!file.messages.isEmpty());
    QStringList problems;
    for (const TsMessage &message : file.messages)
        problems += problemsOf(message);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::completeLanguagesHaveNoUnfinishedEntry_data()
{
    addFileRows();
}

void TestTranslations::completeLanguagesHaveNoUnfinishedEntry()
{
    QFETCH(QString, path);
    QFile source(path);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const TsFile file = parseTs(source.readAll());
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    const QString code = QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1);
    const QStringList unfinished = unfinishedOf(file);
    if (!completeLanguages().contains(code))
        QSKIP(qPrintable(QStringLiteral("%1 of %2 entries await translation; add \"%3\" to "
                                        "LIGHTAGENT_COMPLETE_TRANSLATIONS when it is done.")
                             .arg(unfinished.size())
                             .arg(file.messages.size())
                             .arg(code)));
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QString::number(unfinished.size()) + QStringLiteral(" unfinished:\n") +
                        unfinished.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
