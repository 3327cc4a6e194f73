#include "StatusTone.h"

#include "BakedIcon.h"

#include <QGuiApplication>
#include <QPalette>
#include <QStyle>

namespace LightAgent {

StatusTone toneFor(const LicenseState &state)
{
    switch (state.status()) {
    case LicenseStatus::NotActivated:
        return StatusTone::Neutral;
    case LicenseStatus::Valid:
        return StatusTone::Good;
    case LicenseStatus::ExpiresSoon:
    case LicenseStatus::GracePeriod:
        return StatusTone::Warning;
    case LicenseStatus::Expired:
        return StatusTone::Critical;
    case LicenseStatus::Blocked:
        return state.functionality() == Functionality::Full ? StatusTone::Warning
                                                            : StatusTone::Critical;
    }
    return StatusTone::Neutral;
}

QString toWireName(StatusTone tone)
{
    switch (tone) {
    case StatusTone::Neutral:
        return QStringLiteral("neutral");
    case StatusTone::Good:
        return QStringLiteral("good");
    case StatusTone::Warning:
        return QStringLiteral("warning");
    case StatusTone::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor toneText()
{
    return darkPalette() ? QColor(0xec, 0xee, 0xf1) : QColor(0x1d, 0x1f, 0x23);
}

QColor toneBackground(StatusTone tone)
{
    if (darkPalette()) {
        switch (tone) {
        case StatusTone::Neutral:
            return QColor(0x33, 0x36, 0x3b);
        case StatusTone::Good:
            return QColor(0x1e, 0x3a, 0x28);
        case StatusTone::Warning:
            return QColor(0x45, 0x36, 0x14);
        case StatusTone::Critical:
            return QColor(0x4a, 0x1f, 0x1f);
        }
    }
    switch (tone) {
    case StatusTone::Neutral:
        return QColor(0xee, 0xef, 0xf1);
    case StatusTone::Good:
        return QColor(0xe3, 0xf4, 0xe8);
    case StatusTone::Warning:
        return QColor(0xfd, 0xf1, 0xd6);
    case StatusTone::Critical:
        return QColor(0xfb, 0xe4, 0xe4);
    }
    return {};
}

QColor toneAccent(StatusTone tone)
{
    if (darkPalette()) {
        switch (tone) {
        case StatusTone::Neutral:
            return QColor(0xa4, 0xa9, 0xb2);
        case StatusTone::Good:
            return QColor(0x5c, 0xc7, 0x7d);
        case StatusTone::Warning:
            return QColor(0xf0, 0xb4, 0x3c);
        case StatusTone::Critical:
            return QColor(0xf2, 0x6d, 0x6d);
        }
    }
    switch (tone) {
    case StatusTone::Neutral:
        return QColor(0x8a, 0x8f, 0x98);
    case StatusTone::Good:
        return QColor(0x2e, 0x8b, 0x4a);
    case StatusTone::Warning:
        return QColor(0xd9, 0x8e, 0x04);
    case StatusTone::Critical:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QIcon toneIcon(StatusTone tone, const QStyle *style)
{
    const QIcon own = bakedIcon(QStringLiteral("status-") + toWireName(tone));
    if (!own.isNull())
        return own;
    // Not built with the icons: the style's icons still say the same.
    switch (tone) {
    case StatusTone::Neutral:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case StatusTone::Good:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case StatusTone::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case StatusTone::Critical:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

} // namespace LightAgent
