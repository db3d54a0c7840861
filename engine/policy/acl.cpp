#include "engine/policy/acl.h"

#include <algorithm>
#include <array>

namespace Policy {

namespace {

S3::Grant userGrant(const S3::Owner &who, AclPermission p)
{
    S3::Grant g;
    g.grantee.type = S3::Grantee::Type::CanonicalUser;
    g.grantee.id = who.id;
    g.grantee.displayName = who.displayName;
    g.permission = aclPermissionName(p);
    return g;
}

S3::Grant groupGrant(QLatin1StringView uri, AclPermission p)
{
    S3::Grant g;
    g.grantee.type = S3::Grantee::Type::Group;
    g.grantee.uri = uri;
    g.permission = aclPermissionName(p);
    return g;
}

bool permissionCovers(const QString &granted, AclPermission wanted)
{
    return granted == u"FULL_CONTROL" || granted == aclPermissionName(wanted);
}

} // namespace

QString aclPermissionName(AclPermission p)
{
    switch (p) {
    case AclPermission::Read: return QStringLiteral("READ");
    case AclPermission::Write: return QStringLiteral("WRITE");
    case AclPermission::ReadAcp: return QStringLiteral("READ_ACP");
    case AclPermission::WriteAcp: return QStringLiteral("WRITE_ACP");
    case AclPermission::FullControl: return QStringLiteral("FULL_CONTROL");
    }
    return {};
}

bool isCannedAcl(QStringView name)
{
    static constexpr std::array<QStringView, 8> kNames {
        u"private",
        u"public-read",
        u"public-read-write",
        u"authenticated-read",
        u"aws-exec-read",
        u"bucket-owner-read",
        u"bucket-owner-full-control",
        u"log-delivery-write",
    };
    return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

Core::Result<S3::AccessControlPolicy> cannedAcl(QStringView name, const S3::Owner &owner, const S3::Owner &bucketOwner)
{
    if (!isCannedAcl(name))
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("Unknown canned ACL: %1").arg(name));
    S3::AccessControlPolicy acl;
    acl.owner = owner;
    acl.grants.append(userGrant(owner, AclPermission::FullControl));
    const bool otherBucketOwner = !bucketOwner.id.isEmpty() && bucketOwner.id != owner.id;
    if (name == u"public-read" || name == u"public-read-write") {
        acl.grants.append(groupGrant(kAllUsersUri, AclPermission::Read));
        if (name == u"public-read-write")
            acl.grants.append(groupGrant(kAllUsersUri, AclPermission::Write));
    } else if (name == u"authenticated-read") {
        acl.grants.append(groupGrant(kAuthenticatedUsersUri, AclPermission::Read));
    } else if (name == u"bucket-owner-read" && otherBucketOwner) {
        acl.grants.append(userGrant(bucketOwner, AclPermission::Read));
    } else if (name == u"bucket-owner-full-control" && otherBucketOwner) {
        acl.grants.append(userGrant(bucketOwner, AclPermission::FullControl));
    } else if (name == u"log-delivery-write") {
        acl.grants.append(groupGrant(kLogDeliveryUri, AclPermission::Write));
        acl.grants.append(groupGrant(kLogDeliveryUri, AclPermission::ReadAcp));
    }
    // aws-exec-read grants READ to Amazon EC2, an identity the sandbox does not have.
    return acl;
}

Core::Result<S3::AccessControlPolicy> aclFromGrantHeaders(const QList<std::pair<AclPermission, QString>> &headers,
                                                          const S3::Owner &owner)
{
    S3::AccessControlPolicy acl;
    acl.owner = owner;
    for (const auto &[permission, value] : headers) {
        for (const QString &item : value.split(u',', Qt::SkipEmptyParts)) {
            const QString t = item.trimmed();
            const qsizetype eq = t.indexOf(u'=');
            if (eq <= 0)
                return Core::fail(Core::ErrorCode::InvalidArgument,
                                  QStringLiteral("Invalid grant header value: %1").arg(t.left(128)));
            const QString kind = t.left(eq).trimmed();
            QString v = t.mid(eq + 1).trimmed();
            if (v.size() >= 2 && v.startsWith(u'"') && v.endsWith(u'"'))
                v = v.mid(1, v.size() - 2);
            if (v.isEmpty())
                return Core::fail(Core::ErrorCode::InvalidArgument,
                                  QStringLiteral("Invalid grant header value: %1").arg(t.left(128)));
            S3::Grant g;
            g.permission = aclPermissionName(permission);
            if (kind.compare(u"id", Qt::CaseInsensitive) == 0) {
                g.grantee.type = S3::Grantee::Type::CanonicalUser;
                g.grantee.id = v;
            } else if (kind.compare(u"uri", Qt::CaseInsensitive) == 0) {
                g.grantee.type = S3::Grantee::Type::Group;
                g.grantee.uri = v;
            } else if (kind.compare(u"emailAddress", Qt::CaseInsensitive) == 0) {
                g.grantee.type = S3::Grantee::Type::AmazonCustomerByEmail;
                g.grantee.emailAddress = v;
            } else {
                return Core::fail(Core::ErrorCode::InvalidArgument,
                                  QStringLiteral("Invalid grantee type in grant header: %1").arg(kind.left(64)));
            }
            acl.grants.append(std::move(g));
        }
    }
    return acl;
}

Core::Status resolveGrantees(S3::AccessControlPolicy &acl, const std::function<bool(const QString &)> &knownUser,
                             const std::function<QString(const QString &)> &displayName)
{
    for (S3::Grant &g : acl.grants) {
        switch (g.grantee.type) {
        case S3::Grantee::Type::AmazonCustomerByEmail:
            return Core::fail(Core::ErrorCode::UnresolvableGrantByEmailAddress,
                              QStringLiteral("The e-mail address you provided does not match any account on record."));
        case S3::Grantee::Type::CanonicalUser:
            if (!knownUser || !knownUser(g.grantee.id))
                return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("Invalid id"));
            if (g.grantee.displayName.isEmpty() && displayName)
                g.grantee.displayName = displayName(g.grantee.id);
            break;
        case S3::Grantee::Type::Group:
            if (g.grantee.uri != kAllUsersUri && g.grantee.uri != kAuthenticatedUsersUri && g.grantee.uri != kLogDeliveryUri)
                return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("Invalid group uri"));
            break;
        }
    }
    return {};
}

