#pragma once

#include <QAbstractItemModel>
#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include "engine/client/s3client.h"

namespace Gui {

namespace Detail {
// One row as stored: 56 bytes, no heap block of its own (bench/browser.sh: a million rows).
// Text lives in the model's arena (UTF-8 keys, unusual ETags); QStrings are made in data().
struct PackedRow
{
    qint64 keyOffset = 0; // UTF-8 key in the arena
    qint64 size = 0;
    qint64 modifiedMsecs = 0; // UTC; valid only with the HasModified flag
    uchar etag[16] = {}; // MD5 bytes, or (offset, length) of the ETag text in the arena
    quint32 keyLength = 0;
    quint16 etagParts = 0; // the "-N" suffix of a multipart ETag; 0 = none
    quint16 storageClass = 0; // index into the model's storage class table
    quint8 flags = 0;
};
} // namespace Detail

// One listing level of a bucket (objects and "folders" under delimiter "/") as a flat table,
// paged lazily through ListObjectsV2 the way KIO's KDirModel lists on demand: the first page is
// requested by setLocation(), further pages when the view calls fetchMore() while scrolling.
// Rows stay in server key order; data() reads memory only (no request per row).
// A new location or filter prefix cancels the running page job and resets the model, so a
// stale page can never land. Lives in the GUI thread; owned by its parent (the main window).
class ObjectListModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        ModifiedColumn,
        StorageClassColumn,
        EtagColumn,
        ColumnCount,
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // full key ("photos/" for a folder)
        IsFolderRole,
        SortRole, // raw value per column for QSortFilterProxyModel
        VersionIdRole,     // versions mode only
        IsDeleteMarkerRole,
        IsLatestRole,
    };
    enum class State
    {
        Idle,     // no location
        HasMore,  // more pages on the server
        Fetching, // a page request is running
        Complete,
        Failed,
    };
    // A row as a value (built on demand by rowAt(); the model stores rows packed).
    struct Row
    {
        QString key;
        QString name; // key relative to the prefix, without the trailing '/'
        bool isFolder = false;
        qint64 size = 0;
        QDateTime lastModified;
        QString storageClass;
        QString etag;
        // Versions mode (ListObjectVersions): one row per version, newest first per key.
        QString versionId;
        bool isLatest = true;
        bool isDeleteMarker = false;
    };

    explicit ObjectListModel(QObject *parent = nullptr);
    ~ObjectListModel() override;

    // The client is not owned; it must outlive the model or be replaced first.
    void setClient(Client::S3Client *client);
    Client::S3Client *client() const { return m_client; }
    // Lists `prefix` (empty or ending in '/') of `bucket`; starts the first page.
    void setLocation(const QString &bucket, const QString &prefix);
    // An extra server-side prefix below the location (the filter box); resets and relists.
    void setFilterPrefix(const QString &filterPrefix);
    void refresh();
    // Versions mode: rows come from ListObjectVersions (paged the same way), one per version
    // and delete marker. The listing is a snapshot: upsertObject()/removeKeys() do nothing in it.
    void setShowVersions(bool show);
    bool showVersions() const { return m_showVersions; }
    // Point in time: the listing level as it was at `at` (UTC): every page of ListObjectVersions
    // is read (a key's versions can straddle pages), then Transfer::versionsAt() picks the
    // version current at that time per key. Folders are those that ever had a version.
    // An invalid time turns it off. Read-only snapshot like the versions mode.
    void setPointInTime(const QDateTime &at);
    QDateTime pointInTime() const { return m_pointInTime; }
    // Page size (1..1000); tests use small pages.
    void setPageSize(int keys) { m_pageSize = keys; }

    QString bucket() const { return m_bucket; }
    QString prefix() const { return m_prefix; }
    QString filterPrefix() const { return m_filterPrefix; }
    State state() const { return m_state; }
    const Core::Error &lastError() const { return m_error; }
    // The row of that key (the first, in versions mode), or -1. O(log n): rows are in key order.
    int rowOfKey(const QString &key) const;
    Row rowAt(int row) const;
    // Single fields without building a whole Row (cheap for large selections).
    QString keyAt(int row) const;
    bool isFolderAt(int row) const;
    qint64 sizeAt(int row) const;
    // Adds or updates an object we know exists (after an upload), when it belongs to this
    // listing level and to the part already loaded. O(n) for an insert (the rows shift).
    void upsertObject(const S3::ObjectEntry &entry);
    // Removes rows by key (after a delete). O(n) per key.
    void removeKeys(const QStringList &keys);
    // Presigned GET URL lifetime for drag-out (text/plain; text/uri-list has downloaded files).
    void setDragUrlLifetime(qint64 seconds) { m_dragUrlSeconds = seconds; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction | Qt::MoveAction; }

signals:
    void stateChanged(Gui::ObjectListModel::State state);
    void pageLoaded(int rowsAdded);
    void listingFailed(const Core::Error &error);

private:
    void resetListing();
    void cancelJob();
    void setState(State state);
    void handlePageFinished(Client::ListObjectsJob *job, quint64 generation);
    void handleVersionsPageFinished(Client::ListVersionsJob *job, quint64 generation);
    void appendRows(QList<Row> rows);
    Row rowFromEntry(const S3::ObjectEntry &entry) const;
    Detail::PackedRow pack(const Row &row);
    QByteArrayView keyBytes(const Detail::PackedRow &row) const;
    QString nameOf(const Detail::PackedRow &row) const;
    QString etagOf(const Detail::PackedRow &row) const;
    const QString &storageClassOf(const Detail::PackedRow &row) const;
    QDateTime modifiedOf(const Detail::PackedRow &row) const;
    // Index of the first row whose key is not less than `key` (UTF-8 byte order, as S3).
    int lowerBound(QByteArrayView key) const;
    void clearRows();

    QPointer<Client::S3Client> m_client;
    QString m_bucket;
    QString m_prefix;
    QString m_filterPrefix;
    QString m_nextToken;
    State m_state = State::Idle;
    Core::Error m_error;
    QList<Detail::PackedRow> m_rows;
    QByteArray m_text; // arena: keys and unusual ETags of m_rows (garbage after edits until a reset)
    QStringList m_storageClasses; // [0] = "" (absent), then known and seen classes
    QStringList m_versionIds; // versions and point-in-time modes: one per row, else empty
    qsizetype m_prefixBytes = 0; // UTF-8 length of m_prefix
    QString m_nextKeyMarker;
    QString m_nextVersionIdMarker;
    bool m_showVersions = false;
    QDateTime m_pointInTime;
    QList<S3::VersionEntry> m_pendingVersions; // point in time: entries of the pages read so far
    QStringList m_pendingPrefixes;
    Client::Job *m_job = nullptr;
    quint64 m_generation = 0;
    int m_pageSize = 1000;
    qint64 m_dragUrlSeconds = 3600;
};

} // namespace Gui

Q_DECLARE_TYPEINFO(Gui::ObjectListModel::Row, Q_RELOCATABLE_TYPE);
// Plain bytes: QList grows a million rows with realloc (mremap for large blocks), no copying.
Q_DECLARE_TYPEINFO(Gui::Detail::PackedRow, Q_PRIMITIVE_TYPE);
