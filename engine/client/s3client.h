#pragma once

#include <QHash>
#include <QObject>
#include <QUrl>

#include "engine/client/job.h"
#include "engine/client/s3types.h"
#include "engine/client/transport.h"
#include "engine/s3/xml/accessdocuments.h"
#include "engine/s3/xml/documents.h"

namespace Client {

using ListBucketsJob = ResultJob<S3::ListAllMyBucketsResult>;
using ListObjectsJob = ResultJob<S3::ListBucketResult>;
using ListVersionsJob = ResultJob<S3::ListVersionsResult>;
using HeadObjectJob = ResultJob<ObjectInfo>;
using GetObjectJob = ResultJob<GetObjectResult>;
using PutObjectJob = ResultJob<PutObjectResult>;
using CopyObjectJob = ResultJob<CopyObjectResult>;
using DeleteObjectJob = ResultJob<DeleteObjectResult>;
using DeleteObjectsJob = ResultJob<S3::DeleteResult>;
using CreateMultipartUploadJob = ResultJob<S3::InitiateMultipartUploadResult>;
using UploadPartJob = ResultJob<UploadPartResult>;
using CompleteMultipartUploadJob = ResultJob<S3::CompleteMultipartUploadResult>;
using ListPartsJob = ResultJob<S3::ListPartsResult>;
using ListUploadsJob = ResultJob<S3::ListMultipartUploadsResult>;
using TaggingJob = ResultJob<S3::Tagging>;
using VersioningJob = ResultJob<S3::VersioningConfiguration>;
using RawDocumentJob = ResultJob<QByteArray>;
using StringJob = ResultJob<QString>;
using RestoreObjectJob = ResultJob<RestoreResult>;
using CapabilitiesJob = ResultJob<BucketCapabilities>;
using VoidJob = ResultJob<void>;
using OwnershipControlsJob = ResultJob<S3::OwnershipControls>;
using PublicAccessBlockJob = ResultJob<S3::PublicAccessBlockConfiguration>;
using PolicyStatusJob = ResultJob<S3::PolicyStatus>;
using BucketLoggingJob = ResultJob<S3::BucketLoggingStatus>;
class ConfigWriteJob; // engine/client/configreadback.h

// Bucket configurations handled as raw bodies (XML, or JSON for the policy).
enum class BucketConfig
{
    Policy,     // ?policy (JSON)
    Lifecycle,  // ?lifecycle (engine/lifecycle/ has the codec)
    Cors,       // ?cors
    Encryption, // ?encryption
    Website,    // ?website
    Acl,        // ?acl (no delete)
    ObjectLock, // ?object-lock (no delete)
    Tagging,    // ?tagging
    Versioning, // ?versioning (no delete)
};
QString bucketConfigSubresource(BucketConfig config);

// The address at which AWS serves a bucket's static website: http://BUCKET.s3-website-REGION.amazonaws.com
// for the regions that had website endpoints before 2014 (us-east-1, us-west-1, us-west-2, eu-west-1,
// ap-southeast-1, ap-southeast-2, ap-northeast-1, sa-east-1, us-gov-west-1), and
// http://BUCKET.s3-website.REGION.amazonaws.com for the others. Empty for an endpoint that is not
// AWS's (other providers publish websites on their own host names; the sandbox does not serve them).
QUrl websiteEndpoint(const Profile &profile, const QString &bucket, const QString &region);
// Whether the profile's endpoint is on this machine (127.0.0.0/8, ::1, localhost): the sandbox.
bool isLoopbackEndpoint(const Profile &profile);

// The S3 operations the GUI and pailctl use, each returned as a job that is not started yet:
// the caller connects to finished(), calls start(), and deleteLater()s the job in its handler.
// Jobs have no parent and need the Transport alive while they run. Arguments are checked when
// the job starts: a bad argument finishes it with InvalidArgument/InvalidBucketName.
// Lives in the thread that created it (the transport's); owned by the caller; no singletons.
class S3Client final : public QObject
{
    Q_OBJECT
public:
    explicit S3Client(Transport &transport, QObject *parent = nullptr);
    ~S3Client() override;

