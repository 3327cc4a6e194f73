// An incremental HTTP/1.1 response parser for what comes back from the vendor's
// service: every byte is hostile until checked, and nothing grows past its limit.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

namespace LightAgent {

struct HttpResponse
{
    int status = 0;
    QByteArray reasonPhrase;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
};

class HttpResponseParser
{
public:
    enum class State { NeedMore, Complete, Failed };
    static constexpr qsizetype MaxHeadBytes = 16 * 1024;

    explicit HttpResponseParser(qsizetype maxBodyBytes);

    State feed(const QByteArray &bytes);
    // The peer closed the connection: completes a body delimited by the close.
    State finish();

    State state() const { return m_state; }
    const HttpResponse &response() const { return m_response; }
    const Error &error() const { return m_error; }

private:
    State fail(const char *reason, const QString &message);
    State parseHead();
    // The body's length from Content-Length, none if not given; fails on a bad one.
    std::optional<qint64> contentLength();
    State parseBody();
    State parseChunks();

    qsizetype m_maxBody;
    QByteArray m_buffer;
    bool m_headDone = false;
    enum class Framing { Length, Chunked, UntilClose } m_framing = Framing::UntilClose;
    qsizetype m_contentLength = 0;
    State m_state = State::NeedMore;
    HttpResponse m_response;
    Error m_error;
};

} // namespace LightAgent
