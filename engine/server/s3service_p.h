#pragma once

// Internals of S3Service shared by its .cpp files: the request context, the operation table
// and the helpers every handler uses. Not part of the engine's API.

#include <functional>
#include <memory>
#include <optional>
#include <utility>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "engine/core/error.h"
#include "engine/s3/sigv4.h"
#include "engine/server/http.h"
#include "engine/server/s3service.h"
#include "engine/store/storetypes.h"

namespace Store {
class ObjectWriter;
}

namespace Server {

enum class Op
{
    Unknown,
    ListBuckets,
    CreateBucket,
    HeadBucket,
    DeleteBucket,
    GetBucketLocation,
    GetBucketVersioning,
    PutBucketVersioning,
    GetBucketTagging,
    PutBucketTagging,
    DeleteBucketTagging,
    ListObjects,
    ListObjectsV2,
    ListObjectVersions,
    ListMultipartUploads,
    DeleteObjects,
    PutObject,
    CopyObject,
    GetObject,
    HeadObject,
    DeleteObject,
    GetObjectTagging,
    PutObjectTagging,
    DeleteObjectTagging,
    CreateMultipartUpload,
    UploadPart,
    UploadPartCopy,
    CompleteMultipartUpload,
    AbortMultipartUpload,
    ListParts,
    GetBucketEncryption,
    PutBucketEncryption,
    DeleteBucketEncryption,
    GetBucketCors,
    PutBucketCors,
    DeleteBucketCors,
    CorsPreflight, // OPTIONS on a bucket or object
    PostObject,    // browser form upload (POST /bucket, multipart/form-data)
    NotImplemented,  // a sub-resource we do not implement
    MethodNotAllowed, // a method the resource does not allow
    ClockAdmin,       // /_pail/clock... (root only; engine/server/clockops.cpp)
    GetBucketLifecycleConfiguration,
    PutBucketLifecycleConfiguration,
    DeleteBucketLifecycle,
    RestoreObject,
    GetBucketPolicy,
    PutBucketPolicy,
    DeleteBucketPolicy,
    GetBucketPolicyStatus,
    GetBucketAcl,
    PutBucketAcl,
    GetObjectAcl,
    PutObjectAcl,
    GetBucketOwnershipControls,
    PutBucketOwnershipControls,
    DeleteBucketOwnershipControls,
    GetPublicAccessBlock,
    PutPublicAccessBlock,
    DeletePublicAccessBlock,
    GetBucketLogging,
    PutBucketLogging,
    GetBucketWebsite,
    PutBucketWebsite,
    DeleteBucketWebsite,
};

const char *opName(Op op);

// Where a request goes: parsed from the Host header, the path and the query.
struct Route
{
    QString bucket;        // empty: service level (ListBuckets)
    QByteArray key;        // raw UTF-8 bytes, decoded once from the path; empty: bucket level
    bool virtualHosted = false;
    Op op = Op::Unknown;
    Core::ErrorCode error = Core::ErrorCode::None; // InvalidURI for a path that does not decode
};

// Everything known about one request while it is handled. Lives as long as the request
// (the body sink keeps it through a shared_ptr).
struct RequestContext
{
    explicit RequestContext(HttpRequest &r)
        : http {r}
    {
    }
    HttpRequest &http;
    QByteArray rawPath;  // as on the wire, before '?'
    QByteArray rawQuery; // without '?'
    QList<std::pair<QByteArray, QByteArray>> query; // decoded, wire order
    Route route;
    S3::AuthContext auth;
    const User *user = nullptr; // null: anonymous
    QString resource;           // "/bucket/key" for <Resource>
    QDateTime now;
    // Set by operations that store an encrypted body: the data key the body sink encrypts
    // the upload with (see sse_p.h). Empty: stored as is.
    QByteArray sseDataKey;

