#include "app/pailctl/policycommands.h"

#include <cstdio>
#include <memory>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/pailctl/session.h"
#include "engine/client/configreadback.h"
#include "engine/policy/acl.h"
#include "engine/policy/s3actions.h"
#include "engine/policy/simulation.h"
#include "engine/s3/xml/accessdocuments.h"
#include "engine/s3/xml/configdocuments.h"
#include "engine/server/access.h"
#include "engine/server/users.h"

namespace Ctl {

namespace {

struct SimPrincipal
{
    Server::Caller caller = Server::Caller::Anonymous;
    QString userName;
};

// The principal text as Policy::parsePrincipalText() reads it (shared with the GUI's simulator).
SimPrincipal parsePrincipal(const QString &p)
{
    const Policy::PrincipalChoice c = Policy::parsePrincipalText(p, QString::fromLatin1(Server::kSandboxAccount));
    switch (c.kind) {
    case Policy::PrincipalChoice::Kind::Root:
        return {Server::Caller::Root, QStringLiteral("root")};
    case Policy::PrincipalChoice::Kind::User:
        return {Server::Caller::User, c.userName};
    case Policy::PrincipalChoice::Kind::Anonymous:
        break;
    }
    return {Server::Caller::Anonymous, {}};
}

Core::Result<Policy::Document> parseFile(const QString &path, Policy::PolicyKind kind, const QString &bucket,
                                         const QString &name)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot read %1").arg(path));
    Policy::ParseOptions o;
    o.kind = kind;
    o.bucket = bucket;
    o.maxBytes = 64 * 1024;
    Policy::ParseResult r = Policy::parseDocument(f.readAll(), o);
    if (!r.ok())
        return Core::fail(Core::ErrorCode::MalformedPolicy,
                          QStringLiteral("%1: %2").arg(path, r.diagnostics.empty() ? QString() : r.diagnostics.front().toString()));
    r.document->name = name;
    return std::move(*r.document);
}

Client::Request adminRequest(QByteArray method, const QString &path)
{
    Client::Request r;
    r.method = std::move(method);
    r.bucket = QStringLiteral("_pail");
    r.key = path;
    r.idempotent = r.method != "POST";
    return r;
}

// What the endpoint's Object Ownership, Block Public Access and ACLs add to a simulation:
// fetched with the CLI's credentials; nullopt when the endpoint answers none of it (not
// implemented, or not allowed), so the simulation is then about policies only.
std::optional<Server::BucketAccessFacts> fetchAccessFacts(Session &s, const QString &bucket, const QString &key,
                                                          const QString &action, bool policyIsPublic)
{
    Server::BucketAccessFacts facts;
    facts.bucketPolicyIsPublic = policyIsPublic;
    Client::Request ownership;
    ownership.bucket = bucket;
    ownership.addQuery(u"ownershipControls"_qs);
    auto o = s.send(ownership);
    QString objectOwnership;
    if (o) {
        auto doc = S3::OwnershipControls::fromXml(o->body);
        if (!doc)
            return std::nullopt;
        objectOwnership = doc->objectOwnership;
    } else if (o.error().s3Code != u"OwnershipControlsNotFoundError") {
        return std::nullopt;
    }
    facts.acl.aclsEnabled = objectOwnership != u"BucketOwnerEnforced";
    Client::Request block;
    block.bucket = bucket;
    block.addQuery(u"publicAccessBlock"_qs);
    if (auto b = s.send(block)) {
        if (auto doc = S3::PublicAccessBlockConfiguration::fromXml(b->body)) {
            facts.acl.ignorePublicAcls = doc->ignorePublicAcls;
            facts.restrictPublicBuckets = doc->restrictPublicBuckets;
        }
    } else if (b.error().s3Code != u"NoSuchPublicAccessBlockConfiguration") {
        return std::nullopt;
    }
    const std::optional<Policy::AclTarget> target = Policy::aclTargetFor(action);
    if (target && facts.acl.aclsEnabled && (!target->objectAcl || !key.isEmpty())) {
        Client::Request acl;
        acl.bucket = bucket;
        if (target->objectAcl)
            acl.key = key;
        acl.addQuery(u"acl"_qs);
        if (auto a = s.send(acl)) {
            if (auto doc = S3::AccessControlPolicy::fromXml(a->body))
                facts.acl.acl = *doc;
        }
    }
    return facts;
}

int runSimulate(const QStringList &args)
{
    Session s(QStringLiteral("policy simulate"));
    s.parser().addOptions({
        {u"bucket"_qs, u"Bucket the request targets."_qs, u"B"_qs},
        {u"principal"_qs, u"root, anonymous, a sandbox user name or an IAM ARN."_qs, u"P"_qs},
        {u"action"_qs, u"s3:GetObject, or a REST operation name (HeadObject)."_qs, u"A"_qs},
        {u"key"_qs, u"Object key (empty: the bucket itself)."_qs, u"K"_qs},
        {u"source-ip"_qs, u"aws:SourceIp (default 127.0.0.1)."_qs, u"IP"_qs, u"127.0.0.1"_qs},
        {u"secure"_qs, u"aws:SecureTransport true (default false)."_qs},
        {u"prefix"_qs, u"s3:prefix of a list request."_qs, u"PREFIX"_qs},
        {u"context"_qs, u"Extra condition key KEY=VALUE (repeatable)."_qs, u"KV"_qs},
        {u"policy-file"_qs, u"Bucket policy JSON (default: fetched from the endpoint)."_qs, u"F"_qs},
        {u"identity-policy-file"_qs, u"Identity policy JSON of the principal (repeatable)."_qs, u"F"_qs},
    });
    if (auto rc = s.parse(args, 0, 0, u"--bucket B --principal P --action A [--key K] [options]"_qs))
        return *rc;
    const QString bucket = s.value(u"bucket"_qs);
    if (bucket.isEmpty() || !s.isSet(u"principal"_qs) || !s.isSet(u"action"_qs))
        return s.usage(u"--bucket, --principal and --action are required"_qs);
    const SimPrincipal who = parsePrincipal(s.value(u"principal"_qs));
    const QString key = s.value(u"key"_qs);

    std::optional<Policy::Document> bucketPolicy;
    bool fromEndpoint = false;
    std::vector<Policy::Document> identity;
    for (const QString &file : s.parser().values(u"identity-policy-file"_qs)) {
        auto doc = parseFile(file, Policy::PolicyKind::Identity, {}, file);
        if (!doc)
            return s.fail(doc.error());
        identity.push_back(std::move(*doc));
    }
    if (s.isSet(u"policy-file"_qs)) {
        auto doc = parseFile(s.value(u"policy-file"_qs), Policy::PolicyKind::Bucket, bucket, QString());
        if (!doc)
            return s.fail(doc.error());
        bucketPolicy = std::move(*doc);
    } else {
        if (auto st = s.connect(); !st)
            return s.fail(st.error());
        fromEndpoint = true;
        Client::Request get;
        get.bucket = bucket;
        get.addQuery(u"policy"_qs);
        auto reply = s.send(get);
        if (reply) {
            Policy::ParseOptions o;
            o.bucket = bucket;
            o.maxBytes = 64 * 1024;
            Policy::ParseResult r = Policy::parseDocument(reply->body, o);
            if (!r.ok())
                return s.fail(r.toError());
            r.document->name.clear();
            bucketPolicy = std::move(*r.document);
        } else if (reply.error().s3Code != u"NoSuchBucketPolicy") {
            return s.fail(reply.error());
        }
        if (who.caller == Server::Caller::User && !s.isSet(u"identity-policy-file"_qs)) {
            auto policies = s.send(adminRequest("GET", QStringLiteral("users/%1/policies").arg(who.userName)));
            if (!policies)
                return s.fail(policies.error());
            identity = Policy::identityPoliciesFromAdminJson(policies->body);
        }
    }

    // The request context comes from the engine's simulation helper, as in the GUI's simulator.
    Policy::SimulationRequest sim;
    const Server::User user = Server::User::make(who.userName.isEmpty() ? u"anonymous"_qs : who.userName, u"-"_qs, u"-"_qs);
    sim.principal = Server::principalFor(who.caller == Server::Caller::Anonymous ? nullptr : &user,
                                         who.caller == Server::Caller::Root);
    sim.bucket = bucket;
    sim.key = key;
    sim.action = s.value(u"action"_qs);
    sim.sourceIp = s.value(u"source-ip"_qs);
    sim.secureTransport = s.isSet(u"secure"_qs);
    sim.hasPrefix = s.isSet(u"prefix"_qs);
    sim.prefix = s.value(u"prefix"_qs);
    for (const QString &kv : s.parser().values(u"context"_qs)) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0)
            return s.usage(QStringLiteral("--context wants KEY=VALUE, got '%1'").arg(kv));
        sim.extraKeys.append({kv.left(eq), kv.mid(eq + 1)});
    }
    const Policy::RequestContext ctx = Policy::simulationContext(sim);

    std::vector<const Policy::Document *> identityDocs;
    for (const Policy::Document &d : identity)
        identityDocs.push_back(&d);
    // Object Ownership, Block Public Access and ACLs of the bucket, when read from the endpoint.
    std::optional<Server::BucketAccessFacts> facts;
    if (fromEndpoint)
        facts = fetchAccessFacts(s, bucket, key, ctx.action, bucketPolicy && Server::isPublicPolicy(*bucketPolicy));
    const Policy::Explanation ex = Server::explainAccess(who.caller, ctx, identityDocs,
                                                         bucketPolicy ? &*bucketPolicy : nullptr, facts ? &*facts : nullptr);
    QString text = ex.toText();
    if (who.caller == Server::Caller::Root && !ex.deciding()) {
        QStringList lines = text.split(u'\n');
        if (lines.size() > 1)
            lines[1] = u"Decided by: the account root (allowed unless the bucket policy denies explicitly)"_qs;
        text = lines.join(u'\n');
    }
    if (s.json()) {
        printJson({{u"decision"_qs, ex.decision == Policy::Decision::Allow ? u"Allow"_qs : u"Deny"_qs},
                   {u"principal"_qs, ctx.principal.anonymous ? u"anonymous"_qs : ctx.principal.arn},
                   {u"action"_qs, ctx.action},
                   {u"resource"_qs, ctx.resource},
                   {u"explanation"_qs, text}});
        return 0;
    }
    std::printf("%s\n", ex.decision == Policy::Decision::Allow ? "Allow" : "Deny");
    std::printf("Request: %s %s %s\n", qPrintable(ctx.principal.anonymous ? u"anonymous"_qs : ctx.principal.arn),
                qPrintable(ctx.action), qPrintable(ctx.resource));
    std::printf("%s", qPrintable(text));
    return 0;
}

