#pragma once

#include <optional>

#include <QString>

namespace Transfer {

// Where an object key, relative to the prefix being downloaded, lands under a local folder.
// Keys come from the server and are hostile: a key may hold "..", ".", absolute paths, empty
// segments, NUL or other control characters, any of which could write outside `root` or name a
// file the file system cannot hold. Empty segments ("a//b", a leading '/') are dropped, as
// aws-cli does; a "." or ".." segment, a NUL or a segment longer than 255 UTF-8 bytes makes the
// key unsafe, and nothing is returned: callers skip such keys and say so. The result is always
// `root` + '/' + a path that stays inside `root`.
std::optional<QString> localPathForKey(const QString &root, const QString &relativeKey);

} // namespace Transfer
