// Localized help links (DESIGN §3.4): the exact URL for every place and language,
// parameter order, percent-encoding, the fallback to en-US, and the help catalog.
#include "common/TestKeys.h"
#include "help/HelpCatalog.h"
#include "help/HelpLinkBuilder.h"
#include "help/Language.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace LightAgent;

namespace {

const QString DemoBase = QStringLiteral("https://click.kaspersky.com/");

// The specification, independent of the catalog file: the place, its page ID.
const QList<QPair<QString, QString>> &expectedPages()
{
    static const QList<QPair<QString, QString>> pages = {
        {QStringLiteral("license_page"), QStringLiteral("254068")},
        {QStringLiteral("dashboard"), QStringLiteral("255041")},
        {QStringLiteral("license_keys"), QStringLiteral("255041")},
        {QStringLiteral("wizard_choose_method"), QStringLiteral("255050")},
        {QStringLiteral("wizard_key_file"), QStringLiteral("255041")},
        {QStringLiteral("wizard_code"), QStringLiteral("255050")},
        {QStringLiteral("wizard_preview"), QStringLiteral("255036")},
        {QStringLiteral("wizard_result"), QStringLiteral("255050")},
        {QStringLiteral("data_provision"), QStringLiteral("255036")},
        {QStringLiteral("journal"), QStringLiteral("255036")},
        {QStringLiteral("updates"), QStringLiteral("255036")},
        {QStringLiteral("settings"), QStringLiteral("255036")},
        {QStringLiteral("about"), QStringLiteral("254068")},
        {QStringLiteral("subscription"), QStringLiteral("255049")},
        {QStringLiteral("replace_key"), QStringLiteral("255098")},
    };
    return pages;
}

QJsonObject demoProfileJson()
{
    QFile file(Test::sourcePath(QStringLiteral("resources/profile/demo-profile.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot read the demo profile");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The demo profile with parts replaced, parsed beside the demo profile's own files.
VendorProfile profileWith(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject json = demoProfileJson();
    change(json);
    auto profile = VendorProfile::parse(QJsonDocument(json).toJson(),
                                        Test::sourcePath(QStringLiteral("resources/profile")));
    if (!profile)
        qFatal("Test profile does not parse: %s", qPrintable(profile.error().message));
    return profile.value();
}

VendorProfile profileWithHelpLanguages(const QStringList &languages)
{
    return profileWith([&](QJsonObject &json) {
        QJsonObject help = json.value(QStringLiteral("help")).toObject();
        help.insert(QStringLiteral("languages"), QJsonArray::fromStringList(languages));
        json.insert(QStringLiteral("help"), help);
    });
}

QString urlOf(const VendorProfile &profile, const QString &place, const QString &language)
{
    auto link = HelpLinkBuilder(profile).link(place, language);
    if (!link)
        return QStringLiteral("error: ") + link.error().reason;
    return link->url.toString(QUrl::FullyEncoded);
}

QByteArray catalogJson(const QJsonArray &pages,
                       const QString &format = QStringLiteral("lightagent-help/1"))
{
    return QJsonDocument(
               QJsonObject {{QStringLiteral("format"), format}, {QStringLiteral("pages"), pages}})
        .toJson();
}

QJsonObject entry(const QString &place, const QString &pageId)
{
    return {{QStringLiteral("place"), place},
            {QStringLiteral("link"), place},
            {QStringLiteral("pageId"), pageId},
            {QStringLiteral("title"), QStringLiteral("About the license")}};
}

} // namespace

class TestHelpLinkBuilder : public QObject
{
    Q_OBJECT

private slots:
    void catalogListsEveryPlaceOfTheConsole();
    void catalogTitlesAreGivenToTranslators();
    void urlForEachPlaceAndLanguage_data();
    void urlForEachPlaceAndLanguage();
    void dataProvisionInRussianIsExact();
    void parametersComeInTheDesignOrder();
    void helpLanguageFallsBackToEnglish_data();
    void helpLanguageFallsBackToEnglish();
    void everyValueIsPercentEncoded();
    void parametersFollowAQueryTheBaseAlreadyHas();
    void privacyPolicyIsTheProfileUrlWithoutParameters();
    void privacyPolicyNeedsOneInTheProfile();
    void unknownPlaceIsRefusedWithThePlacesThatExist();
    void envelopeIsAGetOfExactlyTheUrl();
    void malformedCatalogIsRefused_data();
    void malformedCatalogIsRefused();
    void languageTagsMatchOnTheLanguage_data();
    void languageTagsMatchOnTheLanguage();
};

void TestHelpLinkBuilder::catalogListsEveryPlaceOfTheConsole()
{
    QStringList expected;
    for (const auto &[place, pageId] : expectedPages())
        expected.append(place);
    expected.append(QStringLiteral("privacy_policy"));
    QCOMPARE(HelpCatalog::builtIn().places(), expected);
}

void TestHelpLinkBuilder::catalogTitlesAreGivenToTranslators()
{
    for (const HelpPage &page : HelpCatalog::builtIn().pages())
        QVERIFY2(HelpCatalog::isTranslatableTitle(page.titleSource), qPrintable(page.titleSource));
    QVERIFY(!HelpCatalog::isTranslatableTitle(QStringLiteral("A title nobody translated")));
}

void TestHelpLinkBuilder::urlForEachPlaceAndLanguage_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    for (const auto &[place, pageId] : expectedPages()) {
        for (const QString &language : Language::supportedTags()) {
            const QString url = DemoBase + QStringLiteral("?hl=") + language +
                QStringLiteral("&link=") + place +
                QStringLiteral("&pid=KSVLA&version=6.2&helpid=") + pageId;
            QTest::addRow("%s in %s", qPrintable(place), qPrintable(language))
                << place << language << url;
        }
    }
}

void TestHelpLinkBuilder::urlForEachPlaceAndLanguage()
{
    QFETCH(QString, place);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QCOMPARE(urlOf(Test::demoProfile(), place, language), expected);
}

void TestHelpLinkBuilder::dataProvisionInRussianIsExact()
{
    auto link = HelpLinkBuilder(Test::demoProfile())
                    .link(QStringLiteral("data_provision"), QStringLiteral("ru-RU"));
    QVERIFY(link);
    QCOMPARE(link->url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://click.kaspersky.com/?hl=ru-RU&link=data_provision&pid=KSVLA"
                            "&version=6.2&helpid=255036"));
    QCOMPARE(link->language, QStringLiteral("ru-RU"));
    QCOMPARE(link->page.pageId, QStringLiteral("255036"));
    QCOMPARE(link->page.linkName, QStringLiteral("data_provision"));
}

void TestHelpLinkBuilder::parametersComeInTheDesignOrder()
{
    auto link = HelpLinkBuilder(Test::demoProfile())
                    .link(QStringLiteral("wizard_key_file"), QStringLiteral("de-DE"));
    QVERIFY(link);
    QStringList names;
    for (const auto &[name, value] : QUrlQuery(link->url).queryItems())
        names.append(name);
    QCOMPARE(names,
             (QStringList {QStringLiteral("hl"), QStringLiteral("link"), QStringLiteral("pid"),
                           QStringLiteral("version"), QStringLiteral("helpid")}));
}

void TestHelpLinkBuilder::helpLanguageFallsBackToEnglish_data()
{
    QTest::addColumn<QStringList>("profileLanguages");
    QTest::addColumn<QString>("uiLanguage");
    QTest::addColumn<QString>("expectedHl");
    const QStringList fewer {QStringLiteral("en-US"), QStringLiteral("de-DE")};
    const QStringList all = Test::demoProfile().helpLanguages();
    QTest::newRow("listed language is used")
        << fewer << QStringLiteral("de-DE") << QStringLiteral("de-DE");
    QTest::newRow("Russian not listed: en-US")
        << fewer << QStringLiteral("ru-RU") << QStringLiteral("en-US");
    QTest::newRow("French not listed: en-US")
        << fewer << QStringLiteral("fr-FR") << QStringLiteral("en-US");
    QTest::newRow("language the console lacks: en-US")
        << all << QStringLiteral("ja-JP") << QStringLiteral("en-US");
    QTest::newRow("profile lists no language: en-US")
        << QStringList() << QStringLiteral("ru-RU") << QStringLiteral("en-US");
    QTest::newRow("underscore spelling is the same tag")
        << all << QStringLiteral("ru_RU") << QStringLiteral("ru-RU");
    QTest::newRow("case does not matter")
        << all << QStringLiteral("FR-fr") << QStringLiteral("fr-FR");
}

void TestHelpLinkBuilder::helpLanguageFallsBackToEnglish()
{
    QFETCH(QStringList, profileLanguages);
    QFETCH(QString, uiLanguage);
    QFETCH(QString, expectedHl);
    const VendorProfile profile = profileWithHelpLanguages(profileLanguages);
    QCOMPARE(HelpLinkBuilder(profile).helpLanguage(uiLanguage), expectedHl);
    auto link = HelpLinkBuilder(profile).link(QStringLiteral("license_page"), uiLanguage);
    QVERIFY(link);
    QCOMPARE(QUrlQuery(link->url).queryItemValue(QStringLiteral("hl")), expectedHl);
    QCOMPARE(link->language, expectedHl);
}

void TestHelpLinkBuilder::everyValueIsPercentEncoded()
{
    const VendorProfile profile = profileWith([](QJsonObject &json) {
        QJsonObject product = json.value(QStringLiteral("product")).toObject();
        product.insert(QStringLiteral("productType"), QStringLiteral("KSV LA&x=1"));
        product.insert(QStringLiteral("helpVersion"), QStringLiteral("6.2/β+#"));
        json.insert(QStringLiteral("product"), product);
    });
    QCOMPARE(urlOf(profile, QStringLiteral("license_page"), QStringLiteral("en-US")),
             QStringLiteral("https://click.kaspersky.com/?hl=en-US&link=license_page"
                            "&pid=KSV%20LA%26x%3D1&version=6.2%2F%CE%B2%2B%23&helpid=254068"));
}

void TestHelpLinkBuilder::parametersFollowAQueryTheBaseAlreadyHas()
{
    const VendorProfile profile = profileWith([](QJsonObject &json) {
        QJsonObject help = json.value(QStringLiteral("help")).toObject();
        help.insert(QStringLiteral("base"),
                    QStringLiteral("https://help.example.com/go?src=console"));
        json.insert(QStringLiteral("help"), help);
    });
    QCOMPARE(urlOf(profile, QStringLiteral("subscription"), QStringLiteral("fr-FR")),
             QStringLiteral("https://help.example.com/go?src=console&hl=fr-FR&link=subscription"
                            "&pid=KSVLA&version=6.2&helpid=255049"));
}

void TestHelpLinkBuilder::privacyPolicyIsTheProfileUrlWithoutParameters()
{
    auto link = HelpLinkBuilder(Test::demoProfile())
                    .link(QStringLiteral("privacy_policy"), QStringLiteral("ru-RU"));
    QVERIFY(link);
    QCOMPARE(link->url, Test::demoProfile().privacyPolicyUrl());
    QVERIFY(!link->url.hasQuery());
    QVERIFY(link->language.isEmpty());
    QCOMPARE(link->page.target, HelpTarget::PrivacyPolicy);
}

void TestHelpLinkBuilder::privacyPolicyNeedsOneInTheProfile()
{
    const VendorProfile profile =
        profileWith([](QJsonObject &json) { json.remove(QStringLiteral("privacyPolicyUrl")); });
    auto link =
        HelpLinkBuilder(profile).link(QStringLiteral("privacy_policy"), QStringLiteral("en-US"));
    QVERIFY(!link);
    QCOMPARE(link.error().reason, QStringLiteral("no-privacy-policy"));
}

void TestHelpLinkBuilder::unknownPlaceIsRefusedWithThePlacesThatExist()
{
    auto link = HelpLinkBuilder(Test::demoProfile())
                    .link(QStringLiteral("kitchen"), QStringLiteral("en-US"));
    QVERIFY(!link);
    QCOMPARE(link.error().code, ErrorCode::NotFound);
    QCOMPARE(link.error().reason, QStringLiteral("unknown-help-place"));
    QVERIFY(link.error().message.contains(QStringLiteral("data_provision")));
}

void TestHelpLinkBuilder::envelopeIsAGetOfExactlyTheUrl()
{
    auto link = HelpLinkBuilder(Test::demoProfile())
                    .link(QStringLiteral("journal"), QStringLiteral("en-US"));
    QVERIFY(link);
    const RequestEnvelope envelope = link->envelope();
    QCOMPARE(envelope.kind(), TransmissionKind::HelpLink);
    QCOMPARE(envelope.method(), QByteArrayLiteral("GET"));
    QCOMPARE(envelope.url(), link->url);
    QVERIFY(envelope.body().isEmpty());
    QVERIFY(envelope.wireBytes().startsWith(
        "GET /?hl=en-US&link=journal&pid=KSVLA&version=6.2&helpid=255036 HTTP/1.1\r\n"));
}

void TestHelpLinkBuilder::malformedCatalogIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    const QJsonObject good = entry(QStringLiteral("license_page"), QStringLiteral("254068"));
    QJsonObject noPageId = good;
    noPageId.remove(QStringLiteral("pageId"));
    QJsonObject letters = good;
    letters.insert(QStringLiteral("pageId"), QStringLiteral("25a036"));
    QJsonObject upperPlace = good;
    upperPlace.insert(QStringLiteral("place"), QStringLiteral("License Page"));
    QJsonObject noTitle = good;
    noTitle.remove(QStringLiteral("title"));
    QJsonObject badTarget = good;
    badTarget.insert(QStringLiteral("target"), QStringLiteral("somewhere"));

