// POST Object: browser form uploads (multipart/form-data to /bucket) with a SigV4-signed
// policy document. The form is parsed as it streams in; the file part goes straight to the
// store writer, never into memory.

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QUrl>

#include "engine/s3/sigv4.h"
#include "engine/s3/uri.h"
#include "engine/server/acl_p.h"
#include "engine/server/postobject_p.h"
#include "engine/server/sse_p.h"
#include "engine/store/store.h"

namespace Server {

namespace {

constexpr qsizetype kMaxFieldsBytes = 1024 * 1024; // all non-file fields together
constexpr qsizetype kMaxPartHeaderBytes = 8 * 1024;

std::string toStd(const QString &s)
{
    return s.toStdString();
}

Core::Error policyError(const QString &detail)
{
    return Core::Error::make(Core::ErrorCode::AccessDenied, QStringLiteral("Invalid according to Policy: ") + detail);
}

// The value of a parameter in a Content-Disposition / Content-Type header: name="x".
QByteArray headerParam(const QByteArray &header, const QByteArray &name)
{
    const QByteArray lower = header.toLower();
    qsizetype at = 0;
    while ((at = lower.indexOf(name + '=', at)) >= 0) {
        const bool boundaryOk = at == 0 || lower[at - 1] == ';' || lower[at - 1] == ' ' || lower[at - 1] == '\t';
        at += name.size() + 1;
        if (!boundaryOk)
            continue;
        if (at < header.size() && header[at] == '"') {
            const qsizetype end = header.indexOf('"', at + 1);
            return header.mid(at + 1, end < 0 ? -1 : end - at - 1);
        }
        qsizetype end = at;
        while (end < header.size() && header[end] != ';' && header[end] != ' ')
            ++end;
        return header.mid(at, end - at);
    }
    return {};
}

class PostObjectSink final : public BodySink
{
public:
    PostObjectSink(S3Service &s, std::shared_ptr<RequestContext> ctx, QByteArray boundary)
        : m_s {s}
        , m_ctx {std::move(ctx)}
        , m_delimiter {"\r\n--" + boundary}
        , m_buf {"\r\n"}
    {
    }

    std::optional<HttpResponse> write(const char *data, std::size_t size) override
    {
        if (m_error)
            return m_s.error(*m_ctx, *m_error);
        m_buf.append(data, qsizetype(size));
        if (auto st = process(); !st) {
            m_error = st.error();
            return sseError(m_s, *m_ctx, st.error());
        }
        return std::nullopt;
    }

    HttpResponse finish() override
    {
        if (m_error)
            return sseError(m_s, *m_ctx, *m_error);
        if (auto st = process(); !st)
            return sseError(m_s, *m_ctx, st.error());
        if (!m_writer || !m_fileDone)
            return m_s.error(*m_ctx, s3Error(Core::ErrorCode::InvalidArgument,
                                             QStringLiteral("POST requires exactly one file upload per request.")));
        const qint64 size = m_writer->size();
        if (m_lengthRange) {
            if (size > m_lengthRange->second)
                return m_s.error(*m_ctx, s3Error(Core::ErrorCode::EntityTooLarge));
            if (size < m_lengthRange->first)
                return m_s.error(*m_ctx, s3Error(Core::ErrorCode::EntityTooSmall));
        }
        auto v = m_s.store().putObject(m_ctx->route.bucket, m_key, std::move(m_writer), m_meta);
        if (!v)
            return m_s.error(*m_ctx, v.error());
        const std::string *host = m_ctx->header("host");
        const QString location = QStringLiteral("http://%1/%2/%3")
                                     .arg(host ? QString::fromStdString(*host) : QStringLiteral("localhost"),
                                          m_ctx->route.bucket, QString::fromLatin1(S3::uriEncode(m_key, false)));
        HttpResponse r;
        const QString redirect = field("success_action_redirect");
        const QString status = field("success_action_status");
        if (!redirect.isEmpty() && QUrl(redirect).isValid() && !QUrl(redirect).scheme().isEmpty()) {
            QUrl url(redirect);
            QString query = url.query(QUrl::FullyEncoded);
            if (!query.isEmpty())
                query += u'&';
            query += QStringLiteral("bucket=%1&key=%2&etag=%3")
                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_ctx->route.bucket)),
                              QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(m_key))),
                              QString::fromLatin1(QUrl::toPercentEncoding(v->etag)));
            url.setQuery(query, QUrl::StrictMode);
            r = emptyResponse(303);
            r.addHeader("Location", url.toString(QUrl::FullyEncoded).toStdString());
        } else if (status == QLatin1StringView("201")) {
            const QByteArray xml = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PostResponse><Location>")
                                   + location.toHtmlEscaped().toUtf8() + "</Location><Bucket>"
                                   + m_ctx->route.bucket.toHtmlEscaped().toUtf8() + "</Bucket><Key>"
                                   + QString::fromUtf8(m_key).toHtmlEscaped().toUtf8() + "</Key><ETag>"
                                   + v->etag.toHtmlEscaped().toUtf8() + "</ETag></PostResponse>";
            r = xmlResponse(xml, 201);
        } else {
            r = emptyResponse(status == QLatin1StringView("200") ? 200 : 204);
        }
        r.addHeader("ETag", toStd(v->etag));
        r.addHeader("Location", toStd(location));
        if (v->versionId != Store::kNullVersionId)
            r.addHeader("x-amz-version-id", toStd(v->versionId));
        addSseHeaders(r, m_s, m_meta.encryption);
        return r;
    }

