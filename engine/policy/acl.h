#pragma once

// Access control lists as S3 evaluates them: canned ACLs, x-amz-grant-* headers, the checks
// PutBucketAcl/PutObjectAcl apply to a document, whether an ACL is public, and whether a
// grant of an ACL allows an action. Pure functions on value types; thread-safe.

#include <functional>
#include <optional>
#include <utility>

#include <QList>
#include <QString>
#include <QStringView>

#include "engine/core/error.h"
#include "engine/policy/evaluator.h"
#include "engine/s3/xml/configdocuments.h"

namespace Policy {

inline constexpr QLatin1StringView kAllUsersUri {"http://acs.amazonaws.com/groups/global/AllUsers"};
inline constexpr QLatin1StringView kAuthenticatedUsersUri {"http://acs.amazonaws.com/groups/global/AuthenticatedUsers"};
inline constexpr QLatin1StringView kLogDeliveryUri {"http://acs.amazonaws.com/groups/s3/LogDelivery"};

enum class AclPermission
{
    Read,
    Write,
    ReadAcp,
    WriteAcp,
    FullControl,
};

QString aclPermissionName(AclPermission p); // "READ", "WRITE", "READ_ACP", "WRITE_ACP", "FULL_CONTROL"

// True for the eight canned ACLs S3 knows (private, public-read, public-read-write,
// authenticated-read, aws-exec-read, bucket-owner-read, bucket-owner-full-control,
// log-delivery-write).
bool isCannedAcl(QStringView name);

// The grants of a canned ACL for a resource owned by owner in a bucket owned by bucketOwner
// (bucket-owner-read/-full-control add the bucket owner; on a bucket they are the owner's
// FULL_CONTROL only, as S3 treats them). InvalidArgument for an unknown name.
Core::Result<S3::AccessControlPolicy> cannedAcl(QStringView name, const S3::Owner &owner, const S3::Owner &bucketOwner);

// The ACL of x-amz-grant-read / -write / -read-acp / -write-acp / -full-control headers:
// comma-separated `id="..."`, `uri="..."` or `emailAddress="..."` grantees. The owner gets no
// implicit grant (S3 writes exactly what the headers say). InvalidArgument for a malformed
// value. headers: (permission, header value) pairs.
Core::Result<S3::AccessControlPolicy> aclFromGrantHeaders(const QList<std::pair<AclPermission, QString>> &headers,
                                                          const S3::Owner &owner);

// Checks the grantees of an ACL the way PutBucketAcl/PutObjectAcl do: an email grantee ->
// UnresolvableGrantByEmailAddress (the sandbox has no email identities), an unknown canonical
// user id or group URI -> InvalidArgument ("Invalid id" / "Invalid group uri"). knownUser says
// whether a canonical id belongs to a sandbox user. Also fills empty DisplayNames through
// displayName (may be null).
Core::Status resolveGrantees(S3::AccessControlPolicy &acl, const std::function<bool(const QString &)> &knownUser,
                             const std::function<QString(const QString &)> &displayName = {});

// Whether a grant or an ACL is public as Block Public Access sees it: a grant to AllUsers or
// AuthenticatedUsers.
bool isPublicGrant(const S3::Grant &grant);
bool isPublicAcl(const S3::AccessControlPolicy &acl);

// True when every grant gives FULL_CONTROL to ownerId (an ACL S3 accepts on a bucket whose
// ACLs are disabled: bucket-owner-full-control, or private written by the bucket owner).
bool grantsOnlyOwnerFullControl(const S3::AccessControlPolicy &acl, const QString &ownerId);

// Which ACL an action is checked against and what permission it needs: object ACL for
// s3:GetObject(Version) (READ), s3:GetObject(Version)Acl (READ_ACP), s3:PutObject(Version)Acl
// (WRITE_ACP); bucket ACL for s3:ListBucket, s3:ListBucketVersions,
// s3:ListBucketMultipartUploads (READ), s3:PutObject, s3:DeleteObject, s3:DeleteObjectVersion
// (WRITE), s3:GetBucketAcl (READ_ACP), s3:PutBucketAcl (WRITE_ACP). nullopt: ACLs cannot
// grant the action.
struct AclTarget
{
    bool objectAcl = false;
    AclPermission permission = AclPermission::Read;
};
std::optional<AclTarget> aclTargetFor(QStringView action);

// What the ACL step decided for one request.
struct AclOutcome
{
    enum class Result
    {
        NotApplicable, // the action cannot be granted by an ACL, or no ACL was given
        Disabled, // the bucket's Object Ownership is BucketOwnerEnforced: ACLs are ignored
        Granted, // grantIndex allows the action
        NoGrant, // no grant of the ACL matches the caller and permission
        PublicIgnored, // only public grants match, and IgnorePublicAcls is on
    };
    Result result = Result::NotApplicable;
    int grantIndex = -1;
    QString detail; // English, for explanations

    bool granted() const { return result == Result::Granted; }
};

// The ACL facts of one request: whether ACLs are enabled for the bucket, whether Block Public
// Access ignores public grants, and the ACL of the resource aclTargetFor() names (bucket or
// object); no acl: the resource has none to consult (missing object).
struct AclInput
{
    bool aclsEnabled = false;
    bool ignorePublicAcls = false;
    std::optional<S3::AccessControlPolicy> acl;
};

// Whether the ACL grants the principal the permission the action needs. A grant matches a
// CanonicalUser grantee with the principal's canonical id, AllUsers (anyone, anonymous too)
// or AuthenticatedUsers (any signed request); FULL_CONTROL implies every permission.
AclOutcome evaluateAcl(const RequestPrincipal &principal, QStringView action, const AclInput &input);

} // namespace Policy
