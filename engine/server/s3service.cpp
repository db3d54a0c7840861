#include "engine/server/s3service.h"

#include <QCryptographicHash>

#include "engine/core/clock.h"
#include "engine/s3/errortable.h"
#include "engine/s3/uri.h"
#include "engine/server/clockops.h"
#include "engine/server/access.h"
#include "engine/server/acl_p.h"
#include "engine/server/adminops.h"
#include "engine/server/s3service_p.h"
#include "engine/server/cors_p.h"
#include "engine/server/kmsops_p.h"
#include "engine/server/postobject_p.h"
#include "engine/server/sse_p.h"
#include "engine/store/store.h"

namespace Server {

namespace {

// Sub-resources S3 knows but this server does not implement (yet): NotImplemented.
constexpr const char *kUnimplementedSubresources[] = {
    "notification", "replication",
    "requestPayment", "accelerate", "object-lock",
    "analytics", "metrics", "inventory", "intelligent-tiering", "select", "retention", "legal-hold",
    "torrent", "attributes", "session", "renameObject", "metadataTable",
};

// ?acl, ?ownershipControls and ?publicAccessBlock on a bucket (engine/server/aclops.cpp ...);
// Unknown when the request is none of them.
Op accessBucketOp(const RequestContext &ctx)
{
    const std::string &m = ctx.http.method;
    if (ctx.hasParam("acl") && (m == "GET" || m == "PUT"))
        return m == "GET" ? Op::GetBucketAcl : Op::PutBucketAcl;
    if (ctx.hasParam("ownershipControls")) {
        if (m == "GET")
            return Op::GetBucketOwnershipControls;
        if (m == "PUT")
            return Op::PutBucketOwnershipControls;
        if (m == "DELETE")
            return Op::DeleteBucketOwnershipControls;
    }
    if (ctx.hasParam("publicAccessBlock")) {
        if (m == "GET")
            return Op::GetPublicAccessBlock;
        if (m == "PUT")
            return Op::PutPublicAccessBlock;
        if (m == "DELETE")
            return Op::DeletePublicAccessBlock;
    }
    return Op::Unknown;
}

Op bucketOp(const RequestContext &ctx)
{
    const std::string &m = ctx.http.method;
    if (const Op op = accessBucketOp(ctx); op != Op::Unknown)
        return op;
    if (m == "GET") {
        if (ctx.hasParam("policy"))
            return Op::GetBucketPolicy;
        if (ctx.hasParam("policyStatus"))
            return Op::GetBucketPolicyStatus;
        if (ctx.hasParam("location"))
            return Op::GetBucketLocation;
        if (ctx.hasParam("versioning"))
            return Op::GetBucketVersioning;
        if (ctx.hasParam("lifecycle"))
            return Op::GetBucketLifecycleConfiguration;
        if (ctx.hasParam("tagging"))
            return Op::GetBucketTagging;
        if (ctx.hasParam("versions"))
            return Op::ListObjectVersions;
        if (ctx.hasParam("uploads"))
            return Op::ListMultipartUploads;
        if (ctx.hasParam("encryption"))
            return Op::GetBucketEncryption;
        if (ctx.hasParam("cors"))
            return Op::GetBucketCors;
        if (ctx.hasParam("logging"))
            return Op::GetBucketLogging;
        if (ctx.hasParam("website"))
            return Op::GetBucketWebsite;
        if (ctx.param("list-type") == QByteArray("2"))
            return Op::ListObjectsV2;
        return Op::ListObjects;
    }
    if (m == "PUT") {
        if (ctx.hasParam("policy"))
            return Op::PutBucketPolicy;
        if (ctx.hasParam("versioning"))
            return Op::PutBucketVersioning;
        if (ctx.hasParam("lifecycle"))
            return Op::PutBucketLifecycleConfiguration;
        if (ctx.hasParam("tagging"))
            return Op::PutBucketTagging;
        if (ctx.hasParam("encryption"))
            return Op::PutBucketEncryption;
        if (ctx.hasParam("cors"))
            return Op::PutBucketCors;
        if (ctx.hasParam("logging"))
            return Op::PutBucketLogging;
        if (ctx.hasParam("website"))
            return Op::PutBucketWebsite;
        return Op::CreateBucket;
    }
    if (m == "DELETE") {
        if (ctx.hasParam("policy"))
            return Op::DeleteBucketPolicy;
        if (ctx.hasParam("tagging"))
            return Op::DeleteBucketTagging;
        if (ctx.hasParam("lifecycle"))
            return Op::DeleteBucketLifecycle;
        if (ctx.hasParam("encryption"))
            return Op::DeleteBucketEncryption;
        if (ctx.hasParam("cors"))
            return Op::DeleteBucketCors;
        if (ctx.hasParam("website"))
            return Op::DeleteBucketWebsite;
        return Op::DeleteBucket;
    }
    if (m == "HEAD")
        return Op::HeadBucket;
    if (m == "POST" && ctx.hasParam("delete"))
        return Op::DeleteObjects;
    if (m == "POST" && isPostObject(ctx))
        return Op::PostObject;
    return Op::MethodNotAllowed;
}

Op objectOp(const RequestContext &ctx)
{
    const std::string &m = ctx.http.method;
    const bool hasUploadId = ctx.hasParam("uploadId");
    if (ctx.hasParam("acl") && (m == "GET" || m == "PUT"))
        return m == "GET" ? Op::GetObjectAcl : Op::PutObjectAcl;
    if (m == "GET") {
        if (ctx.hasParam("tagging"))
            return Op::GetObjectTagging;
        if (hasUploadId)
            return Op::ListParts;
        return Op::GetObject;
    }
    if (m == "HEAD")
        return Op::HeadObject;
    if (m == "PUT") {
        if (ctx.hasParam("tagging"))
            return Op::PutObjectTagging;
        if (hasUploadId || ctx.hasParam("partNumber"))
            return ctx.header("x-amz-copy-source") ? Op::UploadPartCopy : Op::UploadPart;
        if (ctx.header("x-amz-copy-source"))
            return Op::CopyObject;
        return Op::PutObject;
    }
    if (m == "DELETE") {
        if (ctx.hasParam("tagging"))
            return Op::DeleteObjectTagging;
        if (hasUploadId)
            return Op::AbortMultipartUpload;
        return Op::DeleteObject;
    }
    if (m == "POST") {
        if (ctx.hasParam("uploads"))
            return Op::CreateMultipartUpload;
        if (hasUploadId)
            return Op::CompleteMultipartUpload;
        if (ctx.hasParam("restore"))
            return Op::RestoreObject;
        return Op::MethodNotAllowed;
    }
    return Op::MethodNotAllowed;
}

} // namespace

const char *opName(Op op)
{
    switch (op) {
    case Op::Unknown: return "Unknown";
    case Op::ListBuckets: return "ListBuckets";
    case Op::CreateBucket: return "CreateBucket";
    case Op::HeadBucket: return "HeadBucket";
    case Op::DeleteBucket: return "DeleteBucket";
    case Op::GetBucketLocation: return "GetBucketLocation";
    case Op::GetBucketVersioning: return "GetBucketVersioning";
    case Op::PutBucketVersioning: return "PutBucketVersioning";
    case Op::GetBucketTagging: return "GetBucketTagging";
    case Op::PutBucketTagging: return "PutBucketTagging";
    case Op::DeleteBucketTagging: return "DeleteBucketTagging";
    case Op::ListObjects: return "ListObjects";
    case Op::ListObjectsV2: return "ListObjectsV2";
    case Op::ListObjectVersions: return "ListObjectVersions";
    case Op::ListMultipartUploads: return "ListMultipartUploads";
    case Op::DeleteObjects: return "DeleteObjects";
    case Op::PutObject: return "PutObject";
    case Op::CopyObject: return "CopyObject";
    case Op::GetObject: return "GetObject";
    case Op::HeadObject: return "HeadObject";
    case Op::DeleteObject: return "DeleteObject";
    case Op::GetObjectTagging: return "GetObjectTagging";
    case Op::PutObjectTagging: return "PutObjectTagging";
    case Op::DeleteObjectTagging: return "DeleteObjectTagging";
    case Op::CreateMultipartUpload: return "CreateMultipartUpload";
    case Op::UploadPart: return "UploadPart";
    case Op::UploadPartCopy: return "UploadPartCopy";
    case Op::CompleteMultipartUpload: return "CompleteMultipartUpload";
    case Op::AbortMultipartUpload: return "AbortMultipartUpload";
    case Op::ListParts: return "ListParts";
    case Op::GetBucketEncryption: return "GetBucketEncryption";
    case Op::PutBucketEncryption: return "PutBucketEncryption";
    case Op::DeleteBucketEncryption: return "DeleteBucketEncryption";
    case Op::GetBucketCors: return "GetBucketCors";
    case Op::PutBucketCors: return "PutBucketCors";
    case Op::DeleteBucketCors: return "DeleteBucketCors";
    case Op::CorsPreflight: return "CorsPreflight";
    case Op::PostObject: return "PostObject";
    case Op::NotImplemented: return "NotImplemented";
    case Op::MethodNotAllowed: return "MethodNotAllowed";
    case Op::ClockAdmin: return "ClockAdmin";
    case Op::GetBucketLifecycleConfiguration: return "GetBucketLifecycleConfiguration";
    case Op::PutBucketLifecycleConfiguration: return "PutBucketLifecycleConfiguration";
    case Op::DeleteBucketLifecycle: return "DeleteBucketLifecycle";
    case Op::RestoreObject: return "RestoreObject";
    case Op::GetBucketPolicy: return "GetBucketPolicy";
    case Op::PutBucketPolicy: return "PutBucketPolicy";
    case Op::DeleteBucketPolicy: return "DeleteBucketPolicy";
    case Op::GetBucketPolicyStatus: return "GetBucketPolicyStatus";
    case Op::GetBucketAcl: return "GetBucketAcl";
    case Op::PutBucketAcl: return "PutBucketAcl";
    case Op::GetObjectAcl: return "GetObjectAcl";
    case Op::PutObjectAcl: return "PutObjectAcl";
    case Op::GetBucketOwnershipControls: return "GetBucketOwnershipControls";
    case Op::PutBucketOwnershipControls: return "PutBucketOwnershipControls";
    case Op::DeleteBucketOwnershipControls: return "DeleteBucketOwnershipControls";
    case Op::GetPublicAccessBlock: return "GetPublicAccessBlock";
    case Op::PutPublicAccessBlock: return "PutPublicAccessBlock";
    case Op::DeletePublicAccessBlock: return "DeletePublicAccessBlock";
    case Op::GetBucketLogging: return "GetBucketLogging";
    case Op::PutBucketLogging: return "PutBucketLogging";
    case Op::GetBucketWebsite: return "GetBucketWebsite";
    case Op::PutBucketWebsite: return "PutBucketWebsite";
    case Op::DeleteBucketWebsite: return "DeleteBucketWebsite";
    }
    return "Unknown";
}

bool RequestContext::hasParam(QByteArrayView name) const
{
    for (const auto &p : query) {
        if (p.first == name)
            return true;
    }
    return false;
}

std::optional<QByteArray> RequestContext::param(QByteArrayView name) const
{
    for (const auto &p : query) {
        if (p.first == name)
            return p.second;
    }
    return std::nullopt;
}

QString RequestContext::headerString(std::string_view lowerName) const
{
    const std::string *v = http.header(lowerName);
    return v ? QString::fromUtf8(v->data(), qsizetype(v->size())) : QString();
}

QByteArray RequestContext::headerBytes(std::string_view lowerName) const
{
    const std::string *v = http.header(lowerName);
    return v ? QByteArray(v->data(), qsizetype(v->size())) : QByteArray();
}

Route route(const RequestContext &ctx, const S3Service::Options &options)
{
    Route r;
    // Virtual-hosted style: "<bucket>.<suffix>[:port]".
    if (const std::string *hostHeader = ctx.header("host")) {
        QByteArray host = QByteArray::fromStdString(*hostHeader).toLower();
        if (!host.startsWith('[')) {
            if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0)
                host.truncate(colon);
        }
        for (const QString &suffix : options.virtualHostSuffixes) {
            const QByteArray dotted = '.' + suffix.toUtf8().toLower();
            if (host.size() > dotted.size() && host.endsWith(dotted)) {
                r.bucket = QString::fromUtf8(host.left(host.size() - dotted.size()));
                r.virtualHosted = true;
                break;
            }
        }
    }
    QByteArrayView path = ctx.rawPath;
    if (!path.startsWith('/')) {
        r.error = Core::ErrorCode::InvalidURI;
        return r;
    }
    path = path.sliced(1);
    // The reserved admin prefix (not a valid bucket name, so no bucket can shadow it).
    if (!r.virtualHosted && (path == "_pail/clock" || path.startsWith("_pail/clock/"))) {
        r.op = Op::ClockAdmin;
        return r;
    }
    QByteArrayView keyPart;
    if (r.virtualHosted) {
        keyPart = path;
    } else {
        const qsizetype slash = path.indexOf('/');
        const QByteArrayView bucketPart = slash < 0 ? path : path.first(slash);
        keyPart = slash < 0 ? QByteArrayView() : path.sliced(slash + 1);
        const auto bucket = S3::uriDecode(bucketPart);
        if (!bucket) {
            r.error = Core::ErrorCode::InvalidURI;
            return r;
        }
        r.bucket = QString::fromUtf8(*bucket);
    }
    if (!keyPart.isEmpty()) {
        // Decoded once, byte-exact: "..", "//" and "%2F" stay what they are.
        const auto key = S3::uriDecode(keyPart);
        if (!key) {
            r.error = Core::ErrorCode::InvalidURI;
            return r;
        }
        r.key = *key;
    }

