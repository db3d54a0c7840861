#include "engine/store/database_p.h"

#include <fcntl.h>
#include <unistd.h>

#include <set>

#include <sqlite3.h>

namespace Store {

namespace {

Core::Error dbError(sqlite3 *db, const char *what)
{
    return Core::Error::make(Core::ErrorCode::DatabaseError,
                             QStringLiteral("%1: %2").arg(QLatin1StringView(what),
                                                          QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory")));
}

} // namespace

// ---- Connection -------------------------------------------------------------------------

Connection::~Connection()
{
    for (auto &[sql, stmt] : m_cache)
        sqlite3_finalize(stmt);
    if (m_db)
        sqlite3_close_v2(m_db);
}

Core::Result<std::unique_ptr<Connection>> Connection::open(const QString &path, bool sync)
{
    auto c = std::unique_ptr<Connection>(new Connection);
    const QByteArray p = path.toUtf8();
    // "unix-excl": the process takes the database's file lock once and keeps it, and the WAL
    // index lives in this process's memory instead of a -shm file. Connections of this process
    // still share it and lock each other as usual, but a transaction makes no fcntl() calls
    // (six per write before). Store already allows one process per data directory (its flock),
    // so no other process needs the file; one that tries gets SQLITE_BUSY.
    const int rc = sqlite3_open_v2(p.constData(), &c->m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, "unix-excl");
    if (rc != SQLITE_OK)
        return std::unexpected(dbError(c->m_db, "open"));
    sqlite3_busy_timeout(c->m_db, 30000);
    sqlite3_extended_result_codes(c->m_db, 1);
    if (auto s = c->exec("PRAGMA journal_mode=WAL"); !s)
        return std::unexpected(s.error());
    // FULL: every commit fsyncs the WAL, so a committed row survives a power cut. With group
    // commit that is one fsync per batch, not per write.
    if (auto s = c->exec(sync ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=OFF"); !s)
        return std::unexpected(s.error());
    if (auto s = c->exec("PRAGMA foreign_keys=ON"); !s)
        return std::unexpected(s.error());
    return c;
}

sqlite3_stmt *Connection::prepare(const char *sql)
{
    if (auto it = m_cache.find(sql); it != m_cache.end())
        return it->second;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    m_cache.emplace(sql, stmt);
    return stmt;
}

Core::Status Connection::exec(const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "?");
        sqlite3_free(err);
        return Core::fail(Core::ErrorCode::DatabaseError, QStringLiteral("%1 (%2)").arg(msg, QString::fromUtf8(sql)));
    }
    return {};
}

QString Connection::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Core::Error Connection::error(const char *what) const
{
    return dbError(m_db, what);
}

// ---- Stmt -------------------------------------------------------------------------------

Stmt::Stmt(Connection &c, const char *sql)
    : m_conn {c}
    , m_stmt {c.prepare(sql)}
{
    if (!m_stmt)
        m_prepareError = c.error(sql);
}

Stmt::~Stmt()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

Stmt &Stmt::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Stmt &Stmt::bindBlob(int index, const QByteArray &value)
{
    // sqlite3_bind_blob with a null pointer binds NULL: use zeroblob(0) for an empty BLOB.
    if (m_stmt) {
        if (value.isEmpty())
            sqlite3_bind_zeroblob(m_stmt, index, 0);
        else
            sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Stmt &Stmt::bindText(int index, const QString &value)
{
    if (!m_stmt)
        return *this;
    const QByteArray u = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, u.isNull() ? "" : u.constData(), int(u.size()), SQLITE_TRANSIENT);
    return *this;
}

Stmt &Stmt::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

Core::Result<bool> Stmt::step()
{
    if (!m_stmt)
        return std::unexpected(m_prepareError);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return std::unexpected(m_conn.error("step"));
}

Core::Status Stmt::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return std::unexpected(r.error());
        if (!*r)
            return {};
    }
}

qint64 Stmt::i64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

QByteArray Stmt::blob(int col) const
{
    const void *p = sqlite3_column_blob(m_stmt, col);
    const int n = sqlite3_column_bytes(m_stmt, col);
    return QByteArray(static_cast<const char *>(p), n);
}

QString Stmt::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

bool Stmt::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

qint64 Stmt::changes() const
{
    return sqlite3_changes64(m_conn.handle());
}

qint64 Stmt::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_conn.handle());
}

