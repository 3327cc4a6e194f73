#include "OsFacts.h"

#include <QFile>
#include <QHash>
#include <QSysInfo>

namespace LightAgent {

namespace {

QHash<QString, QString> parseOsRelease(const QByteArray &text)
{
    QHash<QString, QString> fields;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        const qsizetype eq = line.indexOf('=');
        if (line.startsWith('#') || eq <= 0)
            continue;
        QByteArray value = line.mid(eq + 1);
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
            value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        fields.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(value));
    }
    return fields;
}

QByteArray readSmall(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(64 * 1024) : QByteArray();
}

} // namespace

OsFacts OsFacts::fromOsRelease(const QByteArray &osRelease, const QString &pointRelease,
                               const QString &kernelType, const QString &kernelVersion,
                               const QString &architecture)
{
    const auto fields = parseOsRelease(osRelease);
    OsFacts facts;
    facts.family =
        kernelType.isEmpty() ? QString() : kernelType.left(1).toUpper() + kernelType.mid(1);
    facts.version = fields.value(QStringLiteral("VERSION_ID"));
    facts.edition = fields.value(QStringLiteral("NAME"));
    facts.build = kernelVersion;
    // "12.9" on Debian: the part after the major version is the update number.
    const QString point = pointRelease.trimmed();
    if (!facts.version.isEmpty() && point.startsWith(facts.version + QLatin1Char('.')))
        facts.updateNumber = point.mid(facts.version.size() + 1);
    const QString pretty = fields.value(QStringLiteral("PRETTY_NAME"), facts.edition);
    facts.extendedEdition = architecture.isEmpty()
        ? pretty
        : pretty + QStringLiteral(" (") + architecture + QLatin1Char(')');
    return facts;
}

OsFacts OsFacts::collect()
{
    QByteArray osRelease = readSmall(QStringLiteral("/etc/os-release"));
    if (osRelease.isEmpty())
        osRelease = readSmall(QStringLiteral("/usr/lib/os-release"));
    const QString point = QString::fromUtf8(readSmall(QStringLiteral("/etc/debian_version")));
    return fromOsRelease(osRelease, point, QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                         QSysInfo::currentCpuArchitecture());
}

QJsonObject OsFacts::toJson() const
{
    return QJsonObject {{QStringLiteral("family"), family},
                        {QStringLiteral("version"), version},
                        {QStringLiteral("edition"), edition},
                        {QStringLiteral("build"), build},
                        {QStringLiteral("updateNumber"), updateNumber},
                        {QStringLiteral("extendedEdition"), extendedEdition}};
}

} // namespace LightAgent
