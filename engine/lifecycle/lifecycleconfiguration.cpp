#include "engine/lifecycle/lifecycleconfiguration.h"

#include <algorithm>

#include <QSet>
#include <QUuid>

#include "engine/s3/errortable.h"

// Validation follows, in this order of authority:
// - AWS API reference: LifecycleRule, LifecycleRuleFilter, LifecycleRuleAndOperator, Transition,
//   LifecycleExpiration, NoncurrentVersionTransition, NoncurrentVersionExpiration,
//   AbortIncompleteMultipartUpload (docs.aws.amazon.com/AmazonS3/latest/API/API_*.html);
// - the S3 User Guide pages lifecycle-configuration-elements, lifecycle-transition-general-considerations
//   ("Constraints and considerations for transitions": 30 days before STANDARD_IA / ONEZONE_IA, and
//   objects must stay 30 days in those classes before moving on) and lifecycle-conflicts;
// - error texts AWS returns as reported in public issue threads, and the texts of scality/Arsenal's
//   LifecycleConfiguration model (an S3 clone that mirrors AWS's codes) where AWS's own text is not published:
//   "Rule ID must be unique. Found same ID for more than one rule" (InvalidArgument),
//   "At least one action needs to be specified in a rule" (InvalidRequest),
//   "'Days' in Transition action must be greater than or equal to 30 for storageClass 'STANDARD_IA'",
//   "Found mixed 'Date' and 'Days' based Transition actions in lifecycle rule for filter '...'" (InvalidRequest),
//   "'StorageClass' must be different for 'Transition' actions in same 'Rule' with filter '...'" (InvalidRequest),
//   "Tag-based filter cannot be used with AbortIncompleteMultipartUpload action" (InvalidRequest),
//   "ExpiredObjectDeleteMarker cannot be specified with Days or Date in a Lifecycle Expiration Policy"
//   (MalformedXML; the wording is the SDK's documentation of the field).

namespace Lifecycle {

using Core::ErrorCode;

// --- model helpers ----------------------------------------------------------------------------------------

int Filter::predicateCount() const
{
    return int(prefix.has_value()) + int(tag.has_value()) + int(objectSizeGreaterThan.has_value())
        + int(objectSizeLessThan.has_value()) + int(andOperator.has_value());
}

bool Filter::hasTags() const
{
    return tag.has_value() || (andOperator && !andOperator->tags.isEmpty());
}

bool Rule::hasAction() const
{
    return !transitions.isEmpty() || expiration.has_value() || !noncurrentVersionTransitions.isEmpty()
        || noncurrentVersionExpiration.has_value() || abortIncompleteMultipartUpload.has_value();
}

bool Rule::hasTagFilter() const
{
    return filter && filter->hasTags();
}

QString Rule::filterDescription() const
{
    if (prefix)
        return QStringLiteral("prefix '%1'").arg(*prefix);
    if (!filter || filter->predicateCount() == 0)
        return QStringLiteral("filter (all)");
    QStringList parts;
    auto addSizes = [&parts](const std::optional<qint64> &gt, const std::optional<qint64> &lt) {
        if (gt)
            parts << QStringLiteral("objectSizeGreaterThan=%1").arg(*gt);
        if (lt)
            parts << QStringLiteral("objectSizeLessThan=%1").arg(*lt);
    };
    auto addTag = [&parts](const Tag &t) { parts << QStringLiteral("tag: key=%1, value=%2").arg(t.key, t.value); };
    if (filter->prefix)
        parts << QStringLiteral("prefix=%1").arg(*filter->prefix);
    if (filter->tag)
        addTag(*filter->tag);
    addSizes(filter->objectSizeGreaterThan, filter->objectSizeLessThan);
    if (const auto &a = filter->andOperator) {
        if (a->prefix)
            parts << QStringLiteral("prefix=%1").arg(*a->prefix);
        for (const Tag &t : a->tags)
            addTag(t);
        addSizes(a->objectSizeGreaterThan, a->objectSizeLessThan);
    }
    return QStringLiteral("filter '(%1)'").arg(parts.join(u" and "));
}

// --- storage classes --------------------------------------------------------------------------------------

const QList<QString> &transitionStorageClasses()
{
    static const QList<QString> classes = {
        QStringLiteral("STANDARD_IA"),
        QStringLiteral("INTELLIGENT_TIERING"),
        QStringLiteral("ONEZONE_IA"),
        QStringLiteral("GLACIER_IR"),
        QStringLiteral("GLACIER"),
        QStringLiteral("DEEP_ARCHIVE"),
    };
    return classes;
}

bool isTransitionStorageClass(const QString &storageClass)
{
    return transitionStorageClasses().contains(storageClass);
}

int waterfallRank(const QString &storageClass)
{
    const qsizetype i = transitionStorageClasses().indexOf(storageClass);
    return i < 0 ? 0 : int(i) + 1;
}

bool preferredTransitionClass(const QString &a, const QString &b)
{
    // lifecycle-conflicts: "S3 Intelligent-Tiering is favored by S3 Lifecycle over any storage class, aside
    // from the S3 Glacier and S3 Glacier Deep Archive storage classes"; otherwise the lower-cost class.
    auto score = [](const QString &c) {
        if (c == u"DEEP_ARCHIVE")
            return 7;
        if (c == u"GLACIER")
            return 6;
        if (c == u"INTELLIGENT_TIERING")
            return 5;
        return waterfallRank(c);
    };
    return score(a) > score(b);
}

bool isInfrequentAccessClass(const QString &storageClass)
{
    return storageClass == u"STANDARD_IA" || storageClass == u"ONEZONE_IA";
}

bool isMidnightUtc(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    return utc.isValid() && utc.time() == QTime(0, 0);
}

// --- validation -------------------------------------------------------------------------------------------

namespace {

class Checker
{
public:
    explicit Checker(const LifecycleConfiguration &config)
        : m_config {config}
    {
    }

