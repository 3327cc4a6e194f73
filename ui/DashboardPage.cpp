#include "DashboardPage.h"

#include "BakedIcon.h"
#include "CachedSizeLabel.h"
#include "ConsoleSession.h"
#include "ConsoleStyle.h"
#include "HelpLinkButton.h"
#include "KeyCard.h"
#include "MaintenanceSummary.h"
#include "PageParts.h"
#include "ReceivedKeyPanel.h"
#include "StatusBanner.h"
#include "TimelineWidget.h"
#include "WrappingRow.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace LightAgent {

DashboardPage::DashboardPage(ConsoleSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new StatusBanner(this))
    , m_functionality(new CachedSizeLabel(this))
    , m_timeline(new TimelineWidget(this))
    , m_activeCard(new KeyCard(KeySlot::Active, this))
    , m_reserveCard(new KeyCard(KeySlot::Reserve, this))
    , m_maintenance(new MaintenanceSummary(session, this))
{
    setObjectName(QStringLiteral("dashboardPage"));

    m_functionalityCaption = new CachedSizeLabel(this);
    m_functionalityCaption->setObjectName(QStringLiteral("functionalityCaption"));
    QFont bold = m_functionalityCaption->font();
    bold.setBold(true);
    m_functionalityCaption->setFont(bold);
    m_functionalityCaption->setBuddy(m_functionality);
    m_functionality->setObjectName(QStringLiteral("functionalityLevel"));
    m_functionality->setWordWrap(true);
    auto *functionalityRow = new QHBoxLayout;
    functionalityRow->setSpacing(8);
    functionalityRow->addWidget(m_functionalityCaption);
    functionalityRow->addWidget(m_functionality, 1);

    m_timelineBox = new QGroupBox(this);
    m_timelineBox->setObjectName(QStringLiteral("timelineBox"));
    auto *timelineLayout = new QVBoxLayout(m_timelineBox);
    timelineLayout->setContentsMargins(12, 8, 12, 8);
    timelineLayout->addWidget(m_timeline);

    // Side by side where they fit, the reserve key under the active one in a narrow
    // window (800 pixels in Russian).
    auto *cards = new WrappingRow(16);
    cards->setObjectName(QStringLiteral("keyCards"));
    cards->addWidget(m_activeCard);
    cards->addWidget(m_reserveCard);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(createHeader());
    layout->addWidget(m_banner);
    m_receivedKeys = new QVBoxLayout;
    m_receivedKeys->setSpacing(12);
    layout->addLayout(m_receivedKeys);
    layout->addLayout(functionalityRow);
    layout->addWidget(m_maintenance);
    layout->addWidget(m_timelineBox);
    layout->addLayout(cards);
    layout->addStretch(1);

    // The texts first: setWidget() sizes the page by its labels, and sizing them empty
    // would be wasted when they are filled.
    retranslateUi(); // and reload()
    scrollPage(this, content, QStringLiteral("dashboard"));

    for (KeyCard *card : {m_activeCard, m_reserveCard}) {
        connect(card, &KeyCard::addRequested, this, &DashboardPage::addKeyRequested);
        connect(card, &KeyCard::removeRequested, this, &DashboardPage::removeKeyRequested);
    }
    connect(&m_session, &ConsoleSession::stateChanged, this, &DashboardPage::reload);
    orderTabs();
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslateUi()
{
    //: Navigation entry: the license dashboard
    setWindowTitle(tr("License", "navigation"));
    //: Page title: the license of this installation
    m_title->setText(tr("License", "page title"));
    m_addKeyFileButton->setText(tr("&Add key file…"));
    m_addKeyFileButton->setToolTip(tr("Verify a key file on this computer and choose how to add "
                                      "it. Nothing is sent."));
    m_activateButton->setText(tr("Ac&tivate…"));
    m_activateButton->setToolTip(tr("Activate with a key file, which sends nothing, or with an "
                                    "activation code, after you have seen the exact data it "
                                    "sends."));
    //: Badge: the console runs with the built-in demonstration vendor profile
    m_demoBadge->setText(tr("Demo vendor profile"));
    const QString explanation =
        tr("This console uses the built-in demo vendor profile. It trusts only key files "
           "signed by the demo vendor and talks only to the demo licensing service; keys from "
           "a real vendor are refused. Start the console with --profile FILE to use your "
           "vendor's profile.");
    m_demoBadge->setToolTip(explanation);
    m_demoBadge->setAccessibleName(tr("Demo vendor profile"));
    m_demoBadge->setAccessibleDescription(explanation);
    //: Caption of the functionality level: full, limited, none
    m_functionalityCaption->setText(tr("Functionality:", "license level"));
    m_functionality->setAccessibleName(tr("Functionality level"));
    m_timelineBox->setTitle(tr("Timeline of the active key"));
    reload(); // the state's own words, in the new language
}

QWidget *DashboardPage::createHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("dashboardHeader"));
    m_title = pageTitle(QStringLiteral("dashboardTitle"), header);

    m_addKeyFileButton = new QPushButton(bakedIcon(QStringLiteral("open")), QString(), header);
    m_addKeyFileButton->setObjectName(QStringLiteral("addKeyFileButton"));
    ConsoleStyle::setPrimary(m_addKeyFileButton, true); // the primary action of the page
    connect(m_addKeyFileButton, &QPushButton::clicked, this, &DashboardPage::addKeyFileRequested);
    m_activateButton = new QPushButton(header);
    m_activateButton->setObjectName(QStringLiteral("activateButton"));
    connect(m_activateButton, &QPushButton::clicked, this, &DashboardPage::activateRequested);
    m_helpButton = new HelpLinkButton(m_session, QStringLiteral("license_page"), header);

    // The title and its badge on one row, the actions and help on the next: in
    // languages with long words (the badge in Russian is 310 pixels) the page then
    // still fits a narrow window without scrolling sideways.
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(m_title);
    titleRow->addWidget(createDemoBadge(), 0, Qt::AlignVCenter);
    titleRow->addStretch(1);
    auto *actionRow = new QHBoxLayout;
    actionRow->setSpacing(12);
    actionRow->addWidget(m_addKeyFileButton);
    actionRow->addWidget(m_activateButton);
    actionRow->addStretch(1);
    actionRow->addWidget(m_helpButton);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(titleRow);
    layout->addLayout(actionRow);
    return header;
}

