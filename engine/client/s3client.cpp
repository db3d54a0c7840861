#include "engine/client/s3client.h"

#include <memory>

#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include "engine/client/requestjob.h"
#include "engine/s3/checksum.h"
#include "engine/s3/errortable.h"
#include "engine/s3/sigv4.h"
#include "engine/s3/uri.h"

namespace Client {

namespace {

template <typename T>
ResultJob<T> *failed(Core::Error error)
{
    return new ImmediateJob<T>(std::unexpected(std::move(error)));
}

template <typename T>
ResultJob<T> *failed(Core::ErrorCode code, QString message)
{
    return failed<T>(S3::makeError(code, std::move(message)));
}

Core::Result<void> noResult(const Response &)
{
    return {};
}

template <typename Doc>
Core::Result<Doc> parseDocument(const Response &response)
{
    return Doc::fromXml(response.body);
}

// x-amz-copy-source: "/bucket/key[?versionId=...]", the key encoded with its slashes kept.
QByteArray copySource(const QString &bucket, const QString &key, const QString &versionId)
{
    QByteArray source = '/' + S3::uriEncode(bucket.toUtf8()) + '/' + S3::uriEncode(key.toUtf8(), false);
    if (!versionId.isEmpty())
        source += "?versionId=" + S3::uriEncode(versionId.toUtf8());
    return source;
}

void addContentMd5(Request &request)
{
    request.setHeader("Content-MD5", S3::md5(request.body.bytes).toBase64());
}

QByteArray tagsHeader(const QList<std::pair<QString, QString>> &tags)
{
    QByteArray out;
    for (const auto &[k, v] : tags) {
        if (!out.isEmpty())
            out += '&';
        out += S3::uriEncode(k.toUtf8()) + '=' + S3::uriEncode(v.toUtf8());
    }
    return out;
}

void addAttributes(Request &request, const ObjectAttributes &a)
{
    const auto set = [&](const char *name, const QString &value) {
        if (!value.isEmpty())
            request.setHeader(name, value.toUtf8());
    };
    set("Content-Type", a.contentType);
    set("Cache-Control", a.cacheControl);
    set("Content-Disposition", a.contentDisposition);
    set("Content-Encoding", a.contentEncoding);
    set("x-amz-storage-class", a.storageClass);
    set("x-amz-server-side-encryption", a.serverSideEncryption);
    for (auto it = a.metadata.cbegin(); it != a.metadata.cend(); ++it)
        request.setHeader("x-amz-meta-" + it.key().toLower().toUtf8(), it.value().toUtf8());
    if (!a.tags.isEmpty())
        request.setHeader("x-amz-tagging", tagsHeader(a.tags));
}

Request bucketRequest(QByteArray method, const QString &bucket)
{
    Request r;
    r.method = std::move(method);
    r.bucket = bucket;
    return r;
}

Request objectRequest(QByteArray method, const QString &bucket, const QString &key, const QString &versionId = {})
{
    Request r;
    r.method = std::move(method);
    r.bucket = bucket;
    r.key = key;
    if (!versionId.isEmpty())
        r.addQuery(QStringLiteral("versionId"), versionId);
    return r;
}

Core::Status validateKey(const QString &key)
{
    if (key.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("the object key is empty"));
    if (key.toUtf8().size() > 1024)
        return std::unexpected(S3::makeError(Core::ErrorCode::KeyTooLongError));
    if (auto sendable = checkKeySendable(key); !sendable)
        return sendable;
    return {};
}

// S3 answers CopyObject and CompleteMultipartUpload with 200 and an <Error> body when the
// operation fails after the headers went out.
std::optional<Core::Error> embeddedError(const Response &response)
{
    const QByteArray head = response.body.left(512);
    if (!head.contains("<Error>"))
        return std::nullopt;
    Core::Error e = S3::parseErrorXml(response.body, response.httpStatus);
    if (e.requestId.isEmpty())
        e.requestId = response.requestId;
    return e;
}

// Runs one DeleteObjects call per batch of 1000 identifiers, one after another.
class BatchDeleteJob final : public ResultJob<S3::DeleteResult>
{
public:
    BatchDeleteJob(Transport &transport, QString bucket, QList<S3::ObjectIdentifier> objects, bool quiet)
        : m_transport{&transport}
        , m_bucket{std::move(bucket)}
        , m_objects{std::move(objects)}
        , m_quiet{quiet}
    {
    }

protected:
    void doStart() override { sendNext(); }
    void doCancel() override
    {
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
        }
    }

private:
    void sendNext()
    {
        if (m_next >= m_objects.size()) {
            finishWith(m_merged);
            return;
        }
        if (!m_transport) {
            finishWith(Core::fail(Core::ErrorCode::Cancelled, QStringLiteral("transport destroyed")));
            return;
        }
        S3::Delete doc;
        doc.quiet = m_quiet;
        doc.objects = m_objects.mid(m_next, S3::kMaxDeleteObjects);
        m_next += doc.objects.size();
        Request r = bucketRequest("POST", m_bucket);
        r.addQuery(QStringLiteral("delete"));
        r.body = RequestBody::fromBytes(doc.toXml());
        r.setHeader("Content-Type", "application/xml");
        addContentMd5(r);
        m_reply = m_transport->send(std::move(r), this);
        connect(m_reply, &TransportReply::finished, this, [this] {
            TransportReply *reply = m_reply;
            m_reply = nullptr;
            reply->deleteLater();
            if (!reply->result()) {
                finishWith(std::unexpected(reply->result().error()));
                return;
            }
            auto doc = S3::DeleteResult::fromXml(reply->result()->body);
            if (!doc) {
                finishWith(std::unexpected(doc.error()));
                return;
            }
            m_merged.deleted.append(doc->deleted);
            m_merged.errors.append(doc->errors);
            reportProgress(m_next, m_objects.size());
            sendNext();
        });
    }