    QList<Issue> run()
    {
        if (m_config.rules.size() > kMaxRules) {
            add(-1, {}, ErrorCode::MalformedXML,
                QStringLiteral("The configuration has %1 rules; at most %2 are allowed")
                    .arg(m_config.rules.size())
                    .arg(kMaxRules));
            return m_issues; // do not report a million rules one by one
        }
        if (m_config.rules.isEmpty())
            add(-1, QStringLiteral("Rules"), ErrorCode::MalformedXML,
                QStringLiteral("The configuration must contain at least one rule"));
        QSet<QString> ids;
        for (int i = 0; i < m_config.rules.size(); ++i) {
            const Rule &rule = m_config.rules.at(i);
            if (!rule.id.isEmpty()) {
                if (ids.contains(rule.id))
                    add(i, QStringLiteral("ID"), ErrorCode::InvalidArgument,
                        QStringLiteral("Rule ID must be unique. Found same ID for more than one rule"));
                ids.insert(rule.id);
            }
            checkRule(i, rule);
        }
        return m_issues;
    }

private:
    void add(int ruleIndex, const QString &field, ErrorCode code, const QString &awsText)
    {
        Issue issue;
        issue.ruleIndex = ruleIndex;
        if (ruleIndex >= 0)
            issue.ruleId = m_config.rules.at(ruleIndex).id;
        issue.field = ruleIndex >= 0 ? QStringLiteral("Rules[%1]").arg(ruleIndex) : QString();
        if (!field.isEmpty())
            issue.field += issue.field.isEmpty() ? field : QLatin1Char('.') + field;
        QString where;
        if (ruleIndex >= 0)
            where = issue.ruleId.isEmpty() ? QStringLiteral("rule #%1").arg(ruleIndex + 1)
                                           : QStringLiteral("rule '%1'").arg(issue.ruleId);
        if (!issue.field.isEmpty())
            where += where.isEmpty() ? issue.field : QStringLiteral(", ") + issue.field;
        issue.error = S3::makeError(code, where.isEmpty() ? awsText : QStringLiteral("%1 (%2)").arg(awsText, where));
        m_issues.append(issue);
    }

