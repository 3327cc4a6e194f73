#include "ActivationKeyFilePage.h"

#include "ActivationWizard.h"
#include "BakedIcon.h"
#include "ConsoleStyle.h"
#include "FileDialog.h"
#include "KeyInspectionView.h"
#include "StatusTone.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace LightAgent {

namespace {
constexpr int TypingPauseMs = 400; // inspect a typed path once the typing pauses
}

ActivationKeyFilePage::ActivationKeyFilePage(ConsoleSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_pathLabel(new QLabel(this))
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(bakedIcon(QStringLiteral("open")), QString(), this))
    , m_scroll(new QScrollArea(this))
    , m_view(new KeyInspectionView(session))
    , m_applyError(new QLabel(this))
    , m_typingPause(new QTimer(this))
{
    setObjectName(QStringLiteral("keyFilePage"));
    setFinalPage(true);
    m_pathLabel->setObjectName(QStringLiteral("keyFilePathLabel"));
    m_pathLabel->setBuddy(m_pathEdit);
    m_pathEdit->setObjectName(QStringLiteral("keyFilePathEdit"));
    m_pathEdit->setClearButtonEnabled(true);
    m_browseButton->setObjectName(QStringLiteral("browseKeyFileButton"));
    m_scroll->setObjectName(QStringLiteral("keyInspectionScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_view);
    m_applyError->setObjectName(QStringLiteral("keyFileApplyError"));
    m_applyError->setWordWrap(true);
    m_applyError->setTextFormat(Qt::PlainText);
    ConsoleStyle::setTextTone(m_applyError, StatusTone::Critical);
    m_applyError->hide();
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(TypingPauseMs);

    registerField(QString(ActivationWizard::KeyFilePathField), m_pathEdit);
    connect(m_browseButton, &QPushButton::clicked, this, &ActivationKeyFilePage::browse);
    connect(m_pathEdit, &QLineEdit::textChanged, this, [this] {
        m_applyError->hide();
        m_typingPause->start();
        Q_EMIT completeChanged(); // the shown inspection no longer matches the path
    });
    connect(m_pathEdit, &QLineEdit::editingFinished, this, &ActivationKeyFilePage::inspectNow);
    connect(m_typingPause, &QTimer::timeout, this, &ActivationKeyFilePage::inspectNow);
    connect(m_view, &KeyInspectionView::changed, this, &QWizardPage::completeChanged);

    auto *pathRow = new QHBoxLayout;
    pathRow->setSpacing(8);
    pathRow->addWidget(m_pathLabel);
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(pathRow);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_applyError);
    retranslateUi();
}

void ActivationKeyFilePage::retranslateUi()
{
    setTitle(tr("Activate with a key file"));
    setSubTitle(tr("The key file is verified on this computer. Nothing is sent to anyone."));
    m_pathLabel->setText(tr("Key &file:"));
    m_pathEdit->setPlaceholderText(tr("The path of a .key file"));
    m_browseButton->setText(tr("&Browse…"));
    //: Wizard button that adds the inspected key file
    setButtonText(QWizard::FinishButton, tr("&Add key"));
}

void ActivationKeyFilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ActivationKeyFilePage::browse()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Choose a key file"),
                                                     tr("Key files (*.key);;All files (*)"));
    if (path.isEmpty())
        return;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    inspectNow();
}

void ActivationKeyFilePage::inspectNow()
{
    m_typingPause->stop();
    const QString path = QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
    if (path != m_view->path())
        m_view->inspect(path);
}

bool ActivationKeyFilePage::isComplete() const
{
    return m_view->canAdd() &&
        m_view->path() == QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
}

bool ActivationKeyFilePage::validatePage()
{
    auto change = m_view->add();
    if (!change) {
        // Another console or lightagent-ctl may have changed the keys meanwhile.
        m_applyError->setText(tr("The key was not added: %1").arg(change.error().message));
        m_applyError->show();
        return false;
    }
    return true;
}

} // namespace LightAgent