private:
    enum class State
    {
        Preamble,
        AfterDelimiter,
        PartHeaders,
        FieldValue,
        FileData,
        Epilogue,
    };

    QString field(const char *name) const
    {
        for (const auto &[n, v] : m_fields) {
            if (n == QLatin1StringView(name))
                return v;
        }
        return {};
    }

    Core::Status process()
    {
        for (;;) {
            switch (m_state) {
            case State::Preamble: {
                const qsizetype at = m_buf.indexOf(m_delimiter);
                if (at < 0) {
                    if (m_buf.size() > m_delimiter.size())
                        m_buf.remove(0, m_buf.size() - m_delimiter.size());
                    return {};
                }
                m_buf.remove(0, at + m_delimiter.size());
                m_state = State::AfterDelimiter;
                break;
            }
            case State::AfterDelimiter:
                if (m_buf.size() < 2)
                    return {};
                if (m_buf.startsWith("--")) {
                    m_state = State::Epilogue;
                    break;
                }
                if (!m_buf.startsWith("\r\n"))
                    return malformed();
                m_buf.remove(0, 2);
                m_state = State::PartHeaders;
                break;
            case State::PartHeaders: {
                const qsizetype end = m_buf.indexOf("\r\n\r\n");
                if (end < 0) {
                    if (m_buf.size() > kMaxPartHeaderBytes)
                        return malformed();
                    return {};
                }
                const QByteArray headers = m_buf.left(end);
                m_buf.remove(0, end + 4);
                QByteArray disposition;
                m_partContentType.clear();
                for (const QByteArray &line : headers.split('\n')) {
                    const QByteArray l = line.trimmed();
                    const qsizetype colon = l.indexOf(':');
                    if (colon < 0)
                        continue;
                    const QByteArray name = l.left(colon).trimmed().toLower();
                    if (name == "content-disposition")
                        disposition = l.mid(colon + 1).trimmed();
                    else if (name == "content-type")
                        m_partContentType = QString::fromUtf8(l.mid(colon + 1).trimmed());
                }
                m_partName = QString::fromUtf8(headerParam(disposition, "name"));
                m_partFilename = QString::fromUtf8(headerParam(disposition, "filename"));
                if (m_partName.compare(QLatin1StringView("file"), Qt::CaseInsensitive) == 0 && !m_fileDone) {
                    if (auto st = startFile(); !st)
                        return st;
                    m_state = State::FileData;
                } else {
                    m_state = State::FieldValue;
                }
                break;
            }
            case State::FieldValue: {
                const qsizetype at = m_buf.indexOf(m_delimiter);
                if (at < 0) {
                    if (m_fieldBytes + m_buf.size() > kMaxFieldsBytes)
                        return Core::fail(Core::ErrorCode::MaxMessageLengthExceeded,
                                          QStringLiteral("Your form fields exceed the maximum allowed size."));
                    return {};
                }
                m_fieldBytes += at;
                if (m_fieldBytes > kMaxFieldsBytes)
                    return Core::fail(Core::ErrorCode::MaxMessageLengthExceeded,
                                      QStringLiteral("Your form fields exceed the maximum allowed size."));
                // Fields after the file are ignored, as AWS does.
                if (!m_fileDone) {
                    m_fields.append({m_partName.toLower(), QString::fromUtf8(m_buf.left(at))});
                }
                m_buf.remove(0, at + m_delimiter.size());
                m_state = State::AfterDelimiter;
                break;
            }
            case State::FileData: {
                const qsizetype at = m_buf.indexOf(m_delimiter);
                if (at < 0) {
                    const qsizetype safe = m_buf.size() - m_delimiter.size();
                    if (safe > 0) {
                        if (auto st = m_writer->write(m_buf.constData(), safe); !st)
                            return st;
                        m_buf.remove(0, safe);
                    }
                    return {};
                }
                if (auto st = m_writer->write(m_buf.constData(), at); !st)
                    return st;
                m_buf.remove(0, at + m_delimiter.size());
                m_fileDone = true;
                m_state = State::AfterDelimiter;
                break;
            }
            case State::Epilogue:
                m_buf.clear();
                return {};
            }
        }
    }

    Core::Status malformed()
    {
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("The body of your POST request is not well-formed multipart/form-data."));
    }

    // All fields are known: check the signature and the policy, then open the writer.
    Core::Status startFile()
    {
        const QString policyB64 = field("policy");
        if (policyB64.isEmpty())
            return Core::fail(Core::ErrorCode::AccessDenied,
                              QStringLiteral("Anonymous POST uploads are not allowed on this bucket"));
        if (field("x-amz-algorithm") != QLatin1StringView(S3::kSigV4Algorithm))
            return Core::fail(Core::ErrorCode::InvalidArgument,
                              QStringLiteral("Only the AWS4-HMAC-SHA256 algorithm is supported for POST uploads"));
        const QStringList cred = field("x-amz-credential").split(u'/');
        if (cred.size() != 5 || cred[3] != QLatin1StringView("s3") || cred[4] != QLatin1StringView("aws4_request"))
            return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("Invalid x-amz-credential"));
        const User *user = m_s.users().findByAccessKey(cred[0]);
        if (!user)
            return Core::fail(Core::ErrorCode::InvalidAccessKeyId);
        if (cred[2] != m_s.options().region)
            return Core::fail(Core::ErrorCode::AuthorizationQueryParametersError,
                              QStringLiteral("Error parsing the X-Amz-Credential parameter; the region '%1' is wrong; "
                                             "expecting '%2'")
                                  .arg(cred[2], m_s.options().region));
        S3::Signer signer(S3::Credentials {user->accessKeyId, user->secretAccessKey, {}}, cred[2].toUtf8());
        const QByteArray expected = QMessageAuthenticationCode::hash(policyB64.toUtf8(), signer.signingKey(cred[1].toUtf8()),
                                                                     QCryptographicHash::Sha256)
                                        .toHex();
        if (expected != field("x-amz-signature").toLatin1().toLower())
            return Core::fail(Core::ErrorCode::SignatureDoesNotMatch);
        m_ctx->user = user;
        m_ctx->http.accessKeyId = user->accessKeyId.toStdString();
        auto bucket = m_s.store().bucketInfo(m_ctx->route.bucket);
        if (!bucket)
            return std::unexpected(bucket.error());
        if (bucket->ownerId != user->canonicalId)
            return Core::fail(Core::ErrorCode::AccessDenied);

        // The key, with ${filename} replaced by the file's name.
        QString key = field("key");
        if (key.isEmpty())
            return Core::fail(Core::ErrorCode::InvalidArgument,
                              QStringLiteral("Bucket POST must contain a field named 'key'.  If it is specified, please "
                                             "check the order of the fields."));
        key.replace(QLatin1StringView("${filename}"), m_partFilename);
        m_key = key.toUtf8();
        if (auto st = Store::validateKey(m_key); !st)
            return st;
        if (auto st = checkPolicy(policyB64); !st)
            return st;

        // Metadata from the form fields.
        for (const auto &[name, value] : m_fields) {
            if (name == QLatin1StringView("content-type"))
                m_meta.contentType = value;
            else if (name == QLatin1StringView("cache-control"))
                m_meta.cacheControl = value;
            else if (name == QLatin1StringView("content-disposition"))
                m_meta.contentDisposition = value;
            else if (name == QLatin1StringView("content-encoding"))
                m_meta.contentEncoding = value;
            else if (name == QLatin1StringView("expires"))
                m_meta.expires = value;
            else if (name.startsWith(QLatin1StringView("x-amz-meta-")))
                m_meta.userMetadata.append({name.mid(11), value});
        }
        if (m_meta.contentType.isEmpty())
            m_meta.contentType = m_partContentType;
        m_meta.ownerId = objectOwnerFor(m_s, m_ctx->route.bucket, user->canonicalId, field("acl").trimmed());
        auto acl = objectAclFromCanned(m_s, m_ctx->route.bucket, field("acl"), m_meta.ownerId);
        if (!acl)
            return std::unexpected(acl.error());
        m_meta.acl = *acl;
        SseRequest sse;
        sse.algorithm = field("x-amz-server-side-encryption");
        if (!sse.algorithm.isEmpty() && sse.algorithm != QLatin1StringView("AES256")
            && sse.algorithm != QLatin1StringView("aws:kms"))
            return Core::fail(Core::ErrorCode::InvalidArgument,
                              QStringLiteral("The encryption method specified is not supported"));
        sse.kmsKeyId = field("x-amz-server-side-encryption-aws-kms-key-id");
        auto dataKey = newObjectEncryption(m_s, sse, m_ctx->route.bucket, m_meta);
        if (!dataKey)
            return std::unexpected(dataKey.error());
        auto writer = m_s.store().beginWrite();
        if (!writer)
            return std::unexpected(writer.error());
        m_writer = std::move(*writer);
        if (!dataKey->isEmpty())
            return m_writer->encryptWith(*dataKey);
        return {};
    }

    Core::Status checkPolicy(const QString &policyB64)
    {
        const auto decoded = QByteArray::fromBase64Encoding(policyB64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        QJsonParseError perr;
        const QJsonDocument doc = decoded ? QJsonDocument::fromJson(decoded.decoded, &perr) : QJsonDocument();
        if (!decoded || !doc.isObject())
            return Core::fail(Core::ErrorCode::InvalidPolicyDocument,
                              QStringLiteral("Invalid Policy: Invalid JSON."));
        const QJsonObject policy = doc.object();
        const QDateTime expiration = QDateTime::fromString(policy.value(QLatin1StringView("expiration")).toString(),
                                                           Qt::ISODateWithMs);
        if (!expiration.isValid())
            return Core::fail(Core::ErrorCode::InvalidPolicyDocument,
                              QStringLiteral("Invalid Policy: Invalid 'expiration' value."));
        if (expiration < m_ctx->now)
            return std::unexpected(policyError(QStringLiteral("Policy expired.")));
        if (!policy.value(QLatin1StringView("conditions")).isArray())
            return Core::fail(Core::ErrorCode::InvalidPolicyDocument,
                              QStringLiteral("Invalid Policy: Policy missing 'conditions'."));

        // The values the conditions see: the form fields, the bucket, and the final key.
        auto valueOf = [this](const QString &name) -> std::optional<QString> {
            if (name == QLatin1StringView("bucket"))
                return m_ctx->route.bucket;
            if (name == QLatin1StringView("key"))
                return QString::fromUtf8(m_key);
            for (const auto &[n, v] : m_fields) {
                if (n == name)
                    return v;
            }
            return std::nullopt;
        };
        QSet<QString> covered;
        auto failed = [](const QString &op, const QString &name, const QString &value) {
            return std::unexpected(policyError(QStringLiteral("Policy Condition failed: [\"%1\", \"$%2\", \"%3\"]")
                                                   .arg(op, name, value)));
        };
        for (const QJsonValue &c : policy.value(QLatin1StringView("conditions")).toArray()) {
            if (c.isObject()) {
                const QJsonObject o = c.toObject();
                for (auto it = o.begin(); it != o.end(); ++it) {
                    const QString name = it.key().toLower();
                    covered.insert(name);
                    if (valueOf(name).value_or(QString()) != it.value().toString())
                        return failed(QStringLiteral("eq"), name, it.value().toString());
                }
                continue;
            }
            const QJsonArray a = c.toArray();
            const QString op = a.at(0).toString().toLower();
            if (op == QLatin1StringView("content-length-range") && a.size() == 3) {
                m_lengthRange = std::pair<qint64, qint64> {qint64(a.at(1).toDouble()), qint64(a.at(2).toDouble())};
                continue;
            }
            if (a.size() != 3 || !a.at(1).toString().startsWith(u'$'))
                return Core::fail(Core::ErrorCode::InvalidPolicyDocument,
                                  QStringLiteral("Invalid Policy: Invalid Condition."));
            const QString name = a.at(1).toString().mid(1).toLower();
            const QString want = a.at(2).toString();
            covered.insert(name);
            const QString have = valueOf(name).value_or(QString());
            if (op == QLatin1StringView("eq")) {
                if (have != want)
                    return failed(op, name, want);
            } else if (op == QLatin1StringView("starts-with")) {
                bool ok = true;
                if (name == QLatin1StringView("content-type")) {
                    for (const QString &part : have.split(u','))
                        ok = ok && part.trimmed().startsWith(want);
                } else {
                    ok = have.startsWith(want);
                }
                if (!ok)
                    return failed(op, name, want);
            } else {
                return Core::fail(Core::ErrorCode::InvalidPolicyDocument,
                                  QStringLiteral("Invalid Policy: Invalid Condition operator '%1'.").arg(op));
            }
        }
        // Every field must be covered by a condition (but these).
        QStringList extra;
        for (const auto &[n, v] : m_fields) {
            Q_UNUSED(v);
            if (n == QLatin1StringView("policy") || n == QLatin1StringView("x-amz-signature")
                || n == QLatin1StringView("file") || n.startsWith(QLatin1StringView("x-ignore-"))
                || covered.contains(n))
                continue;
            extra.append(n);
        }
        if (!extra.isEmpty())
            return std::unexpected(policyError(QStringLiteral("Extra input fields: %1").arg(extra.join(u", "))));
        return {};
    }

    S3Service &m_s;
    std::shared_ptr<RequestContext> m_ctx;
    QByteArray m_delimiter;
    QByteArray m_buf;
    State m_state = State::Preamble;
    QString m_partName;
    QString m_partFilename;
    QString m_partContentType;
    QList<std::pair<QString, QString>> m_fields; // lower-case names, in form order
    qsizetype m_fieldBytes = 0;
    std::unique_ptr<Store::ObjectWriter> m_writer;
    bool m_fileDone = false;
    QByteArray m_key;
    Store::ObjectMeta m_meta;
    std::optional<std::pair<qint64, qint64>> m_lengthRange;
    std::optional<Core::Error> m_error;
};

} // namespace

bool isPostObject(const RequestContext &ctx)
{
    const std::string *type = ctx.header("content-type");
    return type && QByteArray::fromStdString(*type).trimmed().toLower().startsWith("multipart/form-data");
}

namespace Ops {

Dispatch postObject(S3Service &s, std::shared_ptr<RequestContext> ctx)
{
    const QByteArray type = ctx->headerBytes("content-type");
    const QByteArray boundary = headerParam(type, "boundary");
    if (boundary.isEmpty() || boundary.size() > 200)
        return answer(s.error(*ctx, s3Error(Core::ErrorCode::InvalidArgument,
                                            QStringLiteral("Malformed multipart/form-data: no boundary"))));
    if (auto b = s.store().bucketInfo(ctx->route.bucket); !b)
        return answer(s.error(*ctx, b.error()));
    return Dispatch {HttpResponse {}, std::make_unique<PostObjectSink>(s, ctx, boundary)};
}

} // namespace Ops

} // namespace Server
