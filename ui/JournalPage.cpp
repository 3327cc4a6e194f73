#include "JournalPage.h"

#include "ConsoleSession.h"
#include "ConsoleStyle.h"
#include "FileDialog.h"
#include "JournalEntryView.h"
#include "JournalModel.h"
#include "JournalText.h"
#include "JournalWorker.h"
#include "MessageBox.h"
#include "PageParts.h"
#include "WindowState.h"
#include "core/Clock.h"

#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace LightAgent {

namespace {

enum ContentIndex { PlaceholderIndex, TableIndex };

} // namespace

JournalPage::JournalPage(ConsoleSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new JournalModel(session.database(), this))
    , m_worker(new JournalWorker(session.dataDir(), this))
    , m_details(new JournalEntryView(this))
{
    setObjectName(QStringLiteral("journalPage"));

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("journalPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(32);
    m_content = new QStackedWidget(this);
    m_content->setObjectName(QStringLiteral("journalContent"));
    m_content->insertWidget(PlaceholderIndex, m_placeholder);
    m_content->insertWidget(TableIndex, createTable());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(createHeader());
    layout->addWidget(createToolbar());
    layout->addWidget(createResultPanel());
    layout->addWidget(m_content, 1);

    connect(m_worker, &JournalWorker::verified, this, &JournalPage::onVerified);
    connect(m_worker, &JournalWorker::exported, this, &JournalPage::onExported);
    connect(m_model, &JournalModel::readFailed, this, [this](const QString &message) {
        m_verification.reset();
        showResult(StatusTone::Critical,
                   tr("Part of the journal could not be read: %1").arg(message));
    });
    connect(m_details, &JournalEntryView::requestLinkActivated, this, &JournalPage::selectSeq);
    // Another console or lightagent-ctl may have sent something meanwhile.
    connect(&m_session, &ConsoleSession::stateChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    // The widgets were made inside out; keyboard focus goes through them top down.
    QWidget::setTabOrder(m_verifyButton, m_exportButton);
    QWidget::setTabOrder(m_exportButton, m_refreshButton);
    QWidget::setTabOrder(m_refreshButton, m_table);
    QWidget::setTabOrder(m_table, m_details->focusEntry());
    retranslateUi();
    updateState();
}

JournalPage::~JournalPage() = default;

QWidget *JournalPage::createHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("journalHeader"));
    m_title = pageTitle(QStringLiteral("journalTitle"), header);
    m_intro = new QLabel(header);
    m_intro->setObjectName(QStringLiteral("journalIntro"));
    m_intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    return header;
}

QWidget *JournalPage::createToolbar()
{
    auto *toolbar = new QWidget(this);
    toolbar->setObjectName(QStringLiteral("journalToolbar"));
    m_verifyButton = new QPushButton(toolbar);
    m_verifyButton->setObjectName(QStringLiteral("journalVerifyButton"));
    m_verifyButton->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_exportButton = new QPushButton(toolbar);
    m_exportButton->setObjectName(QStringLiteral("journalExportButton"));
    m_exportButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_refreshButton = new QPushButton(toolbar);
    m_refreshButton->setObjectName(QStringLiteral("journalRefreshButton"));
    m_refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_busy = new QLabel(toolbar);
    m_busy->setObjectName(QStringLiteral("journalBusy"));
    m_count = new QLabel(toolbar);
    m_count->setObjectName(QStringLiteral("journalCount"));
    connect(m_verifyButton, &QPushButton::clicked, this, &JournalPage::verify);
    connect(m_exportButton, &QPushButton::clicked, this, &JournalPage::exportJournal);
    connect(m_refreshButton, &QPushButton::clicked, this, &JournalPage::reloadAll);

    auto *layout = new QHBoxLayout(toolbar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_verifyButton);
    layout->addWidget(m_exportButton);
    layout->addWidget(m_refreshButton);
    layout->addSpacing(8);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(m_count);
    return toolbar;
}

QFrame *JournalPage::createResultPanel()
{
    m_resultPanel = new QFrame(this);
    m_resultPanel->setObjectName(QStringLiteral("journalResultPanel"));
    m_resultIcon = new QLabel(m_resultPanel);
    m_resultIcon->setObjectName(QStringLiteral("journalResultIcon"));
    m_resultText = new QLabel(m_resultPanel);
    m_resultText->setObjectName(QStringLiteral("journalResultText"));
    m_resultText->setWordWrap(true);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(m_resultPanel);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(m_resultIcon, 0, Qt::AlignTop);
    layout->addWidget(m_resultText, 1);
    m_resultPanel->hide();
    return m_resultPanel;
}

QWidget *JournalPage::createTable()
{
    m_table = new QTableView(this);
    // Tab leaves the table for the next control; the arrow keys move within it.
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed, uniform rows: the view never measures rows it does not show, so the
    // model never reads them.
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(JournalModel::WhatColumn, QHeaderView::Stretch);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JournalPage::showSelected);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("journalSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_details);
    // The list gets the room: the details scroll and wrap, the list needs rows to choose from.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->restoreState(
        WindowState::load(*m_session.database(), WindowState::JournalSplitterSetting));
    return split;
}

