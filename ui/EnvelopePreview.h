// Shows one request envelope exactly as it will be sent: the method, the full URL and
// the headers the console sets; every field with its value and, in the vendor's
// words, what it is; and the exact bytes with their SHA-256. Copy and Save give those
// bytes unchanged. A followed link (GET, no body) shows its query parameters as the
// fields and its address as the exact text. Given the network settings, it also says
// which way the request goes: directly, or through a proxy and the exact CONNECT
// request that proxy receives. Used by the activation wizard and the data provision
// page.
#pragma once

#include "net/NetworkSettings.h"
#include "provision/RequestEnvelope.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace LightAgent {

class ConsoleSession;

class VendorProfile;

class EnvelopePreview : public QWidget
{
    Q_OBJECT

public:
    enum Column { FieldColumn, ValueColumn, MeaningColumn };
    enum Tab { FieldsTab, ExactBytesTab };

    explicit EnvelopePreview(QWidget *parent = nullptr);

    void setEnvelope(const RequestEnvelope &envelope);
    // The profile that names who receives the request: the preview then says which host
    // that is ("Received by:"), not only its address.
    void setProfile(const VendorProfile &profile);
    // Both of the above from the session: who receives the request and the way to it.
    void describeWayFor(ConsoleSession &session);
    // Shows the way to the service from now on (before or after setEnvelope()).
    void setNetworkSettings(const NetworkSettings &settings);
    const RequestEnvelope &envelope() const { return m_envelope; }

    // What Copy and Save give: the request's wire bytes, or a link's address.
    QByteArray exactBytes() const;
    // (field, value) as the table shows them: body fields, or a link's parameters.
    QList<QPair<QString, QString>> fieldRows() const;

    QTableWidget *fieldTable() const { return m_table; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    void copyExactBytes();
    void saveExactBytes();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createRequestBox();
    QWidget *createFooter();
    void retranslateUi();
    void fillRequest();
    void fillRoute();
    void fillTable();
    void layoutColumns();
    bool isLink() const;
    void fillRecipient();
    void setStatus(const QString &text);

    RequestEnvelope m_envelope;
    QLabel *m_requestTitle = nullptr;
    QLabel *m_methodCaption = nullptr;
    QLabel *m_method = nullptr;
    QLabel *m_urlCaption = nullptr;
    QLabel *m_url = nullptr;
    const VendorProfile *m_profile = nullptr;
    QFormLayout *m_requestForm = nullptr;
    QLabel *m_recipientCaption = nullptr;
    QLabel *m_recipient = nullptr;
    QLabel *m_headersCaption = nullptr;
    QLabel *m_headers = nullptr;
    QLabel *m_routeCaption = nullptr;
    QLabel *m_route = nullptr;
    QLabel *m_connect = nullptr;
    std::optional<NetworkSettings> m_settings;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QLabel *m_rawNote = nullptr;
    QLabel *m_shaCaption = nullptr;
    QLabel *m_sha = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace LightAgent