    QPointer<Transport> m_transport;
    QString m_bucket;
    QList<S3::ObjectIdentifier> m_objects;
    bool m_quiet;
    qsizetype m_next = 0;
    S3::DeleteResult m_merged;
    QPointer<TransportReply> m_reply;
};

Support supportFrom(const Core::Result<void> &probe)
{
    if (probe)
        return Support::Supported;
    const Core::Error &e = probe.error();
    if (e.code == Core::ErrorCode::NotImplemented || e.httpStatus == 501 || e.httpStatus == 405
        || e.code == Core::ErrorCode::MethodNotAllowed)
        return Support::Unsupported;
    if (e.s3Code.startsWith(u"NoSuch") || e.s3Code.endsWith(u"NotFoundError") || e.s3Code.endsWith(u"NotFound")
        || e.code == Core::ErrorCode::ServerSideEncryptionConfigurationNotFoundError)
        return Support::Supported;
    if (e.code == Core::ErrorCode::AccessDenied || e.code == Core::ErrorCode::NetworkFailure
        || e.code == Core::ErrorCode::Timeout || e.code == Core::ErrorCode::NoSuchBucket
        || e.code == Core::ErrorCode::Cancelled || e.code == Core::ErrorCode::InvalidConfiguration)
        return Support::Unknown;
    return Support::Unsupported;
}

// Sends the twelve probe GETs in parallel and fills BucketCapabilities.
class ProbeJob final : public ResultJob<BucketCapabilities>
{
public:
    using Store = std::function<void(const BucketCapabilities &)>;

    ProbeJob(Transport &transport, QString bucket, Store store)
        : m_transport{&transport}
        , m_bucket{std::move(bucket)}
        , m_store{std::move(store)}
    {
    }

protected:
    void doStart() override
    {
        if (!m_transport) {
            finishWith(Core::fail(Core::ErrorCode::Cancelled, QStringLiteral("transport destroyed")));
            return;
        }
        const std::pair<const char *, Support BucketCapabilities::*> probes[] = {
            {"versioning", &BucketCapabilities::versioning}, {"lifecycle", &BucketCapabilities::lifecycle},
            {"policy", &BucketCapabilities::policy},         {"acl", &BucketCapabilities::acl},
            {"cors", &BucketCapabilities::cors},             {"tagging", &BucketCapabilities::tagging},
            {"object-lock", &BucketCapabilities::objectLock}, {"website", &BucketCapabilities::website},
            {"encryption", &BucketCapabilities::encryption}, {"ownershipControls", &BucketCapabilities::ownershipControls},
            {"publicAccessBlock", &BucketCapabilities::publicAccessBlock}, {"logging", &BucketCapabilities::logging},
        };
        for (const auto &[sub, member] : probes) {
            Request r = bucketRequest("GET", m_bucket);
            r.addQuery(QString::fromLatin1(sub));
            TransportReply *reply = m_transport->send(std::move(r), this);
            m_replies.append(reply);
            connect(reply, &TransportReply::finished, this, [this, reply, member = member] {
                m_replies.removeAll(reply);
                reply->deleteLater();
                const Core::Result<void> outcome =
                    reply->result() ? Core::Result<void>{} : Core::Result<void>(std::unexpected(reply->result().error()));
                m_caps.*member = supportFrom(outcome);
                if (!outcome && outcome.error().code == Core::ErrorCode::NoSuchBucket)
                    m_bucketError = outcome.error();
                if (m_replies.isEmpty())
                    done();
            });
        }
    }

    void doCancel() override
    {
        for (const QPointer<TransportReply> &reply : std::as_const(m_replies)) {
            if (reply) {
                reply->disconnect(this);
                reply->abort();
                reply->deleteLater();
            }
        }
        m_replies.clear();
    }

private:
    void done()
    {
        if (m_bucketError) {
            finishWith(std::unexpected(*m_bucketError));
            return;
        }
        const Support BucketCapabilities::*all[] = {
            &BucketCapabilities::versioning, &BucketCapabilities::lifecycle, &BucketCapabilities::policy,
            &BucketCapabilities::acl,        &BucketCapabilities::cors,      &BucketCapabilities::tagging,
            &BucketCapabilities::objectLock, &BucketCapabilities::website,   &BucketCapabilities::encryption,
            &BucketCapabilities::ownershipControls, &BucketCapabilities::publicAccessBlock, &BucketCapabilities::logging,
        };
        bool complete = true;
        for (auto member : all)
            complete = complete && m_caps.*member != Support::Unknown;
        if (complete && m_store)
            m_store(m_caps);
        finishWith(m_caps);
    }

    QPointer<Transport> m_transport;
    QString m_bucket;
    Store m_store;
    BucketCapabilities m_caps;
    QList<QPointer<TransportReply>> m_replies;
    std::optional<Core::Error> m_bucketError;
};

} // namespace