    Transport &transport() const { return m_transport; }
    const Profile &profile() const { return m_transport.profile(); }

    // Buckets.
    ListBucketsJob *listBuckets();
    // region empty = the profile's region; us-east-1 sends no CreateBucketConfiguration.
    VoidJob *createBucket(const QString &bucket, const QString &region = {});
    VoidJob *deleteBucket(const QString &bucket);
    // The bucket's region from x-amz-bucket-region (empty when the server does not say).
    StringJob *headBucket(const QString &bucket);
    // GetBucketLocation; "us-east-1" for the empty constraint.
    StringJob *bucketLocation(const QString &bucket);

    // Listing.
    ListObjectsJob *listObjects(const ListObjectsRequest &request);
    ListVersionsJob *listObjectVersions(const ListVersionsRequest &request);

    // Objects.
    HeadObjectJob *headObject(const QString &bucket, const QString &key, const QString &versionId = {});
    GetObjectJob *getObject(const GetObjectRequest &request);
    PutObjectJob *putObject(const PutObjectRequest &request);
    // Copy, or copy in place (same bucket and key) with Replace to change metadata or storage class.
    CopyObjectJob *copyObject(const CopyObjectRequest &request);
    DeleteObjectJob *deleteObject(const QString &bucket, const QString &key, const QString &versionId = {});
    // Any number of objects, sent as DeleteObjects calls of at most 1000 keys, one after another.
    // The result merges all batches; a failed batch fails the job (earlier batches stay deleted).
    DeleteObjectsJob *deleteObjects(const QString &bucket, const QList<S3::ObjectIdentifier> &objects, bool quiet = true);
    RestoreObjectJob *restoreObject(const QString &bucket, const QString &key, const S3::RestoreRequest &restore,
                                    const QString &versionId = {});

    // Multipart upload.
    CreateMultipartUploadJob *createMultipartUpload(const QString &bucket, const QString &key,
                                                    const ObjectAttributes &attributes = {});
    // partNumber 1..10000; body normally RequestBody::fromFile(path, offset, length).
    // contentMd5 (raw 16 bytes) is sent as Content-MD5 and crc32c (raw 4 bytes, big-endian) as
    // x-amz-checksum-crc32c when given: the server refuses a part whose body does not match
    // (BadDigest). A server that checked the CRC32C repeats it in its answer (checksumCrc32c).
    UploadPartJob *uploadPart(const QString &bucket, const QString &key, const QString &uploadId, int partNumber,
                              const RequestBody &body, const QByteArray &contentMd5 = {}, const QByteArray &crc32c = {});
    // UploadPartCopy: the part's bytes come from an existing object (a range of it) on the same
    // endpoint; the result holds the part's ETag. S3 may answer 200 with an <Error> body: that
    // fails the job with the error's code.
    UploadPartJob *uploadPartCopy(const UploadPartCopyRequest &request);
    CompleteMultipartUploadJob *completeMultipartUpload(const QString &bucket, const QString &key, const QString &uploadId,
                                                        const QList<S3::CompletedPart> &parts);
    VoidJob *abortMultipartUpload(const QString &bucket, const QString &key, const QString &uploadId);
    ListPartsJob *listParts(const QString &bucket, const QString &key, const QString &uploadId, int partNumberMarker = 0);
    ListUploadsJob *listMultipartUploads(const QString &bucket, const QString &prefix = {}, const QString &keyMarker = {},
                                         const QString &uploadIdMarker = {});

    // Tags and versioning, typed.
    TaggingJob *objectTagging(const QString &bucket, const QString &key, const QString &versionId = {});
    VoidJob *putObjectTagging(const QString &bucket, const QString &key, const S3::Tagging &tagging,
                              const QString &versionId = {});
    VoidJob *deleteObjectTagging(const QString &bucket, const QString &key, const QString &versionId = {});
    TaggingJob *bucketTagging(const QString &bucket);
    VoidJob *putBucketTagging(const QString &bucket, const S3::Tagging &tagging);
    VersioningJob *bucketVersioning(const QString &bucket);
    VoidJob *putBucketVersioning(const QString &bucket, const S3::VersioningConfiguration &configuration);

