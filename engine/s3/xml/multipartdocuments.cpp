#include "engine/s3/xml/multipartdocuments.h"

#include "engine/s3/xml/xmldocument_p.h"

namespace S3 {

using namespace XmlDetail;
using Core::ErrorCode;

namespace {

constexpr int kMaxPartNumber = 10000;

bool isUrlEncoding(const QString &encodingType)
{
    return encodingType.compare(u"url", Qt::CaseInsensitive) == 0;
}

template<typename T> QByteArray writeCopyResult(QStringView root, const T &r)
{
    Writer w(root);
    w.time(u"LastModified", r.lastModified);
    w.text(u"ETag", r.etag);
    w.checksums(r.checksums);
    return w.finish();
}

template<typename T>
Core::Result<T> readCopyResult(const QByteArray &xml, const std::optional<XmlLimits> &limits, QStringView rootName)
{
    return parseDocument<T>(xml, responseLimits(limits), rootName, ErrorCode::MalformedXML, [](const Element &root) {
        T r;
        r.etag = requiredText(root, u"ETag");
        r.lastModified = toTime(requiredText(root, u"LastModified"), u"LastModified");
        r.checksums = readChecksums(root);
        return r;
    });
}

} // namespace

QByteArray InitiateMultipartUploadResult::toXml() const
{
    Writer w(u"InitiateMultipartUploadResult");
    w.text(u"Bucket", bucket);
    w.text(u"Key", key);
    w.text(u"UploadId", uploadId);
    return w.finish();
}

Core::Result<InitiateMultipartUploadResult> InitiateMultipartUploadResult::fromXml(
    const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<InitiateMultipartUploadResult>(xml, responseLimits(limits), u"InitiateMultipartUploadResult",
        ErrorCode::MalformedXML, [](const Element &root) {
            InitiateMultipartUploadResult r;
            r.bucket = optionalText(root, u"Bucket");
            r.key = optionalText(root, u"Key");
            r.uploadId = requiredText(root, u"UploadId");
            if (r.uploadId.isEmpty())
                failParse(QStringLiteral("empty <UploadId>"));
            return r;
        });
}

QByteArray CompleteMultipartUpload::toXml() const
{
    Writer w(u"CompleteMultipartUpload");
    for (const CompletedPart &p : parts) {
        w.start(u"Part");
        w.text(u"ETag", p.etag);
        w.checksums(p.checksums);
        w.integer(u"PartNumber", p.partNumber);
        w.end();
    }
    return w.finish();
}

Core::Result<CompleteMultipartUpload> CompleteMultipartUpload::fromXml(
    const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<CompleteMultipartUpload>(xml, requestLimits(limits, kMaxLargeRequestXmlBytes),
        u"CompleteMultipartUpload", ErrorCode::MalformedXML, [](const Element &root) {
            CompleteMultipartUpload r;
            for (const Element *p : root.childrenNamed(u"Part")) {
                CompletedPart part;
                part.partNumber = toInt(requiredText(*p, u"PartNumber"), u"PartNumber");
                if (part.partNumber < 1 || part.partNumber > kMaxPartNumber)
                    failParse(QStringLiteral("PartNumber %1 is outside 1..10000").arg(part.partNumber));
                part.etag = requiredText(*p, u"ETag").trimmed();
                part.checksums = readChecksums(*p);
                r.parts.append(std::move(part));
            }
            if (r.parts.isEmpty())
                failParse(QStringLiteral("no <Part>"));
            if (r.parts.size() > kMaxPartNumber)
                failParse(QStringLiteral("more than 10000 parts"));
            return r;
        });
}

QByteArray CompleteMultipartUploadResult::toXml() const
{
    Writer w(u"CompleteMultipartUploadResult");
    w.text(u"Location", location);
    w.text(u"Bucket", bucket);
    w.text(u"Key", key);
    w.text(u"ETag", etag);
    w.checksums(checksums);
    return w.finish();
}

Core::Result<CompleteMultipartUploadResult> CompleteMultipartUploadResult::fromXml(
    const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<CompleteMultipartUploadResult>(xml, responseLimits(limits), u"CompleteMultipartUploadResult",
        ErrorCode::MalformedXML, [](const Element &root) {
            CompleteMultipartUploadResult r;
            r.location = optionalText(root, u"Location");
            r.bucket = optionalText(root, u"Bucket");
            r.key = optionalText(root, u"Key");
            r.etag = requiredText(root, u"ETag");
            r.checksums = readChecksums(root);
            return r;
        });
}

QByteArray ListPartsResult::toXml() const
{
    Writer w(u"ListPartsResult");
    w.text(u"Bucket", bucket);
    w.text(u"Key", key);
    w.text(u"UploadId", uploadId);
    w.integer(u"PartNumberMarker", partNumberMarker);
    w.integer(u"NextPartNumberMarker", nextPartNumberMarker);
    w.integer(u"MaxParts", maxParts);
    w.boolean(u"IsTruncated", isTruncated);
    for (const PartEntry &p : parts) {
        w.start(u"Part");
        w.checksums(p.checksums);
        w.text(u"ETag", p.etag);
        w.time(u"LastModified", p.lastModified);
        w.integer(u"PartNumber", p.partNumber);
        w.integer(u"Size", p.size);
        w.end();
    }
    w.owner(u"Initiator", initiator);
    w.owner(u"Owner", owner);
    w.optionalText(u"StorageClass", storageClass);
    w.optionalText(u"ChecksumAlgorithm", checksumAlgorithm);
    return w.finish();
}

Core::Result<ListPartsResult> ListPartsResult::fromXml(const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<ListPartsResult>(
        xml, responseLimits(limits), u"ListPartsResult", ErrorCode::MalformedXML, [](const Element &root) {
            ListPartsResult r;
            r.bucket = optionalText(root, u"Bucket");
            r.key = optionalText(root, u"Key");
            r.uploadId = optionalText(root, u"UploadId");
            if (hasChild(root, u"PartNumberMarker"))
                r.partNumberMarker = toInt(requiredText(root, u"PartNumberMarker"), u"PartNumberMarker");
            if (hasChild(root, u"NextPartNumberMarker"))
                r.nextPartNumberMarker = toInt(requiredText(root, u"NextPartNumberMarker"), u"NextPartNumberMarker");
            if (hasChild(root, u"MaxParts"))
                r.maxParts = toInt(requiredText(root, u"MaxParts"), u"MaxParts");
            r.isTruncated = toBool(requiredText(root, u"IsTruncated"), u"IsTruncated");
            if (const Element *o = root.child(u"Initiator"))
                r.initiator = readOwner(*o);
            if (const Element *o = root.child(u"Owner"))
                r.owner = readOwner(*o);
            r.storageClass = optionalText(root, u"StorageClass");
            r.checksumAlgorithm = optionalText(root, u"ChecksumAlgorithm");
            for (const Element *p : root.childrenNamed(u"Part")) {
                PartEntry e;
                e.partNumber = toInt(requiredText(*p, u"PartNumber"), u"PartNumber");
                e.lastModified = toTime(requiredText(*p, u"LastModified"), u"LastModified");
                e.etag = requiredText(*p, u"ETag");
                e.size = toInt64(requiredText(*p, u"Size"), u"Size");
                e.checksums = readChecksums(*p);
                r.parts.append(std::move(e));
            }
            return r;
        });
}

QByteArray ListMultipartUploadsResult::toXml() const
{
    const bool enc = isUrlEncoding(encodingType);
    Writer w(u"ListMultipartUploadsResult");
    w.text(u"Bucket", bucket);
    w.text(u"KeyMarker", maybeEncode(keyMarker, enc));
    w.text(u"UploadIdMarker", uploadIdMarker);
    w.text(u"NextKeyMarker", maybeEncode(nextKeyMarker, enc));
    w.text(u"NextUploadIdMarker", nextUploadIdMarker);
    w.optionalText(u"Prefix", maybeEncode(prefix, enc));
    w.optionalText(u"Delimiter", maybeEncode(delimiter, enc));
    w.integer(u"MaxUploads", maxUploads);
    w.optionalText(u"EncodingType", encodingType);
    w.boolean(u"IsTruncated", isTruncated);
    for (const UploadEntry &u : uploads) {
        w.start(u"Upload");
        w.text(u"Key", maybeEncode(u.key, enc));
        w.text(u"UploadId", u.uploadId);
        w.owner(u"Initiator", u.initiator);
        w.owner(u"Owner", u.owner);
        w.optionalText(u"StorageClass", u.storageClass);
        w.time(u"Initiated", u.initiated);
        w.end();
    }
    w.commonPrefixes(commonPrefixes, enc);
    return w.finish();
}

Core::Result<ListMultipartUploadsResult> ListMultipartUploadsResult::fromXml(
    const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<ListMultipartUploadsResult>(
        xml, responseLimits(limits), u"ListMultipartUploadsResult", ErrorCode::MalformedXML, [](const Element &root) {
            ListMultipartUploadsResult r;
            r.encodingType = optionalText(root, u"EncodingType");
            const bool enc = isUrlEncoding(r.encodingType);
            r.bucket = optionalText(root, u"Bucket");
            r.keyMarker = maybeDecode(optionalText(root, u"KeyMarker"), enc);
            r.uploadIdMarker = optionalText(root, u"UploadIdMarker");
            r.nextKeyMarker = maybeDecode(optionalText(root, u"NextKeyMarker"), enc);
            r.nextUploadIdMarker = optionalText(root, u"NextUploadIdMarker");
            r.prefix = maybeDecode(optionalText(root, u"Prefix"), enc);
            r.delimiter = maybeDecode(optionalText(root, u"Delimiter"), enc);
            if (hasChild(root, u"MaxUploads"))
                r.maxUploads = toInt(requiredText(root, u"MaxUploads"), u"MaxUploads");
            r.isTruncated = toBool(requiredText(root, u"IsTruncated"), u"IsTruncated");
            for (const Element *u : root.childrenNamed(u"Upload")) {
                UploadEntry e;
                e.key = maybeDecode(requiredText(*u, u"Key"), enc);
                e.uploadId = requiredText(*u, u"UploadId");
                if (const Element *o = u->child(u"Initiator"))
                    e.initiator = readOwner(*o);
                if (const Element *o = u->child(u"Owner"))
                    e.owner = readOwner(*o);
                e.storageClass = optionalText(*u, u"StorageClass");
                e.initiated = toTime(requiredText(*u, u"Initiated"), u"Initiated");
                r.uploads.append(std::move(e));
            }
            r.commonPrefixes = readCommonPrefixes(root, enc);
            return r;
        });
}

QByteArray CopyObjectResult::toXml() const
{
    return writeCopyResult(u"CopyObjectResult", *this);
}

Core::Result<CopyObjectResult> CopyObjectResult::fromXml(const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return readCopyResult<CopyObjectResult>(xml, limits, u"CopyObjectResult");
}

QByteArray CopyPartResult::toXml() const
{
    return writeCopyResult(u"CopyPartResult", *this);
}

Core::Result<CopyPartResult> CopyPartResult::fromXml(const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return readCopyResult<CopyPartResult>(xml, limits, u"CopyPartResult");
}

} // namespace S3