QString bucketConfigSubresource(BucketConfig config)
{
    switch (config) {
    case BucketConfig::Policy:
        return QStringLiteral("policy");
    case BucketConfig::Lifecycle:
        return QStringLiteral("lifecycle");
    case BucketConfig::Cors:
        return QStringLiteral("cors");
    case BucketConfig::Encryption:
        return QStringLiteral("encryption");
    case BucketConfig::Website:
        return QStringLiteral("website");
    case BucketConfig::Acl:
        return QStringLiteral("acl");
    case BucketConfig::ObjectLock:
        return QStringLiteral("object-lock");
    case BucketConfig::Tagging:
        return QStringLiteral("tagging");
    case BucketConfig::Versioning:
        return QStringLiteral("versioning");
    }
    return {};
}

QUrl websiteEndpoint(const Profile &profile, const QString &bucket, const QString &region)
{
    const QString host = profile.endpoint.host().toLower();
    if (bucket.isEmpty() || !(host == u"amazonaws.com" || host.endsWith(u".amazonaws.com")))
        return {};
    static const QStringList dashRegions {
        QStringLiteral("us-east-1"),      QStringLiteral("us-west-1"),      QStringLiteral("us-west-2"),
        QStringLiteral("eu-west-1"),      QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-2"),
        QStringLiteral("ap-northeast-1"), QStringLiteral("sa-east-1"),      QStringLiteral("us-gov-west-1"),
    };
    const QString r = region.isEmpty() ? QStringLiteral("us-east-1") : region;
    const QString separator = dashRegions.contains(r) ? QStringLiteral("-") : QStringLiteral(".");
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(bucket + QStringLiteral(".s3-website") + separator + r + QStringLiteral(".amazonaws.com"));
    return url;
}

bool isLoopbackEndpoint(const Profile &profile)
{
    const QString host = profile.endpoint.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ObjectInfo ObjectInfo::fromResponse(const Response &response)
{
    ObjectInfo info;
    info.headers = response.headers;
    info.size = response.header("Content-Length").toLongLong();
    info.totalSize = info.size;
    info.etag = QString::fromUtf8(response.header("ETag"));
    if (auto t = S3::parseHttpDate(QString::fromLatin1(response.header("Last-Modified"))))
        info.lastModified = *t;
    info.contentType = QString::fromUtf8(response.header("Content-Type"));
    info.contentRange = QString::fromLatin1(response.header("Content-Range"));
    if (const qsizetype slash = info.contentRange.lastIndexOf(u'/'); slash >= 0) {
        bool ok = false;
        const qint64 total = info.contentRange.mid(slash + 1).toLongLong(&ok);
        if (ok)
            info.totalSize = total;
    }
    info.storageClass = QString::fromLatin1(response.header("x-amz-storage-class"));
    info.versionId = QString::fromUtf8(response.header("x-amz-version-id"));
    info.serverSideEncryption = QString::fromLatin1(response.header("x-amz-server-side-encryption"));
    info.restore = QString::fromUtf8(response.header("x-amz-restore"));
    info.deleteMarker = response.header("x-amz-delete-marker") == "true";
    info.tagCount = response.header("x-amz-tagging-count").toInt();
    for (const auto &[name, value] : response.headers) {
        if (name.size() > 11 && name.left(11).compare("x-amz-meta-", Qt::CaseInsensitive) == 0)
            info.metadata.insert(QString::fromUtf8(name.mid(11)).toLower(), QString::fromUtf8(value));
    }
    return info;
}

S3Client::S3Client(Transport &transport, QObject *parent)
    : QObject(parent)
    , m_transport{transport}
{
}

S3Client::~S3Client() = default;

Core::Status S3Client::validateBucketName(const QString &bucket)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"));
    if (!re.match(bucket).hasMatch() || bucket.contains(u"..") || !QHostAddress(bucket).isNull())
        return std::unexpected(S3::makeError(Core::ErrorCode::InvalidBucketName,
                                             QStringLiteral("invalid bucket name: %1").arg(bucket)));
    return {};
}

ListBucketsJob *S3Client::listBuckets()
{
    return new RequestJob<S3::ListAllMyBucketsResult>(m_transport, Request{}, &parseDocument<S3::ListAllMyBucketsResult>);
}

VoidJob *S3Client::createBucket(const QString &bucket, const QString &region)
{
    if (auto ok = validateBucketName(bucket); !ok)
        return failed<void>(ok.error());
    Request r = bucketRequest("PUT", bucket);
    const QString where = region.isEmpty() ? profile().region : region;
    if (!where.isEmpty() && where != u"us-east-1") {
        S3::CreateBucketConfiguration config;
        config.locationConstraint = where;
        r.body = RequestBody::fromBytes(config.toXml());
        r.setHeader("Content-Type", "application/xml");
    }
    return new RequestJob<void>(m_transport, std::move(r), &noResult);
}

VoidJob *S3Client::deleteBucket(const QString &bucket)
{
    return new RequestJob<void>(m_transport, bucketRequest("DELETE", bucket), &noResult);
}

StringJob *S3Client::headBucket(const QString &bucket)
{
    return new RequestJob<QString>(m_transport, bucketRequest("HEAD", bucket), [](const Response &response) -> Core::Result<QString> {
        return QString::fromLatin1(response.header("x-amz-bucket-region"));
    });
}

