#include "ServiceAnswer.h"

#include "WireNames.h"
#include "core/StrictJson.h"
#include "core/VisibleText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace LightAgent::ServiceAnswer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::ServiceAnswer", text);
}

Error malformed(const QString &detail)
{
    return Error::make(ErrorCode::Protocol, QStringLiteral("malformed-answer"),
                       tr("The licensing service's answer does not follow the contract (%1). "
                          "Nothing was changed.")
                           .arg(visibleText(detail)));
}

// The service's own words are shown, but bounded and with hidden characters escaped.
QString sanitized(const QString &text)
{
    return visibleText(QStringView(text).left(300));
}

// The console's own sentence for each documented error code, in English (the source
// text, to compare with the service's words) and translated through tr().
const char *explanation(const QString &code)
{
    using namespace Wire::ErrorCode;
    if (code == Internal)
        return QT_TRANSLATE_NOOP("LightAgent::ServiceAnswer",
                                 "The licensing service failed to process the request.");
    if (code == InvalidCode)
        return QT_TRANSLATE_NOOP("LightAgent::ServiceAnswer",
                                 "The service says the activation code is not valid.");
    if (code == CodeNotFound)
        return QT_TRANSLATE_NOOP("LightAgent::ServiceAnswer",
                                 "The service does not know this activation code. Check it "
                                 "against the one you received.");
    if (code == CodeBlocked)
        return QT_TRANSLATE_NOOP("LightAgent::ServiceAnswer",
                                 "The activation code has been blocked by the vendor.");
    if (code == CodeExpired)
        return QT_TRANSLATE_NOOP("LightAgent::ServiceAnswer", "The activation code has expired.");
    if (code == ActivationLimit)
        return QT_TRANSLATE_NOOP("LightAgent::ServiceAnswer",
                                 "The activation code has been used on as many SVMs as it allows.");
    if (code == WrongProduct)
        return QT_TRANSLATE_NOOP("LightAgent::ServiceAnswer",
                                 "The activation code is for a different product.");
    if (code == BadRequest)
        return QT_TRANSLATE_NOOP("LightAgent::ServiceAnswer",
                                 "The service could not read the request.");
    return nullptr;
}

QString withoutExplanation(int httpStatus)
{
    return tr("The licensing service answered HTTP %1 without an explanation. "
              "Nothing was changed.")
        .arg(httpStatus);
}

Result<QString> receivedDigest(const QJsonObject &body)
{
    const QJsonValue value = body.value(Wire::Response::ReceivedSha256);
    if (value.isUndefined())
        return QString();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!value.isString() || !hex.match(value.toString()).hasMatch())
        return malformed(tr("receivedSha256 is not a SHA-256 in lower-case hex"));
    return value.toString();
}

Result<qint64> recheckAfter(const QJsonObject &body)
{
    const QJsonValue value = body.value(Wire::Response::RecheckAfterSeconds);
    const double seconds = value.toDouble(-1);
    if (!value.isDouble() || seconds < 0 || seconds > double(MaxRecheckSeconds) ||
        seconds != std::floor(seconds))
        return malformed(tr("recheckAfterSeconds is not a whole number of seconds up to a year"));
    return qint64(seconds);
}

Result<QJsonObject> okBody(const HttpResponse &response)
{
    if (response.status != 200)
        return serviceError(response);
    auto body = StrictJson::parseObject(response.body);
    if (!body)
        return malformed(body.error().message);
    return body.value();
}

} // namespace

