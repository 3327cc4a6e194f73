#include "LanguageMenu.h"

#include "ConsoleSession.h"
#include "LanguageManager.h"
#include "MessageBox.h"
#include "help/Language.h"

#include <QActionGroup>
#include <QEvent>

namespace LightAgent {

namespace {

constexpr auto TagProperty = "languageTag";

} // namespace

LanguageMenu::LanguageMenu(ConsoleSession &session, QWidget *parent)
    : QMenu(parent)
    , m_session(session)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("menuLanguage"));
    m_group->setExclusive(true);
    for (const Language::UiLanguage &language : Language::supported()) {
        // Each language in its own words: whoever cannot read the current one finds theirs.
        QAction *action = addAction(language.nativeName);
        action->setObjectName(QStringLiteral("actionLanguage_") + Language::fileCode(language.tag));
        action->setProperty(TagProperty, language.tag);
        action->setCheckable(true);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, tag = language.tag] {
            if (Status saved = m_session.languages()->setLanguage(tag); !saved)
                MessageBox::warning(parentWidget(), tr("Language"), saved.error().message);
        });
    }
    connect(m_session.languages(), &LanguageManager::languageChanged, this, &LanguageMenu::check);
    check(m_session.localization());
    retranslateUi();
}

QAction *LanguageMenu::action(const QString &tag) const
{
    for (QAction *candidate : m_group->actions()) {
        if (candidate->property(TagProperty).toString() == tag)
            return candidate;
    }
    return nullptr;
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    //: Menu of the interface languages
    setTitle(tr("&Language"));
    for (QAction *candidate : m_group->actions())
        candidate->setStatusTip(tr("Switch the interface language now; the choice is "
                                   "remembered."));
}

void LanguageMenu::check(const QString &tag)
{
    if (QAction *current = action(tag))
        current->setChecked(true);
}

} // namespace LightAgent
