#include "ActivationMethodPage.h"

#include "ActivationWizard.h"
#include "provision/PayloadCatalog.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace LightAgent {

namespace {

QLabel *noteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(26, 0, 0, 0); // under the radio button's text
    return label;
}

// A bulleted list with hanging indents, so a wrapped item stays readable.
QString bullets(const QList<PayloadField> &fields)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    for (const PayloadField &field : fields)
        html += QStringLiteral("<tr><td>•&nbsp;</td><td>%1</td></tr>")
                    .arg(field.vendorWording.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

} // namespace

ActivationMethodPage::ActivationMethodPage(QWidget *parent)
    : QWizardPage(parent)
    , m_keyFileRadio(new QRadioButton(this))
    , m_keyFileNote(noteLabel(QStringLiteral("keyFileMethodNote"), this))
    , m_codeRadio(new QRadioButton(this))
    , m_codeNote(noteLabel(QStringLiteral("codeMethodNote"), this))
    , m_fieldsCaption(noteLabel(QStringLiteral("codeFieldsCaption"), this))
    , m_fieldsLeft(noteLabel(QStringLiteral("codeFieldsLeft"), this))
    , m_fieldsRight(new QLabel(this))
{
    setObjectName(QStringLiteral("chooseMethodPage"));
    m_keyFileRadio->setObjectName(QStringLiteral("keyFileMethodRadio"));
    m_codeRadio->setObjectName(QStringLiteral("codeMethodRadio"));
    m_fieldsRight->setObjectName(QStringLiteral("codeFieldsRight"));
    m_fieldsRight->setWordWrap(true);
    m_fieldsRight->setTextFormat(Qt::PlainText);
    for (QLabel *list : {m_fieldsLeft, m_fieldsRight}) {
        list->setTextFormat(Qt::RichText);
        list->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    QFont bold = m_keyFileRadio->font();
    bold.setBold(true);
    m_keyFileRadio->setFont(bold);
    m_codeRadio->setFont(bold);
    m_keyFileRadio->setChecked(true); // the way that sends nothing

    registerField(QString(ActivationWizard::KeyFileMethodField), m_keyFileRadio);
    registerField(QString(ActivationWizard::CodeMethodField), m_codeRadio);

    auto *fields = new QHBoxLayout;
    fields->setSpacing(24);
    fields->addWidget(m_fieldsLeft, 1);
    fields->addWidget(m_fieldsRight, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(m_keyFileRadio);
    layout->addWidget(m_keyFileNote);
    layout->addSpacing(14);
    layout->addWidget(m_codeRadio);
    layout->addWidget(m_codeNote);
    layout->addSpacing(4);
    layout->addWidget(m_fieldsCaption);
    layout->addLayout(fields);
    layout->addStretch(1);
    retranslateUi();
}

void ActivationMethodPage::retranslateUi()
{
    setTitle(tr("Choose how to activate"));
    setSubTitle(tr("Both ways give the same license. They differ in what leaves this "
                   "computer."));
    m_keyFileRadio->setText(tr("Activate with a &key file"));
    m_keyFileNote->setText(tr("The key file is verified on this computer. This sends nothing "
                              "to anyone."));
    m_codeRadio->setText(tr("Activate with an activation &code"));
    m_codeNote->setText(
        tr("This sends the data listed below to the licensing service over an encrypted "
           "connection: now, and then periodically to verify that the solution is used "
           "appropriately. You will see the exact request and decide before anything is "
           "sent."));
    m_fieldsCaption->setText(tr("Data sent with an activation code:"));
    // Two columns, so the whole list fits without scrolling.
    const QList<PayloadField> fields = PayloadCatalog::fields(TransmissionKind::Activation);
    const qsizetype half = (fields.size() + 1) / 2;
    m_fieldsLeft->setText(bullets(fields.mid(0, half)));
    m_fieldsRight->setText(bullets(fields.mid(half)));
    m_fieldsLeft->setAccessibleName(m_fieldsCaption->text());
    m_fieldsRight->setAccessibleName(m_fieldsCaption->text());
    m_keyFileRadio->setAccessibleDescription(m_keyFileNote->text());
    m_codeRadio->setAccessibleDescription(m_codeNote->text());
}

void ActivationMethodPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace LightAgent
