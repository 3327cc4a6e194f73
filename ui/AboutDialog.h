// Which console this is: product, version, the Qt and OpenSSL it runs on, and the
// vendor profile it trusts. What support asks for first.
#pragma once

#include <QDialog>

namespace LightAgent {

class VendorProfile;

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const VendorProfile &profile, QWidget *parent = nullptr);
};

} // namespace LightAgent
