// Verified results kept per process (VerifiedCache): the same stored bytes under the
// same profile trust are verified once; changed bytes and another profile are always
// verified in full; only what passed is kept, and only a bounded number of entries.
// Then the same through the key store and the bundle store on a real state database.
#include "UpdateFixture.h"
#include "common/KeyScenarios.h"
#include "core/VerifiedCache.h"
#include "provision/BundleStore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace LightAgent;

namespace {

// The demo profile with `changes` applied to its JSON.
VendorProfile demoProfileWith(const QJsonObject &changes)
{
    QFile file(Test::sourcePath(QStringLiteral("resources/profile/demo-profile.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot read the demo profile");
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        json.insert(it.key(), it.value());
    auto profile = VendorProfile::parse(QJsonDocument(json).toJson(),
                                        Test::sourcePath(QStringLiteral("resources/profile")));
    if (!profile)
        qFatal("%s", qPrintable(profile.error().message));
    return profile.value();
}

// The demo profile, but trusting another key under the demo signer's id.
VendorProfile profileWithOtherSigningKey()
{
    const QByteArray pem = Crypto::Ed25519PrivateKey::generate().publicKeyPem();
    return demoProfileWith(
        {{QStringLiteral("signingKeys"),
          QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("demo-2026")},
                                   {QStringLiteral("publicKeyPem"), QString::fromLatin1(pem)}}}}});
}

// `bytes` with one character of the JSON string value of `field` changed, `offset`
// characters into it: still well-formed, but no longer what was signed.
QByteArray withOneByteChanged(QByteArray bytes, const char *field, int offset)
{
    const QByteArray opening = QByteArray("\"") + field + "\":\"";
    const qsizetype at = bytes.indexOf(opening);
    if (at < 0)
        qFatal("No field %s", field);
    char &c = bytes[at + opening.size() + offset];
    c = c == 'A' ? 'B' : 'A';
    return bytes;
}

// A cache around KeyFile::parse that counts the verifications it runs.
struct CountingCache
{
    explicit CountingCache(int capacity = VerifiedCache<KeyFile>::DefaultCapacity)
        : cache(
              [this](const QByteArray &bytes, const VendorProfile &profile) {
                  ++verifications;
                  return KeyFile::parse(bytes, profile);
              },
              capacity)
    { }
    std::atomic<int> verifications = 0;
    VerifiedCache<KeyFile> cache;
};

} // namespace

class TestVerifiedCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void aHitReturnsTheSameResult();
    void changedBytesAreVerifiedAgain_data();
    void changedBytesAreVerifiedAgain();
    void anotherProfileIsVerifiedAgain_data();
    void anotherProfileIsVerifiedAgain();
    void onlyWhatPassedIsKept();
    void theLeastRecentlyUsedEntryLeavesFirst();
    void manyThreadsAtOnce();

    void keyStoreVerifiesAStoredKeyOnce();
    void keyStoreRefusesAStoredKeyChangedByOneByte();
    void keyStoreWithAnotherProfileVerifiesAgain();
    void bundleStoreVerifiesTheBundleOnceAndRefusesAChangedOne();

private:
    void addActiveKey();
    void changeStoredBytes(const QString &statement, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<StateDatabase> m_database;
};

void TestVerifiedCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto database = StateDatabase::open(m_dir->path());
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().message));
    m_database = database.value();
}

void TestVerifiedCache::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestVerifiedCache::aHitReturnsTheSameResult()
{
    CountingCache counting;
    const QByteArray bytes = Test::keyFile();
    auto first = counting.cache.verified(bytes, Test::demoProfile());
    auto second = counting.cache.verified(bytes, Test::demoProfile());
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QCOMPARE(counting.verifications.load(), 1);
    QCOMPARE(counting.cache.hits(), 1);
    QCOMPARE(second->bytes(), bytes);
    QCOMPARE(second->signer(), first->signer());
    QCOMPARE(second->licenseBytes(), first->licenseBytes());
    QCOMPARE(second->license().serial, first->license().serial);
    QCOMPARE(second->license().expires, first->license().expires);
}

void TestVerifiedCache::changedBytesAreVerifiedAgain_data()
{
    const QByteArray good = Test::keyFile();
    QTest::addColumn<QByteArray>("changed");
    QTest::addColumn<QString>("reason"); // empty: the changed bytes still verify
    QTest::newRow("one byte of the license")
        << withOneByteChanged(good, "license", 20) << QStringLiteral("signature-mismatch");
    QTest::newRow("one byte of the signature")
        << withOneByteChanged(good, "signature", 10) << QStringLiteral("signature-mismatch");
    QTest::newRow("a space after the object") << QByteArray(good + ' ') << QString();
}

void TestVerifiedCache::changedBytesAreVerifiedAgain()
{
    QFETCH(QByteArray, changed);
    QFETCH(QString, reason);
    CountingCache counting;
    QVERIFY(counting.cache.verified(Test::keyFile(), Test::demoProfile()).ok());
    auto result = counting.cache.verified(changed, Test::demoProfile());
    QCOMPARE(counting.verifications.load(), 2);
    QCOMPARE(counting.cache.hits(), 0);
    QCOMPARE(result.ok(), reason.isEmpty());
    if (!result)
        QCOMPARE(result.error().reason, reason);
}

