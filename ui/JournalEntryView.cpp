#include "JournalEntryView.h"

#include "JournalText.h"
#include "WrappedValueLabel.h"
#include "core/Crypto.h"
#include "core/StrictJson.h"
#include "provision/TransmissionFailure.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace LightAgent {

namespace {

QFont monospace()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QString headerLines(const HeaderList &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(QString::fromUtf8(name) + QStringLiteral(": ") + QString::fromUtf8(value));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

JournalEntryView::JournalEntryView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_title(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_form(nullptr)
    , m_outcomeIcon(new QLabel(this))
    , m_digestIcon(new QLabel(this))
    , m_bodyPanel(nullptr)
    , m_bodyCaption(new QLabel(this))
    , m_indent(new QCheckBox(this))
    , m_body(new QPlainTextEdit(this))
    , m_bodyDigest(new WrappedValueLabel(this))
{
    setObjectName(QStringLiteral("journalEntryView"));
    m_stack->setObjectName(QStringLiteral("journalEntryStack"));
    m_hint->setObjectName(QStringLiteral("journalEntryHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setMargin(24);
    m_stack->addWidget(m_hint);
    m_stack->addWidget(createDetails());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    retranslateUi();
    showEntry(std::nullopt);
}

QWidget *JournalEntryView::focusEntry() const
{
    return m_tabs;
}

QWidget *JournalEntryView::createDetails()
{
    auto *details = new QWidget(this);
    details->setObjectName(QStringLiteral("journalEntryDetails"));
    m_title->setObjectName(QStringLiteral("journalEntryTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *fields = new QWidget;
    fields->setObjectName(QStringLiteral("journalEntryFields"));
    m_form = new QFormLayout(fields);
    m_form->setContentsMargins(0, 0, 8, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    addField(TimeField, "journalEntryTime");
    addField(KindField, "journalEntryKind");
    addField(MethodField, "journalEntryMethod", MonospaceValue);
    addField(UrlField, "journalEntryUrl", MonospaceValue);
    addField(HeadersField, "journalEntryHeaders", MonospaceValue);
    addField(BodySizeField, "journalEntryBodySize");
    addField(BodySha256Field, "journalEntryBodySha256", MonospaceValue);
    addField(StoredCopyField, "journalEntryStoredCopy", WholeValue);
    addField(RequestField, "journalEntryRequest");
    addField(OutcomeField, "journalEntryOutcome");
    addField(HttpStatusField, "journalEntryHttpStatus");
    addField(ErrorField, "journalEntryError");
    addField(ReceivedSha256Field, "journalEntryReceivedSha256", MonospaceValue);
    addField(DigestCheckField, "journalEntryDigestCheck");
    addField(PrevHashField, "journalEntryPrevHash", MonospaceValue);
    addField(HashField, "journalEntryHash", MonospaceValue);
    m_values[RequestField]->setTextFormat(Qt::RichText);
    m_values[RequestField]->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_values[RequestField], &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT requestLinkActivated(link.toLongLong()); });

    m_scroll->setObjectName(QStringLiteral("journalEntryScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // the fields inside take focus and show it
    m_scroll->setWidget(fields);

    // Fields and body side by side would not fit a full SHA-256 and readable JSON
    // in the window's width; tabs, as in a browser's network inspector, do.
    m_tabs = new QTabWidget(details);
    m_tabs->setObjectName(QStringLiteral("journalEntryTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_scroll, QString());
    m_tabs->addTab(createBody(), QString());

    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    return details;
}

void JournalEntryView::addField(Field field, const char *objectName, ValueKind kind)
{
    auto *caption = new QLabel(this);
    // Hashes, URLs and headers wrap anywhere rather than widen the pane past the window.
    QLabel *value = kind == Words ? new QLabel(this) : new WrappedValueLabel(this);
    const QString name = QString::fromLatin1(objectName);
    caption->setObjectName(name + QStringLiteral("Caption"));
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    if (kind == Words)
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (kind == MonospaceValue)
        value->setFont(monospace());
    caption->setBuddy(value);
    m_captions[field] = caption;
    m_values[field] = value;
    if (field == OutcomeField)
        m_form->addRow(caption, iconRow(field, m_outcomeIcon));
    else if (field == DigestCheckField)
        m_form->addRow(caption, iconRow(field, m_digestIcon));
    else
        m_form->addRow(caption, value);
}

// The icon beside a verdict repeats what the words say; it never says it alone.
QWidget *JournalEntryView::iconRow(Field field, QLabel *icon)
{
    auto *row = new QWidget(this);
    row->setObjectName(m_values[field]->objectName() + QStringLiteral("Row"));
    icon->setObjectName(m_values[field]->objectName() + QStringLiteral("Icon"));
    icon->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_values[field], 1);
    return row;
}

QWidget *JournalEntryView::createBody()
{
    m_bodyPanel = new QWidget(this);
    m_bodyPanel->setObjectName(QStringLiteral("journalBodyPanel"));
    m_bodyCaption->setObjectName(QStringLiteral("journalBodyCaption"));
    m_bodyCaption->setWordWrap(true);
    m_bodyCaption->setBuddy(m_body);
    m_indent->setObjectName(QStringLiteral("journalBodyIndent"));
    connect(m_indent, &QCheckBox::toggled, this, &JournalEntryView::fillBody);
    m_body->setObjectName(QStringLiteral("journalBody"));
    m_body->setReadOnly(true);
    m_body->setFont(monospace());
    m_body->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_body->setMinimumHeight(120);

    auto *captionRow = new QHBoxLayout;
    captionRow->addWidget(m_bodyCaption, 1);
    captionRow->addWidget(m_indent);
    m_bodyDigest->setObjectName(QStringLiteral("journalBodyDigest"));
    auto *layout = new QVBoxLayout(m_bodyPanel);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(captionRow);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_bodyDigest);
    return m_bodyPanel;
}

void JournalEntryView::retranslateUi()
{
    static const char *const Captions[FieldCount] = {
        QT_TR_NOOP("Time:"),
        //: The kind of transmission
        QT_TR_NOOP("Kind:"),
        QT_TR_NOOP("Method:"),
        QT_TR_NOOP("URL:"),
        QT_TR_NOOP("Headers:"),
        QT_TR_NOOP("Body size:"),
        QT_TR_NOOP("SHA-256 of the bytes sent:"),
        QT_TR_NOOP("Stored copy:"),
        //: The journal entry of the request that a result belongs to
        QT_TR_NOOP("Request:"),
        QT_TR_NOOP("Outcome:"),
        QT_TR_NOOP("HTTP status:"),
        QT_TR_NOOP("Error:"),
        QT_TR_NOOP("SHA-256 received:"),
        QT_TR_NOOP("Digest check:"),
        QT_TR_NOOP("Previous hash:"),
        QT_TR_NOOP("Entry hash:"),
    };
    for (int field = 0; field < FieldCount; ++field)
        m_captions[field]->setText(tr(Captions[field]));
    m_values[ReceivedSha256Field]->setToolTip(
        tr("The SHA-256 of the body bytes as the licensing service says it received them."));
    m_values[HashField]->setToolTip(
        tr("SHA-256 over the previous entry's hash and this entry's fields: changing "
           "anything in an entry breaks the chain."));
    m_hint->setText(tr("Select an entry to see exactly what was sent."));
    //: Details tab: every field of the journal entry
    m_tabs->setTabText(FieldsTab, tr("Fiel&ds"));
    //: Details tab: the request body as stored
    m_tabs->setTabText(BodyTab, tr("&Body"));
    m_indent->setText(tr("&Indent for reading"));
    m_indent->setToolTip(tr("Shows the JSON body indented. The bytes sent and stored are "
                            "compact; the SHA-256 is of those."));
    m_body->setAccessibleName(tr("Body as stored"));
    m_body->setPlaceholderText(tr("No body: the data travels in the URL."));
    fill();
}

void JournalEntryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void JournalEntryView::showEntry(const std::optional<JournalEntry> &entry,
                                 const QString &requestKind)
{
    m_entry = entry;
    m_requestKind = requestKind;
    fill();
}

bool JournalEntryView::isFollowedLink() const
{
    const QString kind =
        m_entry && m_entry->event == JournalEvent::Request ? m_entry->kind : m_requestKind;
    return kind == toWireName(TransmissionKind::HelpLink);
}

void JournalEntryView::fill()
{
    m_stack->setCurrentIndex(m_entry ? 1 : 0);
    if (!m_entry)
        return;
    const JournalEntry &entry = *m_entry;
    const bool request = entry.event == JournalEvent::Request;
    showFields(request);
    m_values[TimeField]->setText(
        tr("%1 (UTC: %2)")
            .arg(JournalText::localTime(entry.time), entry.time.toString(Qt::ISODateWithMs)));
    m_values[PrevHashField]->setText(entry.prevHash);
    m_values[HashField]->setText(entry.hash);
    if (request)
        fillRequest(entry);
    else
        fillResult(entry);
}

void JournalEntryView::showFields(bool request)
{
    for (Field field : {KindField, MethodField, UrlField, HeadersField, BodySizeField,
                        BodySha256Field, StoredCopyField})
        m_form->setRowVisible(m_captions[field], request);
    for (Field field : {RequestField, OutcomeField, HttpStatusField, ErrorField,
                        ReceivedSha256Field, DigestCheckField})
        m_form->setRowVisible(m_captions[field], !request);
    // A followed link goes to the browser: it has no body of the console's and gets no
    // answer the console reads, so no body digest, HTTP status or digest check applies.
    if (isFollowedLink())
        for (Field field : {BodySizeField, BodySha256Field, StoredCopyField, HttpStatusField,
                            ReceivedSha256Field, DigestCheckField})
            m_form->setRowVisible(m_captions[field], false);
    m_tabs->setTabVisible(BodyTab, request);
    m_tabs->tabBar()->setVisible(request); // one tab needs no tab bar
    // Without its tab bar the tab widget cannot take focus: Tab would try it and stay
    // where it was, trapped in the journal's table.
    m_tabs->setFocusPolicy(request ? Qt::TabFocus : Qt::NoFocus);
}

void JournalEntryView::fillRequest(const JournalEntry &entry)
{
    //: Details title; %1 is the entry number
    m_title->setText(tr("Entry #%1: request").arg(entry.seq));
    m_values[KindField]->setText(JournalText::kind(entry));
    m_values[MethodField]->setText(QString::fromLatin1(entry.method));
    m_values[UrlField]->setText(entry.url.toString(QUrl::FullyEncoded));
    m_values[HeadersField]->setText(headerLines(entry.headers));
    m_values[BodySizeField]->setText(tr("%Ln byte(s) sent", nullptr, int(entry.bodySize)));
    m_values[BodySha256Field]->setText(entry.bodySha256);
    const QString storedSha256 = Crypto::sha256Hex(entry.maskedBody);
    m_values[StoredCopyField]->setText(
        storedSha256 == entry.bodySha256
            ? tr("Identical to the bytes sent.")
            : tr("The secret fields are masked, so the stored copy's own SHA-256 differs: %1")
                  .arg(storedSha256));
    fillBody();
}

void JournalEntryView::fillResult(const JournalEntry &entry)
{
    const TransmissionOutcome &outcome = entry.outcome;
    //: Details title; %1 is the entry number, %2 the number of its request
    m_title->setText(tr("Entry #%1: result of #%2").arg(entry.seq).arg(entry.refSeq));
    m_values[RequestField]->setText(
        QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(entry.refSeq)
            .arg(tr("Show request #%1").arg(entry.refSeq).toHtmlEscaped()));
    const bool failed = !outcome.errorMessage.isEmpty() || !outcome.errorReason.isEmpty();
    m_values[OutcomeField]->setText(JournalText::outcome(outcome, !failed));
    setIcon(m_outcomeIcon, JournalText::tone(outcome));
    m_values[HttpStatusField]->setText(outcome.httpStatus > 0
                                           ? QString::number(outcome.httpStatus)
                                           : tr("None: no HTTP answer arrived."));
    m_form->setRowVisible(m_captions[ErrorField], failed);
    m_values[ErrorField]->setText(
        outcome.errorReason.isEmpty()
            ? TransmissionFailure::text(outcome)
            : tr("%1 (%2)").arg(TransmissionFailure::text(outcome), outcome.errorReason));
    const bool reported = !outcome.receivedSha256.isEmpty();
    m_values[ReceivedSha256Field]->setText(reported ? outcome.receivedSha256
                                                    : tr("Not reported by the service."));
    m_values[ReceivedSha256Field]->setFont(reported ? monospace() : font());
    const auto check = JournalText::digestCheck(outcome);
    m_values[DigestCheckField]->setText(JournalText::digestSentence(check));
    setIcon(m_digestIcon,
            check == JournalText::DigestCheck::Confirmed     ? StatusTone::Good
                : check == JournalText::DigestCheck::Differs ? StatusTone::Critical
                                                             : StatusTone::Neutral);
}

void JournalEntryView::fillBody()
{
    if (!m_entry || m_entry->event != JournalEvent::Request)
        return;
    const QByteArray &bytes = m_entry->maskedBody;
    const bool text = StrictJson::isValidUtf8(bytes);
    const QJsonDocument json = QJsonDocument::fromJson(bytes);
    m_indent->setEnabled(text && !json.isNull());
    if (!text) {
        m_bodyCaption->setText(tr("Body as stored, in base64 (it is not text):"));
        m_body->setPlainText(QString::fromLatin1(bytes.toBase64()));
    } else if (m_indent->isChecked() && !json.isNull()) {
        m_bodyCaption->setText(tr("Body as stored, indented for reading (the bytes themselves "
                                  "are compact), secret fields masked:"));
        m_body->setPlainText(QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
    } else {
        m_bodyCaption->setText(
            tr("Body exactly as stored: the bytes sent, with secret fields masked:"));
        m_body->setPlainText(QString::fromUtf8(bytes));
    }
    //: %1 is the SHA-256 of the exact bytes sent, in hex
    m_bodyDigest->setText(tr("SHA-256 of the bytes sent: %1").arg(m_entry->bodySha256));
    m_bodyDigest->setVisible(!isFollowedLink()); // a link sends no body to digest
}

void JournalEntryView::setIcon(QLabel *label, StatusTone tone)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    label->setPixmap(toneIcon(tone, style()).pixmap(QSize(size, size)));
    // The words beside the icon say it all; the icon's name only says its kind.
    switch (tone) {
    case StatusTone::Good:
        label->setAccessibleName(tr("Good"));
        break;
    case StatusTone::Warning:
        label->setAccessibleName(tr("Warning"));
        break;
    case StatusTone::Critical:
        label->setAccessibleName(tr("Problem"));
        break;
    case StatusTone::Neutral:
        label->setAccessibleName(tr("Information"));
        break;
    }
}

} // namespace LightAgent