StringJob *S3Client::bucketLocation(const QString &bucket)
{
    Request r = bucketRequest("GET", bucket);
    r.addQuery(QStringLiteral("location"));
    return new RequestJob<QString>(m_transport, std::move(r), [](const Response &response) -> Core::Result<QString> {
        auto doc = S3::LocationConstraint::fromXml(response.body);
        if (!doc)
            return std::unexpected(doc.error());
        if (doc->region.isEmpty())
            return QStringLiteral("us-east-1");
        if (doc->region == u"EU")
            return QStringLiteral("eu-west-1"); // the legacy constraint
        return doc->region;
    });
}

ListObjectsJob *S3Client::listObjects(const ListObjectsRequest &request)
{
    if (request.maxKeys < 1 || request.maxKeys > 1000)
        return failed<S3::ListBucketResult>(Core::ErrorCode::InvalidArgument, QStringLiteral("max-keys must be 1..1000"));
    Request r = bucketRequest("GET", request.bucket);
    r.addQuery(QStringLiteral("list-type"), QStringLiteral("2"));
    r.addQuery(QStringLiteral("encoding-type"), QStringLiteral("url"));
    if (!request.prefix.isEmpty())
        r.addQuery(QStringLiteral("prefix"), request.prefix);
    if (!request.delimiter.isEmpty())
        r.addQuery(QStringLiteral("delimiter"), request.delimiter);
    if (!request.continuationToken.isEmpty())
        r.addQuery(QStringLiteral("continuation-token"), request.continuationToken);
    if (!request.startAfter.isEmpty())
        r.addQuery(QStringLiteral("start-after"), request.startAfter);
    if (request.fetchOwner)
        r.addQuery(QStringLiteral("fetch-owner"), QStringLiteral("true"));
    r.addQuery(QStringLiteral("max-keys"), QString::number(request.maxKeys));
    return new RequestJob<S3::ListBucketResult>(m_transport, std::move(r), &parseDocument<S3::ListBucketResult>);
}

ListVersionsJob *S3Client::listObjectVersions(const ListVersionsRequest &request)
{
    if (request.maxKeys < 1 || request.maxKeys > 1000)
        return failed<S3::ListVersionsResult>(Core::ErrorCode::InvalidArgument, QStringLiteral("max-keys must be 1..1000"));
    Request r = bucketRequest("GET", request.bucket);
    r.addQuery(QStringLiteral("versions"));
    r.addQuery(QStringLiteral("encoding-type"), QStringLiteral("url"));
    if (!request.prefix.isEmpty())
        r.addQuery(QStringLiteral("prefix"), request.prefix);
    if (!request.delimiter.isEmpty())
        r.addQuery(QStringLiteral("delimiter"), request.delimiter);
    if (!request.keyMarker.isEmpty())
        r.addQuery(QStringLiteral("key-marker"), request.keyMarker);
    if (!request.versionIdMarker.isEmpty())
        r.addQuery(QStringLiteral("version-id-marker"), request.versionIdMarker);
    r.addQuery(QStringLiteral("max-keys"), QString::number(request.maxKeys));
    return new RequestJob<S3::ListVersionsResult>(m_transport, std::move(r), &parseDocument<S3::ListVersionsResult>);
}

HeadObjectJob *S3Client::headObject(const QString &bucket, const QString &key, const QString &versionId)
{
    if (auto ok = validateKey(key); !ok)
        return failed<ObjectInfo>(ok.error());
    return new RequestJob<ObjectInfo>(m_transport, objectRequest("HEAD", bucket, key, versionId),
                                      [](const Response &response) -> Core::Result<ObjectInfo> {
                                          return ObjectInfo::fromResponse(response);
                                      });
}

GetObjectJob *S3Client::getObject(const GetObjectRequest &request)
{
    if (auto ok = validateKey(request.key); !ok)
        return failed<GetObjectResult>(ok.error());
    Request r = objectRequest("GET", request.bucket, request.key, request.versionId);
    if (request.rangeStart) {
        QByteArray range = "bytes=" + QByteArray::number(*request.rangeStart) + '-';
        if (request.rangeEnd)
            range += QByteArray::number(*request.rangeEnd);
        r.setHeader("Range", range);
    } else if (request.rangeEnd) {
        r.setHeader("Range", "bytes=-" + QByteArray::number(*request.rangeEnd));
    }
    std::unique_ptr<QFile> file;
    if (request.sink) {
        r.responseSink = request.sink;
    } else if (!request.filePath.isEmpty()) {
        file = std::make_unique<QFile>(request.filePath);
        if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
            return failed<GetObjectResult>(Core::ErrorCode::IoError,
                                           QStringLiteral("cannot write %1: %2").arg(request.filePath, file->errorString()));
        r.responseSink = file.get();
    }
    QFile *rawFile = file.get();
    auto *job = new RequestJob<GetObjectResult>(m_transport, std::move(r), [rawFile](const Response &response) -> Core::Result<GetObjectResult> {
        GetObjectResult result;
        result.info = ObjectInfo::fromResponse(response);
        result.data = response.body;
        if (rawFile && !rawFile->flush())
            return Core::fail(Core::ErrorCode::IoError, rawFile->errorString());
        return result;
    });
    if (file)
        file.release()->setParent(job); // closed when the job is deleted
    return job;
}

