// The vendor profile: the built-in demo loads and says it is the demo; a replacement
// profile is held to https URLs and at least one trusted signing key, and its
// relative file references are read beside the profile file.
#include "core/Crypto.h"
#include "core/VendorProfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace LightAgent;

namespace {

const QString KeyFileName = QStringLiteral("keys/vendor.pub.pem");

QJsonObject baseProfile()
{
    return QJsonObject {
        {QStringLiteral("format"), QStringLiteral("lightagent-profile/1")},
        {QStringLiteral("id"), QStringLiteral("acme")},
        {QStringLiteral("vendor"), QStringLiteral("Acme Security")},
        {QStringLiteral("product"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme Light Agent")},
                      {QStringLiteral("solutionId"), QStringLiteral("ACMELA")},
                      {QStringLiteral("solutionVersion"), QStringLiteral("7.0.1.12")},
                      {QStringLiteral("productType"), QStringLiteral("ACMELA")},
                      {QStringLiteral("helpVersion"), QStringLiteral("7.0")}}},
        {QStringLiteral("services"),
         QJsonObject {
             {QStringLiteral("activation"), QStringLiteral("https://activation.acme.test")},
             {QStringLiteral("update"), QStringLiteral("https://update.acme.test:8443")}}},
        {QStringLiteral("signingKeys"),
         QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("acme-1")},
                                  {QStringLiteral("publicKeyFile"), KeyFileName}}}},
        {QStringLiteral("tls"), QJsonObject {{QStringLiteral("useSystemCAs"), false}}},
        {QStringLiteral("help"),
         QJsonObject {{QStringLiteral("base"), QStringLiteral("https://help.acme.test/")},
                      {QStringLiteral("languages"), QJsonArray {QStringLiteral("en-US")}}}},
    };
}

// The base profile with one value at "section/name" replaced (or removed, when
// value is undefined).
QJsonObject with(const QString &path, const QJsonValue &value)
{
    QJsonObject profile = baseProfile();
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() == 1) {
        profile.insert(parts.at(0), value);
    } else {
        QJsonObject section = profile.value(parts.at(0)).toObject();
        section.insert(parts.at(1), value);
        profile.insert(parts.at(0), section);
    }
    return profile;
}

QJsonArray signingKeys(const QJsonObject &entry)
{
    return QJsonArray {entry};
}

} // namespace

class TestVendorProfile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void builtInDemoLoads();
    void resolveWithoutProfileIsTheDemo();
    void resolveOrder_data();
    void resolveOrder();
    void replacementProfileLoads();
    void relativeKeyFileIsResolvedBesideTheProfile();
    void inlinePublicKeyIsAccepted();
    void refused_data();
    void refused();
    void refusedOnBytes_data();
    void refusedOnBytes();
    void missingProfileFileIsAnIoError();

private:
    QString writeProfile(const QJsonObject &profile,
                         const QString &name = QStringLiteral("profile.json"));

    std::unique_ptr<QTemporaryDir> m_dir;
    Crypto::Ed25519PrivateKey m_vendorKey;
};

void TestVendorProfile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_vendorKey = Crypto::Ed25519PrivateKey::generate();
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("keys")));
    QFile key(m_dir->filePath(KeyFileName));
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(m_vendorKey.publicKeyPem());
}

void TestVendorProfile::cleanup()
{
    m_dir.reset();
}

QString TestVendorProfile::writeProfile(const QJsonObject &profile, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("Cannot write %s", qPrintable(path));
    file.write(QJsonDocument(profile).toJson());
    return path;
}

