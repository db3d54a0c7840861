#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "engine/core/error.h"
#include "engine/s3/xml/xmlutil.h"

namespace S3 {

// <PublicAccessBlockConfiguration>: Put/GetPublicAccessBlock. An absent element is false, as
// AWS reads it. fromXml(): a value other than true/false -> MalformedXML.
struct PublicAccessBlockConfiguration
{
    bool blockPublicAcls = false;
    bool ignorePublicAcls = false;
    bool blockPublicPolicy = false;
    bool restrictPublicBuckets = false;

    bool any() const { return blockPublicAcls || ignorePublicAcls || blockPublicPolicy || restrictPublicBuckets; }
    QByteArray toXml() const;
    static Core::Result<PublicAccessBlockConfiguration> fromXml(const QByteArray &xml,
                                                                std::optional<XmlLimits> limits = {});
    bool operator==(const PublicAccessBlockConfiguration &) const = default;
};

// <OwnershipControls><Rule><ObjectOwnership>: Put/GetBucketOwnershipControls. fromXml(): not
// exactly one Rule, or an ObjectOwnership other than BucketOwnerEnforced, BucketOwnerPreferred
// or ObjectWriter -> MalformedXML.
struct OwnershipControls
{
    QString objectOwnership;

    QByteArray toXml() const;
    static Core::Result<OwnershipControls> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    static bool isObjectOwnership(QStringView value);
    bool operator==(const OwnershipControls &) const = default;
};

// <BucketLoggingStatus>: Put/GetBucketLogging. An empty document (no <LoggingEnabled>) means
// logging is off. fromXml(): a <LoggingEnabled> without <TargetBucket>, or more than one
// <LoggingEnabled> -> MalformedXML. TargetGrants and TargetObjectKeyFormat are not kept (log
// objects are owned by the target bucket's owner and use the simple "prefix + date" keys).
struct LoggingEnabled
{
    QString targetBucket;
    QString targetPrefix;
    bool operator==(const LoggingEnabled &) const = default;
};

struct BucketLoggingStatus
{
    std::optional<LoggingEnabled> loggingEnabled;

    QByteArray toXml() const;
    static Core::Result<BucketLoggingStatus> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const BucketLoggingStatus &) const = default;
};

} // namespace S3
