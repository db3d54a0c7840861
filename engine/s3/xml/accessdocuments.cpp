#include "engine/s3/xml/accessdocuments.h"

#include "engine/s3/xml/xmldocument_p.h"

namespace S3 {

using Core::ErrorCode;
using namespace XmlDetail;

QByteArray PublicAccessBlockConfiguration::toXml() const
{
    Writer w(u"PublicAccessBlockConfiguration");
    w.boolean(u"BlockPublicAcls", blockPublicAcls);
    w.boolean(u"IgnorePublicAcls", ignorePublicAcls);
    w.boolean(u"BlockPublicPolicy", blockPublicPolicy);
    w.boolean(u"RestrictPublicBuckets", restrictPublicBuckets);
    return w.finish();
}

Core::Result<PublicAccessBlockConfiguration> PublicAccessBlockConfiguration::fromXml(const QByteArray &xml,
                                                                                     std::optional<XmlLimits> limits)
{
    return parseDocument<PublicAccessBlockConfiguration>(
        xml, requestLimits(limits), u"PublicAccessBlockConfiguration", ErrorCode::MalformedXML, [](const Element &root) {
            PublicAccessBlockConfiguration c;
            auto flag = [&root](QStringView name) {
                return hasChild(root, name) ? toBool(optionalText(root, name), name) : false;
            };
            c.blockPublicAcls = flag(u"BlockPublicAcls");
            c.ignorePublicAcls = flag(u"IgnorePublicAcls");
            c.blockPublicPolicy = flag(u"BlockPublicPolicy");
            c.restrictPublicBuckets = flag(u"RestrictPublicBuckets");
            return c;
        });
}

bool OwnershipControls::isObjectOwnership(QStringView value)
{
    return value == u"BucketOwnerEnforced" || value == u"BucketOwnerPreferred" || value == u"ObjectWriter";
}

QByteArray OwnershipControls::toXml() const
{
    Writer w(u"OwnershipControls");
    w.start(u"Rule");
    w.text(u"ObjectOwnership", objectOwnership);
    w.end();
    return w.finish();
}

Core::Result<OwnershipControls> OwnershipControls::fromXml(const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<OwnershipControls>(
        xml, requestLimits(limits), u"OwnershipControls", ErrorCode::MalformedXML, [](const Element &root) {
            const auto rules = root.childrenNamed(u"Rule");
            if (rules.size() != 1)
                failParse(QStringLiteral("<OwnershipControls> needs exactly one <Rule>"));
            OwnershipControls c;
            c.objectOwnership = requiredText(*rules.front(), u"ObjectOwnership").trimmed();
            if (!isObjectOwnership(c.objectOwnership))
                failParse(QStringLiteral("unknown <ObjectOwnership> \"%1\"").arg(c.objectOwnership.left(64)));
            return c;
        });
}

QByteArray BucketLoggingStatus::toXml() const
{
    Writer w(u"BucketLoggingStatus");
    if (loggingEnabled) {
        w.start(u"LoggingEnabled");
        w.text(u"TargetBucket", loggingEnabled->targetBucket);
        w.text(u"TargetPrefix", loggingEnabled->targetPrefix);
        w.end();
    }
    return w.finish();
}

Core::Result<BucketLoggingStatus> BucketLoggingStatus::fromXml(const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<BucketLoggingStatus>(
        xml, requestLimits(limits), u"BucketLoggingStatus", ErrorCode::MalformedXML, [](const Element &root) {
            BucketLoggingStatus status;
            const auto enabled = root.childrenNamed(u"LoggingEnabled");
            if (enabled.size() > 1)
                failParse(QStringLiteral("more than one <LoggingEnabled>"));
            if (enabled.size() == 1) {
                LoggingEnabled e;
                e.targetBucket = requiredText(*enabled.front(), u"TargetBucket").trimmed();
                if (e.targetBucket.isEmpty())
                    failParse(QStringLiteral("empty <TargetBucket>"));
                e.targetPrefix = optionalText(*enabled.front(), u"TargetPrefix");
                status.loggingEnabled = e;
            }
            return status;
        });
}

} // namespace S3
