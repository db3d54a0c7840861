#pragma once

// Access control of the S3 endpoint: which identity is asking (root, sandbox user, anonymous),
// the parsed bucket policies (cached), the users' identity policies (persisted) and the policy
// request context built from an HTTP request.

#include <map>
#include <mutex>
#include <memory>
#include <shared_mutex>
#include <vector>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include "engine/core/error.h"
#include "engine/policy/document.h"
#include "engine/policy/acl.h"
#include "engine/policy/evaluator.h"
#include "engine/s3/xml/accessdocuments.h"
#include "engine/s3/xml/configdocuments.h"
#include "engine/server/users.h"

namespace Store {
class Store;
}

namespace Server {

struct RequestContext;

// The sandbox is one AWS account; its root user is the first user of the table.
inline constexpr char kSandboxAccount[] = "000000000000";

// A parsed policy plus what the request path needs to know about it without walking it again.
struct CachedPolicy
{
    Policy::Document document;
    QByteArray text; // as stored
    bool needsExistingObjectTags = false; // some condition reads s3:ExistingObjectTag/<k>
    bool isPublic = false; // as GetBucketPolicyStatus computes it
};
using PolicyPtr = std::shared_ptr<const CachedPolicy>;

// Who is asking, as the evaluation cares.
enum class Caller
{
    Root, // the sandbox owner: implicitly allowed unless a bucket policy denies explicitly
    User, // a sandbox (IAM) user: needs an Allow from its identity policies or the bucket policy
    Anonymous, // no signature: needs a bucket policy Allow for Principal "*"
};

// What Object Ownership, Block Public Access and ACLs add to a decision (engine/server/
// bucketaccess.cpp fills it for a request; `pailctl policy simulate` from the endpoint's
// documents). Absent facts change nothing.
struct BucketAccessFacts
{
    bool restrictPublicBuckets = false; // Block Public Access RestrictPublicBuckets
    bool bucketPolicyIsPublic = false; // isPublicPolicy() of the bucket policy
    Policy::AclInput acl; // ACLs enabled?, IgnorePublicAcls, the ACL of the action's resource
};

// The access settings of one bucket, cached by AccessControl: the owner, Object Ownership
// ("BucketOwnerEnforced", "BucketOwnerPreferred", "ObjectWriter"; empty: no ownership
// controls, which S3 treats as ObjectWriter), the public access block (if any) and the bucket
// ACL (private when none was stored).
struct BucketAccess
{
    QString ownerId;
    QString objectOwnership;
    std::optional<S3::PublicAccessBlockConfiguration> publicAccessBlock;
    S3::AccessControlPolicy acl;

