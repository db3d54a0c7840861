#include "engine/lifecycle/lifecyclecodec.h"

#include <algorithm>
#include <limits>

#include <QTimeZone>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include "engine/lifecycle/lifecyclecodec_p.h"
#include "engine/s3/errortable.h"

// The XML shape is AWS's PutBucketLifecycleConfiguration request body
// (https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html). AWS checks the
// body against its schema and answers MalformedXML for anything else; so does this reader.

namespace Lifecycle {

using Core::ErrorCode;

namespace Detail {

std::optional<QDateTime> parseTimestamp(const QString &text)
{
    const QString s = text.trimmed();
    if (s.size() == 10) { // a plain date, as aws-cli accepts: "2025-01-01"
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toUTC();
    }
    if (s.size() < 19 || s.at(4) != u'-' || s.at(10) != u'T')
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime) // no zone given: S3 takes timestamps as UTC
        dt = QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    return dt.toUTC();
}

QString xmlTimestamp(const QDateTime &dt)
{
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString jsonTimestamp(const QDateTime &dt)
{
    // aws-cli prints timestamps as ISO 8601 with an offset: "2025-01-01T00:00:00+00:00".
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+00:00"));
}

} // namespace Detail

namespace {

struct XmlFailure
{
    Core::Error error;
};

// Recursive-descent reader on top of QXmlStreamReader. Throws XmlFailure internally; fromXml catches it at
// its boundary so nothing escapes the engine API.
class LifecycleXmlReader
{
public:
    explicit LifecycleXmlReader(const QByteArray &body)
        : m_xml {body}
    {
    }

    LifecycleConfiguration read()
    {
        if (!nextStart())
            fail(QStringLiteral("The document has no root element"));
        if (m_xml.name() != u"LifecycleConfiguration")
            fail(QStringLiteral("The root element must be LifecycleConfiguration, not %1").arg(m_xml.name()));
        LifecycleConfiguration config;
        while (childStart()) {
            if (m_xml.name() != u"Rule")
                unexpected();
            if (config.rules.size() >= kMaxRules)
                fail(QStringLiteral("The configuration has more than %1 rules").arg(kMaxRules));
            config.rules.append(readRule());
        }
        // Nothing but whitespace and comments may follow the root element.
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            checkToken();
            if (m_xml.isStartElement())
                fail(QStringLiteral("Content after the root element"));
        }
        if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            fail(m_xml.errorString());
        return config;
    }

private:
    [[noreturn]] void fail(const QString &message)
    {
        throw XmlFailure {S3::makeError(ErrorCode::MalformedXML,
                                        QStringLiteral("The XML you provided was not well-formed or did not validate "
                                                       "against our published schema: %1 (line %2, column %3)")
                                            .arg(message)
                                            .arg(m_xml.lineNumber())
                                            .arg(m_xml.columnNumber()))};
    }

    [[noreturn]] void unexpected() { fail(QStringLiteral("Unexpected element %1").arg(m_xml.name())); }

    void checkToken()
    {
        if (m_xml.tokenType() == QXmlStreamReader::DTD)
            fail(QStringLiteral("DOCTYPE is not allowed"));
        if (m_xml.tokenType() == QXmlStreamReader::EntityReference)
            fail(QStringLiteral("Entity references are not allowed"));
        if (m_xml.hasError())
            fail(m_xml.errorString());
    }

    // Advances to the first start element of the document.
    bool nextStart()
    {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            checkToken();
            if (m_xml.isStartElement()) {
                ++m_depth;
                return true;
            }
            if (m_xml.isCharacters() && !m_xml.isWhitespace())
                fail(QStringLiteral("Text outside the root element"));
        }
        checkToken();
        return false;
    }

