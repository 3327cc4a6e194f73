// Facts about the SVM's operating system, as the activation request names them
// (DESIGN §3.1 "os"). Collected only when a request needs them.
#pragma once

#include <QJsonObject>
#include <QString>

namespace LightAgent {

struct OsFacts
{
    QString family; // "Linux"
    QString version; // VERSION_ID, "12"
    QString edition; // NAME, "Debian GNU/Linux"
    QString build; // kernel release, "6.1.0-18-amd64"
    QString updateNumber; // point release where the OS has one, "9" of Debian 12.9
    QString extendedEdition; // PRETTY_NAME and the CPU architecture

    static OsFacts collect();
    // For tests: parse an os-release text and a point-release string.
    static OsFacts fromOsRelease(const QByteArray &osRelease, const QString &pointRelease,
                                 const QString &kernelType, const QString &kernelVersion,
                                 const QString &architecture);
    QJsonObject toJson() const;
};

} // namespace LightAgent
