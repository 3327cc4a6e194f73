#pragma once

namespace LightAgent::Ctl {
class CtlContext;
// lightagent-ctl key inspect FILE | key add FILE [--reserve] [--dry-run] | key remove SLOT
// | key received [apply|reserve|discard [SERIAL]]
int runKey(CtlContext &context);
} // namespace LightAgent::Ctl