    // Object Ownership (?ownershipControls): a bucket without controls fails with
    // OwnershipControlsNotFoundError. Putting BucketOwnerEnforced while the bucket ACL grants
    // anyone but the owner fails with InvalidBucketAclWithObjectOwnership.
    OwnershipControlsJob *bucketOwnershipControls(const QString &bucket);
    VoidJob *putBucketOwnershipControls(const QString &bucket, const S3::OwnershipControls &controls);
    VoidJob *deleteBucketOwnershipControls(const QString &bucket);
    // Block Public Access of the bucket (?publicAccessBlock): none set fails with
    // NoSuchPublicAccessBlockConfiguration.
    PublicAccessBlockJob *publicAccessBlock(const QString &bucket);
    VoidJob *putPublicAccessBlock(const QString &bucket, const S3::PublicAccessBlockConfiguration &configuration);
    VoidJob *deletePublicAccessBlock(const QString &bucket);
    // GetBucketPolicyStatus (?policyStatus): whether the bucket policy makes the bucket public.
    // NoSuchBucketPolicy without a policy.
    PolicyStatusJob *bucketPolicyStatus(const QString &bucket);
    // Server access logging (?logging). A bucket without logging answers an empty
    // BucketLoggingStatus (loggingEnabled unset); putting one without LoggingEnabled turns it
    // off. InvalidTargetBucketForLogging when the target does not exist or has another owner.
    BucketLoggingJob *bucketLogging(const QString &bucket);
    VoidJob *putBucketLogging(const QString &bucket, const S3::BucketLoggingStatus &status);

    // Any bucket configuration as a raw body (policy JSON, lifecycle/CORS/... XML). A missing
    // configuration fails with its NoSuch... code (NoSuchBucketPolicy, NoSuchLifecycleConfiguration...).
    RawDocumentJob *bucketConfig(const QString &bucket, BucketConfig config);
    VoidJob *putBucketConfig(const QString &bucket, BucketConfig config, const QByteArray &body);
    VoidJob *deleteBucketConfig(const QString &bucket, BucketConfig config);
    // putBucketConfig, then reads the configuration back and reports the fields the provider
    // silently dropped (ConfigWriteReport in engine/client/configreadback.h).
    ConfigWriteJob *putBucketConfigChecked(const QString &bucket, BucketConfig config, const QByteArray &body);

    // A presigned GET or PUT URL computed locally (no network) with the credentials the
    // provider holds now (CredentialsProvider::cached()); InvalidConfiguration when it has
    // none yet (fetch once first), InvalidArgument for expires outside 1..604800 or another method.
    struct PresignOptions
    {
        QString versionId;
        QString responseContentDisposition;
        QString responseContentType;
        QDateTime time; // signing time; invalid = now
    };
    Core::Result<QUrl> presignUrl(const QByteArray &method, const QString &bucket, const QString &key,
                                  qint64 expiresSeconds, const PresignOptions &options) const;
    Core::Result<QUrl> presignUrl(const QByteArray &method, const QString &bucket, const QString &key,
                                  qint64 expiresSeconds) const;

    // Which features the endpoint supports for this bucket, probed with harmless GETs run in
    // parallel (a NoSuch... answer means supported-but-unset). Cached per bucket (a client
    // serves one endpoint); a cached answer finishes the job without network.
    CapabilitiesJob *probeCapabilities(const QString &bucket);
    std::optional<BucketCapabilities> cachedCapabilities(const QString &bucket) const;
    void clearCapabilityCache() { m_capabilities.clear(); }

    // Checks a bucket name against S3's rules (3..63, lower case, digits, '.', '-', no IP form).
    static Core::Status validateBucketName(const QString &bucket);

private:
    Transport &m_transport;
    QHash<QString, BucketCapabilities> m_capabilities;
};

} // namespace Client
