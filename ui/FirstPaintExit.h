// For scripts/bench: quits the process right after a window's first paint, without
// tearing anything down, so that only the way to that paint is measured. The console
// (--exit-after-first-paint) and the bare reference window use the same one, so both
// are measured to the same point. Header-only: the reference window links no more
// than Qt Widgets.
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

#include <cstdlib>

namespace LightAgent {

class FirstPaintExit : public QObject
{
public:
    explicit FirstPaintExit(QWidget *window)
        : QObject(window)
        , m_window(window)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            QCoreApplication::instance()->removeEventFilter(this);
            // Ahead of whatever else is queued (background work posted at show()), once
            // the paint under way has finished.
            QCoreApplication::postEvent(this, new QEvent(QEvent::User), Qt::HighEventPriority);
        }
        return false;
    }

    void customEvent(QEvent *) override { std::_Exit(0); }

private:
    QPointer<QWidget> m_window;
};

} // namespace LightAgent
