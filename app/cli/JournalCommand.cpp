#include "JournalCommand.h"

#include "CtlContext.h"
#include "CtlOutput.h"
#include "core/ExitCodes.h"
#include "provision/TransmissionJournal.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <optional>

namespace LightAgent::Ctl {

namespace {

// Entries are read a page at a time, so a long journal never sits in memory whole.
constexpr int PageSize = 500;

// lupdate files the tr() calls of these free functions under the namespace.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("LightAgent::Ctl", text, disambiguation, n);
}

Result<TransmissionJournal> openJournal(CtlContext &context)
{
    auto database = context.database();
    if (!database)
        return database.error();
    return TransmissionJournal(database.value());
}

// Pages through every entry in seq order.
Status forEachEntry(const TransmissionJournal &journal,
                    const std::function<void(const JournalEntry &)> &visit)
{
    for (qint64 after = 0;;) {
        auto page = journal.page(after, PageSize);
        if (!page)
            return page.error();
        if (page->isEmpty())
            return {};
        for (const JournalEntry &entry : page.value())
            visit(entry);
        after = page->constLast().seq;
    }
}

QString shortOutcome(const TransmissionOutcome &outcome)
{
    QString text = toWireName(outcome.result);
    if (outcome.httpStatus > 0)
        text += QStringLiteral(", HTTP ") + QString::number(outcome.httpStatus);
    if (outcome.result == TransmissionResult::Failed && !outcome.errorReason.isEmpty())
        text += QStringLiteral(": ") + outcome.errorReason;
    if (outcome.digestMatched.has_value())
        text += *outcome.digestMatched ? tr(", digest confirmed") : tr(", DIGEST DIFFERS");
    return text;
}

QString tableLine(const QStringList &cells)
{
    static constexpr int Widths[] = {6, 24, 15, 6, 44, 32};
    QString line = cells.value(0).rightJustified(Widths[0] - 1) + QLatin1Char(' ');
    for (int i = 1; i < 6; ++i)
        line += QLatin1Char(' ') + cells.value(i).leftJustified(Widths[i] - 1);
    return line + QLatin1Char(' ') + cells.value(6);
}

// A result line repeats its request's kind, method and URL so each line reads alone.
void printEntry(const TransmissionJournal &journal, const JournalEntry &entry)
{
    const bool request = entry.event == JournalEvent::Request;
    std::optional<JournalEntry> sent;
    if (request) {
        sent = entry;
    } else if (auto found = journal.entry(entry.refSeq); found) {
        sent = found.value();
    }
    // A followed link sends no body: no digest applies to it.
    const QString digest = sent && sent->kind != toWireName(TransmissionKind::HelpLink)
        ? sent->bodySha256.left(12)
        : QString();
    out(tableLine({QString::number(entry.seq), entry.time.toString(Qt::ISODateWithMs),
                   sent ? sent->kind : QString(),
                   sent ? QString::fromLatin1(sent->method) : QString(),
                   sent ? sent->url.toString(QUrl::FullyEncoded) : QString(),
                   request ? tr("recorded before sending")
                           : tr("result of #%1: ").arg(entry.refSeq) + shortOutcome(entry.outcome),
                   digest}));
}

int list(CtlContext &context)
{
    auto journal = openJournal(context);
    if (!journal)
        return fail(journal.error(), context.json());
    if (context.json()) {
        // Streamed as one JSON array: each entry is printed once the next one is known.
        out(QStringLiteral("["));
        QString pending;
        const Status read = forEachEntry(journal.value(), [&pending](const JournalEntry &entry) {
            if (!pending.isEmpty())
                out(pending + QLatin1Char(','));
            pending = QStringLiteral("  ") +
                QString::fromUtf8(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact));
        });
        if (!pending.isEmpty())
            out(pending);
        out(QStringLiteral("]"));
        return read ? ExitOk : fail(read.error(), false);
    }
    out(tableLine({tr("SEQ"), tr("TIME (UTC)"), tr("KIND"), tr("METHOD"), tr("URL"), tr("OUTCOME"),
                   tr("SHA-256")}));
    qint64 shown = 0;
    const Status read = forEachEntry(journal.value(), [&](const JournalEntry &entry) {
        printEntry(journal.value(), entry);
        ++shown;
    });
    if (!read)
        return fail(read.error(), false);
    if (shown == 0)
        out(tr("The journal is empty: nothing has been sent from this data directory."));
    return ExitOk;
}

int verify(CtlContext &context)
{
    std::optional<JournalAnchor> anchor;
    if (context.isSet(QStringLiteral("head"))) {
        auto parsed = JournalAnchor::parse(context.value(QStringLiteral("head")));
        if (!parsed)
            return context.usage(parsed.error().message);
        anchor = parsed.value();
    }
    auto journal = openJournal(context);
    if (!journal)
        return fail(journal.error(), context.json());
    auto verified = anchor ? journal->verifyExtends(*anchor) : journal->verify();
    if (!verified)
        return fail(verified.error(), context.json());
    const JournalVerification &v = verified.value();
    if (context.json()) {
        QJsonObject json {{QStringLiteral("ok"), v.ok},
                          {QStringLiteral("checked"), v.checked},
                          {QStringLiteral("firstBadSeq"), v.firstBadSeq},
                          {QStringLiteral("reason"), v.reason},
                          {QStringLiteral("problem"), v.problem}};
        if (anchor)
            json.insert(QStringLiteral("keptHead"), anchor->toText());
        outJson(json);
    } else if (!v.ok) {
        out(v.problem);
    } else if (anchor) {
        out(tr("The journal is intact and extends the kept head %1: %n entries checked.", nullptr,
               int(v.checked))
                .arg(anchor->toText()));
    } else {
        out(tr("The journal is intact: %n entries checked.", nullptr, int(v.checked)));
    }
    return v.ok ? ExitOk : ExitInvalidInput;
}

int printHead(CtlContext &context)
{
    auto journal = openJournal(context);
    if (!journal)
        return fail(journal.error(), context.json());
    auto head = journal->head();
    if (!head)
        return fail(head.error(), context.json());
    if (context.json())
        outJson(QJsonObject {{QStringLiteral("seq"), head->seq},
                             {QStringLiteral("hash"), head->hash},
                             {QStringLiteral("head"), head->toText()}});
    else
        out(head->toText());
    return ExitOk;
}

int exportLines(CtlContext &context, const QString &path)
{
    auto journal = openJournal(context);
    if (!journal)
        return fail(journal.error(), context.json());
    if (Status s = journal->exportJsonLines(path); !s)
        return fail(s.error(), context.json());
    auto count = journal->count();
    if (!count)
        return fail(count.error(), context.json());
    if (context.json())
        outJson(QJsonObject {{QStringLiteral("exported"), path},
                             {QStringLiteral("entries"), count.value()}});
    else
        out(tr("Exported %n entries to %1 (JSON Lines: one object per line, with prevHash and "
               "hash).",
               nullptr, int(count.value()))
                .arg(path));
    return ExitOk;
}

} // namespace

int runJournal(CtlContext &context)
{
    const QStringList args = context.arguments();
    const QString verb = args.value(0);
    if (args.isEmpty())
        return list(context);
    if (verb == QLatin1String("verify") && args.size() == 1)
        return verify(context);
    if (verb == QLatin1String("head") && args.size() == 1)
        return printHead(context);
    if (verb == QLatin1String("export") && args.size() == 2)
        return exportLines(context, args.at(1));
    return context.usage(tr("Use 'journal', 'journal head', 'journal verify [--head SEQ:HASH]' "
                            "or 'journal export FILE'."));
}

} // namespace LightAgent::Ctl
