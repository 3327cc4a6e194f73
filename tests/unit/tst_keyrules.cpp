// KeyRules: the vendor's key-store rules (DESIGN §3.6) as a pure function of what is
// stored, the candidate key, the slot and the day.
#include "common/KeyScenarios.h"
#include "license/KeyRules.h"

#include <QJsonArray>
#include <QTest>

using namespace LightAgent;
using Test::activeCommercial;
using Test::candidate;
using Test::reserveCommercial;

namespace {

QStringList serials(const StoredKeys &keys)
{
    return {keys.active ? keys.active->license().serial : QString(),
            keys.reserve ? keys.reserve->license().serial : QString()};
}

QString serialOf(const std::optional<StoredKey> &key)
{
    return key ? key->license().serial : QString();
}

} // namespace

class TestKeyRules : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void allowed_data();
    void allowed();
    void expiryDayIsStillValid();
    void effectsSayWhatChanges();
    void changeToJson();
    void timeLoss_data();
    void timeLoss();
    void slotForCodeBeforeTheKeyIsKnown();
    void allowedSlots_data();
    void allowedSlots();
    void afterRemoval_data();
    void afterRemoval();
};

void TestKeyRules::refused_data()
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

void TestKeyRules::refused()
{
    QFETCH(StoredKeys, current);
    QFETCH(StoredKey, candidate);
    QFETCH(KeySlot, slot);
    QFETCH(QDate, today);
    QFETCH(QString, reason);

    const QStringList before = serials(current);
    auto change = KeyRules::plan(current, candidate, slot, today);
    QVERIFY2(!change.ok(), "the rules allowed what they must refuse");
    QCOMPARE(change.error().reason, reason);
    QCOMPARE(change.error().code, ErrorCode::Refused);
    QVERIFY(!change.error().message.isEmpty());
    QCOMPARE(serials(current), before);
    QVERIFY(!KeyRules::allowedSlots(current, candidate, today).contains(slot));
}

void TestKeyRules::allowed_data()
{
    QTest::addColumn<StoredKeys>("current");
    QTest::addColumn<StoredKey>("candidate");
    QTest::addColumn<KeySlot>("slot");
    QTest::addColumn<QString>("replaced");
    QTest::addColumn<QString>("statusBefore");
    QTest::addColumn<QString>("statusAfter");

    const StoredKeys none;
    const StoredKeys active {activeCommercial(), std::nullopt};
    const StoredKeys both {activeCommercial(), reserveCommercial()};
    const StoredKeys trialActive {
        Test::key("0A0-000001-00000004", "trial", "core", QDate(2026, 1, 1), QDate(2026, 12, 31)),
        std::nullopt};
    const QString activeSerial = activeCommercial().license().serial;
    const QString reserveSerial = reserveCommercial().license().serial;
    const QDate later = Test::ruleDay().addDays(30);

    QTest::newRow("first key, active")
        << none << candidate("commercial") << KeySlot::Active << QString() << "not-activated"
        << "valid";
    QTest::newRow("first key may be a trial")
        << none << candidate("trial") << KeySlot::Active << QString() << "not-activated"
        << "valid";
    QTest::newRow("first key may be a subscription")
        << none << candidate("subscription") << KeySlot::Active << QString() << "not-activated"
        << "valid";
    QTest::newRow("reserve beside an active key of the same unit")
        << active << candidate("commercial") << KeySlot::Reserve << QString() << "valid"
        << "valid";
    QTest::newRow("not yet valid is fine as reserve")
        << active << candidate("commercial", "core", later, QDate(2029, 1, 1)) << KeySlot::Reserve
        << QString() << "valid"
        << "valid";
    QTest::newRow("beta as reserve")
        << active << candidate("beta") << KeySlot::Reserve << QString() << "valid"
        << "valid";
    QTest::newRow("reserve replaces the reserve")
        << both << candidate("commercial") << KeySlot::Reserve << reserveSerial << "valid"
        << "valid";
    QTest::newRow("commercial replaces the active, same unit as the reserve")
        << both << candidate("commercial") << KeySlot::Active << activeSerial << "valid"
        << "valid";
    QTest::newRow("commercial replaces a trial")
        << trialActive << candidate("commercial") << KeySlot::Active << "0A0-000001-00000004"
        << "valid"
        << "valid";
    QTest::newRow("trial replaces a trial")
        << trialActive << candidate("trial") << KeySlot::Active << "0A0-000001-00000004"
        << "valid"
        << "valid";
    QTest::newRow("subscription replaces a commercial key")
        << active << candidate("subscription") << KeySlot::Active << activeSerial << "valid"
        << "valid";
    QTest::newRow("another unit replaces the active when there is no reserve")
        << active << candidate("commercial", "server") << KeySlot::Active << activeSerial << "valid"
        << "valid";
}

