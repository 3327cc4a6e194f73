// What each kind of transmission carries, field by field, in the vendor's own
// wording (vendor-statement-data-provision). The preview tables, the data
// provision page and the CLI all describe fields from here.
#pragma once

#include "RequestEnvelope.h"

#include <QList>
#include <QString>

namespace LightAgent {

struct PayloadField
{
    QString key; // the field's name on the wire ("os.family" for nested fields)
    QString vendorWording; // what the vendor's statement calls it, translated
};

namespace PayloadCatalog {

QList<PayloadField> fields(TransmissionKind kind);
QString vendorWording(TransmissionKind kind, const QString &key); // key as in fields()
// When the kind is sent, in the vendor's words.
QString whenSent(TransmissionKind kind);

// Flattens a body into (key, display value) rows in catalog order, nested objects
// as "parent.child", so a person can read every field that will be sent.
QList<QPair<QString, QString>> rows(TransmissionKind kind, const QJsonObject &body);

} // namespace PayloadCatalog
} // namespace LightAgent
