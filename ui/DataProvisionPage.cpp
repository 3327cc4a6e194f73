#include "DataProvisionPage.h"

#include "AgreementDialog.h"
#include "ConsoleSession.h"
#include "ConsoleStyle.h"
#include "EnvelopePreview.h"
#include "EnvelopePreviewDialog.h"
#include "HelpOpener.h"
#include "MessageBox.h"
#include "PageParts.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "help/HelpLinkBuilder.h"
#include "license/ActivationCode.h"
#include "provision/ConsentStore.h"
#include "provision/DataProvisionAgreement.h"
#include "provision/PayloadCatalog.h"
#include "provision/RequestBuilder.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace LightAgent {

namespace {

// The help link previewed as the example of a followed link: this page's own.
const QString ExampleHelpPlace = QStringLiteral("data_provision");

QLabel *paragraph(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The fields as a two-column table: the vendor's words, then the name on the wire in
// the quieter `nameColor`.
QString fieldTable(TransmissionKind kind, const QColor &nameColor)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const PayloadField &field : PayloadCatalog::fields(kind))
        html += QStringLiteral("<tr><td>•&nbsp;%1</td><td style=\"padding-left:18px;\">"
                               "<span style=\"color:%3;\"><tt>%2</tt></span></td></tr>")
                    .arg(field.vendorWording.toHtmlEscaped(), field.key.toHtmlEscaped(),
                         nameColor.name());
    return html + QStringLiteral("</table>");
}

// Text colour halfway to the background: quieter, still readable in light and dark
// themes. (The palette's placeholder colour is translucent, which rich text ignores.)
QColor quietText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor back = palette.color(QPalette::Window);
    return QColor((text.red() * 3 + back.red() * 2) / 5, (text.green() * 3 + back.green() * 2) / 5,
                  (text.blue() * 3 + back.blue() * 2) / 5);
}

QString when(const QDateTime &time)
{
    return displayDateTime(time);
}

} // namespace