void TestVendorProfile::builtInDemoLoads()
{
    auto profile = VendorProfile::load(QString::fromLatin1(VendorProfile::BuiltInPath));
    QVERIFY2(profile.ok(), qPrintable(profile ? QString() : profile.error().message));
    QVERIFY(profile->isDemo());
    QCOMPARE(profile->id(), QStringLiteral("demo"));
    QCOMPARE(profile->source(), QString::fromLatin1(VendorProfile::BuiltInPath));
    QCOMPARE(profile->solutionId(), QStringLiteral("KSVLA"));
    QCOMPARE(profile->productType(), QStringLiteral("KSVLA"));
    QCOMPARE(profile->helpVersion(), QStringLiteral("6.2"));
    QCOMPARE(profile->solutionVersion().split(QLatin1Char('.')).size(), 4);
    QVERIFY(profile->compatibleApplicationIds().contains(QStringLiteral("KSVLA")));
    for (const QUrl &url : {profile->activationUrl(), profile->updateUrl(), profile->helpBase(),
                            profile->privacyPolicyUrl()}) {
        QVERIFY2(url.isValid(), qPrintable(url.toString()));
        QCOMPARE(url.scheme(), QStringLiteral("https"));
    }
    QCOMPARE(profile->activationUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(profile->helpBase().host(), QStringLiteral("click.kaspersky.com"));
    QVERIFY(profile->helpLanguages().contains(QStringLiteral("en-US")));
    QVERIFY(profile->helpLanguages().contains(QStringLiteral("ru-RU")));
    QCOMPARE(profile->signingKeyIds(), QStringList {QStringLiteral("demo-2026")});
    QVERIFY(profile->signingKey(QStringLiteral("demo-2026")));
    QVERIFY(!profile->signingKey(QStringLiteral("demo-2025")));
    QCOMPARE(profile->caCertificatesPem().size(), 1);
    QVERIFY(profile->caCertificatesPem().constFirst().contains("BEGIN CERTIFICATE"));
}

void TestVendorProfile::resolveWithoutProfileIsTheDemo()
{
    if (QFileInfo::exists(QString::fromLatin1(VendorProfile::SystemPath)))
        QSKIP("This machine has a system-wide vendor profile, which takes precedence.");
    auto profile = VendorProfile::resolve(QString());
    QVERIFY(profile.ok());
    QVERIFY(profile->isDemo());
    QCOMPARE(profile->source(), QString::fromLatin1(VendorProfile::BuiltInPath));
}

// --profile first, then the system-wide profile, then the built-in demo; a broken
// system profile is reported, not silently replaced by the demo vendor.
void TestVendorProfile::resolveOrder_data()
{
    QTest::addColumn<bool>("explicitGiven");
    QTest::addColumn<QString>("systemProfile"); // "valid", "broken" or "absent"
    QTest::addColumn<QString>("expectedSource"); // "explicit", "system", "built-in" or empty

    QTest::newRow("--profile wins over the system profile")
        << true << QStringLiteral("valid") << QStringLiteral("explicit");
    QTest::newRow("--profile wins over a broken system profile")
        << true << QStringLiteral("broken") << QStringLiteral("explicit");
    QTest::newRow("the system profile wins over the demo")
        << false << QStringLiteral("valid") << QStringLiteral("system");
    QTest::newRow("no system profile: the built-in demo")
        << false << QStringLiteral("absent") << QStringLiteral("built-in");
    QTest::newRow("a broken system profile is an error, not the demo")
        << false << QStringLiteral("broken") << QString();
}

void TestVendorProfile::resolveOrder()
{
    QFETCH(bool, explicitGiven);
    QFETCH(QString, systemProfile);
    QFETCH(QString, expectedSource);

    const QString explicitPath = writeProfile(baseProfile(), QStringLiteral("explicit.json"));
    const QString systemPath = m_dir->filePath(QStringLiteral("etc-lightagent-profile.json"));
    if (systemProfile == QLatin1String("valid")) {
        QCOMPARE(writeProfile(with(QStringLiteral("id"), QStringLiteral("system-vendor")),
                              QFileInfo(systemPath).fileName()),
                 systemPath);
    } else if (systemProfile == QLatin1String("broken")) {
        QFile file(systemPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"lightagent-profile/1\"");
    }

    auto resolved = VendorProfile::resolve(explicitGiven ? explicitPath : QString(), systemPath);
    if (expectedSource.isEmpty()) {
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error().reason, QStringLiteral("bad-profile"));
        return;
    }
    QVERIFY2(resolved.ok(), qPrintable(resolved ? QString() : resolved.error().message));
    const QHash<QString, QString> sources {
        {QStringLiteral("explicit"), explicitPath},
        {QStringLiteral("system"), systemPath},
        {QStringLiteral("built-in"), QString::fromLatin1(VendorProfile::BuiltInPath)}};
    QCOMPARE(resolved->source(), sources.value(expectedSource));
    QCOMPARE(resolved->isDemo(), expectedSource == QLatin1String("built-in"));
    if (expectedSource == QLatin1String("system"))
        QCOMPARE(resolved->id(), QStringLiteral("system-vendor"));
}

