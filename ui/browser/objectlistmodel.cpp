#include "ui/browser/objectlistmodel.h"

#include "engine/transfer/timetravel.h"

#include <algorithm>

#include <QApplication>
#include <QIcon>
#include <QMimeData>
#include <QSet>
#include <QStyle>
#include <QUrl>

#include "ui/browser/objectdrag.h"
#include "ui/common/format.h"

namespace Gui {

namespace {

// The storage class of a row as one of a few shared strings (static data, no allocation per
// row): a million rows each holding its own "STANDARD" cost ~48 MB.
QString sharedStorageClass(const QString &storageClass)
{
    static const QStringList known {
        QStringLiteral("STANDARD"),
        QStringLiteral("STANDARD_IA"),
        QStringLiteral("ONEZONE_IA"),
        QStringLiteral("INTELLIGENT_TIERING"),
        QStringLiteral("GLACIER_IR"),
        QStringLiteral("GLACIER"),
        QStringLiteral("DEEP_ARCHIVE"),
        QStringLiteral("REDUCED_REDUNDANCY"),
        QStringLiteral("EXPRESS_ONEZONE"),
    };
    for (const QString &k : known) {
        if (k == storageClass)
            return k;
    }
    return storageClass;
}

} // namespace

namespace {

QIcon folderIcon()
{
    static const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_DirIcon);
    return icon;
}

QIcon fileIcon()
{
    static const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    return icon;
}

} // namespace

ObjectListModel::ObjectListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

ObjectListModel::~ObjectListModel()
{
    cancelJob();
}

void ObjectListModel::setClient(Client::S3Client *client)
{
    if (m_client == client)
        return;
    m_client = client;
    beginResetModel();
    cancelJob();
    m_bucket.clear();
    m_prefix.clear();
    m_filterPrefix.clear();
    m_rows.clear();
    m_nextToken.clear();
    m_state = State::Idle;
    endResetModel();
    emit stateChanged(m_state);
}

void ObjectListModel::setLocation(const QString &bucket, const QString &prefix)
{
    m_bucket = bucket;
    m_prefix = prefix;
    m_filterPrefix.clear();
    resetListing();
}

void ObjectListModel::setFilterPrefix(const QString &filterPrefix)
{
    if (filterPrefix == m_filterPrefix)
        return;
    m_filterPrefix = filterPrefix;
    resetListing();
}

void ObjectListModel::setShowVersions(bool show)
{
    if (show == m_showVersions)
        return;
    m_showVersions = show;
    resetListing();
}

void ObjectListModel::setPointInTime(const QDateTime &at)
{
    if (at == m_pointInTime)
        return;
    m_pointInTime = at;
    resetListing();
}

void ObjectListModel::refresh()
{
    resetListing();
}

void ObjectListModel::resetListing()
{
    beginResetModel();
    cancelJob();
    m_rows.clear();
    m_nextToken.clear();
    m_nextKeyMarker.clear();
    m_nextVersionIdMarker.clear();
    m_pendingVersions.clear();
    m_pendingPrefixes.clear();
    m_error = {};
    m_state = State::Idle; // nothing to fetch until the new listing is set up below
    endResetModel();
    if (!m_client || m_bucket.isEmpty()) {
        setState(State::Idle);
        return;
    }
    setState(State::HasMore);
    fetchMore({});
}

void ObjectListModel::cancelJob()
{
    ++m_generation;
    if (!m_job)
        return;
    // cancel() emits finished() at once; disconnect first so the handler never sees it.
    Client::Job *job = m_job;
    m_job = nullptr;
    job->disconnect(this);
    job->cancel();
    job->deleteLater();
}

void ObjectListModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool ObjectListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_state == State::HasMore;
}

void ObjectListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_client)
        return;
    if (m_showVersions || m_pointInTime.isValid()) {
        Client::ListVersionsRequest request;
        request.bucket = m_bucket;
        request.prefix = m_prefix + m_filterPrefix;
        request.delimiter = QStringLiteral("/");
        request.maxKeys = m_pageSize;
        request.keyMarker = m_nextKeyMarker;
        request.versionIdMarker = m_nextVersionIdMarker;
        auto *job = m_client->listObjectVersions(request);
        m_job = job;
        const quint64 generation = m_generation;
        connect(job, &Client::Job::finished, this, [this, job, generation] { handleVersionsPageFinished(job, generation); });
        setState(State::Fetching);
        job->start();
        return;
    }
    Client::ListObjectsRequest request;
    request.bucket = m_bucket;
    request.prefix = m_prefix + m_filterPrefix;
    request.delimiter = QStringLiteral("/");
    request.maxKeys = m_pageSize;
    Client::ListObjectsJob *job = m_client->listObjects(request.withContinuationToken(m_nextToken));
    m_job = job;
    const quint64 generation = m_generation;
    connect(job, &Client::Job::finished, this, [this, job, generation] { handlePageFinished(job, generation); });
    setState(State::Fetching);
    job->start();
}

void ObjectListModel::handlePageFinished(Client::ListObjectsJob *job, quint64 generation)
{
    job->deleteLater();
    if (generation != m_generation || job != m_job)
        return; // a page of a previous location
    m_job = nullptr;
    const auto &page = job->result();
    if (!page) {
        m_error = page.error();
        setState(State::Failed); // no silent retry loop; the window offers "Retry"
        emit listingFailed(m_error);
        return;
    }
    // Contents and CommonPrefixes are each in key order; merge them so rows stay in key order.
    QList<Row> rows;
    rows.reserve(page->contents.size() + page->commonPrefixes.size());
    auto c = page->contents.cbegin();
    auto p = page->commonPrefixes.cbegin();
    while (c != page->contents.cend() || p != page->commonPrefixes.cend()) {
        const bool takeFolder = c == page->contents.cend() || (p != page->commonPrefixes.cend() && *p < c->key);
        if (takeFolder) {
            Row row;
            row.key = *p;
            row.isFolder = true;
            row.name = p->mid(m_prefix.size());
            if (row.name.endsWith(u'/'))
                row.name.chop(1);
            rows.append(std::move(row));
            ++p;
        } else {
            // The folder's own marker object ("prefix/") is not a row of its contents.
            if (c->key != m_prefix)
                rows.append(rowFromEntry(*c));
            ++c;
        }
    }
    const int added = int(rows.size());
    appendRows(std::move(rows));
    m_nextToken = page->nextContinuationToken;
    setState(page->isTruncated && !m_nextToken.isEmpty() ? State::HasMore : State::Complete);
    emit pageLoaded(added);
}

