// The details pane of the Journal page: every field of one journal entry. For a
// request, the method, URL, headers and the body exactly as stored (secret fields
// masked), with the SHA-256 of the bytes that were sent; for a result, its request,
// the outcome, the HTTP status, the error and whether the service confirmed the
// digest, said in words and with an icon.
#pragma once

#include "StatusTone.h"
#include "provision/JournalEntry.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QTabWidget;
class QStackedWidget;

namespace LightAgent {

class JournalEntryView : public QWidget
{
    Q_OBJECT

public:
    explicit JournalEntryView(QWidget *parent = nullptr);

    // Shows the entry, or the hint to select one. A result shows only the fields that
    // apply to its request's kind (`requestKind`, a wire name; empty when unknown).
    void showEntry(const std::optional<JournalEntry> &entry, const QString &requestKind = {});
    const std::optional<JournalEntry> &entry() const { return m_entry; }
    QPlainTextEdit *bodyView() const { return m_body; }
    // Where keyboard focus enters the details.
    QWidget *focusEntry() const;

Q_SIGNALS:
    // The administrator followed a result's link to its request.
    void requestLinkActivated(qint64 seq);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Tab { FieldsTab, BodyTab };
    enum Field {
        TimeField,
        KindField,
        MethodField,
        UrlField,
        HeadersField,
        BodySizeField,
        BodySha256Field,
        StoredCopyField,
        RequestField,
        OutcomeField,
        HttpStatusField,
        ErrorField,
        ReceivedSha256Field,
        DigestCheckField,
        PrevHashField,
        HashField,
        FieldCount
    };

    // Words wrap between words and can be selected; values wrap anywhere and are copied whole.
    enum ValueKind { Words, WholeValue, MonospaceValue };

    QWidget *createDetails();
    QWidget *createBody();
    void addField(Field field, const char *objectName, ValueKind kind = Words);
    QWidget *iconRow(Field field, QLabel *icon);
    void retranslateUi();
    void fill();
    bool isFollowedLink() const;
    void fillRequest(const JournalEntry &entry);
    void fillResult(const JournalEntry &entry);
    void fillBody();
    void showFields(bool request);
    void setIcon(QLabel *label, StatusTone tone);

    std::optional<JournalEntry> m_entry;
    QString m_requestKind; // of the result's request, when known
    QStackedWidget *m_stack;
    QLabel *m_hint;
    QLabel *m_title;
    QScrollArea *m_scroll;
    QTabWidget *m_tabs = nullptr;
    QFormLayout *m_form;
    QLabel *m_captions[FieldCount] = {};
    QLabel *m_values[FieldCount] = {};
    QLabel *m_outcomeIcon;
    QLabel *m_digestIcon;
    QWidget *m_bodyPanel;
    QLabel *m_bodyCaption;
    QCheckBox *m_indent;
    QPlainTextEdit *m_body;
    QLabel *m_bodyDigest;
};

} // namespace LightAgent
