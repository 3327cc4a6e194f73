// Key files (DESIGN §3.6): every good file verifies, every bad one is refused with
// its own reason and a message that says what is wrong, and nothing is stored.
#include "common/TestKeys.h"
#include "core/Crypto.h"
#include "core/StateDatabase.h"
#include "license/KeyFile.h"
#include "license/KeyStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace LightAgent;

namespace {

const QDate StoreDay(2026, 6, 1);

QJsonObject keyFileObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// The demo key file with some of its top-level fields changed or left out.
QByteArray patchedKeyFile(const QJsonObject &overrides, const QStringList &removed = {})
{
    QJsonObject file = keyFileObject(Test::keyFile());
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
        file.insert(it.key(), it.value());
    for (const QString &name : removed)
        file.remove(name);
    return Test::canonical(file);
}

QString fieldOf(const QByteArray &keyFile, const char *name)
{
    return keyFileObject(keyFile).value(QLatin1String(name)).toString();
}

// A valid key file with text spliced in right after its opening brace.
QByteArray spliced(const QByteArray &text)
{
    QByteArray bytes = Test::keyFile();
    bytes.insert(1, text);
    return bytes;
}

QByteArray nestedArrays(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QByteArray tamperedLicense()
{
    const QByteArray original = Test::keyFile();
    QByteArray license = QByteArray::fromBase64(fieldOf(original, "license").toLatin1());
    const qsizetype at = license.indexOf("\"count\":8") + qsizetype(sizeof("\"count\":") - 1);
    license[at] = char(license.at(at) ^ 0x01); // "8" becomes "9"
    return patchedKeyFile({{QStringLiteral("license"), QString::fromLatin1(license.toBase64())}});
}

QByteArray signatureOverOtherBytes()
{
    const QByteArray other =
        Test::keyFile({{QStringLiteral("serial"), QStringLiteral("0C0-111111-33333333")}});
    return patchedKeyFile({{QStringLiteral("signature"), fieldOf(other, "signature")}});
}

QByteArray truncatedSignature()
{
    const QByteArray signature =
        QByteArray::fromBase64(fieldOf(Test::keyFile(), "signature").toLatin1());
    return patchedKeyFile(
        {{QStringLiteral("signature"), QString::fromLatin1(signature.left(63).toBase64())}});
}

QByteArray duplicateKeyInLicense()
{
    QByteArray license = Test::canonical(Test::licenseDocument());
    license.insert(1, "\"count\":1000,");
    return Test::keyFileFromBytes(license);
}

void addRefusalColumns()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("phrase"); // a key phrase of the message for people
}

void row(const char *name, const QByteArray &bytes, const char *reason, const QString &phrase)
{
    QTest::newRow(name) << bytes << QString::fromLatin1(reason) << phrase;
}

using Snapshot = QMap<QString, QByteArray>; // slot -> stored key file bytes

Snapshot snapshot(const KeyStore &store)
{
    auto keys = store.load();
    if (!keys)
        return {{QStringLiteral("error"), keys.error().message.toUtf8()}};
    Snapshot shot;
    if (keys.value().active)
        shot.insert(QStringLiteral("active"), keys.value().active->keyFile.bytes());
    if (keys.value().reserve)
        shot.insert(QStringLiteral("reserve"), keys.value().reserve->keyFile.bytes());
    return shot;
}

} // namespace

class TestKeyFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void demoKeysVerify_data();
    void demoKeysVerify();
    void keepsUnknownFieldsWithoutTrustingThem();
    void graceDaysAreOptional_data();
    void graceDaysAreOptional();
    void boundaryValuesAreAccepted_data();
    void boundaryValuesAreAccepted();
    void signatureCoversTheExactBytes();
    // Each refused with its reason and message, and the store left as it was.
    void badFileIsRefused_data();
    void badFileIsRefused();
    void badLicenseIsRefused_data();
    void badLicenseIsRefused();
    void missingFileIsAnIoError();
    void oversizeFileIsNotReadWhole();

private:
    void checkRefusedAndNothingStored();
    QString writeFile(const QString &name, const QByteArray &bytes);
    // What `key add FILE` does: verify the file, then store it by the rules.
    Status addKeyFile(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<StateDatabase> m_database;
    std::unique_ptr<KeyStore> m_store;
};

void TestKeyFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto database = StateDatabase::open(m_dir->filePath(QStringLiteral("data")));
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().message));
    m_database = database.value();
    m_store = std::make_unique<KeyStore>(m_database, Test::demoProfile());
    // A store that already holds a key, so "unchanged" has something to compare.
    auto added =
        m_store->add(Test::storedKeyFromFile(Test::demoKeyPath(QStringLiteral("commercial.key"))),
                     KeySlot::Active, StoreDay);
    QVERIFY(added.ok());
}

