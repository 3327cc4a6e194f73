// `lightagent-licensing-service admin ...`: the operator's commands. Each opens the
// service's database (the same --db as the service, running or not), seeds it from
// the codes file like a start would, changes it in one transaction and exits; a
// running service sees the change at its next request.
//
//   admin publish-bundle VERSION RECORDS [--released TIME]   sign and publish a bundle
//   admin block CODE      the periodic check answers "blocked", activation CODE_BLOCKED
//   admin expire CODE     the periodic check answers "expired", activation CODE_EXPIRED
//   admin restore CODE    back to the codes file's flags
#pragma once

#include "ServiceOptions.h"

#include <QStringList>

namespace LightAgent::Service {

class ServiceAdmin
{
public:
    static constexpr auto Command = "admin";

    // Runs one admin command; returns the process exit code (ExitCodes.h).
    static int run(const ServiceOptions &options, const QStringList &arguments);
    static QString usageText();
};

} // namespace LightAgent::Service
