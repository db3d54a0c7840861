#pragma once

#include <functional>

#include <QList>
#include <QObject>

#include "engine/core/error.h"
#include "engine/s3/xml/documents.h"

namespace Client {
class S3Client;
}

namespace Gui {

// Lists every object under `prefix` (no delimiter), page after page, and calls `done` once in
// the GUI thread; used for folder downloads and deletes. `done` is dropped when `context` dies.
// At most `limit` objects are collected (then `truncated` is true).
void collectKeys(Client::S3Client *client, const QString &bucket, const QString &prefix, QObject *context,
                 std::function<void(const Core::Result<QList<S3::ObjectEntry>> &, bool truncated)> done,
                 int limit = 100000);

} // namespace Gui