void TestKeyFile::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

QString TestKeyFile::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("Cannot write %s", qPrintable(path));
    return path;
}

Status TestKeyFile::addKeyFile(const QString &path)
{
    auto keyFile = KeyFile::load(path, Test::demoProfile());
    if (!keyFile)
        return keyFile.error();
    StoredKey candidate;
    candidate.keyFile = keyFile.value();
    candidate.addedAt = QDateTime(StoreDay, QTime(12, 0), Qt::UTC);
    auto added = m_store->add(candidate, KeySlot::Reserve, StoreDay);
    if (!added)
        return added.error();
    return {};
}

void TestKeyFile::demoKeysVerify_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QDate>("validFrom");
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<int>("graceDays");

    // Values from resources/demo/keys/README.md.
    QTest::newRow("commercial") << "commercial.key"
                                << "0A1-2B3C4D-5E6F7A8B"
                                << "commercial"
                                << "core" << qint64(100) << QDate(2026, 1, 1) << QDate(2029, 12, 31)
                                << 0;
    QTest::newRow("reserve commercial")
        << "reserve-commercial.key"
        << "0A1-2B3C4D-11223344"
        << "commercial"
        << "core" << qint64(100) << QDate(2026, 1, 1) << QDate(2031, 12, 31) << 0;
    QTest::newRow("trial") << "trial.key"
                           << "0F0-000001-00000030"
                           << "trial"
                           << "core" << qint64(10) << QDate(2026, 11, 1) << QDate(2028, 6, 30) << 0;
    QTest::newRow("subscription with grace")
        << "subscription.key"
        << "5B5-123456-ABCDEF01"
        << "subscription"
        << "core" << qint64(50) << QDate(2026, 1, 1) << QDate(2029, 6, 30) << 30;
    QTest::newRow("expired (still a valid file)")
        << "expired.key"
        << "0E0-654321-0000DEAD"
        << "commercial"
        << "core" << qint64(25) << QDate(2024, 1, 1) << QDate(2025, 12, 31) << 0;
    QTest::newRow("server units") << "server-units.key"
                                  << "0A1-2B3C4D-5E6F0001"
                                  << "commercial"
                                  << "server" << qint64(4) << QDate(2026, 1, 1)
                                  << QDate(2029, 12, 31) << 0;
}

void TestKeyFile::demoKeysVerify()
{
    QFETCH(QString, file);
    auto key = KeyFile::load(Test::demoKeyPath(file), Test::demoProfile());
    QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().message));
    const License &l = key->license();
    QTEST(l.serial, "serial");
    QTEST(toWireName(l.type), "type");
    QTEST(toWireName(l.unit), "unit");
    QTEST(l.count, "count");
    QTEST(l.validFrom, "validFrom");
    QTEST(l.expires, "expires");
    QTEST(l.graceDays, "graceDays");
    QCOMPARE(l.product, QStringLiteral("KSVLA"));
    QCOMPARE(l.licensee, QStringLiteral("Demo Organization"));
    QCOMPARE(key->signer(), QStringLiteral("demo-2026"));
    QVERIFY(l.unknownFields.isEmpty());

    QFile raw(Test::demoKeyPath(file));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QCOMPARE(key->bytes(), bytes);
    QCOMPARE(key->sha256(), Crypto::sha256Hex(bytes));
}

void TestKeyFile::keepsUnknownFieldsWithoutTrustingThem()
{
    const QJsonObject support {{QStringLiteral("level"), QStringLiteral("gold")},
                               {QStringLiteral("until"), QStringLiteral("2027-12-31")}};
    auto key = KeyFile::parse(Test::keyFile({{QStringLiteral("supportContract"), support},
                                             {QStringLiteral("seatsNote"), 42},
                                             {QStringLiteral("count"), 8}}),
                              Test::demoProfile());
    QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().message));
    const QJsonObject unknown = key->license().unknownFields;
    QCOMPARE(unknown.size(), 2);
    QCOMPARE(unknown.value(QLatin1String("supportContract")).toObject(), support);
    QCOMPARE(unknown.value(QLatin1String("seatsNote")).toInt(), 42);
    QVERIFY(!unknown.contains(QLatin1String("count")));
    QCOMPARE(key->license().count, qint64(8));
}