void TestVerifiedCache::anotherProfileIsVerifiedAgain_data()
{
    QTest::addColumn<QJsonObject>("changes"); // to the demo profile
    QTest::addColumn<int>("verifications");
    QTest::addColumn<QString>("reason");
    const QByteArray otherKey = Crypto::Ed25519PrivateKey::generate().publicKeyPem();
    QTest::newRow("another key under the same signer id")
        << QJsonObject {{QStringLiteral("signingKeys"),
                         QJsonArray {QJsonObject {
                             {QStringLiteral("id"), QStringLiteral("demo-2026")},
                             {QStringLiteral("publicKeyPem"), QString::fromLatin1(otherKey)}}}}}
        << 2 << QStringLiteral("signature-mismatch");
    const QJsonObject product {
        {QStringLiteral("name"), QStringLiteral("Other")},
        {QStringLiteral("solutionId"), QStringLiteral("other")},
        {QStringLiteral("solutionVersion"), QStringLiteral("6.2.0.187")},
        {QStringLiteral("productType"), QStringLiteral("X")},
        {QStringLiteral("helpVersion"), QStringLiteral("6.2")},
        {QStringLiteral("compatibleApplicationIds"), QJsonArray {QStringLiteral("other")}}};
    QTest::newRow("the same keys, another solution ID")
        << QJsonObject {{QStringLiteral("product"), product}} << 2
        << QStringLiteral("wrong-product");
    // What counts is what the profile trusts, not which object holds it.
    QTest::newRow("the same trust, loaded again") << QJsonObject() << 1 << QString();
}

void TestVerifiedCache::anotherProfileIsVerifiedAgain()
{
    QFETCH(QJsonObject, changes);
    QFETCH(int, verifications);
    const VendorProfile profile = demoProfileWith(changes);
    QFETCH(QString, reason);
    CountingCache counting;
    const QByteArray bytes = Test::keyFile();
    QVERIFY(counting.cache.verified(bytes, Test::demoProfile()).ok());
    auto result = counting.cache.verified(bytes, profile);
    QCOMPARE(counting.verifications.load(), verifications);
    QCOMPARE(result.ok(), reason.isEmpty());
    if (!result)
        QCOMPARE(result.error().reason, reason);
}

void TestVerifiedCache::onlyWhatPassedIsKept()
{
    CountingCache counting;
    const QByteArray changed = withOneByteChanged(Test::keyFile(), "license", 20);
    QVERIFY(!counting.cache.verified(changed, Test::demoProfile()).ok());
    QVERIFY(!counting.cache.verified(changed, Test::demoProfile()).ok());
    QCOMPARE(counting.verifications.load(), 2);
    QCOMPARE(counting.cache.size(), 0);
}

void TestVerifiedCache::theLeastRecentlyUsedEntryLeavesFirst()
{
    CountingCache counting(2);
    const QByteArray a =
        Test::keyFile({{QStringLiteral("serial"), QStringLiteral("0A0-000001-0000000A")}});
    const QByteArray b =
        Test::keyFile({{QStringLiteral("serial"), QStringLiteral("0A0-000001-0000000B")}});
    const QByteArray c =
        Test::keyFile({{QStringLiteral("serial"), QStringLiteral("0A0-000001-0000000C")}});
    for (const QByteArray &bytes : {a, b, a, c}) // a is used again before c comes
        QVERIFY(counting.cache.verified(bytes, Test::demoProfile()).ok());
    QCOMPARE(counting.verifications.load(), 3);
    QCOMPARE(counting.cache.size(), 2);
    QVERIFY(counting.cache.verified(a, Test::demoProfile()).ok()); // kept
    QCOMPARE(counting.verifications.load(), 3);
    QVERIFY(counting.cache.verified(b, Test::demoProfile()).ok()); // gone: verified again
    QCOMPARE(counting.verifications.load(), 4);
}

// Threads share the cache and the profile's keys (and with them the verification
// context each key keeps); every answer stays right.
void TestVerifiedCache::manyThreadsAtOnce()
{
    CountingCache counting(4);
    const VendorProfile &profile = Test::demoProfile();
    QList<QByteArray> good;
    for (const char *serial : {"0A0-000001-00000011", "0A0-000001-00000012", "0A0-000001-00000013",
                               "0A0-000001-00000014", "0A0-000001-00000015"})
        good.append(Test::keyFile({{QStringLiteral("serial"), QString::fromLatin1(serial)}}));
    const QByteArray bad = withOneByteChanged(good.constFirst(), "signature", 10);
    std::atomic<int> wrong = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 40; ++i) {
                const QByteArray &bytes = good.at((i + t) % good.size());
                if (!counting.cache.verified(bytes, profile).ok())
                    ++wrong;
                if (counting.cache.verified(bad, profile).ok())
                    ++wrong;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
    QVERIFY(counting.cache.size() <= 4);
}

