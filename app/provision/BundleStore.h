// The installed database bundle and the last update run, in the state database.
// A new bundle replaces the old one in one transaction together with the record of
// the run, so a failure at any point keeps the old bundle; the stored bundle is
// verified against the profile when it is read (once per process for the same bytes
// and profile trust: see VerifiedCache).
#pragma once

#include "DatabaseBundle.h"
#include "core/Result.h"
#include "core/VerifiedCache.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace LightAgent {

class StateDatabase;
class VendorProfile;

enum class UpdateRunResult { Installed, UpToDate, Failed, Refused };

QString toWireName(UpdateRunResult result); // "installed", "up-to-date", "failed", "refused"

struct UpdateRun
{
    QDateTime at;
    UpdateRunResult result = UpdateRunResult::Failed;
    QString reason; // Error::reason when failed or refused
    QString message; // Error::message when failed or refused
    QString version; // the bundle installed or found up to date
    qint64 journalSeq = 0; // the request entry, when something was sent

    QJsonObject toJson() const;
};

struct InstalledBundle
{
    DatabaseBundle bundle;
    QDateTime installedAt;
};

class BundleStore
{
public:
    BundleStore(std::shared_ptr<StateDatabase> database, const VendorProfile &profile);

    // Nothing when no bundle was installed; reason "stored-bundle-invalid" when the
    // stored one no longer verifies with this profile.
    Result<std::optional<InstalledBundle>> current() const;

    // Installs `bundle` and records `run` (its result and version filled in here) in
    // one transaction. Returns false when that version was already installed. A bundle
    // released before the installed one is refused (reason "older-bundle"): a replayed
    // old answer never rolls the databases back.
    Result<bool> install(const DatabaseBundle &bundle, UpdateRun run);

    Status recordRun(const UpdateRun &run);
    Result<std::optional<UpdateRun>> lastRun() const;

    // The stored bundles verified so far in this process, shared by every store.
    static const VerifiedCache<DatabaseBundle> &verifiedBundles();

private:
    Result<std::optional<InstalledBundle>> readCurrent() const;
    Status writeRun(const UpdateRun &run);

    std::shared_ptr<StateDatabase> m_database;
    const VendorProfile &m_profile;
};

} // namespace LightAgent
