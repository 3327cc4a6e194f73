#include "LanguageLoader.h"

#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcHelp, "lightagent.help", QtWarningMsg)

namespace LightAgent::LanguageLoader {

namespace {

struct Installed
{
    QString tag = QString::fromLatin1(Language::SourceTag);
    // Owned by the application object, so they go with it; QPointer notices that.
    QPointer<QTranslator> ours;
    QPointer<QTranslator> qt;
};

Installed &current()
{
    static Installed installed;
    return installed;
}

void discard(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator.data();
    translator.clear();
}

// The core's file-local tr() helpers name their class ("LightAgent::KeyFile"), but
// lupdate files a tr() call in a free function under the enclosing namespace
// ("LightAgent"). So a message not found in its own context is looked up in the
// namespaces around it, the way lupdate filed it.
class CatalogTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override
    {
        QByteArray scope(context);
        for (;;) {
            QString text = QTranslator::translate(scope.constData(), sourceText, disambiguation, n);
            const qsizetype outer = scope.lastIndexOf("::");
            if (!text.isNull() || outer < 0)
                return text;
            scope.truncate(outer);
        }
    }
};

QTranslator *loaded(const QString &path, bool ours)
{
    QTranslator *translator = ours ? new CatalogTranslator(QCoreApplication::instance())
                                   : new QTranslator(QCoreApplication::instance());
    if (translator->load(path))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

QString catalogPath(const QString &tag)
{
    return QStringLiteral(":/i18n/lightagent_") + Language::fileCode(tag) + QStringLiteral(".qm");
}

QString qtCatalogPath(const QString &tag)
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_") +
        Language::fileCode(tag) + QStringLiteral(".qm");
}

QString install(const QString &requested)
{
    Q_ASSERT(QCoreApplication::instance());
    Installed &state = current();
    discard(state.ours);
    discard(state.qt);

    QString tag = Language::resolve(requested);
    QTranslator *ours = loaded(catalogPath(tag), true);
    if (!ours && tag != QLatin1String(Language::SourceTag)) {
        qCWarning(lcHelp, "The %s translation is missing from this build; using English.",
                  qPrintable(tag));
        tag = QString::fromLatin1(Language::SourceTag);
        ours = loaded(catalogPath(tag), true);
    }
    // English is Qt's source language: there is no qtbase_en to load.
    QTranslator *qt = nullptr;
    if (tag != QLatin1String(Language::SourceTag)) {
        qt = loaded(qtCatalogPath(tag), false);
        if (!qt)
            qCWarning(lcHelp, "Qt's own %s translation is not installed (%s).", qPrintable(tag),
                      qPrintable(qtCatalogPath(tag)));
    }

    state.tag = tag;
    QLocale::setDefault(QLocale(tag));
    // Qt's texts first, ours last: the translator installed last is asked first.
    if (qt) {
        state.qt = qt;
        QCoreApplication::installTranslator(qt);
    }
    if (ours) {
        state.ours = ours;
        QCoreApplication::installTranslator(ours);
    }
    return tag;
}

QString installed()
{
    return current().tag;
}

} // namespace LightAgent::LanguageLoader
