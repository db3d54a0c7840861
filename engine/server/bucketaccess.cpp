// Object Ownership, Block Public Access and ACLs in the request path: the cached access
// settings of a bucket, the ACL step of the decision and the checks on ACLs sent with writes.

#include <mutex>
#include <shared_mutex>

#include "engine/policy/acl.h"
#include "engine/s3/xml/accessdocuments.h"
#include "engine/server/access.h"
#include "engine/server/acl_p.h"
#include "engine/server/s3service.h"
#include "engine/server/s3service_p.h"
#include "engine/store/store.h"

namespace Server {

namespace {

constexpr std::pair<const char *, Policy::AclPermission> kGrantHeaders[] = {
    {"x-amz-grant-read", Policy::AclPermission::Read},
    {"x-amz-grant-write", Policy::AclPermission::Write},
    {"x-amz-grant-read-acp", Policy::AclPermission::ReadAcp},
    {"x-amz-grant-write-acp", Policy::AclPermission::WriteAcp},
    {"x-amz-grant-full-control", Policy::AclPermission::FullControl},
};

// The ACL a request sends in headers: nullopt when it sends none.
struct HeaderAcl
{
    QString canned; // empty when grants were sent
    S3::AccessControlPolicy acl;
};

// Builds the ACL of x-amz-acl or x-amz-grant-* for a resource owned by ownerId, resolves its
// grantees and checks it against the bucket's settings (see objectAclFromRequest()).
Core::Result<std::optional<HeaderAcl>> headerAcl(const S3Service &service, const RequestContext &ctx,
                                                 const QString &ownerId, const QString &bucketOwnerId)
{
    QList<std::pair<Policy::AclPermission, QString>> grants;
    for (const auto &[name, permission] : kGrantHeaders) {
        if (const std::string *v = ctx.header(name))
            grants.append({permission, QString::fromStdString(*v)});
    }
    const std::string *canned = ctx.header("x-amz-acl");
    if (!canned && grants.isEmpty())
        return std::nullopt;
    if (canned && !grants.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidRequest,
                          QStringLiteral("Specifying both Canned ACLs and Header Grants is not allowed"));
    HeaderAcl out;
    const S3::Owner owner = ownerOf(service, ownerId);
    if (canned) {
        out.canned = QString::fromStdString(*canned).trimmed();
        auto acl = Policy::cannedAcl(out.canned, owner, ownerOf(service, bucketOwnerId));
        if (!acl)
            return std::unexpected(acl.error());
        out.acl = std::move(*acl);
        return out;
    }
    auto acl = Policy::aclFromGrantHeaders(grants, owner);
    if (!acl)
        return std::unexpected(acl.error());
    out.acl = std::move(*acl);
    return out;
}

Core::Status resolve(const S3Service &service, S3::AccessControlPolicy &acl)
{
    return Policy::resolveGrantees(
        acl, [&service](const QString &id) { return service.users().findByCanonicalId(id) != nullptr; },
        [&service](const QString &id) { return ownerDisplayName(service, id); });
}

// What S3 allows of a new ACL on a bucket with these settings: with ACLs disabled only the
// bucket owner's full control (refused otherwise with `disabledCode`), with BlockPublicAcls no
// public grant.
Core::Status checkNewAcl(const BucketAccess &access, const S3::AccessControlPolicy &acl, Core::ErrorCode disabledCode)
{
    if (!access.aclsEnabled() && !Policy::grantsOnlyOwnerFullControl(acl, access.ownerId))
        return Core::fail(disabledCode);
    if (access.block().blockPublicAcls && Policy::isPublicAcl(acl))
        return Core::fail(Core::ErrorCode::AccessDenied,
                          QStringLiteral("Access Denied (Block Public Access BlockPublicAcls refuses a public ACL)"));
    return {};
}

Core::Result<QString> objectAcl(const S3Service &service, const QString &bucket, std::optional<HeaderAcl> header,
                                const BucketAccess &access)
{
    if (!header)
        return QStringLiteral("private");
    // With ACLs disabled S3 makes the bucket owner own the object: judge the ACL as if so.
    S3::AccessControlPolicy judged = header->acl;
    if (!access.aclsEnabled() && !header->canned.isEmpty()) {
        auto asOwner = Policy::cannedAcl(header->canned, ownerOf(service, access.ownerId), ownerOf(service, access.ownerId));
        if (asOwner)
            judged = std::move(*asOwner);
    }
    if (auto st = checkNewAcl(access, judged, Core::ErrorCode::AccessControlListNotSupported); !st)
        return std::unexpected(st.error());
    if (!header->canned.isEmpty())
        return header->canned;
    if (auto st = resolve(service, header->acl); !st)
        return std::unexpected(st.error());
    Q_UNUSED(bucket);
    return QString::fromUtf8(header->acl.toXml());
}

} // namespace

S3::Owner ownerOf(const S3Service &service, const QString &canonicalId)
{
    return S3::Owner {canonicalId, ownerDisplayName(service, canonicalId)};
}

S3::AccessControlPolicy expandObjectAcl(const S3Service &service, const QString &stored, const QString &ownerId,
                                        const QString &bucketOwnerId)
{
    const QString owner = ownerId.isEmpty() ? bucketOwnerId : ownerId;
    if (stored.startsWith(u'<')) {
        auto acl = S3::AccessControlPolicy::fromXml(stored.toUtf8());
        if (acl) {
            acl->owner = ownerOf(service, owner);
            return *acl;
        }
    }
    // Empty, or a canned name (values stored before ACLs were checked may be anything: private).
    auto acl = Policy::cannedAcl(Policy::isCannedAcl(stored) ? QStringView(stored) : QStringView(u"private"),
                                 ownerOf(service, owner), ownerOf(service, bucketOwnerId));
    return acl ? *acl : S3::AccessControlPolicy {};
}

Core::Result<BucketAccessPtr> AccessControl::bucketAccess(const QString &bucket) const
{
    {
        std::shared_lock lock(m_mutex);
        if (const auto it = m_bucketAccess.constFind(bucket); it != m_bucketAccess.cend())
            return *it;
    }
    std::unique_lock lock(m_mutex);
    if (const auto it = m_bucketAccess.constFind(bucket); it != m_bucketAccess.cend())
        return *it;
    auto info = m_store.bucketInfo(bucket);
    if (!info)
        return std::unexpected(info.error());
    auto a = std::make_shared<BucketAccess>();
    a->ownerId = info->ownerId;
    a->objectOwnership = info->objectOwnership;
    auto block = m_store.bucketConfig(bucket, Store::BucketConfigKind::PublicAccessBlock);
    if (!block)
        return std::unexpected(block.error());
    if (block->has_value()) {
        if (auto conf = S3::PublicAccessBlockConfiguration::fromXml(**block))
            a->publicAccessBlock = *conf;
    }
    auto acl = m_store.bucketConfig(bucket, Store::BucketConfigKind::Acl);
    if (!acl)
        return std::unexpected(acl.error());
    std::optional<S3::AccessControlPolicy> stored;
    if (acl->has_value()) {
        if (auto doc = S3::AccessControlPolicy::fromXml(**acl))
            stored = *doc;
    }
    if (stored) {
        a->acl = *stored;
    } else {
        a->acl.owner.id = info->ownerId;
        S3::Grant g;
        g.grantee.id = info->ownerId;
        g.permission = QStringLiteral("FULL_CONTROL");
        a->acl.grants.append(g);
    }
    m_bucketAccess.insert(bucket, a);
    return BucketAccessPtr(a);
}

Policy::Decision applyAccessFacts(Caller caller, const Policy::RequestContext &ctx, Policy::Decision decision,
                                  const BucketAccessFacts &facts, QStringList *notes, bool *decidedByAcl)
{
    if (caller == Caller::Root || decision == Policy::Decision::ExplicitDeny)
        return decision;
    if (caller == Caller::Anonymous && facts.restrictPublicBuckets && facts.bucketPolicyIsPublic) {
        if (notes)
            notes->append(QStringLiteral("Block Public Access: RestrictPublicBuckets is on and the bucket policy is "
                                         "public: only principals of the account and AWS services have access"));
        return Policy::Decision::ImplicitDeny;
    }
    if (decision == Policy::Decision::Allow)
        return decision;
    const Policy::AclOutcome acl = Policy::evaluateAcl(ctx.principal, ctx.action, facts.acl);
    if (notes)
        notes->append(acl.detail);
    if (!acl.granted())
        return decision;
    if (decidedByAcl)
        *decidedByAcl = true;
    return Policy::Decision::Allow;
}

Policy::Decision decideWithBucketAccess(const S3Service &service, Caller caller, const Policy::RequestContext &pc,
                                        const std::vector<const Policy::Document *> &identityDocs,
                                        const CachedPolicy *policy, const QString &bucket, const QByteArray &objectKey,
                                        const QString &versionId)
{
    const Policy::Decision d = decideAccess(caller, pc, identityDocs, policy ? &policy->document : nullptr);
    if (caller == Caller::Root || d == Policy::Decision::ExplicitDeny || bucket.isEmpty())
        return d;
    // Only what can change the decision is looked up: RestrictPublicBuckets for anonymous
    // callers allowed by a public policy, ACLs for implicit denies.
    const bool restrictCheck = d == Policy::Decision::Allow && caller == Caller::Anonymous && policy && policy->isPublic;
    const std::optional<Policy::AclTarget> target = Policy::aclTargetFor(pc.action);
    if (!restrictCheck && (d == Policy::Decision::Allow || !target))
        return d;
    auto access = service.access().bucketAccess(bucket);
    if (!access)
        return d; // a missing bucket: the operation answers NoSuchBucket
    const BucketAccess &a = **access;
    BucketAccessFacts facts;
    facts.restrictPublicBuckets = a.block().restrictPublicBuckets;
    facts.bucketPolicyIsPublic = policy && policy->isPublic;
    facts.acl.aclsEnabled = a.aclsEnabled();
    facts.acl.ignorePublicAcls = a.block().ignorePublicAcls;
    if (d != Policy::Decision::Allow && target && a.aclsEnabled()) {
        if (!target->objectAcl) {
            facts.acl.acl = a.acl;
        } else if (!objectKey.isEmpty()) {
            auto info = service.store().headObject(bucket, objectKey, versionId);
            if (info)
                facts.acl.acl = expandObjectAcl(service, info->meta.acl, info->meta.ownerId, a.ownerId);
        }
    }
    return applyAccessFacts(caller, pc, d, facts);
}

QString objectOwnerFor(const S3Service &service, const QString &bucket, const QString &writerId,
                       const QString &cannedAcl)
{
    auto access = service.access().bucketAccess(bucket);
    if (!access)
        return writerId; // a missing bucket: the operation answers NoSuchBucket
    const QString &ownership = (*access)->objectOwnership;
    if (ownership == QLatin1StringView("BucketOwnerEnforced")
        || (ownership == QLatin1StringView("BucketOwnerPreferred")
            && cannedAcl == QLatin1StringView("bucket-owner-full-control")))
        return (*access)->ownerId;
    return writerId;
}

Core::Result<QString> objectAclFromRequest(const S3Service &service, const RequestContext &ctx, const QString &ownerId)
{
    auto access = service.access().bucketAccess(ctx.route.bucket);
    if (!access) {
        if (access.error().code == Core::ErrorCode::NoSuchBucket)
            return QStringLiteral("private"); // the operation answers NoSuchBucket
        return std::unexpected(access.error());
    }
    auto header = headerAcl(service, ctx, ownerId, (*access)->ownerId);
    if (!header)
        return std::unexpected(header.error());
    return objectAcl(service, ctx.route.bucket, std::move(*header), **access);
}

Core::Result<QString> objectAclFromCanned(const S3Service &service, const QString &bucket, const QString &canned,
                                          const QString &ownerId)
{
    auto access = service.access().bucketAccess(bucket);
    if (!access)
        return std::unexpected(access.error());
    if (canned.isEmpty())
        return QStringLiteral("private");
    HeaderAcl h;
    h.canned = canned.trimmed();
    auto acl = Policy::cannedAcl(h.canned, ownerOf(service, ownerId), ownerOf(service, (*access)->ownerId));
    if (!acl)
        return std::unexpected(acl.error());
    h.acl = std::move(*acl);
    return objectAcl(service, bucket, std::move(h), **access);
}

Core::Result<S3::AccessControlPolicy> aclForPut(const S3Service &service, const RequestContext &ctx,
                                                const QByteArray &body, const QString &ownerId,
                                                const BucketAccess &access)
{
    auto header = headerAcl(service, ctx, ownerId, access.ownerId);
    if (!header)
        return std::unexpected(header.error());
    const bool hasBody = !body.trimmed().isEmpty();
    if (hasBody && *header)
        return Core::fail(Core::ErrorCode::UnexpectedContent, QStringLiteral("This request does not support content"));
    if (!hasBody && !*header)
        return Core::fail(Core::ErrorCode::MissingSecurityHeader,
                          QStringLiteral("Your request was missing a required header"));
    S3::AccessControlPolicy acl;
    if (hasBody) {
        auto doc = S3::AccessControlPolicy::fromXml(body);
        if (!doc)
            return std::unexpected(doc.error());
        acl = std::move(*doc);
    } else {
        acl = (*header)->acl;
    }
    acl.owner = ownerOf(service, ownerId);
    if (auto st = resolve(service, acl); !st)
        return std::unexpected(st.error());
    S3::AccessControlPolicy judged = acl;
    if (!access.aclsEnabled() && *header && !(*header)->canned.isEmpty()) {
        if (auto asOwner = Policy::cannedAcl((*header)->canned, ownerOf(service, access.ownerId),
                                             ownerOf(service, access.ownerId)))
            judged = std::move(*asOwner);
    }
    if (auto st = checkNewAcl(access, judged, Core::ErrorCode::AccessControlListNotSupported); !st)
        return std::unexpected(st.error());
    return acl;
}

Core::Result<std::optional<QByteArray>> bucketAclForCreate(const S3Service &service, const RequestContext &ctx)
{
    const QString ownership = ctx.headerString("x-amz-object-ownership");
    if (!ownership.isEmpty() && !S3::OwnershipControls::isObjectOwnership(ownership))
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("Invalid x-amz-object-ownership header: %1").arg(ownership.left(64)));
    const QString ownerId = service.rootUser().canonicalId;
    auto header = headerAcl(service, ctx, ownerId, ownerId);
    if (!header)
        return std::unexpected(header.error());
    if (!*header)
        return std::nullopt;
    BucketAccess access;
    access.ownerId = ownerId;
    access.objectOwnership = ownership.isEmpty() ? QStringLiteral("BucketOwnerEnforced") : ownership;
    // A new bucket has no public access block yet.
    if (auto st = checkNewAcl(access, (*header)->acl, Core::ErrorCode::InvalidBucketAclWithObjectOwnership); !st)
        return std::unexpected(st.error());
    if (auto st = resolve(service, (*header)->acl); !st)
        return std::unexpected(st.error());
    return (*header)->acl.toXml();
}

Core::Status checkPolicyAllowed(const S3Service &service, const QString &bucket, bool policyIsPublic)
{
    if (!policyIsPublic)
        return {};
    auto access = service.access().bucketAccess(bucket);
    if (!access)
        return std::unexpected(access.error());
    if ((*access)->block().blockPublicPolicy)
        return Core::fail(Core::ErrorCode::AccessDenied,
                          QStringLiteral("Access Denied (Block Public Access BlockPublicPolicy refuses a public "
                                         "bucket policy)"));
    return {};
}

bool isBucketPublic(const S3Service &service, const QString &bucket, bool policyIsPublic)
{
    if (!policyIsPublic)
        return false;
    auto access = service.access().bucketAccess(bucket);
    return !access || !(*access)->block().restrictPublicBuckets;
}

} // namespace Server