PutObjectJob *S3Client::putObject(const PutObjectRequest &request)
{
    if (auto ok = validateKey(request.key); !ok)
        return failed<PutObjectResult>(ok.error());
    Request r = objectRequest("PUT", request.bucket, request.key);
    r.body = request.body.kind == RequestBody::Kind::None ? RequestBody::fromBytes({}) : request.body;
    addAttributes(r, request.attributes);
    if (!request.contentMd5.isEmpty())
        r.setHeader("Content-MD5", request.contentMd5.toBase64());
    return new RequestJob<PutObjectResult>(m_transport, std::move(r), [](const Response &response) -> Core::Result<PutObjectResult> {
        return PutObjectResult{QString::fromUtf8(response.header("ETag")), QString::fromUtf8(response.header("x-amz-version-id"))};
    });
}

CopyObjectJob *S3Client::copyObject(const CopyObjectRequest &request)
{
    if (auto ok = validateKey(request.key); !ok)
        return failed<CopyObjectResult>(ok.error());
    Request r = objectRequest("PUT", request.bucket, request.key);
    r.setHeader("x-amz-copy-source", copySource(request.sourceBucket, request.sourceKey, request.sourceVersionId));
    if (request.metadataDirective == MetadataDirective::Replace) {
        r.setHeader("x-amz-metadata-directive", "REPLACE");
        ObjectAttributes a = request.attributes;
        a.tags.clear();
        addAttributes(r, a);
    } else if (!request.attributes.storageClass.isEmpty()) {
        r.setHeader("x-amz-metadata-directive", "COPY");
        r.setHeader("x-amz-storage-class", request.attributes.storageClass.toUtf8());
    }
    if (request.replaceTags) {
        r.setHeader("x-amz-tagging-directive", "REPLACE");
        r.setHeader("x-amz-tagging", tagsHeader(request.attributes.tags));
    }
    return new RequestJob<CopyObjectResult>(m_transport, std::move(r), [](const Response &response) -> Core::Result<CopyObjectResult> {
        if (auto e = embeddedError(response))
            return std::unexpected(*e);
        CopyObjectResult result;
        result.versionId = QString::fromUtf8(response.header("x-amz-version-id"));
        QXmlStreamReader xml(response.body);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1StringView("ETag"))
                result.etag = xml.readElementText();
            else if (xml.name() == QLatin1StringView("LastModified"))
                result.lastModified = S3::parseIsoTimestamp(xml.readElementText()).value_or(QDateTime());
        }
        if (xml.hasError())
            return Core::fail(Core::ErrorCode::ParseError, QStringLiteral("CopyObjectResult: %1").arg(xml.errorString()));
        return result;
    });
}

DeleteObjectJob *S3Client::deleteObject(const QString &bucket, const QString &key, const QString &versionId)
{
    if (auto ok = validateKey(key); !ok)
        return failed<DeleteObjectResult>(ok.error());
    return new RequestJob<DeleteObjectResult>(m_transport, objectRequest("DELETE", bucket, key, versionId),
                                              [](const Response &response) -> Core::Result<DeleteObjectResult> {
                                                  return DeleteObjectResult{QString::fromUtf8(response.header("x-amz-version-id")),
                                                                            response.header("x-amz-delete-marker") == "true"};
                                              });
}

DeleteObjectsJob *S3Client::deleteObjects(const QString &bucket, const QList<S3::ObjectIdentifier> &objects, bool quiet)
{
    if (objects.isEmpty())
        return new ImmediateJob<S3::DeleteResult>(S3::DeleteResult{});
    return new BatchDeleteJob(m_transport, bucket, objects, quiet);
}

RestoreObjectJob *S3Client::restoreObject(const QString &bucket, const QString &key, const S3::RestoreRequest &restore,
                                          const QString &versionId)
{
    Request r = objectRequest("POST", bucket, key, versionId);
    r.addQuery(QStringLiteral("restore"));
    r.body = RequestBody::fromBytes(restore.toXml());
    r.setHeader("Content-Type", "application/xml");
    addContentMd5(r);
    return new RequestJob<RestoreResult>(m_transport, std::move(r), [](const Response &response) -> Core::Result<RestoreResult> {
        return RestoreResult{response.httpStatus == 200};
    });
}

CreateMultipartUploadJob *S3Client::createMultipartUpload(const QString &bucket, const QString &key,
                                                          const ObjectAttributes &attributes)
{
    if (auto ok = validateKey(key); !ok)
        return failed<S3::InitiateMultipartUploadResult>(ok.error());
    Request r = objectRequest("POST", bucket, key);
    r.addQuery(QStringLiteral("uploads"));
    addAttributes(r, attributes);
    return new RequestJob<S3::InitiateMultipartUploadResult>(m_transport, std::move(r),
                                                             &parseDocument<S3::InitiateMultipartUploadResult>);
}

UploadPartJob *S3Client::uploadPart(const QString &bucket, const QString &key, const QString &uploadId, int partNumber,
                                    const RequestBody &body, const QByteArray &contentMd5, const QByteArray &crc32c)
{
    if (partNumber < 1 || partNumber > 10000)
        return failed<UploadPartResult>(Core::ErrorCode::InvalidArgument, QStringLiteral("part number must be 1..10000"));
    Request r = objectRequest("PUT", bucket, key);
    r.addQuery(QStringLiteral("partNumber"), QString::number(partNumber));
    r.addQuery(QStringLiteral("uploadId"), uploadId);
    r.body = body;
    if (!contentMd5.isEmpty())
        r.setHeader("Content-MD5", contentMd5.toBase64());
    if (!crc32c.isEmpty())
        r.setHeader("x-amz-checksum-crc32c", crc32c.toBase64());
    return new RequestJob<UploadPartResult>(m_transport, std::move(r), [partNumber](const Response &response) -> Core::Result<UploadPartResult> {
        return UploadPartResult{partNumber, QString::fromUtf8(response.header("ETag")), response.header("x-amz-checksum-crc32c")};
    });
}