    bool isHead() const { return http.method == "HEAD"; }
    bool hasParam(QByteArrayView name) const;
    std::optional<QByteArray> param(QByteArrayView name) const;
    QString paramString(QByteArrayView name) const { return QString::fromUtf8(param(name).value_or(QByteArray())); }
    const std::string *header(std::string_view lowerName) const { return http.header(lowerName); }
    QString headerString(std::string_view lowerName) const;
    QByteArray headerBytes(std::string_view lowerName) const;
};

Route route(const RequestContext &ctx, const S3Service::Options &options);

// ---- responses ----------------------------------------------------------------------------
HttpResponse xmlResponse(QByteArray xml, int status = 200);
HttpResponse emptyResponse(int status);
inline Dispatch answer(HttpResponse r)
{
    return Dispatch {std::move(r), nullptr};
}
// Error from the table; keeps the message when the error has one.
Core::Error s3Error(const Core::Error &error);
Core::Error s3Error(Core::ErrorCode code, QString message = {});

// ---- request bodies -----------------------------------------------------------------------
// What a verified body gives to the operation: the store writer (object bodies) or the bytes
// (XML documents), plus the checksum the client declared and we verified.
struct VerifiedBody
{
    std::unique_ptr<Store::ObjectWriter> writer;
    QByteArray bytes;
    Store::Checksum checksum;
    qint64 size = 0;
};
using BodyCompletion = std::function<HttpResponse(VerifiedBody &)>;
// The same without blocking (see BodySink::finishAsync): used instead of the BodyCompletion
// when the body is held in memory (Store::ObjectWriter::isInline()).
using AsyncBodyCompletion = std::function<void(VerifiedBody &, BodySink::Resume)>;

// A sink that decodes aws-chunked, checks x-amz-content-sha256, Content-MD5 and
// x-amz-checksum-* (header or trailer), and writes to a store writer (toStore) or memory
// (XML bodies up to maxSize). Fails before the body is read for malformed digests, a missing
// Content-Length or a declared size over maxSize.
Core::Result<std::unique_ptr<BodySink>> makeBodySink(S3Service &service, std::shared_ptr<RequestContext> ctx,
                                                     bool toStore, std::uint64_t maxSize, BodyCompletion completion,
                                                     AsyncBodyCompletion asyncCompletion = {});
// Convenience: a buffered XML body (limit in bytes) handed to completion.
Dispatch withBody(S3Service &service, std::shared_ptr<RequestContext> ctx, std::uint64_t maxSize,
                  BodyCompletion completion);

// ---- shared helpers -----------------------------------------------------------------------
// Object metadata from the request headers (Content-*, Cache-Control, Expires, x-amz-meta-*,
// x-amz-storage-class, x-amz-tagging, x-amz-acl). MetadataTooLarge, InvalidTag, InvalidArgument.
Core::Result<Store::ObjectMeta> metaFromHeaders(const S3Service &service, const RequestContext &ctx);
// Headers describing an object on GET/HEAD (ETag, Last-Modified, Content-Type, metadata...).
// wholeObject: the response carries the whole object, so x-amz-checksum-* (when asked for with
// x-amz-checksum-mode: ENABLED) describes it; never sent for ranges and parts.
void addObjectHeaders(HttpResponse &resp, const RequestContext &ctx, const Store::ObjectInfo &info, bool wholeObject);
QByteArray httpDate(const QDateTime &time);
QString ownerDisplayName(const S3Service &service, const QString &canonicalId);
// ?versionId= (empty when absent).
QString versionIdParam(const RequestContext &ctx);

// ---- operations ---------------------------------------------------------------------------
namespace Ops {
Dispatch listBuckets(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch createBucket(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch headBucket(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch deleteBucket(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch getBucketLocation(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch getBucketVersioning(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch putBucketVersioning(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch getBucketTagging(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch putBucketTagging(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch deleteBucketTagging(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch listObjects(S3Service &s, std::shared_ptr<RequestContext> ctx, bool v2);
Dispatch listObjectVersions(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch deleteObjects(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch putObject(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch copyObject(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch getObject(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch deleteObject(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch getObjectTagging(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch putObjectTagging(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch deleteObjectTagging(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch createMultipartUpload(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch uploadPart(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch uploadPartCopy(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch completeMultipartUpload(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch abortMultipartUpload(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch listParts(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch listMultipartUploads(S3Service &s, std::shared_ptr<RequestContext> ctx);
// engine/server/lifecycleops.cpp
Dispatch getBucketLifecycle(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch putBucketLifecycle(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch deleteBucketLifecycle(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch restoreObject(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch getBucketPolicy(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch putBucketPolicy(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch deleteBucketPolicy(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch getBucketPolicyStatus(S3Service &s, std::shared_ptr<RequestContext> ctx);
// engine/server/loggingops.cpp
Dispatch getBucketLogging(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch putBucketLogging(S3Service &s, std::shared_ptr<RequestContext> ctx);
// engine/server/websiteops.cpp
Dispatch getBucketWebsite(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch putBucketWebsite(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch deleteBucketWebsite(S3Service &s, std::shared_ptr<RequestContext> ctx);
} // namespace Ops

// ---- storage classes, archives and lifecycle (engine/server/lifecycleops.cpp) ---------------
// The classes PUT, CopyObject and CreateMultipartUpload accept (STANDARD ... DEEP_ARCHIVE).
bool isKnownStorageClass(QStringView storageClass);
// GLACIER and DEEP_ARCHIVE: GET needs a completed restore.
bool isArchiveStorageClass(QStringView storageClass);
// True when GET may read the version now: not an archive, or a restore completed and not expired.
bool isReadable(const S3Service &service, const Store::ObjectInfo &info);
// x-amz-restore for HEAD/GET of an archived version that has a restore (empty when none).
QByteArray restoreHeader(const S3Service &service, const Store::ObjectInfo &info);
// x-amz-expiration ("expiry-date=\"...\", rule-id=\"...\"") when a lifecycle rule of the bucket will
// expire this current version; empty otherwise.
QByteArray expirationHeader(const S3Service &service, const QString &bucket, const Store::ObjectInfo &info);

// ---- authorisation (access.cpp) -------------------------------------------------------------
// The authorisation step of the pipeline: maps the operation to its IAM action(s) and
// resource(s) and evaluates the bucket policy and the caller's identity policies (AWS's
// single-account logic, see decideAccess()). AccessDenied when not allowed. DeleteObjects is
// checked per key by authorizeObjectAction().
Core::Status authorizeRequest(const S3Service &service, const RequestContext &ctx);
// One action on one object of the request's bucket (DeleteObjects' keys).
Core::Status authorizeObjectAction(const S3Service &service, const RequestContext &ctx, const QString &action,
                                   const QByteArray &key, const QString &versionId);

} // namespace Server
