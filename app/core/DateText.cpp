#include "DateText.h"

#include <QLocale>
#include <QRegularExpression>

namespace LightAgent {

QString displayDate(QDate date)
{
    if (!date.isValid())
        return QString();
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QRegularExpression(QStringLiteral("y+")), QStringLiteral("yyyy"));
    return locale.toString(date, format);
}

} // namespace LightAgent
