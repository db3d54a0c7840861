#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "engine/s3/xml/listingdocuments.h"

namespace Transfer {

// Point-in-time views of a versioned bucket, computed from ListObjectVersions entries.
// Pure functions: no I/O; the caller lists (all pages) and runs the plan.

// For each key, the entry that was current at `at`: the newest version or delete marker whose
// LastModified is <= at. Entries may come in any order; for equal times, the one listed first
// (ListObjectVersions lists newest first) wins. Keys whose current entry at `at` is a delete
// marker, or that had no entry yet, did not exist then and are left out. Result in key order.
QList<S3::VersionEntry> versionsAt(const QList<S3::VersionEntry> &entries, const QDateTime &at);

// One step that brings a key back to how it was at the chosen time.
struct PointInTimeAction
{
    enum class Kind
    {
        RemoveDeleteMarkers, // only delete markers came later: removing them makes the old version current
        CopyVersion,         // copy `versionId` onto the key (server-side): it becomes the latest
        DeleteCurrent,       // the key did not exist then: delete it (a delete marker when versioned)
    };
    Kind kind = Kind::CopyVersion;
    QString key;
    QString versionId;         // CopyVersion: the source version
    QStringList markerIds;     // RemoveDeleteMarkers: the markers to delete (newest first)
    qint64 size = 0;           // CopyVersion: bytes copied server-side

    bool operator==(const PointInTimeAction &) const = default;
};

// What to do, per key in key order, so that every key in `entries` is as it was at `at`.
// Keys already as they were are left out (an empty plan = nothing to change), also when the
// current version has the same ETag and size as the one then (a restored copy of it).
QList<PointInTimeAction> planRestoreToTime(const QList<S3::VersionEntry> &entries, const QDateTime &at);

} // namespace Transfer
