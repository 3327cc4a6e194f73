#pragma once

namespace LightAgent::Ctl {
class CtlContext;
// lightagent-ctl journal [--json] | journal verify [--json] | journal export FILE
int runJournal(CtlContext &context);
} // namespace LightAgent::Ctl
