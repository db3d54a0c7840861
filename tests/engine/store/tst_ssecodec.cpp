#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "engine/store/encryption.h"
#include "engine/store/store.h"

using Core::ErrorCode;
using namespace Qt::StringLiterals;
namespace Sse = Store::Sse;

namespace {

QByteArray pattern(qsizetype size, quint32 seed)
{
    QByteArray b(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 1;
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1103515245u + 12345u;
        b[i] = char(x >> 16);
    }
    return b;
}

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(path.toLocal8Bit().constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    return out;
}

} // namespace

// The chunked AES-256-GCM codec, key envelopes and the key ring of engine/store/encryption.h,
// and encrypted objects through the Store (writer, reader, multipart assembly).
class TestEncryption : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Store> m_store;

    // Puts data encrypted with a fresh master-wrapped key; returns the data key.
    QByteArray putEncrypted(const QByteArray &key, const QByteArray &data)
    {
        auto nk = m_store->keyRing().newDataKey(Sse::Envelope::Scheme::Master);
        if (!nk)
            return {};
        auto w = m_store->beginWrite();
        if (!w || !(*w)->encryptWith(nk->dataKey) || !(*w)->write(data))
            return {};
        Store::ObjectMeta meta;
        meta.encryption.algorithm = u"AES256"_s;
        meta.encryption.encrypted = true;
        meta.encryption.nonce = nk->envelope.serialize();
        auto v = m_store->putObject(u"bkt"_s, key, std::move(*w), meta);
        if (!v)
            return {};
        return nk->dataKey;
    }

    std::unique_ptr<Store::ObjectReader> openDecrypted(const QByteArray &key)
    {
        auto r = m_store->openObject(u"bkt"_s, key);
        if (!r)
            return nullptr;
        auto env = Sse::Envelope::parse((*r)->info().meta.encryption.nonce);
        if (!env)
            return nullptr;
        auto dk = m_store->keyRing().unwrap(*env);
        if (!dk)
            return nullptr;
        (*r)->decryptWith(*dk);
        return std::move(*r);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Store::Store::Options o;
        o.sync = false;
        auto s = Store::Store::open(m_dir.path() + u"/data"_s, o);
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message));
        m_store = std::move(*s);
        Store::CreateBucketRequest req;
        req.name = u"bkt"_s;
        req.ownerId = u"o"_s;
        QVERIFY(m_store->createBucket(req).has_value());
    }

    void segmentGeometry()
    {
        QCOMPARE(Sse::chunkCount(0), qint64(1));
        QCOMPARE(Sse::chunkCount(1), qint64(1));
        QCOMPARE(Sse::chunkCount(Sse::kChunkSize), qint64(1));
        QCOMPARE(Sse::chunkCount(Sse::kChunkSize + 1), qint64(2));
        QCOMPARE(Sse::segmentSize(0), Sse::kHeaderSize + Sse::kTagSize);
        QCOMPARE(Sse::segmentSize(Sse::kChunkSize + 1), Sse::kHeaderSize + Sse::kChunkSize + 1 + 2 * Sse::kTagSize);
    }

    void masterKeyFile()
    {
        const QString path = m_dir.path() + u"/data/master.key"_s;
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFileInfo(path).size(), qint64(32));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(m_dir.path() + u"/data"_s), 0700);
    }

    void roundTrip_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("one byte") << qint64(1);
        QTest::newRow("chunk - 1") << Sse::kChunkSize - 1;
        QTest::newRow("one chunk") << Sse::kChunkSize;
        QTest::newRow("chunk + 1") << Sse::kChunkSize + 1;
        QTest::newRow("1 MiB + 5") << qint64(1024 * 1024 + 5);
    }
    void roundTrip()
    {
        QFETCH(qint64, size);
        const QByteArray key = "rt-" + QByteArray::number(size);
        const QByteArray data = pattern(size, quint32(size));
        QVERIFY(!putEncrypted(key, data).isEmpty());
        auto info = m_store->headObject(u"bkt"_s, key);
        QVERIFY(info.has_value());
        QCOMPARE(info->size, size);
        // ETag stays the MD5 of the plaintext.
        QCOMPARE(info->etag, u"\""_s + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex())
                                 + u"\""_s);
        QVERIFY(info->meta.encryption.encrypted);
        {
            // Small bodies are stored in their database row (the same ciphertext), others in a file.
            auto stored = m_store->openObject(u"bkt"_s, key);
            QVERIFY(stored.has_value());
            const QByteArray *inlined = (*stored)->inlineData();
            QCOMPARE(inlined != nullptr, size <= 64 * 1024);
            QCOMPARE(inlined ? qint64(inlined->size()) : QFileInfo(info->dataPath).size(), Sse::segmentSize(size));
        }
        auto r = openDecrypted(key);
        QVERIFY(r);
        auto all = r->readAll();
        QVERIFY(all.has_value());
        QCOMPARE(*all, data);
        // Without the key, reads fail instead of returning ciphertext.
        auto raw = m_store->openObject(u"bkt"_s, key);
        QVERIFY(raw.has_value());
        if (size > 0)
            QVERIFY(!(*raw)->readAll().has_value());
    }

    void ranges_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("length");
        const qint64 c = Sse::kChunkSize;
        QTest::newRow("first byte") << qint64(0) << qint64(1);
        QTest::newRow("last byte of chunk 0") << c - 1 << qint64(1);
        QTest::newRow("across 0|1") << c - 10 << qint64(20);
        QTest::newRow("exactly chunk 1") << c << c;
        QTest::newRow("across three chunks") << c - 1 << c + 2;
        QTest::newRow("tail") << 5 * c << qint64(100);
        QTest::newRow("middle of chunk 3") << 3 * c + 777 << qint64(1000);
    }
    void ranges()
    {
        QFETCH(qint64, offset);
        QFETCH(qint64, length);
        static const QByteArray data = pattern(5 * Sse::kChunkSize + 100, 42);
        const QByteArray key = "ranges";
        if (!m_store->headObject(u"bkt"_s, key))
            QVERIFY(!putEncrypted(key, data).isEmpty());
        auto r = openDecrypted(key);
        QVERIFY(r);
        auto got = r->readAll(offset, length);
        QVERIFY(got.has_value());
        QCOMPARE(*got, data.mid(offset, length));
    }

    void tamperedChunkFails()
    {
        const QByteArray data = pattern(3 * Sse::kChunkSize, 7);
        QVERIFY(!putEncrypted("tamper", data).isEmpty());
        auto info = m_store->headObject(u"bkt"_s, "tamper");
        QVERIFY(info.has_value());
        // Flip one byte in chunk 1.
        const qint64 at = Sse::kHeaderSize + (Sse::kChunkSize + Sse::kTagSize) + 100;
        {
            const int fd = ::open(info->dataPath.toLocal8Bit().constData(), O_RDWR);
            QVERIFY(fd >= 0);
            char b = 0;
            QCOMPARE(::pread(fd, &b, 1, at), 1);
            b = char(b ^ 0x40);
            QCOMPARE(::pwrite(fd, &b, 1, at), 1);
            ::close(fd);
        }
        auto r = openDecrypted("tamper");
        QVERIFY(r);
        // Chunk 0 and 2 still read; anything touching chunk 1 fails.
        QCOMPARE(*r->readAll(0, 100), data.left(100));
        QCOMPARE(*r->readAll(2 * Sse::kChunkSize, 50), data.mid(2 * Sse::kChunkSize, 50));
        auto bad = r->readAll(Sse::kChunkSize + 5, 10);
        QVERIFY(!bad.has_value());
        QCOMPARE(bad.error().code, ErrorCode::InternalError);
    }

    void truncatedFileFails()
    {
        const QByteArray data = pattern(2 * Sse::kChunkSize + 3, 9);
        QVERIFY(!putEncrypted("trunc", data).isEmpty());
        auto info = m_store->headObject(u"bkt"_s, "trunc");
        QVERIFY(info.has_value());
        QVERIFY(::truncate(info->dataPath.toLocal8Bit().constData(), Sse::segmentSize(2 * Sse::kChunkSize)) == 0);
        auto r = openDecrypted("trunc");
        QVERIFY(r);
        QVERIFY(!r->readAll().has_value());
    }

    void wrongDataKeyFails()
    {
        const QByteArray data = pattern(1000, 3);
        QVERIFY(!putEncrypted("wrongkey", data).isEmpty());
        auto r = m_store->openObject(u"bkt"_s, "wrongkey");
        QVERIFY(r.has_value());
        (*r)->decryptWith(Sse::randomBytes(32));
        QVERIFY(!(*r)->readAll().has_value());
    }

    void envelopeRoundTrip()
    {
        Sse::Envelope e;
        e.scheme = Sse::Envelope::Scheme::Kms;
        e.wrappedKey = Sse::randomBytes(60);
        e.kmsKeyId = u"alias/x"_s;
        auto p = Sse::Envelope::parse(e.serialize());
        QVERIFY(p.has_value());
        QCOMPARE(p->scheme, e.scheme);
        QCOMPARE(p->wrappedKey, e.wrappedKey);
        QCOMPARE(p->kmsKeyId, e.kmsKeyId);
        QVERIFY(!Sse::Envelope::parse("garbage").has_value());
        QByteArray cut = e.serialize();
        cut.chop(3);
        QVERIFY(!Sse::Envelope::parse(cut).has_value());
    }

    void customerKeys()
    {
        const QByteArray ck = Sse::randomBytes(32);
        auto nk = m_store->keyRing().newDataKey(Sse::Envelope::Scheme::Customer, ck);
        QVERIFY(nk.has_value());
        // Only a salted HMAC of the customer key is kept, never the key.
        QVERIFY(!nk->envelope.serialize().contains(ck));
        auto ok = m_store->keyRing().unwrap(nk->envelope, ck);
        QVERIFY(ok.has_value());
        QCOMPARE(*ok, nk->dataKey);
        auto wrong = m_store->keyRing().unwrap(nk->envelope, Sse::randomBytes(32));
        QVERIFY(!wrong.has_value());
        QCOMPARE(wrong.error().code, ErrorCode::AccessDenied);
        QVERIFY(!m_store->keyRing().newDataKey(Sse::Envelope::Scheme::Customer, "short").has_value());
    }

    void kmsKeys()
    {
        Sse::KeyRing &ring = m_store->keyRing();
        QVERIFY(!ring.hasKmsKey(u"k1"_s));
        QVERIFY(!ring.newDataKey(Sse::Envelope::Scheme::Kms, {}, u"k1"_s).has_value());
        QVERIFY(ring.createKmsKey(u"k1"_s).has_value());
        QVERIFY(!ring.createKmsKey(u"k1"_s).has_value()); // exists
        QVERIFY(!ring.createKmsKey(u"bad id"_s).has_value());
        QVERIFY(ring.createKmsKey(u"alias/two"_s).has_value());
        QCOMPARE(ring.kmsKeys(), (QStringList {u"alias/two"_s, u"k1"_s}));
        auto nk = ring.newDataKey(Sse::Envelope::Scheme::Kms, {}, u"k1"_s);
        QVERIFY(nk.has_value());
        auto back = ring.unwrap(nk->envelope);
        QVERIFY(back.has_value());
        QCOMPARE(*back, nk->dataKey);
    }

    void multipartSegments()
    {
        auto nk = m_store->keyRing().newDataKey(Sse::Envelope::Scheme::Master);
        QVERIFY(nk.has_value());
        Store::ObjectMeta meta;
        meta.encryption.algorithm = u"AES256"_s;
        meta.encryption.encrypted = true;
        meta.encryption.nonce = nk->envelope.serialize();
        auto up = m_store->createUpload(u"bkt"_s, "mp", meta);
        QVERIFY(up.has_value());
        const QByteArray p1 = pattern(Store::Store::kMinPartSize + 13, 1);
        const QByteArray p2 = pattern(Sse::kChunkSize + 7, 2);
        QList<Store::CompletedPart> parts;
        int n = 1;
        for (const QByteArray *p : {&p1, &p2}) {
            auto w = m_store->beginWrite();
            QVERIFY(w.has_value());
            QVERIFY((*w)->encryptWith(nk->dataKey).has_value());
            QVERIFY((*w)->write(*p).has_value());
            auto part = m_store->putPart(u"bkt"_s, "mp", up->uploadId, n, std::move(*w));
            QVERIFY(part.has_value());
            parts.append({n, part->etag});
            ++n;
        }
        auto v = m_store->completeUpload(u"bkt"_s, "mp", up->uploadId, parts);
        QVERIFY2(v.has_value(), v ? "" : qPrintable(v.error().message));
        auto r = openDecrypted("mp");
        QVERIFY(r);
        const QByteArray all = p1 + p2;
        QCOMPARE(r->size(), qint64(all.size()));
        QCOMPARE(*r->readAll(), all);
        // Across the part boundary.
        QCOMPARE(*r->readAll(p1.size() - 5, 20), all.mid(p1.size() - 5, 20));
    }

    void noPlaintextOnDisk()
    {
        const QByteArray data = pattern(1024 * 1024, 99);
        QVERIFY(!putEncrypted("secret", data).isEmpty());
        m_store.reset(); // flush the database too
        for (const QString &f : filesUnder(m_dir.path() + u"/data"_s)) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (qsizetype at = 0; at + 32 <= data.size(); at += 4096)
                QVERIFY2(!bytes.contains(data.mid(at, 32)), qPrintable(f));
        }
        // Reopening keeps the master key: objects still decrypt.
        Store::Store::Options o;
        o.sync = false;
        auto s = Store::Store::open(m_dir.path() + u"/data"_s, o);
        QVERIFY(s.has_value());
        m_store = std::move(*s);
        auto r = openDecrypted("secret");
        QVERIFY(r);
        QCOMPARE(*r->readAll(), data);
    }
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_ssecodec.moc"
