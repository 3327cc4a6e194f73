#include "UpdatesPage.h"

#include "AgreementDialog.h"
#include "BackgroundWork.h"
#include "ConsoleSession.h"
#include "ConsoleStyle.h"
#include "HelpLinkButton.h"
#include "LicenseCheckPanel.h"
#include "MaintenanceText.h"
#include "MessageBox.h"
#include "PageParts.h"
#include "TextLabel.h"
#include "UpdateDialog.h"
#include "core/Clock.h"
#include "provision/DataProvisionAgreement.h"
#include "provision/PeriodicUpdate.h"
#include "provision/UpdateFlow.h"
#include "provision/UpdateSchedule.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <tuple>

namespace LightAgent {

namespace {

constexpr int FreshnessIconSize = 20;
constexpr int RefusalIconSize = 24;

// A caption of a form row, in the normal weight inside a bold card title.
QLabel *captionFor(QLabel *value, QWidget *parent)
{
    auto *caption = new QLabel(parent);
    caption->setObjectName(value->objectName() + QStringLiteral("Caption"));
    QFont font = caption->font();
    font.setBold(false);
    caption->setFont(font);
    caption->setBuddy(value);
    return caption;
}

QFormLayout *cardForm(QGroupBox *box)
{
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A value goes under its caption where both do not fit side by side (the Russian
    // captions in an 800-pixel window), instead of the page scrolling sideways.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(8);
    layout->addLayout(form);
    return form;
}

} // namespace

UpdatesPage::UpdatesPage(ConsoleSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("updatesPage"));
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("updatesContent"));
    m_licenseCheck = new LicenseCheckPanel(session, content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(createHeader());
    layout->addWidget(createRefusal());
    layout->addWidget(createDatabases());
    layout->addWidget(createSchedule());
    layout->addWidget(m_licenseCheck);
    layout->addStretch(1);

    scrollPage(this, content, QStringLiteral("updates"));

    // The background work re-reads its plans whenever the license state changes, so its
    // signal covers keys, consents, the agreement and scheduled runs alike.
    connect(session.background(), &BackgroundWork::changed, this, &UpdatesPage::reload);
    orderTabs();
    retranslateUi(); // and reload()
}

QWidget *UpdatesPage::createHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("updatesHeader"));
    m_title = pageTitle(QStringLiteral("updatesTitle"), header);
    m_helpButton = new HelpLinkButton(m_session, QStringLiteral("updates"), header);
    m_updateNow =
        new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), QString(), header);
    m_updateNow->setObjectName(QStringLiteral("updateNowButton"));
    ConsoleStyle::setPrimary(m_updateNow, true);
    connect(m_updateNow, &QPushButton::clicked, this, &UpdatesPage::updateNow);
    m_intro = selectableText(QStringLiteral("updatesIntro"), header);

    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    row->addWidget(m_title);
    row->addStretch(1);
    row->addWidget(m_helpButton);
    row->addWidget(m_updateNow);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(row);
    layout->addWidget(m_intro);
    return header;
}

QFrame *UpdatesPage::createRefusal()
{
    m_refusalPanel = new QFrame(this);
    m_refusalPanel->setObjectName(QStringLiteral("updateRefusalPanel"));
    ConsoleStyle::setTone(m_refusalPanel, StatusTone::Warning);
    m_refusalIcon = new QLabel(m_refusalPanel);
    m_refusalIcon->setObjectName(QStringLiteral("updateRefusalIcon"));
    m_refusalIcon->setFixedSize(RefusalIconSize, RefusalIconSize);
    m_refusalIcon->setPixmap(
        toneIcon(StatusTone::Warning, style()).pixmap(RefusalIconSize, RefusalIconSize));
    m_refusal = selectableText(QStringLiteral("updateRefusal"), m_refusalPanel);
    m_refusalAgreement = new QPushButton(m_refusalPanel);
    m_refusalAgreement->setObjectName(QStringLiteral("refusalShowAgreementButton"));
    connect(m_refusalAgreement, &QPushButton::clicked, this, &UpdatesPage::showAgreement);
    auto *layout = new QHBoxLayout(m_refusalPanel);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(12);
    layout->addWidget(m_refusalIcon, 0, Qt::AlignTop);
    layout->addWidget(m_refusal, 1);
    layout->addWidget(m_refusalAgreement, 0, Qt::AlignVCenter);
    return m_refusalPanel;
}

