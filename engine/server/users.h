#pragma once

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

    static User make(const QString &name, const QString &accessKeyId, const QString &secretAccessKey);
};

// The users the server accepts. Filled before the server starts and read-only afterwards, so
// concurrent lookups from the I/O threads need no lock. Owned by value by the Service.
class UserTable
{
public:
    // InvalidConfiguration for an empty name/key/secret or a duplicate name or access key.
    Core::Status add(const User &user);
    const User *findByAccessKey(const QString &accessKeyId) const;
    const User *findByCanonicalId(const QString &canonicalId) const;
    const QList<User> &users() const { return m_users; }
    bool isEmpty() const { return m_users.isEmpty(); }

    // "NAME:ACCESS_KEY:SECRET_KEY" (the secret may contain ':'); InvalidConfiguration otherwise.
    static Core::Result<User> parseUserSpec(const QString &spec);
    // One spec per line; blank lines and lines starting with '#' are skipped.
    // IoError when unreadable; InvalidConfiguration naming the line otherwise.
    static Core::Result<QList<User>> readUsersFile(const QString &path);

private:
    QList<User> m_users;
    QHash<QString, qsizetype> m_byAccessKey;
};

} // namespace Server
