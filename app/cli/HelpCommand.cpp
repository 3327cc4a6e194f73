#include "HelpCommand.h"

#include "CtlContext.h"
#include "CtlOutput.h"
#include "core/ExitCodes.h"
#include "help/HelpCatalog.h"
#include "help/HelpLinkBuilder.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace LightAgent::Ctl {

namespace {

// lupdate files the tr() calls of these free functions under the namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Ctl", text);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString targetName(HelpTarget target)
{
    return target == HelpTarget::PrivacyPolicy ? QStringLiteral("privacy-policy")
                                               : QStringLiteral("redirector");
}

QJsonObject pageJson(const HelpPage &page)
{
    return {{QStringLiteral("place"), page.place},
            {QStringLiteral("linkName"), page.linkName},
            {QStringLiteral("pageId"), orNull(page.pageId)},
            {QStringLiteral("title"), page.title()},
            {QStringLiteral("target"), targetName(page.target)}};
}

QString padded(const QString &text, qsizetype width)
{
    return text.leftJustified(width) + QStringLiteral("  ");
}

} // namespace

int runHelpUrl(CtlContext &context)
{
    const QStringList args = context.arguments();
    if (args.size() != 1)
        return context.usage(tr("help-url needs exactly one PLACE; 'lightagent-ctl help-pages' "
                                "lists them."));
    auto profile = context.profile();
    if (!profile)
        return fail(profile.error(), context.json());
    auto link = HelpLinkBuilder(*profile.value()).link(args.constFirst(), context.localization());
    if (!link) {
        if (link.error().reason == QLatin1String("unknown-help-place"))
            return context.usage(link.error().message);
        return fail(link.error(), context.json());
    }
    const QString url = link->url.toString(QUrl::FullyEncoded);
    if (context.json()) {
        QJsonObject json = pageJson(link->page);
        json.insert(QStringLiteral("url"), url);
        json.insert(QStringLiteral("lang"), orNull(link->language));
        outJson(json);
    } else {
        out(url);
    }
    return ExitOk;
}

int runHelpPages(CtlContext &context)
{
    if (!context.arguments().isEmpty())
        return context.usage(tr("help-pages takes no arguments."));
    const QList<HelpPage> &pages = HelpCatalog::builtIn().pages();
    if (context.json()) {
        QJsonArray list;
        for (const HelpPage &page : pages)
            list.append(pageJson(page));
        outJson(QJsonObject {{QStringLiteral("pages"), list}});
        return ExitOk;
    }
    //: Column headings of 'lightagent-ctl help-pages'
    const QString placeHeading = tr("PLACE");
    const QString idHeading = tr("PAGE ID");
    qsizetype placeWidth = placeHeading.size();
    for (const HelpPage &page : pages)
        placeWidth = qMax(placeWidth, page.place.size());
    const qsizetype idWidth = qMax<qsizetype>(idHeading.size(), 6);
    out(padded(placeHeading, placeWidth) + padded(idHeading, idWidth) + tr("TOPIC"));
    for (const HelpPage &page : pages) {
        //: help-pages: the privacy policy has no page ID; it is the vendor profile's own URL
        const QString id = page.pageId.isEmpty() ? tr("(URL)") : page.pageId;
        out(padded(page.place, placeWidth) + padded(id, idWidth) + page.title());
    }
    out(QString());
    out(tr("Print a link with 'lightagent-ctl help-url PLACE [--lang TAG]'. Printing a link sends "
           "nothing."));
    return ExitOk;
}

} // namespace LightAgent::Ctl
