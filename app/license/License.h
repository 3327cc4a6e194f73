// The license document inside a key file (DESIGN §3.6), after it has been verified.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace LightAgent {

enum class LicenseType { Commercial, Trial, Subscription, Beta, Test, Oem };
enum class LicenseUnit { Core, Processor, Server, Desktop };

struct License
{
    QString serial;
    QString product;
    QString edition;
    LicenseType type = LicenseType::Commercial;
    LicenseUnit unit = LicenseUnit::Core;
    qint64 count = 0;
    QDate validFrom;
    QDate expires; // the last day the key is valid
    int graceDays = 0;
    QString licensee;
    QString issued;
    QJsonObject unknownFields; // kept and shown, never used for a decision

    QDate graceUntil() const { return expires.addDays(graceDays); }
};

// Machine names, as in the license document and in `status --json`.
QString toWireName(LicenseType type);
QString toWireName(LicenseUnit unit);
std::optional<LicenseType> licenseTypeFromWire(const QString &name);
std::optional<LicenseUnit> licenseUnitFromWire(const QString &name);

// Names for people, translated.
QString displayName(LicenseType type);
QString displayName(LicenseUnit unit, qint64 count);

} // namespace LightAgent
