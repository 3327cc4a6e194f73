#include "StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QStringDecoder>

#include <vector>

namespace LightAgent::StrictJson {

namespace {

constexpr int MaxDepth = 64;

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::StrictJson", text);
}

// Moves pos from a string's opening quote to just after its closing quote; says
// whether the string holds an escape. The input is already known to be valid.
bool skipString(const QByteArray &bytes, qsizetype &pos)
{
    bool escaped = false;
    ++pos;
    while (pos < bytes.size()) {
        const char c = bytes.at(pos);
        if (c == '\\') {
            escaped = true;
            pos += 2;
            continue;
        }
        if (c == '"')
            break;
        ++pos;
    }
    ++pos;
    return escaped;
}

// The text of the string bytes[start, end), quotes included.
QString decodeString(const QByteArray &bytes, qsizetype start, qsizetype end, bool escaped)
{
    if (!escaped)
        return QString::fromUtf8(bytes.constData() + start + 1, end - start - 2);
    const QByteArray wrapped = '[' + bytes.mid(start, end - start) + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

struct Frame
{
    bool isObject = false;
    bool expectKey = false;
    QSet<QString> keys;
};

// Walks the (already valid) text and reports the first key that appears twice in
// one object, and nesting deeper than MaxDepth. Only keys are decoded: values such as
// a key file's signature are stepped over.
Status checkStructure(const QByteArray &bytes)
{
    std::vector<Frame> stack;
    for (qsizetype pos = 0; pos < bytes.size();) {
        const char c = bytes.at(pos);
        switch (c) {
        case '{':
        case '[':
            if (int(stack.size()) >= MaxDepth)
                return Error::make(
                    ErrorCode::InvalidInput, QStringLiteral("too-deep"),
                    tr("The JSON is nested more than %1 levels deep.").arg(MaxDepth));
            stack.push_back(Frame {c == '{', c == '{', {}});
            ++pos;
            break;
        case '}':
        case ']':
            stack.pop_back();
            ++pos;
            break;
        case ',':
            if (!stack.empty() && stack.back().isObject)
                stack.back().expectKey = true;
            ++pos;
            break;
        case '"': {
            const bool isKey = !stack.empty() && stack.back().isObject && stack.back().expectKey;
            const qsizetype start = pos;
            const bool escaped = skipString(bytes, pos);
            if (isKey) {
                Frame &frame = stack.back();
                frame.expectKey = false;
                QString text = decodeString(bytes, start, pos, escaped);
                if (frame.keys.contains(text))
                    return Error::make(ErrorCode::InvalidInput, QStringLiteral("duplicate-key"),
                                       tr("The JSON names the field \"%1\" twice.").arg(text));
                frame.keys.insert(std::move(text));
            }
            break;
        }
        default:
            ++pos;
        }
    }
    return {};
}

} // namespace

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

Result<QJsonObject> parseObject(const QByteArray &bytes)
{
    if (bytes.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidInput, QStringLiteral("empty"),
                           tr("The content is empty."));
    if (!isValidUtf8(bytes))
        return Error::make(ErrorCode::InvalidInput, QStringLiteral("not-utf8"),
                           tr("The content is not UTF-8 text."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reads only an object or an array at the top; a lone string or number
        // is still JSON, just not the object the caller needs.
        const QByteArray wrapped = '[' + bytes + ']';
        if (QJsonDocument::fromJson(wrapped).array().size() == 1)
            return Error::make(ErrorCode::InvalidInput, QStringLiteral("not-object"),
                               tr("The content is JSON, but not a JSON object."));
        return Error::make(ErrorCode::InvalidInput, QStringLiteral("not-json"),
                           // Qt's parser names the error only in English.
                           tr("The content is not valid JSON (the first error is at byte %1).")
                               .arg(parseError.offset));
    }
    if (!document.isObject())
        return Error::make(ErrorCode::InvalidInput, QStringLiteral("not-object"),
                           tr("The content is JSON, but not a JSON object."));
    const Status structure = checkStructure(bytes);
    if (!structure)
        return structure.error();
    return document.object();
}

QByteArray canonical(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace LightAgent::StrictJson
