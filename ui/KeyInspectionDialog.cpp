#include "KeyInspectionDialog.h"

#include "ConsoleStyle.h"
#include "KeyInspectionView.h"
#include "StatusTone.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace LightAgent {

KeyInspectionDialog::KeyInspectionDialog(const QString &path, ConsoleSession &session,
                                         QWidget *parent)
    : QDialog(parent)
    , m_view(new KeyInspectionView(session, this))
    , m_applyError(new QLabel(this))
    , m_addButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("keyInspectionDialog"));
    setMinimumWidth(600);

    m_addButton->setObjectName(QStringLiteral("addKeyButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_applyError->setObjectName(QStringLiteral("applyError"));
    m_applyError->setWordWrap(true);
    m_applyError->setTextFormat(Qt::PlainText);
    ConsoleStyle::setTextTone(m_applyError, StatusTone::Critical);
    m_applyError->hide();

    m_view->inspect(path);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->addButton(m_addButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    connect(m_addButton, &QPushButton::clicked, this, &KeyInspectionDialog::apply);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_view, &KeyInspectionView::changed, this,
            [this] { m_addButton->setEnabled(m_view->canAdd()); });

    // The wrapped lines of a long key (or of a long language) get the height they need
    // at the dialog's width; on a small screen they scroll instead of overlapping.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("keyInspectionScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the controls inside take focus
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->verticalScrollBar()->setObjectName(QStringLiteral("keyInspectionVerticalScrollBar"));
    scroll->setWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(14);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_applyError);
    layout->addWidget(buttons);

    const bool verified = m_view->keyVerified();
    m_addButton->setVisible(verified); // after the box, which shows its buttons
    m_addButton->setEnabled(m_view->canAdd());
    m_addButton->setDefault(verified);
    if (!verified)
        m_cancelButton->setDefault(true);
    QWidget::setTabOrder(m_view, m_addButton);
    QWidget::setTabOrder(m_addButton, m_cancelButton);
    retranslateUi();

    // Tall enough for everything at the dialog's width (ScreenFit keeps it on the screen).
    const QMargins margins = layout->contentsMargins();
    const int width = qMax(minimumWidth(), sizeHint().width());
    const int content = width - margins.left() - margins.right();
    const int viewHeight =
        m_view->hasHeightForWidth() ? m_view->heightForWidth(content) : m_view->sizeHint().height();
    resize(width,
           margins.top() + viewHeight + layout->spacing() + buttons->sizeHint().height() +
               margins.bottom());
}

void KeyInspectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void KeyInspectionDialog::retranslateUi()
{
    setWindowTitle(tr("Inspect key file"));
    m_addButton->setText(tr("&Add key"));
    // Nothing to add from a file that failed: the only way out closes the dialog.
    m_cancelButton->setText(m_view->keyVerified() ? tr("Cancel") : tr("Close"));
    if (m_applyFailure)
        m_applyError->setText(tr("The key was not added: %1").arg(*m_applyFailure));
}

QString KeyInspectionDialog::path() const
{
    return m_view->path();
}

bool KeyInspectionDialog::keyVerified() const
{
    return m_view->keyVerified();
}

std::optional<KeySlot> KeyInspectionDialog::selectedSlot() const
{
    return m_view->selectedSlot();
}

void KeyInspectionDialog::setPreferredSlot(KeySlot slot)
{
    m_view->setPreferredSlot(slot);
}

QStringList KeyInspectionDialog::shownEffects() const
{
    return m_view->shownEffects();
}

void KeyInspectionDialog::apply()
{
    auto change = m_view->add();
    if (!change) {
        // Another console or lightagent-ctl may have changed the keys meanwhile.
        m_applyFailure = change.error().message;
        retranslateUi();
        m_applyError->show();
        return;
    }
    Q_EMIT keyAdded(change.value());
    accept();
}

} // namespace LightAgent
