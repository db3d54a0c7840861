#include "engine/transfer/transferstore.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace Transfer {

namespace {

// Resume state of the pieces as text: "index:etag;index:etag" (etag may be empty).
QString encodePieces(const QMap<int, QString> &pieces)
{
    QStringList items;
    items.reserve(pieces.size());
    for (auto it = pieces.cbegin(); it != pieces.cend(); ++it)
        items.append(QString::number(it.key()) + u':' + it.value());
    return items.join(u';');
}

QMap<int, QString> decodePieces(const QString &text)
{
    QMap<int, QString> pieces;
    const QStringList items = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype colon = item.indexOf(u':');
        if (colon < 0)
            continue;
        bool ok = false;
        const int index = item.left(colon).toInt(&ok);
        if (ok)
            pieces.insert(index, item.mid(colon + 1));
    }
    return pieces;
}

// A statement prepared for one use, or (given a cached statement) one use of a statement
// prepared once: then it is reset and its bindings cleared instead of finalized.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) { m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    explicit Statement(sqlite3_stmt *cached)
        : m_stmt {cached}
        , m_rc {cached ? SQLITE_OK : SQLITE_ERROR}
        , m_owned {false}
    {
    }
    ~Statement()
    {
        if (m_owned) {
            sqlite3_finalize(m_stmt);
        } else if (m_stmt) {
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt);
        }
    }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool ok() const { return m_rc == SQLITE_OK; }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, const QString &v)
    {
        const QByteArray u = v.toUtf8();
        sqlite3_bind_text(m_stmt, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    }
    int step() { return sqlite3_step(m_stmt); }
    qint64 integer(int c) const { return sqlite3_column_int64(m_stmt, c); }
    QString text(int c) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, c)) : QString();
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
    bool m_owned = true;
};

constexpr char kColumns[] = "kind, state, local_path, bucket, key, source_bucket, source_key, total_bytes, done_bytes, "
                            "upload_id, piece_size, etag, remote_modified, pieces, error_code, error_s3code, error_message, "
                            "source_endpoint";

void bindInfo(Statement &s, const TransferInfo &info)
{
    s.bind(1, qint64(info.kind));
    s.bind(2, qint64(info.state));
    s.bind(3, info.localPath);
    s.bind(4, info.bucket);
    s.bind(5, info.key);
    s.bind(6, info.sourceBucket);
    s.bind(7, info.sourceKey);
    s.bind(8, info.totalBytes);
    s.bind(9, info.doneBytes);
    s.bind(10, info.uploadId);
    s.bind(11, info.pieceSize);
    s.bind(12, info.etag);
    s.bind(13, info.remoteModified.isValid() ? info.remoteModified.toMSecsSinceEpoch() : qint64(-1));
    s.bind(14, encodePieces(info.donePieces));
    s.bind(15, qint64(info.error.code));
    s.bind(16, info.error.s3Code);
    s.bind(17, info.error.message);
    s.bind(18, info.sourceEndpoint);
}

} // namespace

TransferStore::~TransferStore()
{
    if (m_inTransaction)
        commit();
    for (sqlite3_stmt *stmt : m_statements)
        sqlite3_finalize(stmt);
    if (m_db)
        sqlite3_close_v2(m_db);
}

sqlite3_stmt *TransferStore::statement(StatementId id, const char *sql)
{
    sqlite3_stmt *&stmt = m_statements[size_t(id)];
    if (!stmt && sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        stmt = nullptr;
    }
    return stmt;
}

Core::Error TransferStore::dbError(const QString &what) const
{
    return Core::Error::make(Core::ErrorCode::DatabaseError,
                             what + QStringLiteral(": ") + QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "not open"));
}

Core::Status TransferStore::exec(const char *sql) const
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown");
        sqlite3_free(message);
        return Core::fail(Core::ErrorCode::DatabaseError, text);
    }
    return {};
}

