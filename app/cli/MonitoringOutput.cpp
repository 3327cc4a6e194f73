#include "MonitoringOutput.h"

#include "provision/DatabaseBundle.h"

#include <QCoreApplication>
#include <QStringList>

namespace LightAgent::Ctl {

namespace {

constexpr auto Prefix = "LIGHTAGENT LICENSE ";

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Ctl", text);
}

const char *stateWord(NagiosState state)
{
    switch (state) {
    case NagiosOk:
        return "OK";
    case NagiosWarning:
        return "WARNING";
    case NagiosCritical:
        return "CRITICAL";
    case NagiosUnknown:
        return "UNKNOWN";
    }
    return "UNKNOWN";
}

NagiosState stateOf(WarningLevel level)
{
    switch (level) {
    case WarningLevel::Ok:
        return NagiosOk;
    case WarningLevel::Warning:
        return NagiosWarning;
    case WarningLevel::Critical:
        return NagiosCritical;
    }
    return NagiosUnknown;
}

QString statusLine(NagiosState state, const QString &sentence, const QString &perfdata)
{
    QString line = QLatin1String(Prefix) + QLatin1String(stateWord(state)) + QStringLiteral(" - ") +
        nagiosText(sentence);
    if (!perfdata.isEmpty())
        line += QStringLiteral(" | ") + perfdata;
    return line;
}

// One metric family: its HELP and TYPE lines, then its samples.
class Family
{
public:
    Family(const char *name, const char *help)
        : m_name(QString::fromLatin1(name))
    {
        m_text = QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n")
                     .arg(m_name, QString::fromLatin1(help));
    }
    Family &sample(qint64 value, const QList<QPair<const char *, QString>> &labels = {})
    {
        QStringList pairs;
        for (const auto &[label, text] : labels)
            pairs.append(QString::fromLatin1(label) + QStringLiteral("=\"") +
                         prometheusLabelValue(text) + QLatin1Char('"'));
        m_text += m_name;
        if (!pairs.isEmpty())
            m_text += QLatin1Char('{') + pairs.join(QLatin1Char(',')) + QLatin1Char('}');
        m_text += QLatin1Char(' ') + QString::number(value) + QLatin1Char('\n');
        return *this;
    }
    QString text() const { return m_text; }

private:
    QString m_name;
    QString m_text;
};

Family readable(bool ok)
{
    return Family("lightagent_state_readable",
                  "Whether the license state could be read (1) or not (0).")
        .sample(ok ? 1 : 0);
}

} // namespace

QString nagiosText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('|'))
            clean += QLatin1Char('/');
        else if (c.isSpace() || c.category() == QChar::Other_Control ||
                 c.category() == QChar::Other_Format)
            clean += QLatin1Char(' ');
        else
            clean += c;
    }
    return clean.simplified();
}

NagiosResult nagiosResult(const LicenseWarnings &warnings, const QDateTime &databasesReleased,
                          const QDateTime &now)
{
    // Fewer days left is worse: "@~:N" alerts at N days and below.
    QString perfdata = QStringLiteral("days_left=%1;@~:%2;@~:%3;;")
                           .arg(warnings.daysLeft())
                           .arg(warnings.thresholds().warningDays())
                           .arg(warnings.thresholds().criticalDays());
    if (databasesReleased.isValid())
        perfdata += QStringLiteral(" databases_age=%1s;%2;%3;0;")
                        .arg(qMax<qint64>(0, databasesReleased.secsTo(now)))
                        .arg(qint64(DatabaseBundle::OutdatedAfterDays) * 86400)
                        .arg(qint64(DatabaseBundle::ObsoleteAfterDays) * 86400);
    const NagiosState state = stateOf(warnings.level());
    return NagiosResult {statusLine(state, warnings.sentence(), perfdata), state};
}

NagiosResult nagiosUnknown(const QString &why)
{
    return NagiosResult {
        statusLine(NagiosUnknown, tr("The license state cannot be read: %1").arg(why), QString()),
        NagiosUnknown};
}

QString prometheusLabelValue(const QString &value)
{
    QString escaped;
    for (QChar c : value) {
        if (c == QLatin1Char('\\'))
            escaped += QStringLiteral("\\\\");
        else if (c == QLatin1Char('"'))
            escaped += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QString prometheusText(const LicenseState &state, const LicenseWarnings &warnings,
                       const QDateTime &databasesReleased, const QDateTime &now)
{
    QString text = readable(true).text();

    Family status("lightagent_license_status",
                  "The license status: 1 for the current one, 0 for the others.");
    for (LicenseStatus s :
         {LicenseStatus::NotActivated, LicenseStatus::Valid, LicenseStatus::ExpiresSoon,
          LicenseStatus::GracePeriod, LicenseStatus::Expired, LicenseStatus::Blocked})
        status.sample(s == state.status() ? 1 : 0, {{"status", toWireName(s)}});
    text += status.text();

    Family functionality("lightagent_license_functionality",
                         "The functionality level: 1 for the current one, 0 for the others.");
    for (Functionality f : {Functionality::Full, Functionality::Limited, Functionality::None})
        functionality.sample(f == state.functionality() ? 1 : 0, {{"level", toWireName(f)}});
    text += functionality.text();

    text += Family("lightagent_license_warning_level",
                   "The warning policy's verdict: 0 OK, 1 WARNING, 2 CRITICAL.")
                .sample(int(warnings.level()))
                .text();
    text += Family("lightagent_license_covered_days_left",
                   "Days until the license stops covering with full functionality, counting a "
                   "reserve key that takes over without a gap (negative after that day).")
                .sample(warnings.daysLeft())
                .text();
    text += Family("lightagent_license_warn_days",
                   "Days left at which the warning state begins (the largest threshold).")
                .sample(warnings.thresholds().warningDays())
                .text();

    Family daysLeft("lightagent_license_days_left",
                    "Days from today to the key's last valid day (0 on that day, negative after).");
    bool anyKey = false;
    for (const auto &[slot, key] :
         {std::pair {"active", &state.active()}, std::pair {"reserve", &state.reserve()}}) {
        if (!*key)
            continue;
        anyKey = true;
        daysLeft.sample(
            LicenseState::daysLeft((*key)->license(), state.today()),
            {{"slot", QString::fromLatin1(slot)}, {"serial", (*key)->license().serial}});
    }
    if (anyKey)
        text += daysLeft.text();

    text += Family("lightagent_databases_installed",
                   "Whether anti-virus databases are installed (1) or not (0).")
                .sample(databasesReleased.isValid() ? 1 : 0)
                .text();
    if (databasesReleased.isValid())
        text += Family("lightagent_databases_age_seconds",
                       "Seconds since the installed databases were released.")
                    .sample(qMax<qint64>(0, databasesReleased.secsTo(now)))
                    .text();
    return text;
}

QString prometheusUnreadable()
{
    return readable(false).text();
}

} // namespace LightAgent::Ctl