    void checkTags(int i, const QList<Tag> &tags, const QString &field, bool indexed)
    {
        QSet<QString> keys;
        for (int t = 0; t < tags.size(); ++t) {
            const Tag &tag = tags.at(t);
            const QString f = indexed ? QStringLiteral("%1[%2]").arg(field).arg(t) : field;
            if (tag.key.isEmpty() || tag.key.size() > 128)
                add(i, f + QStringLiteral(".Key"), ErrorCode::InvalidRequest,
                    QStringLiteral("A Tag's Key must be a length between 1 and 128"));
            if (tag.value.size() > 256)
                add(i, f + QStringLiteral(".Value"), ErrorCode::InvalidRequest,
                    QStringLiteral("A Tag's Value must be a length between 0 and 256"));
            if (keys.contains(tag.key))
                add(i, f + QStringLiteral(".Key"), ErrorCode::InvalidRequest,
                    QStringLiteral("Duplicate Tag Keys are not allowed."));
            keys.insert(tag.key);
        }
    }

    void checkPrefix(int i, const QString &prefix, const QString &field)
    {
        if (prefix.toUtf8().size() > kMaxPrefixLength)
            add(i, field, ErrorCode::InvalidRequest, QStringLiteral("The maximum size of a prefix is 1024"));
    }

    void checkSizes(int i, const std::optional<qint64> &gt, const std::optional<qint64> &lt, const QString &base)
    {
        if (gt && *gt < 0)
            add(i, base + QStringLiteral("ObjectSizeGreaterThan"), ErrorCode::InvalidArgument,
                QStringLiteral("'ObjectSizeGreaterThan' must be a nonnegative integer"));
        if (lt && *lt <= 0)
            add(i, base + QStringLiteral("ObjectSizeLessThan"), ErrorCode::InvalidArgument,
                QStringLiteral("'ObjectSizeLessThan' must be a positive integer"));
        if (gt && lt && *gt >= *lt)
            add(i, base + QStringLiteral("ObjectSizeLessThan"), ErrorCode::InvalidArgument,
                QStringLiteral("'ObjectSizeLessThan' must be greater than 'ObjectSizeGreaterThan'"));
    }

    void checkFilter(int i, const Rule &rule)
    {
        if (rule.prefix && rule.filter) {
            add(i, QStringLiteral("Filter"), ErrorCode::MalformedXML,
                QStringLiteral("Rule should not include both Filter and Prefix"));
            return;
        }
        if (!rule.prefix && !rule.filter) {
            add(i, QStringLiteral("Filter"), ErrorCode::MalformedXML,
                QStringLiteral("Rule must include either Filter or Prefix"));
            return;
        }
        if (rule.prefix) {
            checkPrefix(i, *rule.prefix, QStringLiteral("Prefix"));
            return;
        }
        const Filter &f = *rule.filter;
        if (f.predicateCount() > 1) {
            add(i, QStringLiteral("Filter"), ErrorCode::MalformedXML,
                QStringLiteral("Filter should only include one of And, Prefix, Tag, ObjectSizeGreaterThan or "
                               "ObjectSizeLessThan; combine predicates with And"));
            return;
        }
        if (f.prefix)
            checkPrefix(i, *f.prefix, QStringLiteral("Filter.Prefix"));
        if (f.tag)
            checkTags(i, {*f.tag}, QStringLiteral("Filter.Tag"), false);
        checkSizes(i, f.objectSizeGreaterThan, f.objectSizeLessThan, QStringLiteral("Filter."));
        if (const auto &a = f.andOperator) {
            const int n = int(a->prefix.has_value()) + int(a->tags.size()) + int(a->objectSizeGreaterThan.has_value())
                + int(a->objectSizeLessThan.has_value());
            if (n == 0)
                add(i, QStringLiteral("Filter.And"), ErrorCode::MalformedXML,
                    QStringLiteral("And must include at least one of Prefix, Tag, ObjectSizeGreaterThan or "
                                   "ObjectSizeLessThan"));
            if (a->prefix)
                checkPrefix(i, *a->prefix, QStringLiteral("Filter.And.Prefix"));
            checkTags(i, a->tags, QStringLiteral("Filter.And.Tags"), true);
            checkSizes(i, a->objectSizeGreaterThan, a->objectSizeLessThan, QStringLiteral("Filter.And."));
        }
    }