    // Inside an element: advances to its next child start element (true) or to its end (false).
    bool childStart()
    {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            checkToken();
            if (m_xml.isStartElement()) {
                if (++m_depth > kMaxXmlDepth)
                    fail(QStringLiteral("The document nests deeper than %1 elements").arg(kMaxXmlDepth));
                return true;
            }
            if (m_xml.isEndElement()) {
                --m_depth;
                return false;
            }
            if (m_xml.isCharacters() && !m_xml.isWhitespace())
                fail(QStringLiteral("Unexpected text in element"));
        }
        checkToken();
        fail(QStringLiteral("Premature end of document"));
    }

    // The text of a leaf element; fails when it has child elements.
    QString text()
    {
        QString out;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            checkToken();
            if (m_xml.isCharacters())
                out += m_xml.text();
            else if (m_xml.isEndElement()) {
                --m_depth;
                return out;
            } else if (m_xml.isStartElement())
                fail(QStringLiteral("Unexpected element %1 in a text element").arg(m_xml.name()));
        }
        checkToken();
        fail(QStringLiteral("Premature end of document"));
    }

    template <typename T>
    void once(std::optional<T> &slot, const T &value)
    {
        if (slot)
            fail(QStringLiteral("Repeated element %1").arg(m_xml.name()));
        slot = value;
    }

    qint64 integer(qint64 min, qint64 max)
    {
        const QString name = m_xml.name().toString();
        const QString t = text().trimmed();
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (!ok || v < min || v > max)
            fail(QStringLiteral("%1 must be an integer between %2 and %3, not '%4'").arg(name).arg(min).arg(max).arg(t.left(40)));
        return v;
    }

    int int32() { return int(integer(std::numeric_limits<int>::min(), std::numeric_limits<int>::max())); }
    qint64 int64() { return integer(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()); }

    QDateTime timestamp()
    {
        const QString t = text();
        const auto dt = Detail::parseTimestamp(t);
        if (!dt)
            fail(QStringLiteral("'%1' is not an ISO 8601 timestamp").arg(t.left(40)));
        return *dt;
    }

    QString storageClass()
    {
        return text().trimmed();
    }

    Tag readTag()
    {
        std::optional<QString> key;
        std::optional<QString> value;
        while (childStart()) {
            if (m_xml.name() == u"Key")
                once(key, text());
            else if (m_xml.name() == u"Value")
                once(value, text());
            else
                unexpected();
        }
        if (!key || !value)
            fail(QStringLiteral("Tag must contain Key and Value"));
        return {*key, *value};
    }

    AndOperator readAnd()
    {
        AndOperator a;
        while (childStart()) {
            const auto name = m_xml.name();
            if (name == u"Prefix")
                once(a.prefix, text());
            else if (name == u"Tag")
                a.tags.append(readTag());
            else if (name == u"ObjectSizeGreaterThan")
                once(a.objectSizeGreaterThan, int64());
            else if (name == u"ObjectSizeLessThan")
                once(a.objectSizeLessThan, int64());
            else
                unexpected();
        }
        return a;
    }

    Filter readFilter()
    {
        Filter f;
        while (childStart()) {
            const auto name = m_xml.name();
            if (name == u"Prefix")
                once(f.prefix, text());
            else if (name == u"Tag")
                once(f.tag, readTag());
            else if (name == u"ObjectSizeGreaterThan")
                once(f.objectSizeGreaterThan, int64());
            else if (name == u"ObjectSizeLessThan")
                once(f.objectSizeLessThan, int64());
            else if (name == u"And")
                once(f.andOperator, readAnd());
            else
                unexpected();
        }
        // AWS: a Filter holds exactly one predicate; several must be wrapped in And.
        if (f.predicateCount() > 1)
            fail(QStringLiteral("Filter must contain only one of Prefix, Tag, ObjectSizeGreaterThan, "
                                "ObjectSizeLessThan or And"));
        return f;
    }

    Transition readTransition()
    {
        Transition t;
        std::optional<QString> sc;
        while (childStart()) {
            const auto name = m_xml.name();
            if (name == u"Days")
                once(t.days, int32());
            else if (name == u"Date")
                once(t.date, timestamp());
            else if (name == u"StorageClass")
                once(sc, storageClass());
            else
                unexpected();
        }
        if (!sc)
            fail(QStringLiteral("Transition must contain StorageClass"));
        if (t.days.has_value() == t.date.has_value())
            fail(QStringLiteral("Transition must contain exactly one of Days or Date"));
        t.storageClass = *sc;
        return t;
    }

    Expiration readExpiration()
    {
        Expiration e;
        while (childStart()) {
            const auto name = m_xml.name();
            if (name == u"Days") {
                once(e.days, int32());
            } else if (name == u"Date") {
                once(e.date, timestamp());
            } else if (name == u"ExpiredObjectDeleteMarker") {
                const QString t = text().trimmed();
                if (t != u"true" && t != u"false")
                    fail(QStringLiteral("ExpiredObjectDeleteMarker must be true or false"));
                once(e.expiredObjectDeleteMarker, t == u"true");
            } else {
                unexpected();
            }
        }
        return e;
    }

    NoncurrentVersionTransition readNoncurrentTransition()
    {
        NoncurrentVersionTransition t;
        std::optional<QString> sc;
        while (childStart()) {
            const auto name = m_xml.name();
            if (name == u"NoncurrentDays")
                once(t.noncurrentDays, int32());
            else if (name == u"StorageClass")
                once(sc, storageClass());
            else if (name == u"NewerNoncurrentVersions")
                once(t.newerNoncurrentVersions, int32());
            else
                unexpected();
        }
        if (!sc)
            fail(QStringLiteral("NoncurrentVersionTransition must contain StorageClass"));
        t.storageClass = *sc;
        return t;
    }

    NoncurrentVersionExpiration readNoncurrentExpiration()
    {
        NoncurrentVersionExpiration e;
        while (childStart()) {
            const auto name = m_xml.name();
            if (name == u"NoncurrentDays")
                once(e.noncurrentDays, int32());
            else if (name == u"NewerNoncurrentVersions")
                once(e.newerNoncurrentVersions, int32());
            else
                unexpected();
        }
        return e;
    }

    AbortIncompleteMultipartUpload readAbort()
    {
        AbortIncompleteMultipartUpload a;
        while (childStart()) {
            if (m_xml.name() == u"DaysAfterInitiation")
                once(a.daysAfterInitiation, int32());
            else
                unexpected();
        }
        return a;
    }

    Rule readRule()
    {
        Rule rule;
        std::optional<QString> id;
        std::optional<QString> status;
        while (childStart()) {
            const auto name = m_xml.name();
            if (name == u"ID")
                once(id, text());
            else if (name == u"Status")
                once(status, text());
            else if (name == u"Prefix")
                once(rule.prefix, text());
            else if (name == u"Filter")
                once(rule.filter, readFilter());
            else if (name == u"Transition")
                rule.transitions.append(readTransition());
            else if (name == u"Expiration")
                once(rule.expiration, readExpiration());
            else if (name == u"NoncurrentVersionTransition")
                rule.noncurrentVersionTransitions.append(readNoncurrentTransition());
            else if (name == u"NoncurrentVersionExpiration")
                once(rule.noncurrentVersionExpiration, readNoncurrentExpiration());
            else if (name == u"AbortIncompleteMultipartUpload")
                once(rule.abortIncompleteMultipartUpload, readAbort());
            else
                unexpected();
        }
        if (!status)
            fail(QStringLiteral("Rule must contain Status"));
        if (*status == u"Enabled")
            rule.status = RuleStatus::Enabled;
        else if (*status == u"Disabled")
            rule.status = RuleStatus::Disabled;
        else
            fail(QStringLiteral("Status must be Enabled or Disabled, not '%1'").arg(status->left(40)));
        rule.id = id.value_or(QString());
        if (rule.prefix && rule.filter)
            fail(QStringLiteral("Rule must not contain both Prefix and Filter"));
        return rule;
    }

    QXmlStreamReader m_xml;
    int m_depth = 0;
};