void TestKeyRules::allowed()
{
    QFETCH(StoredKeys, current);
    QFETCH(StoredKey, candidate);
    QFETCH(KeySlot, slot);

    auto change = KeyRules::plan(current, candidate, slot, Test::ruleDay());
    QVERIFY2(change.ok(), qPrintable(change ? QString() : change.error().message));
    QCOMPARE(change->slot, slot);
    QTEST(serialOf(change->replaced), "replaced");
    QTEST(toWireName(change->before.status()), "statusBefore");
    QTEST(toWireName(change->after.status()), "statusAfter");
    const auto &placed = slot == KeySlot::Active ? change->after.active() : change->after.reserve();
    QCOMPARE(serialOf(placed), candidate.license().serial);
}

void TestKeyRules::expiryDayIsStillValid()
{
    const StoredKey lastDay = candidate("commercial", "core", QDate(2026, 1, 1), Test::ruleDay());
    QVERIFY(KeyRules::plan({}, lastDay, KeySlot::Active, Test::ruleDay()).ok());
    auto nextDay = KeyRules::plan({}, lastDay, KeySlot::Active, Test::ruleDay().addDays(1));
    QVERIFY(!nextDay.ok());
    QCOMPARE(nextDay.error().reason, QStringLiteral("key-expired"));

    const StoredKey firstDay = candidate("commercial", "core", Test::ruleDay(), QDate(2028, 1, 1));
    QVERIFY(KeyRules::plan({}, firstDay, KeySlot::Active, Test::ruleDay()).ok());
}

void TestKeyRules::effectsSayWhatChanges()
{
    const StoredKeys active {activeCommercial(), std::nullopt};
    auto change = KeyRules::plan(active, candidate("commercial"), KeySlot::Active, Test::ruleDay());
    QVERIFY(change.ok());
    const QString all = change->effects.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("0A0-000001-000000C1")), qPrintable(all));
    QVERIFY2(all.contains(activeCommercial().license().serial), qPrintable(all)); // the one removed

    auto first = KeyRules::plan({}, candidate("commercial"), KeySlot::Active, Test::ruleDay());
    QVERIFY(first.ok());
    QCOMPARE(first->before.functionality(), Functionality::None);
    QCOMPARE(first->after.functionality(), Functionality::Full);
    QCOMPARE(first->effects.size(), 3); // becomes active; status changes; functionality changes
}

void TestKeyRules::changeToJson()
{
    const StoredKeys both {activeCommercial(), reserveCommercial()};
    auto change = KeyRules::plan(both, candidate("commercial"), KeySlot::Reserve, Test::ruleDay());
    QVERIFY(change.ok());
    const QJsonObject json = toJson(change.value());
    QCOMPARE(json.value(QLatin1String("slot")).toString(), QStringLiteral("reserve"));
    QCOMPARE(json.value(QLatin1String("replacedSerial")).toString(),
             reserveCommercial().license().serial);
    QCOMPARE(json.value(QLatin1String("statusBefore")).toString(), QStringLiteral("valid"));
    QCOMPARE(json.value(QLatin1String("statusAfter")).toString(), QStringLiteral("valid"));
    QCOMPARE(json.value(QLatin1String("functionalityAfter")).toString(), QStringLiteral("full"));
    QCOMPARE(json.value(QLatin1String("effects")).toArray().size(), int(change->effects.size()));

    auto first = KeyRules::plan({}, candidate("commercial"), KeySlot::Active, Test::ruleDay());
    QVERIFY(first.ok());
    QVERIFY(toJson(first.value()).value(QLatin1String("replacedSerial")).isNull());
}

void TestKeyRules::timeLoss_data()
{
    QTest::addColumn<StoredKeys>("current");
    QTest::addColumn<StoredKey>("candidate");
    QTest::addColumn<KeySlot>("slot");
    QTest::addColumn<bool>("losesTime");
    QTest::addColumn<int>("daysLost"); // 0: the coverage does not shrink

    const StoredKeys active {activeCommercial(), std::nullopt}; // to 2027-12-31
    QTest::newRow("a shorter key replaces a valid active key")
        << active << candidate("commercial", "core", QDate(2026, 1, 1), QDate(2027, 6, 30))
        << KeySlot::Active << true << 184;
    QTest::newRow("a longer key replaces a valid active key: its days still go")
        << active << candidate("commercial") << KeySlot::Active << true << 0;
    QTest::newRow("a reserve beside the active key loses nothing")
        << active << candidate("commercial") << KeySlot::Reserve << false << 0;
    QTest::newRow("the first key loses nothing")
        << StoredKeys {} << candidate("commercial") << KeySlot::Active << false << 0;
    const StoredKey expired = Test::key("0A0-000001-00000009", "commercial", "core",
                                        QDate(2025, 1, 1), QDate(2026, 5, 1));
    QTest::newRow("replacing an expired key loses nothing")
        << StoredKeys {expired, std::nullopt} << candidate("commercial") << KeySlot::Active << false
        << 0;
    QTest::newRow("a shorter reserve replaces a longer reserve")
        << StoredKeys {activeCommercial(), reserveCommercial()} << candidate("commercial")
        << KeySlot::Reserve << true << 365;
}

