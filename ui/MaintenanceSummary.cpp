#include "MaintenanceSummary.h"

#include "BackgroundWork.h"
#include "CachedSizeLabel.h"
#include "ConsoleSession.h"
#include "MaintenanceText.h"
#include "TextLabel.h"
#include "core/Clock.h"
#include "provision/PeriodicLicenseCheck.h"
#include "provision/PeriodicUpdate.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace LightAgent {

namespace {

constexpr int IconSize = 18;

// Bold like the dashboard's "Functionality:" caption, on one line.
QLabel *captionLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new CachedSizeLabel(parent);
    label->setObjectName(objectName);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLabel *iconLabel(const QString &objectName, QWidget *parent)
{
    auto *icon = new QLabel(parent);
    icon->setObjectName(objectName);
    icon->setFixedSize(IconSize, IconSize);
    return icon;
}

} // namespace

MaintenanceSummary::MaintenanceSummary(ConsoleSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_databasesIcon(iconLabel(QStringLiteral("databasesSummaryIcon"), this))
    , m_databasesCaption(captionLabel(QStringLiteral("databasesSummaryCaption"), this))
    , m_databases(selectableText(QStringLiteral("databasesSummary"), this))
    , m_checkIcon(iconLabel(QStringLiteral("licenseCheckSummaryIcon"), this))
    , m_checkCaption(captionLabel(QStringLiteral("licenseCheckSummaryCaption"), this))
    , m_licenseCheck(selectableText(QStringLiteral("licenseCheckSummary"), this))
    , m_details(new QPushButton(this))
{
    setObjectName(QStringLiteral("maintenanceSummary"));
    m_databasesCaption->setBuddy(m_databases);
    m_checkCaption->setBuddy(m_licenseCheck);
    m_details->setObjectName(QStringLiteral("updatesDetailsButton"));
    connect(m_details, &QPushButton::clicked, this, &MaintenanceSummary::detailsRequested);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_databasesCaption, 0, 0, Qt::AlignTop);
    grid->addWidget(m_databasesIcon, 0, 1, Qt::AlignTop);
    grid->addWidget(m_databases, 0, 2);
    grid->addWidget(m_checkCaption, 1, 0, Qt::AlignTop);
    grid->addWidget(m_checkIcon, 1, 1, Qt::AlignTop);
    grid->addWidget(m_licenseCheck, 1, 2);
    grid->addWidget(m_details, 0, 3, 2, 1, Qt::AlignVCenter);
    grid->setColumnStretch(2, 1);

    connect(session.background(), &BackgroundWork::changed, this, &MaintenanceSummary::reload);
    retranslateUi();
}

void MaintenanceSummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MaintenanceSummary::retranslateUi()
{
    setAccessibleName(tr("Databases and license check"));
    //: Caption on the dashboard: the state of the protection databases
    m_databasesCaption->setText(tr("Databases:"));
    //: Caption on the dashboard: when the license is checked next with the vendor
    m_checkCaption->setText(tr("Next license check:"));
    m_details->setText(tr("&Updates…"));
    m_details->setToolTip(tr("Open the Updates page: update the databases, the schedule and "
                             "the license check."));
    reload();
}

void MaintenanceSummary::reload()
{
    const QDateTime now = Clock::instance().now();
    BackgroundWork *background = m_session.background();

    auto databases = background->updates()->status();
    StatusTone tone = StatusTone::Critical;
    QString text;
    if (databases) {
        tone = MaintenanceText::freshnessTone(databases.value().freshness);
        text = MaintenanceText::databaseSummary(databases.value());
    } else {
        text = databases.error().message;
    }
    if (background->updates()->isRunning())
        text += QLatin1Char(' ') + tr("An update is running now.");
    m_databasesIcon->setPixmap(toneIcon(tone, style()).pixmap(IconSize, IconSize));
    m_databases->setText(text);
    m_databases->setAccessibleName(m_databasesCaption->text() + QLatin1Char(' ') + text);

    auto check = background->licenseCheck()->status();
    tone = StatusTone::Neutral;
    if (!check) {
        tone = StatusTone::Critical;
        text = check.error().message;
    } else if (background->licenseCheck()->isRunning()) {
        text = tr("Checking now…");
    } else {
        text = MaintenanceText::nextCheck(check.value(), now);
        if (check.value().plan.failures > 0)
            tone = StatusTone::Warning;
    }
    m_checkIcon->setPixmap(toneIcon(tone, style()).pixmap(IconSize, IconSize));
    m_licenseCheck->setText(text);
    m_licenseCheck->setAccessibleName(m_checkCaption->text() + QLatin1Char(' ') + text);
}

} // namespace LightAgent