void writeTag(QXmlStreamWriter &w, const Tag &t)
{
    w.writeStartElement(QStringLiteral("Tag"));
    w.writeTextElement(QStringLiteral("Key"), t.key);
    w.writeTextElement(QStringLiteral("Value"), t.value);
    w.writeEndElement();
}

void writeNumber(QXmlStreamWriter &w, const QString &name, const std::optional<qint64> &v)
{
    if (v)
        w.writeTextElement(name, QString::number(*v));
}

void writeNumber(QXmlStreamWriter &w, const QString &name, const std::optional<int> &v)
{
    if (v)
        w.writeTextElement(name, QString::number(*v));
}

void writeFilter(QXmlStreamWriter &w, const Filter &f)
{
    w.writeStartElement(QStringLiteral("Filter"));
    if (f.prefix)
        w.writeTextElement(QStringLiteral("Prefix"), *f.prefix);
    if (f.tag)
        writeTag(w, *f.tag);
    writeNumber(w, QStringLiteral("ObjectSizeGreaterThan"), f.objectSizeGreaterThan);
    writeNumber(w, QStringLiteral("ObjectSizeLessThan"), f.objectSizeLessThan);
    if (const auto &a = f.andOperator) {
        w.writeStartElement(QStringLiteral("And"));
        if (a->prefix)
            w.writeTextElement(QStringLiteral("Prefix"), *a->prefix);
        for (const Tag &t : a->tags)
            writeTag(w, t);
        writeNumber(w, QStringLiteral("ObjectSizeGreaterThan"), a->objectSizeGreaterThan);
        writeNumber(w, QStringLiteral("ObjectSizeLessThan"), a->objectSizeLessThan);
        w.writeEndElement();
    }
    w.writeEndElement();
}

} // namespace

