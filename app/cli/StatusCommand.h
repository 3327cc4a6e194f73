#pragma once

namespace LightAgent::Ctl {
class CtlContext;
// lightagent-ctl status [--json] [--on-date YYYY-MM-DD]
int runStatus(CtlContext &context);
} // namespace LightAgent::Ctl
