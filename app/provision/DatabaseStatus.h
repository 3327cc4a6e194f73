// The databases as the administrator sees them: the installed bundle and its
// freshness, the last update run and the next scheduled one. The console's
// Updates page and `lightagent-ctl status --json` ("database") both show this.
#pragma once

#include "BundleStore.h"
#include "UpdateSchedule.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace LightAgent {

class StateDatabase;
class VendorProfile;

struct DatabaseStatus
{
    std::optional<InstalledBundle> installed;
    QString problem; // why the stored bundle cannot be used; empty when it can
    Freshness freshness = Freshness::None;
    std::optional<UpdateRun> lastRun;
    bool scheduled = true; // scheduled updates are switched on
    ScheduledUpdate nextScheduled;

    static Result<DatabaseStatus> load(const VendorProfile &profile,
                                       std::shared_ptr<StateDatabase> database,
                                       const QDateTime &now);

    // {"installed", "version", "released", "records", "freshness", "installedAt",
    //  "problem", "lastRun", "scheduled", "nextScheduledUpdate"}
    QJsonObject toJson() const;
    // One line for people: "Version 20260501.0600, released …: up to date".
    QString summary() const;
};

} // namespace LightAgent
