#include "engine/s3/xml/bucketdocuments.h"

#include "engine/s3/xml/xmldocument_p.h"

namespace S3 {

using namespace XmlDetail;
using Core::ErrorCode;

QByteArray ListAllMyBucketsResult::toXml() const
{
    Writer w(u"ListAllMyBucketsResult");
    w.owner(u"Owner", owner);
    w.start(u"Buckets");
    for (const BucketInfo &b : buckets) {
        w.start(u"Bucket");
        w.text(u"Name", b.name);
        w.time(u"CreationDate", b.creationDate);
        w.optionalText(u"BucketRegion", b.bucketRegion);
        w.end();
    }
    w.end();
    w.optionalText(u"ContinuationToken", continuationToken);
    w.optionalText(u"Prefix", prefix);
    return w.finish();
}

Core::Result<ListAllMyBucketsResult> ListAllMyBucketsResult::fromXml(
    const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<ListAllMyBucketsResult>(
        xml, responseLimits(limits), u"ListAllMyBucketsResult", ErrorCode::MalformedXML, [](const Element &root) {
            ListAllMyBucketsResult r;
            if (const Element *o = root.child(u"Owner"))
                r.owner = readOwner(*o);
            if (const Element *bs = root.child(u"Buckets")) {
                for (const Element *b : bs->childrenNamed(u"Bucket")) {
                    r.buckets.append(BucketInfo { requiredText(*b, u"Name"),
                        toTime(requiredText(*b, u"CreationDate"), u"CreationDate"),
                        optionalText(*b, u"BucketRegion") });
                }
            }
            r.continuationToken = optionalText(root, u"ContinuationToken");
            r.prefix = optionalText(root, u"Prefix");
            return r;
        });
}

QByteArray CreateBucketConfiguration::toXml() const
{
    Writer w(u"CreateBucketConfiguration");
    w.optionalText(u"LocationConstraint", locationConstraint);
    return w.finish();
}

Core::Result<CreateBucketConfiguration> CreateBucketConfiguration::fromXml(
    const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<CreateBucketConfiguration>(
        xml, requestLimits(limits), u"CreateBucketConfiguration", ErrorCode::MalformedXML, [](const Element &root) {
            return CreateBucketConfiguration { optionalText(root, u"LocationConstraint").trimmed() };
        });
}

QByteArray LocationConstraint::toXml() const
{
    // The root carries the value itself; us-east-1 is the empty element.
    Writer w(u"LocationConstraint");
    if (region != u"us-east-1" && !region.isEmpty())
        w.stream().writeCharacters(region);
    return w.finish();
}

Core::Result<LocationConstraint> LocationConstraint::fromXml(const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<LocationConstraint>(xml, responseLimits(limits), u"LocationConstraint",
        ErrorCode::MalformedXML, [](const Element &root) { return LocationConstraint { root.text.trimmed() }; });
}

QByteArray PolicyStatus::toXml() const
{
    Writer w(u"PolicyStatus");
    w.boolean(u"IsPublic", isPublic);
    return w.finish();
}

Core::Result<PolicyStatus> PolicyStatus::fromXml(const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<PolicyStatus>(xml, responseLimits(limits), u"PolicyStatus", ErrorCode::MalformedXML,
        [](const Element &root) { return PolicyStatus { toBool(requiredText(root, u"IsPublic"), u"IsPublic") }; });
}

} // namespace S3
