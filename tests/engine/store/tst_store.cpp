#include <algorithm>
#include <mutex>
#include <optional>
#include <set>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QSet>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include "engine/store/encryption.h"
#include "engine/store/store.h"

using Core::ErrorCode;
using namespace Qt::StringLiterals;

namespace {

const QString kOwner = u"owner-1"_s;

QByteArray body(qsizetype size, char seed)
{
    QByteArray b(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        b[i] = char(seed + (i * 7) % 61);
    return b;
}

QString md5Etag(const QByteArray &data)
{
    return u"\""_s + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()) + u"\""_s;
}

// All regular files below dir (recursively).
QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    return out;
}

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(path.toLocal8Bit().constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

} // namespace

// Store: buckets, objects, versions, listing, multipart, crash recovery and concurrency,
// each against a fresh data directory.
class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Store> m_store;
    QString m_path;
    int m_run = 0;

    Store::Store &store() { return *m_store; }

    // Functional tests skip fsync (this disk manages ~100-7000 flushes a second depending on
    // load); the crash and concurrency tests run with it. They keep every body in a data file
    // (they count files); the inline* tests cover bodies stored in the database row.
    static Store::Store::Options fast()
    {
        Store::Store::Options o;
        o.sync = false;
        o.inlineMax = 0;
        return o;
    }
    static Store::Store::Options synced()
    {
        Store::Store::Options o;
        o.inlineMax = 0;
        return o;
    }
    static Store::Store::Options inlined(bool sync = false)
    {
        Store::Store::Options o;
        o.sync = sync;
        return o; // the default inlineMax
    }
    QStringList dataFiles() const { return filesUnder(m_path + u"/objects"_s); }

    void reopen(const Store::Store::Options &options = fast())
    {
        m_store.reset();
        auto s = Store::Store::open(m_path, options);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        m_store = std::move(*s);
    }

    Core::Result<Store::VersionInfo> put(const QString &bucket, const QByteArray &key, const QByteArray &data,
                                         const Store::ObjectMeta &meta = {})
    {
        auto w = store().beginWrite();
        if (!w)
            return std::unexpected(w.error());
        // Feed it in pieces, like the server does.
        for (qsizetype off = 0; off < data.size(); off += 65536) {
            if (auto s = (*w)->write(data.constData() + off, std::min<qsizetype>(65536, data.size() - off)); !s)
                return std::unexpected(s.error());
        }
        return store().putObject(bucket, key, std::move(*w), meta);
    }

    Core::Result<QByteArray> get(const QString &bucket, const QByteArray &key, const QString &versionId = {})
    {
        auto r = store().openObject(bucket, key, versionId);
        if (!r)
            return std::unexpected(r.error());
        return (*r)->readAll();
    }

    void makeBucket(const QString &name)
    {
        auto b = store().createBucket({name, kOwner, u"us-east-1"_s});
        QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.path() + u"/data-"_s + QString::number(++m_run);
        reopen();
    }
    void cleanup() { m_store.reset(); }

    void permissionsAndSchema()
    {
        makeBucket(u"perm"_s);
        QVERIFY(put(u"perm"_s, "k", "hello"));
        QCOMPARE(modeOf(m_path), 0700);
        QCOMPARE(modeOf(m_path + u"/objects"_s), 0700);
        QCOMPARE(modeOf(m_path + u"/tmp"_s), 0700);
        QCOMPARE(modeOf(m_path + u"/pail.db"_s), 0600);
        const QStringList files = filesUnder(m_path + u"/objects"_s);
        QCOMPARE(files.size(), 1);
        QCOMPARE(modeOf(files.first()), 0600);
        QVERIFY(!files.first().endsWith(u"/k"_s)); // named by id, never by key
        // One store per data directory.
        QCOMPARE(Store::Store::open(m_path).error().code, ErrorCode::IoError);
        const auto info = store().headObject(u"perm"_s, "k");
        QVERIFY(info);
        QCOMPARE(info->dataPath, files.first());
    }

    void buckets()
    {
        makeBucket(u"alpha"_s);
        auto again = store().createBucket({u"alpha"_s, kOwner, {}});
        QCOMPARE(again.error().code, ErrorCode::BucketAlreadyOwnedByYou);
        auto other = store().createBucket({u"alpha"_s, u"owner-2"_s, {}});
        QCOMPARE(other.error().code, ErrorCode::BucketAlreadyExists);
        QCOMPARE(store().createBucket({u"Bad_Name"_s, kOwner, {}}).error().code, ErrorCode::InvalidBucketName);
        QVERIFY(store().createBucket({u"beta"_s, u"owner-2"_s, u"eu-west-1"_s}));
        makeBucket(u"gamma"_s);

        auto mine = store().listBuckets(kOwner);
        QVERIFY(mine);
        QCOMPARE(mine->size(), 2);
        QCOMPARE(mine->at(0).name, u"alpha"_s);
        QCOMPARE(mine->at(1).name, u"gamma"_s);
        QCOMPARE(store().listBuckets()->size(), 3);

        auto info = store().bucketInfo(u"beta"_s);
        QVERIFY(info);
        QCOMPARE(info->ownerId, u"owner-2"_s);
        QCOMPARE(info->region, u"eu-west-1"_s);
        QCOMPARE(info->versioning, Store::VersioningState::Unversioned);
        QCOMPARE(info->objectOwnership, u"BucketOwnerEnforced"_s);
        QVERIFY(info->creationDate.isValid());
        QCOMPARE(store().bucketInfo(u"nope"_s).error().code, ErrorCode::NoSuchBucket);

        // Configuration documents.
        using Kind = Store::BucketConfigKind;
        QCOMPARE(store().bucketConfig(u"alpha"_s, Kind::Policy)->has_value(), false);
        QVERIFY(store().putBucketConfig(u"alpha"_s, Kind::Policy, "{\"Version\":\"2012-10-17\"}"));
        QVERIFY(store().putBucketConfig(u"alpha"_s, Kind::Cors, "<CORSConfiguration/>"));
        QCOMPARE(store().bucketConfig(u"alpha"_s, Kind::Policy)->value(), QByteArray("{\"Version\":\"2012-10-17\"}"));
        QVERIFY(store().deleteBucketConfig(u"alpha"_s, Kind::Policy));
        QCOMPARE(store().bucketConfig(u"alpha"_s, Kind::Policy)->has_value(), false);
        QCOMPARE(store().bucketConfig(u"alpha"_s, Kind::Cors)->value(), QByteArray("<CORSConfiguration/>"));
        QCOMPARE(store().putBucketConfig(u"nope"_s, Kind::Cors, "x").error().code, ErrorCode::NoSuchBucket);

        // Versioning never returns to Unversioned.
        QCOMPARE(store().setBucketVersioning(u"alpha"_s, Store::VersioningState::Unversioned).error().code,
                 ErrorCode::InvalidArgument);
        QVERIFY(store().setBucketVersioning(u"alpha"_s, Store::VersioningState::Enabled));
        QVERIFY(store().setBucketVersioning(u"alpha"_s, Store::VersioningState::Suspended));
        QCOMPARE(store().bucketInfo(u"alpha"_s)->versioning, Store::VersioningState::Suspended);

        // Not empty: an object, then only a delete marker, then only an upload.
        QVERIFY(put(u"gamma"_s, "k", "x"));
        QCOMPARE(store().deleteBucket(u"gamma"_s).error().code, ErrorCode::BucketNotEmpty);
        QVERIFY(store().deleteObject(u"gamma"_s, "k"));
        QVERIFY(store().deleteBucket(u"gamma"_s));
        QVERIFY(store().setBucketVersioning(u"alpha"_s, Store::VersioningState::Enabled));
        QVERIFY(store().deleteObject(u"alpha"_s, "ghost")); // creates a marker
        QCOMPARE(store().deleteBucket(u"alpha"_s).error().code, ErrorCode::BucketNotEmpty);
        auto versions = store().listObjectVersions(u"alpha"_s, {});
        QCOMPARE(versions->versions.size(), 1);
        QVERIFY(store().deleteObject(u"alpha"_s, "ghost", versions->versions[0].versionId));
        auto upload = store().createUpload(u"alpha"_s, "mp", {});
        QVERIFY(upload);
        QCOMPARE(store().deleteBucket(u"alpha"_s).error().code, ErrorCode::BucketNotEmpty);
        QVERIFY(store().abortUpload(u"alpha"_s, "mp", upload->uploadId));
        QVERIFY(store().deleteBucket(u"alpha"_s));
        QCOMPARE(store().deleteBucket(u"alpha"_s).error().code, ErrorCode::NoSuchBucket);
        QCOMPARE(store().listBuckets(kOwner)->size(), 0);
    }

    void putGetOverwriteDelete()
    {
        makeBucket(u"objs"_s);
        Store::ObjectMeta meta;
        meta.contentType = u"text/plain"_s;
        meta.cacheControl = u"no-cache"_s;
        meta.userMetadata = {{u"zeta"_s, u"1"_s}, {u"alpha"_s, u"2"_s}};
        meta.tags = {{u"team"_s, u"red"_s}};
        meta.checksum = {u"CRC32"_s, u"AAAAAA=="_s};
        meta.storageClass = u"STANDARD_IA"_s;
        meta.ownerId = kOwner;
        const QByteArray data = body(200000, 'a');
        auto v = put(u"objs"_s, "dir/file.txt", data, meta);
        QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
        QCOMPARE(v->versionId, u"null"_s);
        QCOMPARE(v->etag, md5Etag(data));
        QCOMPARE(v->size, data.size());
        QVERIFY(v->lastModified.isValid());

        auto info = store().headObject(u"objs"_s, "dir/file.txt");
        QVERIFY(info);
        QCOMPARE(info->meta, meta);
        QCOMPARE(info->etag, v->etag);
        QCOMPARE(info->lastModified, v->lastModified);
        QVERIFY(info->isLatest);
        QVERIFY(!info->isDeleteMarker);
        QCOMPARE(info->partsCount, 0);
        QCOMPARE(*get(u"objs"_s, "dir/file.txt"), data);

        // Overwrite: one version, the old file is gone.
        auto v2 = put(u"objs"_s, "dir/file.txt", "short");
        QVERIFY(v2);
        QCOMPARE(*get(u"objs"_s, "dir/file.txt"), QByteArray("short"));
        QCOMPARE(filesUnder(m_path + u"/objects"_s).size(), 1);
        QCOMPARE(store().headObject(u"objs"_s, "dir/file.txt")->meta.contentType, QString());

        // A reader keeps its data through a concurrent delete.
        auto reader = store().openObject(u"objs"_s, "dir/file.txt");
        QVERIFY(reader);
        auto del = store().deleteObject(u"objs"_s, "dir/file.txt");
        QVERIFY(del);
        QVERIFY(!del->isDeleteMarker);
        QCOMPARE(*(*reader)->readAll(), QByteArray("short"));
        QCOMPARE(*(*reader)->readAll(1, 3), QByteArray("hor"));
        QCOMPARE(store().headObject(u"objs"_s, "dir/file.txt").error().code, ErrorCode::NoSuchKey);
        QCOMPARE(filesUnder(m_path + u"/objects"_s).size(), 0);
        // Deleting what is not there succeeds.
        QVERIFY(store().deleteObject(u"objs"_s, "dir/file.txt"));
        QCOMPARE(store().deleteObject(u"nope"_s, "x").error().code, ErrorCode::NoSuchBucket);
        QCOMPARE(put(u"nope"_s, "x", "y").error().code, ErrorCode::NoSuchBucket);
        QCOMPARE(filesUnder(m_path + u"/objects"_s).size(), 0);
        QCOMPARE(filesUnder(m_path + u"/tmp"_s).size(), 0);

        // Empty object.
        auto empty = put(u"objs"_s, "empty", {});
        QVERIFY(empty);
        QCOMPARE(empty->etag, u"\"d41d8cd98f00b204e9800998ecf8427e\""_s);
        QCOMPARE(*get(u"objs"_s, "empty"), QByteArray());
    }

    void oddKeys_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("code");
        const int ok = int(ErrorCode::None);
        QTest::newRow("..") << QByteArray("..") << ok;
        QTest::newRow("../x") << QByteArray("../x") << ok;
        QTest::newRow("a//b") << QByteArray("a//b") << ok;
        QTest::newRow("//") << QByteArray("//") << ok;
        QTest::newRow("%") << QByteArray("%") << ok;
        QTest::newRow("%2F") << QByteArray("%2F") << ok;
        QTest::newRow("space") << QByteArray(" ") << ok;
        QTest::newRow("unicode") << QString(u"日本/é \U0001F600"_s).toUtf8() << ok;
        QTest::newRow("1024") << QByteArray(1024, 'x') << ok;
        QTest::newRow("1025") << QByteArray(1025, 'x') << int(ErrorCode::KeyTooLongError);
        QTest::newRow("invalid utf-8") << QByteArray("bad\xC3") << int(ErrorCode::InvalidURI);
    }
    void oddKeys()
    {
        QFETCH(QByteArray, key);
        QFETCH(int, code);
        makeBucket(u"keys"_s);
        auto v = put(u"keys"_s, key, key + "-data");
        if (code != int(ErrorCode::None)) {
            QCOMPARE(v.error().code, ErrorCode(code));
            QCOMPARE(filesUnder(m_path + u"/objects"_s).size(), 0);
            QCOMPARE(filesUnder(m_path + u"/tmp"_s).size(), 0);
            return;
        }
        QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
        QCOMPARE(*get(u"keys"_s, key), key + "-data");
        auto list = store().listObjects(u"keys"_s, {});
        QCOMPARE(list->entries.size(), 1);
        QCOMPARE(list->entries[0].key, key);
        QVERIFY(store().deleteObject(u"keys"_s, key));
        QCOMPARE(store().listObjects(u"keys"_s, {})->entries.size(), 0);
    }

    void listingOrderAndPages_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("delimiter");
        QTest::newRow("all") << QByteArray() << QByteArray();
        QTest::newRow("slash") << QByteArray() << QByteArray("/");
        QTest::newRow("prefix a") << QByteArray("a") << QByteArray();
        QTest::newRow("prefix a/ slash") << QByteArray("a/") << QByteArray("/");
        QTest::newRow("prefix a slash") << QByteArray("a") << QByteArray("/");
        QTest::newRow("multi-byte delimiter") << QByteArray() << QByteArray("//");
        QTest::newRow("unicode prefix") << QString(u"é"_s).toUtf8() << QByteArray("/");
        QTest::newRow("no match") << QByteArray("q") << QByteArray("/");
    }
    void listingOrderAndPages()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, delimiter);
        makeBucket(u"list"_s);
        const QList<QByteArray> keys = {"z", "a", "a/b", "a0", QString(u"é"_s).toUtf8(), "a/c/d", "a/c/e", "a//b",
                                        "..", "b", QString(u"é/x"_s).toUtf8(), "a/", "A", " ", "a-", "a.b", "a/b/c",
                                        QString(u"\U0001F600"_s).toUtf8(), "zz/1", "zz/2"};
        for (const QByteArray &k : keys)
            QVERIFY(put(u"list"_s, k, k));
        // A deleted key and a hidden latest delete marker do not show.
        QVERIFY(put(u"list"_s, "gone", "x"));
        QVERIFY(store().deleteObject(u"list"_s, "gone"));

        // The model: byte order, roll-up under the delimiter.
        std::vector<QByteArray> sorted(keys.begin(), keys.end());
        std::sort(sorted.begin(), sorted.end(), [](const QByteArray &l, const QByteArray &r) {
            return std::lexicographical_compare(l.begin(), l.end(), r.begin(), r.end(),
                                                [](char a, char b) { return uchar(a) < uchar(b); });
        });
        QList<QByteArray> expected; // "K:key" or "P:prefix"
        for (const QByteArray &k : sorted) {
            if (!k.startsWith(prefix))
                continue;
            const qsizetype pos = delimiter.isEmpty() ? -1 : k.indexOf(delimiter, prefix.size());
            const QByteArray item = pos < 0 ? "K:" + k : "P:" + k.left(pos + delimiter.size());
            if (expected.isEmpty() || expected.back() != item)
                expected.append(item);
        }

        auto full = store().listObjects(u"list"_s, {prefix, delimiter, {}, 1000});
        QVERIFY(full);
        QVERIFY(!full->isTruncated);
        QList<QByteArray> got;
        // Merge entries and prefixes back into one ordered list for comparison.
        for (const auto &e : full->entries)
            got.append("K:" + e.key);
        for (const auto &p : full->commonPrefixes)
            got.append("P:" + p);
        std::sort(got.begin(), got.end(), [](const QByteArray &l, const QByteArray &r) {
            return std::lexicographical_compare(l.begin() + 2, l.end(), r.begin() + 2, r.end(),
                                                [](char a, char b) { return uchar(a) < uchar(b); });
        });
        QCOMPARE(got, expected);
        for (qsizetype i = 1; i < full->entries.size(); ++i)
            QVERIFY(full->entries[i - 1].key < full->entries[i].key);
        if (!full->entries.isEmpty()) {
            QCOMPARE(full->entries[0].storageClass, u"STANDARD"_s);
            QCOMPARE(full->entries[0].etag, md5Etag(full->entries[0].key));
        }

        // Every page size walks to the same sequence.
        for (int pageSize = 1; pageSize <= expected.size() + 1; ++pageSize) {
            QList<QByteArray> walked;
            QByteArray marker;
            for (int guard = 0; guard < 100; ++guard) {
                auto page = store().listObjects(u"list"_s, {prefix, delimiter, marker, pageSize});
                QVERIFY(page);
                QVERIFY(page->entries.size() + page->commonPrefixes.size() <= pageSize);
                QList<QByteArray> items;
                for (const auto &e : page->entries)
                    items.append("K:" + e.key);
                for (const auto &p : page->commonPrefixes)
                    items.append("P:" + p);
                std::sort(items.begin(), items.end(), [](const QByteArray &l, const QByteArray &r) {
                    return std::lexicographical_compare(l.begin() + 2, l.end(), r.begin() + 2, r.end(),
                                                        [](char a, char b) { return uchar(a) < uchar(b); });
                });
                walked += items;
                if (!page->isTruncated)
                    break;
                QCOMPARE(page->nextMarker, items.back().mid(2));
                marker = page->nextMarker;
            }
            QCOMPARE(walked, expected);
        }
        auto zero = store().listObjects(u"list"_s, {prefix, delimiter, {}, 0});
        QVERIFY(zero->entries.isEmpty() && !zero->isTruncated);
        QCOMPARE(store().listObjects(u"nope"_s, {}).error().code, ErrorCode::NoSuchBucket);
    }

    void versioning()
    {
        using VS = Store::VersioningState;
        makeBucket(u"ver"_s);
        QVERIFY(put(u"ver"_s, "k", "v1"));
        QVERIFY(store().setBucketVersioning(u"ver"_s, VS::Enabled));
        auto v2 = put(u"ver"_s, "k", "v2");
        QVERIFY(v2);
        QCOMPARE(v2->versionId.size(), 32);
        auto v3 = put(u"ver"_s, "k", "v3");
        QVERIFY(v3);
        QVERIFY(v3->versionId > v2->versionId); // time-ordered ids
        QCOMPARE(*get(u"ver"_s, "k"), QByteArray("v3"));
        QCOMPARE(*get(u"ver"_s, "k", v2->versionId), QByteArray("v2"));
        QCOMPARE(*get(u"ver"_s, "k", u"null"_s), QByteArray("v1"));

        // Delete without a version: a marker hides the key.
        auto marker = store().deleteObject(u"ver"_s, "k");
        QVERIFY2(marker, qPrintable(marker ? QString() : marker.error().message));
        QVERIFY(marker->isDeleteMarker);
        QCOMPARE(marker->versionId.size(), 32);
        Store::ObjectInfo dm;
        auto head = store().headObject(u"ver"_s, "k", {}, &dm);
        QCOMPARE(head.error().code, ErrorCode::NoSuchKey);
        QVERIFY(dm.isDeleteMarker);
        QCOMPARE(dm.versionId, marker->versionId);
        Store::ObjectInfo dm2;
        QCOMPARE(store().headObject(u"ver"_s, "k", marker->versionId, &dm2).error().code,
                 ErrorCode::MethodNotAllowed);
        QVERIFY(dm2.isDeleteMarker);
        QCOMPARE(store().headObject(u"ver"_s, "k", u"0123456789abcdef0123456789abcdef"_s).error().code,
                 ErrorCode::NoSuchVersion);
        QCOMPARE(store().headObject(u"ver"_s, "k", u"not-a-version"_s).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(store().listObjects(u"ver"_s, {})->entries.size(), 0);

        auto versions = store().listObjectVersions(u"ver"_s, {});
        QVERIFY(versions);
        QCOMPARE(versions->versions.size(), 4);
        QCOMPARE(versions->versions[0].versionId, marker->versionId);
        QVERIFY(versions->versions[0].isDeleteMarker && versions->versions[0].isLatest);
        QCOMPARE(versions->versions[1].versionId, v3->versionId);
        QVERIFY(!versions->versions[1].isLatest);
        QCOMPARE(versions->versions[2].versionId, v2->versionId);
        QCOMPARE(versions->versions[3].versionId, u"null"_s);

        // Removing the marker brings v3 back.
        auto undo = store().deleteObject(u"ver"_s, "k", marker->versionId);
        QVERIFY(undo && undo->isDeleteMarker);
        QCOMPARE(*get(u"ver"_s, "k"), QByteArray("v3"));
        QVERIFY(store().headObject(u"ver"_s, "k")->isLatest);
        // Removing a middle version permanently.
        QVERIFY(store().deleteObject(u"ver"_s, "k", v2->versionId));
        QCOMPARE(store().headObject(u"ver"_s, "k", v2->versionId).error().code, ErrorCode::NoSuchVersion);

        // Suspended: writes replace the null version; a delete puts a null marker.
        QVERIFY(store().setBucketVersioning(u"ver"_s, VS::Suspended));
        auto s1 = put(u"ver"_s, "k", "s1");
        QCOMPARE(s1->versionId, u"null"_s);
        versions = store().listObjectVersions(u"ver"_s, {});
        QCOMPARE(versions->versions.size(), 2); // null (s1, latest), v3
        QCOMPARE(versions->versions[0].versionId, u"null"_s);
        QVERIFY(versions->versions[0].isLatest);
        QCOMPARE(*get(u"ver"_s, "k", u"null"_s), QByteArray("s1"));
        auto sm = store().deleteObject(u"ver"_s, "k");
        QVERIFY(sm->isDeleteMarker);
        QCOMPARE(sm->versionId, u"null"_s);
        versions = store().listObjectVersions(u"ver"_s, {});
        QCOMPARE(versions->versions.size(), 2);
        QVERIFY(versions->versions[0].isDeleteMarker);
        QCOMPARE(versions->versions[1].versionId, v3->versionId);
        QCOMPARE(filesUnder(m_path + u"/objects"_s).size(), 1); // only v3's data remains

        // Version listing pages, with a delimiter and without.
        QVERIFY(store().setBucketVersioning(u"ver"_s, VS::Enabled));
        for (const char *k : {"a/1", "a/2", "b", "c/x"}) {
            QVERIFY(put(u"ver"_s, k, "1"));
            QVERIFY(put(u"ver"_s, k, "2"));
        }
        for (const QByteArray &delimiter : {QByteArray(), QByteArray("/")}) {
            auto all = store().listObjectVersions(u"ver"_s, {{}, delimiter, {}, {}, 1000});
            QVERIFY(all);
            for (int pageSize = 1; pageSize <= 12; ++pageSize) {
                QList<QByteArray> walked;
                QList<QByteArray> prefixes;
                Store::ListVersionsRequest req {{}, delimiter, {}, {}, pageSize};
                for (int guard = 0; guard < 100; ++guard) {
                    auto page = store().listObjectVersions(u"ver"_s, req);
                    QVERIFY(page);
                    for (const auto &v : page->versions)
                        walked.append(v.key + ' ' + v.versionId.toLatin1());
                    prefixes += page->commonPrefixes;
                    if (!page->isTruncated)
                        break;
                    req.keyMarker = page->nextKeyMarker;
                    req.versionIdMarker = page->nextVersionIdMarker;
                }
                QList<QByteArray> expected;
                for (const auto &v : all->versions)
                    expected.append(v.key + ' ' + v.versionId.toLatin1());
                QCOMPARE(walked, expected);
                QCOMPARE(prefixes, all->commonPrefixes);
            }
        }
    }

    void nullVersionReplacedInPlace()
    {
        // A put over the latest null version rewrites its row; everything of the old version
        // must go: body, data file, metadata, tags, checksum, storage class. Small bodies are
        // stored in the row here (the default inline limit).
        reopen(inlined());
        makeBucket(u"inplace"_s);
        Store::ObjectMeta rich;
        rich.contentType = u"text/plain"_s;
        rich.userMetadata = {{u"a"_s, u"1"_s}};
        rich.tags = {{u"t"_s, u"1"_s}};
        rich.checksum = {u"CRC32"_s, u"AAAAAA=="_s};
        rich.storageClass = u"STANDARD_IA"_s;
        QVERIFY(put(u"inplace"_s, "k", "small one", rich));
        QCOMPARE(*get(u"inplace"_s, "k"), QByteArray("small one")); // now in the latest cache
        const qint64 firstRow = store().headObject(u"inplace"_s, "k")->size;
        QCOMPARE(firstRow, 9);
        const QByteArray big = body(300000, 'b'); // over the inline limit: a data file
        QVERIFY(put(u"inplace"_s, "k", big));
        QCOMPARE(*get(u"inplace"_s, "k"), big);
        QCOMPARE(filesUnder(m_path + u"/objects"_s).size(), 1);
        auto info = store().headObject(u"inplace"_s, "k");
        QVERIFY(info);
        QVERIFY(info->meta.userMetadata.isEmpty());
        QVERIFY(info->meta.tags.isEmpty());
        QVERIFY(info->meta.checksum.algorithm.isEmpty());
        QCOMPARE(info->meta.storageClass, u"STANDARD"_s);
        QCOMPARE(info->size, big.size());
        QVERIFY(put(u"inplace"_s, "k", "small again", rich));
        QCOMPARE(*get(u"inplace"_s, "k"), QByteArray("small again"));
        QCOMPARE(filesUnder(m_path + u"/objects"_s).size(), 0); // the big one's file went
        QCOMPARE(store().headObject(u"inplace"_s, "k")->meta.tags, rich.tags);
        auto versions = store().listObjectVersions(u"inplace"_s, {});
        QCOMPARE(versions->versions.size(), 1);
        QVERIFY(versions->versions[0].isLatest);

        using VS = Store::VersioningState;
        // Suspended, with a newer real version above the null one: the new null version must
        // become the newest, so it cannot take the old row's place.
        QVERIFY(store().setBucketVersioning(u"inplace"_s, VS::Enabled));
        auto real = put(u"inplace"_s, "k", "real");
        QVERIFY(real);
        QVERIFY(store().setBucketVersioning(u"inplace"_s, VS::Suspended));
        QVERIFY(put(u"inplace"_s, "k", "null 2"));
        versions = store().listObjectVersions(u"inplace"_s, {});
        QCOMPARE(versions->versions.size(), 2);
        QCOMPARE(versions->versions[0].versionId, u"null"_s);
        QVERIFY(versions->versions[0].isLatest);
        QCOMPARE(versions->versions[1].versionId, real->versionId);
        QVERIFY(!versions->versions[1].isLatest);
        QCOMPARE(*get(u"inplace"_s, "k"), QByteArray("null 2"));
        // A null delete marker replaced by a null object, and the other way round.
        QVERIFY(store().deleteObject(u"inplace"_s, "k")->isDeleteMarker);
        QCOMPARE(get(u"inplace"_s, "k").error().code, ErrorCode::NoSuchKey);
        QVERIFY(put(u"inplace"_s, "k", "null 3"));
        QCOMPARE(*get(u"inplace"_s, "k"), QByteArray("null 3"));
        versions = store().listObjectVersions(u"inplace"_s, {});
        QCOMPARE(versions->versions.size(), 2);
        QVERIFY(!versions->versions[0].isDeleteMarker && versions->versions[0].isLatest);
        QCOMPARE(*get(u"inplace"_s, "k", real->versionId), QByteArray("real"));
        QVERIFY(store().listObjects(u"inplace"_s, {})->entries.size() == 1);

        // And it survives a reopen as written.
        reopen(inlined());
        QCOMPARE(*get(u"inplace"_s, "k"), QByteArray("null 3"));
    }

    void versionIdsUniqueAcrossThreads()
    {
        // Ids take their random part from per-thread buffers: no two threads may hand out the
        // same one, and each stays 32 lowercase hex characters.
        makeBucket(u"ids"_s);
        QVERIFY(store().setBucketVersioning(u"ids"_s, Store::VersioningState::Enabled));
        std::mutex m;
        QSet<QString> ids;
        std::atomic<int> failures {0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 150; ++i) {
                    auto v = put(u"ids"_s, "k" + QByteArray::number(t), "x");
                    auto u = store().createUpload(u"ids"_s, "u", {});
                    if (!v || !u) {
                        ++failures;
                        continue;
                    }
                    std::lock_guard lock(m);
                    ids.insert(v->versionId);
                    ids.insert(u->uploadId);
                }
            });
        }
        for (auto &th : threads)
            th.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(ids.size(), 4 * 150 * 2);
        static const QRegularExpression hex(u"^[0-9a-f]{32}$"_s);
        for (const QString &id : ids)
            QVERIFY2(hex.match(id).hasMatch(), qPrintable(id));
    }

    void bucketChangesSeenByNextPut()
    {
        // Every change of a bucket's row (versioning, deletion, a new bucket of the same name)
        // must reach the very next put, blocking or async.
        reopen(inlined());
        using VS = Store::VersioningState;
        auto asyncPut = [&](const QString &bucket, const QByteArray &key) -> Core::Result<Store::VersionInfo> {
            auto w = store().beginWrite();
            if (!w || !(*w)->write("a", 1))
                return Core::fail(ErrorCode::InternalError, u"no writer"_s);
            std::mutex m;
            std::optional<Core::Result<Store::VersionInfo>> r;
            store().putObjectAsync(bucket, key, std::move(*w), {}, [&](auto v) {
                std::lock_guard lock(m);
                r = std::move(v);
            });
            for (int i = 0; i < 500; ++i) {
                {
                    std::lock_guard lock(m);
                    if (r)
                        return std::move(*r);
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            return Core::fail(ErrorCode::InternalError, u"no answer"_s);
        };
        makeBucket(u"cached"_s);
        QCOMPARE(put(u"cached"_s, "k", "1")->versionId, u"null"_s);
        QCOMPARE(asyncPut(u"cached"_s, "k")->versionId, u"null"_s);
        QVERIFY(store().setBucketVersioning(u"cached"_s, VS::Enabled));
        QCOMPARE(put(u"cached"_s, "k", "2")->versionId.size(), 32);
        QCOMPARE(asyncPut(u"cached"_s, "k")->versionId.size(), 32);
        QVERIFY(store().setBucketVersioning(u"cached"_s, VS::Suspended));
        QCOMPARE(asyncPut(u"cached"_s, "k")->versionId, u"null"_s);
        QCOMPARE(put(u"cached"_s, "k", "3")->versionId, u"null"_s);
        // Deleted, then made again under the same name (a new row): puts go to the new bucket.
        auto versions = store().listObjectVersions(u"cached"_s, {});
        for (const auto &v : versions->versions)
            QVERIFY(store().deleteObject(u"cached"_s, v.key, v.versionId));
        QVERIFY(store().deleteBucket(u"cached"_s));
        QCOMPARE(put(u"cached"_s, "k", "4").error().code, ErrorCode::NoSuchBucket);
        QCOMPARE(asyncPut(u"cached"_s, "k").error().code, ErrorCode::NoSuchBucket);
        makeBucket(u"cached"_s);
        QCOMPARE(asyncPut(u"cached"_s, "k")->versionId, u"null"_s);
        QCOMPARE(store().listObjectVersions(u"cached"_s, {})->versions.size(), 1);
        QCOMPARE(*get(u"cached"_s, "k"), QByteArray("a"));
    }

    void neverVersionedIsNull()
    {
        makeBucket(u"plain"_s);
        QVERIFY(put(u"plain"_s, "a", "1"));
        QVERIFY(put(u"plain"_s, "a", "2"));
        QVERIFY(put(u"plain"_s, "b", "3"));
        auto versions = store().listObjectVersions(u"plain"_s, {});
        QCOMPARE(versions->versions.size(), 2);
        for (const auto &v : versions->versions) {
            QCOMPARE(v.versionId, u"null"_s);
            QVERIFY(v.isLatest);
        }
    }

    void batchDelete()
    {
        makeBucket(u"batch"_s);
        for (const char *k : {"a", "b", "c"})
            QVERIFY(put(u"batch"_s, k, "x"));
        auto r = store().deleteObjects(u"batch"_s, {{"a", {}}, {"missing", {}}, {"c", u"bad id"_s}, {"b", {}}});
        QVERIFY(r);
        QCOMPARE(r->size(), 4);
        QVERIFY(r->at(0).status && r->at(1).status && r->at(3).status);
        QCOMPARE(r->at(2).status.error().code, ErrorCode::InvalidArgument);
        auto left = store().listObjects(u"batch"_s, {});
        QCOMPARE(left->entries.size(), 1);
        QCOMPARE(left->entries[0].key, QByteArray("c"));
    }

    void copy()
    {
        makeBucket(u"src"_s);
        makeBucket(u"dst"_s);
        Store::ObjectMeta meta;
        meta.contentType = u"text/plain"_s;
        meta.tags = {{u"a"_s, u"b"_s}};
        const QByteArray data = body(100000, 'c');
        QVERIFY(put(u"src"_s, "k", data, meta));

        // Onto itself, replacing metadata.
        Store::ObjectMeta replaced;
        replaced.contentType = u"application/json"_s;
        auto self = store().copyObject(u"src"_s, "k", {}, u"src"_s, "k", replaced, true);
        QVERIFY2(self, qPrintable(self ? QString() : self.error().message));
        QCOMPARE(self->etag, md5Etag(data));
        QCOMPARE(*get(u"src"_s, "k"), data);
        auto info = store().headObject(u"src"_s, "k");
        QCOMPARE(info->meta.contentType, u"application/json"_s);
        QVERIFY(info->meta.tags.isEmpty());
        QCOMPARE(filesUnder(m_path + u"/objects"_s).size(), 1);

        // To another bucket, keeping metadata; the copy outlives its source.
        QVERIFY(store().putObjectTags(u"src"_s, "k", {}, {{u"x"_s, u"y"_s}}));
        auto other = store().copyObject(u"src"_s, "k", {}, u"dst"_s, "copy", {}, false);
        QVERIFY(other);
        QVERIFY(store().deleteObject(u"src"_s, "k"));
        QCOMPARE(*get(u"dst"_s, "copy"), data);
        info = store().headObject(u"dst"_s, "copy");
        QCOMPARE(info->meta.contentType, u"application/json"_s);
        QCOMPARE(info->meta.tags, (QList<Store::Tag> {{u"x"_s, u"y"_s}}));
        QCOMPARE(store().copyObject(u"src"_s, "k", {}, u"dst"_s, "x", {}, false).error().code, ErrorCode::NoSuchKey);
        QCOMPARE(store().copyObject(u"dst"_s, "copy", {}, u"nope"_s, "x", {}, false).error().code,
                 ErrorCode::NoSuchBucket);
    }

    void tags()
    {
        makeBucket(u"tags"_s);
        QVERIFY(store().setBucketVersioning(u"tags"_s, Store::VersioningState::Enabled));
        auto v1 = put(u"tags"_s, "k", "1");
        auto v2 = put(u"tags"_s, "k", "2");
        const QList<Store::Tag> t = {{u"env"_s, u"prod"_s}, {u"owner"_s, u"me"_s}};
        auto applied = store().putObjectTags(u"tags"_s, "k", v1->versionId, t);
        QVERIFY(applied);
        QCOMPARE(*applied, v1->versionId);
        QCOMPARE(store().objectTags(u"tags"_s, "k", v1->versionId)->second, t);
        QVERIFY(store().objectTags(u"tags"_s, "k", {})->second.isEmpty());
        QCOMPARE(store().objectTags(u"tags"_s, "k", {})->first, v2->versionId);
        QList<Store::Tag> eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append({QString::number(i), {}});
        QCOMPARE(store().putObjectTags(u"tags"_s, "k", {}, eleven).error().code, ErrorCode::InvalidTag);
        QCOMPARE(store().putObjectTags(u"tags"_s, "k", {}, {{QString(129, u'k'), {}}}).error().code,
                 ErrorCode::InvalidTag);
        QVERIFY(store().deleteObjectTags(u"tags"_s, "k", v1->versionId));
        QVERIFY(store().objectTags(u"tags"_s, "k", v1->versionId)->second.isEmpty());
        QCOMPARE(store().putObjectTags(u"tags"_s, "nokey", {}, t).error().code, ErrorCode::NoSuchKey);

        // Storage class and restore columns.
        QVERIFY(store().setStorageClass(u"tags"_s, "k", {}, u"GLACIER"_s));
        QVERIFY(store().setRestoreState(u"tags"_s, "k", {}, Store::RestoreState::Done,
                                        QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC)));
        auto info = store().headObject(u"tags"_s, "k");
        QCOMPARE(info->meta.storageClass, u"GLACIER"_s);
        QCOMPARE(info->restoreState, Store::RestoreState::Done);
        QCOMPARE(info->restoreExpiry.toMSecsSinceEpoch(), 1700000000000);
        QCOMPARE(store().listObjects(u"tags"_s, {})->entries[0].storageClass, u"GLACIER"_s);

        auto stats = store().bucketStats(u"tags"_s);
        QCOMPARE(stats->objectCount, 1);
        QCOMPARE(stats->objectBytes, 1);
        QCOMPARE(stats->versionCount, 2);
        QCOMPARE(stats->totalBytes, 2);
    }

    void multipart()
    {
        makeBucket(u"mpu"_s);
        Store::ObjectMeta meta;
        meta.contentType = u"video/mp4"_s;
        meta.storageClass = u"STANDARD_IA"_s;
        meta.ownerId = kOwner;
        auto up = store().createUpload(u"mpu"_s, "big", meta);
        QVERIFY(up);
        const qsizetype five = Store::Store::kMinPartSize;
        const QList<QByteArray> parts = {body(five, 'a'), body(five, 'b'), body(1234, 'c')};
        auto putPart = [&](int n, const QByteArray &data) -> Core::Result<Store::PartInfo> {
            auto w = store().beginWrite();
            if (!w)
                return std::unexpected(w.error());
            (void)(*w)->write(data);
            return store().putPart(u"mpu"_s, up->key, up->uploadId, n, std::move(*w));
        };
        QVERIFY(putPart(1, body(100, 'z'))); // replaced below
        QList<Store::CompletedPart> done;
        for (int i = 0; i < parts.size(); ++i) {
            auto p = putPart(i + 1, parts[i]);
            QVERIFY(p);
            QCOMPARE(p->etag, md5Etag(parts[i]));
            done.append({i + 1, p->etag});
        }
        QCOMPARE(putPart(0, "x").error().code, ErrorCode::InvalidArgument);
        QCOMPARE(putPart(10001, "x").error().code, ErrorCode::InvalidArgument);
        QCOMPARE(store().putPart(u"mpu"_s, "other", up->uploadId, 1, std::move(*store().beginWrite())).error().code,
                 ErrorCode::NoSuchUpload);

        auto listed = store().listParts(u"mpu"_s, "big", up->uploadId, {0, 2});
        QVERIFY(listed);
        QCOMPARE(listed->parts.size(), 2);
        QVERIFY(listed->isTruncated);
        QCOMPARE(listed->nextPartNumberMarker, 2);
        QCOMPARE(listed->upload.meta.contentType, u"video/mp4"_s);
        auto rest = store().listParts(u"mpu"_s, "big", up->uploadId, {2, 2});
        QCOMPARE(rest->parts.size(), 1);
        QCOMPARE(rest->parts[0].size, 1234);
        QVERIFY(!rest->isTruncated);

        // Failures leave the upload intact.
        const QString p1 = done[0].etag;
        QCOMPARE(store().completeUpload(u"mpu"_s, "big", up->uploadId, {{1, p1}, {4, p1}}).error().code,
                 ErrorCode::InvalidPart);
        QCOMPARE(store().completeUpload(u"mpu"_s, "big", up->uploadId, {{1, done[1].etag}}).error().code,
                 ErrorCode::InvalidPart);
        QCOMPARE(store().completeUpload(u"mpu"_s, "big", up->uploadId, {done[1], done[0]}).error().code,
                 ErrorCode::InvalidPartOrder);
        QCOMPARE(store().completeUpload(u"mpu"_s, "big", up->uploadId, {}).error().code, ErrorCode::MalformedXML);
        QCOMPARE(store().completeUpload(u"mpu"_s, "big", u"nope"_s, done).error().code, ErrorCode::NoSuchUpload);
        QCOMPARE(store().listParts(u"mpu"_s, "big", up->uploadId, {})->parts.size(), 3);
        QCOMPARE(store().headObject(u"mpu"_s, "big").error().code, ErrorCode::NoSuchKey);
        QCOMPARE(filesUnder(m_path + u"/tmp"_s).size(), 0);

        auto uploads = store().listUploads(u"mpu"_s, {});
        QCOMPARE(uploads->uploads.size(), 1);
        QCOMPARE(uploads->uploads[0].uploadId, up->uploadId);

        // Happy path: without the unquoted etag, the part list may also name a subset.
        done[1].etag = normalizeQuotes(done[1].etag);
        auto v = store().completeUpload(u"mpu"_s, "big", up->uploadId, done);
        QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
        QByteArray md5s;
        QByteArray whole;
        for (const QByteArray &p : parts) {
            md5s += QCryptographicHash::hash(p, QCryptographicHash::Md5);
            whole += p;
        }
        QCOMPARE(v->etag, u"\""_s + QString::fromLatin1(QCryptographicHash::hash(md5s, QCryptographicHash::Md5).toHex())
                              + u"-3\""_s);
        QCOMPARE(v->size, whole.size());
        QCOMPARE(*get(u"mpu"_s, "big"), whole);
        auto info = store().headObject(u"mpu"_s, "big");
        QCOMPARE(info->partsCount, 3);
        QCOMPARE(info->partSizes, (QList<qint64> {five, five, 1234}));
        QCOMPARE(info->meta.contentType, u"video/mp4"_s);
        QCOMPARE(info->meta.storageClass, u"STANDARD_IA"_s);
        QCOMPARE(store().listUploads(u"mpu"_s, {})->uploads.size(), 0);
        QCOMPARE(store().listParts(u"mpu"_s, "big", up->uploadId, {}).error().code, ErrorCode::NoSuchUpload);
        QCOMPARE(filesUnder(m_path + u"/objects"_s).size(), 1); // parts are gone

        // EntityTooSmall, then abort.
        auto small = store().createUpload(u"mpu"_s, "small", {});
        QVERIFY(small);
        up = small;
        auto a = putPart(1, "tiny");
        auto b = putPart(2, "tiny2");
        QVERIFY(a && b);
        QCOMPARE(store().completeUpload(u"mpu"_s, "small", small->uploadId, {{1, a->etag}, {2, b->etag}}).error().code,
                 ErrorCode::EntityTooSmall);
        QCOMPARE(store().bucketStats(u"mpu"_s)->totalBytes, whole.size() + 9);
        QVERIFY(store().abortUpload(u"mpu"_s, "small", small->uploadId));
        QCOMPARE(store().abortUpload(u"mpu"_s, "small", small->uploadId).error().code, ErrorCode::NoSuchUpload);
        QCOMPARE(filesUnder(m_path + u"/objects"_s).size(), 1);
    }

    void listUploads()
    {
        makeBucket(u"ups"_s);
        QStringList ids;
        for (const char *k : {"a/1", "a/2", "b", "b", "c"})
            ids.append(store().createUpload(u"ups"_s, k, {})->uploadId);
        auto all = store().listUploads(u"ups"_s, {});
        QCOMPARE(all->uploads.size(), 5);
        QCOMPARE(all->uploads[2].key, QByteArray("b"));
        QCOMPARE(all->uploads[2].uploadId, ids[2]);
        QCOMPARE(all->uploads[3].uploadId, ids[3]);
        auto rolled = store().listUploads(u"ups"_s, {{}, "/", {}, {}, 1000});
        QCOMPARE(rolled->commonPrefixes, (QList<QByteArray> {"a/"}));
        QCOMPARE(rolled->uploads.size(), 3);
        QList<QString> walked;
        Store::ListUploadsRequest req {{}, {}, {}, {}, 2};
        for (int guard = 0; guard < 10; ++guard) {
            auto page = store().listUploads(u"ups"_s, req);
            for (const auto &u : page->uploads)
                walked.append(u.uploadId);
            if (!page->isTruncated)
                break;
            req.keyMarker = page->nextKeyMarker;
            req.uploadIdMarker = page->nextUploadIdMarker;
        }
        QCOMPARE(walked, ids);
    }

    void concurrentPuts_data()
    {
        QTest::addColumn<bool>("sync");
        QTest::addColumn<int>("perThread");
        QTest::addColumn<bool>("inlineBodies");
        QTest::newRow("no fsync, 8 x 200") << false << 200 << false;
        QTest::newRow("fsync, 8 x 10") << true << 10 << false;
        QTest::newRow("inline, no fsync, 8 x 200") << false << 200 << true;
        QTest::newRow("inline, fsync, 8 x 20") << true << 20 << true;
    }
    void concurrentPuts()
    {
        QFETCH(bool, sync);
        QFETCH(int, perThread);
        QFETCH(bool, inlineBodies);
        Store::Store::Options options = inlineBodies ? inlined(sync) : synced();
        options.sync = sync;
        reopen(options);
        makeBucket(u"conc"_s);
        constexpr int kThreads = 8;
        const int kPerThread = perThread;
        std::atomic<int> failures {0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < kPerThread; ++i) {
                    const QByteArray key = "t" + QByteArray::number(t) + "/" + QByteArray::number(i);
                    if (!put(u"conc"_s, key, key + ":" + body(i % 50, char('a' + t))))
                        ++failures;
                    // Readers run alongside the writers.
                    if (i % 20 == 0 && !store().listObjects(u"conc"_s, {"t", "/", {}, 100}))
                        ++failures;
                }
            });
        }
        for (auto &th : threads)
            th.join();
        QCOMPARE(failures.load(), 0);
        reopen(options);
        for (int t = 0; t < kThreads; ++t) {
            for (int i = 0; i < kPerThread; ++i) {
                const QByteArray key = "t" + QByteArray::number(t) + "/" + QByteArray::number(i);
                auto data = get(u"conc"_s, key);
                QVERIFY(data);
                QCOMPARE(*data, key + ":" + body(i % 50, char('a' + t)));
            }
        }
        QCOMPARE(store().bucketStats(u"conc"_s)->objectCount, kThreads * kPerThread);
        QCOMPARE(filesUnder(m_path + u"/objects"_s).size(), inlineBodies ? 0 : kThreads * kPerThread);
    }

    void abandonedWriter()
    {
        makeBucket(u"crash"_s);
        {
            auto w = store().beginWrite();
            QVERIFY(w);
            QVERIFY((*w)->write("half a body"));
            QCOMPARE(filesUnder(m_path + u"/tmp"_s).size(), 1);
        }
        QCOMPARE(filesUnder(m_path + u"/tmp"_s).size(), 0);
        // A crash mid-write leaves the temporary file behind: the next open sweeps it.
        auto w = store().beginWrite();
        QVERIFY((*w)->write("left behind"));
        QFile stray(m_path + u"/tmp/stray"_s);
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("crash leftovers");
        stray.close();
        m_store.reset(); // the writer outlives the store, like a crashed process's file would
        reopen();
        QCOMPARE(filesUnder(m_path + u"/tmp"_s).size(), 0);
        w->reset();
        QCOMPARE(store().listObjects(u"crash"_s, {})->entries.size(), 0);
    }

    void crashBetweenRenameAndCommit()
    {
        reopen(synced());
        makeBucket(u"crash"_s);
        QVERIFY(put(u"crash"_s, "k", "old"));
        auto up = store().createUpload(u"crash"_s, "mp", {});
        auto pw = store().beginWrite();
        QVERIFY((*pw)->write("p"));
        auto part = store().putPart(u"crash"_s, "mp", up->uploadId, 1, std::move(*pw));
        QVERIFY(part);
        QCOMPARE(filesUnder(m_path + u"/objects"_s).size(), 2);

        Store::Store::Options failing = synced();
        failing.failpoint = Store::Store::Failpoint::AfterDataRename;
        reopen(failing);
        QCOMPARE(put(u"crash"_s, "k", "new").error().code, ErrorCode::IoError);
        QCOMPARE(put(u"crash"_s, "other", "new").error().code, ErrorCode::IoError);
        QCOMPARE(store().copyObject(u"crash"_s, "k", {}, u"crash"_s, "copy", {}, false).error().code,
                 ErrorCode::IoError);
        QCOMPARE(store().completeUpload(u"crash"_s, "mp", up->uploadId, {{1, part->etag}}).error().code,
                 ErrorCode::IoError);
        QCOMPARE(filesUnder(m_path + u"/objects"_s).size(), 6); // four uncommitted files

        reopen(synced());
        QCOMPARE(filesUnder(m_path + u"/objects"_s).size(), 2);
        QCOMPARE(*get(u"crash"_s, "k"), QByteArray("old"));
        QCOMPARE(store().headObject(u"crash"_s, "other").error().code, ErrorCode::NoSuchKey);
        QCOMPARE(store().headObject(u"crash"_s, "mp").error().code, ErrorCode::NoSuchKey);
        QCOMPARE(store().listParts(u"crash"_s, "mp", up->uploadId, {})->parts.size(), 1);
        auto v = store().completeUpload(u"crash"_s, "mp", up->uploadId, {{1, part->etag}});
        QVERIFY(v);
        QCOMPARE(*get(u"crash"_s, "mp"), QByteArray("p"));

        // The database is sound after all that.
        m_store.reset();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2((m_path + u"/pail.db"_s).toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))), QByteArray("ok"));
        sqlite3_finalize(st);
        QCOMPARE(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(st, 0), Store::Store::kSchemaVersion);
        sqlite3_finalize(st);
        sqlite3_close(db);
        reopen();
    }

    // Bodies up to Options::inlineMax live in the version row: no data file, same answers.
    void inlineBodies_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<bool>("expectInline");
        QTest::newRow("empty") << qsizetype(0) << true;
        QTest::newRow("1 byte") << qsizetype(1) << true;
        QTest::newRow("4 KiB") << qsizetype(4096) << true;
        QTest::newRow("64 KiB - 1") << qsizetype(65535) << true;
        QTest::newRow("64 KiB (boundary)") << qsizetype(65536) << true;
        QTest::newRow("64 KiB + 1") << qsizetype(65537) << false;
        QTest::newRow("1 MiB") << qsizetype(1 << 20) << false;
    }
    void inlineBodies()
    {
        QFETCH(qsizetype, size);
        QFETCH(bool, expectInline);
        reopen(inlined());
        makeBucket(u"inl"_s);
        const QByteArray data = body(size, 'i');
        auto v = put(u"inl"_s, "k", data);
        QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
        QCOMPARE(v->etag, md5Etag(data));
        QCOMPARE(v->size, qint64(size));
        QCOMPARE(dataFiles().size(), expectInline ? 0 : 1);
        QCOMPARE(filesUnder(m_path + u"/tmp"_s).size(), 0);
        auto info = store().headObject(u"inl"_s, "k");
        QVERIFY(info);
        QCOMPARE(info->size, qint64(size));
        QCOMPARE(info->etag, md5Etag(data));
        QCOMPARE(info->dataPath.isEmpty(), expectInline);
        QCOMPARE(*get(u"inl"_s, "k"), data);

        // Ranges, through read() and through the descriptor (what copies and decryption use).
        auto r = store().openObject(u"inl"_s, "k", {});
        QVERIFY(r);
        QCOMPARE((*r)->inlineData() != nullptr, expectInline);
        if (size > 10) {
            QCOMPARE(*(*r)->readAll(3, 7), data.mid(3, 7));
            QCOMPARE(*(*r)->readAll(size - 5, 100), data.right(5));
        }
        QCOMPARE((*r)->readAll(size, 10)->size(), 0);
        QVERIFY((*r)->fd() >= 0);
        QByteArray viaFd(size, Qt::Uninitialized);
        QCOMPARE(::pread((*r)->fd(), viaFd.data(), size_t(size), 0), ssize_t(size));
        QCOMPARE(viaFd, data);
        r->reset();

        // Survives a reopen (committed in the database), replaces and deletes leave no files.
        reopen(inlined());
        QCOMPARE(*get(u"inl"_s, "k"), data);
        QVERIFY(put(u"inl"_s, "k", body(2 * 65536, 'x')));
        QCOMPARE(dataFiles().size(), 1);
        QVERIFY(put(u"inl"_s, "k", data));
        QCOMPARE(dataFiles().size(), expectInline ? 0 : 1);
        QCOMPARE(*get(u"inl"_s, "k"), data);
        QVERIFY(store().deleteObject(u"inl"_s, "k"));
        QCOMPARE(store().headObject(u"inl"_s, "k").error().code, ErrorCode::NoSuchKey);
        QCOMPARE(dataFiles().size(), 0);
    }

    // putObjectAsync: queued commits answered on the committing thread, mixed with blocking
    // writers (both lead rounds), in order per key, replacing a data file, and drained by the
    // store's destructor.
    void asyncPuts_data()
    {
        QTest::addColumn<bool>("sync");
        QTest::newRow("no fsync") << false;
        QTest::newRow("fsync") << true;
    }
    void asyncPuts()
    {
        QFETCH(bool, sync);
        reopen(inlined(sync));
        makeBucket(u"async"_s);
        auto asyncBody = [&](const QByteArray &data) {
            auto w = store().beginWrite();
            [&] { QVERIFY(w); QVERIFY((*w)->write(data.constData(), data.size())); }();
            return std::move(*w);
        };

        // Checks answer at once, through the callback, on the calling thread.
        std::optional<Core::Result<Store::VersionInfo>> early;
        const auto caller = std::this_thread::get_id();
        std::thread::id answeredOn;
        {
            // Another body on its way in: the commit (which checks the bucket) runs on the
            // committer's thread, so wait for it.
            auto other = store().beginWrite();
            QVERIFY(other);
            store().putObjectAsync(u"nosuchbucket"_s, "k", asyncBody("x"), {}, [&](Core::Result<Store::VersionInfo> v) {
                answeredOn = std::this_thread::get_id();
                early = std::move(v);
            });
            QTRY_VERIFY(early.has_value());
            QCOMPARE(early->error().code, ErrorCode::NoSuchBucket);
            QVERIFY(answeredOn != caller);
            early.reset();
        }
        // A lone writer (no other writer alive, no round running) commits in its own thread,
        // before putObjectAsync returns.
        store().putObjectAsync(u"nosuchbucket"_s, "k", asyncBody("x"), {}, [&](Core::Result<Store::VersionInfo> v) {
            answeredOn = std::this_thread::get_id();
            early = std::move(v);
        });
        QVERIFY(early.has_value());
        QCOMPARE(early->error().code, ErrorCode::NoSuchBucket);
        QVERIFY(answeredOn == caller);
        early.reset();
        store().putObjectAsync(u"async"_s, "lone", asyncBody("lone"), {}, [&](auto v) { early = std::move(v); });
        QVERIFY(early.has_value());
        QVERIFY(early->has_value());
        QCOMPARE(*get(u"async"_s, "lone"), QByteArray("lone"));
        early.reset();
        store().putObjectAsync(u"async"_s, QByteArray(1025, 'k'), asyncBody("x"), {}, [&](auto v) { early = std::move(v); });
        QVERIFY(early.has_value()); // answered before putObjectAsync returned
        QCOMPARE(early->error().code, ErrorCode::KeyTooLongError);
        early.reset();
        {
            auto big = store().beginWrite();
            QVERIFY(big);
            const QByteArray data = body(2 * 65536, 'b');
            QVERIFY((*big)->write(data.constData(), data.size()));
            QVERIFY(!(*big)->isInline());
            store().putObjectAsync(u"async"_s, "big", std::move(*big), {}, [&](auto v) { early = std::move(v); });
            QVERIFY(early.has_value());
            QCOMPARE(early->error().code, ErrorCode::InvalidArgument);
        }

        // A data-file version replaced by an async put: its file goes once committed.
        QVERIFY(put(u"async"_s, "shared", body(2 * 65536, 'f')));
        QCOMPARE(dataFiles().size(), 1);

        // 4 threads of blocking writers and 600 async puts at once; the async ones overwrite
        // "shared" in order, so the last one queued wins.
        constexpr int kAsync = 600;
        std::atomic<int> answered {0};
        std::atomic<int> failures {0};
        std::mutex etagsMutex;
        std::vector<QString> etags(kAsync);
        std::vector<std::thread> threads;
        std::atomic<bool> go {false};
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                while (!go)
                    std::this_thread::yield();
                for (int i = 0; i < 25; ++i) {
                    if (!put(u"async"_s, "sync/" + QByteArray::number(t) + "/" + QByteArray::number(i), body(100 + i, 's')))
                        ++failures;
                }
            });
        }
        go = true;
        for (int i = 0; i < kAsync; ++i) {
            const QByteArray data = "async " + QByteArray::number(i);
            const QByteArray key = i % 2 ? QByteArray("shared") : "async/" + QByteArray::number(i);
            store().putObjectAsync(u"async"_s, key, asyncBody(data), {}, [&, i](Core::Result<Store::VersionInfo> v) {
                if (!v) {
                    ++failures;
                } else {
                    std::lock_guard lock(etagsMutex);
                    etags[std::size_t(i)] = v->etag;
                }
                ++answered;
            });
        }
        for (auto &th : threads)
            th.join();
        QTRY_COMPARE(answered.load(), kAsync);
        QCOMPARE(failures.load(), 0);
        for (int i = 0; i < kAsync; ++i)
            QCOMPARE(etags[std::size_t(i)], md5Etag("async " + QByteArray::number(i)));
        QCOMPARE(*get(u"async"_s, "shared"), QByteArray("async " + QByteArray::number(kAsync - 1)));
        QCOMPARE(dataFiles().size(), 0);

        // The destructor commits what is still queued; everything answered was committed.
        // (Another writer alive, so that they queue for the committer's thread.)
        auto holder = store().beginWrite();
        QVERIFY(holder);
        std::atomic<int> late {0};
        for (int i = 0; i < 200; ++i) {
            store().putObjectAsync(u"async"_s, "late/" + QByteArray::number(i), asyncBody("late"), {},
                                   [&](Core::Result<Store::VersionInfo> v) {
                                       if (v)
                                           ++late;
                                   });
        }
        holder->reset();
        m_store.reset();
        QCOMPARE(late.load(), 200);
        reopen(inlined(sync));
        auto list = store().listObjects(u"async"_s, {"late/", {}, {}, 1000});
        QVERIFY(list);
        QCOMPARE(list->entries.size(), 200);
        QCOMPARE(store().bucketStats(u"async"_s)->objectCount, 4 * 25 + kAsync / 2 + 1 + 1 + 200); // + "lone"
    }

    void inlineVersionsAndCopies()
    {
        reopen(inlined(true));
        makeBucket(u"src"_s);
        makeBucket(u"dst"_s);
        QVERIFY(store().setBucketVersioning(u"src"_s, Store::VersioningState::Enabled));
        auto v1 = put(u"src"_s, "k", "one");
        auto v2 = put(u"src"_s, "k", body(100000, 'b')); // a file
        auto v3 = put(u"src"_s, "k", "three");
        QVERIFY(v1 && v2 && v3);
        QCOMPARE(dataFiles().size(), 1);
        QCOMPARE(*get(u"src"_s, "k", v1->versionId), QByteArray("one"));
        QCOMPARE(*get(u"src"_s, "k", v2->versionId), body(100000, 'b'));
        QCOMPARE(*get(u"src"_s, "k"), QByteArray("three"));

        // Copies of an inline body are inline; they outlive their source.
        Store::ObjectMeta meta;
        meta.contentType = u"text/plain"_s;
        auto c1 = store().copyObject(u"src"_s, "k", v1->versionId, u"dst"_s, "c1", meta, true);
        QVERIFY2(c1, qPrintable(c1 ? QString() : c1.error().message));
        QCOMPARE(c1->etag, md5Etag("one"));
        auto c2 = store().copyObject(u"src"_s, "k", v2->versionId, u"dst"_s, "c2", {}, false);
        QVERIFY(c2);
        QCOMPARE(dataFiles().size(), 2);
        auto self = store().copyObject(u"dst"_s, "c1", {}, u"dst"_s, "c1", {}, false);
        QVERIFY(self);
        QCOMPARE(store().headObject(u"dst"_s, "c1")->meta.contentType, u"text/plain"_s);
        for (const auto &v : {*v1, *v2, *v3})
            QVERIFY(store().deleteObject(u"src"_s, "k", v.versionId));
        QCOMPARE(*get(u"dst"_s, "c1"), QByteArray("one"));
        QCOMPARE(*get(u"dst"_s, "c2"), body(100000, 'b'));
        QCOMPARE(dataFiles().size(), 1);

        // Multipart: parts are data files even when small; the assembled object too.
        auto up = store().createUpload(u"dst"_s, "mp", {});
        QVERIFY(up);
        const QByteArray p1 = body(Store::Store::kMinPartSize, 'p');
        const QByteArray p2 = body(1000, 'q');
        QList<Store::CompletedPart> done;
        int n = 0;
        for (const QByteArray &part : {p1, p2}) {
            auto w = store().beginWrite();
            QVERIFY((*w)->write(part));
            auto p = store().putPart(u"dst"_s, "mp", up->uploadId, ++n, std::move(*w));
            QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
            QCOMPARE(p->etag, md5Etag(part));
            done.append({n, p->etag});
        }
        QCOMPARE(dataFiles().size(), 3);
        QVERIFY(store().completeUpload(u"dst"_s, "mp", up->uploadId, done));
        QCOMPARE(*get(u"dst"_s, "mp"), p1 + p2);
        QCOMPARE(dataFiles().size(), 2);

        // A failed commit leaves nothing behind (the row, and so the body, never appear).
        Store::Store::Options failing = inlined(true);
        failing.failpoint = Store::Store::Failpoint::AfterDataRename;
        reopen(failing);
        QCOMPARE(put(u"dst"_s, "new", "x").error().code, ErrorCode::IoError);
        reopen(inlined(true));
        QCOMPARE(store().headObject(u"dst"_s, "new").error().code, ErrorCode::NoSuchKey);
        QCOMPARE(filesUnder(m_path + u"/tmp"_s).size(), 0);
        QCOMPARE(*get(u"dst"_s, "c1"), QByteArray("one"));
    }

    void inlineEncrypted()
    {
        namespace Sse = Store::Sse;
        reopen(inlined());
        makeBucket(u"enc"_s);
        for (const qsizetype size : {qsizetype(0), qsizetype(5000), qsizetype(65536), qsizetype(70000)}) {
            const QByteArray key = "e" + QByteArray::number(size);
            const QByteArray data = body(size, 'e');
            auto nk = store().keyRing().newDataKey(Sse::Envelope::Scheme::Master);
            QVERIFY(nk);
            auto w = store().beginWrite();
            QVERIFY(w);
            QVERIFY((*w)->encryptWith(nk->dataKey));
            QVERIFY((*w)->write(data));
            Store::ObjectMeta meta;
            meta.encryption.algorithm = u"AES256"_s;
            meta.encryption.encrypted = true;
            meta.encryption.nonce = nk->envelope.serialize();
            auto v = store().putObject(u"enc"_s, key, std::move(*w), meta);
            QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
            QCOMPARE(v->etag, md5Etag(data));
            auto r = store().openObject(u"enc"_s, key, {});
            QVERIFY(r);
            QCOMPARE((*r)->inlineData() != nullptr, size <= 65536);
            if (const QByteArray *stored = (*r)->inlineData()) {
                QVERIFY(stored->size() > size); // header and tags: ciphertext, not the plaintext
                if (size > 0)
                    QVERIFY(!stored->contains(data.left(64)));
            }
            QVERIFY((*r)->isEncrypted());
            if (size > 0)
                QVERIFY(!(*r)->readAll()); // no key, no plaintext
            (*r)->decryptWith(nk->dataKey);
            QCOMPARE(*(*r)->readAll(), data);
            if (size > 100)
                QCOMPARE(*(*r)->readAll(size - 100, 50), data.mid(size - 100, 50));
            // A copy keeps the stored bytes and the envelope: it decrypts with the same key.
            QVERIFY(store().copyObject(u"enc"_s, key, {}, u"enc"_s, key + "-copy", {}, false));
            auto c = store().openObject(u"enc"_s, key + "-copy", {});
            QVERIFY(c);
            (*c)->decryptWith(nk->dataKey);
            QCOMPARE(*(*c)->readAll(), data);
        }
        QCOMPARE(dataFiles().size(), 2); // the 70000-byte object and its copy
    }

    // A data directory from before versions.data: opened, migrated in place, old objects read
    // from their files, new small ones stored inline.
    void inlineMigration()
    {
        reopen(fast());
        makeBucket(u"old"_s);
        QVERIFY(put(u"old"_s, "a", "from a file"));
        QVERIFY(put(u"old"_s, "b", body(100000, 'o')));
        m_store.reset();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2((m_path + u"/pail.db"_s).toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr),
                 SQLITE_OK);
        char *err = nullptr;
        QCOMPARE(sqlite3_exec(db, "ALTER TABLE versions DROP COLUMN data", nullptr, nullptr, &err), SQLITE_OK);
        auto hasDataColumn = [&] {
            sqlite3_stmt *st = nullptr;
            bool found = false;
            sqlite3_prepare_v2(db, "PRAGMA table_info(versions)", -1, &st, nullptr);
            while (sqlite3_step(st) == SQLITE_ROW)
                found = found || QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 1))) == "data";
            sqlite3_finalize(st);
            return found;
        };
        QVERIFY(!hasDataColumn());
        sqlite3_close(db);

        reopen(inlined());
        QCOMPARE(*get(u"old"_s, "a"), QByteArray("from a file"));
        QCOMPARE(*get(u"old"_s, "b"), body(100000, 'o'));
        QCOMPARE(dataFiles().size(), 2);
        QVERIFY(put(u"old"_s, "a", "now inline"));
        QCOMPARE(dataFiles().size(), 1);
        reopen(inlined());
        QCOMPARE(*get(u"old"_s, "a"), QByteArray("now inline"));
        m_store.reset();
        QCOMPARE(sqlite3_open_v2((m_path + u"/pail.db"_s).toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        QVERIFY(hasDataColumn());
        sqlite3_close(db);
        reopen(inlined());
    }

private:
    static QString normalizeQuotes(QString etag) { return etag.remove(u'"'); }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
