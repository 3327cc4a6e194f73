#include "ConsoleStyle.h"

#include "BakedIcon.h"

#include <QApplication>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPointer>
#include <QPushButton>
#include <QStyleFactory>
#include <QStyleOptionGroupBox>
#include <QStyledItemDelegate>

namespace LightAgent {

namespace {

constexpr int CardRadius = 6;
constexpr int TitleIndent = 14; // the card's title, from its left edge
constexpr int TitleGap = 4; // between the title and the card's border
constexpr int AccentEdge = 6; // the thick left edge of a tinted panel
constexpr int BadgeRadius = 9;

// The dynamic properties that say how PanelPainter paints a widget.
constexpr char ToneProperty[] = "_lightagent_tone"; // int(StatusTone)
constexpr char BadgeProperty[] = "_lightagent_badge"; // bool

// A tone's colour for text on the window: the accents are made for edges and icons, and
// in the light palette three of them stay below the 4.5:1 that text needs.
QColor toneTextColor(StatusTone tone)
{
    if (darkPalette())
        return toneAccent(tone);
    switch (tone) {
    case StatusTone::Neutral:
        return QColor(0x5f, 0x63, 0x68);
    case StatusTone::Good:
        return QColor(0x1e, 0x6b, 0x37);
    case StatusTone::Warning:
        return QColor(0x8a, 0x5a, 0x00);
    case StatusTone::Critical:
        return QColor(0xb3, 0x26, 0x1e);
    }
    return toneAccent(tone);
}

// The border of a control, seen against the window (WCAG's 3:1).
QColor controlBorder()
{
    return darkPalette() ? QColor(0x8a, 0x90, 0x99) : QColor(0x76, 0x76, 0x76);
}

QFont boldFont(const QWidget *widget)
{
    QFont bold = widget ? widget->font() : QApplication::font();
    bold.setBold(true);
    return bold;
}

// The accent pair of the demo badge and the selected navigation entry.
struct Accent
{
    QColor background;
    QColor text;
    QColor edge;
};

Accent badgeAccent()
{
    if (darkPalette())
        return {QColor(0x22, 0x34, 0x5a), QColor(0xc9, 0xd8, 0xfb), QColor(0x5a, 0x7c, 0xc4)};
    return {QColor(0xe8, 0xee, 0xfc), QColor(0x1a, 0x3d, 0x8f), QColor(0x7b, 0x9b, 0xe0)};
}

Accent navigationAccent()
{
    if (darkPalette())
        return {QColor(0x22, 0x34, 0x5a), QColor(0xdf, 0xe8, 0xfc), QColor(0x6f, 0x95, 0xe0)};
    return {QColor(0xdb, 0xe5, 0xf7), QColor(0x1a, 0x3d, 0x8f), QColor(0x2f, 0x5f, 0xb3)};
}

// Paints the tinted panels and badges under the widgets' own painting: an event filter,
// so that any frame, label or group box can be one without a subclass.
class PanelPainter : public QObject
{
public:
    static PanelPainter *instance()
    {
        static QPointer<PanelPainter> painter;
        if (!painter)
            painter = new PanelPainter(qApp);
        return painter;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType())
            paintUnder(static_cast<QWidget *>(watched));
        return false; // the widget paints its contents on top
    }

private:
    using QObject::QObject;

    static void paintUnder(QWidget *widget)
    {
        QPainter painter(widget);
        painter.setRenderHint(QPainter::Antialiasing);
        if (widget->property(BadgeProperty).toBool()) {
            const Accent accent = badgeAccent();
            painter.setPen(accent.edge);
            painter.setBrush(accent.background);
            painter.drawRoundedRect(QRectF(widget->rect()).adjusted(0.5, 0.5, -0.5, -0.5),
                                    BadgeRadius, BadgeRadius);
            return;
        }
        const QVariant toneValue = widget->property(ToneProperty);
        if (!toneValue.isValid())
            return;
        const auto tone = static_cast<StatusTone>(toneValue.toInt());
        QRectF area = widget->rect();
        if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            // Below the title, where the card's border would be.
            QStyleOptionGroupBox option;
            option.initFrom(box);
            option.text = box->title();
            option.subControls = QStyle::SC_GroupBoxFrame;
            area = box->style()->subControlRect(QStyle::CC_GroupBox, &option,
                                                QStyle::SC_GroupBoxFrame, box);
        }
        area.adjust(0.5, 0.5, -0.5, -0.5);
        const QColor accent = toneAccent(tone);
        QPainterPath outline;
        outline.addRoundedRect(area, CardRadius, CardRadius);
        painter.fillPath(outline, toneBackground(tone));
        painter.setClipPath(outline);
        painter.fillRect(QRectF(area.left(), area.top(), AccentEdge, area.height()), accent);
        painter.setClipping(false);
        painter.setPen(accent);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(outline);
    }
};