void TestVerifiedCache::addActiveKey()
{
    KeyStore store(m_database, Test::demoProfile());
    QVERIFY(store.add(Test::activeCommercial(), KeySlot::Active, Test::ruleDay()).ok());
}

void TestVerifiedCache::changeStoredBytes(const QString &statement, const QByteArray &bytes)
{
    QSqlQuery change(m_database->connection());
    QVERIFY(change.prepare(statement));
    change.addBindValue(bytes);
    QVERIFY(change.exec());
    QCOMPARE(change.numRowsAffected(), 1);
}

void TestVerifiedCache::keyStoreVerifiesAStoredKeyOnce()
{
    addActiveKey();
    KeyStore store(m_database, Test::demoProfile());
    auto first = store.load();
    QVERIFY(first.ok());
    const qint64 hits = KeyStore::verifiedKeyFiles().hits();
    // Another store on another connection to the same file, as DatabaseStatus makes.
    auto again = StateDatabase::open(m_dir->path());
    QVERIFY(again.ok());
    auto second = KeyStore(again.value(), Test::demoProfile()).load();
    QVERIFY(second.ok());
    QCOMPARE(KeyStore::verifiedKeyFiles().hits(), hits + 1);
    QCOMPARE(second->active->keyFile.bytes(), first->active->keyFile.bytes());
    QCOMPARE(second->active->license().serial, Test::activeCommercial().license().serial);
}

void TestVerifiedCache::keyStoreRefusesAStoredKeyChangedByOneByte()
{
    addActiveKey();
    KeyStore store(m_database, Test::demoProfile());
    QVERIFY(store.load().ok()); // now known to the cache
    QSqlQuery read(m_database->connection());
    QVERIFY(read.exec(QStringLiteral("SELECT key_file FROM keys WHERE slot = 'active'")));
    QVERIFY(read.next());
    const QByteArray stored = read.value(0).toByteArray();
    read.finish();
    changeStoredBytes(QStringLiteral("UPDATE keys SET key_file = ? WHERE slot = 'active'"),
                      withOneByteChanged(stored, "license", 30));
    auto keys = store.load();
    QVERIFY(!keys.ok());
    QCOMPARE(keys.error().reason, QStringLiteral("stored-key-invalid"));
    QVERIFY2(keys.error().message.contains(QLatin1String("signature")),
             qPrintable(keys.error().message));
    // Put back, the same bytes are the verified ones again.
    changeStoredBytes(QStringLiteral("UPDATE keys SET key_file = ? WHERE slot = 'active'"), stored);
    QVERIFY(store.load().ok());
}

void TestVerifiedCache::keyStoreWithAnotherProfileVerifiesAgain()
{
    addActiveKey();
    QVERIFY(KeyStore(m_database, Test::demoProfile()).load().ok()); // now known to the cache
    const VendorProfile other = profileWithOtherSigningKey();
    auto keys = KeyStore(m_database, other).load();
    QVERIFY(!keys.ok());
    QCOMPARE(keys.error().reason, QStringLiteral("stored-key-invalid"));
}

void TestVerifiedCache::bundleStoreVerifiesTheBundleOnceAndRefusesAChangedOne()
{
    const QDateTime now(QDate(2026, 5, 2), QTime(6, 0), Qt::UTC);
    const QByteArray bytes =
        Test::canonical(Test::goodBundle(QStringLiteral("20260501.0600"), now.addDays(-1)));
    auto bundle = DatabaseBundle::parse(bytes, Test::demoProfile());
    QVERIFY(bundle.ok());
    BundleStore store(m_database, Test::demoProfile());
    UpdateRun run;
    run.at = now;
    QVERIFY(store.install(bundle.value(), run).ok());

    QVERIFY(store.current().ok());
    const qint64 hits = BundleStore::verifiedBundles().hits();
    auto current = store.current();
    QVERIFY(current.ok() && current.value().has_value());
    QCOMPARE(BundleStore::verifiedBundles().hits(), hits + 1);
    QCOMPARE(current.value()->bundle.version(), QStringLiteral("20260501.0600"));

    changeStoredBytes(QStringLiteral("UPDATE bundle SET signed_object = ? WHERE id = 1"),
                      withOneByteChanged(bytes, "license", 12));
    auto changed = store.current();
    QVERIFY(!changed.ok());
    QCOMPARE(changed.error().reason, QStringLiteral("stored-bundle-invalid"));
    // Another profile does not take the verified bundle on trust either.
    changeStoredBytes(QStringLiteral("UPDATE bundle SET signed_object = ? WHERE id = 1"), bytes);
    const VendorProfile other = profileWithOtherSigningKey();
    auto untrusted = BundleStore(m_database, other).current();
    QVERIFY(!untrusted.ok());
    QCOMPARE(untrusted.error().reason, QStringLiteral("stored-bundle-invalid"));
}

QTEST_GUILESS_MAIN(TestVerifiedCache)
#include "tst_verifiedcache.moc"
