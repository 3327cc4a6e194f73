// KeyStore on a real SQLite state database: changes follow the vendor's rules, are
// persisted all-or-nothing, and a refusal leaves every stored byte as it was.
#include "common/KeyScenarios.h"
#include "core/Crypto.h"
#include "core/StateDatabase.h"
#include "license/KeyStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace LightAgent;
using Test::activeCommercial;
using Test::candidate;
using Test::reserveCommercial;

namespace {

QString serialOf(const std::optional<StoredKey> &key)
{
    return key ? key->license().serial : QString();
}

// The demo profile, but trusting another signing key under the demo signer id.
VendorProfile profileWithOtherSigningKey()
{
    QFile file(Test::sourcePath(QStringLiteral("resources/profile/demo-profile.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot read the demo profile");
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const QByteArray pem = Crypto::Ed25519PrivateKey::generate().publicKeyPem();
    json.insert(
        QStringLiteral("signingKeys"),
        QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("demo-2026")},
                                 {QStringLiteral("publicKeyPem"), QString::fromLatin1(pem)}}});
    auto profile = VendorProfile::parse(QJsonDocument(json).toJson(),
                                        Test::sourcePath(QStringLiteral("resources/profile")));
    if (!profile)
        qFatal("%s", qPrintable(profile.error().message));
    return profile.value();
}

QString cellText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return Crypto::sha256Hex(value.toByteArray());
    return value.toString();
}

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyStoreHasNoKeys();
    void addedKeyIsPersisted();
    void reserveBesideActive();
    void refusalLeavesTheStoreUnchanged_data();
    void refusalLeavesTheStoreUnchanged();
    void replacingTheActiveKeepsTheReserve();
    void removingTheActivePromotesTheReserve();
    void removingTheReserve();
    void removingAMissingKeyIsRefused_data();
    void removingAMissingKeyIsRefused();
    void promoteIfDuePersistsThePromotion();
    void promoteIfDueWaitsForAValidReserve();
    void effectiveDoesNotPersist();
    void addAppliesADuePromotionFirst();
    void allowedSlotsOrder();
    void keyDetailsSurviveStorage();
    void storedKeyThatNoLongerVerifiesIsReported();
    void secondProcessSeesTheChange();

private:
    void setUpKeys(const StoredKeys &keys);
    QStringList rows() const; // every stored byte, as text, for comparison
    std::shared_ptr<StateDatabase> openAgain() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<StateDatabase> m_database;
    std::unique_ptr<KeyStore> m_store;
};

void TestKeyStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto database = StateDatabase::open(m_dir->path());
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().message));
    m_database = database.value();
    m_store = std::make_unique<KeyStore>(m_database, Test::demoProfile());
}

void TestKeyStore::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

std::shared_ptr<StateDatabase> TestKeyStore::openAgain() const
{
    auto database = StateDatabase::open(m_dir->path());
    if (!database)
        qFatal("%s", qPrintable(database.error().message));
    return database.value();
}

void TestKeyStore::setUpKeys(const StoredKeys &keys)
{
    if (!keys.active)
        return;
    const QDate day = keys.active->license().validFrom;
    QVERIFY(m_store->add(*keys.active, KeySlot::Active, day).ok());
    if (keys.reserve)
        QVERIFY(m_store->add(*keys.reserve, KeySlot::Reserve, day).ok());
}

QStringList TestKeyStore::rows() const
{
    // Every column, including any a later schema adds.
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT * FROM keys ORDER BY slot"));
    if (!q.exec())
        qFatal("Cannot read the keys table");
    QStringList out;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.record().fieldName(i) + QLatin1Char('=') + cellText(q.value(i)));
        out.append(row.join(QLatin1Char('|')));
    }
    return out;
}

void TestKeyStore::emptyStoreHasNoKeys()
{
    auto keys = m_store->load();
    QVERIFY(keys.ok());
    QVERIFY(!keys->active);
    QVERIFY(!keys->reserve);
    QVERIFY(rows().isEmpty());
}

void TestKeyStore::addedKeyIsPersisted()
{
    const StoredKey key = activeCommercial();
    auto change = m_store->add(key, KeySlot::Active, Test::ruleDay());
    QVERIFY2(change.ok(), qPrintable(change ? QString() : change.error().message));
    QCOMPARE(change->before.status(), LicenseStatus::NotActivated);
    QCOMPARE(change->after.status(), LicenseStatus::Valid);

    // A fresh connection, as another process would open it.
    KeyStore other(openAgain(), Test::demoProfile());
    auto keys = other.load();
    QVERIFY(keys.ok());
    QVERIFY(keys->active);
    QVERIFY(!keys->reserve);
    QCOMPARE(keys->active->keyFile.bytes(), key.keyFile.bytes());
    QCOMPARE(keys->active->source, KeySource::File);
    QCOMPARE(keys->active->addedAt, key.addedAt);
}

