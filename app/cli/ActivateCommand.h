#pragma once

namespace LightAgent::Ctl {
class CtlContext;
// lightagent-ctl activate CODE [--dry-run] [--yes] [--json]
int runActivate(CtlContext &context);
} // namespace LightAgent::Ctl