Core::Result<LifecycleConfiguration> fromXml(const QByteArray &body, Check check)
{
    if (body.size() > kMaxDocumentBytes)
        return std::unexpected(S3::makeError(
            ErrorCode::MalformedXML,
            QStringLiteral("The lifecycle configuration is larger than %1 bytes").arg(kMaxDocumentBytes)));
    LifecycleConfiguration config;
    try {
        config = LifecycleXmlReader(body).read();
    } catch (const XmlFailure &failure) {
        return std::unexpected(failure.error);
    }
    if (check == Check::Full) {
        if (auto ok = validate(config); !ok)
            return std::unexpected(ok.error());
    }
    return config;
}

QByteArray toXml(const LifecycleConfiguration &config)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("LifecycleConfiguration"));
    w.writeDefaultNamespace(QStringLiteral("http://s3.amazonaws.com/doc/2006-03-01/"));
    for (const Rule &rule : config.rules) {
        w.writeStartElement(QStringLiteral("Rule"));
        if (!rule.id.isEmpty())
            w.writeTextElement(QStringLiteral("ID"), rule.id);
        if (rule.prefix)
            w.writeTextElement(QStringLiteral("Prefix"), *rule.prefix);
        if (rule.filter)
            writeFilter(w, *rule.filter);
        w.writeTextElement(QStringLiteral("Status"),
                           rule.isEnabled() ? QStringLiteral("Enabled") : QStringLiteral("Disabled"));
        for (const Transition &t : rule.transitions) {
            w.writeStartElement(QStringLiteral("Transition"));
            if (t.date)
                w.writeTextElement(QStringLiteral("Date"), Detail::xmlTimestamp(*t.date));
            writeNumber(w, QStringLiteral("Days"), t.days);
            w.writeTextElement(QStringLiteral("StorageClass"), t.storageClass);
            w.writeEndElement();
        }
        if (const auto &e = rule.expiration) {
            w.writeStartElement(QStringLiteral("Expiration"));
            if (e->date)
                w.writeTextElement(QStringLiteral("Date"), Detail::xmlTimestamp(*e->date));
            writeNumber(w, QStringLiteral("Days"), e->days);
            if (e->expiredObjectDeleteMarker)
                w.writeTextElement(QStringLiteral("ExpiredObjectDeleteMarker"),
                                   *e->expiredObjectDeleteMarker ? QStringLiteral("true") : QStringLiteral("false"));
            w.writeEndElement();
        }
        for (const NoncurrentVersionTransition &t : rule.noncurrentVersionTransitions) {
            w.writeStartElement(QStringLiteral("NoncurrentVersionTransition"));
            writeNumber(w, QStringLiteral("NoncurrentDays"), t.noncurrentDays);
            w.writeTextElement(QStringLiteral("StorageClass"), t.storageClass);
            writeNumber(w, QStringLiteral("NewerNoncurrentVersions"), t.newerNoncurrentVersions);
            w.writeEndElement();
        }
        if (const auto &e = rule.noncurrentVersionExpiration) {
            w.writeStartElement(QStringLiteral("NoncurrentVersionExpiration"));
            writeNumber(w, QStringLiteral("NoncurrentDays"), e->noncurrentDays);
            writeNumber(w, QStringLiteral("NewerNoncurrentVersions"), e->newerNoncurrentVersions);
            w.writeEndElement();
        }
        if (const auto &a = rule.abortIncompleteMultipartUpload) {
            w.writeStartElement(QStringLiteral("AbortIncompleteMultipartUpload"));
            writeNumber(w, QStringLiteral("DaysAfterInitiation"), a->daysAfterInitiation);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

std::pair<int, int> lineColumn(const QByteArray &utf8, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (utf8.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = int(QString::fromUtf8(utf8.constData() + lineStart, offset - lineStart).size()) + 1;
    return {line, column};
}

} // namespace Lifecycle