DataProvisionPage::DataProvisionPage(ConsoleSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_sections {Section {TransmissionKind::DatabaseUpdate}, Section {TransmissionKind::HelpLink},
                  Section {TransmissionKind::Activation}}
{
    setObjectName(QStringLiteral("dataProvisionPage"));
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("dataProvisionContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(createHeader());
    for (Section &section : m_sections) {
        createSection(section, content);
        layout->addWidget(section.box);
    }
    layout->addWidget(createClosing(content));
    layout->addStretch(1);

    scrollPage(this, content, QStringLiteral("dataProvision"));

    connect(&m_session, &ConsoleSession::stateChanged, this, &DataProvisionPage::reload);
    retranslateUi();
}

QWidget *DataProvisionPage::createHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("dataProvisionHeader"));
    m_title = pageTitle(QStringLiteral("dataProvisionTitle"), header);
    m_intro = paragraph(QStringLiteral("dataProvisionIntro"), header);
    m_agreementState = paragraph(QStringLiteral("dataProvisionAgreementState"), header);
    m_agreementState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_agreementButton = new QPushButton(header);
    m_agreementButton->setObjectName(QStringLiteral("showAgreementButton"));
    connect(m_agreementButton, &QPushButton::clicked, this, &DataProvisionPage::showAgreement);
    auto *agreementRow = new QHBoxLayout;
    agreementRow->setSpacing(12);
    agreementRow->addWidget(m_agreementState, 1);
    agreementRow->addWidget(m_agreementButton, 0, Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(agreementRow);
    return header;
}

void DataProvisionPage::createSection(Section &section, QWidget *parent)
{
    const QString name = toWireName(section.kind);
    section.box = new QGroupBox(parent);
    section.box->setObjectName(name + QStringLiteral("Section"));
    section.when = paragraph(name + QStringLiteral("When"), section.box);
    section.fields = new QLabel(section.box);
    section.fields->setObjectName(name + QStringLiteral("Fields"));
    section.fields->setTextFormat(Qt::RichText);
    section.fields->setWordWrap(true); // long wordings wrap in their cell
    section.fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    section.note = paragraph(name + QStringLiteral("Note"), section.box);
    section.sentTo = paragraph(name + QStringLiteral("SentTo"), section.box);
    section.preview = new QPushButton(section.box);
    section.preview->setObjectName(name + QStringLiteral("PreviewButton"));
    const TransmissionKind kind = section.kind;
    connect(section.preview, &QPushButton::clicked, this, [this, kind] { previewNow(kind); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(section.preview);
    auto *layout = new QVBoxLayout(section.box);
    layout->setSpacing(8);
    layout->addWidget(section.when);
    layout->addWidget(section.fields);
    layout->addWidget(section.note);
    layout->addWidget(section.sentTo);
    if (kind == TransmissionKind::Activation)
        layout->addWidget(createConsent(section.box));
    layout->addLayout(buttons);
}

QWidget *DataProvisionPage::createConsent(QWidget *parent)
{
    auto *panel = new QFrame(parent);
    panel->setObjectName(QStringLiteral("consentPanel"));
    panel->setFrameShape(QFrame::StyledPanel);
    m_consentCaption = new QLabel(panel);
    m_consentCaption->setObjectName(QStringLiteral("consentCaption"));
    QFont bold = m_consentCaption->font();
    bold.setBold(true);
    m_consentCaption->setFont(bold);
    m_consentCaption->setWordWrap(true);
    m_consentState = paragraph(QStringLiteral("consentState"), panel);
    m_consentCaption->setBuddy(m_consentState);
    m_withdrawButton = new QPushButton(panel);
    m_withdrawButton->setObjectName(QStringLiteral("withdrawConsentButton"));
    connect(m_withdrawButton, &QPushButton::clicked, this, &DataProvisionPage::withdrawConsent);
    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_consentCaption);
    text->addWidget(m_consentState);
    auto *layout = new QHBoxLayout(panel);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(12);
    layout->addLayout(text, 1);
    layout->addWidget(m_withdrawButton, 0, Qt::AlignVCenter);
    return panel;
}

QWidget *DataProvisionPage::createClosing(QWidget *parent)
{
    auto *closing = new QWidget(parent);
    closing->setObjectName(QStringLiteral("dataProvisionClosing"));
    m_encrypted = paragraph(QStringLiteral("encryptedChannels"), closing);
    QFont bold = m_encrypted->font();
    bold.setBold(true);
    m_encrypted->setFont(bold);
    m_protection = paragraph(QStringLiteral("dataProtection"), closing);
    m_privacy = new QLabel(closing);
    m_privacy->setObjectName(QStringLiteral("privacyPolicyLink"));
    m_privacy->setWordWrap(true);
    m_privacy->setTextFormat(Qt::RichText);
    // The privacy policy is a followed link like any other: previewed and journaled.
    connect(m_privacy, &QLabel::linkActivated, this,
            [this] { openHelp(this, m_session, QStringLiteral("privacy_policy")); });
    m_privacy->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *layout = new QVBoxLayout(closing);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_encrypted);
    layout->addWidget(m_protection);
    layout->addWidget(m_privacy);
    return closing;
}

void DataProvisionPage::retranslateUi()
{
    //: Page title: what the console sends to the vendor, and when
    m_title->setText(tr("Data provision", "page title"));
    m_intro->setText(tr("The console sends data to the vendor on three occasions only, listed "
                        "below with every field it sends. Preview now shows the exact request "
                        "that would be sent at this moment; previewing sends nothing. Every "
                        "transmission is recorded in the transmission journal."));
    for (Section &section : m_sections)
        retranslateSection(section);
    m_agreementButton->setText(tr("Show the &agreement…"));
    m_agreementButton->setToolTip(tr("Read the vendor's statement on data provision, and agree "
                                     "or withdraw your agreement."));
    m_consentCaption->setText(tr("Your consent to activation with a code:"));
    m_withdrawButton->setText(tr("&Withdraw consent…"));
    m_encrypted->setText(tr("All data is sent over encrypted connections (TLS) only."));
    m_protection->setText(tr("The vendor protects the information it receives as the law and "
                             "its own rules require."));
    const QUrl policy = m_session.profile().privacyPolicyUrl();
    m_privacy->setVisible(!policy.isEmpty());
    m_privacy->setText(
        //: %1 is a link to the vendor's privacy policy
        tr("How the vendor processes, stores and destroys this information: %1")
            .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(policy.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                          tr("the vendor's privacy policy").toHtmlEscaped())));
    m_privacy->setToolTip(policy.toString());
    reload();
}

