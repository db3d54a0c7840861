#include "engine/lifecycle/lifecyclecodec.h"

#include <cmath>
#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include "engine/lifecycle/lifecyclecodec_p.h"
#include "engine/s3/errortable.h"

// The JSON shape is botocore's LifecycleConfiguration input/output shape for the s3api commands
// (PutBucketLifecycleConfiguration / GetBucketLifecycleConfiguration): "Rules", "Transitions" and
// "NoncurrentVersionTransitions" lists, "Tags" inside "And". aws-cli validates the shape on the client
// ("Unknown parameter in ...", "Invalid type for parameter ...") and leaves values to S3.

namespace Lifecycle {

using Core::ErrorCode;

namespace {

struct JsonFailure
{
    Core::Error error;
};

[[noreturn]] void shapeError(const QString &path, const QString &what)
{
    throw JsonFailure {Core::Error::make(ErrorCode::ParseError, QStringLiteral("%1: %2").arg(path, what))};
}

[[noreturn]] void valueError(ErrorCode code, const QString &path, const QString &what)
{
    throw JsonFailure {S3::makeError(code, QStringLiteral("%1 (%2)").arg(what, path))};
}

QJsonObject object(const QJsonValue &v, const QString &path, std::initializer_list<const char16_t *> allowed)
{
    if (!v.isObject())
        shapeError(path, QStringLiteral("Invalid type, expected an object"));
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        for (const char16_t *a : allowed)
            known = known || it.key() == QStringView(a);
        if (!known) {
            QStringList names;
            for (const char16_t *a : allowed)
                names << QString::fromUtf16(a);
            shapeError(path, QStringLiteral("Unknown parameter \"%1\", must be one of: %2")
                                 .arg(it.key(), names.join(QStringLiteral(", "))));
        }
    }
    return o;
}

QString string(const QJsonValue &v, const QString &path)
{
    if (!v.isString())
        shapeError(path, QStringLiteral("Invalid type, expected a string"));
    return v.toString();
}

qint64 integer(const QJsonValue &v, const QString &path, qint64 min, qint64 max)
{
    if (!v.isDouble())
        shapeError(path, QStringLiteral("Invalid type, expected an integer"));
    const double d = v.toDouble();
    if (std::isfinite(d) && std::trunc(d) != d)
        shapeError(path, QStringLiteral("Invalid type, expected an integer"));
    // Integers that fit qint64 are kept exactly by QJsonValue; larger ones arrive as doubles.
    const qint64 n = v.toInteger(std::numeric_limits<qint64>::min());
    const bool fits = std::isfinite(d) && std::fabs(d) < 9.2e18;
    if (!fits || n < min || n > max)
        valueError(ErrorCode::MalformedXML, path,
                   QStringLiteral("The value is out of range: it must be between %1 and %2").arg(min).arg(max));
    return n;
}

int int32(const QJsonValue &v, const QString &path)
{
    return int(integer(v, path, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

qint64 int64(const QJsonValue &v, const QString &path)
{
    return integer(v, path, std::numeric_limits<qint64>::min() + 1, std::numeric_limits<qint64>::max());
}

QDateTime timestamp(const QJsonValue &v, const QString &path)
{
    const auto dt = Detail::parseTimestamp(string(v, path));
    if (!dt)
        shapeError(path, QStringLiteral("Invalid timestamp \"%1\", expected ISO 8601").arg(v.toString().left(40)));
    return *dt;
}

QJsonArray array(const QJsonValue &v, const QString &path)
{
    if (!v.isArray())
        shapeError(path, QStringLiteral("Invalid type, expected a list"));
    return v.toArray();
}

Tag readTag(const QJsonValue &v, const QString &path)
{
    const QJsonObject o = object(v, path, {u"Key", u"Value"});
    if (!o.contains(u"Key"))
        shapeError(path, QStringLiteral("Missing required parameter \"Key\""));
    if (!o.contains(u"Value"))
        shapeError(path, QStringLiteral("Missing required parameter \"Value\""));
    return {string(o.value(u"Key"), path + QStringLiteral(".Key")), string(o.value(u"Value"), path + QStringLiteral(".Value"))};
}

Filter readFilter(const QJsonValue &v, const QString &path)
{
    const QJsonObject o =
        object(v, path, {u"Prefix", u"Tag", u"ObjectSizeGreaterThan", u"ObjectSizeLessThan", u"And"});
    Filter f;
    if (o.contains(u"Prefix"))
        f.prefix = string(o.value(u"Prefix"), path + QStringLiteral(".Prefix"));
    if (o.contains(u"Tag"))
        f.tag = readTag(o.value(u"Tag"), path + QStringLiteral(".Tag"));
    if (o.contains(u"ObjectSizeGreaterThan"))
        f.objectSizeGreaterThan = int64(o.value(u"ObjectSizeGreaterThan"), path + QStringLiteral(".ObjectSizeGreaterThan"));
    if (o.contains(u"ObjectSizeLessThan"))
        f.objectSizeLessThan = int64(o.value(u"ObjectSizeLessThan"), path + QStringLiteral(".ObjectSizeLessThan"));
    if (o.contains(u"And")) {
        const QString ap = path + QStringLiteral(".And");
        const QJsonObject a = object(o.value(u"And"), ap, {u"Prefix", u"Tags", u"ObjectSizeGreaterThan", u"ObjectSizeLessThan"});
        AndOperator op;
        if (a.contains(u"Prefix"))
            op.prefix = string(a.value(u"Prefix"), ap + QStringLiteral(".Prefix"));
        if (a.contains(u"Tags")) {
            const QJsonArray tags = array(a.value(u"Tags"), ap + QStringLiteral(".Tags"));
            for (qsizetype i = 0; i < tags.size(); ++i)
                op.tags.append(readTag(tags.at(i), ap + QStringLiteral(".Tags[%1]").arg(i)));
        }
        if (a.contains(u"ObjectSizeGreaterThan"))
            op.objectSizeGreaterThan = int64(a.value(u"ObjectSizeGreaterThan"), ap + QStringLiteral(".ObjectSizeGreaterThan"));
        if (a.contains(u"ObjectSizeLessThan"))
            op.objectSizeLessThan = int64(a.value(u"ObjectSizeLessThan"), ap + QStringLiteral(".ObjectSizeLessThan"));
        f.andOperator = op;
    }
    if (f.predicateCount() > 1)
        valueError(ErrorCode::MalformedXML, path,
                   QStringLiteral("Filter must contain only one of Prefix, Tag, ObjectSizeGreaterThan, "
                                  "ObjectSizeLessThan or And"));
    return f;
}

Rule readRule(const QJsonValue &v, const QString &path)
{
    const QJsonObject o = object(v, path,
                                 {u"ID", u"Status", u"Prefix", u"Filter", u"Transitions", u"Expiration",
                                  u"NoncurrentVersionTransitions", u"NoncurrentVersionExpiration",
                                  u"AbortIncompleteMultipartUpload"});
    Rule rule;
    if (o.contains(u"ID"))
        rule.id = string(o.value(u"ID"), path + QStringLiteral(".ID"));
    if (!o.contains(u"Status"))
        shapeError(path, QStringLiteral("Missing required parameter \"Status\""));
    const QString status = string(o.value(u"Status"), path + QStringLiteral(".Status"));
    if (status == u"Enabled")
        rule.status = RuleStatus::Enabled;
    else if (status == u"Disabled")
        rule.status = RuleStatus::Disabled;
    else // aws-cli does not check enums; S3 answers MalformedXML
        valueError(ErrorCode::MalformedXML, path + QStringLiteral(".Status"),
                   QStringLiteral("Status must be Enabled or Disabled, not '%1'").arg(status.left(40)));
    if (o.contains(u"Prefix"))
        rule.prefix = string(o.value(u"Prefix"), path + QStringLiteral(".Prefix"));
    if (o.contains(u"Filter"))
        rule.filter = readFilter(o.value(u"Filter"), path + QStringLiteral(".Filter"));
    if (o.contains(u"Transitions")) {
        const QString tp = path + QStringLiteral(".Transitions");
        const QJsonArray list = array(o.value(u"Transitions"), tp);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString p = tp + QStringLiteral("[%1]").arg(i);
            const QJsonObject t = object(list.at(i), p, {u"Date", u"Days", u"StorageClass"});
            Transition tr;
            if (t.contains(u"Days"))
                tr.days = int32(t.value(u"Days"), p + QStringLiteral(".Days"));
            if (t.contains(u"Date"))
                tr.date = timestamp(t.value(u"Date"), p + QStringLiteral(".Date"));
            if (t.contains(u"StorageClass"))
                tr.storageClass = string(t.value(u"StorageClass"), p + QStringLiteral(".StorageClass"));
            rule.transitions.append(tr);
        }
    }
    if (o.contains(u"Expiration")) {
        const QString p = path + QStringLiteral(".Expiration");
        const QJsonObject e = object(o.value(u"Expiration"), p, {u"Date", u"Days", u"ExpiredObjectDeleteMarker"});
        Expiration ex;
        if (e.contains(u"Days"))
            ex.days = int32(e.value(u"Days"), p + QStringLiteral(".Days"));
        if (e.contains(u"Date"))
            ex.date = timestamp(e.value(u"Date"), p + QStringLiteral(".Date"));
        if (e.contains(u"ExpiredObjectDeleteMarker")) {
            const QJsonValue b = e.value(u"ExpiredObjectDeleteMarker");
            if (!b.isBool())
                shapeError(p + QStringLiteral(".ExpiredObjectDeleteMarker"), QStringLiteral("Invalid type, expected a boolean"));
            ex.expiredObjectDeleteMarker = b.toBool();
        }
        rule.expiration = ex;
    }
    if (o.contains(u"NoncurrentVersionTransitions")) {
        const QString tp = path + QStringLiteral(".NoncurrentVersionTransitions");
        const QJsonArray list = array(o.value(u"NoncurrentVersionTransitions"), tp);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString p = tp + QStringLiteral("[%1]").arg(i);
            const QJsonObject t = object(list.at(i), p, {u"NoncurrentDays", u"StorageClass", u"NewerNoncurrentVersions"});
            NoncurrentVersionTransition tr;
            if (t.contains(u"NoncurrentDays"))
                tr.noncurrentDays = int32(t.value(u"NoncurrentDays"), p + QStringLiteral(".NoncurrentDays"));
            if (t.contains(u"StorageClass"))
                tr.storageClass = string(t.value(u"StorageClass"), p + QStringLiteral(".StorageClass"));
            if (t.contains(u"NewerNoncurrentVersions"))
                tr.newerNoncurrentVersions = int32(t.value(u"NewerNoncurrentVersions"), p + QStringLiteral(".NewerNoncurrentVersions"));
            rule.noncurrentVersionTransitions.append(tr);
        }
    }
    if (o.contains(u"NoncurrentVersionExpiration")) {
        const QString p = path + QStringLiteral(".NoncurrentVersionExpiration");
        const QJsonObject e = object(o.value(u"NoncurrentVersionExpiration"), p, {u"NoncurrentDays", u"NewerNoncurrentVersions"});
        NoncurrentVersionExpiration ex;
        if (e.contains(u"NoncurrentDays"))
            ex.noncurrentDays = int32(e.value(u"NoncurrentDays"), p + QStringLiteral(".NoncurrentDays"));
        if (e.contains(u"NewerNoncurrentVersions"))
            ex.newerNoncurrentVersions = int32(e.value(u"NewerNoncurrentVersions"), p + QStringLiteral(".NewerNoncurrentVersions"));
        rule.noncurrentVersionExpiration = ex;
    }
    if (o.contains(u"AbortIncompleteMultipartUpload")) {
        const QString p = path + QStringLiteral(".AbortIncompleteMultipartUpload");
        const QJsonObject a = object(o.value(u"AbortIncompleteMultipartUpload"), p, {u"DaysAfterInitiation"});
        AbortIncompleteMultipartUpload ab;
        if (a.contains(u"DaysAfterInitiation"))
            ab.daysAfterInitiation = int32(a.value(u"DaysAfterInitiation"), p + QStringLiteral(".DaysAfterInitiation"));
        rule.abortIncompleteMultipartUpload = ab;
    }
    return rule;
}

QJsonObject tagJson(const Tag &t)
{
    return QJsonObject {{QStringLiteral("Key"), t.key}, {QStringLiteral("Value"), t.value}};
}

QJsonObject filterJson(const Filter &f)
{
    QJsonObject o;
    if (f.prefix)
        o.insert(QStringLiteral("Prefix"), *f.prefix);
    if (f.tag)
        o.insert(QStringLiteral("Tag"), tagJson(*f.tag));
    if (f.objectSizeGreaterThan)
        o.insert(QStringLiteral("ObjectSizeGreaterThan"), *f.objectSizeGreaterThan);
    if (f.objectSizeLessThan)
        o.insert(QStringLiteral("ObjectSizeLessThan"), *f.objectSizeLessThan);
    if (const auto &a = f.andOperator) {
        QJsonObject ao;
        if (a->prefix)
            ao.insert(QStringLiteral("Prefix"), *a->prefix);
        if (!a->tags.isEmpty()) {
            QJsonArray tags;
            for (const Tag &t : a->tags)
                tags.append(tagJson(t));
            ao.insert(QStringLiteral("Tags"), tags);
        }
        if (a->objectSizeGreaterThan)
            ao.insert(QStringLiteral("ObjectSizeGreaterThan"), *a->objectSizeGreaterThan);
        if (a->objectSizeLessThan)
            ao.insert(QStringLiteral("ObjectSizeLessThan"), *a->objectSizeLessThan);
        o.insert(QStringLiteral("And"), ao);
    }
    return o;
}

} // namespace

Core::Result<LifecycleConfiguration> fromJson(const QByteArray &json, Check check)
{
    if (json.size() > kMaxDocumentBytes)
        return Core::fail(ErrorCode::ParseError,
                          QStringLiteral("The lifecycle configuration is larger than %1 bytes").arg(kMaxDocumentBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(json, parseError.offset);
        return Core::fail(ErrorCode::ParseError,
                          QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
    }
    LifecycleConfiguration config;
    try {
        if (!doc.isObject())
            shapeError(QStringLiteral("LifecycleConfiguration"), QStringLiteral("Invalid type, expected an object"));
        const QJsonObject root = object(doc.object(), QStringLiteral("LifecycleConfiguration"), {u"Rules"});
        if (!root.contains(u"Rules"))
            shapeError(QStringLiteral("LifecycleConfiguration"), QStringLiteral("Missing required parameter \"Rules\""));
        const QJsonArray rules = array(root.value(u"Rules"), QStringLiteral("Rules"));
        if (rules.size() > kMaxRules)
            valueError(ErrorCode::MalformedXML, QStringLiteral("Rules"),
                       QStringLiteral("The configuration has more than %1 rules").arg(kMaxRules));
        for (qsizetype i = 0; i < rules.size(); ++i)
            config.rules.append(readRule(rules.at(i), QStringLiteral("Rules[%1]").arg(i)));
    } catch (const JsonFailure &failure) {
        return std::unexpected(failure.error);
    }
    if (check == Check::Full) {
        if (auto ok = validate(config); !ok)
            return std::unexpected(ok.error());
    }
    return config;
}

QByteArray toJson(const LifecycleConfiguration &config, bool indented)
{
    QJsonArray rules;
    for (const Rule &rule : config.rules) {
        QJsonObject r;
        if (!rule.id.isEmpty())
            r.insert(QStringLiteral("ID"), rule.id);
        r.insert(QStringLiteral("Status"), rule.isEnabled() ? QStringLiteral("Enabled") : QStringLiteral("Disabled"));
        if (rule.prefix)
            r.insert(QStringLiteral("Prefix"), *rule.prefix);
        if (rule.filter)
            r.insert(QStringLiteral("Filter"), filterJson(*rule.filter));
        if (!rule.transitions.isEmpty()) {
            QJsonArray list;
            for (const Transition &t : rule.transitions) {
                QJsonObject o;
                if (t.days)
                    o.insert(QStringLiteral("Days"), *t.days);
                if (t.date)
                    o.insert(QStringLiteral("Date"), Detail::jsonTimestamp(*t.date));
                o.insert(QStringLiteral("StorageClass"), t.storageClass);
                list.append(o);
            }
            r.insert(QStringLiteral("Transitions"), list);
        }
        if (const auto &e = rule.expiration) {
            QJsonObject o;
            if (e->days)
                o.insert(QStringLiteral("Days"), *e->days);
            if (e->date)
                o.insert(QStringLiteral("Date"), Detail::jsonTimestamp(*e->date));
            if (e->expiredObjectDeleteMarker)
                o.insert(QStringLiteral("ExpiredObjectDeleteMarker"), *e->expiredObjectDeleteMarker);
            r.insert(QStringLiteral("Expiration"), o);
        }
        if (!rule.noncurrentVersionTransitions.isEmpty()) {
            QJsonArray list;
            for (const NoncurrentVersionTransition &t : rule.noncurrentVersionTransitions) {
                QJsonObject o;
                if (t.noncurrentDays)
                    o.insert(QStringLiteral("NoncurrentDays"), *t.noncurrentDays);
                o.insert(QStringLiteral("StorageClass"), t.storageClass);
                if (t.newerNoncurrentVersions)
                    o.insert(QStringLiteral("NewerNoncurrentVersions"), *t.newerNoncurrentVersions);
                list.append(o);
            }
            r.insert(QStringLiteral("NoncurrentVersionTransitions"), list);
        }
        if (const auto &e = rule.noncurrentVersionExpiration) {
            QJsonObject o;
            if (e->noncurrentDays)
                o.insert(QStringLiteral("NoncurrentDays"), *e->noncurrentDays);
            if (e->newerNoncurrentVersions)
                o.insert(QStringLiteral("NewerNoncurrentVersions"), *e->newerNoncurrentVersions);
            r.insert(QStringLiteral("NoncurrentVersionExpiration"), o);
        }
        if (const auto &a = rule.abortIncompleteMultipartUpload) {
            QJsonObject o;
            if (a->daysAfterInitiation)
                o.insert(QStringLiteral("DaysAfterInitiation"), *a->daysAfterInitiation);
            r.insert(QStringLiteral("AbortIncompleteMultipartUpload"), o);
        }
        rules.append(r);
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("Rules"), rules}})
        .toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

} // namespace Lifecycle
