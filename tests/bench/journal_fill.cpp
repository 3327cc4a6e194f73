// Fills a data directory's transmission journal with N entries for scripts/bench:
// requests and their results, alternately, through the journal's own API (so the
// hash chain is real), in one transaction so that 100 000 entries take seconds.
//
//   bench_journal_fill DATA_DIR ENTRIES
#include "core/StateDatabase.h"
#include "provision/TransmissionJournal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <cstdio>

using namespace LightAgent;

namespace {

RequestEnvelope envelopeFor(qint64 i)
{
    const QJsonObject body {
        {QStringLiteral("activationCode"), QStringLiteral("A11A1-11111-1A1AA-1A11P")},
        {QStringLiteral("svmId"), QStringLiteral("bench-%1").arg(i)},
        {QStringLiteral("localization"), QStringLiteral("en-US")}};
    return RequestEnvelope::postJson(TransmissionKind::Activation,
                                     QUrl(QStringLiteral("https://127.0.0.1:47443/v1/activations")),
                                     body, {QStringLiteral("activationCode")});
}

Status fill(TransmissionJournal &journal, qint64 entries)
{
    for (qint64 i = 0; i < entries; i += 2) {
        const RequestEnvelope envelope = envelopeFor(i);
        auto seq = journal.recordRequest(envelope);
        if (!seq)
            return seq.error();
        if (i + 1 < entries) {
            if (Status result = journal.recordResult(
                    seq.value(), TransmissionOutcome::sent(200, envelope.sha256()));
                !result)
                return result;
        }
    }
    return Status();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const qint64 entries = args.size() == 3 ? args.at(2).toLongLong(&ok) : 0;
    if (!ok || entries < 0) {
        std::fprintf(stderr, "usage: bench_journal_fill DATA_DIR ENTRIES\n");
        return 2;
    }
    auto database = StateDatabase::open(args.at(1));
    if (!database) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(database.error().message));
        return 1;
    }
    TransmissionJournal journal(database.value());
    const Status written = database.value()->write([&] { return fill(journal, entries); });
    if (!written) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(written.error().message));
        return 1;
    }
    return 0;
}
