#include "engine/s3/xml/configdocuments.h"

#include <algorithm>
#include <initializer_list>

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

namespace {

constexpr int kMaxRoutingRules = 50;

// Refuses a child element the schema does not have (S3 answers MalformedXML).
void onlyChildren(const Element &parent, std::initializer_list<QStringView> names)
{
    for (const Element &c : parent.children) {
        if (std::find(names.begin(), names.end(), QStringView(c.name)) == names.end())
            failParse(QStringLiteral("unexpected <%1> in <%2>").arg(c.name.left(64), parent.name));
    }
}

bool isHttpCode(const QString &text, int first, int last)
{
    bool ok = false;
    const int code = text.toInt(&ok);
    return ok && text.size() == 3 && code >= first && code <= last;
}

// The first value S3 refuses, as InvalidArgument's message; empty when all is well.
QString websiteProblem(const WebsiteConfiguration &c, bool hasRedirectAll, bool hasIndex, bool hasError,
                       bool hasRoutingRules)
{
    if (hasRedirectAll) {
        if (hasIndex || hasError || hasRoutingRules)
            return QStringLiteral("RedirectAllRequestsTo cannot be provided in conjunction with other Routing Rules.");
        if (c.redirectHostName.trimmed().isEmpty())
            return QStringLiteral("A value for RedirectAllRequestsTo HostName must be provided.");
        if (!c.redirectProtocol.isEmpty() && c.redirectProtocol != u"http" && c.redirectProtocol != u"https")
            return QStringLiteral("Invalid protocol, protocol can be http or https. If not defined the protocol will be "
                                  "selected automatically.");
        return {};
    }
    if (c.indexDocumentSuffix.isEmpty())
        return QStringLiteral("A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo is empty");
    if (c.indexDocumentSuffix.contains(u'/'))
        return QStringLiteral("The IndexDocument Suffix is not well formed");
    if (hasError && c.errorDocumentKey.isEmpty())
        return QStringLiteral("The ErrorDocument Key is not well formed");
    if (c.routingRules.size() > kMaxRoutingRules)
        return QStringLiteral("The number of RoutingRules must not exceed %1").arg(kMaxRoutingRules);
    for (const WebsiteRoutingRule &r : c.routingRules) {
        if (r.hasCondition && r.condition.isEmpty())
            return QStringLiteral("Condition cannot be empty. To redirect all requests without a condition, the "
                                  "condition element shouldn't be present.");
        if (!r.condition.httpErrorCodeReturnedEquals.isEmpty() && !isHttpCode(r.condition.httpErrorCodeReturnedEquals, 400, 599))
            return QStringLiteral("The provided HTTP error code (%1) is not valid. Valid codes are 4XX or 5XX. "
                                  "(HttpErrorCodeReturnedEquals)")
                .arg(r.condition.httpErrorCodeReturnedEquals.left(64));
        const WebsiteRedirect &d = r.redirect;
        if (d.hostName.isEmpty() && d.httpRedirectCode.isEmpty() && d.protocol.isEmpty() && d.replaceKeyPrefixWith.isEmpty()
            && d.replaceKeyWith.isEmpty())
            return QStringLiteral("Redirect must contain at least one of HostName, HttpRedirectCode, Protocol, "
                                  "ReplaceKeyPrefixWith or ReplaceKeyWith");
        if (!d.httpRedirectCode.isEmpty() && (!isHttpCode(d.httpRedirectCode, 301, 399)))
            return QStringLiteral("The provided HTTP redirect code (%1) is not valid. Valid codes are 3XX except 300. "
                                  "(HttpRedirectCode)")
                .arg(d.httpRedirectCode.left(64));
        if (!d.protocol.isEmpty() && d.protocol != u"http" && d.protocol != u"https")
            return QStringLiteral("Invalid protocol, protocol can be http or https. If not defined the protocol will be "
                                  "selected automatically. (Redirect Protocol)");
        if (!d.replaceKeyPrefixWith.isEmpty() && !d.replaceKeyWith.isEmpty())
            return QStringLiteral("You can only define ReplaceKeyPrefix or ReplaceKey but not both.");
    }
    return {};
}

} // namespace

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
    if (!routingRules.isEmpty()) {
        w.start(u"RoutingRules");
        for (const WebsiteRoutingRule &r : routingRules) {
            w.start(u"RoutingRule");
            if (r.hasCondition || !r.condition.isEmpty()) {
                w.start(u"Condition");
                w.optionalText(u"HttpErrorCodeReturnedEquals", r.condition.httpErrorCodeReturnedEquals);
                w.optionalText(u"KeyPrefixEquals", r.condition.keyPrefixEquals);
                w.end();
            }
            w.start(u"Redirect");
            w.optionalText(u"HostName", r.redirect.hostName);
            w.optionalText(u"HttpRedirectCode", r.redirect.httpRedirectCode);
            w.optionalText(u"Protocol", r.redirect.protocol);
            w.optionalText(u"ReplaceKeyPrefixWith", r.redirect.replaceKeyPrefixWith);
            w.optionalText(u"ReplaceKeyWith", r.redirect.replaceKeyWith);
            w.end();
            w.end();
        }
        w.end();
    }
    return w.finish();
}

