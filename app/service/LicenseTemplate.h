// What a code licenses: the license document's terms before activation fixes the
// dates. Validity is either a number of days from activation or a fixed last day.
#pragma once

#include "core/Result.h"
#include "license/License.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace LightAgent::Service {

struct LicenseTemplate
{
    LicenseType type = LicenseType::Commercial;
    LicenseUnit unit = LicenseUnit::Core;
    qint64 count = 1;
    QString edition;
    QString licensee;
    int validDays = 0; // > 0: valid this many days, the day of activation included
    QDate fixedExpires; // otherwise: valid until this day
    std::optional<int> graceDays;

    // Reason "bad-template"; the message names the field.
    static Result<LicenseTemplate> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    QDate expiresFor(const QDate &validFrom) const; // the last valid day
    // A code whose fixed last day has passed can no longer be activated.
    bool isPast(const QDate &today) const;
};

} // namespace LightAgent::Service