void setTextColor(QWidget *widget, const QColor &color)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setPalette(palette);
}

// Draws the navigation's entries: padding, the selected one with an accent bar on its
// left, a tint and bold text; while the list has keyboard focus, a ring around the
// current entry (the selection alone looks the same with and without focus).
class NavigationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int Bar = 4;
    static constexpr int PadX = 6;
    static constexpr int PadY = 8;
    static constexpr int IconGap = 8;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        const QFontMetrics bold(boldFont(item.widget));
        const int text = bold.horizontalAdvance(item.text);
        const int height = qMax(item.decorationSize.height(), bold.height());
        return {Bar + PadX + item.decorationSize.width() + IconGap + text + PadX,
                height + 2 * PadY};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        const bool selected = item.state & QStyle::State_Selected;
        const Accent accent = navigationAccent();
        painter->save();
        if (selected) {
            painter->fillRect(item.rect, accent.background);
            painter->fillRect(QRect(item.rect.left(), item.rect.top(), Bar, item.rect.height()),
                              accent.edge);
        }
        const QRect content = item.rect.adjusted(Bar + PadX, 0, -PadX, 0);
        const QSize icon = item.decorationSize;
        const QRect iconRect(content.left(), content.top() + (content.height() - icon.height()) / 2,
                             icon.width(), icon.height());
        item.icon.paint(painter, iconRect, Qt::AlignCenter,
                        item.state & QStyle::State_Enabled ? QIcon::Normal : QIcon::Disabled);
        if (item.state & QStyle::State_HasFocus) {
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(QPen(accent.edge, 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(QRectF(item.rect).adjusted(Bar + 1, 1, -1, -1), 3, 3);
            painter->setRenderHint(QPainter::Antialiasing, false);
        }
        QFont font = item.font;
        font.setBold(selected);
        painter->setFont(font);
        painter->setPen(selected ? accent.text : item.palette.color(QPalette::WindowText));
        const QRect textRect = content.adjusted(icon.width() + IconGap, 0, 0, 0);
        painter->drawText(
            textRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(font).elidedText(item.text, Qt::ElideRight, textRect.width()));
        painter->restore();
    }
};

} // namespace

CardStyle::CardStyle(QStyle *base)
    : QProxyStyle(base)
{ }

QRect CardStyle::subControlRect(ComplexControl control, const QStyleOptionComplex *option,
                                SubControl subControl, const QWidget *widget) const
{
    const auto *box = qstyleoption_cast<const QStyleOptionGroupBox *>(option);
    if (control != CC_GroupBox || !box || (box->subControls & SC_GroupBoxCheckBox))
        return QProxyStyle::subControlRect(control, option, subControl, widget);
    const QFontMetrics bold(boldFont(widget));
    const QRect all = option->rect;
    const int titleHeight = box->text.isEmpty() ? 0 : bold.height();
    const QRect frame = all.adjusted(0, titleHeight ? titleHeight + TitleGap : 0, 0, 0);
    switch (subControl) {
    case SC_GroupBoxLabel:
        return QRect(all.left() + TitleIndent, all.top(),
                     bold.size(Qt::TextShowMnemonic, box->text).width(), titleHeight);
    case SC_GroupBoxFrame:
        return frame;
    case SC_GroupBoxContents:
        // The border, then the padding the cards have always had.
        return frame.adjusted(9, 11, -9, -9);
    default:
        return QProxyStyle::subControlRect(control, option, subControl, widget);
    }
}

void CardStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                   QPainter *painter, const QWidget *widget) const
{
    const auto *box = qstyleoption_cast<const QStyleOptionGroupBox *>(option);
    if (control != CC_GroupBox || !box || (box->subControls & SC_GroupBoxCheckBox)) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    painter->save();
    // A tinted group box has its border painted with the tint (ConsoleStyle::setTone).
    if (!widget || !widget->property(ToneProperty).isValid()) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(option->palette.color(QPalette::Mid));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(subControlRect(control, option, SC_GroupBoxFrame, widget))
                                     .adjusted(0.5, 0.5, -0.5, -0.5),
                                 CardRadius, CardRadius);
    }
    if (!box->text.isEmpty()) {
        painter->setFont(boldFont(widget));
        drawItemText(painter, subControlRect(control, option, SC_GroupBoxLabel, widget),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextShowMnemonic, option->palette,
                     option->state & State_Enabled, box->text, QPalette::WindowText);
    }
    painter->restore();
}

QSize CardStyle::sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                                  const QWidget *widget) const
{
    const auto *box = qstyleoption_cast<const QStyleOptionGroupBox *>(option);
    if (type != CT_GroupBox || !box || (box->subControls & SC_GroupBoxCheckBox))
        return QProxyStyle::sizeFromContents(type, option, size, widget);
    // QGroupBox asks with its title's size in its own font: the title is bold here.
    const QFontMetrics bold(boldFont(widget));
    const int title = box->text.isEmpty() ? 0 : bold.size(Qt::TextShowMnemonic, box->text).width();
    const int titleHeight = box->text.isEmpty() ? 0 : bold.height() + TitleGap;
    return {qMax(size.width(), 2 * TitleIndent + title), titleHeight + 11 + 9};
}

void CardStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                              QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool enabled = option->state & State_Enabled;
    if ((element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton) && enabled) {
        // The platform style outlines the box in a shade near the window's: 1.2:1 on the
        // dark one, 1.65:1 on the light one.
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(controlBorder(), 1));
        painter->setBrush(Qt::NoBrush);
        const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -1.5, -1.5);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(box);
        else
            painter->drawRoundedRect(box, 1.5, 1.5);
        painter->restore();
    } else if (element == PE_PanelButtonCommand && (option->state & State_HasFocus) &&
               (option->state & State_KeyboardFocusChange)) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPen ring(option->palette.color(QPalette::Highlight), 2, Qt::DotLine);
        ring.setCapStyle(Qt::FlatCap);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(3.5, 3.5, -4.5, -4.5), 2, 2);
        painter->restore();
    }
}

QIcon CardStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                              const QWidget *widget) const
{
    if (standardIcon == SP_ToolBarHorizontalExtensionButton &&
        QGuiApplication::layoutDirection() == Qt::LeftToRight)
        return bakedIcon(QStringLiteral("extension"));
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

namespace ConsoleStyle {

void install()
{
    const bool dark = qEnvironmentVariableIntValue("LIGHTAGENT_DARK") == 1;
    QApplication::setStyle(
        new CardStyle(dark ? QStyleFactory::create(QStringLiteral("Fusion")) : nullptr));
    if (!dark)
        return;
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x80, 0x84, 0x8a);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xaa));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    palette.setColor(QPalette::Mid, QColor(0x55, 0x59, 0x60));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6d, 0xc4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    QApplication::setPalette(palette);
}

void setTone(QWidget *widget, StatusTone tone)
{
    widget->setProperty(ToneProperty, static_cast<int>(tone));
    setTextColor(widget, toneText()); // inherited by the labels inside
    widget->installEventFilter(PanelPainter::instance());
    widget->update();
}

void setTextTone(QWidget *widget, std::optional<StatusTone> tone)
{
    if (tone)
        setTextColor(widget, toneTextColor(*tone));
    else
        widget->setPalette(QPalette()); // the parent's again
}

void setPrimary(QPushButton *button, bool primary)
{
    QFont font = button->font();
    font.setBold(primary);
    button->setFont(font);
}

void makeBadge(QLabel *label)
{
    label->setProperty(BadgeProperty, true);
    label->setFont(boldFont(label));
    label->setContentsMargins(10, 2, 10, 2);
    setTextColor(label, badgeAccent().text);
    label->installEventFilter(PanelPainter::instance());
}

void makeNavigation(QListWidget *list)
{
    list->setItemDelegate(new NavigationDelegate(list));
    list->setFrameShape(QFrame::NoFrame);
    list->setBackgroundRole(QPalette::Window);
    list->viewport()->setBackgroundRole(QPalette::Window);
    list->setContentsMargins(0, 8, 0, 0);
}

} // namespace ConsoleStyle
} // namespace LightAgent
