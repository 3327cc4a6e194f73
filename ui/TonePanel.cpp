#include "TonePanel.h"

#include "ConsoleStyle.h"
#include "TextLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace LightAgent {

namespace {

constexpr int IconSize = 28;

} // namespace

TonePanel::TonePanel(const QString &objectName, QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(selectableText(objectName + QStringLiteral("Title"), this))
    , m_message(selectableText(objectName + QStringLiteral("Message"), this))
{
    setObjectName(objectName);
    m_icon->setObjectName(objectName + QStringLiteral("Icon"));
    m_icon->setFixedSize(IconSize, IconSize);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_title);
    text->addWidget(m_message);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(12);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
}

void TonePanel::present(StatusTone tone, const QString &title, const QString &message)
{
    ConsoleStyle::setTone(this, tone);
    m_icon->setPixmap(toneIcon(tone, style()).pixmap(IconSize, IconSize));
    m_icon->setAccessibleName(title);
    m_title->setText(title);
    m_message->setText(message);
    setAccessibleName(title);
    setAccessibleDescription(message);
    show();
}

QString TonePanel::title() const
{
    return m_title->text();
}

QString TonePanel::message() const
{
    return m_message->text();
}

} // namespace LightAgent
