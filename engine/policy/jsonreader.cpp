#include "engine/policy/jsonreader.h"

#include <QStringDecoder>

namespace Policy {

const JsonMember *JsonValue::member(QStringView key) const
{
    for (const JsonMember &m : members) {
        if (m.key == key)
            return &m;
    }
    return nullptr;
}

QString JsonValue::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return QStringLiteral("boolean");
    case Type::Number:
        return QStringLiteral("number");
    case Type::String:
        return QStringLiteral("string");
    case Type::Array:
        return QStringLiteral("array");
    case Type::Object:
        return QStringLiteral("object");
    }
    return {};
}

namespace {

// Recursive descent over the decoded text; the depth check runs before each descent so a
// hostile document cannot exhaust the stack.
class Reader
{
public:
    Reader(const QString &text, const JsonLimits &limits) : m_text { text }, m_limits { limits } { }

    std::expected<JsonValue, JsonError> run()
    {
        skipSpace();
        JsonValue root;
        if (!parseValue(root, 1))
            return std::unexpected(m_error);
        skipSpace();
        if (m_pos < m_text.size()) {
            fail(QStringLiteral("Unexpected content after the end of the document"));
            return std::unexpected(m_error);
        }
        return root;
    }

private:
    SourcePos here() const { return { m_line, int(m_pos - m_lineStart) + 1 }; }

    bool fail(const QString &message) { return fail(message, here()); }
    bool fail(const QString &message, SourcePos pos)
    {
        m_error = { message, pos };
        return false;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }

