#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "engine/core/error.h"
#include "engine/s3/xml/xmlutil.h"

namespace S3 {

// DeleteObjects documents. Same conventions as bucketdocuments.h.

struct ObjectIdentifier
{
    QString key;
    QString versionId; // empty = absent

    bool operator==(const ObjectIdentifier &) const = default;
};

// <Delete>: DeleteObjects request body. fromXml(): no <Object>, more than kMaxDeleteObjects
// (1000), or an <Object> without a <Key> -> MalformedXML, as AWS answers. Default size
// limit 4 MiB.
struct Delete
{
    bool quiet = false; // <Quiet>true</Quiet>; written only when true
    QList<ObjectIdentifier> objects;

    QByteArray toXml() const;
    static Core::Result<Delete> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const Delete &) const = default;
};

struct DeletedObject
{
    QString key;
    QString versionId; // empty = absent
    bool deleteMarker = false; // <DeleteMarker>true</DeleteMarker>; written only when true
    QString deleteMarkerVersionId; // empty = absent

    bool operator==(const DeletedObject &) const = default;
};

struct DeleteError
{
    QString key;
    QString versionId; // empty = absent
    QString code; // S3 error code, e.g. "AccessDenied"
    QString message;

    bool operator==(const DeleteError &) const = default;
};

// <DeleteResult>: DeleteObjects response. toXml() writes all <Deleted> entries, then all
// <Error> entries, each group in list order (clients match entries by key, not position).
struct DeleteResult
{
    QList<DeletedObject> deleted;
    QList<DeleteError> errors;

    QByteArray toXml() const;
    static Core::Result<DeleteResult> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const DeleteResult &) const = default;
};

} // namespace S3
