#include "AgreementDialog.h"

#include "BakedIcon.h"
#include "ConsoleSession.h"
#include "ConsoleStyle.h"
#include "HelpOpener.h"
#include "MaintenanceText.h"
#include "MessageBox.h"
#include "TextLabel.h"
#include "core/Clock.h"
#include "provision/DataProvisionAgreement.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace LightAgent {

namespace {

constexpr int IconSize = 40;

QString fieldList(const QList<PayloadField> &fields)
{
    QString html =
        QStringLiteral("<ul style=\"margin-top:0px; margin-bottom:0px; margin-left:-18px;\">");
    for (const PayloadField &field : fields)
        html += QStringLiteral("<li>%1</li>").arg(field.vendorWording.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

AgreementDialog::AgreementDialog(ConsoleSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("agreementDialog"));
    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("agreementIcon"));
    icon->setPixmap(bakedIcon(QStringLiteral("data-provision")).pixmap(IconSize, IconSize));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("agreementTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(icon, 0, Qt::AlignVCenter);
    header->addWidget(m_title, 1);

    m_firstStartNote = selectableText(QStringLiteral("agreementFirstStartNote"), this);
    m_firstStartNote->hide();
    m_state = selectableText(QStringLiteral("agreementState"), this);
    m_state->setMargin(8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_firstStartNote);
    layout->addWidget(m_state);
    layout->addWidget(createStatement(), 1);
    layout->addWidget(createButtons());
    retranslateUi();
    resize(760, 680);
}

AgreementDialog *AgreementDialog::openFor(ConsoleSession &session, QWidget *parent, bool firstStart)
{
    auto *dialog = new AgreementDialog(session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFirstStart(firstStart);
    dialog->open();
    return dialog;
}

void AgreementDialog::setFirstStart(bool firstStart)
{
    m_firstStart = firstStart;
    m_firstStartNote->setVisible(firstStart);
}

QWidget *AgreementDialog::createStatement()
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("agreementStatement"));
    m_introduction = selectableText(QStringLiteral("agreementIntroduction"), content);
    m_closing = new QLabel(content);
    m_closing->setObjectName(QStringLiteral("agreementClosing"));
    m_closing->setWordWrap(true);
    m_closing->setTextFormat(Qt::RichText);
    m_closing->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // The privacy policy opens like every link: previewed and journaled.
    connect(m_closing, &QLabel::linkActivated, this,
            [this] { openHelp(this, m_session, QStringLiteral("privacy_policy")); });
    m_withoutIt = selectableText(QStringLiteral("agreementWithoutIt"), content);
    QFont bold = m_withoutIt->font();
    bold.setBold(true);
    m_withoutIt->setFont(bold);

    m_sectionsLayout = new QVBoxLayout;
    m_sectionsLayout->setSpacing(12);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 12, 2);
    layout->setSpacing(12);
    layout->addWidget(m_introduction);
    layout->addLayout(m_sectionsLayout);
    layout->addWidget(m_closing);
    layout->addWidget(m_withoutIt);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("agreementScroll"));
    // The statement is read first: the keyboard starts in it and scrolls it.
    scroll->setFocusPolicy(Qt::StrongFocus);
    scroll->setAccessibleName(tr("The vendor's statement"));
    scroll->setFocus();
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QWidget *AgreementDialog::createButtons()
{
    // A plain row, not a QDialogButtonBox: that would make "I agree" the default button,
    // and agreeing is a decision, not what Enter does by accident.
    auto *buttons = new QWidget(this);
    buttons->setObjectName(QStringLiteral("agreementButtons"));
    m_agree = new QPushButton(buttons);
    m_agree->setObjectName(QStringLiteral("agreeButton"));
    m_notNow = new QPushButton(buttons);
    m_notNow->setObjectName(QStringLiteral("notNowButton"));
    m_withdraw = new QPushButton(buttons);
    m_withdraw->setObjectName(QStringLiteral("withdrawAgreementButton"));
    m_close = new QPushButton(buttons);
    m_close->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton *button : {m_agree, m_notNow, m_withdraw, m_close})
        button->setAutoDefault(false);
    connect(m_agree, &QPushButton::clicked, this, &AgreementDialog::agree);
    connect(m_notNow, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_withdraw, &QPushButton::clicked, this, &AgreementDialog::withdraw);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    auto *layout = new QHBoxLayout(buttons);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_withdraw);
    layout->addStretch(1);
    layout->addWidget(m_agree);
    layout->addWidget(m_notNow);
    layout->addWidget(m_close);
    return buttons;
}

