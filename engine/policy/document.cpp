#include "engine/policy/document.h"

#include <QRegularExpression>
#include <QSet>

#include "engine/policy/s3actions.h"
#include "engine/policy/wildcard.h"

namespace Policy {

namespace {

const QString kInvalidAction = QStringLiteral("Policy has invalid action");
const QString kInvalidResource = QStringLiteral("Policy has invalid resource");
const QString kInvalidPrincipal = QStringLiteral("Invalid principal in policy");
const QString kInvalidConditionKey = QStringLiteral("Policy has an invalid condition key");

// Service prefixes an identity policy may name. Only s3 actions can ever match a request
// to this server; the others are accepted so policies written for AWS still load.
const QSet<QString> &identityServices()
{
    static const QSet<QString> s {
        QStringLiteral("s3"),
        QStringLiteral("s3-object-lambda"),
        QStringLiteral("s3express"),
        QStringLiteral("iam"),
        QStringLiteral("sts"),
        QStringLiteral("kms"),
    };
    return s;
}

// Condition keys AWS defines under the aws: and s3: prefixes (lowercase). Keys ending in '/'
// take a tag key after the slash. Keys under other prefixes are not checked.
const QSet<QString> &knownConditionKeys()
{
    static const QSet<QString> s = [] {
        const char16_t *keys[] = {
            u"aws:calledvia",
            u"aws:calledviafirst",
            u"aws:calledvialast",
            u"aws:currenttime",
            u"aws:epochtime",
            u"aws:federatedprovider",
            u"aws:multifactorauthage",
            u"aws:multifactorauthpresent",
            u"aws:principalaccount",
            u"aws:principalarn",
            u"aws:principalisawsservice",
            u"aws:principalorgid",
            u"aws:principalorgpaths",
            u"aws:principalservicename",
            u"aws:principalservicenameslist",
            u"aws:principaltag/",
            u"aws:principaltype",
            u"aws:referer",
            u"aws:requestedregion",
            u"aws:requesttag/",
            u"aws:resourceaccount",
            u"aws:resourceorgid",
            u"aws:resourceorgpaths",
            u"aws:resourcetag/",
            u"aws:securetransport",
            u"aws:sourceaccount",
            u"aws:sourcearn",
            u"aws:sourceidentity",
            u"aws:sourceip",
            u"aws:sourceorgid",
            u"aws:sourceorgpaths",
            u"aws:sourcevpc",
            u"aws:sourcevpce",
            u"aws:tagkeys",
            u"aws:tokenissuetime",
            u"aws:useragent",
            u"aws:userid",
            u"aws:username",
            u"aws:viaawsservice",
            u"aws:vpcsourceip",
            u"s3:accessgrantsinstancearn",
            u"s3:accesspointnetworkorigin",
            u"s3:authtype",
            u"s3:buckettag/",
            u"s3:dataaccesspointaccount",
            u"s3:dataaccesspointarn",
            u"s3:delimiter",
            u"s3:existingjoboperation",
            u"s3:existingjobpriority",
            u"s3:existingobjecttag/",
            u"s3:if-match",
            u"s3:if-none-match",
            u"s3:jobsuspendedcause",
            u"s3:locationconstraint",
            u"s3:max-keys",
            u"s3:object-lock-legal-hold",
            u"s3:object-lock-mode",
            u"s3:object-lock-remaining-retention-days",
            u"s3:object-lock-retain-until-date",
            u"s3:prefix",
            u"s3:requestjoboperation",
            u"s3:requestjobpriority",
            u"s3:requestobjecttag/",
            u"s3:requestobjecttagkeys",
            u"s3:resourceaccount",
            u"s3:signatureage",
            u"s3:signatureversion",
            u"s3:tlsversion",
            u"s3:versionid",
            u"s3:x-amz-acl",
            u"s3:x-amz-content-sha256",
            u"s3:x-amz-copy-source",
            u"s3:x-amz-grant-full-control",
            u"s3:x-amz-grant-read",
            u"s3:x-amz-grant-read-acp",
            u"s3:x-amz-grant-write",
            u"s3:x-amz-grant-write-acp",
            u"s3:x-amz-metadata-directive",
            u"s3:x-amz-object-ownership",
            u"s3:x-amz-server-side-encryption",
            u"s3:x-amz-server-side-encryption-aws-kms-key-id",
            u"s3:x-amz-server-side-encryption-customer-algorithm",
            u"s3:x-amz-storage-class",
            u"s3:x-amz-website-redirect-location",
        };
        QSet<QString> set;
        for (const char16_t *k : keys)
            set.insert(QString::fromUtf16(k));
        return set;
    }();
    return s;
}

bool isKnownConditionKey(const QString &key)
{
    const QString lower = key.toLower();
    if (!lower.startsWith(u"aws:") && !lower.startsWith(u"s3:"))
        return true;
    if (knownConditionKeys().contains(lower))
        return true;
    const qsizetype slash = lower.indexOf(u'/');
    return slash > 0 && slash + 1 < lower.size() && knownConditionKeys().contains(lower.left(slash + 1));
}

class Validator
{
public:
    explicit Validator(const ParseOptions &options) : m_options { options } { }

