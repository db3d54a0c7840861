#include "engine/s3/xml/xmldocument_p.h"

#include <QXmlStreamReader>

#include "engine/s3/errortable.h"

namespace S3::XmlDetail {

const Element *Element::child(QStringView childName) const
{
    for (const Element &c : children) {
        if (c.name == childName)
            return &c;
    }
    return nullptr;
}

std::vector<const Element *> Element::childrenNamed(QStringView childName) const
{
    std::vector<const Element *> result;
    for (const Element &c : children) {
        if (c.name == childName)
            result.push_back(&c);
    }
    return result;
}

void failParse(QString message)
{
    throw ParseFailure { std::move(message) };
}

Element readDocument(const QByteArray &xml, const XmlLimits &limits, QStringView rootName)
{
    if (xml.size() > limits.maxBytes)
        failParse(QStringLiteral("document of %1 bytes exceeds the limit of %2").arg(xml.size()).arg(limits.maxBytes));
    QXmlStreamReader reader(xml);
    Element root;
    bool haveRoot = false;
    std::vector<Element *> stack;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            failParse(QStringLiteral("DTDs are not allowed"));
        case QXmlStreamReader::EntityReference:
            failParse(QStringLiteral("entity references are not allowed"));
        case QXmlStreamReader::StartElement: {
            if (int(stack.size()) >= limits.maxDepth)
                failParse(QStringLiteral("elements nested deeper than %1").arg(limits.maxDepth));
            Element *element = nullptr;
            if (stack.empty()) {
                if (haveRoot)
                    failParse(QStringLiteral("more than one root element"));
                haveRoot = true;
                element = &root;
            } else {
                stack.back()->children.emplace_back();
                element = &stack.back()->children.back();
            }
            element->name = reader.name().toString();
            element->namespaceUri = reader.namespaceUri().toString();
            element->attributes = reader.attributes();
            if (stack.empty() && element->name != rootName)
                failParse(QStringLiteral("root element is <%1>, expected <%2>").arg(element->name, rootName));
            // Pointers into children stay valid: a parent gains children only while it is
            // the innermost open element, and its own address never moves after that.
            stack.push_back(element);
            break;
        }
        case QXmlStreamReader::EndElement:
            stack.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.empty())
                stack.back()->text += reader.text();
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        failParse(QStringLiteral("%1 at line %2, column %3")
                      .arg(reader.errorString())
                      .arg(reader.lineNumber())
                      .arg(reader.columnNumber()));
    }
    if (!haveRoot)
        failParse(QStringLiteral("no root element"));
    return root;
}

QString requiredText(const Element &parent, QStringView name)
{
    const Element *c = parent.child(name);
    if (!c)
        failParse(QStringLiteral("<%1> lacks <%2>").arg(parent.name, name));
    return c->text;
}

QString optionalText(const Element &parent, QStringView name)
{
    const Element *c = parent.child(name);
    return c ? c->text : QString();
}

bool hasChild(const Element &parent, QStringView name)
{
    return parent.child(name) != nullptr;
}

bool toBool(const QString &text, QStringView what)
{
    // AWS's own documentation shows "TRUE" in places (GetBucketPolicyStatus); accept any case.
    const QString t = text.trimmed();
    if (t.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (t.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    failParse(QStringLiteral("<%1> is not true or false: \"%2\"").arg(what, text.left(64)));
}

qint64 toInt64(const QString &text, QStringView what)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok)
        failParse(QStringLiteral("<%1> is not an integer: \"%2\"").arg(what, text.left(64)));
    return v;
}

int toInt(const QString &text, QStringView what)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok)
        failParse(QStringLiteral("<%1> is not an integer: \"%2\"").arg(what, text.left(64)));
    return v;
}

QDateTime toTime(const QString &text, QStringView what)
{
    const auto t = parseIsoTimestamp(text.trimmed());
    if (!t)
        failParse(QStringLiteral("<%1> is not an ISO 8601 time: \"%2\"").arg(what, text.left(64)));
    return *t;
}

Owner readOwner(const Element &ownerElement)
{
    return Owner { optionalText(ownerElement, u"ID"), optionalText(ownerElement, u"DisplayName") };
}