QGroupBox *UpdatesPage::createDatabases()
{
    m_databasesBox = new QGroupBox(this);
    m_databasesBox->setObjectName(QStringLiteral("databasesBox"));
    QFormLayout *form = cardForm(m_databasesBox);
    m_freshnessIcon = new QLabel(m_databasesBox);
    m_freshnessIcon->setObjectName(QStringLiteral("freshnessIcon"));
    m_freshnessIcon->setFixedSize(FreshnessIconSize, FreshnessIconSize);
    m_freshness = selectableText(QStringLiteral("databaseFreshness"), m_databasesBox);
    QFont bold = m_freshness->font();
    bold.setBold(true);
    m_freshness->setFont(bold);
    auto *freshnessRow = new QHBoxLayout;
    freshnessRow->setSpacing(8);
    freshnessRow->addWidget(m_freshnessIcon, 0, Qt::AlignTop);
    freshnessRow->addWidget(m_freshness, 1);
    m_freshnessCaption = captionFor(m_freshness, m_databasesBox);
    form->addRow(m_freshnessCaption, freshnessRow);
    for (auto [value, caption, name] :
         {std::tuple {&m_version, &m_versionCaption, "databaseVersion"},
          std::tuple {&m_released, &m_releasedCaption, "databaseReleased"},
          std::tuple {&m_records, &m_recordsCaption, "databaseRecords"},
          std::tuple {&m_installed, &m_installedCaption, "databaseInstalledAt"}}) {
        *value = selectableText(QLatin1String(name), m_databasesBox);
        *caption = captionFor(*value, m_databasesBox);
        form->addRow(*caption, *value);
    }
    return m_databasesBox;
}

QGroupBox *UpdatesPage::createSchedule()
{
    m_scheduleBox = new QGroupBox(this);
    m_scheduleBox->setObjectName(QStringLiteral("scheduleBox"));
    QFormLayout *form = cardForm(m_scheduleBox);
    m_lastRun = selectableText(QStringLiteral("lastUpdateRun"), m_scheduleBox);
    m_lastRunCaption = captionFor(m_lastRun, m_scheduleBox);
    form->addRow(m_lastRunCaption, m_lastRun);
    m_nextUpdate = selectableText(QStringLiteral("nextScheduledUpdate"), m_scheduleBox);
    m_nextUpdateCaption = captionFor(m_nextUpdate, m_scheduleBox);
    form->addRow(m_nextUpdateCaption, m_nextUpdate);
    m_scheduled = new QCheckBox(m_scheduleBox);
    m_scheduled->setObjectName(QStringLiteral("scheduledUpdatesCheckBox"));
    QFont normal = m_scheduled->font();
    normal.setBold(false);
    m_scheduled->setFont(normal);
    connect(m_scheduled, &QCheckBox::toggled, this, &UpdatesPage::setScheduled);
    form->addRow(m_scheduled);

    m_agreement = selectableText(QStringLiteral("updatesAgreementState"), m_scheduleBox);
    m_agreementCaption = captionFor(m_agreement, m_scheduleBox);
    m_agreementButton = new QPushButton(m_scheduleBox);
    m_agreementButton->setObjectName(QStringLiteral("showAgreementButton"));
    m_agreementButton->setFont(normal);
    connect(m_agreementButton, &QPushButton::clicked, this, &UpdatesPage::showAgreement);
    auto *agreementRow = new QHBoxLayout;
    agreementRow->setSpacing(12);
    agreementRow->addWidget(m_agreement, 1);
    agreementRow->addWidget(m_agreementButton, 0, Qt::AlignVCenter);
    form->addRow(m_agreementCaption, agreementRow);
    return m_scheduleBox;
}

