#include "HelpOpener.h"

#include "ConsoleSession.h"
#include "HelpLinkPreviewDialog.h"
#include "MessageBox.h"
#include "core/Clock.h"
#include "help/HelpLinkBuilder.h"
#include "provision/DataProvisionAgreement.h"
#include "provision/TransmissionJournal.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QPointer>
#include <QWidget>

namespace LightAgent {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LightAgent::HelpOpener)
};

QString title()
{
    //: Title of message boxes about following a help link
    return Tr::tr("Online help");
}

// Asks for the data-provision agreement; true once it stands.
bool agreementStands(QWidget *context, ConsoleSession &session)
{
    DataProvisionAgreement agreement(session.database());
    auto stands = agreement.stands();
    if (!stands) {
        MessageBox::critical(context, title(), stands.error().message);
        return false;
    }
    if (stands.value())
        return true;
    const auto answer = MessageBox::question(
        context, title(),
        Tr::tr("Online help links send data to the vendor's help site: the interface language, "
               "the name of the link, the type and version of the solution and the ID of the "
               "help page.\n\n"
               "The console sends them only under the data provision agreement, which also "
               "covers database updates. You can read the vendor's statement, and withdraw the "
               "agreement at any time, on the Data provision page.\n\n"
               "Do you accept the data provision agreement?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    if (Status accepted = agreement.accept(session.profile(), Clock::instance().now()); !accepted) {
        MessageBox::critical(context, title(),
                             Tr::tr("The agreement was not recorded, so nothing was sent: %1")
                                 .arg(accepted.error().message));
        return false;
    }
    return true;
}

// Journals the request, hands the link to the browser, journals the result.
HelpOpening follow(QWidget *context, ConsoleSession &session, const HelpLink &link)
{
    const RequestEnvelope envelope = link.envelope();
    TransmissionJournal journal(session.database());
    auto seq = journal.recordRequest(envelope);
    if (!seq) {
        MessageBox::critical(context, title(),
                             Tr::tr("The link was not opened, because the transmission journal "
                                    "could not record it: %1")
                                 .arg(seq.error().message));
        return HelpOpening::Failed;
    }
    if (QDesktopServices::openUrl(link.url)) {
        if (Status s = journal.recordResult(seq.value(), TransmissionOutcome::sent(0)); !s)
            qWarning("The journal could not record a followed link: %s",
                     qPrintable(s.error().message));
        return HelpOpening::Opened;
    }
    const Error error = Error::make(ErrorCode::Io, QStringLiteral("no-browser"),
                                    Tr::tr("No web browser could open the link."));
    (void)journal.recordResult(seq.value(), TransmissionOutcome::failed(error));
    MessageBox::warning(context, title(),
                        error.message + QStringLiteral("\n\n") +
                            link.url.toString(QUrl::FullyEncoded));
    return HelpOpening::Failed;
}

void decline(ConsoleSession &session, const HelpLink &link)
{
    TransmissionJournal journal(session.database());
    auto seq = journal.recordRequest(link.envelope());
    if (seq)
        (void)journal.recordResult(seq.value(), TransmissionOutcome::declined());
}

} // namespace

bool helpPreviewEnabled(const ConsoleSession &session)
{
    const Result<QString> value =
        session.database()->setting(QString::fromLatin1(HelpPreviewSetting));
    return !value || value.value() != QLatin1String("false");
}

Status setHelpPreviewEnabled(ConsoleSession &session, bool enabled)
{
    return session.database()->setSetting(QString::fromLatin1(HelpPreviewSetting),
                                          enabled ? QStringLiteral("true")
                                                  : QStringLiteral("false"));
}

HelpOpening openHelp(QWidget *context, ConsoleSession &session, const QString &place)
{
    auto link = HelpLinkBuilder(session.profile()).link(place, session.localization());
    if (!link) {
        MessageBox::critical(context, title(), link.error().message);
        return HelpOpening::Failed;
    }
    if (link->page.target == HelpTarget::Redirector && !agreementStands(context, session))
        return HelpOpening::NeedsAgreement;
    if (!helpPreviewEnabled(session))
        return follow(context, session, link.value());

    QWidget *window = context ? context->window() : nullptr;
    auto *preview = new HelpLinkPreviewDialog(link.value(), session.profile(), window);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QWidget> guardedContext(context);
    QObject::connect(preview, &QDialog::finished, &session,
                     [preview, guardedContext, &session, followed = link.value()](int result) {
                         if (result != QDialog::Accepted) {
                             decline(session, followed);
                             return;
                         }
                         if (preview->dontShowAgain())
                             (void)setHelpPreviewEnabled(session, false);
                         follow(guardedContext ? guardedContext.data() : preview->parentWidget(),
                                session, followed);
                     });
    preview->open();
    return HelpOpening::Previewing;
}

} // namespace LightAgent
