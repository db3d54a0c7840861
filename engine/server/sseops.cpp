// Server-side encryption: SSE-S3 / SSE-C / SSE-KMS request headers, bucket default encryption
// (Put/Get/DeleteBucketEncryption) and the response headers AWS sends.

#include "engine/server/sse_p.h"

#include <QCryptographicHash>

#include "engine/s3/errortable.h"
#include "engine/s3/xml/documents.h"
#include "engine/store/encryption.h"
#include "engine/store/store.h"

namespace Server {

namespace {

constexpr QLatin1StringView kAes256 {"AES256"};
constexpr QLatin1StringView kAwsKms {"aws:kms"};
constexpr QLatin1StringView kDefaultKmsKey {"aws/s3"};
constexpr QLatin1StringView kAccount {"000000000000"};

Core::Error kmsNotFound(const S3Service &s, const QString &id)
{
    Core::Error e;
    e.code = Core::ErrorCode::InvalidArgument;
    e.s3Code = QStringLiteral("KMS.NotFoundException");
    e.httpStatus = 400;
    e.message = QStringLiteral("Key 'arn:aws:kms:%1:%2:key/%3' does not exist").arg(s.options().region, kAccount, id);
    return e;
}

QString kmsArn(const S3Service &s, const QString &id)
{
    return QStringLiteral("arn:aws:kms:%1:%2:key/%3").arg(s.options().region, kAccount, id);
}

// "arn:aws:kms:REGION:ACCOUNT:key/ID" or "...:alias/NAME" -> ID / alias/NAME; a bare id as is.
QString bareKmsKeyId(QString id)
{
    id = id.trimmed();
    if (id.startsWith(QLatin1StringView("arn:"))) {
        const QStringList parts = id.split(u':');
        if (parts.size() >= 6) {
            QString resource = parts.mid(5).join(u':');
            if (resource.startsWith(QLatin1StringView("key/")))
                resource = resource.mid(4);
            return resource;
        }
    }
    return id;
}

std::string toStd(const QString &s)
{
    return s.toStdString();
}

} // namespace

Core::Result<SseRequest> parseSse(const S3Service &s, const RequestContext &ctx, bool copySource)
{
    SseRequest r;
    if (!copySource) {
        r.algorithm = ctx.headerString("x-amz-server-side-encryption");
        if (!r.algorithm.isEmpty() && r.algorithm != kAes256 && r.algorithm != kAwsKms
            && r.algorithm != QLatin1StringView("aws:kms:dsse"))
            return Core::fail(Core::ErrorCode::InvalidArgument,
                              QStringLiteral("The encryption method specified is not supported"));
        if (r.algorithm == QLatin1StringView("aws:kms:dsse"))
            r.algorithm = kAwsKms;
        if (ctx.header("x-amz-server-side-encryption-aws-kms-key-id")) {
            if (r.algorithm != kAwsKms)
                return Core::fail(Core::ErrorCode::InvalidArgument,
                                  QStringLiteral("Server Side Encryption with AWS KMS managed key requires HTTP header "
                                                 "x-amz-server-side-encryption : aws:kms"));
            r.kmsKeyId = bareKmsKeyId(ctx.headerString("x-amz-server-side-encryption-aws-kms-key-id"));
        }
    }
    const std::string prefix = copySource ? "x-amz-copy-source-server-side-encryption-customer-"
                                          : "x-amz-server-side-encryption-customer-";
    const std::string *alg = ctx.header(prefix + "algorithm");
    const std::string *key = ctx.header(prefix + "key");
    const std::string *md5 = ctx.header(prefix + "key-md5");
    if (!alg && !key && !md5)
        return r;
    if (!s.options().allowSseCOverHttp && !ctx.http.secure)
        return Core::fail(Core::ErrorCode::InvalidRequest,
                          QStringLiteral("Requests specifying Server Side Encryption with Customer provided keys must be "
                                         "made over a secure connection."));
    if (!alg)
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("Requests specifying Server Side Encryption with Customer provided keys must "
                                         "provide a valid encryption algorithm."));
    if (*alg != "AES256")
        return Core::fail(Core::ErrorCode::InvalidEncryptionAlgorithmError,
                          QStringLiteral("The Encryption request you specified is not valid. Supported value: AES256."));
    if (!r.algorithm.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("Server Side Encryption with Customer provided key is incompatible with the "
                                         "encryption method specified"));
    if (!key)
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("Requests specifying Server Side Encryption with Customer provided keys must "
                                         "provide an appropriate secret key."));
    if (!md5)
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("Requests specifying Server Side Encryption with Customer provided keys must "
                                         "provide the client calculated MD5 of the secret key."));
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(*key),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != Store::Sse::kKeySize)
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("The secret key was invalid for the specified algorithm."));
    const QByteArray actualMd5 = QCryptographicHash::hash(decoded.decoded, QCryptographicHash::Md5).toBase64();
    if (actualMd5 != QByteArray::fromStdString(*md5).trimmed())
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("The calculated MD5 hash of the key did not match the hash that was provided."));
    r.customer = true;
    r.customerKey = decoded.decoded;
    r.customerKeyMd5 = QString::fromLatin1(actualMd5);
    return r;
}