void UpdatesPage::orderTabs()
{
    QWidget::setTabOrder(m_updateNow, m_refusalAgreement);
    QWidget::setTabOrder(m_refusalAgreement, m_scheduled);
    QWidget::setTabOrder(m_scheduled, m_agreementButton);
    QWidget::setTabOrder(m_agreementButton, m_licenseCheck->previewButton());
    QWidget::setTabOrder(m_licenseCheck->previewButton(), m_licenseCheck->checkNowButton());
    QWidget::setTabOrder(m_licenseCheck->checkNowButton(), m_helpButton);
}

void UpdatesPage::retranslateUi()
{
    //: Navigation entry: the databases, their updates and the license check
    setWindowTitle(tr("Updates", "navigation"));
    //: Page title: the databases and their updates
    m_title->setText(tr("Updates", "page title"));
    m_intro->setText(tr("The protection databases come from the vendor's update service. An "
                        "update sends five fields, which you can see before they are sent; "
                        "the answer is installed only if the vendor's signature on it "
                        "verifies."));
    m_updateNow->setText(tr("&Update now…"));
    m_updateNow->setToolTip(tr("Show the exact update request, then send it if you choose."));
    m_refusalAgreement->setText(tr("Show the &agreement…"));
    m_databasesBox->setTitle(tr("Databases"));
    //: Caption: how recent the installed databases are
    m_freshnessCaption->setText(tr("Freshness:"));
    m_versionCaption->setText(tr("Version:"));
    //: Caption: when the vendor released the installed databases
    m_releasedCaption->setText(tr("Released:"));
    //: Caption: the number of records in the databases
    m_recordsCaption->setText(tr("Records:"));
    m_installedCaption->setText(tr("Installed on:"));
    m_scheduleBox->setTitle(tr("Update runs"));
    m_lastRunCaption->setText(tr("Last update:"));
    m_nextUpdateCaption->setText(tr("Next scheduled update:"));
    m_scheduled->setText(tr("Run &scheduled updates (once a day)"));
    m_scheduled->setToolTip(tr("Scheduled updates send the same request as Update now, under "
                               "the data-provision agreement. Switched off, the databases are "
                               "updated only when you choose Update now."));
    m_agreementCaption->setText(tr("Data provision:"));
    m_agreementButton->setText(tr("Show the a&greement…"));
    m_agreementButton->setToolTip(tr("Read the vendor's statement on data provision, and agree "
                                     "or withdraw your agreement."));
    reload();
}

void UpdatesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UpdatesPage::showEvent(QShowEvent *event)
{
    reload(); // the CLI may have updated, or changed the agreement, meanwhile
    QWidget::showEvent(event);
}

void UpdatesPage::reload()
{
    reloadDatabases();
    reloadAgreement();
    reloadPermission();
    m_licenseCheck->reload();
}

void UpdatesPage::reloadDatabases()
{
    const QDateTime now = Clock::instance().now();
    auto status = m_session.background()->updates()->status();
    if (!status) {
        m_freshness->setText(status.error().message);
        m_freshnessIcon->setPixmap(
            toneIcon(StatusTone::Critical, style()).pixmap(FreshnessIconSize, FreshnessIconSize));
        for (QLabel *label :
             {m_version, m_released, m_records, m_installed, m_lastRun, m_nextUpdate})
            label->clear();
        return;
    }
    const DatabaseStatus &current = status.value();
    const StatusTone tone = MaintenanceText::freshnessTone(current.freshness);
    m_freshnessIcon->setPixmap(
        toneIcon(tone, style()).pixmap(FreshnessIconSize, FreshnessIconSize));
    QString freshness = displayName(current.freshness);
    if (!current.problem.isEmpty())
        freshness = current.problem;
    m_freshness->setText(freshness);
    m_freshness->setAccessibleName(tr("Freshness: %1").arg(freshness));
    m_freshnessIcon->setAccessibleName(freshness);
    const bool installed = current.installed.has_value();
    //: Shown for a property of databases that are not installed
    const QString none = tr("—", "no databases");
    m_version->setText(installed ? current.installed->bundle.version() : none);
    m_released->setText(installed ? MaintenanceText::dateTime(current.installed->bundle.released())
                                  : none);
    m_records->setText(installed ? QLocale().toString(current.installed->bundle.records()) : none);
    m_installed->setText(installed ? MaintenanceText::dateTime(current.installed->installedAt)
                                   : none);
    m_lastRun->setText(MaintenanceText::lastRun(current.lastRun));
    m_nextUpdate->setText(m_session.background()->updates()->isRunning()
                              ? tr("Running now…")
                              : MaintenanceText::nextUpdate(current, now));
    const QSignalBlocker quiet(m_scheduled);
    m_scheduled->setChecked(current.scheduled);
}

