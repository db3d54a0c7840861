#include "ui/browser/objectdrag.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

namespace Gui {

QByteArray ObjectDragPayload::encode() const
{
    QJsonArray objectList;
    for (const S3::ObjectEntry &e : objects) {
        objectList.append(QJsonObject {
            {QStringLiteral("key"), e.key},
            {QStringLiteral("size"), e.size},
            {QStringLiteral("etag"), e.etag},
            {QStringLiteral("storageClass"), e.storageClass},
        });
    }
    const QJsonObject root {
        {QStringLiteral("client"), QString::number(client)},
        {QStringLiteral("bucket"), bucket},
        {QStringLiteral("prefix"), prefix},
        {QStringLiteral("objects"), objectList},
        {QStringLiteral("prefixes"), QJsonArray::fromStringList(prefixes)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<ObjectDragPayload> ObjectDragPayload::decode(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(kObjectsMimeType))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(mime->data(kObjectsMimeType)).object();
    if (root.isEmpty())
        return std::nullopt;
    ObjectDragPayload p;
    p.client = quintptr(root.value(QStringLiteral("client")).toString().toULongLong());
    p.bucket = root.value(QStringLiteral("bucket")).toString();
    p.prefix = root.value(QStringLiteral("prefix")).toString();
    const QJsonArray objectList = root.value(QStringLiteral("objects")).toArray();
    for (const QJsonValue &v : objectList) {
        const QJsonObject o = v.toObject();
        S3::ObjectEntry e;
        e.key = o.value(QStringLiteral("key")).toString();
        e.size = qint64(o.value(QStringLiteral("size")).toDouble());
        e.etag = o.value(QStringLiteral("etag")).toString();
        e.storageClass = o.value(QStringLiteral("storageClass")).toString();
        p.objects.append(e);
    }
    const QJsonArray prefixList = root.value(QStringLiteral("prefixes")).toArray();
    for (const QJsonValue &v : prefixList)
        p.prefixes.append(v.toString());
    if (p.bucket.isEmpty() || (p.objects.isEmpty() && p.prefixes.isEmpty()))
        return std::nullopt;
    return p;
}

bool ObjectDragPayload::dropsOntoItself(quintptr toClient, const QString &toBucket, const QString &folder) const
{
    if (toClient != client || toBucket != bucket)
        return false;
    if (folder == prefix)
        return true; // the folder the rows are in already
    return std::ranges::any_of(prefixes, [&folder](const QString &p) { return folder.startsWith(p); });
}

ObjectDragMimeData::ObjectDragMimeData(Client::S3Client *client, ObjectDragPayload payload, const QList<QUrl> &presigned)
    : m_client {client}
    , m_payload {std::move(payload)}
{
    setData(kObjectsMimeType, m_payload.encode());
    QStringList text;
    for (const QUrl &url : presigned)
        text.append(url.toString());
    if (!text.isEmpty())
        setText(text.join(u'\n'));
}

QStringList ObjectDragMimeData::formats() const
{
    QStringList f = QMimeData::formats();
    if (!m_payload.objects.isEmpty() && !f.contains(u"text/uri-list"))
        f.append(QStringLiteral("text/uri-list"));
    return f;
}

bool ObjectDragMimeData::hasFormat(const QString &mimeType) const
{
    return formats().contains(mimeType);
}

QVariant ObjectDragMimeData::retrieveData(const QString &mimeType, QMetaType type) const
{
    if (mimeType != u"text/uri-list" || m_payload.objects.isEmpty())
        return QMimeData::retrieveData(mimeType, type);
    if (!m_files)
        m_files = download();
    QVariantList urls;
    for (const QUrl &url : std::as_const(*m_files))
        urls.append(url);
    return urls;
}

QList<QUrl> ObjectDragMimeData::download() const
{
    QList<QUrl> files;
    if (!m_client)
        return files;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/pail-drag-XXXXXX"));
    if (!dir.isValid())
        return files;
    dir.setAutoRemove(false); // the file manager copies from here after the drop
    m_folder = dir.path();
    QEventLoop loop;
    int running = 0;
    for (const S3::ObjectEntry &e : m_payload.objects) {
        const QString name = e.key.section(u'/', -1);
        if (name.isEmpty())
            continue;
        Client::GetObjectRequest request;
        request.bucket = m_payload.bucket;
        request.key = e.key;
        request.filePath = dir.filePath(name);
        auto *job = m_client->getObject(request);
        ++running;
        connect(job, &Client::Job::finished, &loop, [&, job, path = request.filePath] {
            job->deleteLater();
            if (job->result())
                files.append(QUrl::fromLocalFile(path));
            else
                QFile::remove(path);
            if (--running == 0)
                loop.quit();
        });
        job->start();
    }
    if (running > 0)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return files;
}

} // namespace Gui
