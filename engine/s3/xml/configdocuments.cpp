#include "engine/s3/xml/configdocuments.h"

#include <QSet>

#include "engine/s3/errortable.h"
#include "engine/s3/xml/xmldocument_p.h"

namespace S3 {

using namespace XmlDetail;
using Core::ErrorCode;

namespace {

constexpr int kMaxObjectTags = 10;
constexpr int kMaxBucketTags = 50;
constexpr int kMaxTagKeyLength = 128;
constexpr int kMaxTagValueLength = 256;
constexpr int kMaxCorsRules = 100;

QString granteeTypeName(Grantee::Type type)
{
    switch (type) {
    case Grantee::Type::CanonicalUser:
        return QStringLiteral("CanonicalUser");
    case Grantee::Type::Group:
        return QStringLiteral("Group");
    case Grantee::Type::AmazonCustomerByEmail:
        return QStringLiteral("AmazonCustomerByEmail");
    }
    return {};
}

bool isPermission(const QString &p)
{
    return p == u"FULL_CONTROL" || p == u"WRITE" || p == u"WRITE_ACP" || p == u"READ" || p == u"READ_ACP";
}

} // namespace

// --- Tagging ---

QByteArray Tagging::toXml() const
{
    Writer w(u"Tagging");
    w.start(u"TagSet");
    for (const Tag &t : tags) {
        w.start(u"Tag");
        w.text(u"Key", t.key);
        w.text(u"Value", t.value);
        w.end();
    }
    w.end();
    return w.finish();
}

Core::Result<Tagging> Tagging::fromXml(const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<Tagging>(
        xml, requestLimits(limits), u"Tagging", ErrorCode::MalformedXML, [](const Element &root) {
            const Element *set = root.child(u"TagSet");
            if (!set)
                failParse(QStringLiteral("<Tagging> lacks <TagSet>"));
            Tagging r;
            for (const Element *t : set->childrenNamed(u"Tag"))
                r.tags.append(Tag { requiredText(*t, u"Key"), requiredText(*t, u"Value") });
            return r;
        });
}

Core::Status validateTags(const QList<Tag> &tags, TagTarget target)
{
    const bool object = target == TagTarget::Object;
    const int max = object ? kMaxObjectTags : kMaxBucketTags;
    if (tags.size() > max) {
        return std::unexpected(makeError(ErrorCode::InvalidTag,
            object ? QStringLiteral("Object tags cannot be greater than %1").arg(max)
                   : QStringLiteral("Bucket tags cannot be greater than %1").arg(max)));
    }
    QSet<QString> seen;
    for (const Tag &t : tags) {
        if (t.key.isEmpty() || t.key.size() > kMaxTagKeyLength) {
            return std::unexpected(makeError(ErrorCode::InvalidTag,
                QStringLiteral("The TagKey you have provided is invalid: it must be 1 to %1 characters long")
                    .arg(kMaxTagKeyLength)));
        }
        if (t.value.size() > kMaxTagValueLength) {
            return std::unexpected(makeError(ErrorCode::InvalidTag,
                QStringLiteral("The TagValue you have provided is invalid: it must be at most %1 characters long")
                    .arg(kMaxTagValueLength)));
        }
        if (t.key.startsWith(u"aws:"))
            return std::unexpected(
                makeError(ErrorCode::InvalidTag, QStringLiteral("Your TagKey cannot be prefixed with aws:")));
        if (seen.contains(t.key))
            return std::unexpected(
                makeError(ErrorCode::InvalidTag, QStringLiteral("Cannot provide multiple Tags with the same key")));
        seen.insert(t.key);
    }
    return {};
}

// --- VersioningConfiguration ---

QByteArray VersioningConfiguration::toXml() const
{
    Writer w(u"VersioningConfiguration");
    if (status != Status::Unset)
        w.text(u"Status", status == Status::Enabled ? u"Enabled" : u"Suspended");
    if (mfaDelete != MfaDelete::Unset)
        w.text(u"MfaDelete", mfaDelete == MfaDelete::Enabled ? u"Enabled" : u"Disabled");
    return w.finish();
}

Core::Result<VersioningConfiguration> VersioningConfiguration::fromXml(
    const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<VersioningConfiguration>(
        xml, requestLimits(limits), u"VersioningConfiguration", ErrorCode::MalformedXML, [](const Element &root) {
            VersioningConfiguration r;
            if (const Element *s = root.child(u"Status")) {
                const QString v = s->text.trimmed();
                if (v == u"Enabled")
                    r.status = Status::Enabled;
                else if (v == u"Suspended")
                    r.status = Status::Suspended;
                else
                    failParse(QStringLiteral("<Status> must be Enabled or Suspended"));
            }
            if (const Element *m = root.child(u"MfaDelete")) {
                const QString v = m->text.trimmed();
                if (v == u"Enabled")
                    r.mfaDelete = MfaDelete::Enabled;
                else if (v == u"Disabled")
                    r.mfaDelete = MfaDelete::Disabled;
                else
                    failParse(QStringLiteral("<MfaDelete> must be Enabled or Disabled"));
            }
            return r;
        });
}

// --- RestoreRequest ---

QByteArray RestoreRequest::toXml() const
{
    Writer w(u"RestoreRequest");
    if (days)
        w.integer(u"Days", *days);
    if (tier != Tier::Unset) {
        w.start(u"GlacierJobParameters");
        w.text(u"Tier", tier == Tier::Standard ? u"Standard" : tier == Tier::Bulk ? u"Bulk" : u"Expedited");
        w.end();
    }
    w.optionalText(u"Description", description);
    return w.finish();
}

Core::Result<RestoreRequest> RestoreRequest::fromXml(const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<RestoreRequest>(
        xml, requestLimits(limits), u"RestoreRequest", ErrorCode::MalformedXML, [](const Element &root) {
            RestoreRequest r;
            if (hasChild(root, u"Days")) {
                r.days = toInt(requiredText(root, u"Days"), u"Days");
                if (*r.days < 1)
                    failParse(QStringLiteral("<Days> must be a positive integer"));
            }
            if (const Element *g = root.child(u"GlacierJobParameters")) {
                const QString t = requiredText(*g, u"Tier").trimmed();
                if (t == u"Standard")
                    r.tier = Tier::Standard;
                else if (t == u"Bulk")
                    r.tier = Tier::Bulk;
                else if (t == u"Expedited")
                    r.tier = Tier::Expedited;
                else
                    failParse(QStringLiteral("<Tier> must be Standard, Bulk or Expedited"));
            }
            r.description = optionalText(root, u"Description");
            return r;
        });
}

// --- AccessControlPolicy ---

QByteArray AccessControlPolicy::toXml() const
{
    Writer w(u"AccessControlPolicy", true);
    w.owner(u"Owner", owner);
    w.start(u"AccessControlList");
    for (const Grant &g : grants) {
        w.start(u"Grant");
        w.start(u"Grantee");
        w.stream().writeAttribute(kXsiNamespace.toString(), QStringLiteral("type"), granteeTypeName(g.grantee.type));
        w.optionalText(u"ID", g.grantee.id);
        w.optionalText(u"DisplayName", g.grantee.displayName);
        w.optionalText(u"EmailAddress", g.grantee.emailAddress);
        w.optionalText(u"URI", g.grantee.uri);
        w.end();
        w.text(u"Permission", g.permission);
        w.end();
    }
    w.end();
    return w.finish();
}

Core::Result<AccessControlPolicy> AccessControlPolicy::fromXml(const QByteArray &xml, std::optional<XmlLimits> limits)
{
    // Not-well-formed XML is MalformedXML; a well-formed policy that is not a valid ACL is
    // MalformedACLError (AWS's answer for PutBucketAcl/PutObjectAcl).
    return parseDocument<AccessControlPolicy>(xml, requestLimits(limits), u"AccessControlPolicy",
        ErrorCode::MalformedXML, ErrorCode::MalformedACLError, [](const Element &root) {
            AccessControlPolicy r;
            if (const Element *o = root.child(u"Owner"))
                r.owner = readOwner(*o);
            const Element *acl = root.child(u"AccessControlList");
            if (!acl)
                failParse(QStringLiteral("<AccessControlPolicy> lacks <AccessControlList>"));
            for (const Element *g : acl->childrenNamed(u"Grant")) {
                const Element *ge = g->child(u"Grantee");
                if (!ge)
                    failParse(QStringLiteral("<Grant> lacks <Grantee>"));
                Grant grant;
                const QStringView type = ge->attributes.value(kXsiNamespace.toString(), QStringLiteral("type"));
                if (type == u"CanonicalUser")
                    grant.grantee.type = Grantee::Type::CanonicalUser;
                else if (type == u"Group")
                    grant.grantee.type = Grantee::Type::Group;
                else if (type == u"AmazonCustomerByEmail")
                    grant.grantee.type = Grantee::Type::AmazonCustomerByEmail;
                else
                    failParse(QStringLiteral("<Grantee> has a missing or unknown xsi:type \"%1\"").arg(type));
                grant.grantee.id = optionalText(*ge, u"ID");
                grant.grantee.displayName = optionalText(*ge, u"DisplayName");
                grant.grantee.uri = optionalText(*ge, u"URI");
                grant.grantee.emailAddress = optionalText(*ge, u"EmailAddress");
                const bool complete
                    = (grant.grantee.type == Grantee::Type::CanonicalUser && !grant.grantee.id.isEmpty())
                    || (grant.grantee.type == Grantee::Type::Group && !grant.grantee.uri.isEmpty())
                    || (grant.grantee.type == Grantee::Type::AmazonCustomerByEmail
                        && !grant.grantee.emailAddress.isEmpty());
                if (!complete)
                    failParse(QStringLiteral("<Grantee> lacks the ID, URI or EmailAddress its type needs"));
                grant.permission = requiredText(*g, u"Permission").trimmed();
                if (!isPermission(grant.permission))
                    failParse(QStringLiteral("unknown <Permission> \"%1\"").arg(grant.permission.left(64)));
                r.grants.append(std::move(grant));
            }
            return r;
        });
}

// --- ServerSideEncryptionConfiguration ---

QByteArray ServerSideEncryptionConfiguration::toXml() const
{
    Writer w(u"ServerSideEncryptionConfiguration");
    for (const ServerSideEncryptionRule &r : rules) {
        w.start(u"Rule");
        w.start(u"ApplyServerSideEncryptionByDefault");
        w.text(u"SSEAlgorithm", r.sseAlgorithm);
        w.optionalText(u"KMSMasterKeyID", r.kmsMasterKeyId);
        w.end();
        if (r.bucketKeyEnabled)
            w.boolean(u"BucketKeyEnabled", *r.bucketKeyEnabled);
        w.end();
    }
    return w.finish();
}

Core::Result<ServerSideEncryptionConfiguration> ServerSideEncryptionConfiguration::fromXml(
    const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<ServerSideEncryptionConfiguration>(xml, requestLimits(limits),
        u"ServerSideEncryptionConfiguration", ErrorCode::MalformedXML, [](const Element &root) {
            ServerSideEncryptionConfiguration c;
            for (const Element *rule : root.childrenNamed(u"Rule")) {
                const Element *apply = rule->child(u"ApplyServerSideEncryptionByDefault");
                if (!apply)
                    failParse(QStringLiteral("<Rule> lacks <ApplyServerSideEncryptionByDefault>"));
                ServerSideEncryptionRule r;
                r.sseAlgorithm = requiredText(*apply, u"SSEAlgorithm").trimmed();
                if (r.sseAlgorithm != u"AES256" && r.sseAlgorithm != u"aws:kms" && r.sseAlgorithm != u"aws:kms:dsse")
                    failParse(QStringLiteral("unknown <SSEAlgorithm> \"%1\"").arg(r.sseAlgorithm.left(64)));
                r.kmsMasterKeyId = optionalText(*apply, u"KMSMasterKeyID").trimmed();
                if (hasChild(*rule, u"BucketKeyEnabled"))
                    r.bucketKeyEnabled = toBool(requiredText(*rule, u"BucketKeyEnabled"), u"BucketKeyEnabled");
                c.rules.append(std::move(r));
            }
            if (c.rules.isEmpty())
                failParse(QStringLiteral("no <Rule>"));
            return c;
        });
}

// --- CORSConfiguration ---

QByteArray CORSConfiguration::toXml() const
{
    Writer w(u"CORSConfiguration");
    for (const CORSRule &r : rules) {
        w.start(u"CORSRule");
        w.optionalText(u"ID", r.id);
        for (const QString &v : r.allowedHeaders)
            w.text(u"AllowedHeader", v);
        for (const QString &v : r.allowedMethods)
            w.text(u"AllowedMethod", v);
        for (const QString &v : r.allowedOrigins)
            w.text(u"AllowedOrigin", v);
        for (const QString &v : r.exposeHeaders)
            w.text(u"ExposeHeader", v);
        if (r.maxAgeSeconds)
            w.integer(u"MaxAgeSeconds", *r.maxAgeSeconds);
        w.end();
    }
    return w.finish();
}

Core::Result<CORSConfiguration> CORSConfiguration::fromXml(const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<CORSConfiguration>(
        xml, requestLimits(limits), u"CORSConfiguration", ErrorCode::MalformedXML, [](const Element &root) {
            CORSConfiguration c;
            const auto texts = [](const Element &parent, QStringView name) {
                QStringList out;
                for (const Element *e : parent.childrenNamed(name))
                    out.append(e->text.trimmed());
                return out;
            };
            for (const Element *rule : root.childrenNamed(u"CORSRule")) {
                CORSRule r;
                r.id = optionalText(*rule, u"ID");
                r.allowedOrigins = texts(*rule, u"AllowedOrigin");
                r.allowedMethods = texts(*rule, u"AllowedMethod");
                r.allowedHeaders = texts(*rule, u"AllowedHeader");
                r.exposeHeaders = texts(*rule, u"ExposeHeader");
                if (hasChild(*rule, u"MaxAgeSeconds"))
                    r.maxAgeSeconds = toInt(requiredText(*rule, u"MaxAgeSeconds"), u"MaxAgeSeconds");
                if (r.allowedOrigins.isEmpty() || r.allowedMethods.isEmpty())
                    failParse(QStringLiteral("<CORSRule> needs AllowedOrigin and AllowedMethod"));
                for (const QString &m : std::as_const(r.allowedMethods)) {
                    if (m != u"GET" && m != u"PUT" && m != u"POST" && m != u"DELETE" && m != u"HEAD")
                        failParse(QStringLiteral("unsupported <AllowedMethod> \"%1\"").arg(m.left(64)));
                }
                c.rules.append(std::move(r));
            }
            if (c.rules.isEmpty())
                failParse(QStringLiteral("no <CORSRule>"));
            if (c.rules.size() > kMaxCorsRules)
                failParse(QStringLiteral("more than %1 <CORSRule>").arg(kMaxCorsRules));
            return c;
        });
}

// --- WebsiteConfiguration ---

QByteArray WebsiteConfiguration::toXml() const
{
    Writer w(u"WebsiteConfiguration");
    if (!redirectHostName.isEmpty()) {
        w.start(u"RedirectAllRequestsTo");
        w.text(u"HostName", redirectHostName);
        w.optionalText(u"Protocol", redirectProtocol);
        w.end();
    }
    if (!indexDocumentSuffix.isEmpty()) {
        w.start(u"IndexDocument");
        w.text(u"Suffix", indexDocumentSuffix);
        w.end();
    }
    if (!errorDocumentKey.isEmpty()) {
        w.start(u"ErrorDocument");
        w.text(u"Key", errorDocumentKey);
        w.end();
    }
    return w.finish();
}

Core::Result<WebsiteConfiguration> WebsiteConfiguration::fromXml(const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<WebsiteConfiguration>(
        xml, requestLimits(limits), u"WebsiteConfiguration", ErrorCode::MalformedXML, [](const Element &root) {
            WebsiteConfiguration c;
            if (const Element *i = root.child(u"IndexDocument")) {
                c.indexDocumentSuffix = requiredText(*i, u"Suffix");
                if (c.indexDocumentSuffix.isEmpty() || c.indexDocumentSuffix.contains(u'/'))
                    failParse(QStringLiteral("<Suffix> must be non-empty and contain no slash"));
            }
            if (const Element *e = root.child(u"ErrorDocument"))
                c.errorDocumentKey = requiredText(*e, u"Key");
            if (const Element *r = root.child(u"RedirectAllRequestsTo")) {
                c.redirectHostName = requiredText(*r, u"HostName").trimmed();
                c.redirectProtocol = optionalText(*r, u"Protocol").trimmed();
                if (c.redirectHostName.isEmpty())
                    failParse(QStringLiteral("empty <HostName>"));
                if (!c.redirectProtocol.isEmpty() && c.redirectProtocol != u"http" && c.redirectProtocol != u"https")
                    failParse(QStringLiteral("<Protocol> must be http or https"));
            }
            if (c.indexDocumentSuffix.isEmpty() && c.redirectHostName.isEmpty())
                failParse(QStringLiteral("needs IndexDocument or RedirectAllRequestsTo"));
            return c;
        });
}

} // namespace S3
