#include "ui/browser/connectionmodel.h"

#include <QApplication>
#include <QIcon>
#include <QMimeData>
#include <QStyle>
#include <QUrl>

#include "engine/client/s3client.h"
#include "ui/browser/connection.h"
#include "ui/browser/objectdrag.h"
#include "ui/common/errortext.h"

namespace Gui {

namespace {

// internalId: 0 for a connection row, connection row + 1 for a bucket row.
constexpr quintptr kTopLevel = 0;

} // namespace

ConnectionModel::ConnectionModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

ConnectionModel::~ConnectionModel() = default;

void ConnectionModel::addConnection(Connection *connection)
{
    connection->setParent(this);
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    Entry entry;
    entry.connection = connection;
    m_entries.append(entry);
    endInsertRows();
    connect(connection, &Connection::stateChanged, this, [this, connection] { handleConnectionChanged(connection); });
    if (connection->state() == Connection::State::Ready && !connection->profile().bucket.isEmpty())
        setBuckets(row, {connection->profile().bucket});
}

void ConnectionModel::removeConnection(Connection *connection)
{
    const int row = rowOf(connection);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    connection->deleteLater();
}

Connection *ConnectionModel::connectionAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).connection : nullptr;
}

int ConnectionModel::rowOf(const Connection *connection) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).connection == connection)
            return i;
    }
    return -1;
}

QModelIndex ConnectionModel::indexOf(Connection *connection) const
{
    const int row = rowOf(connection);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex ConnectionModel::indexOf(Connection *connection, const QString &bucket) const
{
    const int row = rowOf(connection);
    if (row < 0)
        return {};
    const int child = int(m_entries.at(row).buckets.indexOf(bucket));
    return child < 0 ? QModelIndex() : index(child, 0, index(row, 0));
}

void ConnectionModel::handleConnectionChanged(Connection *connection)
{
    const int row = rowOf(connection);
    if (row < 0)
        return;
    const QModelIndex top = index(row, 0);
    emit dataChanged(top, top);
    if (connection->state() == Connection::State::Ready) {
        if (!connection->profile().bucket.isEmpty())
            setBuckets(row, {connection->profile().bucket});
        else
            refreshBuckets(connection);
    }
}

void ConnectionModel::setBuckets(int row, QStringList buckets)
{
    Entry &entry = m_entries[row];
    const QModelIndex top = index(row, 0);
    if (!entry.buckets.isEmpty()) {
        beginRemoveRows(top, 0, int(entry.buckets.size()) - 1);
        entry.buckets.clear();
        endRemoveRows();
    }
    entry.state = ListState::Listed;
    entry.errorText.clear();
    if (!buckets.isEmpty()) {
        beginInsertRows(top, 0, int(buckets.size()) - 1);
        entry.buckets = std::move(buckets);
        endInsertRows();
    }
    emit dataChanged(top, top);
    emit bucketsListed(entry.connection);
}

void ConnectionModel::refreshBuckets(Connection *connection)
{
    const int row = rowOf(connection);
    if (row < 0 || !connection->client())
        return;
    if (!connection->profile().bucket.isEmpty()) {
        setBuckets(row, {connection->profile().bucket});
        return;
    }
    Entry &entry = m_entries[row];
    entry.state = ListState::Listing;
    const quint64 generation = ++entry.generation;
    auto *job = connection->client()->listBuckets();
    QPointer<Connection> guard(connection);
    connect(job, &Client::Job::finished, this, [this, job, guard, generation] {
        job->deleteLater();
        const int r = guard ? rowOf(guard) : -1;
        if (r < 0 || m_entries.at(r).generation != generation)
            return;
        const auto &result = job->result();
        if (!result) {
            m_entries[r].state = ListState::Failed;
            m_entries[r].errorText = errorText(result.error());
            const QModelIndex top = index(r, 0);
            emit dataChanged(top, top);
            emit listingFailed(guard, result.error());
            return;
        }
        QStringList names;
        for (const S3::BucketInfo &bucket : result->buckets)
            names.append(bucket.name);
        setBuckets(r, names);
    });
    job->start();
}

void ConnectionModel::addBucket(Connection *connection, const QString &bucket)
{
    const int row = rowOf(connection);
    if (row < 0 || m_entries.at(row).buckets.contains(bucket))
        return;
    Entry &entry = m_entries[row];
    int at = 0;
    while (at < entry.buckets.size() && entry.buckets.at(at) < bucket)
        ++at;
    beginInsertRows(index(row, 0), at, at);
    entry.buckets.insert(at, bucket);
    endInsertRows();
    // A listing started before the bucket existed would answer without it; list again.
    if (entry.state == ListState::Listing)
        refreshBuckets(connection);
}

void ConnectionModel::removeBucket(Connection *connection, const QString &bucket)
{
    const int row = rowOf(connection);
    if (row < 0)
        return;
    const int at = int(m_entries.at(row).buckets.indexOf(bucket));
    if (at < 0)
        return;
    beginRemoveRows(index(row, 0), at, at);
    m_entries[row].buckets.removeAt(at);
    endRemoveRows();
    if (m_entries.at(row).state == ListState::Listing)
        refreshBuckets(connection);
}

QModelIndex ConnectionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_entries.size() ? createIndex(row, 0, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel)
        return {};
    const Entry &entry = m_entries.at(parent.row());
    return row < entry.buckets.size() ? createIndex(row, 0, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex ConnectionModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int ConnectionModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return int(m_entries.at(parent.row()).buckets.size());
}

int ConnectionModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool ConnectionModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_entries.isEmpty();
    if (parent.internalId() != kTopLevel)
        return false;
    const Entry &entry = m_entries.at(parent.row());
    return entry.state == ListState::NotListed || !entry.buckets.isEmpty();
}

