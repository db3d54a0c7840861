#pragma once

#include <vector>

#include <QString>
#include <QStringList>

namespace Policy {

// What one S3 REST operation needs authorised: an IAM action on a resource ARN.
struct Authorization
{
    QString action; // "s3:GetObject"
    QString resource; // "arn:aws:s3:::bucket/key", "arn:aws:s3:::bucket" or "arn:aws:s3:::*"
};

// The facts about a request that decide which IAM actions it needs.
struct OperationRequest
{
    QString operation; // S3 REST operation name: "GetObject", "ListObjectsV2", ...
    QString bucket;
    QString key;
    bool hasVersionId = false; // ?versionId= given (GetObject -> s3:GetObjectVersion, ...)
    // CopyObject / UploadPartCopy: the x-amz-copy-source object.
    QString sourceBucket;
    QString sourceKey;
    bool sourceHasVersionId = false;
};

// The table of S3's IAM actions (from AWS's "Actions, resources, and condition keys for
// Amazon S3", 2024) and the mapping from REST operations to them. Stateless functions.
namespace S3Actions {

// Every valid action name without the "s3:" prefix, in AWS's spelling.
const QStringList &all();
// Case-insensitive, as IAM compares action names; name without the "s3:" prefix.
bool isKnown(QStringView name);
// Whether an action pattern ("Get*", "*Object?ersion") matches at least one known action.
bool matchesAny(QStringView pattern);

// The IAM action for an operation ("HeadObject" -> "s3:GetObject", with a version id
// "s3:GetObjectVersion"); empty for an unknown operation. CopyObject and UploadPartCopy
// return the target's action (s3:PutObject); use authorizationsFor() for both sides.
QString actionFor(QStringView operation, bool hasVersionId = false);

// Everything the request needs authorised, in the order to check it. One entry for most
// operations; CopyObject / UploadPartCopy give s3:GetObject(Version) on the source first and
// s3:PutObject on the target. DeleteObjects gives s3:DeleteObject on the bucket's key given
// (the server calls it once per key). Empty for an unknown operation.
std::vector<Authorization> authorizationsFor(const OperationRequest &request);

// Resource ARN helpers.
QString bucketArn(const QString &bucket);
QString objectArn(const QString &bucket, const QString &key);

} // namespace S3Actions

} // namespace Policy
