// A row of widgets that stacks them when the width cannot hold them side by side.
// Side by side, the row shares its width equally and gives every widget at least its
// minimum width; below the sum of those minimums it puts each widget under the one
// before, at the whole width. The arrangement follows the width alone (a layout with
// height-for-width), so a page in a scroll area never has to scroll sideways for it
// and never switches back and forth at the boundary.
#pragma once

#include <QLayout>
#include <QList>

namespace LightAgent {

class WrappingRow : public QLayout
{
    Q_OBJECT

public:
    explicit WrappingRow(int spacing, QWidget *parent = nullptr);
    ~WrappingRow() override;

    // Whether `width` (the layout's, margins included) puts the widgets side by side.
    bool fitsSideBySide(int width) const;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    QList<QLayoutItem *> visibleItems() const;
    // Lays the items out in `rect` (no margins); returns the height they take.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace LightAgent
