#include "engine/s3/xml/deletedocuments.h"

#include "engine/s3/xml/xmldocument_p.h"

namespace S3 {

using namespace XmlDetail;
using Core::ErrorCode;

QByteArray Delete::toXml() const
{
    Writer w(u"Delete");
    if (quiet)
        w.boolean(u"Quiet", true);
    for (const ObjectIdentifier &o : objects) {
        w.start(u"Object");
        w.text(u"Key", o.key);
        w.optionalText(u"VersionId", o.versionId);
        w.end();
    }
    return w.finish();
}

Core::Result<Delete> Delete::fromXml(const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<Delete>(xml, requestLimits(limits, kMaxLargeRequestXmlBytes), u"Delete",
        ErrorCode::MalformedXML, [](const Element &root) {
            Delete r;
            if (hasChild(root, u"Quiet"))
                r.quiet = toBool(requiredText(root, u"Quiet"), u"Quiet");
            const auto objects = root.childrenNamed(u"Object");
            if (objects.empty())
                failParse(QStringLiteral("no <Object>"));
            if (objects.size() > size_t(kMaxDeleteObjects))
                failParse(
                    QStringLiteral("%1 objects; at most %2 per request").arg(objects.size()).arg(kMaxDeleteObjects));
            r.objects.reserve(qsizetype(objects.size()));
            for (const Element *o : objects)
                r.objects.append(ObjectIdentifier { requiredText(*o, u"Key"), optionalText(*o, u"VersionId") });
            return r;
        });
}

QByteArray DeleteResult::toXml() const
{
    Writer w(u"DeleteResult");
    for (const DeletedObject &d : deleted) {
        w.start(u"Deleted");
        w.text(u"Key", d.key);
        w.optionalText(u"VersionId", d.versionId);
        if (d.deleteMarker)
            w.boolean(u"DeleteMarker", true);
        w.optionalText(u"DeleteMarkerVersionId", d.deleteMarkerVersionId);
        w.end();
    }
    for (const DeleteError &e : errors) {
        w.start(u"Error");
        w.text(u"Key", e.key);
        w.optionalText(u"VersionId", e.versionId);
        w.text(u"Code", e.code);
        w.text(u"Message", e.message);
        w.end();
    }
    return w.finish();
}

Core::Result<DeleteResult> DeleteResult::fromXml(const QByteArray &xml, std::optional<XmlLimits> limits)
{
    return parseDocument<DeleteResult>(
        xml, responseLimits(limits), u"DeleteResult", ErrorCode::MalformedXML, [](const Element &root) {
            DeleteResult r;
            for (const Element *d : root.childrenNamed(u"Deleted")) {
                DeletedObject o;
                o.key = optionalText(*d, u"Key");
                o.versionId = optionalText(*d, u"VersionId");
                if (hasChild(*d, u"DeleteMarker"))
                    o.deleteMarker = toBool(requiredText(*d, u"DeleteMarker"), u"DeleteMarker");
                o.deleteMarkerVersionId = optionalText(*d, u"DeleteMarkerVersionId");
                r.deleted.append(std::move(o));
            }
            for (const Element *e : root.childrenNamed(u"Error")) {
                r.errors.append(DeleteError { optionalText(*e, u"Key"), optionalText(*e, u"VersionId"),
                    requiredText(*e, u"Code"), optionalText(*e, u"Message") });
            }
            return r;
        });
}

} // namespace S3