    void checkDate(int i, const QDateTime &date, const QString &field)
    {
        if (!date.isValid())
            add(i, field, ErrorCode::MalformedXML, QStringLiteral("'Date' must be in ISO 8601 format"));
        else if (!isMidnightUtc(date))
            add(i, field, ErrorCode::InvalidArgument, QStringLiteral("'Date' must be at midnight GMT"));
    }

    void checkTransitions(int i, const Rule &rule)
    {
        const QString desc = rule.filterDescription();
        bool anyDays = false;
        bool anyDate = false;
        QSet<QString> classes;
        for (int t = 0; t < rule.transitions.size(); ++t) {
            const Transition &tr = rule.transitions.at(t);
            const QString base = QStringLiteral("Transitions[%1].").arg(t);
            if (!isTransitionStorageClass(tr.storageClass)) {
                add(i, base + QStringLiteral("StorageClass"), ErrorCode::MalformedXML,
                    QStringLiteral("'StorageClass' must be one of GLACIER, STANDARD_IA, ONEZONE_IA, "
                                   "INTELLIGENT_TIERING, DEEP_ARCHIVE, GLACIER_IR"));
                continue;
            }
            if (classes.contains(tr.storageClass))
                add(i, base + QStringLiteral("StorageClass"), ErrorCode::InvalidRequest,
                    QStringLiteral("'StorageClass' must be different for 'Transition' actions in same 'Rule' with %1")
                        .arg(desc));
            classes.insert(tr.storageClass);
            if (tr.days.has_value() == tr.date.has_value()) {
                add(i, base + QStringLiteral("Days"), ErrorCode::MalformedXML,
                    QStringLiteral("Transition action must specify exactly one of 'Days' or 'Date'"));
                continue;
            }
            if (tr.days) {
                anyDays = true;
                if (*tr.days < 0)
                    add(i, base + QStringLiteral("Days"), ErrorCode::InvalidArgument,
                        QStringLiteral("'Days' in Transition action must be nonnegative"));
                else if (isInfrequentAccessClass(tr.storageClass) && *tr.days < 30)
                    add(i, base + QStringLiteral("Days"), ErrorCode::InvalidArgument,
                        QStringLiteral("'Days' in Transition action must be greater than or equal to 30 for "
                                       "storageClass '%1'")
                            .arg(tr.storageClass));
            } else {
                anyDate = true;
                checkDate(i, *tr.date, base + QStringLiteral("Date"));
            }
        }
        if (anyDays && anyDate) {
            add(i, QStringLiteral("Transitions"), ErrorCode::InvalidRequest,
                QStringLiteral("Found mixed 'Date' and 'Days' based Transition actions in lifecycle rule for %1")
                    .arg(desc));
            return;
        }
        if (rule.expiration && (anyDays || anyDate)) {
            const Expiration &e = *rule.expiration;
            if ((anyDays && e.date) || (anyDate && e.days))
                add(i, QStringLiteral("Expiration"), ErrorCode::InvalidRequest,
                    QStringLiteral("Found mixed 'Date' and 'Days' based Expiration and Transition actions in "
                                   "lifecycle rule for %1")
                        .arg(desc));
        }
        // Order along the waterfall: a colder class must come strictly later, and an object must stay 30 days
        // in STANDARD_IA / ONEZONE_IA before the next transition (lifecycle-transition-general-considerations).
        struct Step
        {
            int index;
            int rank;
            qint64 at; // days, or days since epoch for Date
        };
        QList<Step> steps;
        for (int t = 0; t < rule.transitions.size(); ++t) {
            const Transition &tr = rule.transitions.at(t);
            if (!isTransitionStorageClass(tr.storageClass) || tr.days.has_value() == tr.date.has_value())
                continue;
            if (tr.date && !tr.date->isValid())
                continue;
            const qint64 at = tr.days ? *tr.days : QDate(1970, 1, 1).daysTo(tr.date->toUTC().date());
            steps.append({t, waterfallRank(tr.storageClass), at});
        }
        std::sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.rank < b.rank; });
        const QString unit = anyDays ? QStringLiteral("Days") : QStringLiteral("Date");
        for (int s = 1; s < steps.size(); ++s) {
            const Step &prev = steps.at(s - 1);
            const Step &cur = steps.at(s);
            const QString &prevClass = rule.transitions.at(prev.index).storageClass;
            const QString &curClass = rule.transitions.at(cur.index).storageClass;
            const QString field = QStringLiteral("Transitions[%1].%2").arg(cur.index).arg(unit);
            if (cur.at <= prev.at) {
                add(i, field, ErrorCode::InvalidArgument,
                    QStringLiteral("'%1' in the Transition action for StorageClass '%2' for %3 must be greater than "
                                   "'%1' in the Transition action for StorageClass '%4' for %3")
                        .arg(unit, curClass, desc, prevClass));
            } else if (isInfrequentAccessClass(prevClass) && cur.at - prev.at < 30) {
                add(i, field, ErrorCode::InvalidArgument,
                    QStringLiteral("'%1' in the Transition action for StorageClass '%2' for %3 must be 30 days more "
                                   "than '%1' in the Transition action for StorageClass '%4' for %3")
                        .arg(unit, curClass, desc, prevClass));
            }
        }
        // Expiration must come after every transition.
        if (rule.expiration && !steps.isEmpty()) {
            const Expiration &e = *rule.expiration;
            std::optional<qint64> expAt;
            if (anyDays && e.days)
                expAt = *e.days;
            else if (anyDate && e.date && e.date->isValid())
                expAt = QDate(1970, 1, 1).daysTo(e.date->toUTC().date());
            if (expAt) {
                for (const Step &st : steps) {
                    if (*expAt <= st.at) {
                        add(i, QStringLiteral("Expiration.%1").arg(unit), ErrorCode::InvalidArgument,
                            QStringLiteral("'%1' in the Expiration action for %2 must be greater than '%1' in the "
                                           "Transition action for StorageClass '%3' for %2")
                                .arg(unit, desc, rule.transitions.at(st.index).storageClass));
                        break;
                    }
                }
            }
        }
    }

