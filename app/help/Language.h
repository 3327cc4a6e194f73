// The console's interface languages: which exist, and how a tag someone typed or the
// system reports ("ru", "ru_RU", "ru-RU") becomes one of them. English is the source
// language and the fallback for everything else.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace LightAgent::Language {

inline constexpr auto SourceTag = "en-US";

struct UiLanguage
{
    QString tag; // BCP 47, e.g. "ru-RU"
    QString nativeName; // in its own language ("Русский"), never translated
};

// en-US, ru-RU, de-DE, fr-FR, in the order the language menu lists them.
QList<UiLanguage> supported();
QStringList supportedTags();

// The supported language a tag names, matched on its language part ("ru", "ru_RU",
// "RU-ru" and "ru-UA" all give "ru-RU"); nothing when no supported language matches.
std::optional<QString> match(const QString &requested);
// match(), falling back to English.
QString resolve(const QString &requested);
// The first of the system's preferred UI languages that the console speaks, else English.
QString fromSystem();
// The language a command-line tool follows, as gettext does: the message locale is the
// first set of LC_ALL, LC_MESSAGES, LANG; "C" or "POSIX" (or none) means English.
// Otherwise the first language of LANGUAGE's list that the console speaks, else the
// message locale's language, else English.
QString fromEnvironment();

// "ru" for "ru-RU": the part of a translation file's name.
QString fileCode(const QString &tag);
QString nativeName(const QString &tag);

} // namespace LightAgent::Language
