#include "AboutDialog.h"

#include "ConsoleSession.h"
#include "HelpLinkButton.h"
#include "core/Crypto.h"
#include "core/VendorProfile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace LightAgent {

AboutDialog::AboutDialog(ConsoleSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_title(new QLabel(this))
    , m_purpose(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_title->setFont(big);
    m_purpose->setObjectName(QStringLiteral("aboutPurpose"));
    m_purpose->setWordWrap(true);

    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(6);
    m_version = addRow("aboutVersion", QStringLiteral(LIGHTAGENT_VERSION));
    m_qtVersion = addRow("aboutQtVersion", QString::fromLatin1(qVersion()));
    m_openSslVersion = addRow("aboutOpenSslVersion", Crypto::openSslVersion());
    m_profile = addRow("aboutProfile", QString());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(new HelpLinkButton(session, QStringLiteral("about"), this));
    bottom->addWidget(buttons, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_purpose);
    layout->addLayout(m_form);
    layout->addLayout(bottom);
    setMinimumWidth(460);
    retranslateUi();
}

QLabel *AboutDialog::addRow(const char *name, const QString &value)
{
    auto *label = new QLabel(this);
    auto *field = new QLabel(value, this);
    label->setObjectName(QLatin1String(name) + QStringLiteral("Label"));
    field->setObjectName(QLatin1String(name));
    field->setTextFormat(Qt::PlainText);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setBuddy(field);
    m_form->addRow(label, field);
    return field;
}

void AboutDialog::setCaption(QLabel *field, const QString &caption)
{
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
        label->setText(caption);
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    const VendorProfile &profile = m_session.profile();
    setWindowTitle(tr("About Light Agent Console"));
    m_title->setText(tr("Light Agent Console"));
    m_purpose->setText(tr("Licensing console for %1.").arg(profile.productName()));
    setCaption(m_version, tr("Version:"));
    setCaption(m_qtVersion, tr("Qt:"));
    setCaption(m_openSslVersion, tr("OpenSSL:"));
    //: The vendor profile: who the console trusts for keys and services
    setCaption(m_profile, tr("Vendor profile:"));
    //: The vendor profile's vendor and id, e.g. "Demo vendor (demo)"
    QString text = tr("%1 (%2)").arg(profile.vendorName(), profile.id());
    // Which profile is in use: the one built in, or a file (--profile, the system's).
    if (profile.isBuiltIn())
        text += QLatin1Char('\n') +
            tr("The demo profile built into the console: it trusts only the demo vendor's "
               "keys and service.");
    else if (profile.isDemo())
        text += QLatin1Char('\n') +
            tr("A demo profile from a file: it trusts only the demo vendor's keys and service.");
    if (!profile.isBuiltIn() && !profile.source().isEmpty())
        //: %1 is the path of the vendor profile file in use
        text += QLatin1Char('\n') + tr("File: %1").arg(QDir::toNativeSeparators(profile.source()));
    m_profile->setText(text);
}

} // namespace LightAgent