    void checkExpiration(int i, const Rule &rule)
    {
        if (!rule.expiration)
            return;
        const Expiration &e = *rule.expiration;
        const int n = int(e.days.has_value()) + int(e.date.has_value()) + int(e.expiredObjectDeleteMarker.has_value());
        if (n == 0) {
            add(i, QStringLiteral("Expiration"), ErrorCode::MalformedXML,
                QStringLiteral("Expiration action must specify one of 'Days', 'Date' or 'ExpiredObjectDeleteMarker'"));
            return;
        }
        if (e.expiredObjectDeleteMarker && (e.days || e.date)) {
            add(i, QStringLiteral("Expiration.ExpiredObjectDeleteMarker"), ErrorCode::MalformedXML,
                QStringLiteral("ExpiredObjectDeleteMarker cannot be specified with Days or Date in a Lifecycle "
                               "Expiration Policy"));
            return;
        }
        if (e.days && e.date) {
            add(i, QStringLiteral("Expiration"), ErrorCode::MalformedXML,
                QStringLiteral("Expiration action must not specify both 'Days' and 'Date'"));
            return;
        }
        if (e.days && *e.days <= 0)
            add(i, QStringLiteral("Expiration.Days"), ErrorCode::InvalidArgument,
                QStringLiteral("'Days' for Expiration action must be a positive integer"));
        if (e.date)
            checkDate(i, *e.date, QStringLiteral("Expiration.Date"));
        if (e.expiredObjectDeleteMarker && rule.hasTagFilter())
            add(i, QStringLiteral("Expiration.ExpiredObjectDeleteMarker"), ErrorCode::InvalidRequest,
                QStringLiteral("Tag-based filter cannot be used with ExpiredObjectDeleteMarker action"));
    }

    void checkNewer(int i, const std::optional<int> &newer, const QString &field, const QString &action)
    {
        if (newer && (*newer < 1 || *newer > kMaxNewerNoncurrentVersions))
            add(i, field, ErrorCode::InvalidArgument,
                QStringLiteral("'NewerNoncurrentVersions' in %1 action must be a positive integer no greater than %2")
                    .arg(action)
                    .arg(kMaxNewerNoncurrentVersions));
    }

