// Fuzz target: bucket and identity policies: the JSON reader, document validation, and the
// evaluation (with explanation) of a few fixed requests against a document that parses.
// Input: one flag byte (bit 0 identity policy, bit 1 no bucket check, bit 2 small limits),
// then the policy JSON.

#include <cstdint>
#include <vector>

#include <QDateTime>

#include "engine/policy/document.h"
#include "engine/policy/evaluator.h"
#include "engine/policy/jsonreader.h"
#include "tests/fuzz/fuzzinput.h"

namespace {

std::vector<Policy::RequestContext> requests()
{
    std::vector<Policy::RequestContext> out;
    Policy::RequestContext alice;
    alice.principal.arn = QStringLiteral("arn:aws:iam::000000000000:user/alice");
    alice.principal.userName = QStringLiteral("alice");
    alice.principal.userId = QStringLiteral("AIDAEXAMPLEALICE");
    alice.principal.account = QStringLiteral("000000000000");
    alice.action = QStringLiteral("s3:GetObject");
    alice.resource = QStringLiteral("arn:aws:s3:::examplebucket/home/alice/notes.txt");
    alice.setValue(QStringLiteral("aws:SourceIp"), QStringLiteral("192.168.1.20"));
    alice.setValue(QStringLiteral("aws:SecureTransport"), QStringLiteral("false"));
    alice.setValue(QStringLiteral("s3:prefix"), QStringLiteral("home/alice/"));
    alice.setValues(QStringLiteral("s3:ExistingObjectTag/team"), {QStringLiteral("blue")});
    alice.setRequestTime(QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC));
    out.push_back(alice);

    Policy::RequestContext anonymous;
    anonymous.principal.anonymous = true;
    anonymous.action = QStringLiteral("s3:ListBucket");
    anonymous.resource = QStringLiteral("arn:aws:s3:::examplebucket");
    anonymous.setValue(QStringLiteral("s3:max-keys"), QStringLiteral("10"));
    anonymous.setValue(QStringLiteral("aws:Referer"), QStringLiteral("http://www.example.com/"));
    out.push_back(anonymous);

    Policy::RequestContext put = alice;
    put.action = QStringLiteral("s3:PutObject");
    put.resource = QStringLiteral("arn:aws:s3:::examplebucket/public/*weird?key");
    put.setValue(QStringLiteral("s3:x-amz-acl"), QStringLiteral("public-read"));
    put.setValue(QStringLiteral("s3:x-amz-server-side-encryption"), QStringLiteral("AES256"));
    out.push_back(put);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const std::vector<Policy::RequestContext> kRequests = requests();
    Fuzz::Input in(data, size);
    const std::uint8_t flags = in.byte();
    const QByteArray json = in.restCopy();

    Policy::JsonLimits jsonLimits;
    Policy::ParseOptions options;
    options.kind = (flags & 1) ? Policy::PolicyKind::Identity : Policy::PolicyKind::Bucket;
    if (!(flags & 2))
        options.bucket = QStringLiteral("examplebucket");
    if (flags & 4) {
        jsonLimits.maxBytes = options.maxBytes = 512;
        jsonLimits.maxDepth = options.maxDepth = 4;
    }
    jsonLimits.rejectDuplicateKeys = !(flags & 8);
    (void)Policy::readJson(json, jsonLimits);

    const Policy::ParseResult parsed = Policy::parseDocument(json, options);
    for (const Policy::Diagnostic &d : parsed.diagnostics)
        (void)d.toString();
    if (!parsed.ok()) {
        (void)parsed.toError();
        return 0;
    }
    Policy::Document doc = *parsed.document;
    doc.name = QStringLiteral("fuzzed");
    for (const Policy::RequestContext &request : kRequests) {
        const bool identity = options.kind == Policy::PolicyKind::Identity;
        std::vector<const Policy::Document *> identities;
        if (identity)
            identities.push_back(&doc);
        const Policy::Document *bucket = identity ? nullptr : &doc;
        const Policy::Decision decision = Policy::evaluate(request, identities, bucket);
        const Policy::Explanation explanation = Policy::explain(request, identities, bucket);
        if (decision != explanation.decision)
            __builtin_trap(); // evaluate() and explain() must agree
        (void)explanation.toText();
        (void)Policy::decisionName(decision);
    }
    return 0;
}