void TestKeyRules::timeLoss()
{
    QFETCH(StoredKeys, current);
    QFETCH(StoredKey, candidate);
    QFETCH(KeySlot, slot);
    QFETCH(bool, losesTime);
    QFETCH(int, daysLost);
    auto change = KeyRules::plan(current, candidate, slot, Test::ruleDay());
    QVERIFY2(change.ok(), qPrintable(change.ok() ? QString() : change.error().message));
    QCOMPARE(change->losesTime(), losesTime);
    const QString all = change->effects.join(QLatin1Char('\n'));
    QCOMPARE(all.contains(QStringLiteral(" %1 day").arg(daysLost)), daysLost > 0);
    const Status confirmed = KeyRules::checkConfirmed(change.value());
    QCOMPARE(confirmed.ok(), !losesTime);
    if (!confirmed)
        QCOMPARE(confirmed.error().reason, QStringLiteral("replace-unconfirmed"));
    QCOMPARE(toJson(change.value()).value(QLatin1String("losesLicenseTime")).toBool(), losesTime);
}

void TestKeyRules::slotForCodeBeforeTheKeyIsKnown()
{
    const StoredKeys none;
    const Status reserveAlone = KeyRules::checkSlotForCode(none, KeySlot::Reserve);
    QVERIFY(!reserveAlone.ok());
    QCOMPARE(reserveAlone.error().reason, QStringLiteral("reserve-needs-active"));
    QVERIFY(KeyRules::checkSlotForCode(none, KeySlot::Active).ok());
    const StoredKeys active {activeCommercial(), std::nullopt};
    QVERIFY(KeyRules::checkSlotForCode(active, KeySlot::Reserve).ok());
    const QString foreseen =
        KeyRules::foreseeForCode(active, KeySlot::Active, Test::ruleDay()).join(u' ');
    QVERIFY2(foreseen.contains(activeCommercial().license().serial), qPrintable(foreseen));
    QVERIFY2(foreseen.contains(QStringLiteral("confirm")), qPrintable(foreseen));
}

void TestKeyRules::allowedSlots_data()
{
    QTest::addColumn<StoredKeys>("current");
    QTest::addColumn<StoredKey>("candidate");
    QTest::addColumn<QList<KeySlot>>("expected");

    const StoredKeys none;
    const StoredKeys active {activeCommercial(), std::nullopt};
    const QDate later = Test::ruleDay().addDays(30);
    using Slots = QList<KeySlot>;

    QTest::newRow("empty store: active only")
        << none << candidate("commercial") << Slots {KeySlot::Active};
    QTest::newRow("beside an active key: reserve first, keeping the working key")
        << active << candidate("commercial") << Slots {KeySlot::Reserve, KeySlot::Active};
    QTest::newRow("not yet valid beside an active key: reserve only")
        << active << candidate("commercial", "core", later, QDate(2029, 1, 1))
        << Slots {KeySlot::Reserve};
    QTest::newRow("subscription beside an active key: active only")
        << active << candidate("subscription") << Slots {KeySlot::Active};
    QTest::newRow("other unit beside an active key: active only")
        << active << candidate("commercial", "desktop") << Slots {KeySlot::Active};
    QTest::newRow("trial beside a commercial key: nowhere")
        << active << candidate("trial") << Slots {};
    QTest::newRow("expired: nowhere")
        << active << candidate("commercial", "core", QDate(2025, 1, 1), QDate(2025, 12, 31))
        << Slots {};
    QTest::newRow("the active key itself: nowhere") << active << activeCommercial() << Slots {};
}

void TestKeyRules::allowedSlots()
{
    QFETCH(StoredKeys, current);
    QFETCH(StoredKey, candidate);
    QTEST(KeyRules::allowedSlots(current, candidate, Test::ruleDay()), "expected");
}

void TestKeyRules::afterRemoval_data()
{
    QTest::addColumn<StoredKeys>("current");
    QTest::addColumn<KeySlot>("slot");
    QTest::addColumn<QStringList>("expected");

    const QString a = activeCommercial().license().serial;
    const QString r = reserveCommercial().license().serial;
    const StoredKeys both {activeCommercial(), reserveCommercial()};
    const StoredKeys active {activeCommercial(), std::nullopt};

    QTest::newRow("removing the active promotes the reserve")
        << both << KeySlot::Active << QStringList {r, QString()};
    QTest::newRow("removing the reserve keeps the active")
        << both << KeySlot::Reserve << QStringList {a, QString()};
    QTest::newRow("removing the only key leaves nothing")
        << active << KeySlot::Active << QStringList {QString(), QString()};
}

void TestKeyRules::afterRemoval()
{
    QFETCH(StoredKeys, current);
    QFETCH(KeySlot, slot);
    QTEST(serials(KeyRules::afterRemoval(current, slot)), "expected");
}

QTEST_GUILESS_MAIN(TestKeyRules)
#include "tst_keyrules.moc"
