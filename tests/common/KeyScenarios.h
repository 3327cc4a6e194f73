// The vendor's key-store rules (DESIGN §3.6) as scenarios, shared by the tests of
// the pure rules and of the store on SQLite: what is stored, what is offered, and
// the reason it must be refused.
#pragma once

#include "common/TestKeys.h"
#include "license/KeyRules.h"

#include <QList>
#include <QMetaType>

namespace LightAgent::Test {

inline StoredKey key(const char *serial, const char *type, const char *unit, QDate validFrom,
                     QDate expires)
{
    return storedKey({{QStringLiteral("serial"), QString::fromLatin1(serial)},
                      {QStringLiteral("type"), QString::fromLatin1(type)},
                      {QStringLiteral("unit"), QString::fromLatin1(unit)},
                      {QStringLiteral("validFrom"), validFrom.toString(Qt::ISODate)},
                      {QStringLiteral("expires"), expires.toString(Qt::ISODate)}});
}

// The day most scenarios are judged on, and the keys they start from.
inline QDate ruleDay()
{
    return QDate(2026, 6, 1);
}

inline StoredKey activeCommercial()
{
    return key("0A0-000001-00000001", "commercial", "core", QDate(2026, 1, 1), QDate(2027, 12, 31));
}

inline StoredKey reserveCommercial()
{
    return key("0A0-000001-00000002", "commercial", "core", QDate(2026, 1, 1), QDate(2029, 12, 31));
}

inline StoredKey candidate(const char *type, const char *unit = "core",
                           QDate validFrom = QDate(2026, 1, 1), QDate expires = QDate(2028, 12, 31))
{
    return key("0A0-000001-000000C1", type, unit, validFrom, expires);
}

struct RefusalScenario
{
    const char *name;
    StoredKeys current;
    StoredKey candidate;
    KeySlot slot;
    QDate today;
    const char *reason;
};

inline QList<RefusalScenario> refusalScenarios()
{
    const StoredKeys none;
    const StoredKeys active {activeCommercial(), std::nullopt};
    const StoredKeys both {activeCommercial(), reserveCommercial()};
    const StoredKeys expiredActive {
        key("0A0-000001-00000003", "commercial", "core", QDate(2026, 1, 1), QDate(2026, 5, 31)),
        std::nullopt};
    const StoredKeys trialActive {
        key("0A0-000001-00000004", "trial", "core", QDate(2026, 1, 1), QDate(2026, 12, 31)),
        std::nullopt};
    const QDate day = ruleDay();
    const QDate expiredYesterday = day.addDays(-1);
    return {
        {"expired key as active", none,
         candidate("commercial", "core", QDate(2025, 1, 1), expiredYesterday), KeySlot::Active, day,
         "key-expired"},
        {"expired key as reserve", active,
         candidate("commercial", "core", QDate(2025, 1, 1), expiredYesterday), KeySlot::Reserve,
         day, "key-expired"},
        {"same serial as the active key, again as active", active, activeCommercial(),
         KeySlot::Active, day, "already-added"},
        {"same serial as the active key, as reserve", active, activeCommercial(), KeySlot::Reserve,
         day, "already-added"},
        {"same serial as the reserve key, again as reserve", both, reserveCommercial(),
         KeySlot::Reserve, day, "already-added"},
        {"not yet valid as active", active,
         candidate("commercial", "core", day.addDays(1), QDate(2028, 12, 31)), KeySlot::Active, day,
         "not-yet-valid"},
        {"trial replacing a commercial key", active, candidate("trial"), KeySlot::Active, day,
         "trial-over-commercial"},
        {"trial replacing an expired commercial key", expiredActive, candidate("trial"),
         KeySlot::Active, day, "trial-over-commercial"},
        {"trial as reserve", trialActive, candidate("trial"), KeySlot::Reserve, day,
         "reserve-type"},
        {"subscription as reserve", active, candidate("subscription"), KeySlot::Reserve, day,
         "reserve-type"},
        {"reserve without an active key", none, candidate("commercial"), KeySlot::Reserve, day,
         "reserve-needs-active"},
        {"reserve of another unit", active, candidate("commercial", "server"), KeySlot::Reserve,
         day, "unit-mismatch"},
        {"new active of another unit than the reserve", both, candidate("commercial", "processor"),
         KeySlot::Active, day, "reserve-unit-mismatch"},
    };
}

} // namespace LightAgent::Test

Q_DECLARE_METATYPE(LightAgent::StoredKeys)
Q_DECLARE_METATYPE(LightAgent::StoredKey)
Q_DECLARE_METATYPE(LightAgent::KeySlot)