QWidget *DashboardPage::createDemoBadge()
{
    auto *badge = new CachedSizeLabel(this);
    m_demoBadge = badge;
    badge->setObjectName(QStringLiteral("demoBadge"));
    ConsoleStyle::makeBadge(badge);
    badge->setVisible(m_session.profile().isDemo());
    return badge;
}

void DashboardPage::orderTabs()
{
    QWidget::setTabOrder(m_activateButton, m_addKeyFileButton);
    QWidget::setTabOrder(m_addKeyFileButton, m_maintenance->detailsButton());
    QWidget::setTabOrder(m_maintenance->detailsButton(), m_activeCard->addButton());
    QWidget::setTabOrder(m_activeCard->addButton(), m_activeCard->removeButton());
    QWidget::setTabOrder(m_activeCard->removeButton(), m_reserveCard->addButton());
    QWidget::setTabOrder(m_reserveCard->addButton(), m_reserveCard->removeButton());
    QWidget::setTabOrder(m_reserveCard->removeButton(), m_helpButton);
}

KeyCard *DashboardPage::card(KeySlot slot) const
{
    return slot == KeySlot::Active ? m_activeCard : m_reserveCard;
}

QList<ReceivedKeyPanel *> DashboardPage::receivedKeyPanels() const
{
    QList<ReceivedKeyPanel *> panels;
    for (int i = 0; i < m_receivedKeys->count(); ++i) {
        if (auto *panel = qobject_cast<ReceivedKeyPanel *>(m_receivedKeys->itemAt(i)->widget()))
            panels.append(panel);
    }
    return panels;
}

// A key the service issued and that was kept instead of applied is offered here until
// it is applied, added as the reserve key, or discarded.
void DashboardPage::reloadReceivedKeys()
{
    while (QLayoutItem *item = m_receivedKeys->takeAt(0)) {
        if (QWidget *panel = item->widget()) {
            panel->hide();
            panel->deleteLater(); // the panel may be the one whose button led here
        }
        delete item;
    }
    auto received = m_session.receivedKeys();
    if (!received)
        return; // the banner reports a store that cannot be read
    for (const ReceivedKey &key : received.value())
        m_receivedKeys->addWidget(new ReceivedKeyPanel(m_session, key, this));
}

void DashboardPage::reload()
{
    if (m_receivedKeys)
        reloadReceivedKeys();
    auto state = m_session.state();
    if (!state) {
        m_banner->setError(state.error());
        m_functionality->setText(tr("Unknown"));
        m_timeline->setState(LicenseState::evaluate({}, m_session.today()));
        m_activeCard->setKey(std::nullopt, m_session.today(), false);
        m_reserveCard->setKey(std::nullopt, m_session.today(), false);
        return;
    }
    const LicenseState &current = state.value();
    // Until the solution is activated, activating is the page's primary action.
    const bool notActivated = current.status() == LicenseStatus::NotActivated;
    ConsoleStyle::setPrimary(m_activateButton, notActivated);
    ConsoleStyle::setPrimary(m_addKeyFileButton, !notActivated);
    m_banner->setState(current);
    m_functionality->setText(displayName(current.functionality()));
    m_timeline->setState(current);
    m_activeCard->setKey(current.active(), current.today(), true);
    m_reserveCard->setKey(current.reserve(), current.today(), current.active().has_value());
}

} // namespace LightAgent
