// lightagent-ctl agreement: the vendor's data-provision statement and the
// administrator's agreement to it (updates and followed links), as the console's
// first-start dialog shows it.
#pragma once

namespace LightAgent::Ctl {
class CtlContext;
// lightagent-ctl agreement [show] [--json]
// lightagent-ctl agreement accept|withdraw [--json]
int runAgreement(CtlContext &context);
} // namespace LightAgent::Ctl
