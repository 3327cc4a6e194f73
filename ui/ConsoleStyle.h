// The console's few style sheets in one place, so cards and tinted panels look the
// same on every page and dialog.
#pragma once

#include "StatusTone.h"

#include <QString>

namespace LightAgent::ConsoleStyle {

// Group boxes as cards: a subtle rounded border with the bold title on it.
QString cards();
// A frame named objectName tinted in a tone, with text that stays readable under light
// and dark palettes (the tones follow darkPalette()).
QString tintedPanel(const QString &objectName, StatusTone tone);
// The demo profile's badge and the selected navigation entry: an accent pair that
// suits the palette in use.
QString demoBadge();
QString navigation();

// A preview aid for screenshots and for checking the looks: with LIGHTAGENT_DARK=1 in
// the environment, the Fusion style with a dark palette, whatever the desktop's theme.
void applyDarkPaletteIfAsked();

} // namespace LightAgent::ConsoleStyle
