#include "engine/lifecycle/lifecycleplanner.h"

#include <algorithm>

#include <QHash>
#include <QTimeZone>

#include "engine/lifecycle/rulematcher.h"

namespace Lifecycle {

namespace {

struct Candidate
{
    QDateTime when;
    QString storageClass;
    int ruleIndex = -1;
};

QDateTime nextMidnight(const QDateTime &t)
{
    return dueTime(t, 0);
}

// A Date-based action: due at the Date, or at the next midnight for objects created after it.
QDateTime dateDue(const QDateTime &date, const QDateTime &created)
{
    const QDateTime d = date.toUTC();
    const QDateTime c = nextMidnight(created);
    return c.isValid() && c > d ? c : d;
}

const QString &ruleIdAt(const LifecycleConfiguration &config, int index)
{
    return config.rules.at(index).id;
}

// The earliest candidate (first rule wins a tie).
std::optional<Candidate> earliest(const QList<Candidate> &list)
{
    std::optional<Candidate> best;
    for (const Candidate &c : list) {
        if (!best || c.when < best->when)
            best = c;
    }
    return best;
}

// Transitions in time order, one per day (the preferred class wins a same-day conflict), stopping before
// the expiration when deletion is permanent (or at it otherwise), never moving up the waterfall.
QList<Candidate> effectiveTransitions(QList<Candidate> transitions, const QString &fromClass,
                                      const std::optional<Candidate> &expiration, bool expirationIsPermanent)
{
    std::stable_sort(transitions.begin(), transitions.end(), [](const Candidate &a, const Candidate &b) {
        if (a.when != b.when)
            return a.when < b.when;
        return preferredTransitionClass(a.storageClass, b.storageClass);
    });
    QList<Candidate> out;
    QString current = fromClass;
    for (qsizetype i = 0; i < transitions.size(); ++i) {
        const Candidate &c = transitions.at(i);
        if (i > 0 && transitions.at(i - 1).when == c.when)
            continue; // the preferred class of this day came first
        if (expiration && (c.when > expiration->when || (expirationIsPermanent && c.when == expiration->when)))
            break;
        if (waterfallRank(c.storageClass) <= waterfallRank(current))
            continue;
        out.append(c);
        current = c.storageClass;
    }
    return out;
}

Action makeAction(ActionKind kind, const ObjectVersion &o, const Candidate &c, const LifecycleConfiguration &config,
                  bool followsEarlier)
{
    Action a;
    a.kind = kind;
    a.when = c.when;
    a.key = o.key;
    a.versionId = o.versionId;
    a.fromStorageClass = o.storageClass;
    a.storageClass = c.storageClass;
    a.size = o.size;
    a.ruleIndex = c.ruleIndex;
    a.ruleId = c.ruleIndex >= 0 ? ruleIdAt(config, c.ruleIndex) : QString();
    a.followsEarlier = followsEarlier;
    return a;
}

bool selects(const Rule &rule, const ObjectVersion &o)
{
    if (!rule.isEnabled())
        return false;
    if (o.isDeleteMarker) // a delete marker has no data and no tags
        return filterMatches(rule, o.key, 0, {});
    return filterMatches(rule, o.key, o.size, o.tags);
}

// A noncurrent version (or noncurrent delete marker) that became noncurrent at `since`.
void noncurrentEvents(const LifecycleConfiguration &config, ObjectVersion o, const QDateTime &since, bool chained,
                      QList<Action> &out)
{
    QList<Candidate> expirations;
    QList<Candidate> transitions;
    for (int r = 0; r < config.rules.size(); ++r) {
        const Rule &rule = config.rules.at(r);
        if (!selects(rule, o))
            continue;
        // NewerNoncurrentVersions: S3 keeps that many newer noncurrent versions; only older ones qualify.
        if (const auto &e = rule.noncurrentVersionExpiration; e && e->noncurrentDays
            && o.newerNoncurrentVersions >= e->newerNoncurrentVersions.value_or(0))
            expirations.append({dueTime(since, *e->noncurrentDays), {}, r});
        if (o.isDeleteMarker)
            continue;
        for (const NoncurrentVersionTransition &t : rule.noncurrentVersionTransitions) {
            if (t.noncurrentDays && o.newerNoncurrentVersions >= t.newerNoncurrentVersions.value_or(0))
                transitions.append({dueTime(since, *t.noncurrentDays), t.storageClass, r});
        }
    }
    const std::optional<Candidate> expiration = earliest(expirations);
    for (const Candidate &c : effectiveTransitions(transitions, o.storageClass, expiration, true)) {
        out.append(makeAction(ActionKind::TransitionNoncurrent, o, c, config, chained));
        o.storageClass = c.storageClass;
    }
    if (expiration)
        out.append(makeAction(ActionKind::ExpireNoncurrent, o, *expiration, config, chained));
}

bool isNullVersion(const QString &versionId)
{
    return versionId.isEmpty() || versionId == u"null";
}

void currentEvents(const LifecycleConfiguration &config, ObjectVersion o, Versioning versioning, QList<Action> &out)
{
    QList<Candidate> expirations;
    QList<Candidate> transitions;
    for (int r = 0; r < config.rules.size(); ++r) {
        const Rule &rule = config.rules.at(r);
        if (!selects(rule, o))
            continue;
        if (const auto &e = rule.expiration) {
            if (e->days)
                expirations.append({dueTime(o.lastModified, *e->days), {}, r});
            else if (e->date)
                expirations.append({dateDue(*e->date, o.lastModified), {}, r});
        }
        for (const Transition &t : rule.transitions) {
            if (t.days)
                transitions.append({dueTime(o.lastModified, *t.days), t.storageClass, r});
            else if (t.date)
                transitions.append({dateDue(*t.date, o.lastModified), t.storageClass, r});
        }
    }
    const std::optional<Candidate> expiration = earliest(expirations);
    const bool permanent = versioning == Versioning::Unversioned;
    for (const Candidate &c : effectiveTransitions(transitions, o.storageClass, expiration, permanent)) {
        out.append(makeAction(ActionKind::Transition, o, c, config, false));
        o.storageClass = c.storageClass;
    }
    if (!expiration)
        return;
    if (permanent) {
        out.append(makeAction(ActionKind::Expire, o, *expiration, config, false));
        return;
    }
    out.append(makeAction(ActionKind::AddDeleteMarker, o, *expiration, config, false));
    // Suspended: the null delete marker replaces a null version, which is gone with it.
    if (versioning == Versioning::Suspended && isNullVersion(o.versionId))
        return;
    // Otherwise the version lives on as the newest noncurrent one, noncurrent since the marker was added.
    o.isLatest = false;
    o.newerNoncurrentVersions = 0;
    noncurrentEvents(config, o, expiration->when, true, out);
}

// A latest delete marker. otherVersions: the key's other versions; lastOtherExpiry: when the last of them is
// planned to expire (invalid when some of them never does).
void deleteMarkerEvents(const LifecycleConfiguration &config, const ObjectVersion &o, int otherVersions,
                        const QDateTime &lastOtherExpiry, QList<Action> &out)
{
    if (otherVersions > 0 && !lastOtherExpiry.isValid())
        return; // "Amazon S3 doesn't take any action if there are one or more object versions"
    QList<Candidate> candidates;
    for (int r = 0; r < config.rules.size(); ++r) {
        const Rule &rule = config.rules.at(r);
        if (!selects(rule, o) || !rule.expiration)
            continue;
        // ExpiredObjectDeleteMarker removes it once it is alone; with Days, "Amazon S3 automatically performs
        // ExpiredObjectDeleteMarker cleanup when the delete markers are old enough to satisfy the age criteria".
        if (rule.expiration->expiredObjectDeleteMarker.value_or(false))
            candidates.append({nextMidnight(o.lastModified), {}, r});
        else if (rule.expiration->days)
            candidates.append({dueTime(o.lastModified, *rule.expiration->days), {}, r});
    }
    std::optional<Candidate> c = earliest(candidates);
    if (!c)
        return;
    if (otherVersions > 0) // it becomes alone once the others are gone; the removal follows on the next day
        c->when = std::max(c->when, lastOtherExpiry.addDays(1));
    out.append(makeAction(ActionKind::RemoveDeleteMarker, o, *c, config, otherVersions > 0));
}

void uploadEvents(const LifecycleConfiguration &config, const IncompleteUpload &u, QList<Action> &out)
{
    QList<Candidate> candidates;
    for (int r = 0; r < config.rules.size(); ++r) {
        const Rule &rule = config.rules.at(r);
        if (!rule.isEnabled() || !rule.abortIncompleteMultipartUpload
            || !rule.abortIncompleteMultipartUpload->daysAfterInitiation || !filterMatchesUpload(rule, u.key))
            continue;
        candidates.append({dueTime(u.initiated, *rule.abortIncompleteMultipartUpload->daysAfterInitiation), {}, r});
    }
    if (const auto c = earliest(candidates)) {
        Action a;
        a.kind = ActionKind::AbortUpload;
        a.when = c->when;
        a.key = u.key;
        a.uploadId = u.uploadId;
        a.ruleIndex = c->ruleIndex;
        a.ruleId = ruleIdAt(config, c->ruleIndex);
        out.append(a);
    }
}

// Every action for every version and upload, unsorted, without a horizon.
QList<Action> allEvents(const LifecycleConfiguration &config, const PlanInput &input)
{
    QList<Action> out;
    // Per key: how many versions that are not the latest delete marker, and when the last of them expires.
    struct KeyState
    {
        int others = 0;
        int expiring = 0;
        QDateTime lastExpiry;
    };
    QHash<QString, KeyState> keys;
    for (const ObjectVersion &o : input.objects) {
        const bool latestMarker = o.isLatest && o.isDeleteMarker;
        if (latestMarker)
            continue;
        const qsizetype before = out.size();
        if (o.isLatest)
            currentEvents(config, o, input.versioning, out);
        else
            noncurrentEvents(config, o, o.noncurrentSince.isValid() ? o.noncurrentSince : o.lastModified, false,
                             out);
        KeyState &state = keys[o.key];
        ++state.others;
        for (qsizetype i = before; i < out.size(); ++i) {
            const Action &a = out.at(i);
            if (a.kind == ActionKind::ExpireNoncurrent && !a.followsEarlier) {
                ++state.expiring;
                if (!state.lastExpiry.isValid() || a.when > state.lastExpiry)
                    state.lastExpiry = a.when;
            }
        }
    }
    for (const ObjectVersion &o : input.objects) {
        if (!(o.isLatest && o.isDeleteMarker))
            continue;
        const KeyState state = keys.value(o.key);
        const int others = o.otherVersionCount >= 0 ? o.otherVersionCount : state.others;
        const QDateTime last = others > 0 && state.expiring == others ? state.lastExpiry : QDateTime();
        deleteMarkerEvents(config, o, others, last, out);
    }
    for (const IncompleteUpload &u : input.uploads)
        uploadEvents(config, u, out);
    return out;
}

void sortActions(QList<Action> &actions)
{
    std::stable_sort(actions.begin(), actions.end(), [](const Action &a, const Action &b) {
        if (a.when != b.when)
            return a.when < b.when;
        return a.key < b.key;
    });
}

} // namespace

QString actionKindName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Transition:
        return QStringLiteral("Transition");
    case ActionKind::Expire:
        return QStringLiteral("Expire");
    case ActionKind::AddDeleteMarker:
        return QStringLiteral("AddDeleteMarker");
    case ActionKind::TransitionNoncurrent:
        return QStringLiteral("TransitionNoncurrent");
    case ActionKind::ExpireNoncurrent:
        return QStringLiteral("ExpireNoncurrent");
    case ActionKind::RemoveDeleteMarker:
        return QStringLiteral("RemoveDeleteMarker");
    case ActionKind::AbortUpload:
        return QStringLiteral("AbortUpload");
    }
    return {};
}

