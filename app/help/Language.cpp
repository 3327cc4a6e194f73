#include "Language.h"

#include <QLocale>
#include <QtGlobal>

namespace LightAgent::Language {

namespace {

// The language part of a tag: "ru" for "ru_RU", "RU-ru" or "ru".
QString languagePart(const QString &tag)
{
    QString normalized = tag.trimmed();
    normalized.replace(QLatin1Char('_'), QLatin1Char('-'));
    return normalized.section(QLatin1Char('-'), 0, 0).toLower();
}

} // namespace

QList<UiLanguage> supported()
{
    return {
        {QString::fromLatin1(SourceTag), QStringLiteral("English")},
        {QStringLiteral("ru-RU"), QStringLiteral("Русский")},
        {QStringLiteral("de-DE"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr-FR"), QStringLiteral("Français")},
    };
}

QStringList supportedTags()
{
    QStringList tags;
    for (const UiLanguage &language : supported())
        tags.append(language.tag);
    return tags;
}

std::optional<QString> match(const QString &requested)
{
    const QString language = languagePart(requested);
    if (language.isEmpty())
        return std::nullopt;
    for (const UiLanguage &candidate : supported()) {
        if (languagePart(candidate.tag) == language)
            return candidate.tag;
    }
    return std::nullopt;
}

QString resolve(const QString &requested)
{
    return match(requested).value_or(QString::fromLatin1(SourceTag));
}

QString fromSystem()
{
    for (const QString &preferred : QLocale::system().uiLanguages()) {
        if (auto tag = match(preferred))
            return *tag;
    }
    return QString::fromLatin1(SourceTag);
}

QString fileCode(const QString &tag)
{
    return languagePart(tag);
}

QString nativeName(const QString &tag)
{
    for (const UiLanguage &language : supported()) {
        if (language.tag == tag)
            return language.nativeName;
    }
    return tag;
}

QString fromEnvironment()
{
    QString messages;
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        messages = qEnvironmentVariable(variable);
        if (!messages.isEmpty())
            break;
    }
    const QString codeset = messages.section(QLatin1Char('.'), 0, 0);
    if (codeset.isEmpty() || codeset == QLatin1String("C") || codeset == QLatin1String("POSIX"))
        return QString::fromLatin1(SourceTag);
    const QStringList preferred =
        qEnvironmentVariable("LANGUAGE").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &language : preferred) {
        if (auto tag = match(language))
            return *tag;
    }
    return resolve(messages);
}

} // namespace LightAgent::Language
