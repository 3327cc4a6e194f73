#include "CachedSizeLabel.h"

#include <QEvent>
#include <QPixmap>

#include <algorithm>

namespace LightAgent {

namespace {

constexpr qsizetype KeptHeights = 8; // a resize tries a handful of widths

} // namespace

CachedSizeLabel::CachedSizeLabel(QWidget *parent)
    : QLabel(parent)
{ }

CachedSizeLabel::Inputs CachedSizeLabel::currentInputs() const
{
    return {text(),         font(),       contentsMargins(), minimumSize(),
            maximumWidth(), margin(),     indent(),          logicalDpiY(),
            alignment(),    textFormat(), wordWrap(),        !pixmap().isNull()};
}

bool CachedSizeLabel::cacheUsable() const
{
    Inputs inputs = currentInputs();
    if (!(inputs == m_inputs)) {
        m_inputs = std::move(inputs);
        m_sizeHint.reset();
        m_minimumSizeHint.reset();
        m_heights.clear();
    }
    return !m_inputs.hasPixmap;
}

QSize CachedSizeLabel::sizeHint() const
{
    if (!cacheUsable())
        return QLabel::sizeHint();
    if (!m_sizeHint)
        m_sizeHint = QLabel::sizeHint();
    return *m_sizeHint;
}

QSize CachedSizeLabel::minimumSizeHint() const
{
    if (!cacheUsable())
        return QLabel::minimumSizeHint();
    if (!m_minimumSizeHint)
        m_minimumSizeHint = QLabel::minimumSizeHint();
    return *m_minimumSizeHint;
}

int CachedSizeLabel::heightForWidth(int width) const
{
    if (!cacheUsable())
        return QLabel::heightForWidth(width);
    const auto kept = std::find_if(m_heights.cbegin(), m_heights.cend(),
                                   [width](const auto &entry) { return entry.first == width; });
    if (kept != m_heights.cend())
        return kept->second;
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() == KeptHeights)
        m_heights.erase(m_heights.begin());
    m_heights.append({width, height});
    return height;
}

bool CachedSizeLabel::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::ScreenChangeInternal:
        m_inputs = {}; // compared unequal next time: measured afresh
        break;
    default:
        break;
    }
    return QLabel::event(event);
}

} // namespace LightAgent