void DataProvisionPage::retranslateSection(Section &section)
{
    switch (section.kind) {
    case TransmissionKind::DatabaseUpdate:
        section.box->setTitle(tr("Updates of databases and application modules"));
        section.note->setText(tr("Each update run gets a new update task ID; the license ID is "
                                 "the serial number of the active key."));
        break;
    case TransmissionKind::HelpLink:
        section.box->setTitle(tr("Links followed from the console"));
        section.note->setText(tr("The data travels in the address your web browser opens. The "
                                 "preview shows the help link of this page; every help link "
                                 "carries the same parameters."));
        break;
    case TransmissionKind::Activation:
    case TransmissionKind::LicenseCheck:
        section.box->setTitle(tr("Activation with an activation code"));
        section.note->setText(
            tr("This data is also sent periodically, to verify that the solution is used "
               "appropriately. The vendor may use it to generate statistics on the "
               "distribution and use of its software. If you do not agree to send it, "
               "activate with a key file instead: a key file is verified on this computer and "
               "sends nothing."));
        break;
    }
    section.when->setText(PayloadCatalog::whenSent(section.kind));
    section.sentTo->setText(DataProvisionAgreement::sentTo(m_session.profile(), section.kind));
    section.fields->setText(fieldTable(section.kind, quietText(palette())));
    section.fields->setAccessibleName(tr("Data sent: %1").arg(section.box->title()));
    // One such button per kind of data: no Alt+letter, which would only move between them.
    section.preview->setText(tr("Preview now…"));
    section.preview->setToolTip(tr("Show the exact request that would be sent now. Nothing "
                                   "is sent."));
    section.preview->setAccessibleName(tr("Preview now: %1").arg(section.box->title()));
}

void DataProvisionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DataProvisionPage::showEvent(QShowEvent *event)
{
    reload(); // a consent may have been given or withdrawn meanwhile, here or by the CLI
    QWidget::showEvent(event);
}

const DataProvisionPage::Section &DataProvisionPage::sectionOf(TransmissionKind kind) const
{
    for (const Section &section : m_sections) {
        if (section.kind == kind)
            return section;
    }
    return m_sections.back(); // LicenseCheck: described with the activation
}

QGroupBox *DataProvisionPage::section(TransmissionKind kind) const
{
    return sectionOf(kind).box;
}

QPushButton *DataProvisionPage::previewButton(TransmissionKind kind) const
{
    return sectionOf(kind).preview;
}

QString DataProvisionPage::agreementText() const
{
    auto record = ConsentStore(m_session.database()).latest(ConsentKind::DataProvision);
    if (!record)
        return tr("The agreement for updates and followed links cannot be read: %1")
            .arg(record.error().message);
    if (!record.value())
        return tr("You have not agreed to data provision for updates and followed links, so "
                  "nothing of these two kinds is sent.");
    const ConsentRecord &r = *record.value();
    if (r.stands())
        return tr("You agreed to data provision for updates and followed links on %1.")
            .arg(when(r.grantedAt));
    return tr("You withdrew your agreement to data provision for updates and followed links on "
              "%1, so nothing of these two kinds is sent.")
        .arg(when(r.withdrawnAt));
}

QString DataProvisionPage::activationConsentText() const
{
    auto record = ConsentStore(m_session.database()).latest(ConsentKind::CodeActivation);
    if (!record)
        return tr("The consent cannot be read: %1").arg(record.error().message);
    if (!record.value())
        return tr("Never given. Nothing of this kind has been sent: the console asks for your "
                  "consent, showing the exact request, when you activate with a code.");
    const ConsentRecord &r = *record.value();
    if (r.stands())
        return tr("Given on %1, to send this data and to re-send it periodically for license "
                  "verification.")
            .arg(when(r.grantedAt));
    return tr("Withdrawn on %1 (given on %2). The periodic license check is stopped; nothing "
              "more is sent until you activate with a code again.")
        .arg(when(r.withdrawnAt), when(r.grantedAt));
}

