// The console's usual label for text it shows: word-wrapped, plain text (never read as
// markup, whatever a vendor or a service put in it) and selectable with the mouse, so
// that an administrator can copy what it says. It remembers what its text measured
// (CachedSizeLabel), since layouts ask a wrapping label its size many times.
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace LightAgent {

QLabel *selectableText(const QString &objectName, QWidget *parent);

} // namespace LightAgent
