// The codes file the service is seeded from (resources/demo/codes.json):
// {"format": "lightagent-codes/1", "codes": [{"code", "note", "activationLimit",
// "blocked", "expired", "license": <LicenseTemplate>}]}.
#pragma once

#include "ServiceStore.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace LightAgent::Service {

class CodeCatalog
{
public:
    static constexpr auto Format = "lightagent-codes/1";

    static Result<QList<CodeRecord>> load(const QString &path);
    // Reason "bad-codes"; the message names the entry and what is wrong with it.
    static Result<QList<CodeRecord>> parse(const QByteArray &json);
};

} // namespace LightAgent::Service
