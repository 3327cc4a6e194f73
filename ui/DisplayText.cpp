#include "DisplayText.h"

#include "core/DateText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace LightAgent::DisplayText {

namespace {

QString tr(const char *text, const char *disambiguation)
{
    return QCoreApplication::translate("LightAgent::DisplayText", text, disambiguation);
}

} // namespace

QString date(QDate value)
{
    return displayDate(value);
}

QString daysLeft(int days, QDate expires)
{
    if (days > 0)
        return QLocale().toString(days);
    if (days == 0)
        return tr("0 (today is the last valid day)", "days left");
    return tr("None (expired on %1)", "days left").arg(date(expires));
}

QString jsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

QString bulleted(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines)
        out.append(QStringLiteral("• ") + line);
    return out.join(QLatin1Char('\n'));
}

} // namespace LightAgent::DisplayText
