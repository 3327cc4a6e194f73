#include "ServiceAdmin.h"

#include "BundlePublisher.h"
#include "CodeCatalog.h"
#include "LicenseIssuer.h"
#include "ServiceStore.h"
#include "core/Clock.h"
#include "core/ExitCodes.h"
#include "license/ActivationCode.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

namespace LightAgent::Service {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lightagent-licensing-service", text);
}

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

int failWith(const Error &error)
{
    printLine(stderr, error.message);
    return exitCodeFor(error);
}

Error usage(const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, QStringLiteral("usage"), message);
}

// The store as a start would leave it: every code of the codes file is known.
Result<std::unique_ptr<ServiceStore>> openStore(const ServiceOptions &options)
{
    auto codes = CodeCatalog::load(options.codesFile);
    if (!codes)
        return codes.error();
    auto store = ServiceStore::open(options.dbFile);
    if (!store)
        return store.error();
    if (Status seeded = store.value()->seed(codes.value()); !seeded)
        return seeded.error();
    return std::move(store).value();
}

Result<QDateTime> releaseTime(const QString &text)
{
    if (text.isEmpty())
        return Clock::instance().now();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid() || !text.endsWith(QLatin1Char('Z')))
        return usage(
            tr("--released needs a UTC time such as 2026-05-01T06:00:00Z, not \"%1\".").arg(text));
    return time.toUTC();
}

int publishBundle(const ServiceOptions &options, const QString &version, const QString &count)
{
    bool ok = false;
    const qint64 records = count.toLongLong(&ok);
    auto released = releaseTime(options.released);
    if (!released)
        return failWith(released.error());
    if (!ok)
        return failWith(usage(tr("RECORDS must be a whole number, not \"%1\".").arg(count)));
    auto issuer = LicenseIssuer::load(options.signingKey, options.signer, options.product);
    auto store = openStore(options);
    if (!issuer || !store)
        return failWith(issuer ? store.error() : issuer.error());
    auto published = BundlePublisher(*store.value(), issuer.value())
                         .publish(version, released.value(), records, Clock::instance().now());
    if (!published)
        return failWith(published.error());
    printLine(stdout,
              tr("Published the database bundle %1 (%2 records, released %3); the "
                 "service answers updates with it from now on.")
                  .arg(published.value().version)
                  .arg(published.value().records)
                  .arg(published.value().released.toString(Qt::ISODate)));
    return ExitOk;
}

int changeCode(const ServiceOptions &options, const QString &verb, const QString &text)
{
    auto code = ActivationCode::parse(text);
    if (!code)
        return failWith(code.error());
    auto store = openStore(options);
    if (!store)
        return failWith(store.error());
    ServiceStore &s = *store.value();
    const QDateTime now = Clock::instance().now();
    QString done;
    Status changed;
    if (verb == QLatin1String("block")) {
        changed = s.setCodeFlags(code->text(), true, std::nullopt, now);
        done = tr("Blocked %1: the periodic check now answers \"blocked\".");
    } else if (verb == QLatin1String("expire")) {
        changed = s.setCodeFlags(code->text(), std::nullopt, true, now);
        done = tr("Expired %1: the periodic check now answers \"expired\".");
    } else {
        // Setting the file's own flags first proves the code is known.
        changed = s.setCodeFlags(code->text(), std::nullopt, std::nullopt, now);
        if (changed)
            changed = s.clearCodeFlags(code->text());
        done = tr("Restored %1 to the terms of the codes file.");
    }
    if (!changed)
        return failWith(changed.error());
    printLine(stdout, done.arg(code->text()));
    return ExitOk;
}

} // namespace

QString ServiceAdmin::usageText()
{
    return tr("Usage:\n"
              "  admin publish-bundle VERSION RECORDS [--released TIME]   sign and publish a "
              "database bundle\n"
              "  admin block CODE     the periodic check answers \"blocked\"\n"
              "  admin expire CODE    the periodic check answers \"expired\"\n"
              "  admin restore CODE   back to the codes file's flags\n"
              "Each takes the same --db, --codes and signing options as the service.");
}

int ServiceAdmin::run(const ServiceOptions &options, const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("publish-bundle") && arguments.size() == 3)
        return publishBundle(options, arguments.at(1), arguments.at(2));
    const bool codeVerb = verb == QLatin1String("block") || verb == QLatin1String("expire") ||
        verb == QLatin1String("restore");
    if (codeVerb && arguments.size() == 2)
        return changeCode(options, verb, arguments.at(1));
    printLine(stderr, usageText());
    return ExitUsage;
}

} // namespace LightAgent::Service
