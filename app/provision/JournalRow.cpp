#include "JournalRow.h"

#include "core/Crypto.h"
#include "core/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace LightAgent::JournalRow {

namespace {

enum class Type { Integer, Text, Blob, JsonArray, Bool };

struct Column
{
    const char *sql;
    const char *key;
    Type type;
};

// Every column but prev_hash and hash, in SELECT and INSERT order.
constexpr Column Columns[] = {
    {"seq", Key::Seq, Type::Integer},
    {"event", Key::Event, Type::Text},
    {"written_at", Key::Time, Type::Text},
    {"kind", Key::Kind, Type::Text},
    {"method", Key::Method, Type::Text},
    {"url", Key::Url, Type::Text},
    {"headers", Key::Headers, Type::JsonArray},
    {"body", Key::Body, Type::Blob},
    {"body_sha256", Key::BodySha256, Type::Text},
    {"body_size", Key::BodySize, Type::Integer},
    {"ref_seq", Key::RefSeq, Type::Integer},
    {"outcome", Key::Outcome, Type::Text},
    {"http_status", Key::HttpStatus, Type::Integer},
    {"error_reason", Key::ErrorReason, Type::Text},
    {"error_message", Key::ErrorMessage, Type::Text},
    {"received_sha256", Key::ReceivedSha256, Type::Text},
    {"digest_matched", Key::DigestMatched, Type::Bool},
};
constexpr int ColumnCount = int(std::size(Columns));

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// Empty text is stored as NULL: Qt binds a null QString as NULL, so keeping empty
// values out of the content keeps what is written and what is read back identical.
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject emptyContent()
{
    QJsonObject content;
    for (const Column &column : Columns)
        content.insert(key(column.key), QJsonValue::Null);
    return content;
}

// A stored value of a type the column never holds: never equal to written content.
QJsonValue unexpected(const QVariant &value)
{
    return QJsonObject {{QStringLiteral("unexpectedSqlValue"), value.toString()},
                        {QStringLiteral("sqlType"), QString::fromLatin1(value.typeName())}};
}

QJsonValue fromSql(const QVariant &value, Type type)
{
    const int id = value.typeId();
    const bool integer = id == QMetaType::LongLong || id == QMetaType::Int;
    switch (type) {
    case Type::Integer:
        return integer ? QJsonValue(value.toLongLong()) : unexpected(value);
    case Type::Text:
        return id == QMetaType::QString ? QJsonValue(value.toString()) : unexpected(value);
    case Type::Blob:
        return id == QMetaType::QByteArray
            ? QJsonValue(QString::fromLatin1(value.toByteArray().toBase64()))
            : unexpected(value);
    case Type::JsonArray: {
        if (id != QMetaType::QString)
            return unexpected(value);
        // Only the exact bytes that were written read back as the array.
        const QByteArray text = value.toString().toUtf8();
        const QJsonDocument document = QJsonDocument::fromJson(text);
        if (document.isArray() && document.toJson(QJsonDocument::Compact) == text)
            return document.array();
        return value.toString();
    }
    case Type::Bool:
        if (integer && (value.toLongLong() == 0 || value.toLongLong() == 1))
            return value.toLongLong() == 1;
        return unexpected(value);
    }
    return unexpected(value);
}

QVariant toSql(const QJsonValue &value, Type type)
{
    if (value.isNull() || value.isUndefined())
        return {};
    switch (type) {
    case Type::Integer:
        return QVariant(qint64(value.toInteger()));
    case Type::Text:
        return value.toString();
    case Type::Blob:
        return QByteArray::fromBase64(value.toString().toLatin1());
    case Type::JsonArray:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case Type::Bool:
        return QVariant(value.toBool() ? 1 : 0);
    }
    return {};
}

HeaderList headersFromJson(const QJsonValue &value)
{
    HeaderList headers;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &pair : array)
        headers.append(
            {pair.toArray().at(0).toString().toUtf8(), pair.toArray().at(1).toString().toUtf8()});
    return headers;
}

} // namespace

QJsonArray headersToJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray {QString::fromUtf8(name), QString::fromUtf8(value)});
    return array;
}

QString zeroHash()
{
    return QString(64, QLatin1Char('0'));
}

QString hashOf(const QString &prevHash, const QJsonObject &content)
{
    return Crypto::sha256Hex(prevHash.toLatin1() + '\n' + StrictJson::canonical(content));
}

QJsonObject requestContent(qint64 seq, const QString &time, const RequestEnvelope &envelope)
{
    QJsonObject content = emptyContent();
    content.insert(key(Key::Seq), seq);
    content.insert(key(Key::Event), QStringLiteral("request"));
    content.insert(key(Key::Time), time);
    content.insert(key(Key::Kind), toWireName(envelope.kind()));
    content.insert(key(Key::Method), QString::fromLatin1(envelope.method()));
    content.insert(key(Key::Url), envelope.url().toString(QUrl::FullyEncoded));
    content.insert(key(Key::Headers), headersToJson(envelope.headers()));
    content.insert(key(Key::Body),
                   textOrNull(QString::fromLatin1(envelope.maskedBody().toBase64())));
    content.insert(key(Key::BodySha256), envelope.sha256());
    content.insert(key(Key::BodySize), envelope.body().size());
    return content;
}