    std::vector<Diagnostic> diagnostics;

    Document run(const JsonValue &root)
    {
        Document doc;
        if (!root.isObject()) {
            add(QStringLiteral("Policy document must be a JSON object"), root.pos, {});
            return doc;
        }
        const JsonValue *statements = nullptr;
        SourcePos statementKeyPos;
        for (const JsonMember &m : root.members) {
            if (m.key == u"Version") {
                if (!m.value.isString() || (m.value.text != u"2012-10-17" && m.value.text != u"2008-10-17"))
                    add(QStringLiteral("Invalid policy version: %1").arg(shown(m.value)), m.value.pos,
                        QStringLiteral("Version"));
                else
                    doc.version = m.value.text;
            } else if (m.key == u"Id") {
                if (!m.value.isString())
                    add(QStringLiteral("Id must be a string"), m.value.pos, QStringLiteral("Id"));
                else
                    doc.id = m.value.text;
            } else if (m.key == u"Statement") {
                statements = &m.value;
                statementKeyPos = m.keyPos;
            } else {
                add(QStringLiteral("Unknown field %1").arg(m.key), m.keyPos, m.key);
            }
        }
        if (!statements) {
            add(QStringLiteral("Missing required field Statement"), root.pos, QStringLiteral("Statement"));
            return doc;
        }
        if (statements->isObject()) {
            doc.statements.push_back(statement(*statements, 0, doc));
        } else if (statements->isArray()) {
            if (statements->items.empty())
                add(QStringLiteral("Missing required field Statement"), statements->pos, QStringLiteral("Statement"));
            for (size_t i = 0; i < statements->items.size(); ++i)
                doc.statements.push_back(statement(statements->items[i], int(i), doc));
        } else {
            add(QStringLiteral("Statement must be an object or an array of objects"), statements->pos,
                QStringLiteral("Statement"));
        }
        return doc;
    }

private:
    static QString shown(const JsonValue &v)
    {
        if (v.isString() || v.type == JsonValue::Type::Number)
            return v.text;
        return JsonValue::typeName(v.type);
    }

    void add(const QString &message, SourcePos pos, const QString &field, const Statement *st = nullptr)
    {
        Diagnostic d;
        d.message = message;
        d.pos = pos;
        d.field = field;
        if (st) {
            d.statementIndex = st->index;
            d.sid = st->sid;
        }
        diagnostics.push_back(std::move(d));
    }

    // A string or a non-empty array of strings; each string is passed with its position.
    bool stringList(const JsonValue &v, const QString &field, const Statement &st, QStringList &out,
        std::vector<SourcePos> &positions, const QString &badTypeMessage)
    {
        if (v.isString()) {
            out.append(v.text);
            positions.push_back(v.pos);
            return true;
        }
        if (v.isArray() && !v.items.empty()) {
            bool ok = true;
            for (const JsonValue &item : v.items) {
                if (!item.isString()) {
                    add(badTypeMessage, item.pos, field, &st);
                    ok = false;
                    continue;
                }
                out.append(item.text);
                positions.push_back(item.pos);
            }
            return ok;
        }
        add(badTypeMessage, v.pos, field, &st);
        return false;
    }