Core::Result<QByteArray> newObjectEncryption(S3Service &s, const SseRequest &request, const QString &bucket,
                                             Store::ObjectMeta &meta)
{
    SseRequest effective = request;
    if (effective.algorithm.isEmpty() && !effective.customer) {
        auto doc = s.store().bucketConfig(bucket, Store::BucketConfigKind::Encryption);
        if (!doc)
            return std::unexpected(doc.error());
        if (doc->has_value()) {
            auto conf = S3::ServerSideEncryptionConfiguration::fromXml(**doc);
            if (conf && !conf->rules.isEmpty()) {
                const S3::ServerSideEncryptionRule &rule = conf->rules.first();
                effective.algorithm = rule.sseAlgorithm.startsWith(kAwsKms) ? QString(kAwsKms) : QString(kAes256);
                effective.kmsKeyId = bareKmsKeyId(rule.kmsMasterKeyId);
            }
        }
    }
    Store::Encryption &e = meta.encryption;
    e = {};
    Store::Sse::KeyRing &ring = s.store().keyRing();
    Core::Result<Store::Sse::KeyRing::NewKey> key;
    if (effective.customer) {
        key = ring.newDataKey(Store::Sse::Envelope::Scheme::Customer, effective.customerKey);
        e.algorithm = kAes256;
        e.customerKeyMd5 = effective.customerKeyMd5;
    } else if (effective.algorithm == kAes256) {
        key = ring.newDataKey(Store::Sse::Envelope::Scheme::Master);
        e.algorithm = kAes256;
    } else if (effective.algorithm == kAwsKms) {
        QString id = effective.kmsKeyId;
        if (id.isEmpty()) {
            // The AWS managed key of the account, created on first use.
            id = kDefaultKmsKey;
            if (!ring.hasKmsKey(id))
                (void)ring.createKmsKey(id);
        }
        if (!ring.hasKmsKey(id))
            return std::unexpected(kmsNotFound(s, id));
        key = ring.newDataKey(Store::Sse::Envelope::Scheme::Kms, {}, id);
        e.algorithm = kAwsKms;
        e.keyId = id;
    } else {
        return QByteArray();
    }
    if (!key)
        return std::unexpected(key.error());
    e.encrypted = true;
    e.nonce = key->envelope.serialize();
    return key->dataKey;
}

Core::Result<QByteArray> newObjectEncryption(S3Service &s, const RequestContext &ctx, const QString &bucket,
                                             Store::ObjectMeta &meta)
{
    auto request = parseSse(s, ctx, false);
    if (!request)
        return std::unexpected(request.error());
    return newObjectEncryption(s, *request, bucket, meta);
}