void JournalPage::retranslateUi()
{
    //: Page title: the record of everything that was sent
    m_title->setText(tr("Transmission journal"));
    m_intro->setText(
        tr("Every transmission this installation made, or was asked to make and declined: "
           "the request is recorded before it is sent and its result after. Each entry is "
           "chained to the one before by a SHA-256 hash, so a changed or removed entry shows "
           "when you verify the journal."));
    m_placeholder->setText(tr("Nothing has been sent from this installation yet. Activation "
                              "with a key file sends nothing."));
    m_verifyButton->setText(tr("Ve&rify"));
    m_verifyButton->setToolTip(tr("Check every entry's hash and the chain that links them."));
    m_exportButton->setText(tr("&Export…"));
    m_exportButton->setToolTip(tr("Save the journal as JSON Lines: one entry per line, with "
                                  "its hashes, so that anyone can check the chain."));
    m_refreshButton->setText(tr("Refre&sh"));
    m_refreshButton->setToolTip(tr("Read the journal again."));
    m_table->setAccessibleName(tr("Journal entries"));
    m_resultText->setAccessibleName(tr("Journal check"));
    m_resultIcon->setAccessibleName(tr("Journal check"));
    m_count->setAccessibleName(tr("Number of journal entries"));
    m_busy->setAccessibleName(tr("Journal activity"));
    m_model->retranslate();
    updateState();
    sizeColumns();
    if (m_verification)
        showVerification(*m_verification);
}

// Each column as wide as the longest text it can hold in the current language and font,
// so that none is cut; the "What" column takes the rest and elides, its whole text in
// the tooltip and in the details below.
void JournalPage::sizeColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics cell(m_table->font());
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int padding =
        2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) +
        cell.horizontalAdvance(QLatin1Char(' '));
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table) + 4;
    auto headerWidth = [this, header](int column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        return header->fontMetrics().horizontalAdvance(title) +
            2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 2;
    };
    auto fit = [&](int column, int content) {
        m_table->setColumnWidth(column, qMax(headerWidth(column), content + padding));
    };
    const qint64 lastSeq = qMax<qint64>(m_model->span().lastSeq, 999);
    // A marked entry's number has the problem icon beside it.
    fit(JournalModel::SeqColumn, cell.horizontalAdvance(QString::number(lastSeq)) + icon);
    // The widest digits and the longest month name a time of this locale can show.
    int timeWidth = 0;
    for (int month = 1; month <= 12; ++month)
        timeWidth = qMax(timeWidth,
                         cell.horizontalAdvance(JournalText::localTime(
                             QDateTime(QDate(2088, month, 28), QTime(20, 58, 58), Qt::UTC))));
    fit(JournalModel::TimeColumn, timeWidth);
    JournalEntry result;
    result.event = JournalEvent::Result;
    result.refSeq = lastSeq;
    int kindWidth = cell.horizontalAdvance(JournalText::kind(result));
    for (const auto known : {TransmissionKind::Activation, TransmissionKind::LicenseCheck,
                             TransmissionKind::DatabaseUpdate, TransmissionKind::HelpLink})
        kindWidth = qMax(kindWidth, cell.horizontalAdvance(displayName(known)));
    fit(JournalModel::KindColumn, kindWidth);
    fit(JournalModel::DigestColumn,
        fixed.horizontalAdvance(JournalText::shortDigest(QString(64, QLatin1Char('0')))));
}

void JournalPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void JournalPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void JournalPage::hideEvent(QHideEvent *event)
{
    // Hidden when another page is chosen and when the window closes.
    const auto *split = findChild<QSplitter *>(QStringLiteral("journalSplitter"));
    const Status saved = WindowState::save(*m_session.database(),
                                           WindowState::JournalSplitterSetting, split->saveState());
    if (!saved)
        qWarning("%s", qUtf8Printable(saved.error().message));
    QWidget::hideEvent(event);
}

void JournalPage::refresh()
{
    reload(false);
}

void JournalPage::reloadAll()
{
    reload(true);
}

void JournalPage::reload(bool force)
{
    const auto selected = m_details->entry();
    if (Status read = m_model->reload(force); !read) {
        m_verification.reset();
        showResult(StatusTone::Critical,
                   tr("The journal could not be read: %1").arg(read.error().message));
    }
    updateState();
    sizeColumns();
    // A reset clears the selection; the entry that was shown stays shown.
    if (selected && !m_table->currentIndex().isValid())
        select(selected->seq, false);
    else
        showSelected();
}

