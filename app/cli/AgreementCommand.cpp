#include "AgreementCommand.h"

#include "CtlContext.h"
#include "CtlOutput.h"
#include "MaintenanceStatus.h"
#include "core/Clock.h"
#include "core/ExitCodes.h"
#include "provision/DataProvisionAgreement.h"
#include "provision/Recipients.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace LightAgent::Ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Ctl", text);
}

// The same in every language: the hosts, not the words describing them.
QJsonArray hosts(const VendorProfile &profile, TransmissionKind kind)
{
    QJsonArray names;
    for (const QUrl &url : Recipients::urls(profile, kind))
        names.append(Recipients::host(url));
    return names;
}

QJsonObject statementJson(const VendorProfile &profile)
{
    QJsonArray sections;
    for (const StatementSection &part : DataProvisionAgreement::sections()) {
        QJsonArray fields;
        for (const PayloadField &field : part.fields)
            fields.append(QJsonObject {{QStringLiteral("key"), field.key},
                                       {QStringLiteral("vendorWording"), field.vendorWording}});
        sections.append(
            QJsonObject {{QStringLiteral("kind"), toWireName(part.kind)},
                         {QStringLiteral("title"), part.title},
                         {QStringLiteral("coveredByAgreement"), part.coveredByAgreement},
                         {QStringLiteral("note"), part.note},
                         {QStringLiteral("hosts"), hosts(profile, part.kind)},
                         {QStringLiteral("fields"), fields}});
    }
    return QJsonObject {
        {QStringLiteral("title"), DataProvisionAgreement::title()},
        {QStringLiteral("introduction"), DataProvisionAgreement::introduction(profile)},
        {QStringLiteral("sections"), sections},
        {QStringLiteral("closing"), DataProvisionAgreement::closing(profile)},
        {QStringLiteral("sha256"), DataProvisionAgreement::statementSha256(profile)},
    };
}

QString stateLine(const QJsonObject &agreement)
{
    const auto time = [&](const char *name) {
        return timeText(QDateTime::fromString(agreement.value(QLatin1String(name)).toString(),
                                              Qt::ISODateWithMs));
    };
    if (agreement.value(QStringLiteral("accepted")).toBool())
        return tr("The agreement was accepted on %1.").arg(time("acceptedAt"));
    if (agreement.value(QStringLiteral("withdrawnAt")).isString())
        return tr("The agreement was withdrawn on %1: updates and help links send nothing.")
            .arg(time("withdrawnAt"));
    return tr("The agreement is not accepted: updates and help links send nothing. Accept it "
              "with 'lightagent-ctl agreement accept'.");
}

int show(CtlContext &context, const VendorProfile &profile, DataProvisionAgreement &agreement)
{
    auto state = agreement.toJson();
    if (!state)
        return fail(state.error(), context.json());
    if (context.json()) {
        outJson(QJsonObject {{QStringLiteral("statement"), statementJson(profile)},
                             {QStringLiteral("agreement"), state.value()}});
        return ExitOk;
    }
    out(DataProvisionAgreement::plainText(profile));
    out(stateLine(state.value()));
    return ExitOk;
}

int change(CtlContext &context, const VendorProfile &profile, DataProvisionAgreement &agreement,
           bool accept)
{
    const QDateTime now = Clock::instance().now();
    const Status changed = accept ? agreement.accept(profile, now) : agreement.withdraw(now);
    if (!changed)
        return fail(changed.error(), context.json());
    auto state = agreement.toJson();
    if (!state)
        return fail(state.error(), context.json());
    if (context.json()) {
        outJson(QJsonObject {{QStringLiteral("agreement"), state.value()}});
        return ExitOk;
    }
    out(stateLine(state.value()));
    if (accept)
        out(tr("Database updates and followed links may now send the data listed by "
               "'lightagent-ctl agreement show'. Activation with a code still asks each time."));
    return ExitOk;
}

} // namespace

int runAgreement(CtlContext &context)
{
    const QStringList args = context.arguments();
    const QString verb = args.value(0, QStringLiteral("show"));
    const bool known = verb == QLatin1String("show") || verb == QLatin1String("accept") ||
        verb == QLatin1String("withdraw");
    if (args.size() > 1 || !known)
        return context.usage(tr("Use 'agreement [show|accept|withdraw] [--json]'."));
    auto profile = context.profile();
    auto database = context.database();
    if (!profile || !database)
        return fail(profile ? database.error() : profile.error(), context.json());
    DataProvisionAgreement agreement(database.value());
    if (verb == QLatin1String("show"))
        return show(context, *profile.value(), agreement);
    return change(context, *profile.value(), agreement, verb == QLatin1String("accept"));
}

} // namespace LightAgent::Ctl
