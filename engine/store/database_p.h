#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

#include <QByteArray>
#include <QString>

#include "engine/core/error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace Store {

// One SQLite connection with a cache of prepared statements (keyed by the SQL literal's
// address). Used by one thread at a time: the committer's, or a reader that leased it.
class Connection final
{
public:
    ~Connection();
    static Core::Result<std::unique_ptr<Connection>> open(const QString &path, bool sync);

    sqlite3 *handle() const { return m_db; }
    sqlite3_stmt *prepare(const char *sql); // cached; nullptr on error (see errorMessage())
    Core::Status exec(const char *sql);     // one-off statements (no caching)
    QString errorMessage() const;
    Core::Error error(const char *what) const;

private:
    sqlite3 *m_db = nullptr;
    std::unordered_map<const char *, sqlite3_stmt *> m_cache;
};

// A cached statement in use: binds, steps, reads columns; resets on destruction.
class Stmt final
{
public:
    Stmt(Connection &c, const char *sql);
    ~Stmt();
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    Stmt &bind(int index, qint64 value);
    Stmt &bind(int index, int value) { return bind(index, qint64(value)); }
    Stmt &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Stmt &bindBlob(int index, const QByteArray &value); // always a BLOB, also when empty
    Stmt &bindText(int index, const QString &value);    // always TEXT (a null QString binds '')
    Stmt &bindNull(int index);

    // true: a row is available; false: done. Error on failure.
    Core::Result<bool> step();
    // Steps to completion (INSERT/UPDATE/DELETE).
    Core::Status run();

    qint64 i64(int col) const;
    QByteArray blob(int col) const;
    QString text(int col) const;
    bool isNull(int col) const;
    qint64 changes() const;
    qint64 lastInsertId() const;

private:
    Connection &m_conn;
    sqlite3_stmt *m_stmt = nullptr;
    Core::Error m_prepareError;
};

// Readers lease connections from this pool; it grows to the number of concurrent readers.
class ConnectionPool final
{
public:
    ConnectionPool(QString path, bool sync);
    ~ConnectionPool();

    class Lease
    {
    public:
        Lease(ConnectionPool *pool, std::unique_ptr<Connection> c);
        Lease(Lease &&) = default;
        ~Lease();
        Connection &operator*() const { return *m_conn; }
        Connection *operator->() const { return m_conn.get(); }

    private:
        ConnectionPool *m_pool;
        std::unique_ptr<Connection> m_conn;
    };
    Core::Result<Lease> acquire();

private:
    QString m_path;
    bool m_sync;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<Connection>> m_free;
};

// Told about the committer's changes: every row a transaction inserts, updates or deletes in a
// rowid table (SQLite's update hook: not WITHOUT ROWID tables), during the transaction and
// also for changes later rolled back; then once the batch has ended, committed or not. Called
// on the committing thread; must not use the connection.
class ChangeObserver
{
public:
    virtual ~ChangeObserver() = default;
    virtual void rowChanged(const char *table, qint64 rowId) = 0;
    virtual void batchEnded() = 0;
};

// What a write operation leaves for after a successful commit.
struct WriteEffects
{
    std::vector<QString> unlinkAfterCommit; // data files no committed row references any more
};

// The single writer. Callers submit a change (a function run inside a transaction) and block
// until it is durable. Group commit: while one transaction commits (one WAL fsync with
// synchronous=FULL), new changes queue up; the next round runs them all in one transaction,
// each inside its own SAVEPOINT so that a failing change (NoSuchBucket, InvalidPart...) rolls
// back alone, and commits them with one fsync. Data files and their directories are fsynced
// by the callers before they submit (StorePrivate::write): concurrent fsyncs from many threads
// share the file system's journal commits and device flushes, which one thread doing them in
// turn would not (measured on this machine's disk: ~1.2 ms per file in parallel against
// ~10 ms one after another). So N concurrent PUTs cost N overlapping file fsyncs plus about one
// WAL fsync per batch, instead of N serial ones. dirsToSync, when given, are fsynced once per
// batch (deduplicated) before BEGIN.
//
// A blocking submitter leads: the first one that finds no commit running commits everything
// queued (its own change included) in its own thread and hands over to the first writer still
// queued; the others sleep until their round has committed (each on its own condition
// variable, so a round wakes its own writers and the next leader, no one else). A lone writer
// thus commits without waking another thread twice, which on a busy machine costs more than the
// commit itself.
//
// submitAsync() queues a change without waiting for others (the server's I/O threads, for
// bodies stored inline in their row). When no round runs, the last round had a single change
// and the caller says it is alone (no other write on its way), it commits the change in its
// own thread; otherwise rounds that start with such a change are led by the committer's own
// thread, started on first use. Callbacks run on whichever thread led the round.
class Committer final
{
public:
    using Change = std::function<Core::Status(Connection &, WriteEffects &)>;

    // observer, when given, outlives the committer.
    Committer(std::unique_ptr<Connection> conn, bool sync, ChangeObserver *observer = nullptr);
    ~Committer(); // callers must have returned from submit()

    // Runs change in the next batch and waits until it is committed (or failed). dirsToSync
    // are fsynced before the batch commits. On success the caller should unlink
    // effects.unlinkAfterCommit.
    Core::Status submit(Change change, std::vector<QString> dirsToSync, WriteEffects *effects);

    // Runs change in the next batch; done gets the result (and the effects to act on) once the
    // batch is durable, on the thread that committed it: with callerMayLead possibly the
    // caller's, before this returns (see above). done must be quick and must not submit.
    // Pending async changes are committed before the destructor returns.
    using Done = std::function<void(Core::Status, WriteEffects &)>;
    void submitAsync(Change change, Done done, bool callerMayLead = false);

private:
    struct Op;
    void commitBatch(std::vector<Op *> &batch);
    // One round: takes up to a batch of queued ops, commits them and completes them (sync ops
    // are marked done and woken, async ones get their callback). Called with m_mutex held by
    // the leader; releases it while committing.
    void runRound(std::unique_lock<std::mutex> &lock, const Op *self);
    // After a round: gives the next round to the first queued op's writer (or the committer
    // thread for an async op), or ends leadership when nothing is queued.
    void handOff();
    void threadMain();

    std::unique_ptr<Connection> m_conn;
    bool m_sync;
    ChangeObserver *m_observer;
    std::mutex m_mutex;
    std::deque<Op *> m_queue;
    bool m_committing = false; // a leader is committing a batch (or has been handed the next)
    std::condition_variable m_threadCv;
    std::thread m_thread; // leads rounds that start with an async op; started on first use
    bool m_threadLeads = false;
    std::size_t m_lastRoundSize = 0; // changes in the last round
    bool m_stopping = false;
};

} // namespace Store
