#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>

#include "engine/core/error.h"

namespace Gui {

class Connection;

// The sidebar: connections at the top level, their buckets below, listed lazily (ListBuckets
// when a connection is expanded, or the profile's fixed bucket). Files dropped on a bucket are
// reported through uploadRequested(). Lives in the GUI thread; owns its Connections.
class ConnectionModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        ConnectionRole = Qt::UserRole + 1, // Connection* (QObject*)
        BucketRole,                        // bucket name; empty for a connection row
    };

    explicit ConnectionModel(QObject *parent = nullptr);
    ~ConnectionModel() override;

    // Takes ownership (re-parents to the model).
    void addConnection(Connection *connection);
    void removeConnection(Connection *connection);
    int connectionCount() const { return int(m_entries.size()); }
    Connection *connectionAt(int row) const;
    QModelIndex indexOf(Connection *connection) const;
    QModelIndex indexOf(Connection *connection, const QString &bucket) const;
    // Lists the buckets again (after create/delete).
    void refreshBuckets(Connection *connection);
    // Adds a bucket row without a round trip (after CreateBucket succeeded).
    void addBucket(Connection *connection, const QString &bucket);
    void removeBucket(Connection *connection, const QString &bucket);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction | Qt::MoveAction; }

signals:
    void bucketsListed(Gui::Connection *connection);
    void listingFailed(Gui::Connection *connection, const Core::Error &error);
    void uploadRequested(Gui::Connection *connection, const QString &bucket, const QStringList &localPaths);
    // Object rows (objectdrag.h) dropped on a bucket: copy (or move) them to its top level.
    void objectsDropRequested(Gui::Connection *connection, const QString &bucket, const QByteArray &payload, bool move);

private:
    enum class ListState
    {
        NotListed,
        Listing,
        Listed,
        Failed,
    };
    struct Entry
    {
        Connection *connection = nullptr;
        QStringList buckets;
        ListState state = ListState::NotListed;
        QString errorText;
        quint64 generation = 0;
    };

    int rowOf(const Connection *connection) const;
    void handleConnectionChanged(Connection *connection);
    void setBuckets(int row, QStringList buckets);

    QList<Entry> m_entries;
};

} // namespace Gui
