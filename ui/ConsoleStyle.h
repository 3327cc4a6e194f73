// The console's few style sheets in one place, so cards and tinted panels look the
// same on every page and dialog.
#pragma once

#include "StatusTone.h"

#include <QString>

namespace LightAgent::ConsoleStyle {

// Group boxes as cards: a subtle rounded border with the bold title on it.
QString cards();
// A frame named objectName tinted in a tone, with dark text that stays readable
// under light and dark themes.
QString tintedPanel(const QString &objectName, StatusTone tone);

} // namespace LightAgent::ConsoleStyle
