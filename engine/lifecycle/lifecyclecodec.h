#pragma once

#include <utility>

#include <QByteArray>

#include "engine/core/error.h"
#include "engine/lifecycle/lifecycleconfiguration.h"

namespace Lifecycle {

// Reading and writing a LifecycleConfiguration as the PutBucketLifecycleConfiguration XML body /
// GetBucketLifecycleConfiguration response, and as the JSON that `aws s3api put-bucket-lifecycle-configuration
// --lifecycle-configuration file://x.json` reads and `get-bucket-lifecycle-configuration` prints.
// Free functions without state: call them from any thread.

inline constexpr qsizetype kMaxDocumentBytes = 8 * 1024 * 1024; // 1000 rules with long prefixes and tags fit
inline constexpr int kMaxXmlDepth = 16;                          // the schema nests 6 deep

enum class Check
{
    Full,          // structure, then validate(): what the server does on PUT
    StructureOnly, // syntax and schema only, so the editor can load a configuration it will then mark up
};

// Errors: MalformedXML for anything the schema does not allow (DOCTYPE, unknown or repeated elements,
// non-numeric or out-of-range numbers, bad dates, Status other than Enabled/Disabled, more than 1000 rules,
// oversized or over-deep documents); with Check::Full, then the first validate() issue.
Core::Result<LifecycleConfiguration> fromXml(const QByteArray &body, Check check = Check::Full);
QByteArray toXml(const LifecycleConfiguration &config);

// Errors: ParseError with "line L, column C: ..." for JSON syntax; ParseError naming the path
// ("Rules[0].Transitions[1].Days: ...") for a wrong type or unknown key (aws-cli rejects those before
// sending); MalformedXML / InvalidArgument / InvalidRequest as S3 would answer for values that reach it.
Core::Result<LifecycleConfiguration> fromJson(const QByteArray &json, Check check = Check::Full);
QByteArray toJson(const LifecycleConfiguration &config, bool indented = true);

// 1-based line and column (in characters) of a byte offset into UTF-8 text.
std::pair<int, int> lineColumn(const QByteArray &utf8, qsizetype offset);

} // namespace Lifecycle
