#pragma once

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <unordered_map>

#include <QByteArray>
#include <QHashFunctions>
#include <QString>

#include "engine/store/database_p.h"
#include "engine/store/storetypes.h"

namespace Store {

// The latest version of recently read keys, so that GET and HEAD of a key answer without a
// SQLite read: its metadata as findObject() returns it, and the body when it is stored in the
// row (inline). Only non-marker latest versions are kept, and only for lookups without a
// version id.
//
// Never stale. The committer's connection reports every change of a versions or buckets row
// (SQLite's update hook, see ChangeObserver): the entry of a changed row goes at once, during
// the transaction, and until the batch has ended (committed or rolled back) nothing is added,
// so a reader never meets an entry older than the committed state. A reader may have read the
// old row just before a commit and try to add it just after: it takes a ticket before its read
// transaction, and insert() refuses when a batch touched versions since that ticket. Every path
// that changes what a GET returns (put, copy, multipart complete, delete, delete markers,
// version deletes, tags, ACL, restore, storage-class transitions, lifecycle expiry) writes a
// versions row: a change of which version is latest always updates or deletes the previous
// latest row. Deleting a bucket clears everything. Crash recovery needs nothing: the cache lives
// in memory only and starts empty.
//
// Bounded: at most kMaxEntries entries and kMaxBytes of inline bodies, least recently used
// first out. Thread-safe (one mutex, held for map operations only).
class LatestCache final : public ChangeObserver
{
public:
    static constexpr std::size_t kMaxEntries = 16384;
    static constexpr std::size_t kMaxBytes = 32 * 1024 * 1024;

    struct Object
    {
        qint64 rowId = 0;
        ObjectInfo info;      // as findObject() reads it (dataPath absolute)
        QByteArray nativePath; // info.dataPath for open()
        bool isInline = false;
        QByteArray data;      // the stored bytes of an inline body
    };
    using Ptr = std::shared_ptr<const Object>;

    // The entry for (bucket, key), or null.
    Ptr find(const QString &bucket, const QByteArray &key);
    // Taken before a read transaction whose result may be inserted.
    quint64 ticket();
    // Adds what a read found, unless a batch changed versions since ticket was taken.
    void insert(quint64 ticket, const QString &bucket, const QByteArray &key, Ptr object);
    // Drops the entry of (bucket, key) if it is still object (a data file that vanished).
    void erase(const QString &bucket, const QByteArray &key, const Ptr &object);

    // ChangeObserver (the committer's thread).
    void rowChanged(const char *table, qint64 rowId) override;
    void batchEnded() override;

    std::size_t size();

private:
    struct Key
    {
        QString bucket;
        QByteArray key;
        bool operator==(const Key &) const = default;
    };
    struct KeyHash
    {
        std::size_t operator()(const Key &k) const noexcept { return qHashMulti(0, k.bucket, k.key); }
    };
    struct Node
    {
        Key key;
        Ptr object;
        std::size_t bytes = 0;
    };
    using List = std::list<Node>; // most recently used first

    void eraseNode(List::iterator it);
    void startWrite();

    std::mutex m_mutex;
    quint64 m_epoch = 0;   // bumped when a batch starts changing versions and when it ends
    bool m_writing = false; // a batch has changed versions or buckets and has not ended yet
    List m_lru;
    std::unordered_map<Key, List::iterator, KeyHash> m_byKey;
    std::unordered_map<qint64, List::iterator> m_byRow;
    std::size_t m_bytes = 0;
};

} // namespace Store