void TestVendorProfile::replacementProfileLoads()
{
    const QString path = writeProfile(baseProfile());
    auto profile = VendorProfile::load(path);
    QVERIFY2(profile.ok(), qPrintable(profile ? QString() : profile.error().message));
    QVERIFY(!profile->isDemo());
    QCOMPARE(profile->source(), path);
    QCOMPARE(profile->vendor(), QStringLiteral("Acme Security"));
    QCOMPARE(profile->solutionId(), QStringLiteral("ACMELA"));
    QCOMPARE(profile->updateUrl(), QUrl(QStringLiteral("https://update.acme.test:8443")));
    QVERIFY(!profile->useSystemCAs());
    QCOMPARE(profile->signingKeyIds(), QStringList {QStringLiteral("acme-1")});
}

void TestVendorProfile::relativeKeyFileIsResolvedBesideTheProfile()
{
    // Run from elsewhere: the key path must not depend on the working directory.
    const QString previous = QDir::currentPath();
    QTemporaryDir elsewhere;
    QVERIFY(QDir::setCurrent(elsewhere.path()));
    auto profile = VendorProfile::load(writeProfile(baseProfile()));
    QVERIFY(QDir::setCurrent(previous));
    QVERIFY2(profile.ok(), qPrintable(profile ? QString() : profile.error().message));
    const Crypto::Ed25519PublicKey *key = profile->signingKey(QStringLiteral("acme-1"));
    QVERIFY(key);
    QCOMPARE(key->raw(), m_vendorKey.publicKey().raw());

    // The same text with another base directory does not find the key.
    auto misplaced = VendorProfile::parse(QJsonDocument(baseProfile()).toJson(), elsewhere.path());
    QVERIFY(!misplaced.ok());
    QCOMPARE(misplaced.error().reason, QStringLiteral("unreadable"));
}

void TestVendorProfile::inlinePublicKeyIsAccepted()
{
    const QJsonObject entry {
        {QStringLiteral("id"), QStringLiteral("acme-inline")},
        {QStringLiteral("publicKeyPem"), QString::fromLatin1(m_vendorKey.publicKeyPem())}};
    auto profile = VendorProfile::parse(
        QJsonDocument(with(QStringLiteral("signingKeys"), signingKeys(entry))).toJson(),
        QStringLiteral("/nonexistent"));
    QVERIFY2(profile.ok(), qPrintable(profile ? QString() : profile.error().message));
    QCOMPARE(profile->signingKey(QStringLiteral("acme-inline"))->raw(),
             m_vendorKey.publicKey().raw());
}

