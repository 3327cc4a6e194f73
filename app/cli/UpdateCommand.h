// lightagent-ctl update: the database update (DESIGN §3.3), previewed like an
// activation, sent only under the data-provision agreement and only when the license
// level allows updates; and the switch for scheduled updates.
#pragma once

namespace LightAgent::Ctl {
class CtlContext;
// lightagent-ctl update [--dry-run] [--yes] [--json]
// lightagent-ctl update schedule [on|off] [--json]
int runUpdate(CtlContext &context);
} // namespace LightAgent::Ctl