    void checkNoncurrent(int i, const Rule &rule)
    {
        const QString desc = rule.filterDescription();
        QSet<QString> classes;
        int maxDays = -1;
        QString maxClass;
        for (int t = 0; t < rule.noncurrentVersionTransitions.size(); ++t) {
            const NoncurrentVersionTransition &tr = rule.noncurrentVersionTransitions.at(t);
            const QString base = QStringLiteral("NoncurrentVersionTransitions[%1].").arg(t);
            if (!isTransitionStorageClass(tr.storageClass)) {
                add(i, base + QStringLiteral("StorageClass"), ErrorCode::MalformedXML,
                    QStringLiteral("'StorageClass' must be one of GLACIER, STANDARD_IA, ONEZONE_IA, "
                                   "INTELLIGENT_TIERING, DEEP_ARCHIVE, GLACIER_IR"));
                continue;
            }
            if (classes.contains(tr.storageClass))
                add(i, base + QStringLiteral("StorageClass"), ErrorCode::InvalidRequest,
                    QStringLiteral("'StorageClass' must be different for 'NoncurrentVersionTransition' actions in "
                                   "same 'Rule' with %1")
                        .arg(desc));
            classes.insert(tr.storageClass);
            if (!tr.noncurrentDays) {
                add(i, base + QStringLiteral("NoncurrentDays"), ErrorCode::MalformedXML,
                    QStringLiteral("NoncurrentVersionTransition action must include 'NoncurrentDays'"));
                continue;
            }
            if (*tr.noncurrentDays < 0)
                add(i, base + QStringLiteral("NoncurrentDays"), ErrorCode::InvalidArgument,
                    QStringLiteral("'NoncurrentDays' in NoncurrentVersionTransition action must be nonnegative"));
            else if (isInfrequentAccessClass(tr.storageClass) && *tr.noncurrentDays < 30)
                add(i, base + QStringLiteral("NoncurrentDays"), ErrorCode::InvalidArgument,
                    QStringLiteral("'NoncurrentDays' in NoncurrentVersionTransition action must be greater than or "
                                   "equal to 30 for storageClass '%1'")
                        .arg(tr.storageClass));
            checkNewer(i, tr.newerNoncurrentVersions, base + QStringLiteral("NewerNoncurrentVersions"),
                       QStringLiteral("NoncurrentVersionTransition"));
            if (*tr.noncurrentDays > maxDays) {
                maxDays = *tr.noncurrentDays;
                maxClass = tr.storageClass;
            }
        }
        // The waterfall order applies to noncurrent transitions as it does to current ones.
        QList<int> order;
        for (int t = 0; t < rule.noncurrentVersionTransitions.size(); ++t) {
            const NoncurrentVersionTransition &tr = rule.noncurrentVersionTransitions.at(t);
            if (isTransitionStorageClass(tr.storageClass) && tr.noncurrentDays && *tr.noncurrentDays >= 0)
                order.append(t);
        }
        std::stable_sort(order.begin(), order.end(), [&rule](int a, int b) {
            return waterfallRank(rule.noncurrentVersionTransitions.at(a).storageClass)
                < waterfallRank(rule.noncurrentVersionTransitions.at(b).storageClass);
        });
        for (int s = 1; s < order.size(); ++s) {
            const NoncurrentVersionTransition &prev = rule.noncurrentVersionTransitions.at(order.at(s - 1));
            const NoncurrentVersionTransition &cur = rule.noncurrentVersionTransitions.at(order.at(s));
            const QString field = QStringLiteral("NoncurrentVersionTransitions[%1].NoncurrentDays").arg(order.at(s));
            if (*cur.noncurrentDays <= *prev.noncurrentDays)
                add(i, field, ErrorCode::InvalidArgument,
                    QStringLiteral("'NoncurrentDays' in the NoncurrentVersionTransition action for StorageClass '%1' "
                                   "for %2 must be greater than 'NoncurrentDays' in the NoncurrentVersionTransition "
                                   "action for StorageClass '%3' for %2")
                        .arg(cur.storageClass, desc, prev.storageClass));
            else if (isInfrequentAccessClass(prev.storageClass) && *cur.noncurrentDays - *prev.noncurrentDays < 30)
                add(i, field, ErrorCode::InvalidArgument,
                    QStringLiteral("'NoncurrentDays' in the NoncurrentVersionTransition action for StorageClass '%1' "
                                   "for %2 must be 30 days more than 'NoncurrentDays' in the "
                                   "NoncurrentVersionTransition action for StorageClass '%3' for %2")
                        .arg(cur.storageClass, desc, prev.storageClass));
        }
        if (const auto &e = rule.noncurrentVersionExpiration) {
            if (!e->noncurrentDays) {
                add(i, QStringLiteral("NoncurrentVersionExpiration.NoncurrentDays"), ErrorCode::MalformedXML,
                    QStringLiteral("NoncurrentVersionExpiration action must include 'NoncurrentDays'"));
            } else if (*e->noncurrentDays <= 0) {
                add(i, QStringLiteral("NoncurrentVersionExpiration.NoncurrentDays"), ErrorCode::InvalidArgument,
                    QStringLiteral("'NoncurrentDays' for NoncurrentVersionExpiration action must be a positive "
                                   "integer"));
            } else if (maxDays >= 0 && *e->noncurrentDays <= maxDays) {
                add(i, QStringLiteral("NoncurrentVersionExpiration.NoncurrentDays"), ErrorCode::InvalidArgument,
                    QStringLiteral("'NoncurrentDays' in the NoncurrentVersionExpiration action for %1 must be "
                                   "greater than 'NoncurrentDays' in the NoncurrentVersionTransition action for "
                                   "StorageClass '%2' for %1")
                        .arg(desc, maxClass));
            }
            checkNewer(i, e->newerNoncurrentVersions, QStringLiteral("NoncurrentVersionExpiration.NewerNoncurrentVersions"),
                       QStringLiteral("NoncurrentVersionExpiration"));
        }
    }

