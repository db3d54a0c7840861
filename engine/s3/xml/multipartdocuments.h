#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "engine/core/error.h"
#include "engine/s3/xml/commontypes.h"
#include "engine/s3/xml/xmlutil.h"

namespace S3 {

// Multipart upload and copy documents. Same conventions as bucketdocuments.h.

// <InitiateMultipartUploadResult>: CreateMultipartUpload response.
struct InitiateMultipartUploadResult
{
    QString bucket;
    QString key;
    QString uploadId;

    QByteArray toXml() const;
    static Core::Result<InitiateMultipartUploadResult> fromXml(
        const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const InitiateMultipartUploadResult &) const = default;
};

// One <Part> of a CompleteMultipartUpload request.
struct CompletedPart
{
    int partNumber = 0;
    QString etag; // as the client sends it (normally with quotes; servers should accept both)
    Checksums checksums;

    bool operator==(const CompletedPart &) const = default;
};

// <CompleteMultipartUpload>: CompleteMultipartUpload request body. fromXml() checks only
// the form (PartNumber an integer 1..10000, ETag present); order and existence of the parts
// (InvalidPartOrder, InvalidPart) are the server's business. No parts -> MalformedXML.
// Default size limit 4 MiB.
struct CompleteMultipartUpload
{
    QList<CompletedPart> parts;

    QByteArray toXml() const;
    static Core::Result<CompleteMultipartUpload> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const CompleteMultipartUpload &) const = default;
};

// <CompleteMultipartUploadResult>: CompleteMultipartUpload response (200 OK; note AWS can
// also answer 200 with an <Error> body, which the client must check for first).
struct CompleteMultipartUploadResult
{
    QString location;
    QString bucket;
    QString key;
    QString etag; // "\"<md5 of part md5s>-<n>\""
    Checksums checksums;

    QByteArray toXml() const;
    static Core::Result<CompleteMultipartUploadResult> fromXml(
        const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const CompleteMultipartUploadResult &) const = default;
};

// One <Part> of ListPartsResult.
struct PartEntry
{
    int partNumber = 0;
    QDateTime lastModified;
    QString etag;
    qint64 size = 0;
    Checksums checksums;

    bool operator==(const PartEntry &) const = default;
};

// <ListPartsResult>: ListParts response.
struct ListPartsResult
{
    QString bucket;
    QString key;
    QString uploadId;
    int partNumberMarker = 0; // always written
    int nextPartNumberMarker = 0; // always written
    int maxParts = 1000;
    bool isTruncated = false;
    Owner initiator;
    Owner owner;
    QString storageClass; // empty = absent
    QString checksumAlgorithm; // empty = absent
    QList<PartEntry> parts;

    QByteArray toXml() const;
    static Core::Result<ListPartsResult> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const ListPartsResult &) const = default;
};

// One <Upload> of ListMultipartUploadsResult.
struct UploadEntry
{
    QString key;
    QString uploadId;
    Owner initiator;
    Owner owner;
    QString storageClass;
    QDateTime initiated;

    bool operator==(const UploadEntry &) const = default;
};

// <ListMultipartUploadsResult>: ListMultipartUploads response. encoding-type=url handling as
// in listingdocuments.h (Key, Prefix, Delimiter, KeyMarker, NextKeyMarker, CommonPrefixes).
struct ListMultipartUploadsResult
{
    QString bucket;
    QString keyMarker; // always written
    QString uploadIdMarker; // always written
    QString nextKeyMarker; // always written
    QString nextUploadIdMarker; // always written
    QString prefix; // empty = absent
    QString delimiter; // empty = absent
    int maxUploads = 1000;
    QString encodingType; // "url" or empty
    bool isTruncated = false;
    QList<UploadEntry> uploads;
    QStringList commonPrefixes;

    QByteArray toXml() const;
    static Core::Result<ListMultipartUploadsResult> fromXml(
        const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const ListMultipartUploadsResult &) const = default;
};

// <CopyObjectResult>: CopyObject response (AWS too may send 200 with an <Error> body).
struct CopyObjectResult
{
    QString etag;
    QDateTime lastModified;
    Checksums checksums;

    QByteArray toXml() const;
    static Core::Result<CopyObjectResult> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const CopyObjectResult &) const = default;
};

// <CopyPartResult>: UploadPartCopy response.
struct CopyPartResult
{
    QString etag;
    QDateTime lastModified;
    Checksums checksums;

    QByteArray toXml() const;
    static Core::Result<CopyPartResult> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const CopyPartResult &) const = default;
};

} // namespace S3
