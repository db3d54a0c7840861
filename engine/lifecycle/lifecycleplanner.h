#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "engine/lifecycle/lifecycleconfiguration.h"

namespace Lifecycle {

// What the lifecycle rules do to objects over time. Pure functions of (configuration, objects, clock): the
// server's executor asks due() what to do now, the GUI's timeline and preview ask timeline(), ruleTimeline()
// and summarize(). Nothing here reads a clock or touches storage; call from any thread.
//
// Timing (S3 User Guide, lifecycle-expire-general-considerations / "Lifecycle and other bucket
// configurations"): "Amazon S3 calculates the time by adding the number of days specified in the rule to the
// object creation time and rounding the resulting time to the next day midnight UTC". An object created
// 2014-01-15 10:30 UTC with Days 3 is due 2014-01-19 00:00 UTC. Noncurrent days count from the moment the
// version became noncurrent, uploads from their initiation. Date-based actions are due at the Date; objects
// created after it are due at the next midnight after their creation.
//
// Conflicts between rules (lifecycle-conflicts): the earliest expiration wins; permanent deletion takes
// precedence over transition on the same day; transition takes precedence over creating a delete marker (the
// transition is applied first, the marker the same day); between transitions due the same day the colder
// class wins (GLACIER over STANDARD_IA/ONEZONE_IA, INTELLIGENT_TIERING over all but GLACIER and DEEP_ARCHIVE,
// see preferredTransitionClass); an object never moves up the waterfall (see waterfallRank).

enum class Versioning
{
    Unversioned,
    Enabled,
    Suspended,
};

// One object version (or delete marker) as the store lists it.
struct ObjectVersion
{
    QString key;
    QString versionId; // "null" or empty for the null version
    qint64 size = 0;
    QList<Tag> tags;
    QString storageClass = QStringLiteral("STANDARD");
    QDateTime lastModified; // creation time of this version
    bool isLatest = true;
    bool isDeleteMarker = false;
    QDateTime noncurrentSince;       // noncurrent versions: when a newer version replaced this one
    int newerNoncurrentVersions = 0; // noncurrent versions of the same key that are newer than this one
    // Latest delete markers: how many other versions the key still has; -1 counts them in the plan's input.
    int otherVersionCount = -1;
};

struct IncompleteUpload
{
    QString key;
    QString uploadId;
    QDateTime initiated;
};

enum class ActionKind
{
    Transition,           // the current version moves to storageClass
    Expire,               // unversioned bucket: the object is deleted
    AddDeleteMarker,      // versioned bucket: a delete marker becomes current (suspended: with version "null")
    TransitionNoncurrent, // a noncurrent version moves to storageClass
    ExpireNoncurrent,     // a noncurrent version (or noncurrent delete marker) is deleted permanently
    RemoveDeleteMarker,   // an expired object delete marker (the key's only version) is removed
    AbortUpload,          // an incomplete multipart upload is aborted
};

QString actionKindName(ActionKind kind); // "Transition", "Expire", ... for logs and tests

struct Action
{
    ActionKind kind = ActionKind::Transition;
    QDateTime when; // midnight UTC on which the action becomes due
    QString key;
    QString versionId;
    QString uploadId;
    QString fromStorageClass;
    QString storageClass; // target of a transition
    qint64 size = 0;
    QString ruleId;
    int ruleIndex = -1;
    // True when the action can only happen after an earlier action of the same plan (e.g. noncurrent steps
    // after the delete marker an expiration adds). due() never returns these: the executor sees them on a
    // later run, when the store's state has changed.
    bool followsEarlier = false;
};

struct PlanInput
{
    Versioning versioning = Versioning::Unversioned;
    QList<ObjectVersion> objects;
    QList<IncompleteUpload> uploads;
};

// Midnight UTC that ends the day after start + days: the moment a Days-based action falls due.
QDateTime dueTime(const QDateTime &start, int days);

// Every action up to and including horizon (an invalid horizon: no limit), sorted by when, then key, then kind.
// Actions already due (when <= now) are included. O(objects * rules).
QList<Action> plan(const LifecycleConfiguration &config, const PlanInput &input, const QDateTime &horizon = {});

// The actions the executor must perform now: everything due at or before now for the current state of each
// object (transitions collapsed to the final class reached by now; never followsEarlier actions).
QList<Action> due(const LifecycleConfiguration &config, const PlanInput &input, const QDateTime &now);

// The future of one object version: e.g. STANDARD -> STANDARD_IA at day 30 -> GLACIER at 90 -> expire at 365,
// then (versioned) the noncurrent steps. A latest delete marker with otherVersionCount -1 counts as alone.
QList<Action> timeline(const LifecycleConfiguration &config, const ObjectVersion &object, Versioning versioning,
                       const QDateTime &horizon = {});

// A rule without objects, in days since creation (or Dates), for the editor's bands.
struct RuleStep
{
    enum class Kind
    {
        Transition,
        Expiration,
        ExpiredDeleteMarkers,
        NoncurrentTransition,
        NoncurrentExpiration,
        AbortUpload,
    };
    Kind kind = Kind::Transition;
    std::optional<int> day;   // days after creation / becoming noncurrent / initiation
    std::optional<QDate> date; // Date-based actions
    QString storageClass;     // transitions
    std::optional<int> newerNoncurrentVersions;
    int transitionIndex = -1; // index into the rule's Transitions / NoncurrentVersionTransitions
};
// Current-version steps first (transitions in time order, then expiration), then noncurrent steps, then the abort.
QList<RuleStep> ruleTimeline(const Rule &rule);

// For the preview: what happens by now + days: the overdue actions as due() gives them, then the plan's actions
// after now (including predicted followsEarlier ones).
struct SummaryBucket
{
    int count = 0;
    qint64 bytes = 0;
    QStringList keys; // at most maxKeys, in plan order
    bool keysTruncated = false;
};
struct PlanSummary
{
    QMap<QString, SummaryBucket> transitions; // by target class (current and noncurrent versions)
    SummaryBucket expirations;                // objects deleted or hidden behind a delete marker
    SummaryBucket noncurrentExpirations;      // versions deleted permanently
    SummaryBucket deleteMarkersRemoved;
    SummaryBucket abortedUploads;
};
PlanSummary summarize(const LifecycleConfiguration &config, const PlanInput &input, const QDateTime &now, int days,
                      int maxKeys = 1000);

} // namespace Lifecycle