int runUser(const QString &verb, const QStringList &args)
{
    Session s(QStringLiteral("sandbox user ") + verb, false);
    int minArgs = 1;
    QString syntax = u"NAME"_qs;
    if (verb == u"add") {
        s.parser().addOptions({
            {u"access-key"_qs, u"The new user's access key (default: generated)."_qs, u"K"_qs},
            {u"secret-key"_qs, u"The new user's secret key (default: generated)."_qs, u"S"_qs},
        });
        syntax = u"NAME [--access-key K --secret-key S]"_qs;
    } else if (verb == u"list") {
        minArgs = 0;
        syntax = QString();
    } else if (verb == u"attach-policy") {
        s.parser().addOptions({
            {u"file"_qs, u"Identity policy JSON."_qs, u"F"_qs},
            {u"policy-name"_qs, u"Policy name (default: the file's base name)."_qs, u"N"_qs},
        });
        syntax = u"NAME --file policy.json [--policy-name N]"_qs;
    } else if (verb == u"detach-policy") {
        s.parser().addOption({u"policy-name"_qs, u"Policy name."_qs, u"N"_qs});
        syntax = u"NAME --policy-name N"_qs;
    } else if (verb != u"remove") {
        return s.usage(u"unknown sub-command (add, list, remove, attach-policy, detach-policy)"_qs);
    }
    if (auto rc = s.parse(args, minArgs, minArgs, syntax))
        return *rc;
    if (auto st = s.connect(); !st)
        return s.fail(st.error());
    const QString name = minArgs ? s.positional().first() : QString();
    auto encoded = [](const QString &v) { return v; };

    if (verb == u"list") {
        auto r = s.send(adminRequest("GET", u"users"_qs));
        if (!r)
            return s.fail(r.error());
        const QJsonArray users = QJsonDocument::fromJson(r->body).object().value(u"users"_qs).toArray();
        std::printf("%-20s %-24s %-6s %s\n", "NAME", "ACCESS KEY", "ROOT", "POLICIES");
        for (const QJsonValue &v : users) {
            const QJsonObject o = v.toObject();
            QStringList policies;
            for (const QJsonValue &p : o.value(u"policies"_qs).toArray())
                policies.append(p.toString());
            std::printf("%-20s %-24s %-6s %s\n", qPrintable(o.value(u"name"_qs).toString()),
                        qPrintable(o.value(u"accessKeyId"_qs).toString()), o.value(u"root"_qs).toBool() ? "yes" : "no",
                        qPrintable(policies.join(u", ")));
        }
        return 0;
    }
    if (verb == u"add") {
        if (s.isSet(u"access-key"_qs) != s.isSet(u"secret-key"_qs))
            return s.usage(u"--access-key and --secret-key go together"_qs);
        QJsonObject o;
        o.insert(u"name"_qs, name);
        if (s.isSet(u"access-key"_qs)) {
            o.insert(u"accessKeyId"_qs, s.value(u"access-key"_qs));
            o.insert(u"secretAccessKey"_qs, s.value(u"secret-key"_qs));
        }
        Client::Request req = adminRequest("POST", u"users"_qs);
        req.body = Client::RequestBody::fromBytes(QJsonDocument(o).toJson(QJsonDocument::Compact));
        req.setHeader("Content-Type", "application/json");
        auto r = s.send(req);
        if (!r)
            return s.fail(r.error());
        const QJsonObject out = QJsonDocument::fromJson(r->body).object();
        std::printf("user %s\naccess key %s\nsecret key %s\narn %s\n", qPrintable(out.value(u"name"_qs).toString()),
                    qPrintable(out.value(u"accessKeyId"_qs).toString()),
                    qPrintable(out.value(u"secretAccessKey"_qs).toString()), qPrintable(out.value(u"arn"_qs).toString()));
        return 0;
    }
    if (verb == u"remove") {
        auto r = s.send(adminRequest("DELETE", u"users/"_qs + encoded(name)));
        if (!r)
            return s.fail(r.error());
        std::printf("removed user %s\n", qPrintable(name));
        return 0;
    }
    if (verb == u"attach-policy") {
        const QString file = s.value(u"file"_qs);
        if (file.isEmpty())
            return s.usage(u"--file is required"_qs);
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return s.fail(Core::Error::make(Core::ErrorCode::IoError, QStringLiteral("cannot read %1").arg(file)));
        QString policyName = s.value(u"policy-name"_qs);
        if (policyName.isEmpty())
            policyName = QFileInfo(file).completeBaseName();
        Client::Request req = adminRequest("PUT", QStringLiteral("users/%1/policies/%2").arg(name, policyName));
        req.body = Client::RequestBody::fromBytes(f.readAll());
        req.setHeader("Content-Type", "application/json");
        auto r = s.send(req);
        if (!r)
            return s.fail(r.error());
        std::printf("attached policy %s to %s\n", qPrintable(policyName), qPrintable(name));
        return 0;
    }
    // detach-policy
    const QString policyName = s.value(u"policy-name"_qs);
    if (policyName.isEmpty())
        return s.usage(u"--policy-name is required"_qs);
    auto r = s.send(adminRequest("DELETE", QStringLiteral("users/%1/policies/%2").arg(name, policyName)));
    if (!r)
        return s.fail(r.error());
    std::printf("detached policy %s from %s\n", qPrintable(policyName), qPrintable(name));
    return 0;
}

} // namespace

