#include "engine/store/latestcache_p.h"

#include <cstring>

namespace Store {

namespace {

// What an entry costs besides its inline body (strings, list and map nodes), roughly.
constexpr std::size_t kEntryOverhead = 512;

} // namespace

LatestCache::Ptr LatestCache::find(const QString &bucket, const QByteArray &key)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_byKey.find(Key {bucket, key});
    if (it == m_byKey.end())
        return {};
    m_lru.splice(m_lru.begin(), m_lru, it->second);
    return it->second->object;
}

quint64 LatestCache::ticket()
{
    std::lock_guard lock(m_mutex);
    return m_epoch;
}

void LatestCache::insert(quint64 ticket, const QString &bucket, const QByteArray &key, Ptr object)
{
    if (!object || object->info.isDeleteMarker)
        return;
    const std::size_t bytes = kEntryOverhead + std::size_t(object->data.size()) + std::size_t(key.size());
    if (bytes > kMaxBytes / 16)
        return; // a large inline body is not worth evicting many small entries
    std::lock_guard lock(m_mutex);
    if (m_writing || ticket != m_epoch)
        return; // what was read may already be older than the committed state
    Key k {bucket, key};
    if (const auto it = m_byKey.find(k); it != m_byKey.end())
        eraseNode(it->second);
    if (const auto it = m_byRow.find(object->rowId); it != m_byRow.end())
        eraseNode(it->second); // the same row under another name cannot be: be safe anyway
    const qint64 rowId = object->rowId;
    m_lru.push_front(Node {k, std::move(object), bytes});
    m_byKey.emplace(std::move(k), m_lru.begin());
    m_byRow.emplace(rowId, m_lru.begin());
    m_bytes += bytes;
    while (!m_lru.empty() && (m_byKey.size() > kMaxEntries || m_bytes > kMaxBytes))
        eraseNode(std::prev(m_lru.end()));
}

void LatestCache::erase(const QString &bucket, const QByteArray &key, const Ptr &object)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_byKey.find(Key {bucket, key});
    if (it != m_byKey.end() && it->second->object == object)
        eraseNode(it->second);
}

void LatestCache::eraseNode(List::iterator it)
{
    m_byRow.erase(it->object->rowId);
    m_byKey.erase(it->key);
    m_bytes -= it->bytes;
    m_lru.erase(it);
}

void LatestCache::startWrite()
{
    if (!m_writing) {
        m_writing = true;
        ++m_epoch;
    }
}

void LatestCache::rowChanged(const char *table, qint64 rowId)
{
    if (std::strcmp(table, "versions") == 0) {
        std::lock_guard lock(m_mutex);
        startWrite();
        if (const auto it = m_byRow.find(rowId); it != m_byRow.end())
            eraseNode(it->second);
    } else if (std::strcmp(table, "buckets") == 0) {
        std::lock_guard lock(m_mutex);
        startWrite();
        m_lru.clear();
        m_byKey.clear();
        m_byRow.clear();
        m_bytes = 0;
    }
}

void LatestCache::batchEnded()
{
    std::lock_guard lock(m_mutex);
    if (m_writing) {
        m_writing = false;
        ++m_epoch;
    }
}

std::size_t LatestCache::size()
{
    std::lock_guard lock(m_mutex);
    return m_byKey.size();
}

} // namespace Store
