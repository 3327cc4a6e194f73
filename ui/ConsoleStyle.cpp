#include "ConsoleStyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

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
                          " QLabel { color: %4; background: transparent; border: none; }")
        .arg(objectName, toneBackground(tone).name(), toneAccent(tone).name(), toneText().name());
}

QString demoBadge()
{
    const bool dark = darkPalette();
    return QStringLiteral(
               "QLabel#demoBadge { background-color: %1; color: %2; border: 1px solid %3;"
               " border-radius: 9px; padding: 2px 10px; font-weight: bold; }")
        .arg(QLatin1String(dark ? "#22345a" : "#e8eefc"),
             QLatin1String(dark ? "#c9d8fb" : "#1a3d8f"),
             QLatin1String(dark ? "#5a7cc4" : "#7b9be0"));
}

QString navigation()
{
    const bool dark = darkPalette();
    return QStringLiteral(
               "QListWidget#navigation { background-color: palette(window); border-right: 1px "
               "solid "
               "palette(mid); padding-top: 8px; outline: 0; }"
               " QListWidget#navigation::item { padding: 8px 6px; border-left: 4px solid "
               "transparent;"
               " color: palette(window-text); }"
               " QListWidget#navigation::item:selected { background-color: %1; color: %2;"
               " border-left: 4px solid %3; font-weight: bold; }")
        .arg(QLatin1String(dark ? "#22345a" : "#dbe5f7"),
             QLatin1String(dark ? "#dfe8fc" : "#1a3d8f"),
             QLatin1String(dark ? "#6f95e0" : "#2f5fb3"));
}

void applyDarkPaletteIfAsked()
{
    if (qEnvironmentVariableIntValue("LIGHTAGENT_DARK") != 1)
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette dark;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x80, 0x84, 0x8a);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xaa));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    dark.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    dark.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x59, 0x60));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6d, 0xc4));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, disabled);
    QApplication::setPalette(dark);
}

} // namespace LightAgent::ConsoleStyle
