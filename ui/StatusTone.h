// How serious a license state is, as a colour, an icon and a name. Colour is never
// the only carrier: every place that uses a tone also shows an icon and text.
#pragma once

#include "license/LicenseState.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QStyle;

namespace LightAgent {

enum class StatusTone { Neutral, Good, Warning, Critical };

StatusTone toneFor(const LicenseState &state);
QString toWireName(StatusTone tone); // "neutral", "good", "warning", "critical"

// True when the application's palette is a dark one (its window colour is dark): the
// tones below then switch to dark backgrounds and lighter accents, so that both stay
// readable against the window.
bool darkPalette();

QColor toneBackground(StatusTone tone); // a tint of the window colour, for toneText() on it
QColor toneText(); // text on a toneBackground()
QColor toneAccent(StatusTone tone); // strong, for borders, timeline segments and short text
QIcon toneIcon(StatusTone tone, const QStyle *style);

} // namespace LightAgent