Core::Result<QByteArray> readDataKey(S3Service &s, const RequestContext &ctx, const Store::Encryption &encryption,
                                     bool copySource)
{
    auto request = parseSse(s, ctx, copySource);
    if (!request)
        return std::unexpected(request.error());
    const bool objectIsSseC = !encryption.customerKeyMd5.isEmpty();
    if (objectIsSseC && !request->customer)
        return Core::fail(Core::ErrorCode::InvalidRequest,
                          QStringLiteral("The object was stored using a form of Server Side Encryption. The correct "
                                         "parameters must be provided to retrieve the object."));
    if (!objectIsSseC && request->customer)
        return Core::fail(Core::ErrorCode::InvalidRequest,
                          QStringLiteral("The encryption parameters are not applicable to this object."));
    if (!encryption.encrypted)
        return QByteArray();
    auto envelope = Store::Sse::Envelope::parse(encryption.nonce);
    if (!envelope)
        return std::unexpected(envelope.error());
    auto key = s.store().keyRing().unwrap(*envelope, request->customerKey);
    if (!key && envelope->scheme == Store::Sse::Envelope::Scheme::Kms && !s.store().keyRing().hasKmsKey(envelope->kmsKeyId))
        return std::unexpected(kmsNotFound(s, envelope->kmsKeyId));
    return key;
}

void addSseHeaders(HttpResponse &resp, const S3Service &s, const Store::Encryption &e)
{
    if (!e.customerKeyMd5.isEmpty()) {
        resp.addHeader("x-amz-server-side-encryption-customer-algorithm", "AES256");
        resp.addHeader("x-amz-server-side-encryption-customer-key-MD5", toStd(e.customerKeyMd5));
        return;
    }
    if (e.algorithm.isEmpty())
        return;
    resp.addHeader("x-amz-server-side-encryption", toStd(e.algorithm));
    if (e.algorithm == kAwsKms && !e.keyId.isEmpty())
        resp.addHeader("x-amz-server-side-encryption-aws-kms-key-id", toStd(kmsArn(s, e.keyId)));
}

HttpResponse sseError(const S3Service &s, const RequestContext &ctx, const Core::Error &error)
{
    if (error.s3Code != QLatin1StringView("KMS.NotFoundException"))
        return s.error(ctx, error);
    HttpResponse r;
    r.status = error.httpStatus;
    if (!ctx.isHead()) {
        const QByteArray xml = S3::errorXml(error, ctx.resource, QString::fromStdString(ctx.http.requestId));
        r.addHeader("Content-Type", "application/xml");
        r.body.assign(xml.constData(), std::size_t(xml.size()));
    }
    return r;
}

namespace Ops {

Dispatch getBucketEncryption(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    auto doc = s.store().bucketConfig(ctx->route.bucket, Store::BucketConfigKind::Encryption);
    if (!doc)
        return answer(s.error(*ctx, doc.error()));
    if (!doc->has_value())
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::ServerSideEncryptionConfigurationNotFoundError)));
    return answer(xmlResponse(**doc));
}

Dispatch putBucketEncryption(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    return withBody(s, ctx, S3::kMaxRequestXmlBytes, [&s, ctx](VerifiedBody &body) {
        auto doc = S3::ServerSideEncryptionConfiguration::fromXml(body.bytes);
        if (!doc)
            return s.error(*ctx, doc.error());
        for (S3::ServerSideEncryptionRule &rule : doc->rules) {
            if (rule.sseAlgorithm == kAes256 && !rule.kmsMasterKeyId.isEmpty())
                return s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument,
                                             QStringLiteral("a KMSMasterKeyID is not applicable if the default "
                                                            "sse algorithm is not aws:kms or aws:kms:dsse")));
            if (rule.sseAlgorithm.startsWith(kAwsKms) && !rule.kmsMasterKeyId.isEmpty()) {
                const QString id = bareKmsKeyId(rule.kmsMasterKeyId);
                if (!s.store().keyRing().hasKmsKey(id))
                    return sseError(s, *ctx, kmsNotFound(s, id));
            }
        }
        if (auto st = s.store().putBucketConfig(ctx->route.bucket, Store::BucketConfigKind::Encryption, doc->toXml()); !st)
            return s.error(*ctx, st.error());
        return emptyResponse(200);
    });
}

Dispatch deleteBucketEncryption(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    if (auto b = s.store().bucketInfo(ctx->route.bucket); !b)
        return answer(s.error(*ctx, b.error()));
    if (auto st = s.store().deleteBucketConfig(ctx->route.bucket, Store::BucketConfigKind::Encryption); !st)
        return answer(s.error(*ctx, st.error()));
    return answer(emptyResponse(204));
}

} // namespace Ops

} // namespace Server
