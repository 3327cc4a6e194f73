#include "HelpLinkBuilder.h"

#include "Language.h"
#include "core/VendorProfile.h"
#include "provision/WireNames.h"

namespace LightAgent {

namespace {

// "ru_RU", "RU-ru" → "ru-ru": tags compare by their letters, not their spelling.
QString comparable(const QString &tag)
{
    QString out = tag.trimmed().toLower();
    out.replace(QLatin1Char('_'), QLatin1Char('-'));
    return out;
}

// name=value with the value percent-encoded: everything but A-Z a-z 0-9 - . _ ~.
QByteArray parameter(QLatin1String name, const QString &value)
{
    return QByteArray(name.data(), name.size()) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

RequestEnvelope HelpLink::envelope() const
{
    return RequestEnvelope::openLink(TransmissionKind::HelpLink, url);
}

HelpLinkBuilder::HelpLinkBuilder(const VendorProfile &profile, const HelpCatalog &catalog)
    : m_profile(profile)
    , m_catalog(catalog)
{ }

QString HelpLinkBuilder::helpLanguage(const QString &uiLanguage) const
{
    const QString wanted = comparable(uiLanguage);
    for (const QString &listed : m_profile.helpLanguages()) {
        if (comparable(listed) == wanted)
            return listed; // as the vendor spells it
    }
    return QString::fromLatin1(Language::SourceTag);
}

QUrl HelpLinkBuilder::redirectorUrl(const HelpPage &page, const QString &language) const
{
    namespace Param = Wire::HelpParam;
    const QList<QByteArray> parameters = {
        parameter(Param::Language, language),
        parameter(Param::LinkName, page.linkName),
        parameter(Param::ProductType, m_profile.productType()),
        parameter(Param::Version, m_profile.helpVersion()),
        parameter(Param::PageId, page.pageId),
    };
    QUrl url = m_profile.helpBase();
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &item : parameters)
        query += (query.isEmpty() ? "" : "&") + item;
    // Already encoded: StrictMode keeps every escape exactly as written.
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

Result<HelpLink> HelpLinkBuilder::link(const QString &place, const QString &uiLanguage) const
{
    const std::optional<HelpPage> page = m_catalog.page(place);
    if (!page)
        return Error::make(ErrorCode::NotFound, QStringLiteral("unknown-help-place"),
                           tr("There is no help for \"%1\". Places with help: %2.")
                               .arg(place, m_catalog.places().join(QStringLiteral(", "))));
    if (page->target == HelpTarget::PrivacyPolicy) {
        if (m_profile.privacyPolicyUrl().isEmpty())
            return Error::make(ErrorCode::NotFound, QStringLiteral("no-privacy-policy"),
                               tr("The vendor profile names no privacy policy."));
        return HelpLink {*page, QString(), m_profile.privacyPolicyUrl()};
    }
    const QString language = helpLanguage(uiLanguage);
    return HelpLink {*page, language, redirectorUrl(*page, language)};
}

} // namespace LightAgent