void JournalPage::updateState()
{
    const qint64 entries = m_model->span().entries;
    m_content->setCurrentIndex(entries > 0 ? TableIndex : PlaceholderIndex);
    //: Journal page: how many entries (requests and results) the journal holds
    m_count->setText(tr("%Ln entries", nullptr, int(qMin<qint64>(entries, INT_MAX))));
    m_count->setVisible(entries > 0);
    const bool idle = m_busyWith == Busy::None;
    // Even an empty journal can be checked: its head shows removed entries.
    m_verifyButton->setEnabled(idle);
    m_exportButton->setEnabled(idle && entries > 0);
    m_busy->setText(m_busyWith == Busy::Verifying       ? tr("Checking every entry…")
                        : m_busyWith == Busy::Exporting ? tr("Exporting…")
                                                        : QString());
    // A check says what it covered: entries that arrived after it are not vouched for.
    if (m_verification && idle)
        showVerification(*m_verification);
}

void JournalPage::showSelected()
{
    const auto entry = m_model->entryAt(m_table->currentIndex().row());
    // A result shows what applies to its request's kind; the request is usually beside it.
    QString requestKind;
    if (entry && entry->event == JournalEvent::Result) {
        const auto request = m_model->entryAt(m_model->rowOfSeq(entry->refSeq));
        if (request && request->seq == entry->refSeq)
            requestKind = request->kind;
    }
    m_details->showEntry(entry, requestKind);
}

void JournalPage::selectSeq(qint64 seq)
{
    select(seq, true);
}

void JournalPage::select(qint64 seq, bool centre)
{
    const int row = m_model->rowOfSeq(seq);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, JournalModel::SeqColumn);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(
        index, centre ? QAbstractItemView::PositionAtCenter : QAbstractItemView::EnsureVisible);
    showSelected();
}

void JournalPage::showResult(StatusTone tone, const QString &text)
{
    ConsoleStyle::setTone(m_resultPanel, tone);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize) * 3 / 4;
    m_resultIcon->setPixmap(toneIcon(tone, style()).pixmap(QSize(size, size)));
    m_resultText->setText(text);
    m_resultPanel->show();
}

void JournalPage::verify()
{
    if (!m_worker->verify())
        return;
    m_busyWith = Busy::Verifying;
    updateState();
}

void JournalPage::onVerified(const Result<JournalVerification> &result)
{
    m_busyWith = Busy::None;
    m_verification = result;
    m_verifiedAt = Clock::instance().now();
    updateState(); // shows the verification
    const bool intact = result && result->ok;
    const bool marked = result && !intact && result->firstBadSeq > 0;
    m_model->setProblem(marked ? result->firstBadSeq : 0, marked ? result->problem : QString());
    if (marked) {
        reload(true); // read what the check read: entries may be changed or gone
        selectSeq(result->firstBadSeq);
    }
    Q_EMIT verificationFinished(intact);
}

void JournalPage::showVerification(const Result<JournalVerification> &result)
{
    const QString at = JournalText::localTime(m_verifiedAt);
    if (!result) {
        //: %1 is when the check was made, %2 why it failed
        showResult(
            StatusTone::Critical,
            tr("The journal could not be checked at %1: %2").arg(at, result.error().message));
        return;
    }
    if (!result->ok) {
        //: %1 is when the check was made, %2 the problem it found
        showResult(StatusTone::Critical, tr("Checked at %1: %2").arg(at, result->problem));
        return;
    }
    const qint64 now = m_model->span().entries;
    const int checked = int(qMin<qint64>(result->checked, INT_MAX));
    if (now == result->checked) {
        //: %1 is when the check was made
        showResult(
            StatusTone::Good,
            tr("The journal is intact: %Ln entries checked at %1.", nullptr, checked).arg(at));
        return;
    }
    // The result is no longer about the whole journal: said plainly, not in a good tone.
    //: %1 is when the check was made
    const QString then =
        tr("Checked %Ln entries at %1: they were intact.", nullptr, checked).arg(at);
    const QString since = now > result->checked
        ? tr("%Ln entries added since — verify again.", nullptr,
             int(qMin<qint64>(now - result->checked, INT_MAX)))
        : tr("The journal has changed since — verify again.");
    showResult(StatusTone::Neutral, then + QLatin1Char(' ') + since);
}

void JournalPage::exportJournal()
{
    if (m_worker->isRunning())
        return;
    const QString suggested =
        QStringLiteral("lightagent-journal-%1.jsonl")
            .arg(Clock::instance().now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = FileDialog::getSaveFileName(this, tr("Export the journal"), suggested,
                                                     tr("JSON Lines (*.jsonl);;All files (*)"));
    if (path.isEmpty() || !m_worker->exportTo(path))
        return;
    m_busyWith = Busy::Exporting;
    updateState();
}

void JournalPage::onExported(const QString &path, const Result<qint64> &entries)
{
    m_busyWith = Busy::None;
    updateState();
    if (entries)
        MessageBox::information(
            this, tr("Export the journal"),
            tr("%Ln entries were exported to %1.\n\nEach line is one entry as a JSON object "
               "with the hashes that chain it to the line before, so that anyone can check it.",
               nullptr, int(qMin<qint64>(entries.value(), INT_MAX)))
                .arg(QDir::toNativeSeparators(path)));
    else
        MessageBox::critical(this, tr("Export the journal"),
                             tr("The journal was not exported: %1").arg(entries.error().message));
    Q_EMIT exportFinished(entries.ok());
}

} // namespace LightAgent