UploadPartJob *S3Client::uploadPartCopy(const UploadPartCopyRequest &request)
{
    if (request.partNumber < 1 || request.partNumber > 10000)
        return failed<UploadPartResult>(Core::ErrorCode::InvalidArgument, QStringLiteral("part number must be 1..10000"));
    if (auto ok = validateKey(request.key); !ok)
        return failed<UploadPartResult>(ok.error());
    if (auto ok = validateKey(request.sourceKey); !ok)
        return failed<UploadPartResult>(ok.error());
    if (request.rangeStart.has_value() != request.rangeEnd.has_value()
        || (request.rangeStart && (*request.rangeStart < 0 || *request.rangeEnd < *request.rangeStart)))
        return failed<UploadPartResult>(Core::ErrorCode::InvalidArgument,
                                        QStringLiteral("a copy-source range needs a start and an end, start <= end"));
    Request r = objectRequest("PUT", request.bucket, request.key);
    r.addQuery(QStringLiteral("partNumber"), QString::number(request.partNumber));
    r.addQuery(QStringLiteral("uploadId"), request.uploadId);
    r.setHeader("x-amz-copy-source", copySource(request.sourceBucket, request.sourceKey, request.sourceVersionId));
    if (request.rangeStart)
        r.setHeader("x-amz-copy-source-range",
                    "bytes=" + QByteArray::number(*request.rangeStart) + '-' + QByteArray::number(*request.rangeEnd));
    if (!request.sourceIfMatch.isEmpty())
        r.setHeader("x-amz-copy-source-if-match", request.sourceIfMatch.toUtf8());
    const int partNumber = request.partNumber;
    return new RequestJob<UploadPartResult>(m_transport, std::move(r), [partNumber](const Response &response) -> Core::Result<UploadPartResult> {
        if (auto e = embeddedError(response))
            return std::unexpected(*e);
        auto doc = S3::CopyPartResult::fromXml(response.body);
        if (!doc)
            return std::unexpected(doc.error());
        return UploadPartResult{partNumber, doc->etag};
    });
}

CompleteMultipartUploadJob *S3Client::completeMultipartUpload(const QString &bucket, const QString &key,
                                                              const QString &uploadId, const QList<S3::CompletedPart> &parts)
{
    Request r = objectRequest("POST", bucket, key);
    r.addQuery(QStringLiteral("uploadId"), uploadId);
    S3::CompleteMultipartUpload doc;
    doc.parts = parts;
    r.body = RequestBody::fromBytes(doc.toXml());
    r.setHeader("Content-Type", "application/xml");
    return new RequestJob<S3::CompleteMultipartUploadResult>(
        m_transport, std::move(r), [](const Response &response) -> Core::Result<S3::CompleteMultipartUploadResult> {
            if (auto e = embeddedError(response))
                return std::unexpected(*e);
            return S3::CompleteMultipartUploadResult::fromXml(response.body);
        });
}

VoidJob *S3Client::abortMultipartUpload(const QString &bucket, const QString &key, const QString &uploadId)
{
    Request r = objectRequest("DELETE", bucket, key);
    r.addQuery(QStringLiteral("uploadId"), uploadId);
    return new RequestJob<void>(m_transport, std::move(r), &noResult);
}

ListPartsJob *S3Client::listParts(const QString &bucket, const QString &key, const QString &uploadId, int partNumberMarker)
{
    Request r = objectRequest("GET", bucket, key);
    r.addQuery(QStringLiteral("uploadId"), uploadId);
    if (partNumberMarker > 0)
        r.addQuery(QStringLiteral("part-number-marker"), QString::number(partNumberMarker));
    return new RequestJob<S3::ListPartsResult>(m_transport, std::move(r), &parseDocument<S3::ListPartsResult>);
}

ListUploadsJob *S3Client::listMultipartUploads(const QString &bucket, const QString &prefix, const QString &keyMarker,
                                               const QString &uploadIdMarker)
{
    Request r = bucketRequest("GET", bucket);
    r.addQuery(QStringLiteral("uploads"));
    if (!prefix.isEmpty())
        r.addQuery(QStringLiteral("prefix"), prefix);
    if (!keyMarker.isEmpty())
        r.addQuery(QStringLiteral("key-marker"), keyMarker);
    if (!uploadIdMarker.isEmpty())
        r.addQuery(QStringLiteral("upload-id-marker"), uploadIdMarker);
    return new RequestJob<S3::ListMultipartUploadsResult>(m_transport, std::move(r),
                                                          &parseDocument<S3::ListMultipartUploadsResult>);
}

TaggingJob *S3Client::objectTagging(const QString &bucket, const QString &key, const QString &versionId)
{
    Request r = objectRequest("GET", bucket, key, versionId);
    r.addQuery(QStringLiteral("tagging"));
    return new RequestJob<S3::Tagging>(m_transport, std::move(r), &parseDocument<S3::Tagging>);
}