bool isPublicGrant(const S3::Grant &grant)
{
    return grant.grantee.type == S3::Grantee::Type::Group
           && (grant.grantee.uri == kAllUsersUri || grant.grantee.uri == kAuthenticatedUsersUri);
}

bool isPublicAcl(const S3::AccessControlPolicy &acl)
{
    return std::any_of(acl.grants.begin(), acl.grants.end(), isPublicGrant);
}

bool grantsOnlyOwnerFullControl(const S3::AccessControlPolicy &acl, const QString &ownerId)
{
    return std::all_of(acl.grants.begin(), acl.grants.end(), [&ownerId](const S3::Grant &g) {
        return g.grantee.type == S3::Grantee::Type::CanonicalUser && g.grantee.id == ownerId
               && g.permission == u"FULL_CONTROL";
    });
}

std::optional<AclTarget> aclTargetFor(QStringView action)
{
    struct Row
    {
        QStringView action;
        bool objectAcl;
        AclPermission permission;
    };
    static constexpr std::array kRows {
        Row {u"s3:GetObject", true, AclPermission::Read},
        Row {u"s3:GetObjectVersion", true, AclPermission::Read},
        Row {u"s3:GetObjectAcl", true, AclPermission::ReadAcp},
        Row {u"s3:GetObjectVersionAcl", true, AclPermission::ReadAcp},
        Row {u"s3:PutObjectAcl", true, AclPermission::WriteAcp},
        Row {u"s3:PutObjectVersionAcl", true, AclPermission::WriteAcp},
        Row {u"s3:ListBucket", false, AclPermission::Read},
        Row {u"s3:ListBucketVersions", false, AclPermission::Read},
        Row {u"s3:ListBucketMultipartUploads", false, AclPermission::Read},
        Row {u"s3:PutObject", false, AclPermission::Write},
        Row {u"s3:DeleteObject", false, AclPermission::Write},
        Row {u"s3:DeleteObjectVersion", false, AclPermission::Write},
        Row {u"s3:GetBucketAcl", false, AclPermission::ReadAcp},
        Row {u"s3:PutBucketAcl", false, AclPermission::WriteAcp},
    };
    for (const Row &r : kRows) {
        if (r.action.compare(action, Qt::CaseInsensitive) == 0)
            return AclTarget {r.objectAcl, r.permission};
    }
    return std::nullopt;
}