    if (r.bucket.isEmpty()) {
        r.op = ctx.http.method == "GET" ? Op::ListBuckets : Op::MethodNotAllowed;
        return r;
    }
    for (const char *sub : kUnimplementedSubresources) {
        if (ctx.hasParam(sub)) {
            r.op = Op::NotImplemented;
            return r;
        }
    }
    if ((r.key.isEmpty() && ctx.hasParam("restore"))
        || (!r.key.isEmpty() && (ctx.hasParam("lifecycle") || ctx.hasParam("website")))) {
        r.op = Op::NotImplemented;
        return r;
    }
    r.op = r.key.isEmpty() ? bucketOp(ctx) : objectOp(ctx);
    return r;
}

HttpResponse xmlResponse(QByteArray xml, int status)
{
    HttpResponse r;
    r.status = status;
    r.addHeader("Content-Type", "application/xml");
    r.body.assign(xml.constData(), std::size_t(xml.size()));
    return r;
}

HttpResponse emptyResponse(int status)
{
    HttpResponse r;
    r.status = status;
    return r;
}

Core::Error s3Error(const Core::Error &error)
{
    Core::Error e = S3::makeError(error.code, error.message);
    if (error.code == Core::ErrorCode::UnknownS3Error || e.s3Code.isEmpty())
        e = S3::makeError(Core::ErrorCode::InternalError, error.message);
    return e;
}

