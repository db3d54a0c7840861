#include "engine/policy/s3actions.h"

#include <QHash>

#include "engine/policy/wildcard.h"

namespace Policy::S3Actions {

namespace {

// From AWS's Service Authorization Reference for Amazon S3 (service prefix s3).
constexpr const char16_t *kActions[] = {
    u"AbortMultipartUpload",
    u"AssociateAccessGrantsIdentityCenter",
    u"BypassGovernanceRetention",
    u"CreateAccessGrant",
    u"CreateAccessGrantsInstance",
    u"CreateAccessGrantsLocation",
    u"CreateAccessPoint",
    u"CreateAccessPointForObjectLambda",
    u"CreateBucket",
    u"CreateJob",
    u"CreateMultiRegionAccessPoint",
    u"CreateStorageLensGroup",
    u"DeleteAccessGrant",
    u"DeleteAccessGrantsInstance",
    u"DeleteAccessGrantsInstanceResourcePolicy",
    u"DeleteAccessGrantsLocation",
    u"DeleteAccessPoint",
    u"DeleteAccessPointForObjectLambda",
    u"DeleteAccessPointPolicy",
    u"DeleteAccessPointPolicyForObjectLambda",
    u"DeleteBucket",
    u"DeleteBucketPolicy",
    u"DeleteBucketWebsite",
    u"DeleteJobTagging",
    u"DeleteMultiRegionAccessPoint",
    u"DeleteObject",
    u"DeleteObjectTagging",
    u"DeleteObjectVersion",
    u"DeleteObjectVersionTagging",
    u"DeleteStorageLensConfiguration",
    u"DeleteStorageLensConfigurationTagging",
    u"DeleteStorageLensGroup",
    u"DescribeJob",
    u"DescribeMultiRegionAccessPointOperation",
    u"DissociateAccessGrantsIdentityCenter",
    u"GetAccelerateConfiguration",
    u"GetAccessGrant",
    u"GetAccessGrantsInstance",
    u"GetAccessGrantsInstanceForPrefix",
    u"GetAccessGrantsInstanceResourcePolicy",
    u"GetAccessGrantsLocation",
    u"GetAccessPoint",
    u"GetAccessPointConfigurationForObjectLambda",
    u"GetAccessPointForObjectLambda",
    u"GetAccessPointPolicy",
    u"GetAccessPointPolicyForObjectLambda",
    u"GetAccessPointPolicyStatus",
    u"GetAccessPointPolicyStatusForObjectLambda",
    u"GetAccountPublicAccessBlock",
    u"GetAnalyticsConfiguration",
    u"GetBucketAcl",
    u"GetBucketCORS",
    u"GetBucketLocation",
    u"GetBucketLogging",
    u"GetBucketNotification",
    u"GetBucketObjectLockConfiguration",
    u"GetBucketOwnershipControls",
    u"GetBucketPolicy",
    u"GetBucketPolicyStatus",
    u"GetBucketPublicAccessBlock",
    u"GetBucketRequestPayment",
    u"GetBucketTagging",
    u"GetBucketVersioning",
    u"GetBucketWebsite",
    u"GetDataAccess",
    u"GetEncryptionConfiguration",
    u"GetIntelligentTieringConfiguration",
    u"GetInventoryConfiguration",
    u"GetJobTagging",
    u"GetLifecycleConfiguration",
    u"GetMetricsConfiguration",
    u"GetMultiRegionAccessPoint",
    u"GetMultiRegionAccessPointPolicy",
    u"GetMultiRegionAccessPointPolicyStatus",
    u"GetMultiRegionAccessPointRoutes",
    u"GetObject",
    u"GetObjectAcl",
    u"GetObjectAttributes",
    u"GetObjectLegalHold",
    u"GetObjectRetention",
    u"GetObjectTagging",
    u"GetObjectTorrent",
    u"GetObjectVersion",
    u"GetObjectVersionAcl",
    u"GetObjectVersionAttributes",
    u"GetObjectVersionForReplication",
    u"GetObjectVersionTagging",
    u"GetObjectVersionTorrent",
    u"GetReplicationConfiguration",
    u"GetStorageLensConfiguration",
    u"GetStorageLensConfigurationTagging",
    u"GetStorageLensDashboard",
    u"GetStorageLensGroup",
    u"InitiateReplication",
    u"ListAccessGrants",
    u"ListAccessGrantsInstances",
    u"ListAccessGrantsLocations",
    u"ListAccessPoints",
    u"ListAccessPointsForObjectLambda",
    u"ListAllMyBuckets",
    u"ListBucket",
    u"ListBucketMultipartUploads",
    u"ListBucketVersions",
    u"ListJobs",
    u"ListMultiRegionAccessPoints",
    u"ListMultipartUploadParts",
    u"ListStorageLensConfigurations",
    u"ListStorageLensGroups",
    u"ListTagsForResource",
    u"ObjectOwnerOverrideToBucketOwner",
    u"PutAccelerateConfiguration",
    u"PutAccessGrantsInstanceResourcePolicy",
    u"PutAccessPointConfigurationForObjectLambda",
    u"PutAccessPointPolicy",
    u"PutAccessPointPolicyForObjectLambda",
    u"PutAccessPointPublicAccessBlock",
    u"PutAccountPublicAccessBlock",
    u"PutAnalyticsConfiguration",
    u"PutBucketAcl",
    u"PutBucketCORS",
    u"PutBucketLogging",
    u"PutBucketNotification",
    u"PutBucketObjectLockConfiguration",
    u"PutBucketOwnershipControls",
    u"PutBucketPolicy",
    u"PutBucketPublicAccessBlock",
    u"PutBucketRequestPayment",
    u"PutBucketTagging",
    u"PutBucketVersioning",
    u"PutBucketWebsite",
    u"PutEncryptionConfiguration",
    u"PutIntelligentTieringConfiguration",
    u"PutInventoryConfiguration",
    u"PutJobTagging",
    u"PutLifecycleConfiguration",
    u"PutMetricsConfiguration",
    u"PutMultiRegionAccessPointPolicy",
    u"PutObject",
    u"PutObjectAcl",
    u"PutObjectLegalHold",
    u"PutObjectRetention",
    u"PutObjectTagging",
    u"PutObjectVersionAcl",
    u"PutObjectVersionTagging",
    u"PutReplicationConfiguration",
    u"PutStorageLensConfiguration",
    u"PutStorageLensConfigurationTagging",
    u"ReplicateDelete",
    u"ReplicateObject",
    u"ReplicateTags",
    u"RestoreObject",
    u"SubmitMultiRegionAccessPointRoutes",
    u"TagResource",
    u"UntagResource",
    u"UpdateAccessGrantsLocation",
    u"UpdateJobPriority",
    u"UpdateJobStatus",
    u"UpdateStorageLensGroup",
};

enum class Level
{
    Service, // no bucket: arn:aws:s3:::*
    Bucket,
    Object,
};

struct OperationRow
{
    const char16_t *operation;
    const char16_t *action;
    const char16_t *versionAction; // nullptr: same as action
    Level level;
};

// REST operation -> IAM action, as AWS's "API operations defined by Amazon S3" table maps them.
constexpr OperationRow kOperations[] = {
    { u"AbortMultipartUpload", u"AbortMultipartUpload", nullptr, Level::Object },
    { u"CompleteMultipartUpload", u"PutObject", nullptr, Level::Object },
    { u"CopyObject", u"PutObject", nullptr, Level::Object },
    { u"CreateBucket", u"CreateBucket", nullptr, Level::Bucket },
    { u"CreateMultipartUpload", u"PutObject", nullptr, Level::Object },
    { u"DeleteBucket", u"DeleteBucket", nullptr, Level::Bucket },
    { u"DeleteBucketCors", u"PutBucketCORS", nullptr, Level::Bucket },
    { u"DeleteBucketEncryption", u"PutEncryptionConfiguration", nullptr, Level::Bucket },
    { u"DeleteBucketLifecycle", u"PutLifecycleConfiguration", nullptr, Level::Bucket },
    { u"DeleteBucketOwnershipControls", u"PutBucketOwnershipControls", nullptr, Level::Bucket },
    { u"DeleteBucketPolicy", u"DeleteBucketPolicy", nullptr, Level::Bucket },
    { u"DeleteBucketReplication", u"PutReplicationConfiguration", nullptr, Level::Bucket },
    { u"DeleteBucketTagging", u"PutBucketTagging", nullptr, Level::Bucket },
    { u"DeleteBucketWebsite", u"DeleteBucketWebsite", nullptr, Level::Bucket },
    { u"DeleteObject", u"DeleteObject", u"DeleteObjectVersion", Level::Object },
    { u"DeleteObjects", u"DeleteObject", u"DeleteObjectVersion", Level::Object },
    { u"DeleteObjectTagging", u"DeleteObjectTagging", u"DeleteObjectVersionTagging", Level::Object },
    { u"DeletePublicAccessBlock", u"PutBucketPublicAccessBlock", nullptr, Level::Bucket },
    { u"GetBucketAccelerateConfiguration", u"GetAccelerateConfiguration", nullptr, Level::Bucket },
    { u"GetBucketAcl", u"GetBucketAcl", nullptr, Level::Bucket },
    { u"GetBucketCors", u"GetBucketCORS", nullptr, Level::Bucket },
    { u"GetBucketEncryption", u"GetEncryptionConfiguration", nullptr, Level::Bucket },
    { u"GetBucketLifecycle", u"GetLifecycleConfiguration", nullptr, Level::Bucket },
    { u"GetBucketLifecycleConfiguration", u"GetLifecycleConfiguration", nullptr, Level::Bucket },
    { u"GetBucketLocation", u"GetBucketLocation", nullptr, Level::Bucket },
    { u"GetBucketLogging", u"GetBucketLogging", nullptr, Level::Bucket },
    { u"GetBucketNotification", u"GetBucketNotification", nullptr, Level::Bucket },
    { u"GetBucketNotificationConfiguration", u"GetBucketNotification", nullptr, Level::Bucket },
    { u"GetBucketOwnershipControls", u"GetBucketOwnershipControls", nullptr, Level::Bucket },
    { u"GetBucketPolicy", u"GetBucketPolicy", nullptr, Level::Bucket },
    { u"GetBucketPolicyStatus", u"GetBucketPolicyStatus", nullptr, Level::Bucket },
    { u"GetBucketReplication", u"GetReplicationConfiguration", nullptr, Level::Bucket },
    { u"GetBucketRequestPayment", u"GetBucketRequestPayment", nullptr, Level::Bucket },
    { u"GetBucketTagging", u"GetBucketTagging", nullptr, Level::Bucket },
    { u"GetBucketVersioning", u"GetBucketVersioning", nullptr, Level::Bucket },
    { u"GetBucketWebsite", u"GetBucketWebsite", nullptr, Level::Bucket },
    { u"GetObject", u"GetObject", u"GetObjectVersion", Level::Object },
    { u"GetObjectAcl", u"GetObjectAcl", u"GetObjectVersionAcl", Level::Object },
    { u"GetObjectAttributes", u"GetObjectAttributes", u"GetObjectVersionAttributes", Level::Object },
    { u"GetObjectLegalHold", u"GetObjectLegalHold", nullptr, Level::Object },
    { u"GetObjectLockConfiguration", u"GetBucketObjectLockConfiguration", nullptr, Level::Bucket },
    { u"GetObjectRetention", u"GetObjectRetention", nullptr, Level::Object },
    { u"GetObjectTagging", u"GetObjectTagging", u"GetObjectVersionTagging", Level::Object },
    { u"GetObjectTorrent", u"GetObjectTorrent", u"GetObjectVersionTorrent", Level::Object },
    { u"GetPublicAccessBlock", u"GetBucketPublicAccessBlock", nullptr, Level::Bucket },
    { u"HeadBucket", u"ListBucket", nullptr, Level::Bucket },
    { u"HeadObject", u"GetObject", u"GetObjectVersion", Level::Object },
    { u"ListBuckets", u"ListAllMyBuckets", nullptr, Level::Service },
    { u"ListMultipartUploads", u"ListBucketMultipartUploads", nullptr, Level::Bucket },
    { u"ListObjects", u"ListBucket", nullptr, Level::Bucket },
    { u"ListObjectsV2", u"ListBucket", nullptr, Level::Bucket },
    { u"ListObjectVersions", u"ListBucketVersions", nullptr, Level::Bucket },
    { u"ListParts", u"ListMultipartUploadParts", nullptr, Level::Object },
    { u"PutBucketAccelerateConfiguration", u"PutAccelerateConfiguration", nullptr, Level::Bucket },
    { u"PutBucketAcl", u"PutBucketAcl", nullptr, Level::Bucket },
    { u"PutBucketCors", u"PutBucketCORS", nullptr, Level::Bucket },
    { u"PutBucketEncryption", u"PutEncryptionConfiguration", nullptr, Level::Bucket },
    { u"PutBucketLifecycle", u"PutLifecycleConfiguration", nullptr, Level::Bucket },
    { u"PutBucketLifecycleConfiguration", u"PutLifecycleConfiguration", nullptr, Level::Bucket },
    { u"PutBucketLogging", u"PutBucketLogging", nullptr, Level::Bucket },
    { u"PutBucketNotification", u"PutBucketNotification", nullptr, Level::Bucket },
    { u"PutBucketNotificationConfiguration", u"PutBucketNotification", nullptr, Level::Bucket },
    { u"PutBucketOwnershipControls", u"PutBucketOwnershipControls", nullptr, Level::Bucket },
    { u"PutBucketPolicy", u"PutBucketPolicy", nullptr, Level::Bucket },
    { u"PutBucketReplication", u"PutReplicationConfiguration", nullptr, Level::Bucket },
    { u"PutBucketRequestPayment", u"PutBucketRequestPayment", nullptr, Level::Bucket },
    { u"PutBucketTagging", u"PutBucketTagging", nullptr, Level::Bucket },
    { u"PutBucketVersioning", u"PutBucketVersioning", nullptr, Level::Bucket },
    { u"PutBucketWebsite", u"PutBucketWebsite", nullptr, Level::Bucket },
    { u"PutObject", u"PutObject", nullptr, Level::Object },
    { u"PutObjectAcl", u"PutObjectAcl", u"PutObjectVersionAcl", Level::Object },
    { u"PutObjectLegalHold", u"PutObjectLegalHold", nullptr, Level::Object },
    { u"PutObjectLockConfiguration", u"PutBucketObjectLockConfiguration", nullptr, Level::Bucket },
    { u"PutObjectRetention", u"PutObjectRetention", nullptr, Level::Object },
    { u"PutObjectTagging", u"PutObjectTagging", u"PutObjectVersionTagging", Level::Object },
    { u"PutPublicAccessBlock", u"PutBucketPublicAccessBlock", nullptr, Level::Bucket },
    { u"RestoreObject", u"RestoreObject", nullptr, Level::Object },
    { u"SelectObjectContent", u"GetObject", nullptr, Level::Object },
    { u"UploadPart", u"PutObject", nullptr, Level::Object },
    { u"UploadPartCopy", u"PutObject", nullptr, Level::Object },
};

const OperationRow *findOperation(QStringView operation)
{
    static const QHash<QString, const OperationRow *> index = [] {
        QHash<QString, const OperationRow *> h;
        for (const OperationRow &row : kOperations)
            h.insert(QString::fromUtf16(row.operation), &row);
        return h;
    }();
    return index.value(operation.toString(), nullptr);
}

const QHash<QString, QString> &lowerIndex()
{
    static const QHash<QString, QString> index = [] {
        QHash<QString, QString> h;
        for (const char16_t *name : kActions) {
            const QString n = QString::fromUtf16(name);
            h.insert(n.toLower(), n);
        }
        return h;
    }();
    return index;
}

QString prefixed(const char16_t *name)
{
    return QStringLiteral("s3:") + QString::fromUtf16(name);
}

} // namespace

const QStringList &all()
{
    static const QStringList list = [] {
        QStringList l;
        for (const char16_t *name : kActions)
            l.append(QString::fromUtf16(name));
        return l;
    }();
    return list;
}

bool isKnown(QStringView name)
{
    return lowerIndex().contains(name.toString().toLower());
}

bool matchesAny(QStringView pattern)
{
    if (!pattern.contains(u'*') && !pattern.contains(u'?'))
        return isKnown(pattern);
    const QStringList &names = all();
    return std::any_of(
        names.begin(), names.end(), [&](const QString &n) { return wildcardMatch(pattern, n, Qt::CaseInsensitive); });
}

QString actionFor(QStringView operation, bool hasVersionId)
{
    const OperationRow *row = findOperation(operation);
    if (!row)
        return {};
    return prefixed(hasVersionId && row->versionAction ? row->versionAction : row->action);
}

QString bucketArn(const QString &bucket)
{
    return QStringLiteral("arn:aws:s3:::") + bucket;
}

QString objectArn(const QString &bucket, const QString &key)
{
    return QStringLiteral("arn:aws:s3:::") + bucket + QLatin1Char('/') + key;
}

std::vector<Authorization> authorizationsFor(const OperationRequest &request)
{
    const OperationRow *row = findOperation(request.operation);
    if (!row)
        return {};
    std::vector<Authorization> out;
    if (request.operation == u"CopyObject" || request.operation == u"UploadPartCopy") {
        out.push_back({ prefixed(request.sourceHasVersionId ? u"GetObjectVersion" : u"GetObject"),
            objectArn(request.sourceBucket, request.sourceKey) });
        out.push_back({ prefixed(u"PutObject"), objectArn(request.bucket, request.key) });
        return out;
    }
    QString resource;
    switch (row->level) {
    case Level::Service:
        resource = QStringLiteral("arn:aws:s3:::*");
        break;
    case Level::Bucket:
        resource = bucketArn(request.bucket);
        break;
    case Level::Object:
        resource = objectArn(request.bucket, request.key);
        break;
    }
    out.push_back({ actionFor(request.operation, request.hasVersionId), resource });
    return out;
}

} // namespace Policy::S3Actions