QDateTime dueTime(const QDateTime &start, int days)
{
    if (!start.isValid())
        return {};
    // Round (start + days) up to the next midnight UTC: midnight of (day of start) + days + 1.
    return QDateTime(start.toUTC().date().addDays(qint64(days) + 1), QTime(0, 0), QTimeZone::utc()).toUTC();
}

QList<Action> plan(const LifecycleConfiguration &config, const PlanInput &input, const QDateTime &horizon)
{
    QList<Action> actions = allEvents(config, input);
    if (horizon.isValid())
        actions.removeIf([&horizon](const Action &a) { return a.when > horizon; });
    sortActions(actions);
    return actions;
}

QList<Action> due(const LifecycleConfiguration &config, const PlanInput &input, const QDateTime &now)
{
    QList<Action> events = allEvents(config, input);
    events.removeIf([&now](const Action &a) { return a.followsEarlier || !a.when.isValid() || a.when > now; });
    // Per version: transitions collapse to the last class reached; a due permanent deletion makes them moot.
    QList<Action> out;
    QHash<QString, qsizetype> lastTransition; // version identity -> index in out
    QHash<QString, bool> deleted;
    auto identity = [](const Action &a) {
        return a.uploadId.isEmpty() ? a.key + QChar(0) + a.versionId : QStringLiteral("upload:") + a.uploadId;
    };
    for (const Action &a : std::as_const(events)) {
        const QString id = identity(a);
        if (a.kind == ActionKind::Expire || a.kind == ActionKind::ExpireNoncurrent)
            deleted.insert(id, true);
    }
    for (const Action &a : std::as_const(events)) {
        const QString id = identity(a);
        const bool isTransition = a.kind == ActionKind::Transition || a.kind == ActionKind::TransitionNoncurrent;
        if (isTransition && deleted.value(id))
            continue;
        if (isTransition) {
            if (const auto it = lastTransition.constFind(id); it != lastTransition.cend()) {
                Action &previous = out[*it];
                previous.storageClass = a.storageClass;
                previous.when = a.when;
                previous.ruleId = a.ruleId;
                previous.ruleIndex = a.ruleIndex;
                continue;
            }
            lastTransition.insert(id, out.size());
        }
        out.append(a);
    }
    sortActions(out);
    return out;
}