void ObjectListModel::appendRows(QList<Row> rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (Row &row : rows) {
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

void ObjectListModel::handleVersionsPageFinished(Client::ListVersionsJob *job, quint64 generation)
{
    job->deleteLater();
    if (generation != m_generation || job != m_job)
        return;
    m_job = nullptr;
    const auto &page = job->result();
    if (!page) {
        m_error = page.error();
        setState(State::Failed);
        emit listingFailed(m_error);
        return;
    }
    if (m_pointInTime.isValid()) {
        m_pendingVersions.append(page->entries);
        m_pendingPrefixes.append(page->commonPrefixes);
        m_nextKeyMarker = page->nextKeyMarker;
        m_nextVersionIdMarker = page->nextVersionIdMarker;
        if (page->isTruncated && !m_nextKeyMarker.isEmpty()) {
            setState(State::HasMore);
            fetchMore({}); // all pages before a point-in-time view can be computed
            return;
        }
        QList<Row> rows;
        const QList<S3::VersionEntry> current = Transfer::versionsAt(m_pendingVersions, m_pointInTime);
        m_pendingPrefixes.removeDuplicates();
        std::ranges::sort(m_pendingPrefixes);
        auto e = current.cbegin();
        auto p = m_pendingPrefixes.cbegin();
        while (e != current.cend() || p != m_pendingPrefixes.cend()) {
            if (e == current.cend() || (p != m_pendingPrefixes.cend() && *p < e->key)) {
                Row row;
                row.key = *p;
                row.isFolder = true;
                row.name = p->mid(m_prefix.size());
                if (row.name.endsWith(u'/'))
                    row.name.chop(1);
                rows.append(std::move(row));
                ++p;
                continue;
            }
            if (e->key != m_prefix) {
                Row row;
                row.key = e->key;
                row.name = e->key.mid(m_prefix.size());
                row.lastModified = e->lastModified;
                row.versionId = e->versionId;
                row.isLatest = e->isLatest;
                row.size = e->size;
                row.storageClass = sharedStorageClass(e->storageClass);
                row.etag = e->etag;
                rows.append(std::move(row));
            }
            ++e;
        }
        m_pendingVersions.clear();
        m_pendingPrefixes.clear();
        const int added = int(rows.size());
        appendRows(std::move(rows));
        setState(State::Complete);
        emit pageLoaded(added);
        return;
    }
    // Entries are in key order (newest first per key), prefixes in key order: merge them.
    QList<Row> rows;
    rows.reserve(page->entries.size() + page->commonPrefixes.size());
    auto e = page->entries.cbegin();
    auto p = page->commonPrefixes.cbegin();
    while (e != page->entries.cend() || p != page->commonPrefixes.cend()) {
        const bool takeFolder = e == page->entries.cend() || (p != page->commonPrefixes.cend() && *p < e->key);
        if (takeFolder) {
            // A folder can come again on a later page; keep one row.
            const bool known = !m_rows.isEmpty() && *p <= m_rows.constLast().key && rowOfKey(*p) >= 0;
            if (!known && std::ranges::none_of(rows, [&](const Row &r) { return r.key == *p; })) {
                Row row;
                row.key = *p;
                row.isFolder = true;
                row.name = p->mid(m_prefix.size());
                if (row.name.endsWith(u'/'))
                    row.name.chop(1);
                rows.append(std::move(row));
            }
            ++p;
            continue;
        }
        if (e->key != m_prefix) {
            Row row;
            row.key = e->key;
            row.name = e->key.mid(m_prefix.size());
            row.lastModified = e->lastModified;
            row.versionId = e->versionId;
            row.isLatest = e->isLatest;
            row.isDeleteMarker = e->isDeleteMarker;
            if (!e->isDeleteMarker) {
                row.size = e->size;
                row.storageClass = sharedStorageClass(e->storageClass);
                row.etag = e->etag;
            }
            rows.append(std::move(row));
        }
        ++e;
    }
    const int added = int(rows.size());
    appendRows(std::move(rows));
    m_nextKeyMarker = page->nextKeyMarker;
    m_nextVersionIdMarker = page->nextVersionIdMarker;
    setState(page->isTruncated && !m_nextKeyMarker.isEmpty() ? State::HasMore : State::Complete);
    emit pageLoaded(added);
}

ObjectListModel::Row ObjectListModel::rowFromEntry(const S3::ObjectEntry &entry) const
{
    Row row;
    row.key = entry.key;
    row.name = entry.key.mid(m_prefix.size());
    row.size = entry.size;
    row.lastModified = entry.lastModified;
    row.storageClass = sharedStorageClass(entry.storageClass);
    row.etag = entry.etag;
    return row;
}

int ObjectListModel::rowOfKey(const QString &key) const
{
    // Rows are in key order (server order; upserts insert in order), so no index is kept: a
    // hash of a million keys cost ~70 bytes a row (bench/browser.sh).
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), key,
                                     [](const Row &r, const QString &k) { return r.key < k; });
    if (it != m_rows.cend() && it->key == key)
        return int(it - m_rows.cbegin());
    // S3 orders by UTF-8 bytes, QString by UTF-16 units; they disagree only around surrogate
    // pairs, where the binary search may miss: confirm a miss with a scan. O(n), misses only.
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

void ObjectListModel::upsertObject(const S3::ObjectEntry &entry)
{
    if (m_showVersions || m_pointInTime.isValid() || m_bucket.isEmpty() || !entry.key.startsWith(m_prefix + m_filterPrefix) || entry.key == m_prefix)
        return;
    Row row = rowFromEntry(entry);
    const qsizetype slash = row.name.indexOf(u'/');
    if (slash >= 0) {
        // Deeper key: make sure its folder row is there.
        row = Row{};
        row.key = entry.key.left(m_prefix.size() + slash + 1);
        row.name = entry.key.mid(m_prefix.size(), slash);
        row.isFolder = true;
        if (rowOfKey(row.key) >= 0)
            return;
    }
    if (const int existing = rowOfKey(row.key); existing >= 0) {
        m_rows[existing] = row;
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    // Rows not loaded yet arrive with their page; only insert inside the loaded range.
    if (m_state != State::Complete && (m_rows.isEmpty() || row.key > m_rows.constLast().key))
        return;
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row.key,
                                     [](const Row &r, const QString &key) { return r.key < key; });
    const int at = int(it - m_rows.cbegin());
    beginInsertRows({}, at, at);
    m_rows.insert(at, std::move(row));
    endInsertRows();
}

void ObjectListModel::removeKeys(const QStringList &keys)
{
    if (m_showVersions || m_pointInTime.isValid())
        return;
    for (const QString &key : keys) {
        const int row = rowOfKey(key);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
            endRemoveRows();
    }
}

QModelIndex ObjectListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex ObjectListModel::parent(const QModelIndex &) const
{
    return {};
}

int ObjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (row.isDeleteMarker)
                return tr("%1 (delete marker)").arg(row.name);
            if (m_showVersions && !m_pointInTime.isValid() && !row.isFolder && !row.isLatest)
                return tr("%1 (older version)").arg(row.name);
            return row.name;
        case SizeColumn:
            return row.isFolder || row.isDeleteMarker ? QString() : formatSize(row.size);
        case ModifiedColumn:
            return row.lastModified.isValid() ? formatDateTime(row.lastModified) : QString();
        case StorageClassColumn:
            return row.isFolder || row.isDeleteMarker ? QString() : (row.storageClass.isEmpty() ? QStringLiteral("STANDARD") : row.storageClass);
        case EtagColumn:
            return row.etag;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return row.isFolder ? folderIcon() : fileIcon();
        return {};
    case Qt::ToolTipRole:
        return row.versionId.isEmpty() ? row.key : tr("%1\nVersion: %2").arg(row.key, row.versionId);
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KeyRole:
        return row.key;
    case IsFolderRole:
        return row.isFolder;
    case VersionIdRole:
        return row.versionId;
    case IsDeleteMarkerRole:
        return row.isDeleteMarker;
    case IsLatestRole:
        return row.isLatest;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            // Folders first, then names.
            return QString((row.isFolder ? u'0' : u'1') + row.name.toLower());
        case SizeColumn:
            return row.isFolder ? qint64(-1) : row.size;
        case ModifiedColumn:
            return row.lastModified;
        case StorageClassColumn:
            return row.storageClass;
        case EtagColumn:
            return row.etag;
        }
        return {};
    }
    return {};
}