    QTest::newRow("wrong format") << catalogJson({good}, QStringLiteral("lightagent-help/2"));
    QTest::newRow("no pages") << catalogJson({});
    QTest::newRow("place twice") << catalogJson({good, good});
    QTest::newRow("no page ID") << catalogJson({noPageId});
    QTest::newRow("page ID with letters") << catalogJson({letters});
    QTest::newRow("place not a name") << catalogJson({upperPlace});
    QTest::newRow("no title") << catalogJson({noTitle});
    QTest::newRow("unknown target") << catalogJson({badTarget});
    QTest::newRow("not JSON") << QByteArrayLiteral("{\"format\": ");
    QTest::newRow("duplicate key") << QByteArrayLiteral(
        "{\"format\": \"lightagent-help/1\", \"format\": \"lightagent-help/1\", \"pages\": []}");
}

void TestHelpLinkBuilder::malformedCatalogIsRefused()
{
    QFETCH(QByteArray, json);
    auto catalog = HelpCatalog::parse(json);
    QVERIFY(!catalog);
    QCOMPARE(catalog.error().reason, QStringLiteral("bad-help-catalog"));
    QVERIFY(!catalog.error().message.isEmpty());
}

void TestHelpLinkBuilder::languageTagsMatchOnTheLanguage_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("matched"); // empty: no supported language
    QTest::addColumn<QString>("resolved");
    const QString en = QStringLiteral("en-US");
    const QString ru = QStringLiteral("ru-RU");
    QTest::newRow("bare language") << QStringLiteral("ru") << ru << ru;
    QTest::newRow("POSIX spelling") << QStringLiteral("ru_RU") << ru << ru;
    QTest::newRow("BCP 47") << QStringLiteral("ru-RU") << ru << ru;
    QTest::newRow("odd case") << QStringLiteral("RU-ru") << ru << ru;
    QTest::newRow("other region") << QStringLiteral("ru-UA") << ru << ru;
    QTest::newRow("German of Austria")
        << QStringLiteral("de-AT") << QStringLiteral("de-DE") << QStringLiteral("de-DE");
    QTest::newRow("French of Canada")
        << QStringLiteral("fr_CA") << QStringLiteral("fr-FR") << QStringLiteral("fr-FR");
    QTest::newRow("British English") << QStringLiteral("en-GB") << en << en;
    QTest::newRow("unsupported: English") << QStringLiteral("ja-JP") << QString() << en;
    QTest::newRow("POSIX C locale: English") << QStringLiteral("C") << QString() << en;
    QTest::newRow("empty: English") << QString() << QString() << en;
}

void TestHelpLinkBuilder::languageTagsMatchOnTheLanguage()
{
    QFETCH(QString, requested);
    QFETCH(QString, matched);
    QFETCH(QString, resolved);
    QCOMPARE(Language::match(requested).value_or(QString()), matched);
    QCOMPARE(Language::resolve(requested), resolved);
}

QTEST_GUILESS_MAIN(TestHelpLinkBuilder)
#include "tst_helplinkbuilder.moc"
