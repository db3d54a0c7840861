#include "engine/policy/condition.h"

#include <cmath>

#include <QTimeZone>

namespace Policy {

namespace {

using Family = ConditionOperator::Family;
using Comparison = ConditionOperator::Comparison;

struct OperatorRow
{
    const char16_t *name;
    Family family;
    Comparison comparison;
    bool negated;
};

constexpr OperatorRow kOperators[] = {
    { u"StringEquals", Family::String, Comparison::Equals, false },
    { u"StringNotEquals", Family::String, Comparison::Equals, true },
    { u"StringEqualsIgnoreCase", Family::StringIgnoreCase, Comparison::Equals, false },
    { u"StringNotEqualsIgnoreCase", Family::StringIgnoreCase, Comparison::Equals, true },
    { u"StringLike", Family::StringLike, Comparison::Equals, false },
    { u"StringNotLike", Family::StringLike, Comparison::Equals, true },
    { u"NumericEquals", Family::Numeric, Comparison::Equals, false },
    { u"NumericNotEquals", Family::Numeric, Comparison::Equals, true },
    { u"NumericLessThan", Family::Numeric, Comparison::LessThan, false },
    { u"NumericLessThanEquals", Family::Numeric, Comparison::LessThanEquals, false },
    { u"NumericGreaterThan", Family::Numeric, Comparison::GreaterThan, false },
    { u"NumericGreaterThanEquals", Family::Numeric, Comparison::GreaterThanEquals, false },
    { u"DateEquals", Family::Date, Comparison::Equals, false },
    { u"DateNotEquals", Family::Date, Comparison::Equals, true },
    { u"DateLessThan", Family::Date, Comparison::LessThan, false },
    { u"DateLessThanEquals", Family::Date, Comparison::LessThanEquals, false },
    { u"DateGreaterThan", Family::Date, Comparison::GreaterThan, false },
    { u"DateGreaterThanEquals", Family::Date, Comparison::GreaterThanEquals, false },
    { u"Bool", Family::Bool, Comparison::Equals, false },
    { u"BinaryEquals", Family::String, Comparison::Equals, false },
    { u"IpAddress", Family::IpAddress, Comparison::Equals, false },
    { u"NotIpAddress", Family::IpAddress, Comparison::Equals, true },
    { u"ArnEquals", Family::Arn, Comparison::Equals, false },
    { u"ArnNotEquals", Family::Arn, Comparison::Equals, true },
    { u"ArnLike", Family::Arn, Comparison::Equals, false },
    { u"ArnNotLike", Family::Arn, Comparison::Equals, true },
    { u"Null", Family::Null, Comparison::Equals, false },
};

template<typename T> bool compare(const T &a, const T &b, Comparison c)
{
    switch (c) {
    case Comparison::Equals:
        return a == b;
    case Comparison::LessThan:
        return a < b;
    case Comparison::LessThanEquals:
        return a <= b;
    case Comparison::GreaterThan:
        return a > b;
    case Comparison::GreaterThanEquals:
        return a >= b;
    }
    return false;
}

std::optional<double> parseNumber(QStringView text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

bool isBoolText(QStringView text)
{
    return text.compare(u"true", Qt::CaseInsensitive) == 0 || text.compare(u"false", Qt::CaseInsensitive) == 0;
}

// ARN components are matched one by one; the sixth keeps any further colons.
QList<QStringView> arnParts(QStringView arn)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (int i = 0; i < 5; ++i) {
        const qsizetype colon = arn.indexOf(u':', start);
        if (colon < 0)
            return {};
        parts.append(arn.mid(start, colon - start));
        start = colon + 1;
    }
    parts.append(arn.mid(start));
    return parts;
}

bool arnMatch(QStringView pattern, QStringView arn, bool escapes)
{
    if (pattern == u"*")
        return true;
    const QList<QStringView> p = arnParts(pattern);
    const QList<QStringView> a = arnParts(arn);
    if (p.size() != 6 || a.size() != 6)
        return false;
    for (int i = 0; i < 6; ++i) {
        if (!wildcardMatch(p.at(i), a.at(i), Qt::CaseSensitive, escapes))
            return false;
    }
    return true;
}

// Does one request value match one (already expanded) policy value, ignoring negation?
bool baseMatch(const ConditionOperator &op, const QString &contextValue, const QString &policyValue, bool escapes)
{
    switch (op.family) {
    case Family::String:
        return contextValue == policyValue;
    case Family::StringIgnoreCase:
        return contextValue.compare(policyValue, Qt::CaseInsensitive) == 0;
    case Family::StringLike:
        return wildcardMatch(policyValue, contextValue, Qt::CaseSensitive, escapes);
    case Family::Numeric: {
        const auto a = parseNumber(contextValue);
        const auto b = parseNumber(policyValue);
        return a && b && compare(*a, *b, op.comparison);
    }
    case Family::Date: {
        const auto a = parseConditionDate(contextValue);
        const auto b = parseConditionDate(policyValue);
        return a && b && compare(a->toMSecsSinceEpoch(), b->toMSecsSinceEpoch(), op.comparison);
    }
    case Family::Bool:
        return contextValue.compare(policyValue, Qt::CaseInsensitive) == 0;
    case Family::IpAddress: {
        const auto address = IpRange::parse(contextValue);
        const auto range = IpRange::parse(policyValue);
        return address && range && range->contains(*address);
    }
    case Family::Arn:
        return arnMatch(policyValue, contextValue, escapes);
    case Family::Null:
        return false;
    }
    return false;
}

QString quoteList(const QStringList &values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (const QString &v : values)
        quoted.append(QLatin1Char('"') + v + QLatin1Char('"'));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

std::optional<ConditionOperator> ConditionOperator::parse(QStringView name)
{
    ConditionOperator op;
    op.name = name.toString();
    QStringView rest = name;
    if (rest.startsWith(u"ForAnyValue:")) {
        op.qualifier = SetQualifier::ForAnyValue;
        rest = rest.mid(12);
    } else if (rest.startsWith(u"ForAllValues:")) {
        op.qualifier = SetQualifier::ForAllValues;
        rest = rest.mid(13);
    }
    if (rest.endsWith(u"IfExists")) {
        op.ifExists = true;
        rest.chop(8);
    }
    for (const OperatorRow &row : kOperators) {
        if (rest == QStringView(row.name)) {
            if (row.family == Family::Null && (op.ifExists || op.qualifier != SetQualifier::None))
                return std::nullopt; // "NullIfExists" means nothing
            op.family = row.family;
            op.comparison = row.comparison;
            op.negated = row.negated;
            return op;
        }
    }
    return std::nullopt;
}

bool ConditionOperator::supportsVariables() const
{
    return family == Family::String || family == Family::StringIgnoreCase || family == Family::StringLike
        || family == Family::Arn;
}

QString validateConditionValue(const ConditionOperator &op, const QString &value)
{
    bool ok = true;
    switch (op.family) {
    case Family::Numeric:
        ok = parseNumber(value).has_value();
        break;
    case Family::Date:
        ok = parseConditionDate(value).has_value();
        break;
    case Family::Bool:
    case Family::Null:
        ok = isBoolText(value);
        break;
    case Family::IpAddress:
        ok = IpRange::parse(value).has_value();
        break;
    default:
        break;
    }
    if (ok)
        return {};
    return QStringLiteral("Invalid value for condition operator %1: %2").arg(op.name, value);
}

ConditionCheck evaluateCondition(
    const ConditionEntry &entry, const QStringList *contextValues, const VariableLookup *lookup, bool withDetail)
{
    const ConditionOperator &op = entry.op;
    const bool present = contextValues && !contextValues->isEmpty();
    const QString keyText
        = withDetail ? QStringLiteral("%1 %2 %3").arg(op.name, entry.key, quoteList(entry.values)) : QString();
    auto result = [withDetail](bool passed, auto &&makeDetail) -> ConditionCheck {
        if (!withDetail)
            return { passed, {} };
        return { passed, makeDetail() };
    };

    if (op.family == Family::Null) {
        const QString state = present ? QStringLiteral("present") : QStringLiteral("absent");
        for (const QString &v : entry.values) {
            const bool wantAbsent = v.compare(u"true", Qt::CaseInsensitive) == 0;
            if (wantAbsent != present)
                return result(true, [&] { return QStringLiteral("%1: key is %2").arg(keyText, state); });
        }
        return result(false, [&] { return QStringLiteral("%1 failed: key is %2").arg(keyText, state); });
    }

    if (!present) {
        QString why;
        bool passed = false;
        if (op.ifExists) {
            passed = true;
            why = QStringLiteral("key absent, IfExists passes");
        } else if (op.qualifier == ConditionOperator::SetQualifier::ForAllValues) {
            passed = true;
            why = QStringLiteral("key absent, ForAllValues of an empty set is true");
        } else if (op.qualifier == ConditionOperator::SetQualifier::ForAnyValue) {
            why = QStringLiteral("key absent, ForAnyValue of an empty set is false");
        } else if (op.negated) {
            passed = true;
            why = QStringLiteral("key absent, a negated operator passes");
        } else {
            why = QStringLiteral("key absent from the request");
        }
        return result(passed, [&] {
            return QStringLiteral("%1%2: %3").arg(keyText, passed ? QString() : QStringLiteral(" failed"), why);
        });
    }

    // Expand variables once per policy value; a value whose variable has no value matches nothing.
    const bool escapes = lookup && op.supportsVariables();
    const ExpandMode mode
        = (op.family == Family::StringLike || op.family == Family::Arn) ? ExpandMode::Pattern : ExpandMode::Literal;
    std::vector<QString> policyValues;
    policyValues.reserve(entry.values.size());
    for (const QString &v : entry.values) {
        if (!escapes) {
            policyValues.push_back(v);
        } else if (auto expanded = expandVariables(v, *lookup, mode)) {
            policyValues.push_back(std::move(*expanded));
        }
    }

    // For one request value: positive operators need any policy value to match, negated
    // ones need none to match.
    auto valueHolds = [&](const QString &contextValue) {
        bool any = false;
        for (const QString &pv : policyValues) {
            if (baseMatch(op, contextValue, pv, escapes)) {
                any = true;
                break;
            }
        }
        return op.negated ? !any : any;
    };

    bool passed = false;
    switch (op.qualifier) {
    case ConditionOperator::SetQualifier::ForAllValues:
        passed = std::all_of(contextValues->begin(), contextValues->end(), valueHolds);
        break;
    case ConditionOperator::SetQualifier::ForAnyValue:
        passed = std::any_of(contextValues->begin(), contextValues->end(), valueHolds);
        break;
    case ConditionOperator::SetQualifier::None:
        // A single-valued operator on a multi-valued key: positive operators pass when some
        // value matches, negated ones when no value matches.
        passed = op.negated ? std::all_of(contextValues->begin(), contextValues->end(), valueHolds)
                            : std::any_of(contextValues->begin(), contextValues->end(), valueHolds);
        break;
    }
    return result(passed, [&] {
        return QStringLiteral("%1%2: request has %3")
            .arg(keyText, passed ? QString() : QStringLiteral(" failed"), quoteList(*contextValues));
    });
}

namespace {

std::optional<std::array<quint8, 4>> parseIpv4(QStringView text)
{
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    std::array<quint8, 4> out {};
    for (int i = 0; i < 4; ++i) {
        const QStringView p = parts.at(i);
        if (p.isEmpty() || p.size() > 3)
            return std::nullopt;
        int v = 0;
        for (QChar c : p) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
            v = v * 10 + (c.unicode() - u'0');
        }
        if (v > 255)
            return std::nullopt;
        out[i] = quint8(v);
    }
    return out;
}

bool parseHexGroups(QStringView text, std::vector<quint16> &groups, bool allowTrailingV4)
{
    if (text.isEmpty())
        return true;
    const QList<QStringView> parts = text.split(u':');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView p = parts.at(i);
        if (allowTrailingV4 && i == parts.size() - 1 && p.contains(u'.')) {
            const auto v4 = parseIpv4(p);
            if (!v4)
                return false;
            groups.push_back(quint16((*v4)[0] << 8 | (*v4)[1]));
            groups.push_back(quint16((*v4)[2] << 8 | (*v4)[3]));
            continue;
        }
        if (p.isEmpty() || p.size() > 4)
            return false;
        bool ok = false;
        const uint v = p.toUInt(&ok, 16);
        if (!ok)
            return false;
        groups.push_back(quint16(v));
    }
    return true;
}

std::optional<std::array<quint8, 16>> parseIpv6(QStringView text)
{
    std::vector<quint16> head;
    std::vector<quint16> tail;
    const qsizetype gap = text.indexOf(u"::");
    if (gap >= 0) {
        if (text.indexOf(u"::", gap + 1) >= 0)
            return std::nullopt;
        if (!parseHexGroups(text.left(gap), head, false) || !parseHexGroups(text.mid(gap + 2), tail, true))
            return std::nullopt;
        if (head.size() + tail.size() > 7)
            return std::nullopt;
    } else {
        if (!parseHexGroups(text, head, true) || head.size() != 8)
            return std::nullopt;
    }
    std::array<quint8, 16> out {};
    for (size_t i = 0; i < head.size(); ++i) {
        out[2 * i] = quint8(head[i] >> 8);
        out[2 * i + 1] = quint8(head[i]);
    }
    const size_t offset = 8 - tail.size();
    for (size_t i = 0; i < tail.size(); ++i) {
        out[2 * (offset + i)] = quint8(tail[i] >> 8);
        out[2 * (offset + i) + 1] = quint8(tail[i]);
    }
    return out;
}

} // namespace

std::optional<IpRange> IpRange::parse(QStringView text)
{
    text = text.trimmed();
    IpRange range;
    QStringView address = text;
    int prefix = -1;
    if (const qsizetype slash = text.indexOf(u'/'); slash >= 0) {
        const QStringView bits = text.mid(slash + 1);
        if (bits.isEmpty() || bits.size() > 3)
            return std::nullopt;
        bool ok = false;
        prefix = bits.toInt(&ok);
        if (!ok || prefix < 0 || !std::all_of(bits.begin(), bits.end(), [](QChar c) { return c.isDigit(); }))
            return std::nullopt;
        address = text.left(slash);
    }
    if (address.contains(u':')) {
        const auto v6 = parseIpv6(address);
        if (!v6 || prefix > 128)
            return std::nullopt;
        range.bytes = *v6;
        range.v6 = true;
        range.prefix = prefix < 0 ? 128 : prefix;
    } else {
        const auto v4 = parseIpv4(address);
        if (!v4 || prefix > 32)
            return std::nullopt;
        std::copy(v4->begin(), v4->end(), range.bytes.begin());
        range.prefix = prefix < 0 ? 32 : prefix;
    }
    return range;
}

bool IpRange::contains(const IpRange &address) const
{
    if (v6 != address.v6)
        return false;
    int bits = prefix;
    for (size_t i = 0; bits > 0; ++i, bits -= 8) {
        const quint8 mask = bits >= 8 ? 0xff : quint8(0xff << (8 - bits));
        if ((bytes[i] & mask) != (address.bytes[i] & mask))
            return false;
    }
    return true;
}

std::optional<QDateTime> parseConditionDate(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // aws:EpochTime style: whole seconds since 1970.
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); })) {
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    }
    const QString s = text.toString();
    if (s.size() == 10) {
        const QDate date = QDate::fromString(s, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return date.startOfDay(QTimeZone::utc());
    }
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), QTimeZone::utc()); // no offset written: UTC, as AWS reads it
    return dt;
}

} // namespace Policy
