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

QColor toneBackground(StatusTone tone); // light, for dark text on it
QColor toneAccent(StatusTone tone); // strong, for borders and timeline segments
QIcon toneIcon(StatusTone tone, const QStyle *style);

} // namespace LightAgent
