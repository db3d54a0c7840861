#pragma once

#include <array>

#include <QList>
#include <QString>

#include "engine/core/error.h"
#include "engine/transfer/transfertypes.h"

struct sqlite3;
struct sqlite3_stmt;

namespace Transfer {

// The persistent queue: one SQLite file (WAL, synchronous=NORMAL) with a row per transfer and
// its resume state (upload id, completed parts with their ETags, completed ranges). Each call
// is one short statement on the caller's thread (tens of microseconds). Owned by the
// TransferManager; used from one thread only.
class TransferStore final
{
public:
    TransferStore() = default;
    ~TransferStore();
    TransferStore(const TransferStore &) = delete;
    TransferStore &operator=(const TransferStore &) = delete;

    // Opens (creates) the file and its schema. DatabaseError on failure.
    Core::Status open(const QString &path);
    bool isOpen() const { return m_db != nullptr; }

    Core::Result<QList<TransferInfo>> loadAll() const;
    // Inserts a new row; sets info.id.
    Core::Status insert(TransferInfo &info);
    Core::Status update(const TransferInfo &info);
    Core::Status remove(qint64 id);
    // Groups the following writes in one transaction until commit() (a batch of small
    // transfers then costs one commit instead of several each). Nested begin() is a no-op.
    Core::Status begin();
    Core::Status commit();
    bool inTransaction() const { return m_inTransaction; }

private:
    enum class StatementId
    {
        Insert,
        Update,
        Remove,
        Count,
    };
    // The statement prepared once for the queue's life (re-preparing the 19-column UPDATE
    // each time cost more than running it); nullptr when it cannot be prepared.
    sqlite3_stmt *statement(StatementId id, const char *sql);
    Core::Status exec(const char *sql) const;
    bool m_inTransaction = false;
    Core::Error dbError(const QString &what) const;

    sqlite3 *m_db = nullptr;
    std::array<sqlite3_stmt *, size_t(StatementId::Count)> m_statements {};
};

} // namespace Transfer
