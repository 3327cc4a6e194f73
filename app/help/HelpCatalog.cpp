#include "HelpCatalog.h"

#include "core/StrictJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <iterator>

Q_DECLARE_LOGGING_CATEGORY(lcHelp)

namespace LightAgent {

namespace {

constexpr auto Context = "LightAgent::HelpCatalog";
constexpr qint64 MaxCatalogSize = 256 * 1024;
constexpr auto Format = "lightagent-help/1";

// The titles of help-pages.json, spelled out here because lupdate reads C++, not
// JSON; tst_helplinkbuilder checks that the built-in catalog uses no other title.
constexpr const char *TranslatableTitles[] = {
    QT_TRANSLATE_NOOP("LightAgent::HelpCatalog", "About the license"),
    QT_TRANSLATE_NOOP("LightAgent::HelpCatalog", "About license keys"),
    QT_TRANSLATE_NOOP("LightAgent::HelpCatalog", "Activating the solution"),
    QT_TRANSLATE_NOOP("LightAgent::HelpCatalog", "About data provision"),
    QT_TRANSLATE_NOOP("LightAgent::HelpCatalog", "About the subscription"),
    QT_TRANSLATE_NOOP("LightAgent::HelpCatalog", "Replacing a key"),
    QT_TRANSLATE_NOOP("LightAgent::HelpCatalog", "Privacy policy"),
};

Error catalogError(const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, QStringLiteral("bad-help-catalog"), message);
}

bool isName(const QString &text)
{
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return name.match(text).hasMatch();
}

bool isPageId(const QString &text)
{
    static const QRegularExpression id(QStringLiteral("^[0-9]{1,12}$"));
    return id.match(text).hasMatch();
}

Result<HelpPage> parsePage(const QJsonObject &entry, qsizetype index)
{
    HelpPage page;
    page.place = entry.value(QLatin1String("place")).toString();
    page.linkName = entry.value(QLatin1String("link")).toString();
    page.pageId = entry.value(QLatin1String("pageId")).toString();
    page.titleSource = entry.value(QLatin1String("title")).toString().trimmed();
    const QString target = entry.value(QLatin1String("target")).toString();
    //: %1 is the position of the entry in the help catalog, counting from 1
    const QString where = HelpCatalog::tr("Help catalog entry %1").arg(index + 1);
    if (!isName(page.place) || !isName(page.linkName))
        return catalogError(
            HelpCatalog::tr("%1 needs a \"place\" and a \"link\" of lower-case letters, digits "
                            "and underscores.")
                .arg(where));
    if (page.titleSource.isEmpty())
        return catalogError(HelpCatalog::tr("%1 (%2) has no title.").arg(where, page.place));
    if (target == QLatin1String("privacy-policy")) {
        page.target = HelpTarget::PrivacyPolicy;
        page.pageId.clear();
    } else if (!target.isEmpty() && target != QLatin1String("redirector")) {
        return catalogError(HelpCatalog::tr("%1 (%2) names an unknown target \"%3\".")
                                .arg(where, page.place, target));
    } else if (!isPageId(page.pageId)) {
        return catalogError(
            HelpCatalog::tr("%1 (%2) needs a \"pageId\" of digits.").arg(where, page.place));
    }
    return page;
}

} // namespace

QString HelpPage::title() const
{
    return QCoreApplication::translate(Context, titleSource.toUtf8().constData());
}

Result<HelpCatalog> HelpCatalog::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("unreadable"),
                           tr("Cannot read the help catalog %1: %2").arg(path, file.errorString()));
    return parse(file.read(MaxCatalogSize));
}

Result<HelpCatalog> HelpCatalog::parse(const QByteArray &json)
{
    auto root = StrictJson::parseObject(json);
    if (!root)
        return catalogError(tr("The help catalog is not valid JSON: %1").arg(root.error().message));
    if (root->value(QLatin1String("format")).toString() != QLatin1String(Format))
        return catalogError(
            tr("The help catalog's format is not \"%1\".").arg(QLatin1String(Format)));
    HelpCatalog catalog;
    const QJsonArray entries = root->value(QLatin1String("pages")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        auto page = parsePage(entries.at(i).toObject(), i);
        if (!page)
            return page.error();
        if (catalog.page(page->place))
            return catalogError(
                tr("The help catalog lists the place \"%1\" twice.").arg(page->place));
        catalog.m_pages.append(page.value());
    }
    if (catalog.m_pages.isEmpty())
        return catalogError(tr("The help catalog lists no pages."));
    return catalog;
}

const HelpCatalog &HelpCatalog::builtIn()
{
    static const HelpCatalog catalog = [] {
        auto loaded = load(QString::fromLatin1(BuiltInPath));
        if (loaded)
            return loaded.value();
        qCCritical(lcHelp, "The built-in help catalog is broken: %s",
                   qPrintable(loaded.error().message));
        return HelpCatalog();
    }();
    return catalog;
}

bool HelpCatalog::isTranslatableTitle(const QString &titleSource)
{
    return std::any_of(std::begin(TranslatableTitles), std::end(TranslatableTitles),
                       [&](const char *title) { return titleSource == QLatin1String(title); });
}

QStringList HelpCatalog::places() const
{
    QStringList out;
    for (const HelpPage &page : m_pages)
        out.append(page.place);
    return out;
}

std::optional<HelpPage> HelpCatalog::page(const QString &place) const
{
    for (const HelpPage &page : m_pages) {
        if (page.place == place)
            return page;
    }
    return std::nullopt;
}

} // namespace LightAgent
