#include "WrappingRow.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <numeric>

namespace LightAgent {

namespace {

int heightAt(const QLayoutItem *item, int width)
{
    return item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height();
}

// The room the spaces between `items` side by side take.
int gaps(const QList<QLayoutItem *> &items, int spacing)
{
    return spacing * std::max(0, int(items.size()) - 1);
}

// Whether `items` fit side by side, each at its minimum, in `width` (no margins).
bool fit(const QList<QLayoutItem *> &items, int spacing, int width)
{
    const int needed = std::accumulate(items.begin(), items.end(), 0,
                                       [](int sum, const QLayoutItem *item) {
                                           return sum + item->minimumSize().width();
                                       }) +
        gaps(items, spacing);
    return items.size() <= 1 || needed <= width;
}

// The widths of `items` side by side in `width` (no margins).
QList<int> sideBySideWidths(const QList<QLayoutItem *> &items, int spacing, int width)
{
    QList<int> widths(items.size(), -1); // -1: not yet given its width
    int left = width - gaps(items, spacing);
    int open = int(items.size());
    // An item whose minimum is above an equal share gets its minimum; the others share
    // what remains, until every share holds.
    for (bool settled = false; !settled && open > 0;) {
        settled = true;
        const int share = left / open;
        for (int i = 0; i < items.size(); ++i) {
            if (widths.at(i) < 0 && items.at(i)->minimumSize().width() > share) {
                widths[i] = items.at(i)->minimumSize().width();
                left -= widths.at(i);
                --open;
                settled = false;
            }
        }
    }
    for (int i = 0; i < items.size() && open > 0; ++i) {
        if (widths.at(i) < 0) {
            widths[i] = left / open; // the last open one takes the odd pixels
            left -= widths.at(i);
            --open;
        }
    }
    return widths;
}

} // namespace

WrappingRow::WrappingRow(int spacing, QWidget *parent)
    : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
    setSpacing(spacing);
}

WrappingRow::~WrappingRow()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void WrappingRow::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int WrappingRow::count() const
{
    return int(m_items.size());
}

QLayoutItem *WrappingRow::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *WrappingRow::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

QList<QLayoutItem *> WrappingRow::visibleItems() const
{
    QList<QLayoutItem *> visible;
    std::copy_if(m_items.begin(), m_items.end(), std::back_inserter(visible),
                 [](const QLayoutItem *item) { return !item->isEmpty(); });
    return visible;
}

Qt::Orientations WrappingRow::expandingDirections() const
{
    Qt::Orientations directions;
    for (const QLayoutItem *item : m_items)
        directions |= item->expandingDirections();
    return directions;
}

bool WrappingRow::fitsSideBySide(int width) const
{
    const QMargins margins = contentsMargins();
    return fit(visibleItems(), spacing(), width - margins.left() - margins.right());
}

int WrappingRow::arrange(const QRect &rect, bool apply) const
{
    const QList<QLayoutItem *> items = visibleItems();
    if (items.isEmpty())
        return 0;
    if (fit(items, spacing(), rect.width())) {
        const QList<int> widths = sideBySideWidths(items, spacing(), rect.width());
        int height = 0;
        for (int i = 0; i < items.size(); ++i)
            height = std::max(height, heightAt(items.at(i), widths.at(i)));
        if (apply) {
            // The first item on the leading side: on the right in a right-to-left layout.
            const Qt::LayoutDirection direction =
                parentWidget() ? parentWidget()->layoutDirection() : Qt::LeftToRight;
            int x = rect.x();
            for (int i = 0; i < items.size(); ++i) {
                const QRect place(x, rect.y(), widths.at(i), std::max(height, rect.height()));
                items.at(i)->setGeometry(QStyle::visualRect(direction, rect, place));
                x += widths.at(i) + spacing();
            }
        }
        return height;
    }
    int y = rect.y();
    for (QLayoutItem *item : items) {
        const int height = heightAt(item, rect.width());
        if (apply)
            item->setGeometry(QRect(rect.x(), y, rect.width(), height));
        y += height + spacing();
    }
    return y - spacing() - rect.y();
}

bool WrappingRow::hasHeightForWidth() const
{
    return true;
}

int WrappingRow::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    return arrange(QRect(0, 0, width - margins.left() - margins.right(), 0), false) +
        margins.top() + margins.bottom();
}

QSize WrappingRow::minimumSize() const
{
    QSize size(0, 0);
    for (const QLayoutItem *item : visibleItems())
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size.grownBy(margins);
}

QSize WrappingRow::sizeHint() const
{
    const QList<QLayoutItem *> items = visibleItems();
    int width = gaps(items, spacing());
    int height = 0;
    for (const QLayoutItem *item : items) {
        width += item->sizeHint().width();
        height = std::max(height, heightAt(item, item->sizeHint().width()));
    }
    return QSize(width, height).grownBy(contentsMargins());
}

void WrappingRow::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect.marginsRemoved(contentsMargins()), true);
}

} // namespace LightAgent