QJsonObject resultContent(qint64 seq, const QString &time, qint64 refSeq,
                          const TransmissionOutcome &outcome)
{
    QJsonObject content = emptyContent();
    content.insert(key(Key::Seq), seq);
    content.insert(key(Key::Event), QStringLiteral("result"));
    content.insert(key(Key::Time), time);
    content.insert(key(Key::RefSeq), refSeq);
    content.insert(key(Key::Outcome), toWireName(outcome.result));
    content.insert(key(Key::HttpStatus), outcome.httpStatus);
    content.insert(key(Key::ErrorReason), textOrNull(outcome.errorReason));
    content.insert(key(Key::ErrorMessage), textOrNull(outcome.errorMessage));
    content.insert(key(Key::ReceivedSha256), textOrNull(outcome.receivedSha256));
    if (outcome.digestMatched)
        content.insert(key(Key::DigestMatched), *outcome.digestMatched);
    return content;
}

QString selectAll()
{
    QStringList names;
    for (const Column &column : Columns)
        names.append(QString::fromLatin1(column.sql));
    return QStringLiteral("SELECT ") + names.join(QStringLiteral(", ")) +
        QStringLiteral(", prev_hash, hash FROM journal ");
}

StoredRow readRow(const QSqlQuery &query)
{
    StoredRow row;
    for (int i = 0; i < ColumnCount; ++i) {
        const QJsonValue value = query.isNull(i) ? QJsonValue(QJsonValue::Null)
                                                 : fromSql(query.value(i), Columns[i].type);
        row.content.insert(key(Columns[i].key), value);
    }
    row.prevHash = query.value(ColumnCount).toString();
    row.hash = query.value(ColumnCount + 1).toString();
    return row;
}

void prepareInsert(QSqlQuery &query, const StoredRow &row)
{
    QStringList names;
    for (const Column &column : Columns)
        names.append(QString::fromLatin1(column.sql));
    names << QStringLiteral("prev_hash") << QStringLiteral("hash");
    QStringList marks(names.size(), QStringLiteral("?"));
    query.prepare(QStringLiteral("INSERT INTO journal (") + names.join(QStringLiteral(", ")) +
                  QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) +
                  QLatin1Char(')'));
    for (const Column &column : Columns)
        query.addBindValue(toSql(row.content.value(key(column.key)), column.type));
    query.addBindValue(row.prevHash);
    query.addBindValue(row.hash);
}

JournalEntry toEntry(const StoredRow &row)
{
    const QJsonObject &c = row.content;
    auto text = [&c](const char *name) {
        return c.value(key(name)).toString();
    };
    auto integer = [&c](const char *name) {
        return c.value(key(name)).toInteger();
    };
    JournalEntry entry;
    entry.seq = integer(Key::Seq);
    entry.event =
        text(Key::Event) == QLatin1String("result") ? JournalEvent::Result : JournalEvent::Request;
    entry.time = QDateTime::fromString(text(Key::Time), Qt::ISODateWithMs).toUTC();
    entry.kind = text(Key::Kind);
    entry.method = text(Key::Method).toLatin1();
    entry.url = QUrl(text(Key::Url), QUrl::StrictMode);
    entry.headers = headersFromJson(c.value(key(Key::Headers)));
    entry.maskedBody = QByteArray::fromBase64(text(Key::Body).toLatin1());
    entry.bodySha256 = text(Key::BodySha256);
    entry.bodySize = integer(Key::BodySize);
    entry.refSeq = integer(Key::RefSeq);
    entry.outcome.result =
        transmissionResultFromWireName(text(Key::Outcome)).value_or(TransmissionResult::Failed);
    entry.outcome.httpStatus = int(integer(Key::HttpStatus));
    entry.outcome.errorReason = text(Key::ErrorReason);
    entry.outcome.errorMessage = text(Key::ErrorMessage);
    entry.outcome.receivedSha256 = text(Key::ReceivedSha256);
    const QJsonValue matched = c.value(key(Key::DigestMatched));
    if (matched.isBool())
        entry.outcome.digestMatched = matched.toBool();
    entry.prevHash = row.prevHash;
    entry.hash = row.hash;
    return entry;
}

QJsonObject exportObject(const StoredRow &row)
{
    QJsonObject object = row.content;
    object.insert(key(Key::PrevHash), row.prevHash);
    object.insert(key(Key::Hash), row.hash);
    return object;
}

} // namespace LightAgent::JournalRow