QList<Action> timeline(const LifecycleConfiguration &config, const ObjectVersion &object, Versioning versioning,
                       const QDateTime &horizon)
{
    PlanInput input;
    input.versioning = versioning;
    ObjectVersion o = object;
    if (o.isLatest && o.isDeleteMarker && o.otherVersionCount < 0)
        o.otherVersionCount = 0;
    input.objects.append(o);
    return plan(config, input, horizon);
}

QList<RuleStep> ruleTimeline(const Rule &rule)
{
    QList<RuleStep> steps;
    QList<RuleStep> transitions;
    for (int i = 0; i < rule.transitions.size(); ++i) {
        const Transition &t = rule.transitions.at(i);
        RuleStep s;
        s.kind = RuleStep::Kind::Transition;
        s.day = t.days;
        if (t.date)
            s.date = t.date->toUTC().date();
        s.storageClass = t.storageClass;
        s.transitionIndex = i;
        transitions.append(s);
    }
    auto byTime = [](const RuleStep &a, const RuleStep &b) {
        if (a.day && b.day)
            return *a.day < *b.day;
        if (a.date && b.date)
            return *a.date < *b.date;
        return a.day.has_value() && !b.day.has_value();
    };
    std::stable_sort(transitions.begin(), transitions.end(), byTime);
    steps += transitions;
    if (const auto &e = rule.expiration) {
        RuleStep s;
        s.kind = e->expiredObjectDeleteMarker.value_or(false) && !e->days && !e->date
            ? RuleStep::Kind::ExpiredDeleteMarkers
            : RuleStep::Kind::Expiration;
        s.day = e->days;
        if (e->date)
            s.date = e->date->toUTC().date();
        if (s.kind == RuleStep::Kind::Expiration || e->expiredObjectDeleteMarker.value_or(false))
            steps.append(s);
    }
    QList<RuleStep> noncurrent;
    for (int i = 0; i < rule.noncurrentVersionTransitions.size(); ++i) {
        const NoncurrentVersionTransition &t = rule.noncurrentVersionTransitions.at(i);
        RuleStep s;
        s.kind = RuleStep::Kind::NoncurrentTransition;
        s.day = t.noncurrentDays;
        s.storageClass = t.storageClass;
        s.newerNoncurrentVersions = t.newerNoncurrentVersions;
        s.transitionIndex = i;
        noncurrent.append(s);
    }
    std::stable_sort(noncurrent.begin(), noncurrent.end(), byTime);
    steps += noncurrent;
    if (const auto &e = rule.noncurrentVersionExpiration) {
        RuleStep s;
        s.kind = RuleStep::Kind::NoncurrentExpiration;
        s.day = e->noncurrentDays;
        s.newerNoncurrentVersions = e->newerNoncurrentVersions;
        steps.append(s);
    }
    if (const auto &a = rule.abortIncompleteMultipartUpload) {
        RuleStep s;
        s.kind = RuleStep::Kind::AbortUpload;
        s.day = a->daysAfterInitiation;
        steps.append(s);
    }
    return steps;
}

