#include "HelpLinkButton.h"

#include "BakedIcon.h"
#include "ConsoleSession.h"
#include "HelpOpener.h"
#include "help/HelpLinkBuilder.h"

#include <QEvent>
#include <QIcon>
#include <QStyle>

namespace LightAgent {

HelpLinkButton::HelpLinkButton(ConsoleSession &session, const QString &place, QWidget *parent)
    : QToolButton(parent)
    , m_session(session)
    , m_place(place)
{
    setObjectName(QStringLiteral("helpButton_") + place);
    setIcon(bakedIcon(QStringLiteral("help")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setCursor(Qt::PointingHandCursor);
    connect(this, &QToolButton::clicked, this, [this] { openHelp(this, m_session, m_place); });
    retranslateUi();
}

void HelpLinkButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolButton::changeEvent(event);
}

void HelpLinkButton::retranslateUi()
{
    //: A button that opens the online help of the page it is on
    setText(tr("Help"));
    // The link carries the interface language, so it is built again with every change.
    auto link = HelpLinkBuilder(m_session.profile()).link(m_place, m_session.localization());
    setEnabled(link.ok());
    if (!link) {
        m_url.clear();
        setToolTip(link.error().message);
        setStatusTip(QString());
        setAccessibleName(tr("Help"));
        return;
    }
    m_url = link->url;
    const QString address = m_url.toString(QUrl::FullyEncoded);
    //: Tooltip of a help button: %1 the help topic, %2 the exact address it opens
    setToolTip(tr("%1\nOpens %2").arg(link->page.title(), address));
    setStatusTip(address);
    //: Accessible name of a help button; %1 is the help topic
    setAccessibleName(tr("Help: %1").arg(link->page.title()));
    setAccessibleDescription(address);
}

} // namespace LightAgent
