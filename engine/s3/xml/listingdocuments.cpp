#include "engine/s3/xml/listingdocuments.h"

#include "engine/s3/xml/xmldocument_p.h"

namespace S3 {

using namespace XmlDetail;
using Core::ErrorCode;

namespace {

bool isUrlEncoding(const QString &encodingType)
{
    return encodingType.compare(u"url", Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray ListBucketResult::toXml() const
{
    const bool enc = isUrlEncoding(encodingType);
    const bool v2 = listType == ListType::V2;
    Writer w(u"ListBucketResult");
    w.text(u"Name", name);
    w.text(u"Prefix", maybeEncode(prefix, enc));
    if (v2) {
        w.optionalText(u"ContinuationToken", continuationToken);
        w.optionalText(u"NextContinuationToken", nextContinuationToken);
        w.integer(u"KeyCount", keyCount);
    } else {
        w.text(u"Marker", maybeEncode(marker, enc));
        w.optionalText(u"NextMarker", maybeEncode(nextMarker, enc));
    }
    w.integer(u"MaxKeys", maxKeys);
    w.optionalText(u"Delimiter", maybeEncode(delimiter, enc));
    w.optionalText(u"EncodingType", encodingType);
    w.boolean(u"IsTruncated", isTruncated);
    if (v2)
        w.optionalText(u"StartAfter", maybeEncode(startAfter, enc));
    for (const ObjectEntry &e : contents) {
        w.start(u"Contents");
        w.text(u"Key", maybeEncode(e.key, enc));
        w.time(u"LastModified", e.lastModified);
        w.text(u"ETag", e.etag);
        w.optionalText(u"ChecksumAlgorithm", e.checksumAlgorithm);
        w.integer(u"Size", e.size);
        if (e.owner)
            w.owner(u"Owner", *e.owner);
        w.optionalText(u"StorageClass", e.storageClass);
        w.end();
    }
    w.commonPrefixes(commonPrefixes, enc);
    return w.finish();
}

Core::Result<ListBucketResult> ListBucketResult::fromXml(const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<ListBucketResult>(
        xml, responseLimits(limits), u"ListBucketResult", ErrorCode::MalformedXML, [](const Element &root) {
            ListBucketResult r;
            r.encodingType = optionalText(root, u"EncodingType");
            const bool enc = isUrlEncoding(r.encodingType);
            r.listType = hasChild(root, u"KeyCount") ? ListType::V2 : ListType::V1;
            r.name = optionalText(root, u"Name");
            r.prefix = maybeDecode(optionalText(root, u"Prefix"), enc);
            r.delimiter = maybeDecode(optionalText(root, u"Delimiter"), enc);
            if (hasChild(root, u"MaxKeys"))
                r.maxKeys = toInt(requiredText(root, u"MaxKeys"), u"MaxKeys");
            r.isTruncated = toBool(requiredText(root, u"IsTruncated"), u"IsTruncated");
            r.marker = maybeDecode(optionalText(root, u"Marker"), enc);
            r.nextMarker = maybeDecode(optionalText(root, u"NextMarker"), enc);
            if (r.listType == ListType::V2)
                r.keyCount = toInt(requiredText(root, u"KeyCount"), u"KeyCount");
            r.continuationToken = optionalText(root, u"ContinuationToken");
            r.nextContinuationToken = optionalText(root, u"NextContinuationToken");
            r.startAfter = maybeDecode(optionalText(root, u"StartAfter"), enc);
            for (const Element *c : root.childrenNamed(u"Contents")) {
                ObjectEntry e;
                e.key = maybeDecode(requiredText(*c, u"Key"), enc);
                e.lastModified = toTime(requiredText(*c, u"LastModified"), u"LastModified");
                e.etag = optionalText(*c, u"ETag");
                e.size = toInt64(requiredText(*c, u"Size"), u"Size");
                e.storageClass = optionalText(*c, u"StorageClass");
                if (const Element *o = c->child(u"Owner"))
                    e.owner = readOwner(*o);
                e.checksumAlgorithm = optionalText(*c, u"ChecksumAlgorithm");
                r.contents.append(std::move(e));
            }
            r.commonPrefixes = readCommonPrefixes(root, enc);
            return r;
        });
}

QByteArray ListVersionsResult::toXml() const
{
    const bool enc = isUrlEncoding(encodingType);
    Writer w(u"ListVersionsResult");
    w.text(u"Name", name);
    w.text(u"Prefix", maybeEncode(prefix, enc));
    w.text(u"KeyMarker", maybeEncode(keyMarker, enc));
    w.text(u"VersionIdMarker", versionIdMarker);
    w.optionalText(u"NextKeyMarker", maybeEncode(nextKeyMarker, enc));
    w.optionalText(u"NextVersionIdMarker", nextVersionIdMarker);
    w.integer(u"MaxKeys", maxKeys);
    w.optionalText(u"Delimiter", maybeEncode(delimiter, enc));
    w.optionalText(u"EncodingType", encodingType);
    w.boolean(u"IsTruncated", isTruncated);
    for (const VersionEntry &e : entries) {
        w.start(e.isDeleteMarker ? u"DeleteMarker" : u"Version");
        w.text(u"Key", maybeEncode(e.key, enc));
        w.text(u"VersionId", e.versionId);
        w.boolean(u"IsLatest", e.isLatest);
        w.time(u"LastModified", e.lastModified);
        if (!e.isDeleteMarker) {
            w.text(u"ETag", e.etag);
            w.integer(u"Size", e.size);
            w.optionalText(u"StorageClass", e.storageClass);
        }
        if (e.owner)
            w.owner(u"Owner", *e.owner);
        w.end();
    }
    w.commonPrefixes(commonPrefixes, enc);
    return w.finish();
}

Core::Result<ListVersionsResult> ListVersionsResult::fromXml(const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<ListVersionsResult>(
        xml, responseLimits(limits), u"ListVersionsResult", ErrorCode::MalformedXML, [](const Element &root) {
            ListVersionsResult r;
            r.encodingType = optionalText(root, u"EncodingType");
            const bool enc = isUrlEncoding(r.encodingType);
            r.name = optionalText(root, u"Name");
            r.prefix = maybeDecode(optionalText(root, u"Prefix"), enc);
            r.keyMarker = maybeDecode(optionalText(root, u"KeyMarker"), enc);
            r.versionIdMarker = optionalText(root, u"VersionIdMarker");
            r.nextKeyMarker = maybeDecode(optionalText(root, u"NextKeyMarker"), enc);
            r.nextVersionIdMarker = optionalText(root, u"NextVersionIdMarker");
            if (hasChild(root, u"MaxKeys"))
                r.maxKeys = toInt(requiredText(root, u"MaxKeys"), u"MaxKeys");
            r.delimiter = maybeDecode(optionalText(root, u"Delimiter"), enc);
            r.isTruncated = toBool(requiredText(root, u"IsTruncated"), u"IsTruncated");
            for (const Element &c : root.children) {
                const bool marker = c.name == u"DeleteMarker";
                if (!marker && c.name != u"Version")
                    continue;
                VersionEntry e;
                e.isDeleteMarker = marker;
                e.key = maybeDecode(requiredText(c, u"Key"), enc);
                e.versionId = optionalText(c, u"VersionId");
                e.isLatest = toBool(requiredText(c, u"IsLatest"), u"IsLatest");
                e.lastModified = toTime(requiredText(c, u"LastModified"), u"LastModified");
                if (!marker) {
                    e.etag = optionalText(c, u"ETag");
                    e.size = toInt64(requiredText(c, u"Size"), u"Size");
                    e.storageClass = optionalText(c, u"StorageClass");
                }
                if (const Element *o = c.child(u"Owner"))
                    e.owner = readOwner(*o);
                r.entries.append(std::move(e));
            }
            r.commonPrefixes = readCommonPrefixes(root, enc);
            return r;
        });
}

} // namespace S3
