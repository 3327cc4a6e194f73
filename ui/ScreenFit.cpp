#include "ScreenFit.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QScreen>
#include <QWidget>

namespace LightAgent::ScreenFit {

namespace {

class Filter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Show arrives before the window is mapped, after its layout has set its size.
        if (event->type() == QEvent::Show && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget->isWindow() && widget->windowType() != Qt::Popup &&
                widget->windowType() != Qt::ToolTip)
                fit(widget);
        }
        return false;
    }
};

} // namespace

void install()
{
    static QPointer<Filter> filter;
    if (!filter) {
        filter = new Filter(qApp);
        qApp->installEventFilter(filter);
    }
}

void fit(QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) is known once the window was shown, and counted then.
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    const QSize decoration(qMax(0, frame.width() - inner.width()),
                           qMax(0, frame.height() - inner.height()));
    const QSize room = available.size() - decoration;
    const QSize minimum = window->minimumSize();
    if (minimum.width() > room.width() || minimum.height() > room.height())
        window->setMinimumSize(minimum.boundedTo(room));
    const QSize size = window->size();
    if (size.width() > room.width() || size.height() > room.height())
        window->resize(size.boundedTo(room));
    // Inside the area, top-left first: the title bar and the buttons stay reachable.
    QRect placed(window->frameGeometry().topLeft(), window->size() + decoration);
    if (placed.right() > available.right())
        placed.moveRight(available.right());
    if (placed.bottom() > available.bottom())
        placed.moveBottom(available.bottom());
    if (placed.left() < available.left())
        placed.moveLeft(available.left());
    if (placed.top() < available.top())
        placed.moveTop(available.top());
    if (placed.topLeft() != window->frameGeometry().topLeft())
        window->move(placed.topLeft());
}

} // namespace LightAgent::ScreenFit
