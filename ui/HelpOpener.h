// Following a help link (DESIGN §3.4) from anywhere in the console. A followed link
// is a transmission: it needs the data-provision agreement, is previewed (unless the
// administrator turned that off), goes to the browser through QDesktopServices and is
// journaled like every other transmission. The privacy policy carries no data about
// the installation, so it needs no agreement, but is previewed and journaled too.
#pragma once

#include "core/Result.h"

#include <QString>

class QWidget;

namespace LightAgent {

class ConsoleSession;

enum class HelpOpening {
    Opened, // handed to the browser and journaled as sent
    Previewing, // the preview is open; it opens or declines the link when answered
    NeedsAgreement, // refused before anything was sent or journaled
    Failed, // nothing was opened; the administrator was told why
};

// The setting that turns the preview off ("false"); on by default.
inline constexpr auto HelpPreviewSetting = "help.previewLinks";

// Opens the help of `place` (a place of the help catalog, e.g. "wizard_code"). Dialogs
// it shows are window-modal to `context`'s window.
HelpOpening openHelp(QWidget *context, ConsoleSession &session, const QString &place);

bool helpPreviewEnabled(const ConsoleSession &session);
Status setHelpPreviewEnabled(ConsoleSession &session, bool enabled);

} // namespace LightAgent
