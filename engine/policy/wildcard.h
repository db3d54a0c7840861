#pragma once

#include <functional>
#include <optional>

#include <QString>

namespace Policy {

// Matches text against an IAM wildcard pattern: '*' matches any run of characters (also
// none), '?' exactly one. With escapes == true a backslash makes the next character literal;
// expandVariables() produces such patterns so that text substituted from a variable (and
// ${*}, ${?}) never acts as a wildcard. Iterative, O(len(pattern) * len(text)) worst case.
bool wildcardMatch(
    QStringView pattern, QStringView text, Qt::CaseSensitivity cs = Qt::CaseSensitive, bool escapes = false);

// Looks up a policy variable's value by key (e.g. "aws:username"); nullopt when unknown.
using VariableLookup = std::function<std::optional<QString>(const QString &key)>;

enum class ExpandMode
{
    Literal, // the result is plain text
    Pattern, // the result is a pattern for wildcardMatch(..., escapes = true)
};

// Substitutes ${aws:username}, ${aws:userid}, ${*}, ${?}, ${$} and ${key, 'default'}.
// Returns nullopt when a variable has no value and no default: the value then matches
// nothing, as in AWS. Text outside ${...} is kept as written ('*' and '?' stay wildcards
// in Pattern mode).
std::optional<QString> expandVariables(QStringView text, const VariableLookup &lookup, ExpandMode mode);

// Escapes '*', '?' and '\' so the text matches only itself in wildcardMatch(escapes = true).
QString escapeWildcards(QStringView text);

} // namespace Policy
