#include "Recipients.h"

#include "core/VendorProfile.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace LightAgent::Recipients {

namespace {

QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("LightAgent::Recipients", text, comment);
}

bool isThisComputer(const QUrl &url)
{
    const QString name = url.host();
    return name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        QHostAddress(name).isLoopback();
}

bool isPrivacyPolicy(const VendorProfile &profile, const QUrl &url)
{
    const QUrl policy = profile.privacyPolicyUrl();
    return policy.isValid() &&
        url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment) ==
        policy.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString role(const VendorProfile &profile, const QUrl &url, TransmissionKind kind)
{
    switch (kind) {
    case TransmissionKind::Activation:
    case TransmissionKind::LicenseCheck:
        //: What receives activations and license checks; inserted in "HOST (%1 …)"
        return tr("the licensing service", "recipient");
    case TransmissionKind::DatabaseUpdate:
        //: What receives database update requests; inserted in "HOST (%1 …)"
        return tr("the update service", "recipient");
    case TransmissionKind::HelpLink:
        break;
    }
    return isPrivacyPolicy(profile, url)
        //: The site of the privacy policy link; inserted in "HOST (%1 …)"
        ? tr("the privacy policy's site", "recipient")
        //: The site that help links go to and that redirects to the help page
        : tr("the help redirector", "recipient");
}

} // namespace

QString host(const QUrl &url)
{
    const int port = url.port();
    return port < 0 || port == 443 ? url.host()
                                   : url.host() + QLatin1Char(':') + QString::number(port);
}

QString describe(const VendorProfile &profile, const QUrl &url, TransmissionKind kind)
{
    const QString what = role(profile, url, kind);
    if (isThisComputer(url))
        //: %1 a host, %2 what it is ("the update service")
        return tr("%1 (%2, on this computer)", "recipient").arg(host(url), what);
    if (profile.isDemo())
        //: The demo profile's links lead to a real vendor's site, not to the demo vendor.
        //: %1 a host, %2 what it is, %3 the demo vendor's name
        return tr("%1 (%2: a public site of a real vendor, not of %3)", "recipient")
            .arg(host(url), what, profile.vendorName());
    //: %1 a host, %2 what it is ("the update service"), %3 the vendor's name
    return tr("%1 (%2 of %3)", "recipient").arg(host(url), what, profile.vendorName());
}

QList<QUrl> urls(const VendorProfile &profile, TransmissionKind kind)
{
    switch (kind) {
    case TransmissionKind::Activation:
    case TransmissionKind::LicenseCheck:
        return {profile.activationUrl()};
    case TransmissionKind::DatabaseUpdate:
        return {profile.updateUrl()};
    case TransmissionKind::HelpLink:
        break;
    }
    QList<QUrl> links {profile.helpBase()};
    if (profile.privacyPolicyUrl().isValid())
        links.append(profile.privacyPolicyUrl());
    return links;
}

QStringList ofKind(const VendorProfile &profile, TransmissionKind kind)
{
    QStringList hosts;
    for (const QUrl &url : urls(profile, kind))
        hosts.append(describe(profile, url, kind));
    return hosts;
}

} // namespace LightAgent::Recipients
