#pragma once

#include <optional>

#include <QMimeData>
#include <QPointer>
#include <QStringList>

#include "engine/client/s3client.h"

namespace Gui {

// Objects dragged inside the app (between folders, buckets and connections of this process).
inline constexpr QLatin1StringView kObjectsMimeType {"application/x-pail-objects"};

// What a drag of object rows carries: the source (a client of this process, its bucket and the
// folder shown) and the selected objects and folders. Plain value.
struct ObjectDragPayload
{
    quintptr client = 0; // the source Client::S3Client; compared with live connections, never dereferenced blindly
    QString bucket;
    QString prefix;      // the folder the rows were dragged from ("" or ending in '/')
    QList<S3::ObjectEntry> objects;
    QStringList prefixes; // dragged folders, each ending in '/'

    QByteArray encode() const;
    static std::optional<ObjectDragPayload> decode(const QMimeData *mime);
    // Whether dropping into `folder` of `bucket` on `client` is a drop onto the rows' own folder
    // or onto (or into) one of the dragged folders itself: refused.
    bool dropsOntoItself(quintptr client, const QString &bucket, const QString &folder) const;
};

// The drag of object rows: the payload above for drops inside the app, presigned GET URLs as
// text/plain (for a browser), and, rendered only when a drop target asks for it (Qt's delayed
// rendering through retrieveData()), text/uri-list with file URLs of the objects downloaded into
// a new folder under the system temp folder: that is what a file manager copies on a drop.
// The download runs in a local event loop (the window keeps painting) while the drop target
// waits; dragged folders are listed and downloaded as folders, keeping their tree. Created by ObjectListModel::mimeData(); owned by QDrag.
class ObjectDragMimeData final : public QMimeData
{
    Q_OBJECT
public:
    ObjectDragMimeData(Client::S3Client *client, ObjectDragPayload payload, const QList<QUrl> &presigned);

    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;
    // The folder the last delayed rendering downloaded into (empty before).
    QString downloadFolder() const { return m_folder; }

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    QList<QUrl> download() const;

    QPointer<Client::S3Client> m_client;
    ObjectDragPayload m_payload;
    mutable std::optional<QList<QUrl>> m_files;
    mutable QString m_folder;
};

} // namespace Gui