    Statement statement(const JsonValue &v, int index, const Document &doc)
    {
        Statement st;
        st.index = index;
        st.pos = v.pos;
        if (!v.isObject()) {
            add(QStringLiteral("Statement must be a JSON object"), v.pos, QStringLiteral("Statement"), &st);
            return st;
        }
        // Sid first, so every later diagnostic names it.
        if (const JsonMember *sid = v.member(u"Sid")) {
            if (!sid->value.isString()) {
                add(QStringLiteral("Sid must be a string"), sid->value.pos, QStringLiteral("Sid"), &st);
            } else {
                st.sid = sid->value.text;
                static const QRegularExpression alnum(QStringLiteral("^[0-9A-Za-z]*$"));
                if (!alnum.match(st.sid).hasMatch())
                    add(QStringLiteral("Statement IDs (SID) must be alpha-numeric"), sid->value.pos,
                        QStringLiteral("Sid"), &st);
                const bool duplicate = !st.sid.isEmpty()
                    && std::any_of(doc.statements.begin(), doc.statements.end(),
                        [&](const Statement &o) { return o.sid == st.sid; });
                if (duplicate)
                    add(QStringLiteral("Statement IDs (SID) in a single policy must be unique"), sid->value.pos,
                        QStringLiteral("Sid"), &st);
            }
        }

        const JsonMember *effect = nullptr;
        const JsonMember *principal = nullptr;
        const JsonMember *action = nullptr;
        const JsonMember *resource = nullptr;
        for (const JsonMember &m : v.members) {
            const QString &k = m.key;
            auto exclusive = [&](const JsonMember *&slot, const QString &a, const QString &b) {
                if (slot) {
                    add(QStringLiteral("Statement cannot contain both %1 and %2").arg(a, b), m.keyPos, k, &st);
                    return;
                }
                slot = &m;
            };
            if (k == u"Sid") {
                continue;
            } else if (k == u"Effect") {
                effect = &m;
            } else if (k == u"Principal" || k == u"NotPrincipal") {
                exclusive(principal, QStringLiteral("Principal"), QStringLiteral("NotPrincipal"));
            } else if (k == u"Action" || k == u"NotAction") {
                exclusive(action, QStringLiteral("Action"), QStringLiteral("NotAction"));
            } else if (k == u"Resource" || k == u"NotResource") {
                exclusive(resource, QStringLiteral("Resource"), QStringLiteral("NotResource"));
            } else if (k == u"Condition") {
                conditions(m.value, st);
            } else {
                add(QStringLiteral("Unknown field %1").arg(k), m.keyPos, k, &st);
            }
        }

        if (!effect) {
            add(QStringLiteral("Missing required field Effect"), v.pos, QStringLiteral("Effect"), &st);
        } else if (effect->value.isString() && effect->value.text == u"Allow") {
            st.effect = Effect::Allow;
        } else if (effect->value.isString() && effect->value.text == u"Deny") {
            st.effect = Effect::Deny;
        } else {
            add(QStringLiteral("Invalid effect: %1").arg(shown(effect->value)), effect->value.pos,
                QStringLiteral("Effect"), &st);
        }

        if (m_options.kind == PolicyKind::Bucket && !principal)
            add(QStringLiteral("Missing required field Principal"), v.pos, QStringLiteral("Principal"), &st);
        if (m_options.kind == PolicyKind::Identity && principal)
            add(QStringLiteral("Policy document should not specify a principal."), principal->keyPos, principal->key,
                &st);
        else if (principal)
            principalSpec(*principal, st);

        if (!action)
            add(QStringLiteral("Missing required field Action"), v.pos, QStringLiteral("Action"), &st);
        else
            actions(*action, st);

        if (!resource)
            add(QStringLiteral("Missing required field Resource"), v.pos, QStringLiteral("Resource"), &st);
        else
            resources(*resource, st);
        return st;
    }

