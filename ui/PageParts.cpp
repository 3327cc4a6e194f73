#include "PageParts.h"

#include "CachedSizeLabel.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace LightAgent {

QLabel *pageTitle(const QString &objectName, QWidget *parent)
{
    auto *title = new CachedSizeLabel(parent);
    title->setObjectName(objectName);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    return title;
}

QScrollArea *scrollPage(QWidget *page, QWidget *content, const QString &name)
{
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(name + QStringLiteral("Scroll"));
    scroll->verticalScrollBar()->setObjectName(name + QStringLiteral("VerticalScrollBar"));
    scroll->horizontalScrollBar()->setObjectName(name + QStringLiteral("HorizontalScrollBar"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Without a frame the area cannot show focus; Tab goes to the controls inside it,
    // which it scrolls into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    // Sized by the scroll area when shown: without this, setWidget() would lay the page
    // out once more just to size it before that.
    content->resize(scroll->size());
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return scroll;
}

} // namespace LightAgent
