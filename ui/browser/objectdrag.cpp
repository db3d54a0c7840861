#include "ui/browser/objectdrag.h"

#include <functional>

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

#include "engine/transfer/listing.h"
#include "engine/transfer/localpath.h"

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
    if ((!m_payload.objects.isEmpty() || !m_payload.prefixes.isEmpty()) && !f.contains(u"text/uri-list"))
        f.append(QStringLiteral("text/uri-list"));
    return f;
}

bool ObjectDragMimeData::hasFormat(const QString &mimeType) const
{
    return formats().contains(mimeType);
}

QVariant ObjectDragMimeData::retrieveData(const QString &mimeType, QMetaType type) const
{
    if (mimeType != u"text/uri-list" || (m_payload.objects.isEmpty() && m_payload.prefixes.isEmpty()))
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
    QList<QUrl> urls;
    if (!m_client)
        return urls;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/pail-drag-XXXXXX"));
    if (!dir.isValid())
        return urls;
    dir.setAutoRemove(false); // the file manager copies from here after the drop
    m_folder = dir.path();
    QEventLoop loop;

    // What to fetch: the objects themselves, and every object under each dragged folder, kept
    // in a tree named after the folder. Keys that cannot be paths inside it are left out.
    struct Fetch
    {
        QString key;
        QString path;
        bool topLevel = false;
    };
    QList<Fetch> fetches;
    for (const S3::ObjectEntry &e : m_payload.objects) {
        if (const auto path = Transfer::localPathForKey(m_folder, e.key.section(u'/', -1)))
            fetches.append({e.key, *path, true});
    }
    int listing = 0;
    for (const QString &prefix : m_payload.prefixes) {
        const auto folder = Transfer::localPathForKey(m_folder, prefix.section(u'/', -2, -2));
        if (!folder || !QDir().mkpath(*folder))
            continue;
        urls.append(QUrl::fromLocalFile(*folder));
        auto *list = new Transfer::ListAllObjectsJob(*m_client, m_payload.bucket, prefix);
        ++listing;
        connect(list, &Client::Job::finished, &loop, [&, list, prefix, root = *folder] {
            list->deleteLater();
            if (list->result()) {
                for (const S3::ObjectEntry &e : *list->result()) {
                    if (e.key.endsWith(u'/'))
                        continue;
                    if (const auto path = Transfer::localPathForKey(root, e.key.mid(prefix.size())))
                        fetches.append({e.key, *path, false});
                }
            }
            if (--listing == 0)
                loop.quit();
        });
        list->start();
    }
    if (listing > 0)
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    // At most a few GETs at a time, so a big folder does not open thousands of requests at once.
    constexpr int kParallel = 6;
    qsizetype next = 0;
    int running = 0;
    std::function<void()> startMore = [&] {
        while (running < kParallel && next < fetches.size()) {
            const Fetch fetch = fetches.at(next++);
            QDir().mkpath(QFileInfo(fetch.path).absolutePath());
            Client::GetObjectRequest request;
            request.bucket = m_payload.bucket;
            request.key = fetch.key;
            request.filePath = fetch.path;
            auto *job = m_client->getObject(request);
            ++running;
            connect(job, &Client::Job::finished, &loop, [&, job, fetch] {
                job->deleteLater();
                if (!job->result())
                    QFile::remove(fetch.path);
                else if (fetch.topLevel)
                    urls.append(QUrl::fromLocalFile(fetch.path));
                --running;
                startMore();
                if (running == 0)
                    loop.quit();
            });
            job->start();
        }
    };
    startMore();
    if (running > 0)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return urls;
}

} // namespace Gui
