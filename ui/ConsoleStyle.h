// How the console looks beyond the platform style: cards, tinted panels, the demo
// badge and the navigation, in one place so that every page and dialog looks the same.
//
// All of it is painted, not style-sheeted: a style sheet anywhere makes Qt re-polish
// every widget under it through its CSS engine, which cost the start-up a sixth of its
// time (scripts/bench, figure 1).
#pragma once

#include "StatusTone.h"

#include <QProxyStyle>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace LightAgent {

// Every QGroupBox as a card: a subtle rounded border with the bold title above it.
class CardStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit CardStyle(QStyle *base = nullptr);

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
    QRect subControlRect(ComplexControl control, const QStyleOptionComplex *option,
                         SubControl subControl, const QWidget *widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget = nullptr) const override;
    // A focused button gets a ring of its own, unlike the default button's frame; in the
    // unticked box or radio button keeps a border that can be seen on the window.
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    // The menu bar's extension button from the baked icons: the platform style reads
    // it from PNG files, which loads every image-format plugin at start-up.
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

namespace ConsoleStyle {

// Installs CardStyle over the platform's style. With LIGHTAGENT_DARK=1 in the
// environment (a preview aid for screenshots and for checking the looks), over Fusion
// with a dark palette, whatever the desktop's theme.
void install();

// Paints the widget as a panel tinted in a tone (background, border and a thick left
// edge in the tone's accent), with text that stays readable under light and dark
// palettes. Works for frames, labels and group boxes; setting it again changes the tone.
void setTone(QWidget *widget, StatusTone tone);
// Text in the tone's colour (short messages such as errors), dark or light enough for
// 4.5:1 on the window, or, without a tone, in the palette's usual colour.
void setTextTone(QWidget *widget, std::optional<StatusTone> tone);
// A page's primary action in bold. Not a default button's frame: outside a dialog
// Enter does not press it, and the frame looked like keyboard focus.
void setPrimary(QPushButton *button, bool primary);
// The demo profile's badge: a rounded, bold accent label.
void makeBadge(QLabel *label);
// The navigation list of the main window: the window's colour, roomy entries, the
// selected one marked by an accent bar, a tint and bold text.
void makeNavigation(QListWidget *list);

} // namespace ConsoleStyle
} // namespace LightAgent
