#pragma once

// Server-side encryption for the S3 service (SSE-S3, SSE-C, SSE-KMS): request headers, the
// bucket default (Put/Get/DeleteBucketEncryption) and the response headers. The cryptography
// and keys live in the store (engine/store/encryption.h). Not part of the engine's API.

#include <memory>

#include <QByteArray>
#include <QString>

#include "engine/core/error.h"
#include "engine/server/s3service_p.h"

namespace Server {

// The encryption a request asks for, from x-amz-server-side-encryption* headers (or the
// x-amz-copy-source-server-side-encryption-customer-* ones for a copy source).
struct SseRequest
{
    QString algorithm;   // "AES256", "aws:kms" or empty (x-amz-server-side-encryption)
    QString kmsKeyId;    // x-amz-server-side-encryption-aws-kms-key-id, as a bare id
    bool customer = false;  // SSE-C headers present
    QByteArray customerKey; // 32 bytes
    QString customerKeyMd5; // base64, as sent
};

// Parses and checks the headers (InvalidArgument, InvalidEncryptionAlgorithmError, and
// InvalidRequest for SSE-C over plain HTTP unless the service allows it).
Core::Result<SseRequest> parseSse(const S3Service &s, const RequestContext &ctx, bool copySource);

// For a new object or upload: the request's encryption, else the bucket default. Sets
// meta.encryption (algorithm, key id, key MD5, encrypted, envelope) and returns the data key
// to encrypt the body with (empty: not encrypted).
Core::Result<QByteArray> newObjectEncryption(S3Service &s, const RequestContext &ctx, const QString &bucket,
                                             Store::ObjectMeta &meta);
// The same with an already parsed request.
Core::Result<QByteArray> newObjectEncryption(S3Service &s, const SseRequest &request, const QString &bucket,
                                             Store::ObjectMeta &meta);

// The data key to read a stored version (or write parts of an upload) with: checks the
// request's SSE-C headers against the object's. Empty when the object is not encrypted.
// InvalidRequest (missing key for an SSE-C object, or a key for an object without SSE-C),
// AccessDenied (wrong key).
Core::Result<QByteArray> readDataKey(S3Service &s, const RequestContext &ctx, const Store::Encryption &encryption,
                                     bool copySource);

// x-amz-server-side-encryption* response headers of an object.
void addSseHeaders(HttpResponse &resp, const S3Service &s, const Store::Encryption &encryption);

// An error answer that keeps codes outside the error table (KMS.NotFoundException).
HttpResponse sseError(const S3Service &s, const RequestContext &ctx, const Core::Error &error);

namespace Ops {
Dispatch getBucketEncryption(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch putBucketEncryption(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch deleteBucketEncryption(S3Service &s, std::shared_ptr<RequestContext> ctx);
} // namespace Ops

} // namespace Server
