// lightagent-ctl check: the periodic license check (DESIGN §3.2) on demand. It
// runs only for a key that came from a code while the consent stands; when it is not
// due (or not possible) it says why and sends nothing.
#pragma once

namespace LightAgent::Ctl {
class CtlContext;
// lightagent-ctl check [--dry-run] [--force] [--json]
int runCheck(CtlContext &context);
} // namespace LightAgent::Ctl
