#include "DataProvisionAgreement.h"

#include "Recipients.h"
#include "core/Crypto.h"
#include "core/StateDatabase.h"
#include "core/VendorProfile.h"

#include <QCoreApplication>

namespace LightAgent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::DataProvisionAgreement", text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

StatementSection section(TransmissionKind kind, const QString &title, bool covered,
                         const QString &note = {})
{
    return StatementSection {kind, title, PayloadCatalog::fields(kind), covered, note};
}

} // namespace

DataProvisionAgreement::DataProvisionAgreement(std::shared_ptr<StateDatabase> database)
    : m_database(std::move(database))
{ }

QString DataProvisionAgreement::title()
{
    return tr("About data provision");
}

QString DataProvisionAgreement::introduction(const VendorProfile &profile)
{
    //: %1 is the vendor's name
    return tr("By accepting this agreement, you allow the console to send the following "
              "information automatically, each kind only to the hosts named with it below (as "
              "the vendor profile of %1 sets them). Nothing else is sent, and every "
              "transmission can be previewed beforehand and read afterwards in the "
              "transmission journal.")
        .arg(profile.vendorName());
}

QList<StatementSection> DataProvisionAgreement::sections()
{
    return {
        section(TransmissionKind::DatabaseUpdate,
                tr("When databases and application modules are updated"), true,
                tr("Scheduled updates can be switched off; an update can always be previewed "
                   "first.")),
        section(TransmissionKind::HelpLink, tr("When you follow links from the interface"), true,
                tr("The link is shown before it is opened.")),
        section(TransmissionKind::Activation,
                tr("When an activation code is applied to activate the solution"), false,
                tr("Not covered by this agreement: every activation with a code shows the exact "
                   "request and asks you first. The same information is then sent periodically "
                   "to verify that the solution is used appropriately, until you withdraw that "
                   "consent. If you do not agree to send it, activate with a key file: that "
                   "sends nothing.")),
    };
}

QString DataProvisionAgreement::sentTo(const VendorProfile &profile, TransmissionKind kind)
{
    //: %1 lists the hosts that receive this kind of data, each with what it is
    return tr("Sent to: %1").arg(Recipients::ofKind(profile, kind).join(QStringLiteral("; ")));
}

QString DataProvisionAgreement::closing(const VendorProfile &profile)
{
    QString text = tr("The vendor may use this information to generate statistical information "
                      "about the distribution and use of its software. The received information "
                      "is protected in accordance with the law and the vendor's rules. All of it "
                      "travels over encrypted channels.");
    if (profile.privacyPolicyUrl().isValid())
        text += QLatin1Char(' ') +
            tr("How it is processed, stored and destroyed is described in the privacy policy: "
               "%1")
                .arg(profile.privacyPolicyUrl().toString());
    return text;
}

QString DataProvisionAgreement::plainText(const VendorProfile &profile)
{
    QString text = title() + QStringLiteral("\n\n") + introduction(profile) + QLatin1Char('\n');
    for (const StatementSection &part : sections()) {
        text += QLatin1Char('\n') + part.title + QLatin1Char(':') + QLatin1Char('\n');
        text += QStringLiteral("  ") + sentTo(profile, part.kind) + QLatin1Char('\n');
        for (const PayloadField &field : part.fields)
            text += QStringLiteral("  • ") + field.vendorWording + QLatin1Char('\n');
        if (!part.note.isEmpty())
            text += QStringLiteral("  ") + part.note + QLatin1Char('\n');
    }
    return text + QLatin1Char('\n') + closing(profile) + QLatin1Char('\n');
}

QString DataProvisionAgreement::statementSha256(const VendorProfile &profile)
{
    return Crypto::sha256Hex(plainText(profile).toUtf8());
}

Result<std::optional<ConsentRecord>> DataProvisionAgreement::record() const
{
    return ConsentStore(m_database).latest(ConsentKind::DataProvision);
}

Result<bool> DataProvisionAgreement::stands() const
{
    return ConsentStore(m_database).stands(ConsentKind::DataProvision);
}

Status DataProvisionAgreement::accept(const VendorProfile &profile, const QDateTime &now)
{
    auto standing = stands();
    if (!standing)
        return standing.error();
    if (standing.value())
        return {}; // accepting twice keeps the first acceptance and its time
    if (Status s = markPresented(now); !s)
        return s;
    return ConsentStore(m_database)
        .grant(ConsentKind::DataProvision, now, statementSha256(profile));
}

Status DataProvisionAgreement::withdraw(const QDateTime &now)
{
    return ConsentStore(m_database).withdraw(ConsentKind::DataProvision, now);
}

Result<bool> DataProvisionAgreement::wasPresented() const
{
    auto value = m_database->setting(QString::fromLatin1(PresentedSetting));
    if (!value)
        return value.error();
    return !value.value().isEmpty();
}

Status DataProvisionAgreement::markPresented(const QDateTime &now)
{
    auto presented = wasPresented();
    if (!presented || presented.value())
        return presented ? Status() : Status(presented.error());
    return m_database->setSetting(QString::fromLatin1(PresentedSetting),
                                  now.toUTC().toString(Qt::ISODateWithMs));
}

Error DataProvisionAgreement::notAccepted(TransmissionKind kind)
{
    const QString what = kind == TransmissionKind::HelpLink
        ? tr("The link was not opened and nothing was sent: following links from the console "
             "sends data only under the data-provision agreement, which is not accepted.")
        : tr("Nothing was sent: database updates send data only under the data-provision "
             "agreement, which is not accepted.");
    return Error::make(ErrorCode::Refused, QStringLiteral("no-agreement"),
                       what + QLatin1Char(' ') +
                           tr("Read it and accept it in the console, or with 'lightagent-ctl "
                              "agreement show' and 'lightagent-ctl agreement accept'."));
}

Status DataProvisionAgreement::require(TransmissionKind kind) const
{
    auto standing = stands();
    if (!standing)
        return standing.error();
    return standing.value() ? Status() : Status(notAccepted(kind));
}

Result<QJsonObject> DataProvisionAgreement::toJson() const
{
    auto latest = record();
    auto presented = wasPresented();
    if (!latest || !presented)
        return latest ? presented.error() : latest.error();
    const std::optional<ConsentRecord> &r = latest.value();
    return QJsonObject {
        {QStringLiteral("accepted"), r.has_value() && r->stands()},
        {QStringLiteral("acceptedAt"), timeOrNull(r ? r->grantedAt : QDateTime())},
        {QStringLiteral("withdrawnAt"), timeOrNull(r ? r->withdrawnAt : QDateTime())},
        {QStringLiteral("statementSha256"),
         r && !r->envelopeSha256.isEmpty() ? QJsonValue(r->envelopeSha256) : QJsonValue()},
        {QStringLiteral("presented"), presented.value()},
    };
}

} // namespace LightAgent