void TestVendorProfile::refused_data()
{
    QTest::addColumn<QJsonObject>("profile");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("phrase");

    const QString bad = QStringLiteral("bad-profile");
    const QJsonValue undefined(QJsonValue::Undefined);
    QTest::newRow("activation over http://")
        << with(QStringLiteral("services/activation"),
                QStringLiteral("http://activation.acme.test"))
        << bad << QStringLiteral("\"activation\" in \"services\" must be an https:// URL");
    QTest::newRow("update over http://")
        << with(QStringLiteral("services/update"), QStringLiteral("http://update.acme.test")) << bad
        << QStringLiteral("\"update\" in \"services\" must be an https:// URL");
    QTest::newRow("help redirector over http://")
        << with(QStringLiteral("help/base"), QStringLiteral("http://help.acme.test/")) << bad
        << QStringLiteral("\"base\" in \"help\" must be an https:// URL");
    QTest::newRow("activation URL missing")
        << with(QStringLiteral("services/activation"), undefined) << bad
        << QStringLiteral("\"activation\" in \"services\" must be an https:// URL");
    QTest::newRow("https without a host")
        << with(QStringLiteral("services/update"), QStringLiteral("https:///v1")) << bad
        << QStringLiteral("\"update\" in \"services\"");
    QTest::newRow("no signing keys") << with(QStringLiteral("signingKeys"), QJsonArray()) << bad
                                     << QStringLiteral("trusts no signing key");
    QTest::newRow("signing keys missing") << with(QStringLiteral("signingKeys"), undefined) << bad
                                          << QStringLiteral("trusts no signing key");
    QTest::newRow("signing key file missing")
        << with(QStringLiteral("signingKeys"),
                signingKeys({{QStringLiteral("id"), QStringLiteral("acme-1")},
                             {QStringLiteral("publicKeyFile"), QStringLiteral("keys/absent.pem")}}))
        << QStringLiteral("unreadable") << QStringLiteral("absent.pem");
    QTest::newRow("signing key names no key")
        << with(QStringLiteral("signingKeys"),
                signingKeys({{QStringLiteral("id"), QStringLiteral("acme-1")}}))
        << bad << QStringLiteral("names neither \"publicKeyFile\" nor \"publicKeyPem\"");
    QTest::newRow("signing key is not Ed25519")
        << with(QStringLiteral("signingKeys"),
                signingKeys({{QStringLiteral("id"), QStringLiteral("acme-1")},
                             {QStringLiteral("publicKeyPem"), QStringLiteral("not a key")}}))
        << bad << QStringLiteral("\"acme-1\" is not an Ed25519 public key");
    QTest::newRow("signing key without id")
        << with(QStringLiteral("signingKeys"),
                signingKeys({{QStringLiteral("publicKeyFile"), KeyFileName}}))
        << bad << QStringLiteral("is not an Ed25519 public key");
    QTest::newRow("wrong format tag")
        << with(QStringLiteral("format"), QStringLiteral("lightagent-profile/2")) << bad
        << QStringLiteral("not a vendor profile");
    QTest::newRow("three-part solution version")
        << with(QStringLiteral("product/solutionVersion"), QStringLiteral("7.0.1")) << bad
        << QStringLiteral("four-part solutionVersion");
    QTest::newRow("no solution id") << with(QStringLiteral("product/solutionId"), undefined) << bad
                                    << QStringLiteral("needs a product solutionId");
    QTest::newRow("TLS pin not a SHA-256")
        << with(QStringLiteral("tls/pins"), QJsonArray {QStringLiteral("AAAA")}) << bad
        << QStringLiteral("TLS pin");
    QTest::newRow("CA file missing")
        << with(QStringLiteral("tls/caFiles"), QJsonArray {QStringLiteral("ca/absent.pem")})
        << QStringLiteral("unreadable") << QStringLiteral("absent.pem");
}

void TestVendorProfile::refused()
{
    QFETCH(QJsonObject, profile);
    QFETCH(QString, reason);
    QFETCH(QString, phrase);
    // The base profile itself loads, so the one change is what is refused.
    QVERIFY(VendorProfile::load(writeProfile(baseProfile(), QStringLiteral("base.json"))).ok());
    auto loaded = VendorProfile::load(writeProfile(profile));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().reason, reason);
    QVERIFY2(loaded.error().message.contains(phrase), qPrintable(loaded.error().message));
}

void TestVendorProfile::refusedOnBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("empty file") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("not JSON") << QByteArray("format = lightagent-profile/1")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("duplicate key")
        << QByteArray("{\"format\":\"lightagent-profile/1\",\"format\":\"lightagent-profile/1\"}")
        << QStringLiteral("\"format\" twice");
}

void TestVendorProfile::refusedOnBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, phrase);
    auto loaded = VendorProfile::parse(bytes, m_dir->path());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().reason, QStringLiteral("bad-profile"));
    QCOMPARE(loaded.error().code, ErrorCode::InvalidInput);
    QVERIFY2(loaded.error().message.contains(phrase), qPrintable(loaded.error().message));
}

void TestVendorProfile::missingProfileFileIsAnIoError()
{
    auto loaded = VendorProfile::load(m_dir->filePath(QStringLiteral("absent.json")));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::Io);
    QCOMPARE(loaded.error().reason, QStringLiteral("unreadable"));
}

QTEST_GUILESS_MAIN(TestVendorProfile)
#include "tst_vendorprofile.moc"
