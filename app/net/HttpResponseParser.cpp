#include "HttpResponseParser.h"

#include <QCoreApplication>

namespace LightAgent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::HttpResponseParser", text);
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
        if (m_buffer.size() > MaxHeadBytes)
            return fail("malformed-response", tr("The service's answer has no valid HTTP header."));
        return m_state;
    }
    if (end > MaxHeadBytes)
        return fail("malformed-response", tr("The service's answer has an oversized HTTP header."));
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);

    const QList<QByteArray> status = lines.first().trimmed().split(' ');
    bool ok = false;
    m_response.status = status.size() >= 2 ? status.at(1).toInt(&ok) : 0;
    if (!status.first().startsWith("HTTP/1.") || !ok || m_response.status < 100 ||
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
    const QByteArray length = m_response.header("content-length");
    if (encoding.contains("chunked")) {
        m_framing = Framing::Chunked;
    } else if (!length.isEmpty()) {
        m_contentLength = length.toLongLong(&ok);
        if (!ok || m_contentLength < 0)
            return fail("malformed-response", tr("The service's answer has an invalid length."));
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
        const qsizetype lineEnd = m_buffer.indexOf("\r\n");
        if (lineEnd < 0)
            return m_buffer.size() > 64
                ? fail("malformed-response", tr("The service's answer has a malformed chunk."))
                : m_state;
        bool ok = false;
        const qint64 size = m_buffer.left(lineEnd).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return fail("malformed-response", tr("The service's answer has a malformed chunk."));
        if (m_response.body.size() + size > m_maxBody)
            return fail("response-too-large",
                        tr("The service's answer is larger than %1 bytes; "
                           "it was not read.")
                            .arg(m_maxBody));
        if (size == 0) {
            // The last chunk; trailers are not used by the contract and are ignored.
            if (m_buffer.indexOf("\r\n\r\n", lineEnd) < 0)
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
