#include "AboutDialog.h"

#include "core/Crypto.h"
#include "core/VendorProfile.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace LightAgent {

namespace {

QString profileText(const VendorProfile &profile)
{
    QString text = QCoreApplication::translate("LightAgent::AboutDialog", "%1 (%2)")
                       .arg(profile.vendor(), profile.id());
    if (profile.isDemo())
        text += QLatin1Char('\n') +
            QCoreApplication::translate("LightAgent::AboutDialog",
                                        "Built-in demo vendor profile: trusts only the demo "
                                        "vendor's keys and service.");
    if (!profile.source().isEmpty())
        text += QLatin1Char('\n') + QDir::toNativeSeparators(profile.source());
    return text;
}

} // namespace

AboutDialog::AboutDialog(const VendorProfile &profile, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Light Agent Console"));

    auto *title = new QLabel(tr("Light Agent Console"), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.5);
    title->setFont(big);
    auto *purpose = new QLabel(tr("Licensing console for %1.").arg(profile.productName()), this);
    purpose->setObjectName(QStringLiteral("aboutPurpose"));
    purpose->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(6);
    auto addRow = [this, form](const QString &caption, const QString &value, const char *name) {
        auto *label = new QLabel(caption, this);
        auto *field = new QLabel(value, this);
        label->setObjectName(QLatin1String(name) + QStringLiteral("Label"));
        field->setObjectName(QLatin1String(name));
        field->setTextFormat(Qt::PlainText);
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("Version:"), QStringLiteral(LIGHTAGENT_VERSION), "aboutVersion");
    addRow(tr("Qt:"), QString::fromLatin1(qVersion()), "aboutQtVersion");
    addRow(tr("OpenSSL:"), Crypto::openSslVersion(), "aboutOpenSslVersion");
    //: The vendor profile: who the console trusts for keys and services
    addRow(tr("Vendor profile:"), profileText(profile), "aboutProfile");

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(purpose);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace LightAgent