Core::Error s3Error(Core::ErrorCode code, QString message)
{
    return S3::makeError(code, std::move(message));
}

S3Service::S3Service(Store::Store &store, UserTable users, Options options)
    : m_store {store}
    , m_users {std::move(users)}
    , m_options {std::move(options)}
    , m_access {std::make_unique<AccessControl>(store)}
{
    if (auto st = m_access->load(); !st)
        qWarning("pail: identity policies not loaded: %s", qPrintable(st.error().message));
    loadRuntimeUsers(*this);
}

S3Service::~S3Service() = default;

QDateTime S3Service::now() const
{
    return m_options.clock ? m_options.clock->now() : QDateTime::currentDateTimeUtc();
}

HttpResponse S3Service::error(const RequestContext &ctx, Core::Error err) const
{
    Core::Error e = s3Error(err);
    // Local failures (disk, database) are InternalError for the client; keep details out.
    switch (err.code) {
    case Core::ErrorCode::IoError:
    case Core::ErrorCode::DatabaseError:
    case Core::ErrorCode::ParseError:
    case Core::ErrorCode::InvalidConfiguration:
        e = S3::makeError(Core::ErrorCode::InternalError);
        break;
    default:
        break;
    }
    // SignatureDoesNotMatch carries the canonical request after a blank line: not for <Message>.
    if (const qsizetype cut = e.message.indexOf(QLatin1StringView("\n\n")); cut >= 0)
        e.message.truncate(cut);
    QList<std::pair<QString, QString>> extra;
    if (e.code == Core::ErrorCode::NoSuchKey && !ctx.route.key.isEmpty())
        extra.append({QStringLiteral("Key"), QString::fromUtf8(ctx.route.key)});
    else if (e.code == Core::ErrorCode::NoSuchBucket)
        extra.append({QStringLiteral("BucketName"), ctx.route.bucket});
    else if (e.code == Core::ErrorCode::MethodNotAllowed)
        extra.append({QStringLiteral("Method"), QString::fromStdString(ctx.http.method)});
    else if (e.code == Core::ErrorCode::NoSuchUpload)
        extra.append({QStringLiteral("UploadId"), ctx.paramString("uploadId")});
    HttpResponse r;
    r.status = e.httpStatus > 0 ? e.httpStatus : 500;
    ctx.http.errorCode = e.s3Code.toStdString(); // for the server access log
    if (!ctx.isHead()) {
        const QByteArray xml = S3::errorXml(e, ctx.resource, QString::fromStdString(ctx.http.requestId), extra);
        r.addHeader("Content-Type", "application/xml");
        r.body.assign(xml.constData(), std::size_t(xml.size()));
    }
    return r;
}

