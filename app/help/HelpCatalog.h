// Every place in the console that offers help, with the link name and the vendor's
// page ID its help link carries (DESIGN §3.4). The catalog is a JSON file built into
// the core (resources/help/help-pages.json), so that page IDs change without code.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace LightAgent {

enum class HelpTarget {
    Redirector, // the vendor's help redirector, with the §3.4 parameters
    PrivacyPolicy, // the profile's privacy-policy URL as it stands, with no parameters
};

struct HelpPage
{
    QString place; // where in the console: "data_provision", "wizard_key_file", …
    QString linkName; // the `link` parameter
    QString pageId; // the `helpid` parameter; empty for the privacy policy
    QString titleSource; // English, as in the catalog
    HelpTarget target = HelpTarget::Redirector;

    QString title() const; // titleSource in the interface language
};

class HelpCatalog
{
    Q_DECLARE_TR_FUNCTIONS(LightAgent::HelpCatalog)

public:
    static constexpr auto BuiltInPath = ":/help/help-pages.json";

    static Result<HelpCatalog> load(const QString &path);
    // reason "bad-help-catalog" for anything malformed, naming the entry.
    static Result<HelpCatalog> parse(const QByteArray &json);
    // The catalog built into the core; empty (and logged) only if the build is broken.
    static const HelpCatalog &builtIn();
    // Whether a title is one translators were given (so title() can translate it).
    static bool isTranslatableTitle(const QString &titleSource);

    const QList<HelpPage> &pages() const { return m_pages; }
    QStringList places() const;
    std::optional<HelpPage> page(const QString &place) const;

private:
    QList<HelpPage> m_pages;
};

} // namespace LightAgent