void AgreementDialog::retranslateUi()
{
    const VendorProfile &profile = m_session.profile();
    setWindowTitle(DataProvisionAgreement::title());
    m_title->setText(DataProvisionAgreement::title());
    m_firstStartNote->setText(
        tr("The console has not sent anything. Before it can update the databases or open "
           "online help, please read what it would send, and choose."));
    m_introduction->setText(DataProvisionAgreement::introduction(profile));

    qDeleteAll(m_sections);
    m_sections.clear();
    for (const StatementSection &part : DataProvisionAgreement::sections()) {
        auto *box = new QGroupBox(part.title, m_introduction->parentWidget());
        box->setObjectName(toWireName(part.kind) + QStringLiteral("Statement"));
        auto *fields = new QLabel(fieldList(part.fields), box);
        fields->setObjectName(toWireName(part.kind) + QStringLiteral("StatementFields"));
        fields->setTextFormat(Qt::RichText);
        fields->setWordWrap(true);
        fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
        fields->setAccessibleName(tr("Data sent: %1").arg(part.title));
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setSpacing(6);
        boxLayout->addWidget(fields);
        QLabel *sentTo =
            selectableText(toWireName(part.kind) + QStringLiteral("StatementSentTo"), box);
        sentTo->setText(DataProvisionAgreement::sentTo(profile, part.kind));
        boxLayout->addWidget(sentTo);
        if (!part.note.isEmpty()) {
            QLabel *note =
                selectableText(toWireName(part.kind) + QStringLiteral("StatementNote"), box);
            note->setText(part.note);
            // What the agreement does not cover is said before the list, not after it.
            boxLayout->insertWidget(part.coveredByAgreement ? 1 : 0, note);
        }
        if (!part.coveredByAgreement)
            ConsoleStyle::setTone(box, StatusTone::Neutral);
        m_sectionsLayout->addWidget(box);
        m_sections.append(box);
    }
    m_closing->setText(closingHtml());
    m_withoutIt->setText(
        tr("If you do not agree, the console stays fully usable: activate it with a key file, "
           "which is verified on this computer and sends nothing. Database updates and online "
           "help links then send nothing and say why. You can agree or withdraw at any time on "
           "the Updates and Data provision pages."));

    m_agree->setText(tr("I &agree"));
    m_agree->setToolTip(tr("Record that you accept the data provision described above, with "
                           "the date and time. Nothing is sent now."));
    //: Button: close the data-provision statement without agreeing
    m_notNow->setText(tr("&Not now"));
    m_withdraw->setText(tr("&Withdraw agreement…"));
    m_close->setText(tr("&Close"));
    showState();
}

QString AgreementDialog::closingHtml() const
{
    const VendorProfile &profile = m_session.profile();
    QString html = DataProvisionAgreement::closing(profile).toHtmlEscaped();
    const QUrl policy = profile.privacyPolicyUrl();
    if (policy.isValid()) {
        const QString shown = policy.toString().toHtmlEscaped();
        html.replace(shown,
                     QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(policy.toString(QUrl::FullyEncoded).toHtmlEscaped(), shown));
    }
    return html;
}

void AgreementDialog::showState()
{
    DataProvisionAgreement agreement(m_session.database());
    auto record = agreement.record();
    const bool stands = record && record.value() && record.value()->stands();
    QString text;
    StatusTone tone = StatusTone::Neutral;
    if (!record) {
        text = tr("The agreement cannot be read: %1").arg(record.error().message);
        tone = StatusTone::Critical;
    } else if (!record.value()) {
        text = tr("You have not agreed. Updates and online help links send nothing.");
    } else if (stands) {
        text = tr("You agreed on %1.").arg(MaintenanceText::dateTime(record.value()->grantedAt));
        tone = StatusTone::Good;
    } else {
        text = tr("You withdrew your agreement on %1. Updates and online help links send "
                  "nothing.")
                   .arg(MaintenanceText::dateTime(record.value()->withdrawnAt));
    }
    m_state->setText(text);
    m_state->setAccessibleName(text);
    ConsoleStyle::setTone(m_state, tone);
    m_agree->setVisible(!stands);
    m_notNow->setVisible(!stands);
    m_withdraw->setVisible(stands);
    m_close->setVisible(stands);
}

QString AgreementDialog::statementText() const
{
    QStringList parts {m_title->text(), m_introduction->text()};
    for (const QGroupBox *box : m_sections) {
        parts.append(box->title());
        for (const QLabel *label : box->findChildren<QLabel *>())
            parts.append(label->text());
    }
    parts.append(m_closing->text());
    parts.append(m_withoutIt->text());
    return parts.join(QLatin1Char('\n'));
}

void AgreementDialog::agree()
{
    DataProvisionAgreement agreement(m_session.database());
    if (Status accepted = agreement.accept(m_session.profile(), Clock::instance().now());
        !accepted) {
        MessageBox::critical(this, DataProvisionAgreement::title(),
                             tr("Your agreement was not recorded, so nothing will be sent: %1")
                                 .arg(accepted.error().message));
        showState();
        return;
    }
    m_session.refresh(); // every page, and the schedules, follow the new agreement
    Q_EMIT agreementChanged();
    accept();
}

void AgreementDialog::withdraw()
{
    const auto answer = MessageBox::question(
        this, tr("Withdraw agreement"),
        tr("Withdraw your agreement to data provision?\n\nDatabase updates and online help "
           "links will send nothing until you agree again. Keys and activation are not "
           "affected."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (Status withdrawn =
            DataProvisionAgreement(m_session.database()).withdraw(Clock::instance().now());
        !withdrawn) {
        MessageBox::critical(
            this, tr("Withdraw agreement"),
            tr("The agreement was not withdrawn: %1").arg(withdrawn.error().message));
        showState();
        return;
    }
    m_session.refresh();
    Q_EMIT agreementChanged();
    accept();
}

void AgreementDialog::done(int result)
{
    // Put before the administrator, whatever the answer: first start asks only once.
    if (Status presented =
            DataProvisionAgreement(m_session.database()).markPresented(Clock::instance().now());
        !presented)
        qWarning("The data-provision statement could not be marked as presented: %s",
                 qPrintable(presented.error().message));
    QDialog::done(result);
}

void AgreementDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace LightAgent