HttpResponse S3Service::errorResponse(const HttpRequest &request, Core::ErrorCode code)
{
    RequestContext ctx(const_cast<HttpRequest &>(request));
    const std::string_view target = request.target;
    ctx.resource = QString::fromUtf8(target.substr(0, target.find('?')));
    HttpResponse r = error(ctx, s3Error(code));
    r.close = true;
    return r;
}

namespace {

// Whether handling may wait for a commit before it answers. Reads never do; PutObject and
// UploadPart only start a body sink here (their commit waits in BodySink::finish, which the
// HTTP layer runs on its blocking pool); everything else that writes (copies, deletes,
// configuration, administration) may.
bool runsOnBlockingPool(const RequestContext &ctx)
{
    const std::string &m = ctx.http.method;
    if (m == "GET" || m == "HEAD" || m == "OPTIONS")
        return false;
    if (ctx.route.op == Op::ClockAdmin || isKmsAdminPath(ctx.rawPath) || isAdminPath(ctx.rawPath))
        return true;
    return ctx.route.op != Op::PutObject && ctx.route.op != Op::UploadPart;
}

} // namespace

Dispatch S3Service::handle(HttpRequest &http)
{
    auto ctx = std::make_shared<RequestContext>(http);
    std::string_view target = http.target;
    if (target.starts_with("http://") || target.starts_with("https://")) {
        // absolute-form: drop scheme and authority
        const auto slash = target.find('/', target.find("//") + 2);
        target = slash == std::string_view::npos ? std::string_view("/") : target.substr(slash);
    }
    const auto q = target.find('?');
    ctx->rawPath = QByteArray(target.data(), qsizetype(q == std::string_view::npos ? target.size() : q));
    if (q != std::string_view::npos) {
        ctx->rawQuery = QByteArray(target.data() + q + 1, qsizetype(target.size() - q - 1));
        ctx->query = S3::parseQuery(ctx->rawQuery);
    }
    ctx->now = QDateTime::currentDateTimeUtc();
    ctx->route = route(*ctx, m_options);
    http.operation = opName(ctx->route.op);
    http.bucket = ctx->route.bucket.toStdString();
    http.key = ctx->route.key.toStdString();
    ctx->resource = ctx->route.virtualHosted
                        ? QStringLiteral("/") + ctx->route.bucket + QStringLiteral("/") + QString::fromUtf8(ctx->route.key)
                        : QString::fromUtf8(S3::uriDecode(ctx->rawPath).value_or(ctx->rawPath));
    if (ctx->route.error != Core::ErrorCode::None)
        return answer(error(*ctx, s3Error(ctx->route.error)));
    // CORS preflight: answered from the bucket's CORS configuration, without authentication.
    if (http.method == "OPTIONS") {
        http.operation = opName(Op::CorsPreflight);
        return Ops::corsPreflight(*this, ctx);
    }
    if (runsOnBlockingPool(*ctx)) {
        Dispatch d;
        d.deferred = [this, ctx] { return authenticateAndRun(ctx); };
        return d;
    }
    return authenticateAndRun(ctx);
}