AclOutcome evaluateAcl(const RequestPrincipal &principal, QStringView action, const AclInput &input)
{
    AclOutcome out;
    const std::optional<AclTarget> target = aclTargetFor(action);
    if (!target) {
        out.detail = QStringLiteral("ACL: %1 cannot be granted by an ACL").arg(action);
        return out;
    }
    const QString what = target->objectAcl ? QStringLiteral("object ACL") : QStringLiteral("bucket ACL");
    if (!input.aclsEnabled) {
        out.result = AclOutcome::Result::Disabled;
        out.detail = QStringLiteral("ACL: ignored (Object Ownership is BucketOwnerEnforced: ACLs are disabled)");
        return out;
    }
    if (!input.acl) {
        out.detail = QStringLiteral("ACL: no %1 to consult").arg(what);
        return out;
    }
    const QString permission = aclPermissionName(target->permission);
    int ignoredPublic = -1;
    for (qsizetype i = 0; i < input.acl->grants.size(); ++i) {
        const S3::Grant &g = input.acl->grants.at(i);
        if (!permissionCovers(g.permission, target->permission))
            continue;
        bool matches = false;
        QString who;
        if (g.grantee.type == S3::Grantee::Type::CanonicalUser) {
            matches = !principal.anonymous && !principal.canonicalId.isEmpty() && g.grantee.id == principal.canonicalId;
            who = QStringLiteral("CanonicalUser %1").arg(g.grantee.displayName.isEmpty() ? g.grantee.id
                                                                                         : g.grantee.displayName);
        } else if (g.grantee.type == S3::Grantee::Type::Group) {
            matches = g.grantee.uri == kAllUsersUri || (g.grantee.uri == kAuthenticatedUsersUri && !principal.anonymous);
            who = QStringLiteral("Group %1").arg(g.grantee.uri.section(u'/', -1));
        }
        if (!matches)
            continue;
        if (input.ignorePublicAcls && isPublicGrant(g)) {
            ignoredPublic = int(i);
            continue;
        }
        out.result = AclOutcome::Result::Granted;
        out.grantIndex = int(i);
        out.detail = QStringLiteral("ACL: allowed by grant %1 of the %2 (%3 %4)").arg(i + 1).arg(what, who, g.permission);
        return out;
    }
    if (ignoredPublic >= 0) {
        out.result = AclOutcome::Result::PublicIgnored;
        out.grantIndex = ignoredPublic;
        out.detail = QStringLiteral("ACL: grant %1 of the %2 would allow %3, but it is public and Block Public "
                                    "Access IgnorePublicAcls is on")
                         .arg(ignoredPublic + 1)
                         .arg(what, permission);
        return out;
    }
    out.result = AclOutcome::Result::NoGrant;
    out.detail = QStringLiteral("ACL: no grant of the %1 gives %2 to the caller").arg(what, permission);
    return out;
}

} // namespace Policy