void DataProvisionPage::reload()
{
    m_agreementState->setText(agreementText());
    m_consentState->setText(activationConsentText());
    m_consentState->setAccessibleName(m_consentState->text());
    auto stands = ConsentStore(m_session.database()).stands(ConsentKind::CodeActivation);
    m_withdrawButton->setEnabled(stands && stands.value());
}

AgreementDialog *DataProvisionPage::showAgreement()
{
    auto *dialog = AgreementDialog::openFor(m_session, this);
    connect(dialog, &AgreementDialog::agreementChanged, this, &DataProvisionPage::reload);
    return dialog;
}

void DataProvisionPage::withdrawConsent()
{
    const auto answer = MessageBox::question(
        this, tr("Withdraw consent"),
        tr("Withdraw your consent to send activation data?\n\nThe periodic license check of "
           "the key activated with a code stops, so nothing more is sent for it. A key file "
           "works without sending anything; you can activate with one at any time."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (Status withdrawn = ConsentStore(m_session.database())
                               .withdraw(ConsentKind::CodeActivation, Clock::instance().now());
        !withdrawn)
        MessageBox::critical(
            this, tr("Withdraw consent"),
            tr("The consent was not withdrawn: %1").arg(withdrawn.error().message));
    reload();
}

bool DataProvisionPage::previewUsesSampleCode() const
{
    auto state = m_session.state();
    if (!state || !state.value().active())
        return true;
    const StoredKey &active = *state.value().active();
    return active.source != KeySource::Code || !ActivationCode::parse(active.activationCode);
}

Result<RequestEnvelope> DataProvisionPage::buildPreview(TransmissionKind kind) const
{
    const RequestSources sources {m_session.profile(), m_session.database(),
                                  m_session.localization(), Clock::instance()};
    auto state = m_session.state();
    if (!state)
        return state.error();
    const auto &active = state.value().active();
    switch (kind) {
    case TransmissionKind::DatabaseUpdate:
        return RequestBuilder::databaseUpdate(sources,
                                              active ? active->license().serial : QString());
    case TransmissionKind::HelpLink: {
        auto link =
            HelpLinkBuilder(m_session.profile()).link(ExampleHelpPlace, m_session.localization());
        if (!link)
            return link.error();
        return link.value().envelope();
    }
    case TransmissionKind::Activation:
    case TransmissionKind::LicenseCheck: {
        const auto code = ActivationCode::parse(previewUsesSampleCode() ? QString(SampleCode)
                                                                        : active->activationCode);
        if (!code)
            return code.error();
        return kind == TransmissionKind::Activation
            ? RequestBuilder::activation(sources, code.value())
            : RequestBuilder::licenseCheck(sources, code.value());
    }
    }
    return Error::make(ErrorCode::Internal, QStringLiteral("unknown-kind"),
                       tr("There is no preview for this kind of transmission."));
}

EnvelopePreviewDialog *DataProvisionPage::previewNow(TransmissionKind kind)
{
    auto envelope = buildPreview(kind);
    if (!envelope) {
        MessageBox::critical(
            this, tr("Preview"),
            tr("The request could not be built: %1").arg(envelope.error().message));
        return nullptr;
    }
    EnvelopePreviewDialog::NoteText note;
    if (kind == TransmissionKind::Activation && previewUsesSampleCode())
        note = [] {
            return tr("Sample: no key was activated with a code, so this preview uses the "
                      "sample code %1 in place of a real one. Everything else is the data "
                      "that would be sent now.")
                .arg(QString(SampleCode));
        };
    auto *dialog = new EnvelopePreviewDialog(envelope.value(), note, this);
    dialog->preview()->describeWayFor(m_session);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace LightAgent
