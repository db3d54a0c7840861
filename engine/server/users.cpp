#include "engine/server/users.h"

#include <mutex>
#include <shared_mutex>

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

struct UserTable::Data
{
    mutable std::shared_mutex mutex;
    std::vector<std::unique_ptr<User>> all; // never shrinks: pointers stay valid
    QList<const User *> active;             // in order, root first
    QHash<QString, const User *> byAccessKey;
};

UserTable::UserTable()
    : d {std::make_unique<Data>()}
{
}

UserTable::~UserTable() = default;
UserTable::UserTable(UserTable &&other) noexcept = default;
UserTable &UserTable::operator=(UserTable &&other) noexcept = default;

Core::Status UserTable::add(const User &user)
{
    if (user.name.isEmpty() || user.accessKeyId.isEmpty() || user.secretAccessKey.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidConfiguration,
                          QStringLiteral("a user needs a name, an access key and a secret key"));
    std::unique_lock lock(d->mutex);
    for (const User *u : std::as_const(d->active)) {
        if (u->name == user.name)
            return Core::fail(Core::ErrorCode::InvalidConfiguration, QStringLiteral("duplicate user name %1").arg(user.name));
    }
    if (d->byAccessKey.contains(user.accessKeyId))
        return Core::fail(Core::ErrorCode::InvalidConfiguration,
                          QStringLiteral("duplicate access key %1").arg(user.accessKeyId));
    d->all.push_back(std::make_unique<User>(user));
    const User *u = d->all.back().get();
    d->active.append(u);
    d->byAccessKey.insert(u->accessKeyId, u);
    return {};
}

Core::Status UserTable::remove(const QString &name)
{
    std::unique_lock lock(d->mutex);
    for (qsizetype i = 0; i < d->active.size(); ++i) {
        const User *u = d->active[i];
        if (u->name != name)
            continue;
        if (i == 0)
            return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("the root user cannot be removed"));
        d->byAccessKey.remove(u->accessKeyId);
        d->active.removeAt(i);
        return {};
    }
    return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("no user named %1").arg(name));
}

const User *UserTable::findByAccessKey(const QString &accessKeyId) const
{
    std::shared_lock lock(d->mutex);
    return d->byAccessKey.value(accessKeyId, nullptr);
}

const User *UserTable::findByCanonicalId(const QString &canonicalId) const
{
    std::shared_lock lock(d->mutex);
    for (const User *u : d->active) {
        if (u->canonicalId == canonicalId)
            return u;
    }
    return nullptr;
}

const User *UserTable::findByName(const QString &name) const
{
    std::shared_lock lock(d->mutex);
    for (const User *u : d->active) {
        if (u->name == name)
            return u;
    }
    return nullptr;
}

QList<User> UserTable::users() const
{
    std::shared_lock lock(d->mutex);
    QList<User> out;
    out.reserve(d->active.size());
    for (const User *u : d->active)
        out.append(*u);
    return out;
}

const User *UserTable::root() const
{
    std::shared_lock lock(d->mutex);
    return d->active.isEmpty() ? nullptr : d->active.first();
}

bool UserTable::isEmpty() const
{
    std::shared_lock lock(d->mutex);
    return d->active.isEmpty();
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