void TestKeyFile::graceDaysAreOptional_data()
{
    QTest::addColumn<QJsonObject>("overrides");
    QTest::addColumn<int>("graceDays");
    QTest::addColumn<QDate>("graceUntil");

    QTest::newRow("absent means none") << QJsonObject {} << 0 << QDate(2027, 12, 31);
    QTest::newRow("explicit zero")
        << QJsonObject {{QStringLiteral("graceDays"), 0}} << 0 << QDate(2027, 12, 31);
    QTest::newRow("subscription with 30 days")
        << QJsonObject {{QStringLiteral("type"), QStringLiteral("subscription")},
                        {QStringLiteral("graceDays"), 30}}
        << 30 << QDate(2028, 1, 30);
}

void TestKeyFile::graceDaysAreOptional()
{
    QFETCH(QJsonObject, overrides);
    auto key = KeyFile::parse(Test::keyFile(overrides), Test::demoProfile());
    QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().message));
    QTEST(key->license().graceDays, "graceDays");
    QTEST(key->license().graceUntil(), "graceUntil");
}

void TestKeyFile::boundaryValuesAreAccepted_data()
{
    QTest::addColumn<QJsonObject>("overrides");
    QTest::addColumn<QStringList>("removed");

    QTest::newRow("count 1") << QJsonObject {{QStringLiteral("count"), 1}} << QStringList();
    QTest::newRow("count at the maximum")
        << QJsonObject {{QStringLiteral("count"), double(KeyFile::MaxCount)}} << QStringList();
    QTest::newRow("count written as 8.0")
        << QJsonObject {{QStringLiteral("count"), 8.0}} << QStringList();
    QTest::newRow("one-day key")
        << QJsonObject {{QStringLiteral("validFrom"), QStringLiteral("2026-05-05")},
                        {QStringLiteral("expires"), QStringLiteral("2026-05-05")}}
        << QStringList();
    QTest::newRow("leap day") << QJsonObject {{QStringLiteral("expires"),
                                               QStringLiteral("2028-02-29")}}
                              << QStringList();
    for (const char *type : {"commercial", "trial", "subscription", "beta", "test", "oem"})
        QTest::addRow("type %s", type)
            << QJsonObject {{QStringLiteral("type"), QString::fromLatin1(type)}} << QStringList();
    for (const char *unit : {"core", "processor", "server", "desktop"})
        QTest::addRow("unit %s", unit)
            << QJsonObject {{QStringLiteral("unit"), QString::fromLatin1(unit)}} << QStringList();
    QTest::newRow("no licensee, no issued")
        << QJsonObject {} << QStringList {QStringLiteral("licensee"), QStringLiteral("issued")};
}

void TestKeyFile::boundaryValuesAreAccepted()
{
    QFETCH(QJsonObject, overrides);
    QFETCH(QStringList, removed);
    auto key = KeyFile::parse(Test::keyFileWithout(removed, overrides), Test::demoProfile());
    QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().message));
}

void TestKeyFile::signatureCoversTheExactBytes()
{
    // Not canonical: other key order and whitespace. The signature covers these
    // bytes, so they are accepted and kept exactly.
    const QByteArray license = "{ \"type\": \"commercial\", \"unit\": \"core\", \"count\": 3,\n"
                               "  \"serial\": \"0B0-ABCDEF-01234567\", \"product\": \"KSVLA\",\n"
                               "  \"edition\": \"Hand made\", \"validFrom\": \"2026-01-01\",\n"
                               "  \"expires\": \"2026-12-31\" }";
    auto key = KeyFile::parse(Test::keyFileFromBytes(license), Test::demoProfile());
    QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().message));
    QCOMPARE(key->licenseBytes(), license);
    QCOMPARE(key->license().serial, QStringLiteral("0B0-ABCDEF-01234567"));
    QCOMPARE(key->license().count, qint64(3));
}

