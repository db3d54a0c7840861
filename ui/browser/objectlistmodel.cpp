#include "ui/browser/objectlistmodel.h"

#include "engine/transfer/timetravel.h"

#include <algorithm>
#include <cstring>

#include <QApplication>
#include <QIcon>
#include <QMimeData>
#include <QSet>
#include <QStyle>
#include <QUrl>

#include "ui/browser/objectdrag.h"
#include "ui/common/format.h"

namespace Gui {

static_assert(sizeof(Detail::PackedRow) == 56, "a million rows: keep the packed row small");

namespace {

// Storage classes every listing starts with; others are added to the model's table as seen.
const QStringList &knownStorageClasses()
{
    static const QStringList known {
        QString(),
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
    return known;
}

enum RowFlag : quint8
{
    FolderFlag = 0x01,
    LatestFlag = 0x02,
    DeleteMarkerFlag = 0x04,
    HasModifiedFlag = 0x08,
    EtagMd5Flag = 0x10, // etag[] holds the MD5 bytes (+ etagParts)
    EtagQuotedFlag = 0x20, // ... and the text had surrounding quotes
    EtagTextFlag = 0x40, // etag[] holds (offset, length) of the text in the arena
};

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1; // upper case is kept as text so that the ETag round-trips exactly
}

// `"<32 lower-case hex digits>[-N]"` (quotes optional, N in 1..65535 without leading zero)
// as 16 bytes + N; anything else returns false and is stored as text.
bool packEtag(const QString &etag, Detail::PackedRow &row)
{
    QStringView text(etag);
    const bool quoted = text.size() >= 2 && text.front() == u'"' && text.back() == u'"';
    if (quoted)
        text = text.mid(1, text.size() - 2);
    if (text.size() < 32)
        return false;
    uchar md5[16];
    for (int i = 0; i < 16; ++i) {
        const int hi = hexValue(text[2 * i]);
        const int lo = hexValue(text[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        md5[i] = uchar(hi << 4 | lo);
    }
    quint16 parts = 0;
    if (text.size() > 32) {
        const QStringView suffix = text.mid(33);
        if (text[32] != u'-' || suffix.isEmpty() || suffix.size() > 5 || suffix.front() == u'0')
            return false;
        bool ok = false;
        const uint n = suffix.toUInt(&ok);
        if (!ok || n > 65535 || QString::number(n) != suffix)
            return false;
        parts = quint16(n);
    }
    std::memcpy(row.etag, md5, sizeof md5);
    row.etagParts = parts;
    row.flags |= EtagMd5Flag | (quoted ? EtagQuotedFlag : 0);
    return true;
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
    , m_storageClasses(knownStorageClasses())
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
    m_prefixBytes = 0;
    m_filterPrefix.clear();
    clearRows();
    m_nextToken.clear();
    m_state = State::Idle;
    endResetModel();
    emit stateChanged(m_state);
}

void ObjectListModel::setLocation(const QString &bucket, const QString &prefix)
{
    m_bucket = bucket;
    m_prefix = prefix;
    m_prefixBytes = prefix.toUtf8().size();
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
    clearRows();
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
    // No reserve(): it allocates an exact new block and copies (twice the rows at the peak,
    // quadratic over the pages); append() grows geometrically with realloc.
    for (const Row &row : rows) {
        m_rows.append(pack(row));
        if (m_showVersions || m_pointInTime.isValid())
            m_versionIds.append(row.versionId);
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
                row.storageClass = e->storageClass;
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
            const bool known = !m_rows.isEmpty() && QByteArrayView(p->toUtf8()) <= keyBytes(m_rows.constLast()) && rowOfKey(*p) >= 0;
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
                row.storageClass = e->storageClass;
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
    row.storageClass = entry.storageClass;
    row.etag = entry.etag;
    return row;
}

int ObjectListModel::lowerBound(QByteArrayView key) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), key,
                                     [this](const Detail::PackedRow &r, QByteArrayView k) { return keyBytes(r) < k; });
    return int(it - m_rows.cbegin());
}

int ObjectListModel::rowOfKey(const QString &key) const
{
    // Rows are in key order (server order: UTF-8 bytes; upserts insert in order), so no index
    // is kept: a hash of a million keys cost ~70 bytes a row (bench/browser.sh).
    const QByteArray utf8 = key.toUtf8();
    const int at = lowerBound(utf8);
    if (at < m_rows.size() && keyBytes(m_rows.at(at)) == QByteArrayView(utf8))
        return at;
    // A page merges folders into objects by QString order (UTF-16), which differs from byte
    // order around surrogate pairs: confirm a miss with a scan. O(n), misses only.
    for (int i = 0; i < m_rows.size(); ++i) {
        if (keyBytes(m_rows.at(i)) == QByteArrayView(utf8))
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
        m_rows[existing] = pack(row);
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    // Rows not loaded yet arrive with their page; only insert inside the loaded range.
    const QByteArray utf8 = row.key.toUtf8();
    if (m_state != State::Complete && (m_rows.isEmpty() || QByteArrayView(utf8) > keyBytes(m_rows.constLast())))
        return;
    const int at = lowerBound(utf8);
    beginInsertRows({}, at, at);
    m_rows.insert(at, pack(row));
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

void ObjectListModel::clearRows()
{
    m_rows = {}; // free the blocks, not only the elements
    m_text = {};
    m_versionIds = {};
    m_storageClasses = knownStorageClasses();
}

Detail::PackedRow ObjectListModel::pack(const Row &row)
{
    Detail::PackedRow p;
    const QByteArray key = row.key.toUtf8();
    p.keyOffset = m_text.size();
    p.keyLength = quint32(key.size());
    m_text.append(key);
    p.size = row.size;
    if (row.lastModified.isValid()) {
        p.modifiedMsecs = row.lastModified.toMSecsSinceEpoch();
        p.flags |= HasModifiedFlag;
    }
    if (row.isFolder)
        p.flags |= FolderFlag;
    if (row.isLatest)
        p.flags |= LatestFlag;
    if (row.isDeleteMarker)
        p.flags |= DeleteMarkerFlag;
    if (!row.etag.isEmpty() && !packEtag(row.etag, p)) {
        const QByteArray text = row.etag.toUtf8();
        const qint64 offset = m_text.size();
        const quint32 length = quint32(text.size());
        std::memcpy(p.etag, &offset, sizeof offset);
        std::memcpy(p.etag + sizeof offset, &length, sizeof length);
        m_text.append(text);
        p.flags |= EtagTextFlag;
    }
    qsizetype storageClass = m_storageClasses.indexOf(row.storageClass);
    if (storageClass < 0) {
        storageClass = m_storageClasses.size();
        m_storageClasses.append(row.storageClass);
    }
    p.storageClass = quint16(std::min<qsizetype>(storageClass, 65535)); // 65535 distinct: never in practice
    return p;
}

QByteArrayView ObjectListModel::keyBytes(const Detail::PackedRow &row) const
{
    return QByteArrayView(m_text.constData() + row.keyOffset, row.keyLength);
}

QString ObjectListModel::nameOf(const Detail::PackedRow &row) const
{
    // The key relative to the prefix, without a folder's trailing '/'.
    QByteArrayView name = keyBytes(row);
    if (name.size() >= m_prefixBytes)
        name = name.sliced(m_prefixBytes);
    if ((row.flags & FolderFlag) && name.endsWith('/'))
        name.chop(1);
    return QString::fromUtf8(name);
}

QString ObjectListModel::etagOf(const Detail::PackedRow &row) const
{
    if (row.flags & EtagTextFlag) {
        qint64 offset = 0;
        quint32 length = 0;
        std::memcpy(&offset, row.etag, sizeof offset);
        std::memcpy(&length, row.etag + sizeof offset, sizeof length);
        return QString::fromUtf8(m_text.constData() + offset, length);
    }
    if (!(row.flags & EtagMd5Flag))
        return {};
    QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(row.etag), sizeof row.etag).toHex();
    if (row.etagParts)
        text += '-' + QByteArray::number(row.etagParts);
    if (row.flags & EtagQuotedFlag)
        text = '"' + text + '"';
    return QString::fromLatin1(text);
}

const QString &ObjectListModel::storageClassOf(const Detail::PackedRow &row) const
{
    return m_storageClasses.at(row.storageClass);
}

QDateTime ObjectListModel::modifiedOf(const Detail::PackedRow &row) const
{
    if (!(row.flags & HasModifiedFlag))
        return {};
    return QDateTime::fromMSecsSinceEpoch(row.modifiedMsecs, Qt::UTC);
}

ObjectListModel::Row ObjectListModel::rowAt(int index) const
{
    const Detail::PackedRow &p = m_rows.at(index);
    Row row;
    row.key = QString::fromUtf8(keyBytes(p));
    row.name = nameOf(p);
    row.isFolder = p.flags & FolderFlag;
    row.size = p.size;
    row.lastModified = modifiedOf(p);
    row.storageClass = storageClassOf(p);
    row.etag = etagOf(p);
    row.versionId = m_versionIds.value(index);
    row.isLatest = p.flags & LatestFlag;
    row.isDeleteMarker = p.flags & DeleteMarkerFlag;
    return row;
}

QString ObjectListModel::keyAt(int row) const
{
    return QString::fromUtf8(keyBytes(m_rows.at(row)));
}

bool ObjectListModel::isFolderAt(int row) const
{
    return m_rows.at(row).flags & FolderFlag;
}

qint64 ObjectListModel::sizeAt(int row) const
{
    return m_rows.at(row).size;
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
    const Detail::PackedRow &packed = m_rows.at(index.row());
    const bool isFolder = packed.flags & FolderFlag;
    const bool isDeleteMarker = packed.flags & DeleteMarkerFlag;
    const bool isLatest = packed.flags & LatestFlag;
    const QString versionId = m_versionIds.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (isDeleteMarker)
                return tr("%1 (delete marker)").arg(nameOf(packed));
            if (m_showVersions && !m_pointInTime.isValid() && !isFolder && !isLatest)
                return tr("%1 (older version)").arg(nameOf(packed));
            return nameOf(packed);
        case SizeColumn:
            return isFolder || isDeleteMarker ? QString() : formatSize(packed.size);
        case ModifiedColumn:
            return packed.flags & HasModifiedFlag ? formatDateTime(modifiedOf(packed)) : QString();
        case StorageClassColumn:
            return isFolder || isDeleteMarker ? QString() : (packed.storageClass == 0 ? QStringLiteral("STANDARD") : storageClassOf(packed));
        case EtagColumn:
            return etagOf(packed);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return isFolder ? folderIcon() : fileIcon();
        return {};
    case Qt::ToolTipRole:
        return versionId.isEmpty() ? QString::fromUtf8(keyBytes(packed)) : tr("%1\nVersion: %2").arg(QString::fromUtf8(keyBytes(packed)), versionId);
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KeyRole:
        return QString::fromUtf8(keyBytes(packed));
    case IsFolderRole:
        return isFolder;
    case VersionIdRole:
        return versionId;
    case IsDeleteMarkerRole:
        return isDeleteMarker;
    case IsLatestRole:
        return isLatest;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            // Folders first, then names.
            return QString((isFolder ? u'0' : u'1') + nameOf(packed).toLower());
        case SizeColumn:
            return isFolder ? qint64(-1) : packed.size;
        case ModifiedColumn:
            return modifiedOf(packed);
        case StorageClassColumn:
            return storageClassOf(packed);
        case EtagColumn:
            return etagOf(packed);
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
    if (m_rows.at(index.row()).flags & FolderFlag)
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
        const Row row = rowAt(index.row());
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