VoidJob *S3Client::putObjectTagging(const QString &bucket, const QString &key, const S3::Tagging &tagging,
                                    const QString &versionId)
{
    if (auto ok = S3::validateTags(tagging.tags, S3::TagTarget::Object); !ok)
        return failed<void>(ok.error());
    Request r = objectRequest("PUT", bucket, key, versionId);
    r.addQuery(QStringLiteral("tagging"));
    r.body = RequestBody::fromBytes(tagging.toXml());
    r.setHeader("Content-Type", "application/xml");
    addContentMd5(r);
    return new RequestJob<void>(m_transport, std::move(r), &noResult);
}

VoidJob *S3Client::deleteObjectTagging(const QString &bucket, const QString &key, const QString &versionId)
{
    Request r = objectRequest("DELETE", bucket, key, versionId);
    r.addQuery(QStringLiteral("tagging"));
    return new RequestJob<void>(m_transport, std::move(r), &noResult);
}

TaggingJob *S3Client::bucketTagging(const QString &bucket)
{
    Request r = bucketRequest("GET", bucket);
    r.addQuery(QStringLiteral("tagging"));
    return new RequestJob<S3::Tagging>(m_transport, std::move(r), &parseDocument<S3::Tagging>);
}

VoidJob *S3Client::putBucketTagging(const QString &bucket, const S3::Tagging &tagging)
{
    if (auto ok = S3::validateTags(tagging.tags, S3::TagTarget::Bucket); !ok)
        return failed<void>(ok.error());
    return putBucketConfig(bucket, BucketConfig::Tagging, tagging.toXml());
}

VersioningJob *S3Client::bucketVersioning(const QString &bucket)
{
    Request r = bucketRequest("GET", bucket);
    r.addQuery(QStringLiteral("versioning"));
    return new RequestJob<S3::VersioningConfiguration>(m_transport, std::move(r), &parseDocument<S3::VersioningConfiguration>);
}

VoidJob *S3Client::putBucketVersioning(const QString &bucket, const S3::VersioningConfiguration &configuration)
{
    return putBucketConfig(bucket, BucketConfig::Versioning, configuration.toXml());
}

RawDocumentJob *S3Client::bucketConfig(const QString &bucket, BucketConfig config)
{
    Request r = bucketRequest("GET", bucket);
    r.addQuery(bucketConfigSubresource(config));
    return new RequestJob<QByteArray>(m_transport, std::move(r), [](const Response &response) -> Core::Result<QByteArray> {
        return response.body;
    });
}

VoidJob *S3Client::putBucketConfig(const QString &bucket, BucketConfig config, const QByteArray &body)
{
    Request r = bucketRequest("PUT", bucket);
    r.addQuery(bucketConfigSubresource(config));
    r.body = RequestBody::fromBytes(body);
    r.setHeader("Content-Type", config == BucketConfig::Policy ? "application/json" : "application/xml");
    addContentMd5(r); // required by lifecycle, CORS, tagging and object lock; harmless elsewhere
    return new RequestJob<void>(m_transport, std::move(r), &noResult);
}

VoidJob *S3Client::deleteBucketConfig(const QString &bucket, BucketConfig config)
{
    if (config == BucketConfig::Acl || config == BucketConfig::ObjectLock || config == BucketConfig::Versioning)
        return failed<void>(Core::ErrorCode::InvalidArgument,
                            QStringLiteral("?%1 cannot be deleted").arg(bucketConfigSubresource(config)));
    Request r = bucketRequest("DELETE", bucket);
    r.addQuery(bucketConfigSubresource(config));
    return new RequestJob<void>(m_transport, std::move(r), &noResult);
}

OwnershipControlsJob *S3Client::bucketOwnershipControls(const QString &bucket)
{
    Request r = bucketRequest("GET", bucket);
    r.addQuery(QStringLiteral("ownershipControls"));
    return new RequestJob<S3::OwnershipControls>(m_transport, std::move(r), [](const Response &response) {
        // Responses use the lenient limits; the document is tiny either way.
        return S3::OwnershipControls::fromXml(response.body, S3::XmlLimits {S3::kMaxResponseXmlBytes, S3::kMaxXmlDepth});
    });
}

VoidJob *S3Client::putBucketOwnershipControls(const QString &bucket, const S3::OwnershipControls &controls)
{
    if (!S3::OwnershipControls::isObjectOwnership(controls.objectOwnership))
        return failed<void>(Core::ErrorCode::InvalidArgument,
                            QStringLiteral("unknown object ownership \"%1\"").arg(controls.objectOwnership));
    Request r = bucketRequest("PUT", bucket);
    r.addQuery(QStringLiteral("ownershipControls"));
    r.body = RequestBody::fromBytes(controls.toXml());
    r.setHeader("Content-Type", "application/xml");
    addContentMd5(r);
    return new RequestJob<void>(m_transport, std::move(r), &noResult);
}

VoidJob *S3Client::deleteBucketOwnershipControls(const QString &bucket)
{
    Request r = bucketRequest("DELETE", bucket);
    r.addQuery(QStringLiteral("ownershipControls"));
    return new RequestJob<void>(m_transport, std::move(r), &noResult);
}

