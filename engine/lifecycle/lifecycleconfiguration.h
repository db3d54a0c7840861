#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>

#include "engine/core/error.h"

namespace Lifecycle {

// The S3 lifecycle configuration, element for element as PutBucketLifecycleConfiguration takes it
// (https://docs.aws.amazon.com/AmazonS3/latest/API/API_LifecycleRule.html). Plain values: copy them
// freely between threads. "Present" and "absent" are kept apart (std::optional) so that a document
// read and written again says the same thing, and so that validate() can report what AWS reports.

inline constexpr int kMaxRules = 1000;       // "You can have up to 1,000 rules" (lifecycle-configuration-elements)
inline constexpr int kMaxIdLength = 255;     // LifecycleRule.ID: "The value cannot be longer than 255 characters"
inline constexpr int kMaxPrefixLength = 1024; // an object key is at most 1024 bytes
inline constexpr int kMaxNewerNoncurrentVersions = 100; // "You can specify up to 100 noncurrent versions to retain"

struct Tag
{
    QString key;
    QString value;
    friend bool operator==(const Tag &, const Tag &) = default;
};

// <And>: every predicate present must hold.
struct AndOperator
{
    std::optional<QString> prefix;
    QList<Tag> tags;
    std::optional<qint64> objectSizeGreaterThan;
    std::optional<qint64> objectSizeLessThan;
    friend bool operator==(const AndOperator &, const AndOperator &) = default;
};

// <Filter>: at most one of the members may be set (AWS: "exactly one of Prefix, Tag, ObjectSizeGreaterThan,
// ObjectSizeLessThan, or And"); none set is the empty filter <Filter/>, which matches every object.
struct Filter
{
    std::optional<QString> prefix;
    std::optional<Tag> tag;
    std::optional<qint64> objectSizeGreaterThan;
    std::optional<qint64> objectSizeLessThan;
    std::optional<AndOperator> andOperator;

    int predicateCount() const;
    bool hasTags() const; // a Tag, or tags inside And
    friend bool operator==(const Filter &, const Filter &) = default;
};

struct Transition
{
    std::optional<int> days;       // days after creation (0 allowed for classes without a minimum)
    std::optional<QDateTime> date; // UTC, must be midnight
    QString storageClass;          // GLACIER, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, DEEP_ARCHIVE, GLACIER_IR
    friend bool operator==(const Transition &, const Transition &) = default;
};

struct Expiration
{
    std::optional<int> days;
    std::optional<QDateTime> date;
    std::optional<bool> expiredObjectDeleteMarker;
    friend bool operator==(const Expiration &, const Expiration &) = default;
};

struct NoncurrentVersionTransition
{
    std::optional<int> noncurrentDays;
    QString storageClass;
    std::optional<int> newerNoncurrentVersions;
    friend bool operator==(const NoncurrentVersionTransition &, const NoncurrentVersionTransition &) = default;
};

struct NoncurrentVersionExpiration
{
    std::optional<int> noncurrentDays;
    std::optional<int> newerNoncurrentVersions;
    friend bool operator==(const NoncurrentVersionExpiration &, const NoncurrentVersionExpiration &) = default;
};

struct AbortIncompleteMultipartUpload
{
    std::optional<int> daysAfterInitiation;
    friend bool operator==(const AbortIncompleteMultipartUpload &, const AbortIncompleteMultipartUpload &) = default;
};

enum class RuleStatus
{
    Enabled,
    Disabled,
};

struct Rule
{
    QString id; // may be empty: AWS then generates one (see assignMissingIds)
    RuleStatus status = RuleStatus::Enabled;
    std::optional<QString> prefix; // the legacy rule-level <Prefix> (no <Filter>)
    std::optional<Filter> filter;
    QList<Transition> transitions;
    std::optional<Expiration> expiration;
    QList<NoncurrentVersionTransition> noncurrentVersionTransitions;
    std::optional<NoncurrentVersionExpiration> noncurrentVersionExpiration;
    std::optional<AbortIncompleteMultipartUpload> abortIncompleteMultipartUpload;

    bool isEnabled() const { return status == RuleStatus::Enabled; }
    bool hasAction() const;
    bool hasTagFilter() const;
    // "filter '(prefix=logs/)'", "prefix 'logs/'", "filter (all)": how AWS names a rule in its messages.
    QString filterDescription() const;
    friend bool operator==(const Rule &, const Rule &) = default;
};

struct LifecycleConfiguration
{
    QList<Rule> rules;
    friend bool operator==(const LifecycleConfiguration &, const LifecycleConfiguration &) = default;
};

// One problem found by validate(): the AWS error (code, status, AWS's text in message) plus where it is.
struct Issue
{
    Core::Error error;
    int ruleIndex = -1; // -1: the configuration as a whole
    QString ruleId;
    QString field; // path in the aws s3api JSON shape, e.g. "Rules[2].Transitions[0].Days"
};

// --- storage classes --------------------------------------------------------------------------------------

// The classes a Transition / NoncurrentVersionTransition may name.
const QList<QString> &transitionStorageClasses();
bool isTransitionStorageClass(const QString &storageClass);
// Position in AWS's transition waterfall (STANDARD 0, STANDARD_IA 1, INTELLIGENT_TIERING 2, ONEZONE_IA 3,
// GLACIER_IR 4, GLACIER 5, DEEP_ARCHIVE 6; REDUCED_REDUNDANCY and unknown classes count as STANDARD).
// Objects only move to a class of higher rank ("Supported lifecycle transitions", lifecycle-transition-general-considerations).
int waterfallRank(const QString &storageClass);
// Which of two transitions due on the same day wins (lifecycle-conflicts): Glacier Flexible Retrieval beats
// Standard-IA/One Zone-IA, Intelligent-Tiering beats everything but GLACIER and DEEP_ARCHIVE, otherwise
// the cheaper (higher waterfall) class. Returns true when a is preferred over b.
bool preferredTransitionClass(const QString &a, const QString &b);
// Classes with a 30-day minimum before a lifecycle transition into them (Transition.Days >= 30).
bool isInfrequentAccessClass(const QString &storageClass);

// --- validation -------------------------------------------------------------------------------------------

// Every problem AWS would reject the configuration for, in document order (for the editor's markers).
QList<Issue> validationIssues(const LifecycleConfiguration &config);

// The first problem as AWS reports it: code (MalformedXML, InvalidArgument, InvalidRequest), HTTP status,
// and a message that starts with AWS's text and ends with the rule and field, e.g.
// "'Date' must be at midnight GMT (rule 'archive', Rules[0].Transitions[0].Date)".
Core::Status validate(const LifecycleConfiguration &config);

// Gives every rule without an ID a unique generated one, as AWS does on PUT.
void assignMissingIds(LifecycleConfiguration &config);

// Midnight UTC test used for Date fields.
bool isMidnightUtc(const QDateTime &dateTime);

} // namespace Lifecycle
