#include "PayloadCatalog.h"

#include "WireNames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace LightAgent::PayloadCatalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::PayloadCatalog", text);
}

QString key(QLatin1String name)
{
    return QString(name);
}

QString osKey(QLatin1String name)
{
    return QString(Wire::Field::Os) + QLatin1Char('.') + QString(name);
}

QList<PayloadField> activationFields()
{
    using namespace Wire;
    return {
        {key(Field::ActivationCode), tr("Activation code")},
        {key(Field::SvmDateTime), tr("Date and time on the SVM")},
        {key(Field::SolutionId), tr("Solution ID")},
        {key(Field::LicenseSolutionId), tr("Solution ID obtained from the license")},
        {key(Field::CompatibleApplicationIds),
         tr("IDs of compatible applications that can be activated on the SVM")},
        {key(Field::SolutionVersion), tr("Full version of the solution")},
        {key(Field::Localization), tr("Localization of the solution (interface language)")},
        {key(Field::SvmId), tr("Unique ID of the SVM")},
        {key(Field::InstallationId), tr("Solution installation ID")},
        {osKey(OsField::Family), tr("Operating system family")},
        {osKey(OsField::Version), tr("Operating system version")},
        {osKey(OsField::Edition), tr("Operating system edition")},
        {osKey(OsField::Build), tr("Operating system build number")},
        {osKey(OsField::UpdateNumber), tr("Operating system update number")},
        {osKey(OsField::ExtendedEdition),
         tr("Extended information about the operating system edition")},
    };
}

QList<PayloadField> updateFields()
{
    using namespace Wire;
    return {
        {key(Field::SolutionId), tr("ID of the solution")},
        {key(UpdateField::LicenseId), tr("ID of the current license")},
        {key(Field::InstallationId), tr("Unique ID of the solution installation")},
        {key(UpdateField::UpdateTaskId), tr("Unique ID of the update task start")},
        {key(Field::SolutionVersion), tr("Full version of the solution")},
    };
}

QList<PayloadField> helpLinkFields()
{
    using namespace Wire;
    return {
        {key(HelpParam::Language), tr("Interface language of the solution")},
        {key(HelpParam::LinkName), tr("Name of the link to the web page being accessed")},
        {key(HelpParam::ProductType), tr("Type of the solution")},
        {key(HelpParam::Version), tr("Version of the solution")},
        {key(HelpParam::PageId), tr("ID of the web page being accessed")},
    };
}

QString displayValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull())
        return QStringLiteral("null");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::number(value.toDouble(), 'g', 17);
}

} // namespace

QList<PayloadField> fields(TransmissionKind kind)
{
    switch (kind) {
    case TransmissionKind::Activation:
    case TransmissionKind::LicenseCheck:
        return activationFields();
    case TransmissionKind::DatabaseUpdate:
        return updateFields();
    case TransmissionKind::HelpLink:
        return helpLinkFields();
    }
    return {};
}

QString vendorWording(TransmissionKind kind, const QString &key)
{
    for (const PayloadField &field : fields(kind)) {
        if (field.key == key)
            return field.vendorWording;
    }
    return tr("(not in the vendor's list)");
}

QString whenSent(TransmissionKind kind)
{
    switch (kind) {
    case TransmissionKind::Activation:
        return tr("When an activation code is applied to activate the solution.");
    case TransmissionKind::LicenseCheck:
        return tr("Periodically after activation with a code, to verify that the solution is "
                  "used appropriately.");
    case TransmissionKind::DatabaseUpdate:
        return tr("When databases and application modules are updated.");
    case TransmissionKind::HelpLink:
        return tr("When you follow a link from the console's interface.");
    }
    return {};
}

QList<QPair<QString, QString>> rows(TransmissionKind kind, const QJsonObject &body)
{
    QList<QPair<QString, QString>> out;
    QStringList seen;
    for (const PayloadField &field : fields(kind)) {
        const qsizetype dot = field.key.indexOf(QLatin1Char('.'));
        const QJsonValue value = dot < 0
            ? body.value(field.key)
            : body.value(field.key.left(dot)).toObject().value(field.key.mid(dot + 1));
        if (value.isUndefined())
            continue;
        out.append({field.key, displayValue(value)});
        seen.append(dot < 0 ? field.key : field.key.left(dot));
    }
    // Anything the catalog does not name is still shown: nothing is sent unseen.
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!seen.contains(it.key()))
            out.append({it.key(), displayValue(it.value())});
    }
    return out;
}

} // namespace LightAgent::PayloadCatalog
