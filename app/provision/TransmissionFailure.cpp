#include "TransmissionFailure.h"

#include "ServiceAnswer.h"

#include <QCoreApplication>

#include <iterator>

namespace LightAgent::TransmissionFailure {

namespace {

struct Sentence
{
    const char *reason;
    const char *context;
    const char *source;
};

// Sentences said elsewhere keep their context (where lupdate filed them), so they
// share its translation; the others leave out what only the moment knew (the host,
// the seconds allowed), which the request entry and the settings still show.
constexpr Sentence Sentences[] = {
    {"certificate-expired", "LightAgent",
     QT_TRANSLATE_NOOP("LightAgent", "The service's certificate has expired. Nothing was sent.")},
    {"certificate-not-yet-valid", "LightAgent",
     QT_TRANSLATE_NOOP("LightAgent",
                       "The service's certificate is not valid yet; check this computer's "
                       "clock. Nothing was sent.")},
    {"untrusted-certificate", "LightAgent",
     QT_TRANSLATE_NOOP("LightAgent",
                       "The service's certificate is not issued by an authority that the "
                       "vendor profile or this system trusts. Nothing was sent.")},
    {"pin-mismatch", "LightAgent::HttpsClient",
     QT_TRANSLATE_NOOP("LightAgent::HttpsClient",
                       "The service's public key does not match any key pinned in the vendor "
                       "profile. Nothing was sent.")},
    {"truncated-response", "LightAgent::HttpResponseParser",
     QT_TRANSLATE_NOOP("LightAgent::HttpResponseParser",
                       "The service closed the connection before the whole answer arrived.")},
    {"no-browser", "LightAgent::HelpOpener",
     QT_TRANSLATE_NOOP("LightAgent::HelpOpener", "No web browser could open the link.")},
    {"host-mismatch", "LightAgent::TransmissionFailure",
     QT_TRANSLATE_NOOP("LightAgent::TransmissionFailure",
                       "The service's certificate is not issued for the service's address: "
                       "someone may be impersonating the service. Nothing was sent.")},
    {"certificate-invalid", "LightAgent::TransmissionFailure",
     QT_TRANSLATE_NOOP("LightAgent::TransmissionFailure",
                       "The service's certificate is not acceptable. Nothing was sent.")},
    {"insecure-url", "LightAgent::TransmissionFailure",
     QT_TRANSLATE_NOOP("LightAgent::TransmissionFailure",
                       "Only https:// addresses are allowed; nothing was sent.")},
    {"redirect-refused", "LightAgent::TransmissionFailure",
     QT_TRANSLATE_NOOP("LightAgent::TransmissionFailure",
                       "The service redirected the request elsewhere; redirects are not "
                       "followed, so nothing more was sent.")},
    {"tls-handshake", "LightAgent::TransmissionFailure",
     QT_TRANSLATE_NOOP("LightAgent::TransmissionFailure",
                       "No secure connection could be agreed with the service (TLS 1.2 or "
                       "later is required). Nothing was sent.")},
    {"name-not-resolved", "LightAgent::TransmissionFailure",
     QT_TRANSLATE_NOOP("LightAgent::TransmissionFailure",
                       "The service's name could not be resolved. Check the DNS settings or "
                       "the vendor profile.")},
    {"connection-refused", "LightAgent::TransmissionFailure",
     QT_TRANSLATE_NOOP("LightAgent::TransmissionFailure",
                       "The service refused the connection; it may be down or blocked by a "
                       "firewall.")},
    {"proxy", "LightAgent::TransmissionFailure",
     QT_TRANSLATE_NOOP("LightAgent::TransmissionFailure",
                       "The proxy refused or failed the connection.")},
    {"network", "LightAgent::TransmissionFailure",
     QT_TRANSLATE_NOOP("LightAgent::TransmissionFailure", "The connection to the service failed.")},
    {"connect-timeout", "LightAgent::TransmissionFailure",
     QT_TRANSLATE_NOOP("LightAgent::TransmissionFailure",
                       "No secure connection to the service within the time allowed. Nothing "
                       "was sent.")},
    {"timeout", "LightAgent::TransmissionFailure",
     QT_TRANSLATE_NOOP("LightAgent::TransmissionFailure",
                       "The service did not answer completely within the time allowed.")},
    {"response-too-large", "LightAgent::TransmissionFailure",
     QT_TRANSLATE_NOOP("LightAgent::TransmissionFailure",
                       "The service's answer was larger than allowed; it was not read.")},
    {"malformed-response", "LightAgent::TransmissionFailure",
     QT_TRANSLATE_NOOP("LightAgent::TransmissionFailure",
                       "The service's answer is not a well-formed HTTP answer.")},
    {"malformed-answer", "LightAgent::TransmissionFailure",
     QT_TRANSLATE_NOOP("LightAgent::TransmissionFailure",
                       "The licensing service's answer does not follow the contract. Nothing "
                       "was changed.")},
    {"returned-key-invalid", "LightAgent::TransmissionFailure",
     QT_TRANSLATE_NOOP("LightAgent::TransmissionFailure",
                       "The key the service returned was refused. Nothing was changed.")},
    {"returned-key-wrong-product", "LightAgent::TransmissionFailure",
     QT_TRANSLATE_NOOP("LightAgent::TransmissionFailure",
                       "The key the service returned is for a different product. Nothing was "
                       "changed.")},
};

} // namespace

QString text(const QString &reason, const QString &storedMessage, int httpStatus)
{
    if (const std::optional<QString> service = ServiceAnswer::explain(reason, httpStatus))
        return *service;
    for (const Sentence &sentence : Sentences) {
        if (reason == QLatin1String(sentence.reason))
            return QCoreApplication::translate(sentence.context, sentence.source);
    }
    return storedMessage.isEmpty() ? reason : storedMessage;
}

QString text(const TransmissionOutcome &outcome)
{
    return text(outcome.errorReason, outcome.errorMessage, outcome.httpStatus);
}

} // namespace LightAgent::TransmissionFailure