    void principalSpec(const JsonMember &m, Statement &st)
    {
        st.notPrincipal = m.key == u"NotPrincipal";
        PrincipalSpec spec;
        const JsonValue &v = m.value;
        if (v.isString()) {
            if (v.text != u"*")
                add(kInvalidPrincipal, v.pos, m.key, &st);
            spec.wildcard = true;
            st.principal = spec;
            return;
        }
        if (!v.isObject() || v.members.empty()) {
            add(kInvalidPrincipal, v.pos, m.key, &st);
            return;
        }
        static const QRegularExpression account(QStringLiteral("^[0-9]{12}$"));
        static const QRegularExpression iamArn(QStringLiteral("^arn:aws[a-z-]*:(iam|sts)::[0-9]{12}:.+$"));
        for (const JsonMember &type : v.members) {
            QStringList ids;
            std::vector<SourcePos> positions;
            if (!stringList(type.value, m.key, st, ids, positions, kInvalidPrincipal))
                continue;
            QStringList *target = nullptr;
            if (type.key == u"AWS")
                target = &spec.aws;
            else if (type.key == u"CanonicalUser")
                target = &spec.canonicalUser;
            else if (type.key == u"Service")
                target = &spec.service;
            else if (type.key == u"Federated")
                target = &spec.federated;
            if (!target) {
                add(kInvalidPrincipal, type.keyPos, m.key, &st);
                continue;
            }
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const QString &id = ids.at(i);
                bool ok = !id.isEmpty();
                if (target == &spec.aws)
                    ok = id == u"*" || account.match(id).hasMatch() || iamArn.match(id).hasMatch();
                if (!ok) {
                    add(kInvalidPrincipal, positions[size_t(i)], m.key, &st);
                    continue;
                }
                if (target == &spec.aws && id == u"*")
                    spec.wildcard = true;
                target->append(id);
            }
        }
        st.principal = spec;
    }

    void actions(const JsonMember &m, Statement &st)
    {
        st.notAction = m.key == u"NotAction";
        std::vector<SourcePos> positions;
        QStringList list;
        stringList(m.value, m.key, st, list, positions, kInvalidAction);
        static const QRegularExpression shape(QStringLiteral("^([A-Za-z0-9-]+):([A-Za-z0-9*?-]+)$"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString &a = list.at(i);
            bool ok = a == u"*";
            if (!ok) {
                const auto match = shape.match(a);
                if (match.hasMatch()) {
                    const QString service = match.captured(1).toLower();
                    if (service == u"s3")
                        ok = S3Actions::matchesAny(match.capturedView(2));
                    else
                        ok = m_options.kind == PolicyKind::Identity && identityServices().contains(service);
                }
            }
            if (!ok)
                add(kInvalidAction, positions[size_t(i)], m.key, &st);
            else
                st.actions.append(a);
        }
    }

    bool resourceOk(const QString &r) const
    {
        if (r == u"*")
            return m_options.kind == PolicyKind::Identity;
        // arn:partition:service:region:account:resource
        const QStringList parts = r.split(u':');
        if (parts.size() < 6 || parts.at(0) != u"arn" || !parts.at(1).startsWith(u"aws") || parts.at(2).isEmpty())
            return false;
        const bool isS3 = parts.at(2) == u"s3";
        if (m_options.kind == PolicyKind::Identity && !isS3)
            return true;
        if (!isS3 || !parts.at(3).isEmpty() || !parts.at(4).isEmpty())
            return false;
        const QString rest = r.section(u':', 5);
        if (rest.isEmpty())
            return false;
        if (m_options.kind == PolicyKind::Bucket && !m_options.bucket.isEmpty()) {
            const QString bucketPart = rest.section(u'/', 0, 0);
            if (!wildcardMatch(bucketPart, m_options.bucket, Qt::CaseSensitive))
                return false;
        }
        return true;
    }

    void resources(const JsonMember &m, Statement &st)
    {
        st.notResource = m.key == u"NotResource";
        std::vector<SourcePos> positions;
        QStringList list;
        stringList(m.value, m.key, st, list, positions, kInvalidResource);
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!resourceOk(list.at(i)))
                add(kInvalidResource, positions[size_t(i)], m.key, &st);
            else
                st.resources.append(list.at(i));
        }
    }