Error serviceError(const HttpResponse &response)
{
    auto body = StrictJson::parseObject(response.body);
    const QJsonObject error =
        body ? body.value().value(Wire::Response::Error).toObject() : QJsonObject();
    const QString code = error.value(Wire::Response::ErrorCode).toString();
    const QString message = sanitized(error.value(Wire::Response::ErrorMessage).toString());
    static const QRegularExpression codeShape(QStringLiteral("^[A-Z_]{1,40}$"));
    if (code.isEmpty() || !codeShape.match(code).hasMatch())
        return Error::make(ErrorCode::Service, QStringLiteral("service-error"),
                           withoutExplanation(response.status));
    // The console's sentence in the interface language; the service's own words (in
    // its language, not ours) only when they add something, on a line of their own.
    // A code outside the contract reads as the service's failure.
    const char *known = explanation(code);
    const char *source = known ? known : explanation(QString(Wire::ErrorCode::Internal));
    QString text = tr(source);
    if (!message.isEmpty() && message != QLatin1String(source) && message != text)
        //: %1 is the service's own message, shown as the service wrote it (not translated)
        text += QLatin1Char('\n') + tr("In the service's own words: \"%1\"").arg(message);
    return Error::make(ErrorCode::Service, code, text);
}

std::optional<QString> explain(const QString &reason, int httpStatus)
{
    if (reason == QLatin1String("service-error"))
        return withoutExplanation(httpStatus);
    if (const char *source = explanation(reason))
        return tr(source);
    return std::nullopt;
}

Result<ActivationAnswer> activation(const HttpResponse &response, const VendorProfile &profile)
{
    auto body = okBody(response);
    if (!body)
        return body.error();
    const QJsonValue key = body.value().value(Wire::Response::Key);
    if (!key.isObject())
        return malformed(tr("there is no key object"));
    auto digest = receivedDigest(body.value());
    if (!digest)
        return digest.error();
    auto recheck = recheckAfter(body.value());
    if (!recheck)
        return recheck.error();
    auto keyFile = KeyFile::parse(StrictJson::canonical(key.toObject()), profile);
    if (!keyFile) {
        const bool wrongProduct = keyFile.error().reason == QLatin1String("wrong-product");
        return Error::make(ErrorCode::InvalidInput,
                           wrongProduct ? QStringLiteral("returned-key-wrong-product")
                                        : QStringLiteral("returned-key-invalid"),
                           tr("The key the service returned was refused: %1 Nothing was changed.")
                               .arg(visibleText(keyFile.error().message)));
    }
    return ActivationAnswer {keyFile.value(), recheck.value(), digest.value()};
}

Result<CheckAnswer> check(const HttpResponse &response)
{
    auto body = okBody(response);
    if (!body)
        return body.error();
    const QString status = body.value().value(Wire::Response::Status).toString();
    CheckAnswer answer;
    if (status == Wire::CheckStatus::Active)
        answer.status = CheckAnswer::Status::Active;
    else if (status == Wire::CheckStatus::Blocked)
        answer.status = CheckAnswer::Status::Blocked;
    else if (status == Wire::CheckStatus::Expired)
        answer.status = CheckAnswer::Status::Expired;
    else
        return malformed(tr("the status is not active, blocked or expired"));
    auto digest = receivedDigest(body.value());
    if (!digest)
        return digest.error();
    auto recheck = recheckAfter(body.value());
    if (!recheck)
        return recheck.error();
    answer.recheckAfterSeconds = recheck.value();
    answer.receivedSha256 = digest.value();
    return answer;
}

Result<UpdateAnswer> update(const HttpResponse &response, const VendorProfile &profile)
{
    auto body = okBody(response);
    if (!body)
        return body.error();
    const QJsonValue bundle = body.value().value(Wire::Response::Bundle);
    if (!bundle.isObject())
        return malformed(tr("there is no bundle object"));
    auto digest = receivedDigest(body.value());
    if (!digest)
        return digest.error();
    auto parsed = DatabaseBundle::parse(StrictJson::canonical(bundle.toObject()), profile);
    if (!parsed)
        return Error::make(parsed.error().code, parsed.error().reason,
                           tr("The database bundle the service sent was refused: %1 The "
                              "installed databases were kept.")
                               .arg(visibleText(parsed.error().message)));
    return UpdateAnswer {parsed.value(), digest.value()};
}

} // namespace LightAgent::ServiceAnswer
