#include "HelpLinkPreviewDialog.h"

#include "WrappedValueLabel.h"
#include "provision/PayloadCatalog.h"
#include "provision/Recipients.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace LightAgent {

namespace {

enum Column { NameColumn, ValueColumn, MeaningColumn, ColumnCount };

QLabel *wrappedLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

HelpLinkPreviewDialog::HelpLinkPreviewDialog(const HelpLink &link, const VendorProfile &profile,
                                             QWidget *parent)
    : QDialog(parent)
    , m_link(link)
    , m_profile(profile)
    , m_heading(wrappedLabel(this, "helpLinkHeading"))
    , m_explanation(wrappedLabel(this, "helpLinkExplanation"))
    , m_urlCaption(new QLabel(this))
    , m_url(new WrappedValueLabel(this))
    , m_parametersCaption(new QLabel(this))
    , m_parameters(new QTableWidget(0, ColumnCount, this))
    , m_noData(wrappedLabel(this, "helpLinkNoData"))
    , m_dontShowAgain(new QCheckBox(this))
    , m_dontShowAgainHint(wrappedLabel(this, "dontShowAgainHint"))
    , m_openButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("helpLinkPreviewDialog"));
    setMinimumWidth(640);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);

    m_urlCaption->setObjectName(QStringLiteral("helpLinkUrlCaption"));
    m_urlCaption->setBuddy(m_url);
    m_url->setObjectName(QStringLiteral("helpLinkUrl"));
    // The whole address, wrapped: a line edit showed only its start.
    m_url->setText(m_link.url.toString(QUrl::FullyEncoded));
    m_parametersCaption->setObjectName(QStringLiteral("helpLinkParametersCaption"));
    m_parametersCaption->setBuddy(m_parameters);
    m_parameters->setObjectName(QStringLiteral("helpLinkParameters"));
    // Tab leaves the table for the next control; the arrow keys move within it.
    m_parameters->setTabKeyNavigation(false);
    m_parameters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parameters->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parameters->verticalHeader()->hide();
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->setWordWrap(true);
    m_dontShowAgain->setObjectName(QStringLiteral("dontShowAgainCheck"));
    m_dontShowAgainHint->setForegroundRole(QPalette::PlaceholderText);
    m_dontShowAgainHint->setContentsMargins(24, 0, 0, 0);
    m_openButton->setObjectName(QStringLiteral("openLinkButton"));
    // Opening sends the link's data, so Enter never opens: Open is chosen, never the
    // default. An accept-role button would be made the default when the box is shown.
    m_openButton->setAutoDefault(false);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->addButton(m_openButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    connect(m_openButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addWidget(m_urlCaption);
    layout->addWidget(m_url);
    layout->addWidget(m_parametersCaption);
    layout->addWidget(m_parameters, 1);
    layout->addWidget(m_noData);
    layout->addWidget(m_dontShowAgain);
    layout->addWidget(m_dontShowAgainHint);
    layout->addWidget(buttons);

    const bool carriesData = m_link.url.hasQuery();
    m_parametersCaption->setVisible(carriesData);
    m_parameters->setVisible(carriesData);
    m_noData->setVisible(!carriesData);
    QWidget::setTabOrder(m_url, m_parameters);
    QWidget::setTabOrder(m_parameters, m_dontShowAgain);
    QWidget::setTabOrder(m_dontShowAgain, m_openButton);
    QWidget::setTabOrder(m_openButton, m_cancelButton);
    retranslateUi();
}

bool HelpLinkPreviewDialog::dontShowAgain() const
{
    return m_dontShowAgain->isChecked();
}

void HelpLinkPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HelpLinkPreviewDialog::retranslateUi()
{
    setWindowTitle(tr("Open help link"));
    //: %1 is the title of a help topic, e.g. "About data provision"
    m_heading->setText(tr("Open \"%1\" in your web browser?").arg(m_link.page.title()));
    //: %1 is the host that receives the link, with what it is, e.g. "click.kaspersky.com
    //: (the help redirector: a public site of a real vendor, not of Demo vendor)"
    m_explanation->setText(
        tr("Opening this link sends exactly what is shown below to %1, and "
           "the visit is recorded in the journal.")
            .arg(Recipients::describe(m_profile, m_link.url, TransmissionKind::HelpLink)));
    m_urlCaption->setText(tr("&Address:"));
    m_url->setAccessibleName(tr("Address of the link"));
    m_parametersCaption->setText(tr("&Data in the address:"));
    m_parameters->setAccessibleName(tr("Data in the address"));
    m_parameters->setHorizontalHeaderLabels({tr("Parameter"), tr("Value"), tr("Meaning")});
    m_noData->setText(tr("This address carries no data about this installation. Like any web "
                         "page, the site sees your computer's network address when it is "
                         "opened."));
    m_dontShowAgain->setText(tr("Do&n't show this preview again"));
    //: "Help ▸ Preview help links before opening" names the menu and its item
    m_dontShowAgainHint->setText(
        tr("Links will then open at once, and are still recorded in the journal. Turn the "
           "preview back on with Help ▸ Preview help links before opening."));
    m_openButton->setText(tr("&Open link"));
    m_cancelButton->setText(tr("Cancel"));
    fillParameters();
}

void HelpLinkPreviewDialog::fillParameters()
{
    const QList<QPair<QString, QString>> items =
        QUrlQuery(m_link.url).queryItems(QUrl::FullyDecoded);
    m_parameters->setRowCount(int(items.size()));
    for (int row = 0; row < int(items.size()); ++row) {
        const auto &[name, value] = items.at(row);
        const QString meaning = PayloadCatalog::vendorWording(TransmissionKind::HelpLink, name);
        m_parameters->setItem(row, NameColumn, new QTableWidgetItem(name));
        m_parameters->setItem(row, ValueColumn, new QTableWidgetItem(value));
        m_parameters->setItem(row, MeaningColumn, new QTableWidgetItem(meaning));
    }
    m_parameters->resizeColumnsToContents();
    m_parameters->resizeRowsToContents();
}

} // namespace LightAgent
