#include "DateText.h"

#include <QLocale>

namespace LightAgent {

namespace {

// Every run of 'y' becomes "yyyy" ("M/d/yy" -> "M/d/yyyy").
QString withFourDigitYear(const QString &format)
{
    if (format.contains(QLatin1String("yyyy")))
        return format;
    QString result;
    result.reserve(format.size() + 2);
    for (qsizetype i = 0; i < format.size();) {
        if (format.at(i) != u'y') {
            result += format.at(i++);
            continue;
        }
        while (i < format.size() && format.at(i) == u'y')
            ++i;
        result += QLatin1String("yyyy");
    }
    return result;
}

} // namespace

QString displayDate(QDate date)
{
    if (!date.isValid())
        return QString();
    const QLocale locale;
    return locale.toString(date, withFourDigitYear(locale.dateFormat(QLocale::ShortFormat)));
}

QString displayDateTime(const QDateTime &time, bool withSeconds)
{
    if (!time.isValid())
        return QString();
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    if (withSeconds && !timeFormat.contains(QLatin1Char('s')))
        timeFormat.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    return displayDate(local.date()) + QLatin1Char(' ') + locale.toString(local.time(), timeFormat);
}

} // namespace LightAgent
