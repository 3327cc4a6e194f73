// Which console this is: product, version, the Qt and OpenSSL it runs on, and the
// vendor profile it trusts. What support asks for first.
#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;

namespace LightAgent {

class ConsoleSession;

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(ConsoleSession &session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *addRow(const char *name, const QString &value);
    void setCaption(QLabel *field, const QString &caption);

    ConsoleSession &m_session;
    QFormLayout *m_form;
    QLabel *m_title;
    QLabel *m_purpose;
    QLabel *m_version = nullptr;
    QLabel *m_qtVersion = nullptr;
    QLabel *m_openSslVersion = nullptr;
    QLabel *m_profile = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace LightAgent