Core::Status TransferStore::open(const QString &path)
{
    if (m_db)
        return Core::fail(Core::ErrorCode::DatabaseError, QStringLiteral("queue already open"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        const Core::Error e = dbError(QStringLiteral("cannot open %1").arg(path));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return std::unexpected(e);
    }
    sqlite3_busy_timeout(m_db, 2000);
    for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                            "CREATE TABLE IF NOT EXISTS transfers ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT, kind INTEGER NOT NULL, state INTEGER NOT NULL,"
                            " local_path TEXT, bucket TEXT, key TEXT, source_bucket TEXT, source_key TEXT,"
                            " total_bytes INTEGER, done_bytes INTEGER, upload_id TEXT, piece_size INTEGER, etag TEXT,"
                            " remote_modified INTEGER, pieces TEXT, error_code INTEGER, error_s3code TEXT,"
                            " error_message TEXT, source_endpoint TEXT)"}) {
        if (auto s = exec(sql); !s) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
            return s;
        }
    }
    // Queue files from before streamed copies lack the column (the error for an existing column is expected).
    sqlite3_exec(m_db, "ALTER TABLE transfers ADD COLUMN source_endpoint TEXT", nullptr, nullptr, nullptr);
    return {};
}

Core::Result<QList<TransferInfo>> TransferStore::loadAll() const
{
    const QByteArray sql = QByteArray("SELECT id, ") + kColumns + " FROM transfers ORDER BY id";
    Statement s(m_db, sql.constData());
    if (!s.ok())
        return std::unexpected(dbError(QStringLiteral("load")));
    QList<TransferInfo> list;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        TransferInfo t;
        t.id = s.integer(0);
        t.kind = TransferKind(s.integer(1));
        t.state = TransferState(s.integer(2));
        t.localPath = s.text(3);
        t.bucket = s.text(4);
        t.key = s.text(5);
        t.sourceBucket = s.text(6);
        t.sourceKey = s.text(7);
        t.totalBytes = s.integer(8);
        t.doneBytes = s.integer(9);
        t.uploadId = s.text(10);
        t.pieceSize = s.integer(11);
        t.etag = s.text(12);
        if (const qint64 ms = s.integer(13); ms >= 0)
            t.remoteModified = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        t.donePieces = decodePieces(s.text(14));
        t.error.code = Core::ErrorCode(s.integer(15));
        t.error.s3Code = s.text(16);
        t.error.message = s.text(17);
        t.sourceEndpoint = s.text(18);
        list.append(std::move(t));
    }
    if (rc != SQLITE_DONE)
        return std::unexpected(dbError(QStringLiteral("load")));
    return list;
}

Core::Status TransferStore::insert(TransferInfo &info)
{
    static const QByteArray sql = QByteArray("INSERT INTO transfers (") + kColumns
        + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";
    Statement s(statement(StatementId::Insert, sql.constData()));
    if (!s.ok())
        return std::unexpected(dbError(QStringLiteral("insert")));
    bindInfo(s, info);
    if (s.step() != SQLITE_DONE)
        return std::unexpected(dbError(QStringLiteral("insert")));
    info.id = sqlite3_last_insert_rowid(m_db);
    return {};
}

Core::Status TransferStore::update(const TransferInfo &info)
{
    Statement s(statement(StatementId::Update,
                          "UPDATE transfers SET kind=?1, state=?2, local_path=?3, bucket=?4, key=?5, source_bucket=?6,"
                          " source_key=?7, total_bytes=?8, done_bytes=?9, upload_id=?10, piece_size=?11, etag=?12,"
                          " remote_modified=?13, pieces=?14, error_code=?15, error_s3code=?16, error_message=?17,"
                          " source_endpoint=?18 WHERE id=?19"));
    if (!s.ok())
        return std::unexpected(dbError(QStringLiteral("update")));
    bindInfo(s, info);
    s.bind(19, info.id);
    if (s.step() != SQLITE_DONE)
        return std::unexpected(dbError(QStringLiteral("update")));
    return {};
}

Core::Status TransferStore::remove(qint64 id)
{
    Statement s(statement(StatementId::Remove, "DELETE FROM transfers WHERE id=?1"));
    if (!s.ok())
        return std::unexpected(dbError(QStringLiteral("remove")));
    s.bind(1, id);
    if (s.step() != SQLITE_DONE)
        return std::unexpected(dbError(QStringLiteral("remove")));
    return {};
}

Core::Status TransferStore::begin()
{
    if (m_inTransaction)
        return {};
    if (auto s = exec("BEGIN"); !s)
        return s;
    m_inTransaction = true;
    return {};
}

Core::Status TransferStore::commit()
{
    if (!m_inTransaction)
        return {};
    m_inTransaction = false;
    return exec("COMMIT");
}

} // namespace Transfer
