#include "ConsoleStyle.h"

namespace LightAgent::ConsoleStyle {

QString cards()
{
    return QStringLiteral(
        "QGroupBox { border: 1px solid palette(mid); border-radius: 6px; margin-top: 1.4em;"
        " padding: 10px 8px 8px 8px; font-weight: bold; }"
        " QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }");
}

QString tintedPanel(const QString &objectName, StatusTone tone)
{
    return QStringLiteral("QFrame#%1 { background-color: %2; border: 1px solid %3;"
                          " border-left: 6px solid %3; border-radius: 6px; }"
                          " QLabel { color: #1d1f23; background: transparent; border: none; }")
        .arg(objectName, toneBackground(tone).name(), toneAccent(tone).name());
}

} // namespace LightAgent::ConsoleStyle
