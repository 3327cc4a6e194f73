// lightagent-ctl help-url / help-pages: the localized help links of DESIGN §3.4.
// Printing a link is not following it: these commands send and journal nothing.
#pragma once

namespace LightAgent::Ctl {
class CtlContext;
// lightagent-ctl help-url PLACE [--lang TAG] [--json]
int runHelpUrl(CtlContext &context);
// lightagent-ctl help-pages [--json]
int runHelpPages(CtlContext &context);
} // namespace LightAgent::Ctl