PlanSummary summarize(const LifecycleConfiguration &config, const PlanInput &input, const QDateTime &now, int days,
                      int maxKeys)
{
    PlanSummary summary;
    auto add = [maxKeys](SummaryBucket &bucket, const Action &a) {
        ++bucket.count;
        bucket.bytes += a.size;
        if (bucket.keys.size() < maxKeys)
            bucket.keys.append(a.key);
        else
            bucket.keysTruncated = true;
    };
    // Overdue actions as the executor will perform them (collapsed by due()), then what comes in the window.
    QList<Action> actions = due(config, input, now);
    const QDateTime horizon = now.addDays(days);
    for (const Action &a : plan(config, input, horizon)) {
        if (a.when > now)
            actions.append(a);
    }
    for (const Action &a : std::as_const(actions)) {
        switch (a.kind) {
        case ActionKind::Transition:
        case ActionKind::TransitionNoncurrent:
            add(summary.transitions[a.storageClass], a);
            break;
        case ActionKind::Expire:
        case ActionKind::AddDeleteMarker:
            add(summary.expirations, a);
            break;
        case ActionKind::ExpireNoncurrent:
            add(summary.noncurrentExpirations, a);
            break;
        case ActionKind::RemoveDeleteMarker:
            add(summary.deleteMarkersRemoved, a);
            break;
        case ActionKind::AbortUpload:
            add(summary.abortedUploads, a);
            break;
        }
    }
    return summary;
}

} // namespace Lifecycle
