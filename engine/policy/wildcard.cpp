#include "engine/policy/wildcard.h"

namespace Policy {

namespace {

struct Token
{
    enum Kind
    {
        Literal,
        AnyOne,
        AnyRun,
    } kind;
    QChar ch;
    qsizetype length;
};

Token tokenAt(QStringView pattern, qsizetype p, bool escapes)
{
    const QChar c = pattern.at(p);
    if (escapes && c == u'\\' && p + 1 < pattern.size())
        return { Token::Literal, pattern.at(p + 1), 2 };
    if (c == u'*')
        return { Token::AnyRun, c, 1 };
    if (c == u'?')
        return { Token::AnyOne, c, 1 };
    return { Token::Literal, c, 1 };
}

inline bool sameChar(QChar a, QChar b, Qt::CaseSensitivity cs)
{
    if (a == b)
        return true;
    return cs == Qt::CaseInsensitive && a.toCaseFolded() == b.toCaseFolded();
}

} // namespace

namespace {

// The common case (no escapes, case-sensitive resources): the same algorithm on plain chars.
bool plainMatch(QStringView pattern, QStringView text, Qt::CaseSensitivity cs)
{
    const QChar *p = pattern.data();
    const QChar *t = text.data();
    const qsizetype m = pattern.size();
    const qsizetype n = text.size();
    qsizetype i = 0;
    qsizetype j = 0;
    qsizetype starI = -1;
    qsizetype starJ = 0;
    while (j < n) {
        if (i < m) {
            const QChar c = p[i];
            if (c == u'*') {
                starI = ++i;
                starJ = j;
                continue;
            }
            if (c == u'?' || sameChar(c, t[j], cs)) {
                ++i;
                ++j;
                continue;
            }
        }
        if (starI < 0)
            return false;
        i = starI;
        j = ++starJ;
    }
    while (i < m && p[i] == u'*')
        ++i;
    return i == m;
}

} // namespace

bool wildcardMatch(QStringView pattern, QStringView text, Qt::CaseSensitivity cs, bool escapes)
{
    if (!escapes)
        return plainMatch(pattern, text, cs);
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starP = -1; // position just after the last '*'
    qsizetype starT = 0; // text position that '*' is currently assumed to extend to
    while (t < text.size()) {
        if (p < pattern.size()) {
            const Token tok = tokenAt(pattern, p, escapes);
            if (tok.kind == Token::AnyRun) {
                p += tok.length;
                starP = p;
                starT = t;
                continue;
            }
            if (tok.kind == Token::AnyOne || sameChar(tok.ch, text.at(t), cs)) {
                p += tok.length;
                ++t;
                continue;
            }
        }
        if (starP < 0)
            return false;
        // Let the last '*' swallow one more character and retry from there.
        p = starP;
        t = ++starT;
    }
    while (p < pattern.size()) {
        const Token tok = tokenAt(pattern, p, escapes);
        if (tok.kind != Token::AnyRun)
            return false;
        p += tok.length;
    }
    return true;
}

QString escapeWildcards(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'*' || c == u'?' || c == u'\\')
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

std::optional<QString> expandVariables(QStringView text, const VariableLookup &lookup, ExpandMode mode)
{
    const bool pattern = mode == ExpandMode::Pattern;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'$' && i + 1 < text.size() && text.at(i + 1) == u'{') {
            const qsizetype close = text.indexOf(u'}', i + 2);
            if (close > 0) {
                QStringView inner = text.mid(i + 2, close - i - 2).trimmed();
                i = close + 1;
                if (inner == u"*" || inner == u"?" || inner == u"$") {
                    if (pattern && inner != u"$")
                        out.append(u'\\');
                    out.append(inner);
                    continue;
                }
                std::optional<QString> fallback;
                if (const qsizetype comma = inner.indexOf(u','); comma >= 0) {
                    QStringView def = inner.mid(comma + 1).trimmed();
                    if (def.size() >= 2 && def.front() == u'\'' && def.back() == u'\'')
                        fallback = def.mid(1, def.size() - 2).toString();
                    inner = inner.left(comma).trimmed();
                }
                std::optional<QString> value = lookup ? lookup(inner.toString()) : std::nullopt;
                if (!value)
                    value = fallback;
                if (!value)
                    return std::nullopt;
                out.append(pattern ? escapeWildcards(*value) : *value);
                continue;
            }
        }
        if (pattern && c == u'\\')
            out.append(u'\\');
        out.append(c);
        ++i;
    }
    return out;
}

} // namespace Policy
