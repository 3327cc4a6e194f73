// The console's own icons (resources/icons/NAME.svg), rendered at build time at the
// sizes it shows them (and twice those, for high-DPI screens) by
// resources/icons/bake-icons.cpp. Making one costs a few copies: no SVG engine, no
// image-format plugin.
#pragma once

#include <QIcon>
#include <QString>

namespace LightAgent {

// The icon NAME ("license", "status-good", ...); a null icon for an unknown name.
QIcon bakedIcon(const QString &name);

} // namespace LightAgent