void TestKeyStore::reserveBesideActive()
{
    setUpKeys({activeCommercial(), std::nullopt});
    auto change = m_store->add(reserveCommercial(), KeySlot::Reserve, Test::ruleDay());
    QVERIFY(change.ok());
    QCOMPARE(change->slot, KeySlot::Reserve);
    QVERIFY(!change->replaced);
    auto keys = m_store->load();
    QVERIFY(keys.ok());
    QCOMPARE(serialOf(keys->active), activeCommercial().license().serial);
    QCOMPARE(serialOf(keys->reserve), reserveCommercial().license().serial);
}

void TestKeyStore::refusalLeavesTheStoreUnchanged_data()
{
    QTest::addColumn<StoredKeys>("current");
    QTest::addColumn<StoredKey>("candidate");
    QTest::addColumn<KeySlot>("slot");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("reason");

    for (const Test::RefusalScenario &s : Test::refusalScenarios())
        QTest::newRow(s.name) << s.current << s.candidate << s.slot << s.today
                              << QString::fromLatin1(s.reason);
}

void TestKeyStore::refusalLeavesTheStoreUnchanged()
{
    QFETCH(StoredKeys, current);
    QFETCH(StoredKey, candidate);
    QFETCH(KeySlot, slot);
    QFETCH(QDate, today);
    QFETCH(QString, reason);

    setUpKeys(current);
    const QStringList before = rows();
    QCOMPARE(before.size(), int(current.active.has_value()) + int(current.reserve.has_value()));

    auto planned = m_store->plan(candidate, slot, today);
    QVERIFY(!planned.ok());
    QCOMPARE(planned.error().reason, reason);

    auto added = m_store->add(candidate, slot, today);
    QVERIFY2(!added.ok(), "the store accepted what the rules refuse");
    QCOMPARE(added.error().reason, reason);
    QCOMPARE(added.error().code, ErrorCode::Refused);
    QCOMPARE(rows(), before);
}

void TestKeyStore::replacingTheActiveKeepsTheReserve()
{
    setUpKeys({activeCommercial(), reserveCommercial()});
    auto change = m_store->add(candidate("commercial"), KeySlot::Active, Test::ruleDay());
    QVERIFY(change.ok());
    QCOMPARE(serialOf(change->replaced), activeCommercial().license().serial);
    auto keys = m_store->load();
    QVERIFY(keys.ok());
    QCOMPARE(serialOf(keys->active), QStringLiteral("0A0-000001-000000C1"));
    QCOMPARE(serialOf(keys->reserve), reserveCommercial().license().serial);
}

void TestKeyStore::removingTheActivePromotesTheReserve()
{
    setUpKeys({activeCommercial(), reserveCommercial()});
    QVERIFY(m_store->remove(KeySlot::Active).ok());
    KeyStore other(openAgain(), Test::demoProfile());
    auto keys = other.load();
    QVERIFY(keys.ok());
    QCOMPARE(serialOf(keys->active), reserveCommercial().license().serial);
    QVERIFY(!keys->reserve);
}

void TestKeyStore::removingTheReserve()
{
    setUpKeys({activeCommercial(), reserveCommercial()});
    QVERIFY(m_store->remove(KeySlot::Reserve).ok());
    auto keys = m_store->load();
    QVERIFY(keys.ok());
    QCOMPARE(serialOf(keys->active), activeCommercial().license().serial);
    QVERIFY(!keys->reserve);
}

void TestKeyStore::removingAMissingKeyIsRefused_data()
{
    QTest::addColumn<StoredKeys>("current");
    QTest::addColumn<KeySlot>("slot");

    QTest::newRow("no active key") << StoredKeys {} << KeySlot::Active;
    QTest::newRow("no reserve key")
        << StoredKeys {activeCommercial(), std::nullopt} << KeySlot::Reserve;
}

void TestKeyStore::removingAMissingKeyIsRefused()
{
    QFETCH(StoredKeys, current);
    QFETCH(KeySlot, slot);
    setUpKeys(current);
    const QStringList before = rows();
    const Status removed = m_store->remove(slot);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().reason, QStringLiteral("no-such-key"));
    QCOMPARE(removed.error().code, ErrorCode::Refused);
    QCOMPARE(rows(), before);
}

void TestKeyStore::promoteIfDuePersistsThePromotion()
{
    setUpKeys({activeCommercial(), reserveCommercial()});
    const QDate lastDay = activeCommercial().license().expires;
    const QStringList before = rows();

    auto early = m_store->promoteIfDue(lastDay);
    QVERIFY(early.ok());
    QVERIFY(!early.value());
    QCOMPARE(rows(), before);

    auto due = m_store->promoteIfDue(lastDay.addDays(1));
    QVERIFY(due.ok());
    QVERIFY(due.value());
    KeyStore other(openAgain(), Test::demoProfile());
    auto keys = other.load();
    QVERIFY(keys.ok());
    QCOMPARE(serialOf(keys->active), reserveCommercial().license().serial);
    QVERIFY(!keys->reserve);
    QCOMPARE(keys->active->keyFile.bytes(), reserveCommercial().keyFile.bytes());

    auto again = m_store->promoteIfDue(lastDay.addDays(2));
    QVERIFY(again.ok());
    QVERIFY(!again.value());
}

