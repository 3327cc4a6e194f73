#include "HttpResponseParser.h"

#include <QCoreApplication>

#include <optional>

namespace LightAgent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::HttpResponseParser", text);
}

constexpr qsizetype MaxChunkLineBytes = 64;

// A length as HTTP writes it: digits of `base` and nothing else — no sign, no space,
// no NUL (where QByteArray::toLongLong would stop and call it a number) — and small
// enough for qint64.
std::optional<qint64> strictNumber(QByteArray text, int base)
{
    while (text.size() > 1 && text.startsWith('0'))
        text.remove(0, 1);
    if (text.isEmpty() || text.size() > (base == 16 ? 15 : 18))
        return std::nullopt;
    for (const char c : std::as_const(text)) {
        const bool digit = (c >= '0' && c <= '9') ||
            (base == 16 && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
        if (!digit)
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok, base);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

HttpResponseParser::HttpResponseParser(qsizetype maxBodyBytes)
    : m_maxBody(maxBodyBytes)
{ }

HttpResponseParser::State HttpResponseParser::fail(const char *reason, const QString &message)
{
    m_error = Error::make(ErrorCode::Protocol, QString::fromLatin1(reason), message);
    m_state = State::Failed;
    m_buffer.clear();
    return m_state;
}

HttpResponseParser::State HttpResponseParser::feed(const QByteArray &bytes)
{
    if (m_state != State::NeedMore)
        return m_state;
    m_buffer += bytes;
    if (!m_headDone) {
        if (parseHead() != State::NeedMore || !m_headDone)
            return m_state;
    }
    return parseBody();
}

HttpResponseParser::State HttpResponseParser::finish()
{
    if (m_state != State::NeedMore)
        return m_state;
    if (m_headDone && m_framing == Framing::UntilClose) {
        m_response.body = m_buffer;
        m_buffer.clear();
        return m_state = State::Complete;
    }
    return fail("truncated-response",
                tr("The service closed the connection before the whole "
                   "answer arrived."));
}

HttpResponseParser::State HttpResponseParser::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        // Past this, the end of the head could only come too late: the same answer as
        // when the whole head arrives at once, however the bytes were split.
        if (m_buffer.size() > MaxHeadBytes + 3)
            return fail("malformed-response",
                        tr("The service's answer has an oversized HTTP header."));
        return m_state;
    }
    if (end > MaxHeadBytes)
        return fail("malformed-response", tr("The service's answer has an oversized HTTP header."));
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);

    const QList<QByteArray> status = lines.first().trimmed().split(' ');
    const std::optional<qint64> code = status.size() >= 2 && status.at(1).size() == 3
        ? strictNumber(status.at(1), 10)
        : std::nullopt;
    m_response.status = code ? int(*code) : 0;
    if (!status.first().startsWith("HTTP/1.") || !code || m_response.status < 100 ||
        m_response.status > 599)
        return fail("malformed-response", tr("The service did not answer with HTTP/1.1."));
    m_response.reasonPhrase = status.mid(2).join(' ').left(200);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail("malformed-response",
                        tr("The service's answer has a malformed header line."));
        m_response.headers.append(
            {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray encoding = m_response.header("transfer-encoding").toLower();
    if (encoding.contains("chunked")) {
        m_framing = Framing::Chunked;
    } else if (const auto length = contentLength(); m_state == State::Failed) {
        return m_state;
    } else if (length) {
        m_contentLength = *length;
        if (m_contentLength > m_maxBody)
            return fail("response-too-large",
                        tr("The service's answer is larger than %1 bytes; "
                           "it was not read.")
                            .arg(m_maxBody));
        m_framing = Framing::Length;
    }
    m_headDone = true;
    return m_state;
}

std::optional<qint64> HttpResponseParser::contentLength()
{
    // RFC 9112 §6.3: lengths that disagree leave the end of the body unknowable (a
    // reader taking the other one would see other bytes), so the answer is refused.
    // The same length repeated, in several lines or as a list, is one length.
    std::optional<qint64> length;
    for (const auto &[name, value] : std::as_const(m_response.headers)) {
        if (name != "content-length")
            continue;
        for (const QByteArray &item : value.split(',')) {
            const std::optional<qint64> parsed = strictNumber(item.trimmed(), 10);
            if (!parsed) {
                fail("malformed-response", tr("The service's answer has an invalid length."));
                return std::nullopt;
            }
            if (length && *length != *parsed) {
                fail("conflicting-length",
                     tr("The service's answer states two different lengths (Content-Length "
                        "%1 and %2); it was not read.")
                         .arg(*length)
                         .arg(*parsed));
                return std::nullopt;
            }
            length = parsed;
        }
    }
    return length;
}

HttpResponseParser::State HttpResponseParser::parseBody()
{
    switch (m_framing) {
    case Framing::Length:
        if (m_buffer.size() < m_contentLength)
            return m_state;
        m_response.body = m_buffer.left(m_contentLength);
        m_buffer.clear();
        return m_state = State::Complete;
    case Framing::Chunked:
        return parseChunks();
    case Framing::UntilClose:
        if (m_buffer.size() > m_maxBody)
            return fail("response-too-large",
                        tr("The service's answer is larger than %1 bytes; "
                           "it was not read.")
                            .arg(m_maxBody));
        return m_state;
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::parseChunks()
{
    for (;;) {
        // The same limit on a chunk's size line whether or not its end has arrived yet.
        const qsizetype lineEnd = m_buffer.indexOf("\r\n");
        if (lineEnd > MaxChunkLineBytes || (lineEnd < 0 && m_buffer.size() > MaxChunkLineBytes + 1))
            return fail("malformed-response", tr("The service's answer has a malformed chunk."));
        if (lineEnd < 0)
            return m_state;
        const std::optional<qint64> parsed =
            strictNumber(m_buffer.left(lineEnd).split(';').first().trimmed(), 16);
        if (!parsed)
            return fail("malformed-response", tr("The service's answer has a malformed chunk."));
        const qint64 size = *parsed;
        // Compared without adding: a hostile size near 2^63 must not overflow.
        if (size > m_maxBody - m_response.body.size())
            return fail("response-too-large",
                        tr("The service's answer is larger than %1 bytes; "
                           "it was not read.")
                            .arg(m_maxBody));
        if (size == 0) {
            // The last chunk; trailers are not used by the contract and are ignored, but
            // they are bounded like a head.
            const qsizetype trailersEnd = m_buffer.indexOf("\r\n\r\n", lineEnd);
            if (trailersEnd < 0 ? m_buffer.size() > MaxHeadBytes + 3 : trailersEnd > MaxHeadBytes)
                return fail("malformed-response",
                            tr("The service's answer has oversized trailers."));
            if (trailersEnd < 0)
                return m_state;
            m_buffer.clear();
            return m_state = State::Complete;
        }
        if (m_buffer.size() < lineEnd + 2 + size + 2)
            return m_state;
        if (m_buffer.mid(lineEnd + 2 + size, 2) != "\r\n")
            return fail("malformed-response", tr("The service's answer has a malformed chunk."));
        m_response.body += m_buffer.mid(lineEnd + 2, size);
        m_buffer.remove(0, lineEnd + 2 + size + 2);
    }
}

} // namespace LightAgent