    void conditions(const JsonValue &v, Statement &st)
    {
        const QString field = QStringLiteral("Condition");
        if (!v.isObject()) {
            add(QStringLiteral("Condition must be a JSON object"), v.pos, field, &st);
            return;
        }
        for (const JsonMember &opMember : v.members) {
            const auto op = ConditionOperator::parse(opMember.key);
            if (!op) {
                add(QStringLiteral("Invalid Condition operator: %1").arg(opMember.key), opMember.keyPos, field, &st);
                continue;
            }
            if (!opMember.value.isObject() || opMember.value.members.empty()) {
                add(QStringLiteral("Condition operator %1 must map condition keys to values").arg(opMember.key),
                    opMember.value.pos, field, &st);
                continue;
            }
            for (const JsonMember &keyMember : opMember.value.members) {
                ConditionEntry entry;
                entry.op = *op;
                entry.key = keyMember.key;
                entry.lookupKey = keyMember.key.toLower();
                entry.pos = keyMember.keyPos;
                if (!keyMember.key.contains(u':') || keyMember.key.startsWith(u':')
                    || !isKnownConditionKey(keyMember.key)) {
                    add(kInvalidConditionKey + QStringLiteral(": ") + keyMember.key, keyMember.keyPos, field, &st);
                    continue;
                }
                std::vector<const JsonValue *> values;
                if (keyMember.value.isArray()) {
                    for (const JsonValue &item : keyMember.value.items)
                        values.push_back(&item);
                } else {
                    values.push_back(&keyMember.value);
                }
                bool ok = true;
                if (values.empty()) {
                    add(QStringLiteral("Condition key %1 has no values").arg(keyMember.key), keyMember.value.pos, field,
                        &st);
                    ok = false;
                }
                for (const JsonValue *value : values) {
                    QString text;
                    switch (value->type) {
                    case JsonValue::Type::String:
                    case JsonValue::Type::Number:
                        text = value->text;
                        break;
                    case JsonValue::Type::Bool:
                        text = value->boolean ? QStringLiteral("true") : QStringLiteral("false");
                        break;
                    default:
                        add(QStringLiteral("Invalid Condition value for %1: a string, number or boolean is expected")
                                .arg(keyMember.key),
                            value->pos, field, &st);
                        ok = false;
                        continue;
                    }
                    // Values holding policy variables are checked after substitution, at request time.
                    if (const QString problem = validateConditionValue(*op, text);
                        !problem.isEmpty() && !text.contains(u"${")) {
                        add(problem, value->pos, field, &st);
                        ok = false;
                        continue;
                    }
                    entry.values.append(text);
                }
                if (ok)
                    st.conditions.push_back(std::move(entry));
            }
        }
    }

    const ParseOptions &m_options;
};

} // namespace

QString Diagnostic::toString() const
{
    QString out;
    if (pos.line > 0)
        out += QStringLiteral("line %1, column %2: ").arg(pos.line).arg(pos.column);
    if (statementIndex >= 0) {
        out += QStringLiteral("Statement %1").arg(statementIndex + 1);
        if (!sid.isEmpty())
            out += QStringLiteral(" (Sid \"%1\")").arg(sid);
        out += field.isEmpty() ? QStringLiteral(": ") : QStringLiteral(", %1: ").arg(field);
    } else if (!field.isEmpty()) {
        out += field + QStringLiteral(": ");
    }
    return out + message;
}

Core::Error ParseResult::toError() const
{
    if (diagnostics.empty())
        return {};
    return Core::Error::make(Core::ErrorCode::MalformedPolicy, diagnostics.front().message);
}

ParseResult parseDocument(const QByteArray &json, const ParseOptions &options)
{
    ParseResult result;
    JsonLimits limits;
    limits.maxBytes = options.maxBytes;
    limits.maxDepth = options.maxDepth;
    const auto root = readJson(json, limits);
    if (!root) {
        Diagnostic d;
        d.message = root.error().pos.line > 0
            ? QStringLiteral("This policy contains invalid Json: %1").arg(root.error().message)
            : root.error().message;
        d.pos = root.error().pos;
        result.diagnostics.push_back(std::move(d));
        return result;
    }
    Validator validator(options);
    Document doc = validator.run(*root);
    result.diagnostics = std::move(validator.diagnostics);
    // In source order, so the editor's list follows the text.
    std::stable_sort(
        result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return std::pair(a.pos.line, a.pos.column) < std::pair(b.pos.line, b.pos.column);
        });
    if (result.diagnostics.empty())
        result.document = std::move(doc);
    return result;
}

Core::Result<Document> parseOrError(const QByteArray &json, const ParseOptions &options)
{
    ParseResult r = parseDocument(json, options);
    if (!r.ok())
        return std::unexpected(r.toError());
    return std::move(*r.document);
}

} // namespace Policy
