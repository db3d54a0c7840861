#include "engine/server/users.h"

#include <QCryptographicHash>
#include <QFile>

namespace Server {

User User::make(const QString &name, const QString &accessKeyId, const QString &secretAccessKey)
{
    User u;
    u.name = name;
    u.accessKeyId = accessKeyId;
    u.secretAccessKey = secretAccessKey;
    u.canonicalId = QString::fromLatin1(
        QCryptographicHash::hash("pail-user:" + name.toUtf8(), QCryptographicHash::Sha256).toHex());
    return u;
}

Core::Status UserTable::add(const User &user)
{
    if (user.name.isEmpty() || user.accessKeyId.isEmpty() || user.secretAccessKey.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidConfiguration,
                          QStringLiteral("a user needs a name, an access key and a secret key"));
    for (const User &u : m_users) {
        if (u.name == user.name)
            return Core::fail(Core::ErrorCode::InvalidConfiguration, QStringLiteral("duplicate user name %1").arg(user.name));
    }
    if (m_byAccessKey.contains(user.accessKeyId))
        return Core::fail(Core::ErrorCode::InvalidConfiguration,
                          QStringLiteral("duplicate access key %1").arg(user.accessKeyId));
    m_users.append(user);
    m_byAccessKey.insert(user.accessKeyId, m_users.size() - 1);
    return {};
}

const User *UserTable::findByAccessKey(const QString &accessKeyId) const
{
    const auto it = m_byAccessKey.constFind(accessKeyId);
    return it == m_byAccessKey.cend() ? nullptr : &m_users[*it];
}

const User *UserTable::findByCanonicalId(const QString &canonicalId) const
{
    for (const User &u : m_users) {
        if (u.canonicalId == canonicalId)
            return &u;
    }
    return nullptr;
}

Core::Result<User> UserTable::parseUserSpec(const QString &spec)
{
    const qsizetype a = spec.indexOf(u':');
    const qsizetype b = a < 0 ? -1 : spec.indexOf(u':', a + 1);
    if (a <= 0 || b <= a + 1 || b + 1 >= spec.size())
        return Core::fail(Core::ErrorCode::InvalidConfiguration,
                          QStringLiteral("expected NAME:ACCESS_KEY:SECRET_KEY, got '%1'").arg(spec.left(a < 0 ? spec.size() : a)));
    return User::make(spec.left(a), spec.mid(a + 1, b - a - 1), spec.mid(b + 1));
}

Core::Result<QList<User>> UserTable::readUsersFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QList<User> users;
    int lineNo = 0;
    while (!file.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        auto user = parseUserSpec(line);
        if (!user)
            return Core::fail(Core::ErrorCode::InvalidConfiguration,
                              QStringLiteral("%1:%2: %3").arg(path).arg(lineNo).arg(user.error().message));
        users.append(*user);
    }
    return users;
}

} // namespace Server
