#include "EnvelopePreview.h"

#include "ConsoleSession.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "net/ProxyRoute.h"
#include "provision/PayloadCatalog.h"
#include "provision/Recipients.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace LightAgent {

namespace {

QFont fixedFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFont(fixedFont());
    return label;
}

QTableWidgetItem *cell(const QString &text, bool fixed)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (fixed)
        item->setFont(fixedFont());
    return item;
}

} // namespace

EnvelopePreview::EnvelopePreview(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_raw(new QPlainTextEdit(this))
    , m_rawNote(new QLabel(this))
{
    setObjectName(QStringLiteral("envelopePreview"));

    m_table->setObjectName(QStringLiteral("envelopeFieldTable"));
    // Tab leaves the table for the next control; the arrow keys move within it.
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setObjectName(QStringLiteral("envelopeFieldTableHeader"));
    m_table->verticalHeader()->setObjectName(QStringLiteral("envelopeFieldTableRows"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableView::resizeRowsToContents);
    m_table->viewport()->installEventFilter(this);

    m_raw->setObjectName(QStringLiteral("envelopeRawView"));
    m_raw->setReadOnly(true);
    m_raw->setFont(fixedFont());
    m_raw->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_raw->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_raw->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_rawNote->setObjectName(QStringLiteral("envelopeRawNote"));
    m_rawNote->setWordWrap(true);
    m_rawNote->setForegroundRole(QPalette::PlaceholderText);

    auto *rawPage = new QWidget(m_tabs);
    rawPage->setObjectName(QStringLiteral("envelopeRawPage"));
    auto *rawLayout = new QVBoxLayout(rawPage);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->setSpacing(6);
    rawLayout->addWidget(m_raw, 1);
    rawLayout->addWidget(m_rawNote);

    m_tabs->setObjectName(QStringLiteral("envelopeTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, QString());
    m_tabs->addTab(rawPage, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(createRequestBox());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(createFooter());
    retranslateUi();
}

QWidget *EnvelopePreview::createRequestBox()
{
    auto *box = new QFrame(this);
    box->setObjectName(QStringLiteral("envelopeRequestBox"));
    box->setFrameShape(QFrame::StyledPanel);
    m_requestTitle = new QLabel(box);
    m_requestTitle->setObjectName(QStringLiteral("envelopeRequestTitle"));
    QFont bold = m_requestTitle->font();
    bold.setBold(true);
    m_requestTitle->setFont(bold);
    m_methodCaption = new QLabel(box);
    m_methodCaption->setObjectName(QStringLiteral("envelopeMethodCaption"));
    m_method = valueLabel(QStringLiteral("envelopeMethod"), box);
    m_urlCaption = new QLabel(box);
    m_urlCaption->setObjectName(QStringLiteral("envelopeUrlCaption"));
    m_url = valueLabel(QStringLiteral("envelopeUrl"), box);
    m_recipientCaption = new QLabel(box);
    m_recipientCaption->setObjectName(QStringLiteral("envelopeRecipientCaption"));
    m_recipient = new QLabel(box);
    m_recipient->setObjectName(QStringLiteral("envelopeRecipient"));
    m_recipient->setTextFormat(Qt::PlainText);
    m_recipient->setWordWrap(true);
    m_recipient->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_recipientCaption->setBuddy(m_recipient);
    m_headersCaption = new QLabel(box);
    m_headersCaption->setObjectName(QStringLiteral("envelopeHeadersCaption"));
    m_headers = valueLabel(QStringLiteral("envelopeHeaders"), box);
    m_routeCaption = new QLabel(box);
    m_routeCaption->setObjectName(QStringLiteral("envelopeRouteCaption"));
    m_route = new QLabel(box);
    m_route->setObjectName(QStringLiteral("envelopeRoute"));
    m_route->setTextFormat(Qt::PlainText);
    m_route->setWordWrap(true);
    m_route->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_connect = valueLabel(QStringLiteral("envelopeProxyConnect"), box);
    m_routeCaption->setBuddy(m_route);
    m_methodCaption->setBuddy(m_method);
    m_urlCaption->setBuddy(m_url);
    m_headersCaption->setBuddy(m_headers);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(4);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_methodCaption, m_method);
    form->addRow(m_urlCaption, m_url);
    form->addRow(m_recipientCaption, m_recipient);
    form->setRowVisible(m_recipient, false); // until a profile names the recipient
    m_requestForm = form;
    form->addRow(m_headersCaption, m_headers);
    form->addRow(m_routeCaption, m_route);
    form->addRow(m_connect);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    layout->addWidget(m_requestTitle);
    layout->addLayout(form);
    return box;
}

QWidget *EnvelopePreview::createFooter()
{
    auto *footer = new QWidget(this);
    footer->setObjectName(QStringLiteral("envelopeFooter"));
    m_shaCaption = new QLabel(footer);
    m_shaCaption->setObjectName(QStringLiteral("envelopeShaCaption"));
    m_sha = valueLabel(QStringLiteral("envelopeSha256"), footer);
    m_sha->setWordWrap(false);
    m_shaCaption->setBuddy(m_sha);
    m_status = new QLabel(footer);
    m_status->setObjectName(QStringLiteral("envelopeStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_copyButton = new QPushButton(footer);
    m_copyButton->setObjectName(QStringLiteral("envelopeCopyButton"));
    m_saveButton =
        new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), footer);
    m_saveButton->setObjectName(QStringLiteral("envelopeSaveButton"));
    connect(m_copyButton, &QPushButton::clicked, this, &EnvelopePreview::copyExactBytes);
    connect(m_saveButton, &QPushButton::clicked, this, &EnvelopePreview::saveExactBytes);

    auto *layout = new QHBoxLayout(footer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_shaCaption);
    layout->addWidget(m_sha);
    layout->addWidget(m_status, 1);
    layout->addSpacing(8);
    layout->addWidget(m_copyButton);
    layout->addWidget(m_saveButton);
    return footer;
}

void EnvelopePreview::retranslateUi()
{
    m_methodCaption->setText(tr("Method:", "HTTP method"));
    //: The full address a request goes to
    m_urlCaption->setText(tr("Address:"));
    //: The host that receives the request, and what it is
    m_recipientCaption->setText(tr("Received by:"));
    m_headersCaption->setText(tr("Headers:", "HTTP headers"));
    //: How the request reaches the service: directly or through a proxy
    m_routeCaption->setText(tr("Route:"));
    m_connect->setAccessibleName(tr("Exact request the proxy receives"));
    m_shaCaption->setText(tr("SHA-256 of the body:"));
    m_copyButton->setText(tr("&Copy"));
    m_saveButton->setText(tr("Sa&ve…"));
    m_table->setHorizontalHeaderLabels(
        //: Column headers of the table of data to be sent
        {tr("Field"), tr("Value"), tr("What it is")});
    m_table->setAccessibleName(tr("Fields that will be sent"));
    m_table->setAccessibleDescription(
        tr("One row for each field of the request body: its name, the value that will be sent "
           "and what it is."));
    m_raw->setAccessibleName(tr("Exact bytes that will be sent"));
    m_tabs->setTabText(FieldsTab, tr("&Fields in words"));
    m_tabs->setTabText(ExactBytesTab, isLink() ? tr("E&xact address") : tr("E&xact bytes"));
    if (!m_envelope.isNull()) {
        fillRequest();
        fillTable();
    } else {
        m_requestTitle->setText(tr("No request to show."));
    }
}

bool EnvelopePreview::isLink() const
{
    return !m_envelope.isNull() && m_envelope.method() == "GET" && m_envelope.body().isEmpty();
}

void EnvelopePreview::setNetworkSettings(const NetworkSettings &settings)
{
    m_settings = settings;
    fillRoute();
}

void EnvelopePreview::setEnvelope(const RequestEnvelope &envelope)
{
    m_envelope = envelope;
    m_status->clear();
    const QByteArray bytes = exactBytes();
    m_raw->setPlainText(QString::fromUtf8(bytes));
    fillRequest();
    fillTable();
}

QByteArray EnvelopePreview::exactBytes() const
{
    if (m_envelope.isNull())
        return {};
    if (isLink())
        return m_envelope.url().toString(QUrl::FullyEncoded).toUtf8();
    return m_envelope.wireBytes();
}

void EnvelopePreview::fillRequest()
{
    if (m_envelope.isNull())
        return;
    const bool link = isLink();
    m_requestTitle->setText(
        link ? tr("%1 — your web browser will open this address:")
                   .arg(displayName(m_envelope.kind()))
             : tr("%1 — this exact request will be sent over an encrypted connection:")
                   .arg(displayName(m_envelope.kind())));
    m_method->setText(QString::fromLatin1(m_envelope.method()));
    m_url->setText(m_envelope.url().toString(QUrl::FullyEncoded));
    fillRecipient();
    QStringList headers;
    for (const auto &[name, value] : m_envelope.headers())
        headers.append(QString::fromLatin1(name) + QStringLiteral(": ") +
                       QString::fromLatin1(value));
    m_headers->setFont(headers.isEmpty() ? font() : fixedFont());
    m_headers->setText(headers.isEmpty()
                           ? tr("None set by the console; the browser sends its usual headers.")
                           : headers.join(QLatin1Char('\n')));
    m_headers->setToolTip(
        headers.isEmpty() ? QString()
                          : tr("Besides these, the connection adds only Host, Content-Length and "
                               "Connection, shown under Exact bytes."));
    // A link has no body, so nothing to digest.
    m_sha->setText(link ? QString() : m_envelope.sha256());
    m_sha->setVisible(!link);
    m_shaCaption->setVisible(!link);
    m_tabs->setTabText(ExactBytesTab, link ? tr("E&xact address") : tr("E&xact bytes"));
    m_rawNote->setText(link ? tr("The exact address, as the browser receives it.")
                            : tr("Exactly the bytes written to the encrypted connection, "
                                 "shown as UTF-8: the product's headers, plus the Host, "
                                 "Content-Length and Connection the connection adds; lines "
                                 "end with CR LF. Copy and Save give these bytes unchanged."));
    m_raw->setAccessibleName(link ? tr("Exact address that will be opened")
                                  : tr("Exact bytes that will be sent"));
    fillRoute();
}

void EnvelopePreview::fillRoute()
{
    // A link's way is the browser's; a request's is decided as the sender decides it.
    const bool shown = m_settings && !m_envelope.isNull() && !isLink();
    const ProxyRoute::Preview route =
        shown ? ProxyRoute::preview(*m_settings, m_envelope) : ProxyRoute::Preview();
    m_routeCaption->setVisible(shown);
    m_route->setVisible(shown);
    m_route->setText(shown ? route.explanation() : QString());
    m_connect->setVisible(shown && !route.connectRequest.isEmpty());
    // Shown with its line ends as lines; Copy under Exact bytes is for the request itself.
    m_connect->setText(QString::fromLatin1(route.connectRequest).trimmed());
}

void EnvelopePreview::setProfile(const VendorProfile &profile)
{
    m_profile = &profile;
    fillRecipient();
}

void EnvelopePreview::describeWayFor(ConsoleSession &session)
{
    setProfile(session.profile());
    if (auto settings = NetworkSettings::load(*session.database()))
        setNetworkSettings(settings.value());
}

void EnvelopePreview::fillRecipient()
{
    const bool known = m_profile && !m_envelope.isNull();
    m_recipient->setText(
        known ? Recipients::describe(*m_profile, m_envelope.url(), m_envelope.kind()) : QString());
    m_requestForm->setRowVisible(m_recipient, known);
}

QList<QPair<QString, QString>> EnvelopePreview::fieldRows() const
{
    if (m_envelope.isNull())
        return {};
    if (!isLink())
        return PayloadCatalog::rows(m_envelope.kind(), m_envelope.bodyObject());
    QList<QPair<QString, QString>> rows;
    const auto items = QUrlQuery(m_envelope.url()).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items)
        rows.append({name, value});
    return rows;
}

void EnvelopePreview::fillTable()
{
    const auto rows = fieldRows();
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const auto &[key, value] = rows.at(row);
        m_table->setItem(row, FieldColumn, cell(key, true));
        m_table->setItem(row, ValueColumn, cell(value, true));
        m_table->setItem(row, MeaningColumn,
                         cell(PayloadCatalog::vendorWording(m_envelope.kind(), key), false));
    }
    layoutColumns();
}

void EnvelopePreview::layoutColumns()
{
    // The field names are short; values may be long, so they get at most ~40% of the
    // width and wrap, and the vendor's wording takes the rest.
    const int available = m_table->viewport()->width();
    m_table->resizeColumnToContents(FieldColumn);
    const int field = m_table->columnWidth(FieldColumn);
    const int value =
        qMin(static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(ValueColumn) + 12,
             qMax(160, (available - field) * 45 / 100));
    m_table->setColumnWidth(ValueColumn, value);
    m_table->resizeRowsToContents();
    // Once more after the header has stretched the last column to its final width.
    QMetaObject::invokeMethod(m_table, &QTableView::resizeRowsToContents, Qt::QueuedConnection);
}

bool EnvelopePreview::eventFilter(QObject *watched, QEvent *event)
{
    // The columns follow the viewport's real width, known only once it is laid out.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        layoutColumns();
    return QWidget::eventFilter(watched, event);
}

void EnvelopePreview::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setAccessibleName(text);
}

void EnvelopePreview::copyExactBytes()
{
    const QByteArray bytes = exactBytes();
    if (bytes.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(QString::fromUtf8(bytes));
    setStatus(tr("Copied %n byte(s).", nullptr, int(bytes.size())));
}

void EnvelopePreview::saveExactBytes()
{
    const QByteArray bytes = exactBytes();
    if (bytes.isEmpty())
        return;
    const QString suggested = toWireName(m_envelope.kind()) +
        (isLink() ? QStringLiteral("-link.txt") : QStringLiteral("-request.http"));
    const QString path =
        FileDialog::getSaveFileName(this, tr("Save the exact request"), suggested,
                                    isLink() ? tr("Text files (*.txt);;All files (*)")
                                             : tr("HTTP requests (*.http);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        MessageBox::critical(
            this, tr("Save the exact request"),
            tr("The request could not be saved to %1: %2").arg(path, file.errorString()));
        return;
    }
    setStatus(tr("Saved %n byte(s).", nullptr, int(bytes.size())));
}

void EnvelopePreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace LightAgent