int runSandboxUser(const QStringList &args)
{
    if (args.isEmpty() || args.first() == u"--help") {
        std::printf("Usage: pailctl sandbox user add NAME [--access-key K --secret-key S]\n"
                    "       pailctl sandbox user list\n"
                    "       pailctl sandbox user remove NAME\n"
                    "       pailctl sandbox user attach-policy NAME --file policy.json [--policy-name N]\n"
                    "       pailctl sandbox user detach-policy NAME --policy-name N\n"
                    "Endpoint and root credentials as for aws-cli: --endpoint-url, --profile, AWS_ACCESS_KEY_ID,\n"
                    "AWS_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION.\n");
        return args.isEmpty() ? 2 : 0;
    }
    return runUser(args[0], args.mid(1));
}

// `pailctl policy get --bucket B` and `pailctl policy put --bucket B --file policy.json`.
static int runGetPut(const QString &verb, const QStringList &args)
{
    Session s(QStringLiteral("policy ") + verb);
    s.parser().addOptions({{u"bucket"_qs, u"The bucket."_qs, u"BUCKET"_qs},
                           {u"file"_qs, u"put: the bucket policy (JSON)."_qs, u"FILE"_qs}});
    if (auto rc = s.parse(args, 0, 0, verb == u"get" ? u"--bucket B"_qs : u"--bucket B --file policy.json"_qs))
        return *rc;
    if (!s.isSet(u"bucket"_qs))
        return s.usage(u"--bucket is required"_qs);
    const QString bucket = s.value(u"bucket"_qs);
    QByteArray body;
    if (verb == u"put") {
        if (!s.isSet(u"file"_qs))
            return s.usage(u"--file is required"_qs);
        QFile f(s.value(u"file"_qs));
        if (!f.open(QIODevice::ReadOnly))
            return s.fail(Core::Error::make(Core::ErrorCode::IoError, QStringLiteral("cannot read %1").arg(f.fileName())));
        body = f.readAll();
        Policy::ParseOptions o;
        o.kind = Policy::PolicyKind::Bucket;
        o.bucket = bucket;
        o.maxBytes = 20 * 1024; // AWS's limit for bucket policies
        const Policy::ParseResult parsed = Policy::parseDocument(body, o);
        if (!parsed.ok())
            return s.fail(Core::Error::make(Core::ErrorCode::MalformedPolicy,
                                            QStringLiteral("%1: %2").arg(f.fileName(), parsed.diagnostics.empty()
                                                                                           ? QString()
                                                                                           : parsed.diagnostics.front().toString())));
    }
    if (auto st = s.connect(); !st)
        return s.fail(st.error());
    if (verb == u"get") {
        std::unique_ptr<Client::RawDocumentJob> job(s.client().bucketConfig(bucket, Client::BucketConfig::Policy));
        awaitJob(job.get());
        if (!job->result())
            return s.fail(job->result().error());
        const QJsonDocument doc = QJsonDocument::fromJson(*job->result());
        if (s.json())
            printJson({{u"bucket"_qs, bucket}, {u"policy"_qs, doc.object()}});
        else
            std::printf("%s", doc.isObject() ? doc.toJson(QJsonDocument::Indented).constData() : job->result()->constData());
        return 0;
    }
    std::unique_ptr<Client::ConfigWriteJob> job(s.client().putBucketConfigChecked(bucket, Client::BucketConfig::Policy, body));
    awaitJob(job.get());
    if (!job->result())
        return s.fail(job->result().error());
    return reportConfigWrite(s, bucket, u"bucket policy"_qs, *job->result());
}

int runPolicy(const QStringList &args)
{
    if (args.isEmpty() || args.first() == u"--help") {
        std::printf("Usage: pailctl policy get --bucket B [--json]\n"
                    "       pailctl policy put --bucket B --file policy.json [--json]\n"
                    "       pailctl policy simulate --bucket B --principal P --action A [--key K] [--source-ip IP]\n"
                    "       [--secure] [--policy-file F] [--identity-policy-file F] [--endpoint-url URL] ...\n");
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == u"simulate")
        return runSimulate(args.mid(1));
    if (args.first() == u"get" || args.first() == u"put")
        return runGetPut(args.first(), args.mid(1));
    std::fprintf(stderr, "pailctl policy: unknown sub-command '%s'\n", qPrintable(args.first()));
    return 2;
}

} // namespace Ctl
