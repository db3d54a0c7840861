#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "engine/core/error.h"
#include "engine/policy/condition.h"
#include "engine/policy/jsonreader.h"

namespace Policy {

enum class Effect
{
    Allow,
    Deny,
};

// The Principal or NotPrincipal element. "*" and {"AWS": "*"} both set wildcard.
struct PrincipalSpec
{
    bool wildcard = false;
    QStringList aws; // account ids and IAM ARNs as written
    QStringList canonicalUser; // canonical user ids
    QStringList service; // e.g. "cloudtrail.amazonaws.com"
    QStringList federated;
};

// One statement as parsed and validated. Positions point into the source text so the
// editor can put markers on the line.
struct Statement
{
    int index = 0; // 0-based position in the Statement list
    QString sid;
    Effect effect = Effect::Allow;
    std::optional<PrincipalSpec> principal; // Principal or NotPrincipal (see notPrincipal)
    bool notPrincipal = false;
    QStringList actions; // Action or NotAction values as written
    bool notAction = false;
    QStringList resources; // Resource or NotResource values as written
    bool notResource = false;
    std::vector<ConditionEntry> conditions;
    SourcePos pos;
};

// A parsed policy document. Value type; `name` is not part of the JSON: the caller sets it
// (an identity policy's name, or "bucket policy") so explanations can say which one decided.
struct Document
{
    QString name;
    QString version; // "2012-10-17" or "2008-10-17"; empty when absent (treated as 2008-10-17)
    QString id;
    std::vector<Statement> statements;

    // Policy variables such as ${aws:username} are only substituted in 2012-10-17 documents.
    bool supportsVariables() const { return version == u"2012-10-17"; }
};

enum class PolicyKind
{
    Bucket, // resource policy attached to a bucket: Principal required
    Identity, // attached to a user: Principal forbidden
};

struct ParseOptions
{
    PolicyKind kind = PolicyKind::Bucket;
    QString bucket; // for bucket policies: every Resource must lie inside it (empty: no check)
    qsizetype maxBytes = 20 * 1024; // bucket policy limit; IAM's inline user policy limit is 2 KB of
                                    // non-space characters, managed policies 6 KB: callers choose
    int maxDepth = 32;
};

// One problem found in a document. `message` is AWS's wording where AWS has one
// ("Policy has invalid action", "Missing required field Principal", ...).
struct Diagnostic
{
    QString message;
    SourcePos pos;
    int statementIndex = -1; // -1: not inside a statement
    QString sid;
    QString field; // "Action", "Condition", ... ; empty for JSON syntax errors

    // "line 4, column 7: Statement 2 (Sid "x"), Action: Policy has invalid action"
    QString toString() const;
};

struct ParseResult
{
    std::optional<Document> document; // set only when diagnostics is empty
    std::vector<Diagnostic> diagnostics;

    bool ok() const { return document.has_value(); }
    // A MalformedPolicy error carrying the first diagnostic's AWS message, as S3 answers
    // PutBucketPolicy.
    Core::Error toError() const;
};

// Parses and validates a policy. Every problem found is reported (the editor shows them all);
// the document is returned only when there are none. Never throws.
ParseResult parseDocument(const QByteArray &json, const ParseOptions &options = {});

// Convenience for the server: the document, or MalformedPolicy with the first message.
Core::Result<Document> parseOrError(const QByteArray &json, const ParseOptions &options = {});

} // namespace Policy
