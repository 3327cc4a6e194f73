#include "TextLabel.h"

#include "CachedSizeLabel.h"

#include <QLabel>

namespace LightAgent {

QLabel *selectableText(const QString &objectName, QWidget *parent)
{
    auto *label = new CachedSizeLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace LightAgent