QVariant ObjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole)
        return tr("Sorting orders the rows loaded so far; scroll down to load more.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModifiedColumn:
        return tr("Modified");
    case StorageClassColumn:
        return tr("Storage class");
    case EtagColumn:
        return tr("ETag");
    }
    return {};
}

Qt::ItemFlags ObjectListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren | Qt::ItemIsDragEnabled;
    if (m_rows.at(index.row()).isFolder)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList ObjectListModel::mimeTypes() const
{
    return {kObjectsMimeType, QStringLiteral("text/uri-list"), QStringLiteral("text/plain")};
}

QMimeData *ObjectListModel::mimeData(const QModelIndexList &indexes) const
{
    // Inside the app: the rows (objects and folders) for a copy or move. Out to a file manager:
    // the objects downloaded on the drop (ObjectDragMimeData's delayed text/uri-list). For a
    // browser: presigned GET URLs (computed locally, no network) as text.
    if (!m_client || m_showVersions || m_pointInTime.isValid())
        return nullptr;
    ObjectDragPayload payload;
    payload.client = quintptr(m_client.data());
    payload.bucket = m_bucket;
    payload.prefix = m_prefix;
    QList<QUrl> urls;
    QSet<QString> seen;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.column() != NameColumn)
            continue;
        const Row &row = m_rows.at(index.row());
        if (seen.contains(row.key))
            continue;
        seen.insert(row.key);
        if (row.isFolder) {
            payload.prefixes.append(row.key);
            continue;
        }
        S3::ObjectEntry e;
        e.key = row.key;
        e.size = row.size;
        e.etag = row.etag;
        e.storageClass = row.storageClass;
        payload.objects.append(e);
        if (auto url = m_client->presignUrl("GET", m_bucket, row.key, m_dragUrlSeconds))
            urls.append(*url);
    }
    if (payload.objects.isEmpty() && payload.prefixes.isEmpty())
        return nullptr;
    return new ObjectDragMimeData(m_client, std::move(payload), urls);
}

} // namespace Gui
