#pragma once

#include <QList>
#include <QString>

#include "engine/core/error.h"
#include "engine/transfer/transfertypes.h"

struct sqlite3;

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
    Core::Status exec(const char *sql) const;
    bool m_inTransaction = false;
    Core::Error dbError(const QString &what) const;

    sqlite3 *m_db = nullptr;
};

} // namespace Transfer
