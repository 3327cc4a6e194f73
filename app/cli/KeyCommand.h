#pragma once

namespace LightAgent::Ctl {
class CtlContext;
// lightagent-ctl key inspect FILE | key add FILE [--reserve] [--dry-run] | key remove SLOT
int runKey(CtlContext &context);
} // namespace LightAgent::Ctl