// ---- ConnectionPool ---------------------------------------------------------------------

ConnectionPool::ConnectionPool(QString path, bool sync)
    : m_path {std::move(path)}
    , m_sync {sync}
{
}

ConnectionPool::~ConnectionPool() = default;

ConnectionPool::Lease::Lease(ConnectionPool *pool, std::unique_ptr<Connection> c)
    : m_pool {pool}
    , m_conn {std::move(c)}
{
}

ConnectionPool::Lease::~Lease()
{
    if (!m_conn)
        return;
    std::lock_guard lock(m_pool->m_mutex);
    m_pool->m_free.push_back(std::move(m_conn));
}

Core::Result<ConnectionPool::Lease> ConnectionPool::acquire()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_free.empty()) {
            auto c = std::move(m_free.back());
            m_free.pop_back();
            return Lease(this, std::move(c));
        }
    }
    auto c = Connection::open(m_path, m_sync);
    if (!c)
        return std::unexpected(c.error());
    if (auto s = (*c)->exec("PRAGMA query_only=ON"); !s)
        return std::unexpected(s.error());
    return Lease(this, std::move(*c));
}

// ---- Committer --------------------------------------------------------------------------

struct Committer::Op
{
    Change change;
    std::vector<QString> dirs;
    WriteEffects effects;
    Core::Status result;
    Done done; // async ops: the callback (the op is heap-allocated and deleted after it)
    // Blocking ops, set under m_mutex: committed, or handed the next round.
    bool committed = false;
    bool lead = false;
    std::condition_variable cv;
};

Committer::Committer(std::unique_ptr<Connection> conn, bool sync, ChangeObserver *observer)
    : m_conn {std::move(conn)}
    , m_sync {sync}
    , m_observer {observer}
{
    if (m_observer) {
        sqlite3_update_hook(
            m_conn->handle(),
            [](void *arg, int, const char *, const char *table, sqlite3_int64 rowId) {
                static_cast<ChangeObserver *>(arg)->rowChanged(table, qint64(rowId));
            },
            m_observer);
    }
}

