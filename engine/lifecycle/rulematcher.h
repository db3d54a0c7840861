#pragma once

#include <QList>
#include <QString>

#include "engine/lifecycle/lifecycleconfiguration.h"

namespace Lifecycle {

// Whether a rule's filter selects an object (pure functions; any thread).
// Prefix: the key starts with it (case-sensitive, byte for byte as S3 compares keys). Tag: the object carries
// that key with that value. All predicates of an And must hold. ObjectSizeGreaterThan / ObjectSizeLessThan are
// strict (size > n, size < n). The empty filter and the empty prefix select everything. The rule's Status is
// not looked at: the planner skips disabled rules itself.
bool filterMatches(const Rule &rule, const QString &key, qint64 size, const QList<Tag> &tags);

// For an incomplete multipart upload: only the prefix counts (AWS forbids tag filters with
// AbortIncompleteMultipartUpload). An upload has no size yet, so a rule with a size predicate selects none.
bool filterMatchesUpload(const Rule &rule, const QString &key);

} // namespace Lifecycle
