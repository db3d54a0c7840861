#pragma once

#include <array>
#include <optional>

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "engine/policy/jsonreader.h"
#include "engine/policy/wildcard.h"

namespace Policy {

// A condition operator name taken apart: "ForAnyValue:StringNotLikeIfExists" is the
// StringLike family, negated, with IfExists and the ForAnyValue set qualifier.
struct ConditionOperator
{
    enum class Family
    {
        String, // StringEquals / StringNotEquals
        StringIgnoreCase, // StringEqualsIgnoreCase / StringNotEqualsIgnoreCase
        StringLike, // StringLike / StringNotLike
        Numeric,
        Date,
        Bool,
        IpAddress, // IpAddress / NotIpAddress
        Arn, // ArnEquals / ArnNotEquals / ArnLike / ArnNotLike (AWS matches them alike)
        Null,
    };
    enum class Comparison
    {
        Equals,
        LessThan,
        LessThanEquals,
        GreaterThan,
        GreaterThanEquals,
    };
    enum class SetQualifier
    {
        None,
        ForAnyValue,
        ForAllValues,
    };

    QString name; // as written in the policy
    Family family = Family::String;
    Comparison comparison = Comparison::Equals;
    bool negated = false;
    bool ifExists = false;
    SetQualifier qualifier = SetQualifier::None;

    // nullopt for an unknown operator ("StringEqualz"). Operator names are case-sensitive
    // in AWS; so they are here.
    static std::optional<ConditionOperator> parse(QStringView name);
    // Whether policy variables are substituted in this operator's values (String and Arn).
    bool supportsVariables() const;
};

// One "operator: { key: values }" pair of a Condition block.
struct ConditionEntry
{
    ConditionOperator op;
    QString key; // as written; compared case-insensitively
    QString lookupKey; // key lowercased, as RequestContext stores keys
    QStringList values; // JSON strings, numbers and booleans as text
    SourcePos pos; // position of the key
};

// Outcome of one condition entry against a request, with an English reason for explain().
struct ConditionCheck
{
    bool passed = false;
    QString detail;
};

// Evaluates one entry. contextValues is nullptr (or empty) when the request has no such key.
// lookup substitutes policy variables in String/Arn values (nullptr: no substitution, as for
// 2008-10-17 documents). AWS semantics: several values of one key are ORed (ANDed for the
// negated operators); a missing key fails the condition except for negated operators,
// ...IfExists, Null and ForAllValues (true on an empty set).
// withDetail == false skips building ConditionCheck::detail (the server's hot path).
ConditionCheck evaluateCondition(const ConditionEntry &entry, const QStringList *contextValues,
    const VariableLookup *lookup, bool withDetail = true);

// Checks a policy value for the operator's family (numbers, dates, CIDRs, booleans).
// Returns an error message, or an empty string when the value is acceptable.
QString validateConditionValue(const ConditionOperator &op, const QString &value);

// Helpers shared with the tests and the server.
// An IPv4 or IPv6 address or CIDR block; IPv4 addresses are kept as their 4 bytes.
struct IpRange
{
    std::array<quint8, 16> bytes {};
    bool v6 = false;
    int prefix = 0; // number of significant bits
    static std::optional<IpRange> parse(QStringView text); // "10.0.0.0/8", "2001:db8::/32", "1.2.3.4"
    bool contains(const IpRange &address) const;
};

// ISO 8601 date or date-time (UTC unless an offset is given) or seconds since the epoch.
std::optional<QDateTime> parseConditionDate(QStringView text);

} // namespace Policy
