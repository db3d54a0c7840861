#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QList>
#include <QString>

#include "engine/core/error.h"

namespace Server {

// One identity of the local server: a name, its key pair and the canonical id that owns what
// it creates. Plain value.
struct User
{
    QString name;
    QString accessKeyId;
    QString secretAccessKey;
    QString canonicalId; // 64 hex digits derived from the name (stable across key changes)
    bool runtime = false; // added through the admin API (persisted in the data directory)

    static User make(const QString &name, const QString &accessKeyId, const QString &secretAccessKey);
};

// The users the server accepts: those given at start (the first one is the account's root
// user) plus those added at run time through the admin API. Thread-safe: lookups take a shared
// lock, add/remove an exclusive one. A removed user stays allocated until the table is
// destroyed, so a User pointer handed to a request in flight stays valid. Owned by value by
// the Service (movable, not copyable).
class UserTable
{
public:
    UserTable();
    ~UserTable();
    UserTable(UserTable &&other) noexcept;
    UserTable &operator=(UserTable &&other) noexcept;

    // InvalidConfiguration for an empty name/key/secret or a duplicate name or access key.
    Core::Status add(const User &user);
    // InvalidArgument for an unknown user or the root user.
    Core::Status remove(const QString &name);
    const User *findByAccessKey(const QString &accessKeyId) const;
    const User *findByCanonicalId(const QString &canonicalId) const;
    const User *findByName(const QString &name) const;
    // A snapshot of the current users, root first.
    QList<User> users() const;
    // The first user added (the account root); null for an empty table.
    const User *root() const;
    bool isEmpty() const;

    // "NAME:ACCESS_KEY:SECRET_KEY" (the secret may contain ':'); InvalidConfiguration otherwise.
    static Core::Result<User> parseUserSpec(const QString &spec);
    // One spec per line; blank lines and lines starting with '#' are skipped.
    // IoError when unreadable; InvalidConfiguration naming the line otherwise.
    static Core::Result<QList<User>> readUsersFile(const QString &path);

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace Server