Checksums readChecksums(const Element &parent)
{
    return Checksums { optionalText(parent, u"ChecksumCRC32"), optionalText(parent, u"ChecksumCRC32C"),
        optionalText(parent, u"ChecksumCRC64NVME"), optionalText(parent, u"ChecksumSHA1"),
        optionalText(parent, u"ChecksumSHA256") };
}

QStringList readCommonPrefixes(const Element &parent, bool urlEncoded)
{
    QStringList result;
    for (const Element *cp : parent.childrenNamed(u"CommonPrefixes"))
        result.append(maybeDecode(requiredText(*cp, u"Prefix"), urlEncoded));
    return result;
}

QString maybeDecode(const QString &text, bool urlEncoded)
{
    return urlEncoded ? urlDecodeListValue(text) : text;
}

QString maybeEncode(const QString &text, bool urlEncode)
{
    return urlEncode ? urlEncodeListValue(text) : text;
}

Core::Error makeParseError(Core::ErrorCode code, const QString &detail)
{
    Core::Error error = makeError(code);
    if (!detail.isEmpty())
        error.message += QStringLiteral(" (%1)").arg(detail);
    return error;
}

Writer::Writer(QStringView rootName, bool declareXsi) : m_writer(&m_buffer)
{
    m_writer.writeStartDocument();
    m_writer.writeDefaultNamespace(kS3XmlNamespace.toString());
    if (declareXsi)
        m_writer.writeNamespace(kXsiNamespace.toString(), QStringLiteral("xsi"));
    m_writer.writeStartElement(kS3XmlNamespace.toString(), rootName.toString());
}

void Writer::start(QStringView name)
{
    m_writer.writeStartElement(kS3XmlNamespace.toString(), name.toString());
}

void Writer::end()
{
    m_writer.writeEndElement();
}

void Writer::text(QStringView name, QStringView value)
{
    start(name);
    writeEscaped(value);
    end();
}

void Writer::optionalText(QStringView name, QStringView value)
{
    if (!value.isEmpty())
        text(name, value);
}

void Writer::boolean(QStringView name, bool value)
{
    text(name, value ? u"true" : u"false");
}

void Writer::integer(QStringView name, qint64 value)
{
    text(name, QString::number(value));
}

void Writer::time(QStringView name, const QDateTime &value)
{
    text(name, formatIsoTimestamp(value));
}

void Writer::owner(QStringView name, const Owner &owner)
{
    start(name);
    text(u"ID", owner.id);
    optionalText(u"DisplayName", owner.displayName);
    end();
}

void Writer::checksums(const Checksums &checksums)
{
    optionalText(u"ChecksumCRC32", checksums.crc32);
    optionalText(u"ChecksumCRC32C", checksums.crc32c);
    optionalText(u"ChecksumCRC64NVME", checksums.crc64nvme);
    optionalText(u"ChecksumSHA1", checksums.sha1);
    optionalText(u"ChecksumSHA256", checksums.sha256);
}

void Writer::commonPrefixes(const QStringList &prefixes, bool urlEncode)
{
    for (const QString &p : prefixes) {
        start(u"CommonPrefixes");
        text(u"Prefix", maybeEncode(p, urlEncode));
        end();
    }
}

QByteArray Writer::finish()
{
    m_writer.writeEndElement();
    m_writer.writeEndDocument();
    return m_buffer;
}

void Writer::writeEscaped(QStringView value)
{
    // QXmlStreamWriter drops characters XML 1.0 cannot carry and writes CR raw (a reader then
    // sees LF). Write those as numeric character references instead, as AWS does.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        const bool special = (c < 0x20 && c != 0x9 && c != 0xA) || c == 0xFFFE || c == 0xFFFF
            || (QChar::isHighSurrogate(c) && (i + 1 >= value.size() || !value[i + 1].isLowSurrogate()))
            || (QChar::isLowSurrogate(c) && (i == 0 || !value[i - 1].isHighSurrogate()));
        if (!special)
            continue;
        if (i > runStart)
            m_writer.writeCharacters(value.mid(runStart, i - runStart).toString());
        m_writer.writeEntityReference(QStringLiteral("#x") + QString::number(uint(c), 16).toUpper());
        runStart = i + 1;
    }
    if (runStart < value.size())
        m_writer.writeCharacters(value.mid(runStart).toString());
}

} // namespace S3::XmlDetail