void TestKeyStore::promoteIfDueWaitsForAValidReserve()
{
    const StoredKey lateReserve = Test::key("0A0-000001-00000005", "commercial", "core",
                                            QDate(2028, 3, 1), QDate(2029, 12, 31));
    setUpKeys({activeCommercial(), lateReserve});
    const QStringList before = rows();
    auto gap = m_store->promoteIfDue(QDate(2028, 2, 1));
    QVERIFY(gap.ok());
    QVERIFY(!gap.value());
    QCOMPARE(rows(), before);

    auto due = m_store->promoteIfDue(QDate(2028, 3, 1));
    QVERIFY(due.ok());
    QVERIFY(due.value());
    auto keys = m_store->load();
    QVERIFY(keys.ok());
    QCOMPARE(serialOf(keys->active), QStringLiteral("0A0-000001-00000005"));
}

void TestKeyStore::effectiveDoesNotPersist()
{
    setUpKeys({activeCommercial(), reserveCommercial()});
    const QStringList before = rows();
    auto effective = m_store->effective(QDate(2028, 1, 1));
    QVERIFY(effective.ok());
    QCOMPARE(serialOf(effective->active), reserveCommercial().license().serial);
    QVERIFY(!effective->reserve);
    QCOMPARE(rows(), before);
}

void TestKeyStore::addAppliesADuePromotionFirst()
{
    // The active key has ended and the reserve has taken over (not yet persisted);
    // a new reserve goes beside the key that is really active now.
    setUpKeys({activeCommercial(), reserveCommercial()});
    const StoredKey next = Test::key("0A0-000001-00000006", "commercial", "core", QDate(2028, 1, 1),
                                     QDate(2031, 12, 31));
    auto change = m_store->add(next, KeySlot::Reserve, QDate(2028, 1, 10));
    QVERIFY2(change.ok(), qPrintable(change ? QString() : change.error().message));
    QVERIFY(!change->replaced);
    auto keys = m_store->load();
    QVERIFY(keys.ok());
    QCOMPARE(serialOf(keys->active), reserveCommercial().license().serial);
    QCOMPARE(serialOf(keys->reserve), QStringLiteral("0A0-000001-00000006"));
}

void TestKeyStore::allowedSlotsOrder()
{
    auto first = m_store->allowedSlots(candidate("commercial"), Test::ruleDay());
    QVERIFY(first.ok());
    QCOMPARE(first.value(), QList<KeySlot> {KeySlot::Active});

    setUpKeys({activeCommercial(), std::nullopt});
    auto second = m_store->allowedSlots(candidate("commercial"), Test::ruleDay());
    QVERIFY(second.ok());
    QCOMPARE(second.value(), (QList<KeySlot> {KeySlot::Reserve, KeySlot::Active}));

    auto trial = m_store->allowedSlots(candidate("trial"), Test::ruleDay());
    QVERIFY(trial.ok());
    QVERIFY(trial->isEmpty());
}

void TestKeyStore::keyDetailsSurviveStorage()
{
    StoredKey key = activeCommercial();
    key.source = KeySource::Code;
    key.codeMasked = QStringLiteral("*****-*****-*****-1A11P");
    key.blockedSince = QDateTime(QDate(2026, 5, 20), QTime(8, 15, 30), Qt::UTC);
    key.recheckAfterSeconds = 86400;
    QVERIFY(m_store->add(key, KeySlot::Active, Test::ruleDay()).ok());
    auto keys = m_store->load();
    QVERIFY(keys.ok());
    const StoredKey &stored = *keys->active;
    QCOMPARE(stored.source, KeySource::Code);
    QCOMPARE(stored.codeMasked, key.codeMasked);
    QCOMPARE(stored.blockedSince, key.blockedSince);
    QCOMPARE(stored.recheckAfterSeconds, qint64(86400));
    QCOMPARE(stored.addedAt, key.addedAt);
}

void TestKeyStore::storedKeyThatNoLongerVerifiesIsReported()
{
    setUpKeys({activeCommercial(), std::nullopt});
    const VendorProfile otherVendor = profileWithOtherSigningKey();
    KeyStore store(m_database, otherVendor);
    auto keys = store.load();
    QVERIFY(!keys.ok());
    QCOMPARE(keys.error().reason, QStringLiteral("stored-key-invalid"));
    QCOMPARE(keys.error().code, ErrorCode::Database);
    QVERIFY2(keys.error().message.contains(QLatin1String("signature")),
             qPrintable(keys.error().message));
}

void TestKeyStore::secondProcessSeesTheChange()
{
    KeyStore other(openAgain(), Test::demoProfile());
    QVERIFY(m_store->add(activeCommercial(), KeySlot::Active, Test::ruleDay()).ok());
    auto seen = other.load();
    QVERIFY(seen.ok());
    QCOMPARE(serialOf(seen->active), activeCommercial().license().serial);
    // The rules are checked against what is stored now, not against a stale view.
    auto duplicate = other.add(activeCommercial(), KeySlot::Active, Test::ruleDay());
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().reason, QStringLiteral("already-added"));
}

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
