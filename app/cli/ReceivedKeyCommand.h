// Keys the licensing service issued that were not applied when they arrived: listed,
// applied as the active key, added as the reserve key, or discarded. Applying one
// that would lose license time shows it beside the key it replaces and needs the
// administrator's confirmation (asked, or --replace given up front).
#pragma once

#include "core/Result.h"
#include "license/StoredKey.h"

namespace LightAgent {
struct ReceivedKey;
}

namespace LightAgent::Ctl {

class CtlContext;

// lightagent-ctl key received [apply|reserve|discard [SERIAL]]
int runKeyReceived(CtlContext &context, const QStringList &args);

// After an activation whose key was kept as received (`why` says why): shows both keys
// side by side and, when only a confirmation was missing, offers to apply it to `slot`.
int offerReceivedKey(CtlContext &context, const ReceivedKey &received, KeySlot slot,
                     const Error &why);

} // namespace LightAgent::Ctl