PublicAccessBlockJob *S3Client::publicAccessBlock(const QString &bucket)
{
    Request r = bucketRequest("GET", bucket);
    r.addQuery(QStringLiteral("publicAccessBlock"));
    return new RequestJob<S3::PublicAccessBlockConfiguration>(m_transport, std::move(r), [](const Response &response) {
        return S3::PublicAccessBlockConfiguration::fromXml(response.body,
                                                           S3::XmlLimits {S3::kMaxResponseXmlBytes, S3::kMaxXmlDepth});
    });
}

VoidJob *S3Client::putPublicAccessBlock(const QString &bucket, const S3::PublicAccessBlockConfiguration &configuration)
{
    Request r = bucketRequest("PUT", bucket);
    r.addQuery(QStringLiteral("publicAccessBlock"));
    r.body = RequestBody::fromBytes(configuration.toXml());
    r.setHeader("Content-Type", "application/xml");
    addContentMd5(r);
    return new RequestJob<void>(m_transport, std::move(r), &noResult);
}

VoidJob *S3Client::deletePublicAccessBlock(const QString &bucket)
{
    Request r = bucketRequest("DELETE", bucket);
    r.addQuery(QStringLiteral("publicAccessBlock"));
    return new RequestJob<void>(m_transport, std::move(r), &noResult);
}

PolicyStatusJob *S3Client::bucketPolicyStatus(const QString &bucket)
{
    Request r = bucketRequest("GET", bucket);
    r.addQuery(QStringLiteral("policyStatus"));
    return new RequestJob<S3::PolicyStatus>(m_transport, std::move(r), &parseDocument<S3::PolicyStatus>);
}

BucketLoggingJob *S3Client::bucketLogging(const QString &bucket)
{
    Request r = bucketRequest("GET", bucket);
    r.addQuery(QStringLiteral("logging"));
    return new RequestJob<S3::BucketLoggingStatus>(m_transport, std::move(r), [](const Response &response) {
        return S3::BucketLoggingStatus::fromXml(response.body, S3::XmlLimits {S3::kMaxResponseXmlBytes, S3::kMaxXmlDepth});
    });
}

VoidJob *S3Client::putBucketLogging(const QString &bucket, const S3::BucketLoggingStatus &status)
{
    if (status.loggingEnabled && status.loggingEnabled->targetBucket.isEmpty())
        return failed<void>(Core::ErrorCode::InvalidArgument, QStringLiteral("logging needs a target bucket"));
    Request r = bucketRequest("PUT", bucket);
    r.addQuery(QStringLiteral("logging"));
    r.body = RequestBody::fromBytes(status.toXml());
    r.setHeader("Content-Type", "application/xml");
    addContentMd5(r);
    return new RequestJob<void>(m_transport, std::move(r), &noResult);
}

Core::Result<QUrl> S3Client::presignUrl(const QByteArray &method, const QString &bucket, const QString &key,
                                        qint64 expiresSeconds) const
{
    return presignUrl(method, bucket, key, expiresSeconds, PresignOptions{});
}

Core::Result<QUrl> S3Client::presignUrl(const QByteArray &method, const QString &bucket, const QString &key,
                                        qint64 expiresSeconds, const PresignOptions &options) const
{
    if (method != "GET" && method != "PUT")
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("presigned URLs are GET or PUT"));
    if (expiresSeconds < 1 || expiresSeconds > S3::kMaxPresignExpirySeconds)
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("expiry must be 1..604800 seconds"));
    if (auto ok = validateKey(key); !ok)
        return std::unexpected(ok.error());
    CredentialsProvider *provider = m_transport.credentialsProvider();
    const std::optional<Credentials> credentials = provider ? provider->cached() : std::nullopt;
    if (!credentials)
        return Core::fail(Core::ErrorCode::InvalidConfiguration, QStringLiteral("no credentials available yet to presign"));

    Request r = objectRequest(method, bucket, key, options.versionId);
    if (!options.responseContentDisposition.isEmpty())
        r.addQuery(QStringLiteral("response-content-disposition"), options.responseContentDisposition);
    if (!options.responseContentType.isEmpty())
        r.addQuery(QStringLiteral("response-content-type"), options.responseContentType);
    const Target t = m_transport.target(r);
    S3::SignableRequest signable;
    signable.method = method;
    signable.path = t.path;
    signable.query = t.query;
    signable.headers.append({"host", t.host});
    const S3::Signer signer({credentials->accessKeyId, credentials->secretAccessKey, credentials->sessionToken},
                            m_transport.regionForBucket(bucket).toUtf8());
    const QDateTime time = options.time.isValid() ? options.time : m_transport.now();
    auto steps = signer.presign(signable, time, expiresSeconds);
    if (!steps)
        return std::unexpected(steps.error());
    QByteArray encoded = t.url.scheme().toUtf8() + "://" + t.host + t.path + '?' + signable.query;
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

CapabilitiesJob *S3Client::probeCapabilities(const QString &bucket)
{
    if (auto it = m_capabilities.constFind(bucket); it != m_capabilities.cend())
        return new ImmediateJob<BucketCapabilities>(*it);
    QPointer<S3Client> self(this);
    return new ProbeJob(m_transport, bucket, [self, bucket](const BucketCapabilities &caps) {
        if (self)
            self->m_capabilities.insert(bucket, caps);
    });
}

std::optional<BucketCapabilities> S3Client::cachedCapabilities(const QString &bucket) const
{
    if (auto it = m_capabilities.constFind(bucket); it != m_capabilities.cend())
        return *it;
    return std::nullopt;
}

} // namespace Client