bool ConnectionModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.internalId() != kTopLevel)
        return false;
    const Entry &entry = m_entries.at(parent.row());
    return entry.state == ListState::NotListed && entry.connection->state() == Connection::State::Ready;
}

void ConnectionModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        refreshBuckets(m_entries.at(parent.row()).connection);
}

QVariant ConnectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel) {
        const Entry &entry = m_entries.at(index.row());
        const Connection *c = entry.connection;
        switch (role) {
        case Qt::DisplayRole: {
            // The sandbox's name is translated when shown, so a language change renames it.
            const QString name = c->kind() == Connection::Kind::Sandbox ? tr("Local sandbox") : c->name();
            if (c->state() == Connection::State::Starting)
                return tr("%1 (starting...)").arg(name);
            if (c->state() == Connection::State::Failed)
                return tr("%1 (unavailable)").arg(name);
            return name;
        }
        case Qt::ToolTipRole:
            if (c->state() == Connection::State::Failed)
                return c->statusText();
            if (entry.state == ListState::Failed)
                return entry.errorText;
            return c->profile().endpoint.toDisplayString();
        case Qt::DecorationRole:
            return QApplication::style()->standardIcon(c->kind() == Connection::Kind::Sandbox ? QStyle::SP_ComputerIcon
                                                                                             : QStyle::SP_DriveNetIcon);
        case ConnectionRole:
            return QVariant::fromValue(static_cast<QObject *>(entry.connection));
        case BucketRole:
            return QString();
        }
        return {};
    }
    const Entry &entry = m_entries.at(int(index.internalId() - 1));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case BucketRole:
        return entry.buckets.at(index.row());
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(QStyle::SP_DriveHDIcon);
    case ConnectionRole:
        return QVariant::fromValue(static_cast<QObject *>(entry.connection));
    }
    return {};
}

Qt::ItemFlags ConnectionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kTopLevel)
        f |= Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
    return f;
}

QStringList ConnectionModel::mimeTypes() const
{
    return {kObjectsMimeType, QStringLiteral("text/uri-list")};
}

bool ConnectionModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &parent) const
{
    if (!data || !parent.isValid() || parent.internalId() == kTopLevel)
        return false;
    // Object rows first: asking a drag from the table for its URLs would download the objects.
    if (const auto payload = ObjectDragPayload::decode(data)) {
        const Entry &entry = m_entries.at(int(parent.internalId() - 1));
        return entry.connection && entry.connection->client()
               && !payload->dropsOntoItself(quintptr(entry.connection->client()), entry.buckets.at(parent.row()), {});
    }
    if (!data->hasUrls())
        return false;
    const auto urls = data->urls();
    return std::ranges::any_of(urls, [](const QUrl &url) { return url.isLocalFile(); });
}

bool ConnectionModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (data->hasFormat(kObjectsMimeType)) {
        const Entry &entry = m_entries.at(int(parent.internalId() - 1));
        emit objectsDropRequested(entry.connection, entry.buckets.at(parent.row()), data->data(kObjectsMimeType),
                                  action == Qt::MoveAction);
        return true;
    }
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    const Entry &entry = m_entries.at(int(parent.internalId() - 1));
    emit uploadRequested(entry.connection, entry.buckets.at(parent.row()), paths);
    return true;
}

} // namespace Gui
