#pragma once

#include <optional>

#include <QDateTime>
#include <QString>

namespace Lifecycle::Detail {

// ISO 8601 timestamp or plain date; no zone means UTC. nullopt when unreadable.
std::optional<QDateTime> parseTimestamp(const QString &text);
// "2025-01-01T00:00:00.000Z", as S3 writes Date in GetBucketLifecycleConfiguration.
QString xmlTimestamp(const QDateTime &dt);
// "2025-01-01T00:00:00+00:00", as aws-cli prints timestamps.
QString jsonTimestamp(const QDateTime &dt);

} // namespace Lifecycle::Detail
