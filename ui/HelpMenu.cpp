#include "HelpMenu.h"

#include "ConsoleSession.h"
#include "HelpOpener.h"
#include "MessageBox.h"
#include "help/HelpLinkBuilder.h"

#include <QAction>
#include <QEvent>

namespace LightAgent {

namespace {

constexpr auto PlaceProperty = "helpPlace";

} // namespace

HelpMenu::HelpMenu(ConsoleSession &session, QWidget *parent)
    : QMenu(parent)
    , m_session(session)
    , m_onlineHelpAction(addLink(QStringLiteral("license_page"), "actionOnlineHelp"))
    , m_dataProvisionAction(addLink(QStringLiteral("data_provision"), "actionHelpDataProvision"))
    , m_privacyPolicyAction(addLink(QStringLiteral("privacy_policy"), "actionPrivacyPolicy"))
    , m_previewAction(new QAction(this))
{
    setObjectName(QStringLiteral("menuHelp"));
    m_onlineHelpAction->setShortcut(QKeySequence::HelpContents);
    addSeparator();
    m_previewAction->setObjectName(QStringLiteral("actionPreviewHelpLinks"));
    m_previewAction->setCheckable(true);
    addAction(m_previewAction);
    connect(m_previewAction, &QAction::toggled, this, [this](bool on) {
        if (Status saved = setHelpPreviewEnabled(m_session, on); !saved)
            MessageBox::warning(parentWidget(), tr("Online help"), saved.error().message);
    });
    // The preview can also be turned off from the preview itself.
    connect(this, &QMenu::aboutToShow, this, [this] {
        const QSignalBlocker quiet(m_previewAction);
        m_previewAction->setChecked(helpPreviewEnabled(m_session));
    });
    setToolTipsVisible(true); // the address in the tooltip, too, outside a main window
    {
        const QSignalBlocker quiet(m_previewAction);
        m_previewAction->setChecked(helpPreviewEnabled(m_session));
    }
    retranslateUi();
}

QAction *HelpMenu::addLink(const QString &place, const char *objectName)
{
    auto *action = addAction(QString());
    action->setObjectName(QLatin1String(objectName));
    action->setProperty(PlaceProperty, place);
    connect(action, &QAction::triggered, this,
            [this, place] { openHelp(parentWidget(), m_session, place); });
    return action;
}

void HelpMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void HelpMenu::retranslateUi()
{
    setTitle(tr("&Help"));
    m_onlineHelpAction->setText(tr("Online &help"));
    m_dataProvisionAction->setText(tr("About &data provision"));
    m_privacyPolicyAction->setText(tr("&Privacy policy"));
    m_previewAction->setText(tr("Pre&view help links before opening"));
    m_previewAction->setStatusTip(tr("Show the address of a help link and the data it carries "
                                     "before it is opened."));
    // The addresses carry the interface language, so they are built again.
    for (QAction *action : {m_onlineHelpAction, m_dataProvisionAction, m_privacyPolicyAction}) {
        const QString place = action->property(PlaceProperty).toString();
        auto link = HelpLinkBuilder(m_session.profile()).link(place, m_session.localization());
        action->setEnabled(link.ok());
        const QString address = link ? link->url.toString(QUrl::FullyEncoded) : QString();
        action->setStatusTip(link ? address : link.error().message);
        action->setToolTip(link ? address : link.error().message);
    }
}

} // namespace LightAgent
