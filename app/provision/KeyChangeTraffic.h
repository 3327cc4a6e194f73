// What adding a key sets going on the network. Verifying and storing a key sends
// nothing, but a key that gives full functionality lets the scheduled database update
// run under the data-provision agreement, and that update names the active key's
// serial. The key inspection and `lightagent-ctl key inspect|add` say it with this one
// sentence: the agreement's date and the host, or that nothing follows.
#pragma once

#include "core/Result.h"
#include "license/KeyRules.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace LightAgent {

class StateDatabase;
class VendorProfile;

namespace KeyChangeTraffic {

Result<QString> describe(const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
                         const KeyChange &change, const QDateTime &now);

} // namespace KeyChangeTraffic
} // namespace LightAgent