Core::Result<WebsiteConfiguration> WebsiteConfiguration::fromXml(const QByteArray &xml, std::optional<XmlLimits> limits)
{
    QString problem;
    auto parsed = parseDocument<WebsiteConfiguration>(
        xml, requestLimits(limits), u"WebsiteConfiguration", ErrorCode::MalformedXML, [&problem](const Element &root) {
            onlyChildren(root, {u"IndexDocument", u"ErrorDocument", u"RedirectAllRequestsTo", u"RoutingRules"});
            WebsiteConfiguration c;
            const Element *index = root.child(u"IndexDocument");
            if (index) {
                onlyChildren(*index, {u"Suffix"});
                c.indexDocumentSuffix = requiredText(*index, u"Suffix");
            }
            const Element *error = root.child(u"ErrorDocument");
            if (error) {
                onlyChildren(*error, {u"Key"});
                c.errorDocumentKey = requiredText(*error, u"Key");
            }
            const Element *redirect = root.child(u"RedirectAllRequestsTo");
            if (redirect) {
                onlyChildren(*redirect, {u"HostName", u"Protocol"});
                c.redirectHostName = requiredText(*redirect, u"HostName").trimmed();
                c.redirectProtocol = optionalText(*redirect, u"Protocol").trimmed();
            }
            const Element *rules = root.child(u"RoutingRules");
            if (rules) {
                onlyChildren(*rules, {u"RoutingRule"});
                for (const Element *rule : rules->childrenNamed(u"RoutingRule")) {
                    onlyChildren(*rule, {u"Condition", u"Redirect"});
                    WebsiteRoutingRule r;
                    if (const Element *cond = rule->child(u"Condition")) {
                        onlyChildren(*cond, {u"KeyPrefixEquals", u"HttpErrorCodeReturnedEquals"});
                        r.hasCondition = true;
                        r.condition.keyPrefixEquals = optionalText(*cond, u"KeyPrefixEquals");
                        r.condition.httpErrorCodeReturnedEquals = optionalText(*cond, u"HttpErrorCodeReturnedEquals").trimmed();
                    }
                    const Element *to = rule->child(u"Redirect");
                    if (!to)
                        failParse(QStringLiteral("<RoutingRule> lacks <Redirect>"));
                    onlyChildren(*to, {u"HostName", u"HttpRedirectCode", u"Protocol", u"ReplaceKeyPrefixWith", u"ReplaceKeyWith"});
                    r.redirect.hostName = optionalText(*to, u"HostName").trimmed();
                    r.redirect.httpRedirectCode = optionalText(*to, u"HttpRedirectCode").trimmed();
                    r.redirect.protocol = optionalText(*to, u"Protocol").trimmed();
                    r.redirect.replaceKeyPrefixWith = optionalText(*to, u"ReplaceKeyPrefixWith");
                    r.redirect.replaceKeyWith = optionalText(*to, u"ReplaceKeyWith");
                    c.routingRules.append(std::move(r));
                }
            }
            problem = websiteProblem(c, redirect != nullptr, index != nullptr, error != nullptr,
                                     rules != nullptr && !c.routingRules.isEmpty());
            return c;
        });
    if (parsed && !problem.isEmpty())
        return std::unexpected(makeError(ErrorCode::InvalidArgument, problem));
    return parsed;
}

} // namespace S3