void TestKeyFile::badFileIsRefused_data()
{
    addRefusalColumns();
    auto lic = [](const char *field, const QJsonValue &value) {
        return Test::keyFile({{QString::fromLatin1(field), value}});
    };

    row("empty", QByteArray(), "empty", QStringLiteral("The key file is empty"));
    row("whitespace only", " \t\r\n  \n", "empty", QStringLiteral("The key file is empty"));
    row("not JSON", "serial=0A1-2B3C4D-5E6F7A8B\n", "not-json", QStringLiteral("not a key file"));
    row("truncated JSON", Test::keyFile().left(40), "not-json", QStringLiteral("not a key file"));
    row("JSON array", "[" + Test::keyFile() + "]", "not-object",
        QStringLiteral("not the JSON object"));
    row("JSON string", "\"lightagent-key/1\"", "not-object", QStringLiteral("not the JSON object"));
    row("JSON number", "42", "not-object", QStringLiteral("not the JSON object"));
    row("wrong format tag",
        patchedKeyFile({{QStringLiteral("format"), QStringLiteral("lightagent-key/2")}}),
        "wrong-format", QStringLiteral("\"lightagent-key/2\""));
    row("format missing", patchedKeyFile({}, {QStringLiteral("format")}), "missing-field",
        QStringLiteral("no \"format\" field"));
    row("signature missing", patchedKeyFile({}, {QStringLiteral("signature")}), "missing-field",
        QStringLiteral("no \"signature\" field"));
    row("unknown signer",
        Test::keyFileFromBytes(Test::canonical(Test::licenseDocument()),
                               QStringLiteral("other-vendor-2026")),
        "unknown-signer",
        QStringLiteral("\"other-vendor-2026\", which the vendor profile does "
                       "not trust"));
    row("signer not a string", patchedKeyFile({{QStringLiteral("signer"), 2026}}), "bad-field-type",
        QStringLiteral("field \"signer\" must be text"));
    row("license bad base64",
        patchedKeyFile({{QStringLiteral("license"), QStringLiteral("eyJzZXJpYWwiOi*=")}}),
        "bad-base64", QStringLiteral("\"license\" is not valid base64"));
    row("license empty", patchedKeyFile({{QStringLiteral("license"), QString()}}), "bad-base64",
        QStringLiteral("\"license\" is not valid base64"));
    row("signature bad base64",
        patchedKeyFile({{QStringLiteral("signature"), QStringLiteral("not base64 at all!")}}),
        "bad-base64", QStringLiteral("\"signature\" is not valid base64"));
    row("signature over other bytes", signatureOverOtherBytes(), "signature-mismatch",
        QStringLiteral("changed after it was issued"));
    row("truncated signature (63 bytes)", truncatedSignature(), "bad-signature-length",
        QStringLiteral("63 bytes long instead of 64"));
    row("tampered license bytes", tamperedLicense(), "signature-mismatch",
        QStringLiteral("changed after it was issued"));
    row("oversize file (> 64 KiB)", lic("padding", QString(70 * 1024, QLatin1Char('x'))),
        "too-large", QStringLiteral("larger than 64 KiB"));
    row("non-UTF-8 bytes", spliced("\"note\":\"caf\xe9\","), "not-utf8",
        QStringLiteral("not UTF-8 text"));
    row("overlong UTF-8", spliced("\"note\":\"\xc0\xaf\","), "not-utf8",
        QStringLiteral("not UTF-8 text"));
    row("duplicate top-level key", spliced("\"signer\":\"demo-2026\","), "duplicate-key",
        QStringLiteral("names the field \"signer\" twice"));
    row("duplicate top-level key, escaped", spliced("\"\\u0073igner\":\"other-vendor\","),
        "duplicate-key", QStringLiteral("names the field \"signer\" twice"));
    row("nesting deeper than 64", spliced("\"deep\":" + nestedArrays(64) + ","), "too-deep",
        QStringLiteral("nested more than 64 levels deep"));
}

void TestKeyFile::badFileIsRefused()
{
    checkRefusedAndNothingStored();
}