Committer::~Committer()
{
    {
        std::unique_lock lock(m_mutex);
        m_stopping = true; // the thread leaves once nothing is queued or committing
        m_threadCv.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}

Core::Status Committer::submit(Change change, std::vector<QString> dirsToSync, WriteEffects *effects)
{
    Op op;
    op.change = std::move(change);
    op.dirs = std::move(dirsToSync);
    std::unique_lock lock(m_mutex);
    m_queue.push_back(&op);
    if (m_committing) {
        op.cv.wait(lock, [&] { return op.committed || op.lead; });
        if (op.committed) { // in a round another writer led
            if (effects)
                *effects = std::move(op.effects);
            return op.result;
        }
    }
    // Leading: rounds until this op has been committed too (more than 512 may be ahead of it).
    m_committing = true;
    while (!op.committed)
        runRound(lock, &op);
    handOff();
    if (effects)
        *effects = std::move(op.effects);
    return op.result;
}

void Committer::submitAsync(Change change, Done done, bool callerMayLead)
{
    auto *op = new Op;
    op->change = std::move(change);
    op->done = std::move(done);
    std::unique_lock lock(m_mutex);
    if (!m_thread.joinable())
        m_thread = std::thread([this] { threadMain(); });
    m_queue.push_back(op);
    if (m_committing)
        return; // the running round's leader hands over to the committer thread after it
    m_committing = true;
    if (!callerMayLead || m_lastRoundSize > 1) {
        // Concurrent writers: the committer thread leads, and the caller (an I/O thread) goes
        // on reading the next requests, which then join the following round.
        m_threadLeads = true;
        m_threadCv.notify_one();
        return;
    }
    // A lone writer (no other write under way, and the last round had a single change too)
    // commits its change itself: no wake-up of the committer thread and none back, a pair of
    // thread switches that took longer than the commit itself (measured at concurrency 1:
    // +10-24% requests/s). With concurrent writers leading here was 4-10% slower, as the
    // caller's other connections waited for the round.
    runRound(lock, nullptr);
    handOff();
}

void Committer::runRound(std::unique_lock<std::mutex> &lock, const Op *self)
{
    std::vector<Op *> batch;
    while (!m_queue.empty() && batch.size() < 512) {
        batch.push_back(m_queue.front());
        m_queue.pop_front();
    }
    m_lastRoundSize = batch.size();
    lock.unlock();
    commitBatch(batch);
    if (m_observer)
        m_observer->batchEnded(); // before any of the batch's writers returns
    // Async callbacks first, outside the lock (they post answers to other threads).
    for (Op *op : batch) {
        if (op->done)
            op->done(op->result, op->effects);
    }
    lock.lock();
    // Woken under the lock: a blocking writer returns (and its Op goes away) only after taking
    // the lock, so no Op is touched after its writer has left.
    for (Op *op : batch) {
        if (op->done) {
            delete op;
            continue;
        }
        op->committed = true;
        if (op != self)
            op->cv.notify_one();
    }
}

void Committer::handOff()
{
    if (m_queue.empty()) {
        m_committing = false;
        if (m_stopping)
            m_threadCv.notify_all();
    } else if (m_queue.front()->done) {
        m_threadLeads = true;
        m_threadCv.notify_one();
    } else {
        m_queue.front()->lead = true;
        m_queue.front()->cv.notify_one();
    }
}

void Committer::threadMain()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_threadCv.wait(lock, [&] { return m_threadLeads || (m_stopping && !m_committing && m_queue.empty()); });
        if (!m_threadLeads)
            return;
        m_threadLeads = false;
        runRound(lock, nullptr);
        handOff();
    }
}

void Committer::commitBatch(std::vector<Op *> &batch)
{
    auto failAll = [&](const Core::Error &e) {
        for (Op *op : batch) {
            op->result = std::unexpected(e);
            op->effects = {};
        }
    };
    if (m_sync) {
        std::set<QString> dirs;
        for (Op *op : batch)
            dirs.insert(op->dirs.begin(), op->dirs.end());
        for (const QString &dir : dirs) {
            const int fd = ::open(dir.toLocal8Bit().constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (fd < 0 || ::fsync(fd) != 0) {
                if (fd >= 0)
                    ::close(fd);
                failAll(Core::Error::make(Core::ErrorCode::IoError, QStringLiteral("fsync of %1 failed").arg(dir)));
                return;
            }
            ::close(fd);
        }
    }
    // Cached statements: sqlite3_exec() would parse each of them again every time.
    if (auto s = Stmt(*m_conn, "BEGIN IMMEDIATE").run(); !s) {
        failAll(s.error());
        return;
    }
    if (batch.size() == 1) {
        // Alone in its transaction: no savepoint needed, a failure rolls back the transaction.
        Op *op = batch.front();
        op->result = op->change(*m_conn, op->effects);
        if (!op->result) {
            op->effects = {};
            (void)Stmt(*m_conn, "ROLLBACK").run();
            return;
        }
    } else {
        for (Op *op : batch) {
            if (auto s = Stmt(*m_conn, "SAVEPOINT op").run(); !s) {
                op->result = std::unexpected(s.error());
                continue;
            }
            op->result = op->change(*m_conn, op->effects);
            if (!op->result) {
                op->effects = {};
                (void)Stmt(*m_conn, "ROLLBACK TO op").run();
            }
            (void)Stmt(*m_conn, "RELEASE op").run();
        }
    }
    if (auto s = Stmt(*m_conn, "COMMIT").run(); !s) {
        (void)m_conn->exec("ROLLBACK");
        failAll(s.error());
    }
}

} // namespace Store
