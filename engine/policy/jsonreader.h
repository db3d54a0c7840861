#pragma once

#include <vector>

#include <QByteArray>
#include <QString>

#include "engine/core/error.h"

namespace Policy {

// A position in the source text: 1-based line and column (column counts UTF-16 code units,
// as QTextDocument and QPlainTextEdit do). line == 0 means "no position".
struct SourcePos
{
    int line = 0;
    int column = 0;
};

struct JsonMember;

// One JSON value with the position where it starts. Objects keep their members in document
// order (a policy editor shows them as written). Plain value type, copyable.
class JsonValue
{
public:
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object,
    };

    Type type = Type::Null;
    SourcePos pos;
    bool boolean = false;
    QString text; // String: the decoded string; Number: the number as written
    std::vector<JsonValue> items; // Array
    std::vector<JsonMember> members; // Object, in document order

    bool isString() const { return type == Type::String; }
    bool isArray() const { return type == Type::Array; }
    bool isObject() const { return type == Type::Object; }
    // The member called key (exact, case-sensitive), or nullptr.
    const JsonMember *member(QStringView key) const;
    static QString typeName(Type type);
};

struct JsonMember
{
    QString key;
    SourcePos keyPos;
    JsonValue value;
};

struct JsonError
{
    QString message;
    SourcePos pos;
};

struct JsonLimits
{
    qsizetype maxBytes = 20 * 1024; // AWS's bucket policy limit
    int maxDepth = 32;
    bool rejectDuplicateKeys = true;
};

// Strict RFC 8259 reader that remembers where every value starts. Errors name the line and
// column of the offending character. Refuses (with an error, never a crash) documents larger
// than limits.maxBytes, nesting deeper than limits.maxDepth and, by default, duplicate keys
// in one object (AWS's IAM parser rejects them too; a silent "last one wins" hides mistakes).
std::expected<JsonValue, JsonError> readJson(const QByteArray &utf8, const JsonLimits &limits = {});

} // namespace Policy