Dispatch S3Service::authenticateAndRun(const std::shared_ptr<RequestContext> &ctx)
{
    HttpRequest &http = ctx->http;

    // Authentication.
    S3::SignableRequest signable;
    signable.method = QByteArray::fromStdString(http.method);
    signable.path = ctx->rawPath;
    signable.query = ctx->rawQuery;
    signable.headers.reserve(qsizetype(http.headers.size()));
    for (const auto &[name, value] : http.headers)
        signable.headers.append({QByteArray::fromStdString(name), QByteArray::fromStdString(value)});
    const UserTable &users = m_users;
    auto auth = S3::verifyRequest(
        signable,
        [&users](const QString &accessKeyId) -> std::optional<QString> {
            if (const User *u = users.findByAccessKey(accessKeyId))
                return u->secretAccessKey;
            return std::nullopt;
        },
        ctx->hasParam("X-Amz-Signature") ? now() : ctx->now, m_options.region.toUtf8());
    if (!auth)
        return answer(error(*ctx, auth.error()));
    ctx->auth = std::move(*auth);
    if (ctx->auth.kind != S3::AuthContext::Kind::Anonymous) {
        ctx->user = m_users.findByAccessKey(ctx->auth.accessKeyId);
        http.accessKeyId = ctx->auth.accessKeyId.toStdString();
        if (ctx->user)
            http.requester = principalFor(ctx->user, isRoot(*ctx->user)).arn.toStdString();
    }

    // Sandbox administration under /_pail/ (root only): the clock, KMS keys, users and policies.
    if (ctx->route.op == Op::ClockAdmin)
        return answer(clockAdmin(*this, *ctx));
    if (isKmsAdminPath(ctx->rawPath))
        return Ops::kmsAdmin(*this, ctx);
    if (isAdminPath(ctx->rawPath)) {
        http.operation = "PailAdmin";
        return handleAdmin(*this, ctx);
    }
    if (ctx->route.op == Op::MethodNotAllowed)
        return answer(error(*ctx, s3Error(Core::ErrorCode::MethodNotAllowed)));
    if (ctx->route.op == Op::NotImplemented)
        return answer(error(*ctx, s3Error(Core::ErrorCode::NotImplemented)));
    if (!ctx->route.key.isEmpty() && ctx->route.key.size() > 1024)
        return answer(error(*ctx, s3Error(Core::ErrorCode::KeyTooLongError)));

    // Authorisation.
    // PostObject is authorised by its signed policy (the form names the user), in the op.
    if (auto allowed = ctx->route.op == Op::PostObject ? Core::Status {} : authorizeRequest(*this, *ctx); !allowed)
        return answer(error(*ctx, allowed.error()));

    auto run = [&]() -> Dispatch {
    switch (ctx->route.op) {
    case Op::ListBuckets: return Ops::listBuckets(*this, ctx);
    case Op::CreateBucket: return Ops::createBucket(*this, ctx);
    case Op::HeadBucket: return Ops::headBucket(*this, ctx);
    case Op::DeleteBucket: return Ops::deleteBucket(*this, ctx);
    case Op::GetBucketLocation: return Ops::getBucketLocation(*this, ctx);
    case Op::GetBucketVersioning: return Ops::getBucketVersioning(*this, ctx);
    case Op::PutBucketVersioning: return Ops::putBucketVersioning(*this, ctx);
    case Op::GetBucketTagging: return Ops::getBucketTagging(*this, ctx);
    case Op::PutBucketTagging: return Ops::putBucketTagging(*this, ctx);
    case Op::DeleteBucketTagging: return Ops::deleteBucketTagging(*this, ctx);
    case Op::ListObjects: return Ops::listObjects(*this, ctx, false);
    case Op::ListObjectsV2: return Ops::listObjects(*this, ctx, true);
    case Op::ListObjectVersions: return Ops::listObjectVersions(*this, ctx);
    case Op::ListMultipartUploads: return Ops::listMultipartUploads(*this, ctx);
    case Op::DeleteObjects: return Ops::deleteObjects(*this, ctx);
    case Op::PutObject: return Ops::putObject(*this, ctx);
    case Op::CopyObject: return Ops::copyObject(*this, ctx);
    case Op::GetObject:
    case Op::HeadObject: return Ops::getObject(*this, ctx);
    case Op::DeleteObject: return Ops::deleteObject(*this, ctx);
    case Op::GetObjectTagging: return Ops::getObjectTagging(*this, ctx);
    case Op::PutObjectTagging: return Ops::putObjectTagging(*this, ctx);
    case Op::DeleteObjectTagging: return Ops::deleteObjectTagging(*this, ctx);
    case Op::CreateMultipartUpload: return Ops::createMultipartUpload(*this, ctx);
    case Op::UploadPart: return Ops::uploadPart(*this, ctx);
    case Op::UploadPartCopy: return Ops::uploadPartCopy(*this, ctx);
    case Op::CompleteMultipartUpload: return Ops::completeMultipartUpload(*this, ctx);
    case Op::AbortMultipartUpload: return Ops::abortMultipartUpload(*this, ctx);
    case Op::ListParts: return Ops::listParts(*this, ctx);
    case Op::GetBucketLifecycleConfiguration: return Ops::getBucketLifecycle(*this, ctx);
    case Op::PutBucketLifecycleConfiguration: return Ops::putBucketLifecycle(*this, ctx);
    case Op::DeleteBucketLifecycle: return Ops::deleteBucketLifecycle(*this, ctx);
    case Op::RestoreObject: return Ops::restoreObject(*this, ctx);
    case Op::GetBucketEncryption: return Ops::getBucketEncryption(*this, ctx);
    case Op::PutBucketEncryption: return Ops::putBucketEncryption(*this, ctx);
    case Op::DeleteBucketEncryption: return Ops::deleteBucketEncryption(*this, ctx);
    case Op::GetBucketCors: return Ops::getBucketCors(*this, ctx);
    case Op::PutBucketCors: return Ops::putBucketCors(*this, ctx);
    case Op::DeleteBucketCors: return Ops::deleteBucketCors(*this, ctx);
    case Op::PostObject: return Ops::postObject(*this, ctx);
    case Op::GetBucketPolicy: return Ops::getBucketPolicy(*this, ctx);
    case Op::PutBucketPolicy: return Ops::putBucketPolicy(*this, ctx);
    case Op::DeleteBucketPolicy: return Ops::deleteBucketPolicy(*this, ctx);
    case Op::GetBucketPolicyStatus: return Ops::getBucketPolicyStatus(*this, ctx);
    case Op::GetBucketAcl: return Ops::getBucketAcl(*this, ctx);
    case Op::PutBucketAcl: return Ops::putBucketAcl(*this, ctx);
    case Op::GetObjectAcl: return Ops::getObjectAcl(*this, ctx);
    case Op::PutObjectAcl: return Ops::putObjectAcl(*this, ctx);
    case Op::GetBucketOwnershipControls: return Ops::getBucketOwnershipControls(*this, ctx);
    case Op::PutBucketOwnershipControls: return Ops::putBucketOwnershipControls(*this, ctx);
    case Op::DeleteBucketOwnershipControls: return Ops::deleteBucketOwnershipControls(*this, ctx);
    case Op::GetPublicAccessBlock: return Ops::getPublicAccessBlock(*this, ctx);
    case Op::PutPublicAccessBlock: return Ops::putPublicAccessBlock(*this, ctx);
    case Op::DeletePublicAccessBlock: return Ops::deletePublicAccessBlock(*this, ctx);
    case Op::GetBucketLogging: return Ops::getBucketLogging(*this, ctx);
    case Op::PutBucketLogging: return Ops::putBucketLogging(*this, ctx);
    case Op::GetBucketWebsite: return Ops::getBucketWebsite(*this, ctx);
    case Op::PutBucketWebsite: return Ops::putBucketWebsite(*this, ctx);
    case Op::DeleteBucketWebsite: return Ops::deleteBucketWebsite(*this, ctx);
    default: break;
    }
    return answer(error(*ctx, s3Error(Core::ErrorCode::NotImplemented)));
    };
    Dispatch d = run();
    // Access-Control-* on actual requests from a browser (Origin header).
    if (ctx->header("origin")) {
        HeaderList cors = corsHeaders(*this, *ctx);
        if (d.sink)
            d.sink = withExtraHeaders(std::move(d.sink), std::move(cors));
        else
            d.response.headers.insert(d.response.headers.end(), cors.begin(), cors.end());
    }
    return d;
}

} // namespace Server
