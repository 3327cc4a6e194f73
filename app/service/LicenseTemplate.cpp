#include "LicenseTemplate.h"

#include "license/KeyFile.h"
#include "provision/WireNames.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSet>

#include <cmath>

namespace LightAgent::Service {

namespace {

constexpr QLatin1String ValidDays("validDays");
constexpr int MaxDays = 36500;

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Service::LicenseTemplate", text);
}

Error bad(const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, QStringLiteral("bad-template"), message);
}

std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != std::floor(d) || d < double(min) || d > double(max))
        return std::nullopt;
    return static_cast<qint64>(d);
}

Status checkFieldNames(const QJsonObject &json)
{
    static const QSet<QString> known {Wire::LicenseField::Type,      Wire::LicenseField::Unit,
                                      Wire::LicenseField::Count,     Wire::LicenseField::Edition,
                                      Wire::LicenseField::Licensee,  Wire::LicenseField::Expires,
                                      Wire::LicenseField::GraceDays, ValidDays};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return bad(tr("The license template has an unknown field \"%1\".").arg(it.key()));
    }
    return {};
}

Status readTerms(const QJsonObject &json, LicenseTemplate &terms)
{
    const auto type = licenseTypeFromWire(json.value(Wire::LicenseField::Type).toString());
    if (!type)
        return bad(tr("The license template's \"type\" must be commercial, trial, subscription, "
                      "beta, test or oem."));
    const auto unit = licenseUnitFromWire(json.value(Wire::LicenseField::Unit).toString());
    if (!unit)
        return bad(tr("The license template's \"unit\" must be core, processor, server or "
                      "desktop."));
    const auto count = wholeNumber(json.value(Wire::LicenseField::Count), 1, KeyFile::MaxCount);
    if (!count)
        return bad(tr("The license template's \"count\" must be a whole number from 1 to %1.")
                       .arg(KeyFile::MaxCount));
    const QJsonValue edition = json.value(Wire::LicenseField::Edition);
    const QJsonValue licensee = json.value(Wire::LicenseField::Licensee);
    if (!edition.isString() || edition.toString().isEmpty())
        return bad(tr("The license template needs an \"edition\" text."));
    if (!licensee.isUndefined() && !licensee.isString())
        return bad(tr("The license template's \"licensee\" must be text."));
    terms.type = *type;
    terms.unit = *unit;
    terms.count = *count;
    terms.edition = edition.toString();
    terms.licensee = licensee.toString();
    return {};
}

Status readValidity(const QJsonObject &json, LicenseTemplate &terms)
{
    const bool hasDays = json.contains(ValidDays);
    const bool hasDate = json.contains(Wire::LicenseField::Expires);
    if (hasDays == hasDate)
        return bad(tr("The license template needs exactly one of \"validDays\" (days from "
                      "activation) and \"expires\" (a fixed last day)."));
    if (hasDays) {
        const auto days = wholeNumber(json.value(ValidDays), 1, MaxDays);
        if (!days)
            return bad(tr("The license template's \"validDays\" must be a whole number from 1 "
                          "to %1.")
                           .arg(MaxDays));
        terms.validDays = static_cast<int>(*days);
    } else {
        terms.fixedExpires =
            QDate::fromString(json.value(Wire::LicenseField::Expires).toString(), Qt::ISODate);
        if (!terms.fixedExpires.isValid())
            return bad(tr("The license template's \"expires\" must be a date, YYYY-MM-DD."));
    }
    if (json.contains(Wire::LicenseField::GraceDays)) {
        const auto grace = wholeNumber(json.value(Wire::LicenseField::GraceDays), 0, 3650);
        if (!grace)
            return bad(tr("The license template's \"graceDays\" must be a whole number from 0 "
                          "to 3650."));
        terms.graceDays = static_cast<int>(*grace);
    }
    return {};
}

} // namespace

Result<LicenseTemplate> LicenseTemplate::fromJson(const QJsonObject &json)
{
    LicenseTemplate terms;
    if (Status s = checkFieldNames(json); !s)
        return s.error();
    if (Status s = readTerms(json, terms); !s)
        return s.error();
    if (Status s = readValidity(json, terms); !s)
        return s.error();
    return terms;
}

QJsonObject LicenseTemplate::toJson() const
{
    QJsonObject json {
        {Wire::LicenseField::Type, toWireName(type)},
        {Wire::LicenseField::Unit, toWireName(unit)},
        {Wire::LicenseField::Count, count},
        {Wire::LicenseField::Edition, edition},
    };
    if (!licensee.isEmpty())
        json.insert(Wire::LicenseField::Licensee, licensee);
    if (validDays > 0)
        json.insert(ValidDays, validDays);
    else
        json.insert(Wire::LicenseField::Expires, fixedExpires.toString(Qt::ISODate));
    if (graceDays)
        json.insert(Wire::LicenseField::GraceDays, *graceDays);
    return json;
}

QDate LicenseTemplate::expiresFor(const QDate &validFrom) const
{
    return validDays > 0 ? validFrom.addDays(validDays - 1) : fixedExpires;
}

bool LicenseTemplate::isPast(const QDate &today) const
{
    return validDays == 0 && fixedExpires < today;
}

} // namespace LightAgent::Service