    void checkAbort(int i, const Rule &rule)
    {
        if (!rule.abortIncompleteMultipartUpload)
            return;
        const auto &a = *rule.abortIncompleteMultipartUpload;
        if (!a.daysAfterInitiation)
            add(i, QStringLiteral("AbortIncompleteMultipartUpload.DaysAfterInitiation"), ErrorCode::MalformedXML,
                QStringLiteral("AbortIncompleteMultipartUpload action must include 'DaysAfterInitiation'"));
        else if (*a.daysAfterInitiation <= 0)
            add(i, QStringLiteral("AbortIncompleteMultipartUpload.DaysAfterInitiation"), ErrorCode::InvalidArgument,
                QStringLiteral("'DaysAfterInitiation' for AbortIncompleteMultipartUpload action must be a positive "
                               "integer"));
        if (rule.hasTagFilter())
            add(i, QStringLiteral("AbortIncompleteMultipartUpload"), ErrorCode::InvalidRequest,
                QStringLiteral("Tag-based filter cannot be used with AbortIncompleteMultipartUpload action"));
    }

    void checkRule(int i, const Rule &rule)
    {
        if (rule.id.size() > kMaxIdLength)
            add(i, QStringLiteral("ID"), ErrorCode::InvalidArgument,
                QStringLiteral("ID length should not exceed allowed limit of 255"));
        checkFilter(i, rule);
        if (!rule.hasAction()) {
            add(i, {}, ErrorCode::InvalidRequest, QStringLiteral("At least one action needs to be specified in a rule"));
            return;
        }
        checkExpiration(i, rule);
        checkTransitions(i, rule);
        checkNoncurrent(i, rule);
        checkAbort(i, rule);
    }

    const LifecycleConfiguration &m_config;
    QList<Issue> m_issues;
};

} // namespace

QList<Issue> validationIssues(const LifecycleConfiguration &config)
{
    return Checker(config).run();
}

Core::Status validate(const LifecycleConfiguration &config)
{
    const QList<Issue> issues = validationIssues(config);
    if (!issues.isEmpty())
        return std::unexpected(issues.first().error);
    return {};
}

void assignMissingIds(LifecycleConfiguration &config)
{
    for (Rule &rule : config.rules) {
        if (rule.id.isEmpty()) // AWS generates a random 48-character base64 text; a UUID serves the same end
            rule.id = QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64());
    }
}

} // namespace Lifecycle
