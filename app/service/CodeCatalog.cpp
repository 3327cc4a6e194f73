#include "CodeCatalog.h"

#include "core/StrictJson.h"
#include "license/ActivationCode.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSet>

namespace LightAgent::Service {

namespace {

constexpr QLatin1String CodeField("code");
constexpr QLatin1String NoteField("note");
constexpr QLatin1String LimitField("activationLimit");
constexpr QLatin1String BlockedField("blocked");
constexpr QLatin1String ExpiredField("expired");
constexpr QLatin1String LicenseField("license");

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Service::CodeCatalog", text);
}

Error bad(const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, QStringLiteral("bad-codes"), message);
}

Status checkEntryFields(const QJsonObject &entry)
{
    static const QSet<QString> known {CodeField,    NoteField,    LimitField,
                                      BlockedField, ExpiredField, LicenseField};
    for (auto it = entry.constBegin(); it != entry.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return bad(tr("unknown field \"%1\"").arg(it.key()));
    }
    for (const QLatin1String flag : {BlockedField, ExpiredField}) {
        if (entry.contains(flag) && !entry.value(flag).isBool())
            return bad(tr("\"%1\" must be true or false").arg(flag));
    }
    return {};
}

Result<CodeRecord> parseEntry(const QJsonObject &entry)
{
    if (Status s = checkEntryFields(entry); !s)
        return s.error();
    auto code = ActivationCode::parse(entry.value(CodeField).toString());
    if (!code)
        return bad(code.error().message);
    const QJsonValue limit = entry.value(LimitField);
    if (!limit.isDouble() || limit.toDouble() != double(limit.toInt()) || limit.toInt() < 1)
        return bad(tr("\"activationLimit\" must be a whole number of at least 1"));
    if (!entry.value(LicenseField).isObject())
        return bad(tr("\"license\" must be an object"));
    auto terms = LicenseTemplate::fromJson(entry.value(LicenseField).toObject());
    if (!terms)
        return bad(terms.error().message);
    return CodeRecord {code->text(), terms.value(), limit.toInt(),
                       entry.value(BlockedField).toBool(), entry.value(ExpiredField).toBool()};
}

} // namespace

Result<QList<CodeRecord>> CodeCatalog::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("unreadable"),
                           tr("Cannot read the codes file %1: %2").arg(path, file.errorString()));
    auto codes = parse(file.readAll());
    if (!codes)
        return bad(tr("The codes file %1 is not usable: %2").arg(path, codes.error().message));
    return codes;
}

Result<QList<CodeRecord>> CodeCatalog::parse(const QByteArray &json)
{
    auto root = StrictJson::parseObject(json);
    if (!root)
        return bad(root.error().message);
    if (root->value(QLatin1String("format")).toString() != QLatin1String(Format))
        return bad(tr("it does not have the format \"%1\"").arg(QLatin1String(Format)));
    const QJsonArray entries = root->value(QLatin1String("codes")).toArray();
    QList<CodeRecord> codes;
    QSet<QString> seen;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject())
            return bad(tr("entry %1 is not an object").arg(i + 1));
        auto code = parseEntry(entries.at(i).toObject());
        if (!code)
            return bad(tr("entry %1: %2").arg(i + 1).arg(code.error().message));
        if (seen.contains(code->code))
            return bad(tr("entry %1 repeats a code listed before it").arg(i + 1));
        seen.insert(code->code);
        codes.append(code.value());
    }
    if (codes.isEmpty())
        return bad(tr("it lists no codes"));
    return codes;
}

} // namespace LightAgent::Service
