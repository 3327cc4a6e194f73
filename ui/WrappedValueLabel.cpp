#include "WrappedValueLabel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QTextLayout>

#include <cmath>

namespace LightAgent {

WrappedValueLabel::WrappedValueLabel(QWidget *parent)
    : QLabel(parent)
    , m_copy(new QAction(this))
{
    setWordWrap(true); // tells layouts that the height depends on the width
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_copy->setObjectName(QStringLiteral("copyValueAction"));
    connect(m_copy, &QAction::triggered, this, &WrappedValueLabel::copyValue);
    addAction(m_copy);
    retranslateUi();
}

int WrappedValueLabel::layOut(QTextLayout &layout, int width) const
{
    QString text = this->text();
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    layout.setText(text);
    layout.setFont(font());
    QTextOption option(QStyle::visualAlignment(layoutDirection(), alignment()));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const QFontMetricsF metrics(font());
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(qMax(1, width));
        line.setPosition(QPointF(0, y));
        y += qMax(line.height(), metrics.height());
    }
    layout.endLayout();
    return qMax(int(std::ceil(y)), int(std::ceil(metrics.height())));
}

int WrappedValueLabel::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins() + QMargins(margin(), margin(), margin(), margin());
    QTextLayout layout;
    return layOut(layout, width - margins.left() - margins.right()) + margins.top() +
        margins.bottom();
}

QSize WrappedValueLabel::sizeHint() const
{
    // One line when there is room; the layout gives less and asks heightForWidth.
    const QMargins margins = contentsMargins() + QMargins(margin(), margin(), margin(), margin());
    QTextLayout layout;
    const int unbounded = QWIDGETSIZE_MAX / 4;
    const int height = layOut(layout, unbounded);
    const int width = int(std::ceil(layout.maximumWidth()));
    return QSize(width + margins.left() + margins.right(),
                 height + margins.top() + margins.bottom());
}

QSize WrappedValueLabel::minimumSizeHint() const
{
    // A few characters wide: any width can show the whole value in more lines.
    const QMargins margins = contentsMargins() + QMargins(margin(), margin(), margin(), margin());
    const int width = fontMetrics().horizontalAdvance(QLatin1Char('W')) * 8;
    return QSize(width + margins.left() + margins.right(), heightForWidth(width));
}

void WrappedValueLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area =
        contentsRect().marginsRemoved(QMargins(margin(), margin(), margin(), margin()));
    QTextLayout layout;
    const int height = layOut(layout, area.width());
    qreal top = area.top();
    if (alignment() & Qt::AlignVCenter)
        top += (area.height() - height) / 2.0;
    else if (alignment() & Qt::AlignBottom)
        top += area.height() - height;
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    layout.draw(&painter, QPointF(area.left(), top));
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.backgroundColor = palette().color(backgroundRole());
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}

void WrappedValueLabel::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyValue();
        event->accept();
        return;
    }
    QLabel::keyPressEvent(event);
}

void WrappedValueLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QLabel::changeEvent(event);
}

void WrappedValueLabel::copyValue() const
{
    QGuiApplication::clipboard()->setText(text());
}

void WrappedValueLabel::retranslateUi()
{
    //: Context menu of a value such as a SHA-256: copies all of it
    m_copy->setText(tr("&Copy"));
}

} // namespace LightAgent
