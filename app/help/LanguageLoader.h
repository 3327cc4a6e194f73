// Loads the console's translation and Qt's own (qtbase, so standard dialogs and
// buttons match) into the application, replacing whatever was loaded before. One
// language per process: translators are application-wide in Qt. The GUI switches
// through it live; lightagent-ctl's --lang uses it once.
#pragma once

#include <QString>

namespace LightAgent::LanguageLoader {

// The embedded translation of a language: ":/i18n/lightagent_ru.qm".
QString catalogPath(const QString &tag);
// Qt's translation of its own texts for a language, from Qt's installation.
QString qtCatalogPath(const QString &tag);

// Installs the supported language closest to `requested` (Language::resolve), sets
// the default QLocale to it for dates and numbers, and returns the BCP 47 tag of the
// translation actually loaded: "en-US" when the catalog could not be loaded. Needs a
// QCoreApplication; sends it QEvent::LanguageChange.
QString install(const QString &requested);
// The BCP 47 tag of the translation loaded now; "en-US" before any install().
QString installed();

} // namespace LightAgent::LanguageLoader
