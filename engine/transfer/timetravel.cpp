#include "engine/transfer/timetravel.h"

#include <algorithm>
#include <map>

namespace Transfer {

namespace {

// The entries of each key, newest first (stable: the listing order breaks ties).
std::map<QString, QList<S3::VersionEntry>> byKeyNewestFirst(const QList<S3::VersionEntry> &entries)
{
    std::map<QString, QList<S3::VersionEntry>> keys;
    for (const S3::VersionEntry &e : entries)
        keys[e.key].append(e);
    for (auto &[key, list] : keys) {
        std::ranges::stable_sort(list, [](const S3::VersionEntry &a, const S3::VersionEntry &b) {
            return a.lastModified > b.lastModified;
        });
    }
    return keys;
}

// Index into `newestFirst` of the entry current at `at`, or -1 (the key did not exist yet).
qsizetype currentAt(const QList<S3::VersionEntry> &newestFirst, const QDateTime &at)
{
    for (qsizetype i = 0; i < newestFirst.size(); ++i) {
        if (newestFirst.at(i).lastModified <= at)
            return i;
    }
    return -1;
}

} // namespace

QList<S3::VersionEntry> versionsAt(const QList<S3::VersionEntry> &entries, const QDateTime &at)
{
    QList<S3::VersionEntry> result;
    for (const auto &[key, list] : byKeyNewestFirst(entries)) {
        const qsizetype i = currentAt(list, at);
        if (i >= 0 && !list.at(i).isDeleteMarker)
            result.append(list.at(i));
    }
    return result;
}

QList<PointInTimeAction> planRestoreToTime(const QList<S3::VersionEntry> &entries, const QDateTime &at)
{
    QList<PointInTimeAction> plan;
    for (const auto &[key, list] : byKeyNewestFirst(entries)) {
        const qsizetype then = currentAt(list, at);
        const bool existedThen = then >= 0 && !list.at(then).isDeleteMarker;
        const S3::VersionEntry &now = list.first();
        if (!existedThen) {
            if (!now.isDeleteMarker) {
                PointInTimeAction a;
                a.kind = PointInTimeAction::Kind::DeleteCurrent;
                a.key = key;
                plan.append(a);
            }
            continue;
        }
        if (then == 0)
            continue; // unchanged since
        const S3::VersionEntry &old = list.at(then);
        if (!now.isDeleteMarker && !now.etag.isEmpty() && now.etag == old.etag && now.size == old.size)
            continue; // the same bytes are current again (e.g. a copy of that version)
        const auto later = list.mid(0, then);
        if (std::ranges::all_of(later, [](const S3::VersionEntry &e) { return e.isDeleteMarker; })) {
            PointInTimeAction a;
            a.kind = PointInTimeAction::Kind::RemoveDeleteMarkers;
            a.key = key;
            for (const S3::VersionEntry &e : later)
                a.markerIds.append(e.versionId);
            plan.append(a);
        } else {
            PointInTimeAction a;
            a.kind = PointInTimeAction::Kind::CopyVersion;
            a.key = key;
            a.versionId = list.at(then).versionId;
            a.size = list.at(then).size;
            plan.append(a);
        }
    }
    return plan;
}

} // namespace Transfer
