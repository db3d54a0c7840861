#include "engine/server/access.h"

#include <mutex>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "engine/policy/publicaccess.h"
#include "engine/policy/s3actions.h"
#include "engine/s3/uri.h"
#include "engine/server/acl_p.h"
#include "engine/server/s3service_p.h"
#include "engine/server/users.h"
#include "engine/store/store.h"

namespace Server {

namespace {

constexpr char kIdentityFile[] = "identity-policies.json";

Policy::ParseOptions bucketOptions(const QString &bucket)
{
    Policy::ParseOptions o;
    o.kind = Policy::PolicyKind::Bucket;
    o.bucket = bucket;
    return o;
}

// Parses and validates; MalformedPolicy naming the position, statement and field of the first
// problem ("line 4, column 7: Statement 2 (Sid "x"), Action: Policy has invalid action").
Core::Result<Policy::Document> parsePolicy(const QByteArray &json, const Policy::ParseOptions &options)
{
    Policy::ParseResult r = Policy::parseDocument(json, options);
    if (!r.ok()) {
        if (r.diagnostics.empty())
            return Core::fail(Core::ErrorCode::MalformedPolicy, QStringLiteral("Invalid policy"));
        return Core::fail(Core::ErrorCode::MalformedPolicy, r.diagnostics.front().toString());
    }
    return std::move(*r.document);
}

Policy::ParseOptions identityOptions()
{
    Policy::ParseOptions o;
    o.kind = Policy::PolicyKind::Identity;
    o.maxBytes = 6 * 1024;
    return o;
}

} // namespace

Policy::Decision decideAccess(Caller caller, const Policy::RequestContext &ctx,
                              const std::vector<const Policy::Document *> &identityPolicies,
                              const Policy::Document *bucketPolicy)
{
    switch (caller) {
    case Caller::Root: {
        if (!bucketPolicy)
            return Policy::Decision::Allow;
        const Policy::Decision d = Policy::evaluate(ctx, {}, bucketPolicy);
        return d == Policy::Decision::ExplicitDeny ? d : Policy::Decision::Allow;
    }
    case Caller::User:
        return Policy::evaluate(ctx, identityPolicies, bucketPolicy);
    case Caller::Anonymous:
        return Policy::evaluate(ctx, {}, bucketPolicy);
    }
    return Policy::Decision::ImplicitDeny;
}

Policy::Explanation explainAccess(Caller caller, const Policy::RequestContext &ctx,
                                  const std::vector<const Policy::Document *> &identityPolicies,
                                  const Policy::Document *bucketPolicy, const BucketAccessFacts *facts)
{
    Policy::Explanation ex = Policy::explain(ctx, caller == Caller::User ? identityPolicies
                                                                           : std::vector<const Policy::Document *> {},
                                             bucketPolicy);
    if (caller == Caller::Root && ex.decision == Policy::Decision::ImplicitDeny)
        ex.decision = Policy::Decision::Allow; // the account root needs no Allow
    if (facts)
        ex.decision = applyAccessFacts(caller, ctx, ex.decision, *facts, &ex.accessNotes, &ex.decidedByAcl);
    return ex;
}

bool isPublicPolicy(const Policy::Document &doc)
{
    return !Policy::publicGrants(doc).empty();
}

Policy::RequestPrincipal principalFor(const User *user, bool isRoot)
{
    Policy::RequestPrincipal p;
    if (!user) {
        p.anonymous = true;
        return p;
    }
    p.account = QString::fromLatin1(kSandboxAccount);
    p.canonicalId = user->canonicalId;
    if (isRoot) {
        p.arn = QStringLiteral("arn:aws:iam::%1:root").arg(p.account);
        p.userId = p.account;
    } else {
        p.arn = QStringLiteral("arn:aws:iam::%1:user/%2").arg(p.account, user->name);
        p.userName = user->name;
        p.userId = QStringLiteral("AIDA") + user->canonicalId.left(17).toUpper();
    }
    return p;
}

void fillRequestKeys(Policy::RequestContext &pc, const RequestContext &ctx)
{
    const std::string &remote = ctx.http.remote;
    if (const auto colon = remote.rfind(':'); colon != std::string::npos && colon > 0) {
        std::string_view addr(remote.data(), colon);
        if (addr.starts_with('[') && addr.ends_with(']'))
            addr = addr.substr(1, addr.size() - 2);
        pc.setValue(QStringLiteral("aws:SourceIp"), QString::fromLatin1(addr.data(), qsizetype(addr.size())));
    }
    pc.setValue(QStringLiteral("aws:SecureTransport"), ctx.http.secure ? QStringLiteral("true") : QStringLiteral("false"));
    pc.setRequestTime(ctx.now);
    auto header = [&](std::string_view name, const QString &key) {
        if (const std::string *v = ctx.header(name))
            pc.setValue(key, QString::fromUtf8(v->data(), qsizetype(v->size())));
    };
    header("referer", QStringLiteral("aws:Referer"));
    header("user-agent", QStringLiteral("aws:UserAgent"));
    header("x-amz-acl", QStringLiteral("s3:x-amz-acl"));
    header("x-amz-server-side-encryption", QStringLiteral("s3:x-amz-server-side-encryption"));
    header("x-amz-storage-class", QStringLiteral("s3:x-amz-storage-class"));
    switch (ctx.route.op) {
    case Op::ListObjects:
    case Op::ListObjectsV2:
    case Op::ListObjectVersions:
    case Op::ListMultipartUploads:
        // AWS sets s3:prefix (empty when absent) so that StringEquals "" matches a bare list.
        pc.setValue(QStringLiteral("s3:prefix"), ctx.paramString("prefix"));
        if (const auto d = ctx.param("delimiter"))
            pc.setValue(QStringLiteral("s3:delimiter"), QString::fromUtf8(*d));
        if (const auto m = ctx.param("max-keys"))
            pc.setValue(QStringLiteral("s3:max-keys"), QString::fromUtf8(*m));
        break;
    default:
        break;
    }
    if (const std::string *tagging = ctx.header("x-amz-tagging")) {
        QStringList keys;
        for (const auto &[k, v] : S3::parseQuery(QByteArray::fromStdString(*tagging))) {
            const QString key = QString::fromUtf8(k);
            keys.append(key);
            pc.setValue(QStringLiteral("s3:RequestObjectTag/") + key, QString::fromUtf8(v));
        }
        pc.setValues(QStringLiteral("s3:RequestObjectTagKeys"), keys);
    }
    if (const auto v = ctx.param("versionId"))
        pc.setValue(QStringLiteral("s3:VersionId"), QString::fromUtf8(*v));
    switch (ctx.auth.kind) {
    case S3::AuthContext::Kind::HeaderV4:
        pc.setValue(QStringLiteral("s3:signatureversion"), QStringLiteral("AWS4-HMAC-SHA256"));
        pc.setValue(QStringLiteral("s3:authType"), QStringLiteral("REST-HEADER"));
        break;
    case S3::AuthContext::Kind::PresignedV4:
        pc.setValue(QStringLiteral("s3:signatureversion"), QStringLiteral("AWS4-HMAC-SHA256"));
        pc.setValue(QStringLiteral("s3:authType"), QStringLiteral("REST-QUERY-STRING"));
        break;
    case S3::AuthContext::Kind::Anonymous:
        break;
    }
}

namespace {

// x-amz-copy-source: "[/]bucket/key[?versionId=v]", URL-encoded. False when unparsable (the
// operation answers InvalidArgument itself).
bool copySource(const RequestContext &ctx, QString &bucket, QString &key, bool &hasVersion, QString *versionId = nullptr)
{
    QByteArray raw = ctx.headerBytes("x-amz-copy-source");
    if (const qsizetype q = raw.indexOf('?'); q >= 0) {
        const qsizetype v = raw.indexOf("versionId=", q);
        hasVersion = v > q;
        if (hasVersion && versionId) {
            const qsizetype end = raw.indexOf('&', v);
            const QByteArray value = raw.mid(v + 10, end < 0 ? -1 : end - v - 10);
            const auto decoded = S3::uriDecode(value);
            *versionId = decoded ? QString::fromUtf8(*decoded) : QString::fromUtf8(value);
        }
        raw.truncate(q);
    }
    const auto decoded = S3::uriDecode(raw);
    if (!decoded)
        return false;
    QByteArray path = *decoded;
    if (path.startsWith('/'))
        path.remove(0, 1);
    const qsizetype slash = path.indexOf('/');
    if (slash <= 0)
        return false;
    bucket = QString::fromUtf8(path.left(slash));
    key = QString::fromUtf8(path.mid(slash + 1));
    return true;
}

Caller callerOf(const S3Service &service, const RequestContext &ctx)
{
    if (!ctx.user)
        return Caller::Anonymous;
    return service.isRoot(*ctx.user) ? Caller::Root : Caller::User;
}

Core::Error accessDenied()
{
    return s3Error(Core::ErrorCode::AccessDenied);
}

// The object a CopyObject / UploadPartCopy reads.
struct CopySourceRef
{
    QString bucket;
    QString key;
    QString versionId;
};

// Evaluates the authorisations of one request. bucketPolicy is the policy of `bucket`. For a
// copy, the authorisation of the source object is decided with the source's own bucket policy,
// bucket settings and object ACL.
Core::Status evaluateAll(const S3Service &service, const RequestContext &ctx, Caller caller,
                         const std::vector<Policy::Authorization> &auths, const QString &bucket,
                         const QByteArray &objectKey, const QString &versionId,
                         const CopySourceRef *source = nullptr)
{
    const QString sourceArn = source ? Policy::S3Actions::objectArn(source->bucket, source->key) : QString();
    Policy::RequestContext pc;
    pc.principal = principalFor(ctx.user, caller == Caller::Root);
    fillRequestKeys(pc, ctx);
    std::vector<PolicyPtr> identity;
    if (caller == Caller::User)
        identity = service.access().identityPolicies(ctx.user->name);
    std::vector<const Policy::Document *> identityDocs;
    identityDocs.reserve(identity.size());
    bool needTags = false;
    for (const PolicyPtr &p : identity) {
        identityDocs.push_back(&p->document);
        needTags = needTags || p->needsExistingObjectTags;
    }
    const QString bucketPrefix = QStringLiteral("arn:aws:s3:::") + bucket + QLatin1Char('/');
    for (const Policy::Authorization &a : auths) {
        // The copy source lives in its own bucket, under its own policy.
        const bool inRequestBucket = a.resource == QStringLiteral("arn:aws:s3:::") + bucket
                                     || a.resource.startsWith(bucketPrefix) || bucket.isEmpty();
        QString resourceBucket = bucket;
        if (!inRequestBucket) {
            resourceBucket = a.resource.mid(13).section(u'/', 0, 0);
        }
        PolicyPtr policy;
        if (!resourceBucket.isEmpty()) {
            auto p = service.access().bucketPolicy(resourceBucket);
            if (!p && p.error().code != Core::ErrorCode::NoSuchBucket)
                return std::unexpected(s3Error(p.error()));
            if (p)
                policy = *p; // a missing bucket has no policy: the operation answers NoSuchBucket
        }
        if (caller == Caller::Root && !policy)
            continue;
        pc.action = a.action;
        pc.resource = a.resource;
        if ((needTags || (policy && policy->needsExistingObjectTags)) && a.resource.startsWith(bucketPrefix)
            && inRequestBucket) {
            auto tags = service.store().objectTags(bucket, objectKey, versionId);
            if (tags) {
                for (const Store::Tag &t : tags->second)
                    pc.setValue(QStringLiteral("s3:ExistingObjectTag/") + t.key, t.value);
            }
        }
        const bool isSource = source && a.resource == sourceArn;
        const QByteArray aclKey = isSource ? source->key.toUtf8() : (inRequestBucket ? objectKey : QByteArray());
        const Policy::Decision d = decideWithBucketAccess(service, caller, pc, identityDocs, policy.get(), resourceBucket,
                                                          aclKey, isSource ? source->versionId : versionId);
        if (d != Policy::Decision::Allow)
            return std::unexpected(accessDenied());
    }
    return {};
}

} // namespace

Core::Status authorizeRequest(const S3Service &service, const RequestContext &ctx)
{
    const Op op = ctx.route.op;
    const Caller caller = callerOf(service, ctx);
    const QString &bucket = ctx.route.bucket;
    if (caller == Caller::Root) {
        // The account root can always manage the bucket policy (AWS's lockout protection).
        if (op == Op::GetBucketPolicy || op == Op::PutBucketPolicy || op == Op::DeleteBucketPolicy)
            return {};
        // Fast path: no bucket policy, nothing can deny root.
        if (bucket.isEmpty())
            return {};
        if (op != Op::CopyObject && op != Op::UploadPartCopy) {
            auto p = service.access().bucketPolicy(bucket);
            if (!p) {
                // Answered before any body is read (no 100 Continue for a missing bucket).
                if (p.error().code == Core::ErrorCode::NoSuchBucket && op == Op::CreateBucket)
                    return {};
                return std::unexpected(s3Error(p.error()));
            }
            if (!*p)
                return {};
        }
    }
    if (op == Op::DeleteObjects)
        return {}; // checked per key
    Policy::OperationRequest req;
    req.operation = QString::fromLatin1(opName(op));
    req.bucket = bucket;
    req.key = QString::fromUtf8(ctx.route.key);
    req.hasVersionId = ctx.hasParam("versionId");
    CopySourceRef source;
    const bool isCopy = op == Op::CopyObject || op == Op::UploadPartCopy;
    if (isCopy) {
        if (!copySource(ctx, req.sourceBucket, req.sourceKey, req.sourceHasVersionId, &source.versionId))
            return caller == Caller::Root ? Core::Status {} : std::unexpected(accessDenied());
        source.bucket = req.sourceBucket;
        source.key = req.sourceKey;
    }
    const std::vector<Policy::Authorization> auths = Policy::S3Actions::authorizationsFor(req);
    if (auths.empty())
        return caller == Caller::Root ? Core::Status {} : std::unexpected(accessDenied());
    return evaluateAll(service, ctx, caller, auths, bucket, ctx.route.key, ctx.paramString("versionId"),
                       isCopy ? &source : nullptr);
}

Core::Status authorizeObjectAction(const S3Service &service, const RequestContext &ctx, const QString &action,
                                   const QByteArray &key, const QString &versionId)
{
    const Caller caller = callerOf(service, ctx);
    const std::vector<Policy::Authorization> auths {
        {action, Policy::S3Actions::objectArn(ctx.route.bucket, QString::fromUtf8(key))}};
    return evaluateAll(service, ctx, caller, auths, ctx.route.bucket, key, versionId);
}

AccessControl::AccessControl(Store::Store &store)
    : m_store {store}
    , m_file {QDir(store.dataDir()).filePath(QLatin1StringView(kIdentityFile))}
{
}

PolicyPtr AccessControl::makeCached(Policy::Document doc, QByteArray text)
{
    auto p = std::make_shared<CachedPolicy>();
    p->document = std::move(doc);
    p->text = std::move(text);
    p->isPublic = isPublicPolicy(p->document);
    for (const Policy::Statement &st : p->document.statements) {
        for (const Policy::ConditionEntry &c : st.conditions) {
            if (c.key.startsWith(u"s3:ExistingObjectTag/", Qt::CaseInsensitive))
                p->needsExistingObjectTags = true;
        }
    }
    return p;
}

Core::Status AccessControl::load()
{
    QFile f(m_file);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot read %1").arg(m_file));
    const QJsonDocument json = QJsonDocument::fromJson(f.readAll());
    if (!json.isObject())
        return Core::fail(Core::ErrorCode::ParseError, QStringLiteral("%1 is not a JSON object").arg(m_file));
    std::map<QString, std::map<QString, PolicyPtr>> loaded;
    const QJsonObject users = json.object().value(QStringLiteral("users")).toObject();
    for (auto u = users.begin(); u != users.end(); ++u) {
        const QJsonObject policies = u.value().toObject();
        for (auto p = policies.begin(); p != policies.end(); ++p) {
            const QByteArray text = p.value().toString().toUtf8();
            auto doc = parsePolicy(text, identityOptions());
            if (!doc)
                return Core::fail(Core::ErrorCode::ParseError, QStringLiteral("%1: policy %2 of %3: %4")
                                                                   .arg(m_file, p.key(), u.key(), doc.error().message));
            doc->name = p.key();
            loaded[u.key()][p.key()] = makeCached(std::move(*doc), text);
        }
    }
    std::unique_lock lock(m_mutex);
    m_identity = std::move(loaded);
    return {};
}

Core::Status AccessControl::saveLocked() const
{
    QJsonObject users;
    for (const auto &[user, policies] : m_identity) {
        QJsonObject o;
        for (const auto &[name, p] : policies)
            o.insert(name, QString::fromUtf8(p->text));
        users.insert(user, o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("users"), users);
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot write %1").arg(m_file));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(root).toJson());
    if (!f.commit())
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot write %1").arg(m_file));
    QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Core::Result<PolicyPtr> AccessControl::bucketPolicy(const QString &bucket) const
{
    {
        std::shared_lock lock(m_mutex);
        if (const auto it = m_bucketPolicies.constFind(bucket); it != m_bucketPolicies.cend())
            return *it;
    }
    // Read and parse outside the lock; hold it exclusively while storing so a concurrent
    // change (which invalidates under the same lock after writing the store) cannot be lost:
    // re-read under the lock.
    std::unique_lock lock(m_mutex);
    if (const auto it = m_bucketPolicies.constFind(bucket); it != m_bucketPolicies.cend())
        return *it;
    auto text = m_store.bucketConfig(bucket, Store::BucketConfigKind::Policy);
    if (!text) {
        // NoSuchBucket is not cached: hostile clients could fill the cache with names.
        return std::unexpected(text.error());
        return std::unexpected(text.error());
    }
    PolicyPtr p;
    if (text->has_value()) {
        auto doc = parsePolicy(**text, bucketOptions(bucket));
        if (doc) {
            doc->name.clear(); // explanations then say "bucket policy"
            p = makeCached(std::move(*doc), **text);
        }
    }
    m_bucketPolicies.insert(bucket, p);
    return p;
}

Core::Result<PolicyPtr> AccessControl::parseBucketPolicy(const QString &bucket, const QByteArray &json) const
{
    auto doc = parsePolicy(json, bucketOptions(bucket));
    if (!doc)
        return std::unexpected(doc.error());
    doc->name.clear(); // explanations then say "bucket policy"
    return makeCached(std::move(*doc), json);
}

Core::Status AccessControl::putBucketPolicy(const QString &bucket, const PolicyPtr &policy)
{
    std::unique_lock lock(m_mutex);
    if (auto st = m_store.putBucketConfig(bucket, Store::BucketConfigKind::Policy, policy->text); !st)
        return st;
    m_bucketPolicies.insert(bucket, policy);
    return {};
}

Core::Status AccessControl::deleteBucketPolicy(const QString &bucket)
{
    std::unique_lock lock(m_mutex);
    if (auto st = m_store.deleteBucketConfig(bucket, Store::BucketConfigKind::Policy); !st)
        return st;
    m_bucketPolicies.insert(bucket, nullptr);
    return {};
}

void AccessControl::invalidate(const QString &bucket)
{
    std::unique_lock lock(m_mutex);
    m_bucketPolicies.remove(bucket);
    m_bucketAccess.remove(bucket);
}

std::vector<PolicyPtr> AccessControl::identityPolicies(const QString &userName) const
{
    std::shared_lock lock(m_mutex);
    std::vector<PolicyPtr> out;
    if (const auto it = m_identity.find(userName); it != m_identity.end()) {
        for (const auto &[name, p] : it->second)
            out.push_back(p);
    }
    return out;
}

std::map<QString, QByteArray> AccessControl::identityPolicyTexts(const QString &userName) const
{
    std::shared_lock lock(m_mutex);
    std::map<QString, QByteArray> out;
    if (const auto it = m_identity.find(userName); it != m_identity.end()) {
        for (const auto &[name, p] : it->second)
            out[name] = p->text;
    }
    return out;
}

Core::Status AccessControl::putIdentityPolicy(const QString &userName, const QString &policyName, const QByteArray &json)
{
    auto doc = parsePolicy(json, identityOptions());
    if (!doc)
        return std::unexpected(doc.error());
    doc->name = policyName;
    PolicyPtr p = makeCached(std::move(*doc), json);
    std::unique_lock lock(m_mutex);
    auto &slot = m_identity[userName][policyName];
    PolicyPtr previous = slot;
    slot = p;
    if (auto st = saveLocked(); !st) {
        if (previous)
            slot = previous;
        else
            m_identity[userName].erase(policyName);
        return st;
    }
    return {};
}

Core::Status AccessControl::deleteIdentityPolicy(const QString &userName, const QString &policyName)
{
    std::unique_lock lock(m_mutex);
    const auto it = m_identity.find(userName);
    if (it == m_identity.end() || !it->second.contains(policyName))
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("user %1 has no policy named %2").arg(userName, policyName));
    it->second.erase(policyName);
    if (it->second.empty())
        m_identity.erase(it);
    return saveLocked();
}

namespace {

Core::Status writePrivateFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot write %1").arg(path));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(bytes);
    if (!f.commit())
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot write %1").arg(path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace

Core::Result<QList<User>> AccessControl::loadRuntimeUsers() const
{
    QFile f(QDir(m_store.dataDir()).filePath(QStringLiteral("users.json")));
    QList<User> out;
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot read %1").arg(f.fileName()));
    const QJsonArray users = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("users")).toArray();
    for (const QJsonValue &v : users) {
        const QJsonObject o = v.toObject();
        User u = User::make(o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("accessKeyId")).toString(),
                            o.value(QStringLiteral("secretAccessKey")).toString());
        u.runtime = true;
        out.append(u);
    }
    return out;
}

Core::Status AccessControl::saveRuntimeUsers(const QList<User> &users)
{
    std::lock_guard lock(m_usersFileMutex);
    QJsonArray list;
    for (const User &u : users) {
        if (!u.runtime)
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("name"), u.name);
        o.insert(QStringLiteral("accessKeyId"), u.accessKeyId);
        o.insert(QStringLiteral("secretAccessKey"), u.secretAccessKey);
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("users"), list);
    return writePrivateFile(QDir(m_store.dataDir()).filePath(QStringLiteral("users.json")), QJsonDocument(root).toJson());
}

Core::Status AccessControl::removeUser(const QString &userName)
{
    std::unique_lock lock(m_mutex);
    if (m_identity.erase(userName) == 0)
        return {};
    return saveLocked();
}

} // namespace Server
