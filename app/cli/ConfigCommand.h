// lightagent-ctl config: the settings kept in the state database (the warning days).
#pragma once

namespace LightAgent::Ctl {

class CtlContext;

int runConfig(CtlContext &context);

} // namespace LightAgent::Ctl
