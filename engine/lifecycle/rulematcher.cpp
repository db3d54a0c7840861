#include "engine/lifecycle/rulematcher.h"

namespace Lifecycle {

namespace {

bool hasTag(const QList<Tag> &tags, const Tag &wanted)
{
    for (const Tag &t : tags) {
        if (t.key == wanted.key)
            return t.value == wanted.value;
    }
    return false;
}

bool sizeMatches(const std::optional<qint64> &greaterThan, const std::optional<qint64> &lessThan, qint64 size)
{
    if (greaterThan && !(size > *greaterThan))
        return false;
    if (lessThan && !(size < *lessThan))
        return false;
    return true;
}

} // namespace

bool filterMatches(const Rule &rule, const QString &key, qint64 size, const QList<Tag> &tags)
{
    if (rule.prefix)
        return key.startsWith(*rule.prefix);
    if (!rule.filter)
        return true;
    const Filter &f = *rule.filter;
    if (f.prefix && !key.startsWith(*f.prefix))
        return false;
    if (f.tag && !hasTag(tags, *f.tag))
        return false;
    if (!sizeMatches(f.objectSizeGreaterThan, f.objectSizeLessThan, size))
        return false;
    if (const auto &a = f.andOperator) {
        if (a->prefix && !key.startsWith(*a->prefix))
            return false;
        for (const Tag &t : a->tags) {
            if (!hasTag(tags, t))
                return false;
        }
        if (!sizeMatches(a->objectSizeGreaterThan, a->objectSizeLessThan, size))
            return false;
    }
    return true;
}

bool filterMatchesUpload(const Rule &rule, const QString &key)
{
    if (rule.prefix)
        return key.startsWith(*rule.prefix);
    if (!rule.filter)
        return true;
    const Filter &f = *rule.filter;
    if (f.hasTags() || f.objectSizeGreaterThan || f.objectSizeLessThan)
        return false;
    if (f.prefix && !key.startsWith(*f.prefix))
        return false;
    if (const auto &a = f.andOperator) {
        if (a->objectSizeGreaterThan || a->objectSizeLessThan)
            return false;
        if (a->prefix && !key.startsWith(*a->prefix))
            return false;
    }
    return true;
}

} // namespace Lifecycle
