#include "License.h"

#include <QCoreApplication>

#include <array>

namespace LightAgent {

namespace {

constexpr std::array TypeNames {"commercial", "trial", "subscription", "beta", "test", "oem"};
constexpr std::array UnitNames {"core", "processor", "server", "desktop"};

template<typename Enum, std::size_t N>
std::optional<Enum> fromWire(const std::array<const char *, N> &names, const QString &name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace

QString toWireName(LicenseType type)
{
    return QString::fromLatin1(TypeNames[std::size_t(type)]);
}

QString toWireName(LicenseUnit unit)
{
    return QString::fromLatin1(UnitNames[std::size_t(unit)]);
}

std::optional<LicenseType> licenseTypeFromWire(const QString &name)
{
    return fromWire<LicenseType>(TypeNames, name);
}

std::optional<LicenseUnit> licenseUnitFromWire(const QString &name)
{
    return fromWire<LicenseUnit>(UnitNames, name);
}

QString displayName(LicenseType type)
{
    switch (type) {
    case LicenseType::Commercial:
        return QCoreApplication::translate("LightAgent::License", "Commercial");
    case LicenseType::Trial:
        return QCoreApplication::translate("LightAgent::License", "Trial");
    case LicenseType::Subscription:
        return QCoreApplication::translate("LightAgent::License", "Subscription");
    case LicenseType::Beta:
        return QCoreApplication::translate("LightAgent::License", "Beta");
    case LicenseType::Test:
        return QCoreApplication::translate("LightAgent::License", "Test");
    case LicenseType::Oem:
        return QCoreApplication::translate("LightAgent::License", "OEM");
    }
    return {};
}

QString displayName(LicenseUnit unit, qint64 count)
{
    const int n = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
    switch (unit) {
    case LicenseUnit::Core:
        return QCoreApplication::translate("LightAgent::License", "%n core(s)", nullptr, n);
    case LicenseUnit::Processor:
        return QCoreApplication::translate("LightAgent::License", "%n processor(s)", nullptr, n);
    case LicenseUnit::Server:
        return QCoreApplication::translate("LightAgent::License", "%n server(s)", nullptr, n);
    case LicenseUnit::Desktop:
        return QCoreApplication::translate("LightAgent::License", "%n desktop(s)", nullptr, n);
    }
    return {};
}

} // namespace LightAgent