void TestKeyFile::badLicenseIsRefused_data()
{
    addRefusalColumns();
    auto lic = [](const char *field, const QJsonValue &value) {
        return Test::keyFile({{QString::fromLatin1(field), value}});
    };
    const QString countPhrase = QStringLiteral("whole number from 1 to 1000000");

    row("license not JSON", Test::keyFileFromBytes("serial=0C0-111111-22222222"),
        "license-not-json", QStringLiteral("license inside the key file is not a JSON object"));
    row("license not UTF-8", Test::keyFileFromBytes("{\"serial\":\"\xff\xfe\"}"),
        "license-not-json", QStringLiteral("not UTF-8"));
    row("license JSON array",
        Test::keyFileFromBytes("[" + Test::canonical(Test::licenseDocument()) + "]"),
        "license-not-json", QStringLiteral("license inside the key file is not a JSON object"));
    row("wrong product", lic("product", QStringLiteral("KSWS")), "wrong-product",
        QStringLiteral("for the product \"KSWS\""));
    row("missing serial", Test::keyFileWithout({QStringLiteral("serial")}), "missing-field",
        QStringLiteral("license inside the key file has no \"serial\" field"));
    row("missing expires", Test::keyFileWithout({QStringLiteral("expires")}), "missing-field",
        QStringLiteral("no \"expires\" field"));
    row("serial lowercase hex", lic("serial", QStringLiteral("0c0-111111-2222abcd")), "bad-serial",
        QStringLiteral("\"0c0-111111-2222abcd\" does not have the form"));
    row("serial wrong grouping", lic("serial", QStringLiteral("0C01-11111-22222222")), "bad-serial",
        QStringLiteral("does not have the form XXX-XXXXXX-XXXXXXXX"));
    row("serial a number", lic("serial", 12345), "bad-field-type",
        QStringLiteral("license field \"serial\" must be text"));
    row("malformed date", lic("validFrom", QStringLiteral("2026/01/01")), "bad-date",
        QStringLiteral("\"validFrom\" is \"2026/01/01\", which is not a real date"));
    row("impossible date", lic("expires", QStringLiteral("2026-02-30")), "bad-date",
        QStringLiteral("\"expires\" is \"2026-02-30\""));
    row("date with time", lic("expires", QStringLiteral("2027-12-31T00:00:00")), "bad-date",
        QStringLiteral("form YYYY-MM-DD"));
    row("expires before validFrom",
        Test::keyFile({{QStringLiteral("validFrom"), QStringLiteral("2027-01-01")},
                       {QStringLiteral("expires"), QStringLiteral("2026-12-31")}}),
        "bad-validity",
        QStringLiteral("expires (2026-12-31) before it becomes valid (2027-01-01)"));
    row("count 0", lic("count", 0), "bad-count", countPhrase);
    row("count negative", lic("count", -5), "bad-count", countPhrase);
    row("count huge (1e12)", lic("count", 1e12), "bad-count", countPhrase);
    row("count fractional (2.5)", lic("count", 2.5), "bad-count", countPhrase);
    row("count as string", lic("count", QStringLiteral("8")), "bad-count", countPhrase);
    row("count missing", Test::keyFileWithout({QStringLiteral("count")}), "bad-count", countPhrase);
    row("unknown type", lic("type", QStringLiteral("perpetual")), "bad-type",
        QStringLiteral("license type \"perpetual\" is unknown"));
    row("unknown unit", lic("unit", QStringLiteral("socket")), "bad-unit",
        QStringLiteral("licensing unit \"socket\" is unknown"));
    row("graceDays negative", lic("graceDays", -1), "bad-grace",
        QStringLiteral("grace period must be a whole number"));
    row("licensee not text", lic("licensee", QJsonArray {1, 2}), "bad-field-type",
        QStringLiteral("license field \"licensee\" must be text"));
    row("duplicate key inside the license document", duplicateKeyInLicense(),
        "license-duplicate-key", QStringLiteral("names the field \"count\" twice"));
}

void TestKeyFile::badLicenseIsRefused()
{
    checkRefusedAndNothingStored();
}

void TestKeyFile::checkRefusedAndNothingStored()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QFETCH(QString, phrase);

    const Snapshot before = snapshot(*m_store);
    QCOMPARE(before.keys(), QList<QString> {QStringLiteral("active")});

    auto parsed = KeyFile::parse(bytes, Test::demoProfile());
    QVERIFY2(!parsed.ok(), "the bad key file was accepted");
    QCOMPARE(parsed.error().reason, reason);
    QVERIFY2(parsed.error().message.contains(phrase),
             qPrintable(QStringLiteral("message: ") + parsed.error().message));
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);

    // The same through a file and the store, as `key add` does it.
    const Status added = addKeyFile(writeFile(QStringLiteral("bad.key"), bytes));
    QVERIFY(!added.ok());
    QCOMPARE(added.error().reason, reason);
    QCOMPARE(snapshot(*m_store), before);
}

void TestKeyFile::missingFileIsAnIoError()
{
    const Snapshot before = snapshot(*m_store);
    auto key = KeyFile::load(m_dir->filePath(QStringLiteral("absent.key")), Test::demoProfile());
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::Io);
    QCOMPARE(key.error().reason, QStringLiteral("unreadable"));
    QVERIFY(key.error().message.contains(QLatin1String("absent.key")));
    QCOMPARE(snapshot(*m_store), before);
}

void TestKeyFile::oversizeFileIsNotReadWhole()
{
    // A huge file (think: the wrong file picked in a dialog) is refused by size.
    const QByteArray big(8 * 1024 * 1024, '{');
    auto key = KeyFile::load(writeFile(QStringLiteral("big.key"), big), Test::demoProfile());
    QVERIFY(!key.ok());
    QCOMPARE(key.error().reason, QStringLiteral("too-large"));
}

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
