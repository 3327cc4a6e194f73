#include "DashboardPage.h"

#include "ConsoleSession.h"
#include "ConsoleStyle.h"
#include "KeyCard.h"
#include "StatusBanner.h"
#include "TimelineWidget.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace LightAgent {

DashboardPage::DashboardPage(ConsoleSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new StatusBanner(this))
    , m_functionality(new QLabel(this))
    , m_timeline(new TimelineWidget(this))
    , m_activeCard(new KeyCard(KeySlot::Active, this))
    , m_reserveCard(new KeyCard(KeySlot::Reserve, this))
{
    setObjectName(QStringLiteral("dashboardPage"));

    //: Caption of the functionality level: full, limited, none
    auto *functionalityCaption = new QLabel(tr("Functionality:", "license level"), this);
    functionalityCaption->setObjectName(QStringLiteral("functionalityCaption"));
    QFont bold = functionalityCaption->font();
    bold.setBold(true);
    functionalityCaption->setFont(bold);
    functionalityCaption->setBuddy(m_functionality);
    m_functionality->setObjectName(QStringLiteral("functionalityLevel"));
    m_functionality->setAccessibleName(tr("Functionality level"));
    m_functionality->setWordWrap(true);
    auto *functionalityRow = new QHBoxLayout;
    functionalityRow->setSpacing(8);
    functionalityRow->addWidget(functionalityCaption);
    functionalityRow->addWidget(m_functionality, 1);

    auto *timelineBox = new QGroupBox(tr("Timeline of the active key"), this);
    timelineBox->setObjectName(QStringLiteral("timelineBox"));
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(12, 8, 12, 8);
    timelineLayout->addWidget(m_timeline);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(16);
    cards->addWidget(m_activeCard, 1);
    cards->addWidget(m_reserveCard, 1);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    content->setStyleSheet(ConsoleStyle::cards());
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(createHeader());
    layout->addWidget(m_banner);
    layout->addLayout(functionalityRow);
    layout->addWidget(timelineBox);
    layout->addLayout(cards);
    layout->addStretch(1);

    // Small windows scroll instead of clipping the cards.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    for (KeyCard *card : {m_activeCard, m_reserveCard}) {
        connect(card, &KeyCard::addRequested, this, &DashboardPage::addKeyRequested);
        connect(card, &KeyCard::removeRequested, this, &DashboardPage::removeKeyRequested);
    }
    connect(&m_session, &ConsoleSession::stateChanged, this, &DashboardPage::reload);
    orderTabs();
    reload();
}

QWidget *DashboardPage::createHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("dashboardHeader"));
    //: Page title: the license of this installation
    auto *title = new QLabel(tr("License", "page title"), header);
    title->setObjectName(QStringLiteral("dashboardTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);

    m_addKeyFileButton = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton),
                                         tr("&Add key file…"), header);
    m_addKeyFileButton->setObjectName(QStringLiteral("addKeyFileButton"));
    m_addKeyFileButton->setDefault(true); // the primary action of the page
    m_addKeyFileButton->setToolTip(tr("Verify a key file on this computer and choose how to add "
                                      "it. Nothing is sent."));
    connect(m_addKeyFileButton, &QPushButton::clicked, this, &DashboardPage::addKeyFileRequested);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(createDemoBadge(), 0, Qt::AlignVCenter);
    layout->addStretch(1);
    layout->addWidget(m_addKeyFileButton);
    return header;
}

QWidget *DashboardPage::createDemoBadge()
{
    //: Badge: the console runs with the built-in demonstration vendor profile
    auto *badge = new QLabel(tr("Demo vendor profile"), this);
    badge->setObjectName(QStringLiteral("demoBadge"));
    const QString explanation =
        tr("This console uses the built-in demo vendor profile. It trusts only key files "
           "signed by the demo vendor and talks only to the demo licensing service; keys from "
           "a real vendor are refused. Start the console with --profile FILE to use your "
           "vendor's profile.");
    badge->setToolTip(explanation);
    badge->setAccessibleName(tr("Demo vendor profile"));
    badge->setAccessibleDescription(explanation);
    badge->setStyleSheet(QStringLiteral(
        "QLabel#demoBadge { background-color: #e8eefc; color: #1a3d8f; border: 1px solid #7b9be0;"
        " border-radius: 9px; padding: 2px 10px; font-weight: bold; }"));
    badge->setVisible(m_session.profile().isDemo());
    return badge;
}

void DashboardPage::orderTabs()
{
    QWidget::setTabOrder(m_addKeyFileButton, m_activeCard->addButton());
    QWidget::setTabOrder(m_activeCard->addButton(), m_activeCard->removeButton());
    QWidget::setTabOrder(m_activeCard->removeButton(), m_reserveCard->addButton());
    QWidget::setTabOrder(m_reserveCard->addButton(), m_reserveCard->removeButton());
}

KeyCard *DashboardPage::card(KeySlot slot) const
{
    return slot == KeySlot::Active ? m_activeCard : m_reserveCard;
}

void DashboardPage::reload()
{
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
    m_banner->setState(current);
    m_functionality->setText(displayName(current.functionality()));
    m_timeline->setState(current);
    m_activeCard->setKey(current.active(), current.today(), true);
    m_reserveCard->setKey(current.reserve(), current.today(), current.active().has_value());
}

} // namespace LightAgent