    bool aclsEnabled() const { return objectOwnership != QLatin1StringView("BucketOwnerEnforced"); }
    S3::PublicAccessBlockConfiguration block() const { return publicAccessBlock.value_or(S3::PublicAccessBlockConfiguration {}); }
};
using BucketAccessPtr = std::shared_ptr<const BucketAccess>;

// AWS's single-account decision for one action on one resource. Root: allowed unless the
// bucket policy denies explicitly (identity policies do not apply to root). User: explicit
// deny wins, then an Allow from its identity policies or the bucket policy, else implicit deny.
// Anonymous: like User without identity policies. Pure function.
Policy::Decision decideAccess(Caller caller, const Policy::RequestContext &ctx,
                              const std::vector<const Policy::Document *> &identityPolicies,
                              const Policy::Document *bucketPolicy);
// Then what Block Public Access and ACLs change, as AWS applies them for one account: an
// anonymous caller gets nothing from a public bucket policy (nor an ACL) when
// RestrictPublicBuckets is on; an implicit deny of a user or anonymous caller becomes Allow
// when an ACL grant allows the action (ACLs enabled, public grants not ignored). Explicit
// denies and root stay as they are. notes (may be null) receives English lines saying what
// decided or was ignored; decidedByAcl (may be null) is set when a grant turned the decision.
Policy::Decision applyAccessFacts(Caller caller, const Policy::RequestContext &ctx, Policy::Decision decision,
                                  const BucketAccessFacts &facts, QStringList *notes = nullptr,
                                  bool *decidedByAcl = nullptr);
// The same with the trace of every statement (for `pailctl policy simulate`); with facts, the
// ACL and Block Public Access step too (Explanation::accessNotes, decidedByAcl).
Policy::Explanation explainAccess(Caller caller, const Policy::RequestContext &ctx,
                                  const std::vector<const Policy::Document *> &identityPolicies,
                                  const Policy::Document *bucketPolicy, const BucketAccessFacts *facts = nullptr);

// Whether a bucket policy makes the bucket public, as AWS's policy status decides: some
// Allow statement grants a wildcard principal (Principal "*", {"AWS": "*"}, or NotPrincipal)
// without a condition pinning a fixed value of aws:SourceIp (other than 0.0.0.0/0 or ::/0),
// aws:SourceArn, aws:SourceVpc, aws:SourceVpce, aws:SourceAccount, aws:SourceOwner,
// aws:PrincipalAccount, aws:PrincipalArn, aws:PrincipalOrgID, aws:userid,
// s3:DataAccessPointArn or s3:DataAccessPointAccount.
bool isPublicPolicy(const Policy::Document &doc);

// The policy principal of a user (root when isRoot) or of an anonymous request (null user).
Policy::RequestPrincipal principalFor(const User *user, bool isRoot);

// The request-context keys of one HTTP request (everything but s3:ExistingObjectTag/<k>,
// which the caller adds when a policy needs it): aws:SourceIp, aws:SecureTransport,
// aws:CurrentTime, aws:EpochTime, aws:Referer, aws:UserAgent, s3:prefix, s3:delimiter,
// s3:max-keys, s3:x-amz-acl, s3:x-amz-server-side-encryption, s3:x-amz-storage-class,
// s3:RequestObjectTag/<k>, s3:RequestObjectTagKeys, s3:VersionId, s3:signatureversion,
// s3:authType. aws:username, aws:userid and aws:PrincipalArn come from the principal.
void fillRequestKeys(Policy::RequestContext &pc, const RequestContext &ctx);

// Bucket policies parsed once and cached by bucket (absent policies too), and the identity
// policies of the sandbox users, persisted as JSON in <data-dir>/identity-policies.json (mode
// 0600). Thread-safe: the I/O threads read concurrently under a shared lock; changes take it
// exclusively. Owned by the S3Service; the store must outlive it.
class AccessControl
{
public:
    explicit AccessControl(Store::Store &store);

    // Reads the identity policies file (a missing file is no policies). IoError / ParseError.
    Core::Status load();

    // The bucket's parsed policy, or null when it has none. NoSuchBucket; errors from the store.
    Core::Result<PolicyPtr> bucketPolicy(const QString &bucket) const;
    // Validates (MalformedPolicy with the first diagnostic), applies BlockPublicPolicy by the
    // caller, stores and caches. Returns the parsed policy.
    Core::Result<PolicyPtr> parseBucketPolicy(const QString &bucket, const QByteArray &json) const;
    Core::Status putBucketPolicy(const QString &bucket, const PolicyPtr &policy);
    Core::Status deleteBucketPolicy(const QString &bucket);
    // Forget what is cached for a bucket (deleted or recreated, or its access settings changed).
    void invalidate(const QString &bucket);
    // Ownership, public access block and bucket ACL of a bucket, cached (bucketaccess.cpp).
    // NoSuchBucket; errors from the store.
    Core::Result<BucketAccessPtr> bucketAccess(const QString &bucket) const;

    // Identity policies of a user, by policy name.
    std::vector<PolicyPtr> identityPolicies(const QString &userName) const;
    std::map<QString, QByteArray> identityPolicyTexts(const QString &userName) const;
    // MalformedPolicy for an invalid document; IoError when the file cannot be written.
    Core::Status putIdentityPolicy(const QString &userName, const QString &policyName, const QByteArray &json);
    // NoSuchEntity-like: InvalidArgument when the user has no such policy.
    Core::Status deleteIdentityPolicy(const QString &userName, const QString &policyName);
    Core::Status removeUser(const QString &userName);

    // Users added through the admin API, persisted in <data-dir>/users.json (mode 0600).
    Core::Result<QList<User>> loadRuntimeUsers() const;
    Core::Status saveRuntimeUsers(const QList<User> &users);

    static PolicyPtr makeCached(Policy::Document doc, QByteArray text);

private:
    Core::Status saveLocked() const;

    Store::Store &m_store;
    QString m_file;
    mutable std::shared_mutex m_mutex;
    std::mutex m_usersFileMutex;
    mutable QHash<QString, PolicyPtr> m_bucketPolicies; // null value: known to have none
    mutable QHash<QString, BucketAccessPtr> m_bucketAccess;
    std::map<QString, std::map<QString, PolicyPtr>> m_identity; // user -> policy name -> policy
};

} // namespace Server
