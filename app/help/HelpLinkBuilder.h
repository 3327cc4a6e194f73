// The localized help link of DESIGN §3.4, built exactly:
//   {helpBase}?hl={lang}&link={linkName}&pid={productType}&version={version}&helpid={pageId}
// in this order, every value percent-encoded. `hl` is the interface language when the
// profile lists help in it, else en-US. Building a link sends nothing; opening one is
// a transmission, so the link comes with its envelope for the preview and the journal.
#pragma once

#include "HelpCatalog.h"
#include "core/Result.h"
#include "provision/RequestEnvelope.h"

#include <QCoreApplication>
#include <QUrl>

namespace LightAgent {

class VendorProfile;

struct HelpLink
{
    HelpPage page;
    QString language; // the `hl` sent; empty for the privacy policy, which carries none
    QUrl url;

    // A followed link (GET), for the preview and the journal.
    RequestEnvelope envelope() const;
};

class HelpLinkBuilder
{
    Q_DECLARE_TR_FUNCTIONS(LightAgent::HelpLinkBuilder)

public:
    explicit HelpLinkBuilder(const VendorProfile &profile,
                             const HelpCatalog &catalog = HelpCatalog::builtIn());

    // The `hl` for an interface language: the profile's help language that is the same
    // tag ("ru_RU" and "ru-ru" count as "ru-RU"), else en-US.
    QString helpLanguage(const QString &uiLanguage) const;

    // NotFound "unknown-help-place" for a place the catalog does not list, and
    // "no-privacy-policy" when the profile names no privacy policy.
    Result<HelpLink> link(const QString &place, const QString &uiLanguage) const;

private:
    QUrl redirectorUrl(const HelpPage &page, const QString &language) const;

    const VendorProfile &m_profile;
    const HelpCatalog &m_catalog;
};

} // namespace LightAgent
