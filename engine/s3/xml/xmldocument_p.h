#pragma once

// Private helpers shared by the document codecs in engine/s3/xml/. Not part of the API.

#include <optional>
#include <utility>
#include <vector>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QXmlStreamAttributes>
#include <QXmlStreamWriter>

#include "engine/core/error.h"
#include "engine/s3/xml/commontypes.h"
#include "engine/s3/xml/xmlutil.h"

namespace S3::XmlDetail {

// Limits for a request body (default 1 MiB) or a response document (64 MiB) unless given.
inline XmlLimits requestLimits(const std::optional<XmlLimits> &limits, qsizetype maxBytes = kMaxRequestXmlBytes)
{
    return limits.value_or(XmlLimits { maxBytes, kMaxXmlDepth });
}

inline XmlLimits responseLimits(const std::optional<XmlLimits> &limits)
{
    return limits.value_or(XmlLimits { kMaxResponseXmlBytes, kMaxXmlDepth });
}

// A parsed element: a tiny DOM built by readDocument() under the limits. Leaf text is kept
// exactly (no trimming: keys may start or end with spaces).
struct Element
{
    QString name; // local name
    QString namespaceUri;
    QXmlStreamAttributes attributes;
    QString text;
    std::vector<Element> children;

    const Element *child(QStringView childName) const;
    std::vector<const Element *> childrenNamed(QStringView childName) const;
};

// Thrown by the helpers below while a document is walked; caught in parseDocument().
struct ParseFailure
{
    QString message;
};

// Reads the document into a tree: rejects a DTD, input over limits, nesting over
// limits.maxDepth, and a root whose local name is not rootName. Throws ParseFailure.
Element readDocument(const QByteArray &xml, const XmlLimits &limits, QStringView rootName);

[[noreturn]] void failParse(QString message);

// Text of a child element; throws when absent.
QString requiredText(const Element &parent, QStringView name);
// Text of a child element; empty when absent.
QString optionalText(const Element &parent, QStringView name);
bool hasChild(const Element &parent, QStringView name);

bool toBool(const QString &text, QStringView what);
qint64 toInt64(const QString &text, QStringView what);
int toInt(const QString &text, QStringView what);
QDateTime toTime(const QString &text, QStringView what);

Owner readOwner(const Element &ownerElement);
Checksums readChecksums(const Element &parent);
// The <Prefix> of every <CommonPrefixes> child of parent, decoded when urlEncoded.
QStringList readCommonPrefixes(const Element &parent, bool urlEncoded);
// Decodes an encoding-type=url value when urlEncoded.
QString maybeDecode(const QString &text, bool urlEncoded);

// The S3 error for a rejected document; detail (what was wrong) is appended to the message.
Core::Error makeParseError(Core::ErrorCode code, const QString &detail);

// Runs walk(root) on the document and turns ParseFailure into an S3 error: syntaxCode when
// the document cannot be read (not well-formed, DTD, limits, wrong root), contentCode when
// walk() rejects its content (AccessControlPolicy: MalformedXML vs MalformedACLError).
template<typename T, typename Walk>
Core::Result<T> parseDocument(const QByteArray &xml, const XmlLimits &limits, QStringView rootName,
    Core::ErrorCode syntaxCode, Core::ErrorCode contentCode, Walk &&walk)
{
    Element root;
    try {
        root = readDocument(xml, limits, rootName);
    } catch (const ParseFailure &failure) {
        return std::unexpected(makeParseError(syntaxCode, failure.message));
    }
    try {
        return walk(std::as_const(root));
    } catch (const ParseFailure &failure) {
        return std::unexpected(makeParseError(contentCode, failure.message));
    }
}

template<typename T, typename Walk>
Core::Result<T> parseDocument(
    const QByteArray &xml, const XmlLimits &limits, QStringView rootName, Core::ErrorCode errorCode, Walk &&walk)
{
    return parseDocument<T>(xml, limits, rootName, errorCode, errorCode, std::forward<Walk>(walk));
}

// Writes one document with the S3 namespace as default namespace on the root.
class Writer
{
public:
    explicit Writer(QStringView rootName, bool declareXsi = false);

    void start(QStringView name);
    void end();
    // Always written (empty element for an empty value).
    void text(QStringView name, QStringView value);
    // Written only when value is not empty.
    void optionalText(QStringView name, QStringView value);
    void boolean(QStringView name, bool value);
    void integer(QStringView name, qint64 value);
    void time(QStringView name, const QDateTime &value);
    void owner(QStringView name, const Owner &owner);
    void checksums(const Checksums &checksums);
    void commonPrefixes(const QStringList &prefixes, bool urlEncode);
    QXmlStreamWriter &stream() { return m_writer; }

    // Closes the root and returns the bytes.
    QByteArray finish();

private:
    void writeEscaped(QStringView value);

    QByteArray m_buffer;
    QXmlStreamWriter m_writer;
};

QString maybeEncode(const QString &text, bool urlEncode);

} // namespace S3::XmlDetail