    void advance()
    {
        if (m_text.at(m_pos) == u'\n') {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
        ++m_pos;
    }

    void skipSpace()
    {
        while (!atEnd()) {
            const QChar c = m_text.at(m_pos);
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                break;
            advance();
        }
    }

    QString describe(QChar c) const
    {
        if (c.isNull())
            return QStringLiteral("end of document");
        if (c.unicode() < 0x20)
            return QStringLiteral("control character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        return QStringLiteral("'%1'").arg(c);
    }

    bool parseValue(JsonValue &out, int depth)
    {
        out.pos = here();
        if (atEnd())
            return fail(QStringLiteral("Unexpected end of document, expected a value"));
        const QChar c = peek();
        if (c == u'{' || c == u'[') {
            if (depth > m_limits.maxDepth)
                return fail(QStringLiteral("Document nesting is deeper than %1 levels").arg(m_limits.maxDepth));
            return c == u'{' ? parseObject(out, depth) : parseArray(out, depth);
        }
        if (c == u'"') {
            out.type = JsonValue::Type::String;
            return parseString(out.text);
        }
        if (c == u'-' || (c >= u'0' && c <= u'9')) {
            out.type = JsonValue::Type::Number;
            return parseNumber(out.text);
        }
        if (c.isLetter()) {
            const qsizetype start = m_pos;
            while (!atEnd() && peek().isLetterOrNumber())
                ++m_pos;
            const QStringView word = QStringView(m_text).mid(start, m_pos - start);
            if (word == u"true" || word == u"false") {
                out.type = JsonValue::Type::Bool;
                out.boolean = word == u"true";
                return true;
            }
            if (word == u"null") {
                out.type = JsonValue::Type::Null;
                return true;
            }
            return fail(QStringLiteral("Unexpected word '%1', expected a value").arg(word), out.pos);
        }
        return fail(QStringLiteral("Unexpected %1, expected a value").arg(describe(c)));
    }

    bool parseObject(JsonValue &out, int depth)
    {
        out.type = JsonValue::Type::Object;
        advance(); // {
        skipSpace();
        if (peek() == u'}') {
            advance();
            return true;
        }
        for (;;) {
            skipSpace();
            if (peek() != u'"')
                return fail(
                    QStringLiteral("Unexpected %1, expected a member name in double quotes").arg(describe(peek())));
            JsonMember member;
            member.keyPos = here();
            if (!parseString(member.key))
                return false;
            if (m_limits.rejectDuplicateKeys && out.member(member.key))
                return fail(QStringLiteral("Duplicate key \"%1\"").arg(member.key), member.keyPos);
            skipSpace();
            if (peek() != u':')
                return fail(QStringLiteral("Unexpected %1, expected ':'").arg(describe(peek())));
            advance();
            skipSpace();
            if (!parseValue(member.value, depth + 1))
                return false;
            out.members.push_back(std::move(member));
            skipSpace();
            if (peek() == u',') {
                advance();
                continue;
            }
            if (peek() == u'}') {
                advance();
                return true;
            }
            return fail(QStringLiteral("Unexpected %1, expected ',' or '}'").arg(describe(peek())));
        }
    }

    bool parseArray(JsonValue &out, int depth)
    {
        out.type = JsonValue::Type::Array;
        advance(); // [
        skipSpace();
        if (peek() == u']') {
            advance();
            return true;
        }
        for (;;) {
            skipSpace();
            JsonValue item;
            if (!parseValue(item, depth + 1))
                return false;
            out.items.push_back(std::move(item));
            skipSpace();
            if (peek() == u',') {
                advance();
                continue;
            }
            if (peek() == u']') {
                advance();
                return true;
            }
            return fail(QStringLiteral("Unexpected %1, expected ',' or ']'").arg(describe(peek())));
        }
    }

    static int hexValue(QChar c)
    {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        return -1;
    }

    bool parseString(QString &out)
    {
        advance(); // opening quote
        out.clear();
        for (;;) {
            if (atEnd())
                return fail(QStringLiteral("Unterminated string"));
            const QChar c = peek();
            if (c == u'"') {
                advance();
                return true;
            }
            if (c.unicode() < 0x20)
                return fail(QStringLiteral("Unescaped %1 in string").arg(describe(c)));
            if (c != u'\\') {
                out.append(c);
                advance();
                continue;
            }
            const SourcePos escapePos = here();
            advance();
            if (atEnd())
                return fail(QStringLiteral("Unterminated string"));
            const QChar e = peek();
            advance();
            switch (e.unicode()) {
            case u'"':
                out.append(u'"');
                break;
            case u'\\':
                out.append(u'\\');
                break;
            case u'/':
                out.append(u'/');
                break;
            case u'b':
                out.append(u'\b');
                break;
            case u'f':
                out.append(u'\f');
                break;
            case u'n':
                out.append(u'\n');
                break;
            case u'r':
                out.append(u'\r');
                break;
            case u't':
                out.append(u'\t');
                break;
            case u'u': {
                int value = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = atEnd() ? -1 : hexValue(peek());
                    if (h < 0)
                        return fail(QStringLiteral("Invalid \\u escape in string"), escapePos);
                    value = value * 16 + h;
                    advance();
                }
                out.append(QChar(char16_t(value)));
                break;
            }
            default:
                return fail(QStringLiteral("Invalid escape sequence '\\%1' in string").arg(e), escapePos);
            }
        }
    }

    bool parseNumber(QString &out)
    {
        const qsizetype start = m_pos;
        auto digits = [this] {
            qsizetype n = 0;
            while (!atEnd() && peek() >= u'0' && peek() <= u'9') {
                ++m_pos;
                ++n;
            }
            return n;
        };
        if (peek() == u'-')
            ++m_pos;
        if (peek() == u'0') {
            ++m_pos;
            if (!atEnd() && peek() >= u'0' && peek() <= u'9')
                return fail(QStringLiteral("Leading zeros are not allowed in numbers"));
        } else if (digits() == 0) {
            return fail(QStringLiteral("Invalid number"));
        }
        if (peek() == u'.') {
            ++m_pos;
            if (digits() == 0)
                return fail(QStringLiteral("Invalid number: expected a digit after '.'"));
        }
        if (peek() == u'e' || peek() == u'E') {
            ++m_pos;
            if (peek() == u'+' || peek() == u'-')
                ++m_pos;
            if (digits() == 0)
                return fail(QStringLiteral("Invalid number: expected a digit in the exponent"));
        }
        out = m_text.mid(start, m_pos - start);
        return true;
    }

    const QString &m_text;
    const JsonLimits &m_limits;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    JsonError m_error;
};

} // namespace

std::expected<JsonValue, JsonError> readJson(const QByteArray &utf8, const JsonLimits &limits)
{
    if (limits.maxBytes > 0 && utf8.size() > limits.maxBytes) {
        return std::unexpected(
            JsonError { QStringLiteral("Policy exceeds the maximum allowed document size (%1 bytes, limit %2)")
                            .arg(utf8.size())
                            .arg(limits.maxBytes),
                {} });
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(utf8);
    if (decoder.hasError())
        return std::unexpected(JsonError { QStringLiteral("The document is not valid UTF-8"), {} });
    // A UTF-8 byte order mark is tolerated (Windows editors write one).
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return Reader(text, limits).run();
}

} // namespace Policy
