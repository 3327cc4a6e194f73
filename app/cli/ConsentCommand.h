// lightagent-ctl consent: the administrator's consents with their times, and their
// withdrawal. Withdrawing "code-activation" stops the periodic re-sending of the
// activation data (the license check); "data-provision" is the agreement for
// updates and followed links.
#pragma once

namespace LightAgent::Ctl {
class CtlContext;
// lightagent-ctl consent [--json]
// lightagent-ctl consent withdraw code-activation|data-provision [--json]
int runConsent(CtlContext &context);
} // namespace LightAgent::Ctl