void UpdatesPage::reloadAgreement()
{
    auto record = DataProvisionAgreement(m_session.database()).record();
    QString text;
    if (!record)
        text = record.error().message;
    else if (!record.value())
        text = tr("Not agreed. Updates send nothing.");
    else if (record.value()->stands())
        text = tr("Agreed on %1.").arg(MaintenanceText::dateTime(record.value()->grantedAt));
    else
        text = tr("Withdrawn on %1. Updates send nothing.")
                   .arg(MaintenanceText::dateTime(record.value()->withdrawnAt));
    m_agreement->setText(text);
    m_agreement->setAccessibleName(tr("Data-provision agreement: %1").arg(text));
}

void UpdatesPage::reloadPermission()
{
    const Status permitted =
        UpdateFlow::permitted(m_session.profile(), m_session.database(), m_session.today());
    const bool running = m_session.background()->updates()->isRunning();
    QString reason;
    bool needsAgreement = false;
    if (!permitted) {
        const Error &error = permitted.error();
        needsAgreement = error.reason == QLatin1String("no-agreement");
        reason = needsAgreement
            ? tr("Update now is unavailable: updates send data only under the data-provision "
                 "agreement, which you have not accepted, so nothing is sent. Read the vendor's "
                 "statement to decide.")
            : tr("Update now is unavailable. %1").arg(error.message);
    } else if (running) {
        reason = tr("A scheduled update is running now. Its result appears here when it ends.");
    }
    m_updateNow->setEnabled(reason.isEmpty() && m_dialog == nullptr);
    m_refusal->setText(reason);
    m_refusal->setAccessibleName(reason);
    m_refusalAgreement->setVisible(needsAgreement);
    m_agreementButton->setVisible(!needsAgreement); // one way to the statement at a time
    m_refusalPanel->setVisible(!reason.isEmpty());
    m_updateNow->setAccessibleDescription(reason);
}

void UpdatesPage::setScheduled(bool on)
{
    if (Status saved = UpdateSchedule::setEnabled(*m_session.database(), on); !saved)
        MessageBox::warning(this, tr("Scheduled updates"),
                            tr("The setting was not saved: %1").arg(saved.error().message));
    m_session.background()->reschedule(); // and, through changed(), reload()
}

UpdateDialog *UpdatesPage::updateNow()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    reloadPermission();
    if (!m_updateNow->isEnabled())
        return nullptr;
    BackgroundWork *background = m_session.background();
    // No scheduled update may start while this one is previewed or sent.
    background->pauseScheduledUpdates();
    m_dialog = new UpdateDialog(m_session, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &UpdateDialog::updateFinished, this, &UpdatesPage::reload);
    connect(m_dialog, &QDialog::finished, this, [this, background] {
        m_dialog = nullptr;
        background->resumeScheduledUpdates(); // planned again from this run; reloads
        reload();
    });
    m_updateNow->setEnabled(false);
    m_dialog->open();
    return m_dialog;
}

AgreementDialog *UpdatesPage::showAgreement()
{
    auto *dialog = AgreementDialog::openFor(m_session, this);
    connect(dialog, &AgreementDialog::agreementChanged, this, &UpdatesPage::reload);
    return dialog;
}

} // namespace LightAgent
