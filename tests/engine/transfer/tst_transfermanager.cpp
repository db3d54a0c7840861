#include <memory>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "engine/client/credentials.h"
#include "engine/client/s3client.h"
#include "engine/s3/checksum.h"
#include "engine/sandbox/localserver.h"
#include "engine/transfer/listing.h"
#include "engine/transfer/syncplanner.h"
#include "engine/transfer/transfermanager.h"

using namespace Transfer;

namespace {

QByteArray makeData(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    auto *words = reinterpret_cast<quint32 *>(data.data());
    gen.fillRange(words, size_t(size / 4));
    for (qint64 i = size / 4 * 4; i < size; ++i)
        data[i] = char(i);
    return data;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// The transfer engine against the in-process S3 server (Sandbox::LocalServer on 127.0.0.1,
// port 0): multipart upload, ranged download, pause/resume, cancel, resume after a restart,
// copy, folder download, sync.
class TestTransferManager : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Sandbox::LocalServer m_server;
    std::unique_ptr<Client::StaticCredentialsProvider> m_credentials;
    std::unique_ptr<Client::Transport> m_transport;
    std::unique_ptr<Client::S3Client> m_client;
    const QString m_bucket = u"transfers"_qs;

    template <typename J>
    std::unique_ptr<J> run(J *job)
    {
        std::unique_ptr<J> owned(job);
        QSignalSpy spy(job, &Client::Job::finished);
        job->start();
        [&] { QVERIFY(spy.wait(30000)); }();
        return owned;
    }

    QByteArray objectBytes(const QString &key)
    {
        Client::GetObjectRequest get;
        get.bucket = m_bucket;
        get.key = key;
        auto job = run(m_client->getObject(get));
        return job->result() ? job->result()->data : QByteArray("<missing>");
    }

    int openUploads(const QString &key)
    {
        auto job = run(m_client->listMultipartUploads(m_bucket, key));
        return job->result() ? int(job->result()->uploads.size()) : -1;
    }

    static TransferSettings smallParts()
    {
        TransferSettings s;
        s.multipartThreshold = 5 * kMiB;
        s.partSize = 5 * kMiB;
        s.maxConcurrentRequests = 4;
        return s;
    }

    static QString describe(const std::optional<TransferInfo> &info)
    {
        if (!info)
            return u"<no transfer>"_qs;
        return transferStateName(info->state) + u' ' + info->error.s3Code + u' ' + info->error.message;
    }

#define WAIT_STATE(manager, id, expected)                                                                               \
    QTRY_VERIFY2_WITH_TIMEOUT((manager).transfer(id) && (manager).transfer(id)->state == (expected),                   \
                              qPrintable(describe((manager).transfer(id))), 60000)

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Sandbox::LocalServer::Options options;
        options.dataDir = m_dir.filePath(u"server"_qs);
        options.users = {Server::User::make(u"root"_qs, u"PAILSANDBOX"_qs, u"pail-sandbox-secret-key"_qs)};
        options.accessLog = u"off"_qs;
        options.syncWrites = false;
        const auto endpoint = m_server.start(options);
        QVERIFY2(endpoint.has_value(), qPrintable(endpoint ? QString() : endpoint.error().message));
        Client::Profile p;
        p.name = u"transfer-test"_qs;
        p.endpoint = QUrl(*endpoint);
        p.addressingStyle = Client::AddressingStyle::Path;
        p.accessKeyId = u"PAILSANDBOX"_qs;
        m_credentials = std::make_unique<Client::StaticCredentialsProvider>(
            Client::Credentials{u"PAILSANDBOX"_qs, u"pail-sandbox-secret-key"_qs, {}, {}});
        m_transport = std::make_unique<Client::Transport>(p, m_credentials.get());
        m_client = std::make_unique<Client::S3Client>(*m_transport);
        auto job = run(m_client->createBucket(m_bucket));
        QCOMPARE(job->error().code, Core::ErrorCode::None);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_transport.reset();
        m_server.stop();
    }

    void multipartUpload()
    {
        const QByteArray data = makeData(20 * kMiB + 12345, 1);
        const QString path = m_dir.filePath(u"mp/upload.bin"_qs);
        QVERIFY(writeFile(path, data));
        TransferManager manager(*m_client, smallParts());
        QSignalSpy progress(&manager, &TransferManager::progressChanged);
        QSignalSpy idle(&manager, &TransferManager::idle);
        const qint64 id = manager.enqueueUpload(path, m_bucket, u"big/upload.bin"_qs);
        WAIT_STATE(manager, id, TransferState::Completed);
        const TransferInfo info = *manager.transfer(id);
        QCOMPARE(info.totalBytes, data.size());
        QCOMPARE(info.doneBytes, data.size());
        QVERIFY(info.verified);
        QVERIFY2(info.etag.endsWith(u"-5\""_qs) || info.etag.endsWith(u"-5"_qs), qPrintable(info.etag));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toLongLong(), data.size());
        QTRY_VERIFY(!idle.isEmpty());
        QVERIFY(manager.isIdle());
        QVERIFY(objectBytes(u"big/upload.bin"_qs) == data);
        QCOMPARE(openUploads(u"big/upload.bin"_qs), 0);
    }

    // Parts are streamed from the file over the transport's own sockets (with direct HTTP off,
    // through QNAM), UNSIGNED-PAYLOAD with a Content-MD5 the server checks: the object is
    // byte-exact and its ETag verified either way.
    void multipartUploadDirectAndQnam()
    {
        const QByteArray data = makeData(11 * kMiB + 7, 2);
        const QString path = m_dir.filePath(u"mp/direct.bin"_qs);
        QVERIFY(writeFile(path, data));
        for (const bool direct : {true, false}) {
            m_transport->setDirectHttp(direct);
            const qint64 before = m_transport->directAttempts();
            TransferManager manager(*m_client, smallParts());
            const QString key = direct ? u"direct/upload.bin"_qs : u"qnam/upload.bin"_qs;
            const qint64 id = manager.enqueueUpload(path, m_bucket, key);
            WAIT_STATE(manager, id, TransferState::Completed);
            const TransferInfo info = *manager.transfer(id);
            const qint64 directParts = m_transport->directAttempts() - before;
            m_transport->setDirectHttp(true);
            QVERIFY(info.verified);
            QVERIFY2(info.etag.contains(u"-3"_qs), qPrintable(info.etag));
            if (direct)
                QVERIFY2(directParts >= 3, qPrintable(QString::number(directParts)));
            else
                QCOMPARE(directParts, 0);
            QVERIFY(objectBytes(key) == data);
            QCOMPARE(openUploads(key), 0);
        }
    }

    // The server checks a part's Content-MD5 or CRC32C (such a part's payload is not signed with
    // SHA-256).
    void partWithWrongMd5IsRefused()
    {
        const QByteArray data = makeData(5 * kMiB + 1, 3);
        const QString path = m_dir.filePath(u"mp/md5.bin"_qs);
        QVERIFY(writeFile(path, data));
        const QString key = u"bad/md5.bin"_qs;
        auto create = run(m_client->createMultipartUpload(m_bucket, key, {}));
        QVERIFY(create->result().has_value());
        const QString uploadId = create->result()->uploadId;
        const QByteArray md5 = QCryptographicHash::hash(data, QCryptographicHash::Md5);
        QByteArray wrong = md5;
        wrong[0] = char(wrong[0] ^ 1);
        auto bad = run(m_client->uploadPart(m_bucket, key, uploadId, 1, Client::RequestBody::fromFile(path), wrong));
        QVERIFY(!bad->result().has_value());
        QCOMPARE(bad->result().error().code, Core::ErrorCode::BadDigest);
        auto good = run(m_client->uploadPart(m_bucket, key, uploadId, 1, Client::RequestBody::fromFile(path), md5));
        QVERIFY2(good->result().has_value(), qPrintable(good->result().error().message));
        QCOMPARE(normalizedEtag(good->result()->etag), QString::fromLatin1(md5.toHex()));

        // The same with the CRC32C the transfer engine sends with each part: refused when wrong,
        // and confirmed in the answer when right.
        S3::Hasher hasher(S3::ChecksumAlgorithm::Crc32c);
        hasher.update(data);
        const QByteArray crc = hasher.finish();
        QByteArray wrongCrc = crc;
        wrongCrc[3] = char(wrongCrc[3] ^ 1);
        auto badCrc = run(m_client->uploadPart(m_bucket, key, uploadId, 2, Client::RequestBody::fromFile(path), {}, wrongCrc));
        QVERIFY(!badCrc->result().has_value());
        QCOMPARE(badCrc->result().error().code, Core::ErrorCode::BadDigest);
        auto goodCrc = run(m_client->uploadPart(m_bucket, key, uploadId, 2, Client::RequestBody::fromFile(path), {}, crc));
        QVERIFY2(goodCrc->result().has_value(), qPrintable(goodCrc->result().error().message));
        QCOMPARE(goodCrc->result()->checksumCrc32c, crc.toBase64());
        QCOMPARE(normalizedEtag(goodCrc->result()->etag), QString::fromLatin1(md5.toHex()));
        auto abort = run(m_client->abortMultipartUpload(m_bucket, key, uploadId));
        QCOMPARE(abort->error().code, Core::ErrorCode::None);
    }

    void singlePartUploadAndCopy()
    {
        const QByteArray data = makeData(100000, 2);
        const QString path = m_dir.filePath(u"single.bin"_qs);
        QVERIFY(writeFile(path, data));
        TransferManager manager(*m_client);
        const qint64 up = manager.enqueueUpload(path, m_bucket, u"single.bin"_qs);
        WAIT_STATE(manager, up, TransferState::Completed);
        QVERIFY(manager.transfer(up)->verified);
        const qint64 copy = manager.enqueueCopy(m_bucket, u"single.bin"_qs, m_bucket, u"copies/single.bin"_qs);
        WAIT_STATE(manager, copy, TransferState::Completed);
        QVERIFY(manager.transfer(copy)->verified);
        QVERIFY(objectBytes(u"copies/single.bin"_qs) == data);
        // Uploads carry a Content-Type guessed from the file name, as aws-cli does.
        const QString photo = m_dir.filePath(u"beach.jpg"_qs);
        QVERIFY(writeFile(photo, "not really a jpeg"));
        const qint64 typed = manager.enqueueUpload(photo, m_bucket, u"typed/beach.jpg"_qs);
        WAIT_STATE(manager, typed, TransferState::Completed);
        QCOMPARE(run(m_client->headObject(m_bucket, u"typed/beach.jpg"_qs))->result()->contentType, u"image/jpeg"_qs);
        const QString down = m_dir.filePath(u"single-down.bin"_qs);
        const qint64 get = manager.enqueueDownload(m_bucket, u"copies/single.bin"_qs, down);
        WAIT_STATE(manager, get, TransferState::Completed);
        QVERIFY(manager.transfer(get)->verified);
        QVERIFY(readFile(down) == data);
        const qint64 missing = manager.enqueueDownload(m_bucket, u"no/such/key"_qs, m_dir.filePath(u"x"_qs));
        WAIT_STATE(manager, missing, TransferState::Failed);
        QCOMPARE(manager.transfer(missing)->error.code, Core::ErrorCode::NoSuchKey);
    }

    void multipartServerSideCopy()
    {
        // CopyObject stops at 5 GiB; above copyMultipartThreshold the engine copies with
        // UploadPartCopy. The threshold is lowered so a 12 MiB object takes that path.
        const QByteArray data = makeData(12 * kMiB + 7, 11);
        Client::PutObjectRequest put;
        put.bucket = m_bucket;
        put.key = u"copy/source.bin"_qs;
        put.body = Client::RequestBody::fromBytes(data);
        put.attributes.contentType = u"application/x-test"_qs;
        put.attributes.metadata.insert(u"owner"_qs, u"ada"_qs);
        put.attributes.tags = {{u"project"_qs, u"pail"_qs}};
        QCOMPARE(run(m_client->putObject(put))->error().code, Core::ErrorCode::None);
        TransferSettings settings = smallParts();
        settings.copyMultipartThreshold = 5 * kMiB;
        TransferManager manager(*m_client, settings);
        const qint64 id = manager.enqueueCopy(m_bucket, u"copy/source.bin"_qs, m_bucket, u"copy/target.bin"_qs);
        WAIT_STATE(manager, id, TransferState::Completed);
        const TransferInfo info = *manager.transfer(id);
        QVERIFY2(info.etag.contains(u"-3"_qs), qPrintable(info.etag)); // three UploadPartCopy parts
        QCOMPARE(info.totalBytes, data.size());
        QVERIFY(objectBytes(u"copy/target.bin"_qs) == data);
        const auto head = run(m_client->headObject(m_bucket, u"copy/target.bin"_qs));
        QVERIFY(head->result().has_value());
        QCOMPARE(head->result()->contentType, u"application/x-test"_qs);
        QCOMPARE(head->result()->metadata.value(u"owner"_qs), u"ada"_qs);
        const auto tags = run(m_client->objectTagging(m_bucket, u"copy/target.bin"_qs));
        QVERIFY(tags->result().has_value());
        QCOMPARE(tags->result()->tags.size(), 1);
        QCOMPARE(tags->result()->tags.first().value, u"pail"_qs);
        QCOMPARE(openUploads(u"copy/target.bin"_qs), 0);

        // At the default threshold (5 GiB) the same object is one CopyObject, verified by ETag.
        TransferManager plain(*m_client, smallParts());
        const qint64 single = plain.enqueueCopy(m_bucket, u"copy/source.bin"_qs, m_bucket, u"copy/plain.bin"_qs);
        WAIT_STATE(plain, single, TransferState::Completed);
        QVERIFY(plain.transfer(single)->verified);
        QVERIFY(objectBytes(u"copy/plain.bin"_qs) == data);
    }

    void streamedCopyBetweenEndpoints()
    {
        // A second, independent endpoint with its own keys and data.
        Sandbox::LocalServer other;
        Sandbox::LocalServer::Options options;
        options.dataDir = m_dir.filePath(u"server2"_qs);
        options.users = {Server::User::make(u"root"_qs, u"OTHERKEY"_qs, u"other-secret-key-000"_qs)};
        options.accessLog = u"off"_qs;
        options.syncWrites = false;
        const auto endpoint = other.start(options);
        QVERIFY2(endpoint.has_value(), qPrintable(endpoint ? QString() : endpoint.error().message));
        Client::Profile p;
        p.name = u"other"_qs;
        p.endpoint = QUrl(*endpoint);
        p.addressingStyle = Client::AddressingStyle::Path;
        p.accessKeyId = u"OTHERKEY"_qs;
        Client::StaticCredentialsProvider credentials(Client::Credentials {u"OTHERKEY"_qs, u"other-secret-key-000"_qs, {}, {}});
        Client::Transport transport(p, &credentials);
        Client::S3Client otherClient(transport);
        QCOMPARE(run(otherClient.createBucket(u"incoming"_qs))->error().code, Core::ErrorCode::None);

        const QByteArray big = makeData(13 * kMiB + 5, 12);
        const QByteArray small = makeData(70000, 13);
        for (const auto &[key, body] : {std::pair {u"stream/big.bin"_qs, big}, std::pair {u"stream/small.txt"_qs, small}}) {
            Client::PutObjectRequest put;
            put.bucket = m_bucket;
            put.key = key;
            put.body = Client::RequestBody::fromBytes(body);
            put.attributes.metadata.insert(u"origin"_qs, u"first"_qs);
            QCOMPARE(run(m_client->putObject(put))->error().code, Core::ErrorCode::None);
        }
        // The destination is the other endpoint; the source client is registered by name.
        TransferManager manager(otherClient, smallParts());
        manager.setSourceClient(u"first"_qs, m_client.get());
        const qint64 bigId = manager.enqueueStreamCopy(u"first"_qs, m_bucket, u"stream/big.bin"_qs, u"incoming"_qs, u"big.bin"_qs);
        const qint64 smallId = manager.enqueueStreamCopy(u"first"_qs, m_bucket, u"stream/small.txt"_qs, u"incoming"_qs, u"small.txt"_qs);
        const qint64 unknown = manager.enqueueStreamCopy(u"nowhere"_qs, m_bucket, u"stream/small.txt"_qs, u"incoming"_qs, u"x"_qs);
        WAIT_STATE(manager, bigId, TransferState::Completed);
        WAIT_STATE(manager, smallId, TransferState::Completed);
        WAIT_STATE(manager, unknown, TransferState::Failed);
        QCOMPARE(manager.transfer(unknown)->error.code, Core::ErrorCode::InvalidConfiguration);
        // Multipart (13 MiB in 5 MiB parts): the ETag equals the one computed from the bytes sent.
        QVERIFY(manager.transfer(bigId)->verified);
        QVERIFY2(manager.transfer(bigId)->etag.contains(u"-3"_qs), qPrintable(manager.transfer(bigId)->etag));
        QVERIFY(manager.transfer(smallId)->verified);
        for (const auto &[key, body] : {std::pair {u"big.bin"_qs, big}, std::pair {u"small.txt"_qs, small}}) {
            Client::GetObjectRequest get;
            get.bucket = u"incoming"_qs;
            get.key = key;
            const auto got = run(otherClient.getObject(get));
            QVERIFY(got->result().has_value());
            QVERIFY(got->result()->data == body);
            QCOMPARE(got->result()->info.metadata.value(u"origin"_qs), u"first"_qs);
        }
        // Nothing was staged: no multipart upload is left open on the destination.
        const auto uploads = run(otherClient.listMultipartUploads(u"incoming"_qs));
        QVERIFY(uploads->result().has_value());
        QCOMPARE(uploads->result()->uploads.size(), 0);

        // sync s3://first/stream/ s3://other/mirror/: streamed copies, then nothing left to do.
        auto plan = run(new SyncPlanJob(*m_client, u"first"_qs, m_bucket, u"stream"_qs, otherClient, u"incoming"_qs,
                                        u"mirror"_qs));
        QVERIFY(plan->result().has_value());
        QCOMPARE(plan->result()->sourceEndpoint, u"first"_qs);
        QStringList steps;
        for (const SyncItem &i : plan->result()->items)
            steps << syncActionName(i.action) + u' ' + i.sourceKey + u" -> "_qs + i.key;
        QCOMPARE(steps, (QStringList {u"copy stream/big.bin -> mirror/big.bin"_qs,
                                      u"copy stream/small.txt -> mirror/small.txt"_qs}));
        auto exec = run(new SyncExecuteJob(manager, otherClient, *plan->result()));
        QVERIFY2(exec->result().has_value(), qPrintable(exec->error().message));
        QCOMPARE(exec->result()->transferred, 2);
        Client::GetObjectRequest get;
        get.bucket = u"incoming"_qs;
        get.key = u"mirror/big.bin"_qs;
        const auto got = run(otherClient.getObject(get));
        QVERIFY(got->result().has_value());
        QVERIFY(got->result()->data == big);
        auto again = run(new SyncPlanJob(*m_client, u"first"_qs, m_bucket, u"stream"_qs, otherClient, u"incoming"_qs,
                                         u"mirror"_qs));
        QVERIFY(again->result().has_value());
        QCOMPARE(again->result()->items.size(), 0);
        other.stop();
    }

    void syncFilters()
    {
        QVERIFY(globMatches(u"*.log", u"a/b/c.log"));
        QVERIFY(globMatches(u"logs/*", u"logs/2026/x"));
        QVERIFY(!globMatches(u"*.log", u"a.log.gz"));
        QVERIFY(globMatches(u"data?.[ch]", u"data1.c"));
        QVERIFY(!globMatches(u"data?.[!ch]", u"data1.c"));
        QVERIFY(globMatches(u"[a-c]*", u"beta"));
        QVERIFY(globMatches(u"*", u""));
        QVERIFY(globMatches(u"a*b*c", u"aXXbYYbZc"));
        QVERIFY(!globMatches(u"a*b*c", u"aXXbYY"));
        // aws-cli's order rule: everything is in, then each matching filter decides.
        const QList<SyncFilter> filters {{false, u"*"_qs}, {true, u"*.txt"_qs}, {false, u"tmp/*"_qs}};
        QVERIFY(passesFilters(u"a.txt"_qs, filters));
        QVERIFY(!passesFilters(u"a.bin"_qs, filters));
        QVERIFY(!passesFilters(u"tmp/a.txt"_qs, filters));

        const QList<LocalEntry> local {{u"a.txt"_qs, 1, QDateTime::currentDateTimeUtc()},
                                       {u"b.bin"_qs, 1, QDateTime::currentDateTimeUtc()},
                                       {u"tmp/c.txt"_qs, 1, QDateTime::currentDateTimeUtc()}};
        S3::ObjectEntry extraTxt;
        extraTxt.key = u"p/old.txt"_qs;
        S3::ObjectEntry extraBin;
        extraBin.key = u"p/keep.bin"_qs; // excluded: --delete leaves it alone
        SyncOptions options;
        options.deleteExtra = true;
        options.filters = filters;
        const SyncPlan plan = computeSyncPlan(SyncDirection::LocalToRemote, u"/src"_qs, local, u"b"_qs, u"p"_qs,
                                              {extraTxt, extraBin}, options);
        QStringList steps;
        for (const SyncItem &i : plan.items)
            steps << syncActionName(i.action) + u' ' + i.key;
        QCOMPARE(steps, (QStringList {u"upload p/a.txt"_qs, u"delete p/old.txt"_qs}));
    }

    void schedulerKeepsLimitAndOrder()
    {
        // 30 small uploads, at most 3 at a time, started in queue order; one paused while
        // queued and resumed later, one cancelled while queued. The scheduler keeps only the
        // pending tasks and running counts: they must match what the states say.
        TransferSettings s = smallParts();
        s.maxActiveTransfers = 3;
        TransferManager manager(*m_client, s);
        QList<qint64> ids;
        for (int i = 0; i < 30; ++i) {
            const QString path = m_dir.filePath(u"sched/%1.bin"_qs.arg(i));
            QVERIFY(writeFile(path, makeData(1000 + i, i)));
            ids.append(manager.enqueueUpload(path, m_bucket, u"sched/%1.bin"_qs.arg(i)));
        }
        QVERIFY(manager.pause(ids[20]));
        QVERIFY(manager.cancel(ids[25]));
        int running = 0;
        int maxRunning = 0;
        QList<qint64> started;
        connect(&manager, &TransferManager::stateChanged, this, [&](qint64 id, TransferState state) {
            running = 0;
            for (qint64 other : ids)
                running += manager.transfer(other)->state == TransferState::Running ? 1 : 0;
            maxRunning = std::max(maxRunning, running);
            if (state == TransferState::Running && !started.contains(id))
                started.append(id);
            if (id == ids[10] && state == TransferState::Completed)
                QVERIFY(manager.resume(ids[20])); // back in its place in the queue
        });
        QTRY_VERIFY_WITH_TIMEOUT(manager.isIdle(), 30000);
        QCOMPARE(maxRunning, 3);
        QCOMPARE(running, 0);
        QList<qint64> expected = ids;
        expected.removeOne(ids[25]);
        QCOMPARE(started, expected); // queue order, the resumed one included
        for (int i = 0; i < 30; ++i)
            QCOMPARE(manager.transfer(ids[i])->state, i == 25 ? TransferState::Cancelled : TransferState::Completed);
        QVERIFY(manager.retry(ids[25]));
        QVERIFY(!manager.isIdle());
        QTRY_VERIFY_WITH_TIMEOUT(manager.isIdle(), 30000);
        QCOMPARE(manager.transfer(ids[25])->state, TransferState::Completed);
    }

    void rangedDownload()
    {
        const QByteArray data = makeData(17 * kMiB + 3, 3);
        const QString src = m_dir.filePath(u"ranged-src.bin"_qs);
        QVERIFY(writeFile(src, data));
        TransferManager manager(*m_client, smallParts());
        const qint64 up = manager.enqueueUpload(src, m_bucket, u"ranged.bin"_qs);
        WAIT_STATE(manager, up, TransferState::Completed);
        const QString dest = m_dir.filePath(u"downloads/ranged.bin"_qs);
        const qint64 id = manager.enqueueDownload(m_bucket, u"ranged.bin"_qs, dest);
        WAIT_STATE(manager, id, TransferState::Completed);
        const TransferInfo info = *manager.transfer(id);
        QCOMPARE(info.pieceSize, 5 * kMiB); // four ranges
        QVERIFY(info.verified);                // multipart ETag recomputed with 5 MiB parts
        QVERIFY(readFile(dest) == data);
        QVERIFY(!QFile::exists(dest + u".pail-download"_qs));
    }

    void pauseResume()
    {
        const QByteArray data = makeData(20 * kMiB, 4);
        const QString path = m_dir.filePath(u"pause.bin"_qs);
        QVERIFY(writeFile(path, data));
        TransferSettings s = smallParts();
        s.bandwidthLimit = 10 * kMiB; // a part start every half second
        TransferManager manager(*m_client, s);
        const qint64 id = manager.enqueueUpload(path, m_bucket, u"pause.bin"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(manager.transfer(id)->donePieces.size() >= 1, 30000);
        QVERIFY(manager.pause(id));
        QCOMPARE(manager.transfer(id)->state, TransferState::Paused);
        QVERIFY(!manager.transfer(id)->uploadId.isEmpty());
        QVERIFY(manager.isIdle());
        QVERIFY(manager.resume(id));
        WAIT_STATE(manager, id, TransferState::Completed);
        QVERIFY(manager.transfer(id)->verified);
        QVERIFY(objectBytes(u"pause.bin"_qs) == data);
    }

    void cancelAbortsUpload()
    {
        const QByteArray data = makeData(20 * kMiB, 5);
        const QString path = m_dir.filePath(u"cancel.bin"_qs);
        QVERIFY(writeFile(path, data));
        TransferSettings s = smallParts();
        s.bandwidthLimit = 5 * kMiB;
        TransferManager manager(*m_client, s);
        const qint64 id = manager.enqueueUpload(path, m_bucket, u"cancel.bin"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(manager.transfer(id)->donePieces.size() >= 1, 30000);
        QCOMPARE(openUploads(u"cancel.bin"_qs), 1);
        QVERIFY(manager.cancel(id));
        WAIT_STATE(manager, id, TransferState::Cancelled);
        QCOMPARE(openUploads(u"cancel.bin"_qs), 0);
        auto head = run(m_client->headObject(m_bucket, u"cancel.bin"_qs));
        QCOMPARE(head->error().code, Core::ErrorCode::NoSuchKey);
        // A cancelled transfer can be retried from the start.
        QVERIFY(manager.retry(id));
        TransferSettings fast = smallParts();
        manager.setSettings(fast);
        WAIT_STATE(manager, id, TransferState::Completed);
        QVERIFY(objectBytes(u"cancel.bin"_qs) == data);
    }

    // Cancel while a finished download's last step (write, verify, rename into place) waits for
    // or runs on the thread pool. Before the fix the pool still put the file in place under a
    // transfer shown as cancelled. The pool's threads are kept busy here, so the step is
    // certainly pending when cancel() comes: it must then put nothing in place.
    void cancelWhileFinalizing()
    {
        const QByteArray data = makeData(300 * 1024, 9);
        Client::PutObjectRequest put;
        put.bucket = m_bucket;
        put.key = u"final.bin"_qs;
        put.body = Client::RequestBody::fromBytes(data);
        QCOMPARE(run(m_client->putObject(put))->error().code, Core::ErrorCode::None);
        QThreadPool *pool = QThreadPool::globalInstance();
        QSemaphore gate;
        for (int i = 0; i < pool->maxThreadCount(); ++i)
            pool->start([&gate] { gate.acquire(); });
        bool opened = false;
        const auto openGate = [&] {
            if (!std::exchange(opened, true))
                gate.release(pool->maxThreadCount());
        };
        const auto openOnExit = qScopeGuard(openGate); // also when a check fails

        TransferManager manager(*m_client, smallParts());
        const QString dest = m_dir.filePath(u"downloads/final.bin"_qs);
        const qint64 id = manager.enqueueDownload(m_bucket, u"final.bin"_qs, dest);
        // The body is in memory once the progress reaches its size; its last step is queued.
        QTRY_VERIFY_WITH_TIMEOUT(manager.transfer(id)->doneBytes == data.size(), 30000);
        QTest::qWait(200);
        QCOMPARE(manager.transfer(id)->state, TransferState::Running);
        QVERIFY(!manager.pause(id)); // nothing left to pause
        QVERIFY(manager.cancel(id));
        QVERIFY(!manager.isIdle()); // it waits for the pool's answer
        openGate();
        QTRY_VERIFY_WITH_TIMEOUT(manager.isIdle(), 30000);
        QVERIFY2(manager.transfer(id)->state == TransferState::Cancelled, qPrintable(describe(manager.transfer(id))));
        QVERIFY(!QFile::exists(dest));
        QVERIFY(!QFile::exists(dest + u".pail-download"_qs));

        // Retried, it downloads again and completes.
        QVERIFY(manager.retry(id));
        WAIT_STATE(manager, id, TransferState::Completed);
        QVERIFY(readFile(dest) == data);
    }

    void resumeAfterRestart()
    {
        const QByteArray data = makeData(20 * kMiB + 7, 6);
        const QString path = m_dir.filePath(u"restart.bin"_qs);
        QVERIFY(writeFile(path, data));
        const QString queue = m_dir.filePath(u"queue/transfers.db"_qs);
        qint64 id = 0;
        {
            TransferSettings s = smallParts();
            s.bandwidthLimit = 5 * kMiB;
            TransferManager first(*m_client, s);
            QVERIFY(first.open(queue).has_value());
            id = first.enqueueUpload(path, m_bucket, u"restart.bin"_qs);
            QTRY_VERIFY_WITH_TIMEOUT(first.transfer(id)->donePieces.size() >= 1, 30000);
            QCOMPARE(first.transfer(id)->state, TransferState::Running);
        } // "crash": the manager goes away mid-upload
        QCOMPARE(openUploads(u"restart.bin"_qs), 1);

        TransferManager second(*m_client, smallParts());
        QVERIFY(second.open(queue).has_value());
        QVERIFY(second.transfer(id).has_value());
        WAIT_STATE(second, id, TransferState::Completed);
        const TransferInfo info = *second.transfer(id);
        QVERIFY2(info.resumedPieces >= 1, qPrintable(QString::number(info.resumedPieces)));
        QVERIFY(info.verified);
        QVERIFY(objectBytes(u"restart.bin"_qs) == data);
        QCOMPARE(openUploads(u"restart.bin"_qs), 0);

        // The finished state is in the file too.
        TransferManager third(*m_client);
        QVERIFY(third.open(queue).has_value());
        QCOMPARE(third.transfer(id)->state, TransferState::Completed);
        QVERIFY(third.remove(id));
        QVERIFY(!third.transfer(id).has_value());
    }

    void folderDownload()
    {
        TransferManager manager(*m_client);
        for (const QString &key : {u"folder/a.txt"_qs, u"folder/sub/b.txt"_qs}) {
            Client::PutObjectRequest put;
            put.bucket = m_bucket;
            put.key = key;
            put.body = Client::RequestBody::fromBytes(key.toUtf8());
            QCOMPARE(run(m_client->putObject(put))->error().code, Core::ErrorCode::None);
        }
        const QString dest = m_dir.filePath(u"folder-down"_qs);
        auto job = run(manager.enqueueFolderDownload(m_bucket, u"folder"_qs, dest));
        QVERIFY(job->result().has_value());
        QCOMPARE(job->result()->size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(manager.isIdle(), 30000);
        QCOMPARE(readFile(dest + u"/a.txt"_qs), QByteArray("folder/a.txt"));
        QCOMPARE(readFile(dest + u"/sub/b.txt"_qs), QByteArray("folder/sub/b.txt"));
    }

    // Objects up to 1 MiB are received into memory and written, verified and renamed on the
    // pool; larger single-request objects are written as they arrive. Both end up byte-exact,
    // verified against their ETags, dated with Last-Modified, in nested folders made on the way,
    // replacing a file already there, with no temp file left; the queue file holds their end.
    void smallFilesFolderDownload()
    {
        const QList<qint64> sizes {0, 1, 1000, 64 * 1024, kMiB, kMiB + 1, 3 * kMiB};
        QHash<QString, QByteArray> objects;
        for (qsizetype i = 0; i < sizes.size(); ++i) {
            const QString key = (i % 2 ? u"small/sub/deeper/f"_qs : u"small/f"_qs) + QString::number(i);
            objects.insert(key, makeData(sizes[i], quint32(100 + i)));
            Client::PutObjectRequest put;
            put.bucket = m_bucket;
            put.key = key;
            put.body = Client::RequestBody::fromBytes(objects[key]);
            QCOMPARE(run(m_client->putObject(put))->error().code, Core::ErrorCode::None);
        }
        const QString dest = m_dir.filePath(u"small-down"_qs);
        QVERIFY(writeFile(dest + u"/f2"_qs, "an older local file, longer than the object"));
        const QString queue = m_dir.filePath(u"small-queue/transfers.db"_qs);
        QList<qint64> ids;
        {
            TransferManager manager(*m_client);
            QVERIFY(manager.open(queue).has_value());
            auto job = run(manager.enqueueFolderDownload(m_bucket, u"small"_qs, dest));
            QVERIFY(job->result().has_value());
            ids = *job->result();
            QCOMPARE(ids.size(), sizes.size());
            QTRY_VERIFY_WITH_TIMEOUT(manager.isIdle(), 30000);
            for (qint64 id : std::as_const(ids)) {
                const auto info = manager.transfer(id);
                QVERIFY2(info && info->state == TransferState::Completed, qPrintable(describe(info)));
                QVERIFY2(info->verified, qPrintable(info->key));
                QCOMPARE(info->doneBytes, info->totalBytes);
            }
        }
        for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
            const QString path = dest + u'/' + it.key().mid(6);
            QVERIFY2(readFile(path) == it.value(), qPrintable(path));
            auto head = run(m_client->headObject(m_bucket, it.key()));
            QVERIFY(head->result().has_value());
            QCOMPARE(QFileInfo(path).lastModified().toSecsSinceEpoch(), head->result()->lastModified.toSecsSinceEpoch());
        }
        const auto tree = LocalScanJob::scan(dest);
        QVERIFY(tree.has_value());
        QCOMPARE(tree->size(), objects.size()); // no .pail-download left
        TransferManager reopened(*m_client);
        QVERIFY(reopened.open(queue).has_value());
        for (qint64 id : std::as_const(ids))
            QCOMPARE(reopened.transfer(id)->state, TransferState::Completed);
    }

    // A server that answers every HEAD and GET with `sent` under the ETag (MD5) of `stored`, plus
    // extraHeaders. Counts the GETs.
    void serveWithEtagOf(QTcpServer &server, const QByteArray &stored, const QByteArray &sent,
                         const QByteArray &extraHeaders, int &gets)
    {
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, this, [&server, stored, sent, extraHeaders, &gets] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [=, &gets] {
                    *buffer += socket->readAll();
                    for (qsizetype end; (end = buffer->indexOf("\r\n\r\n")) >= 0;) {
                        const bool head = buffer->startsWith("HEAD ");
                        gets += head ? 0 : 1;
                        buffer->remove(0, end + 4);
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(sent.size())
                                      + "\r\nETag: \"" + QCryptographicHash::hash(stored, QCryptographicHash::Md5).toHex()
                                      + "\"\r\nLast-Modified: Sun, 06 Dec 2026 10:00:00 GMT\r\n" + extraHeaders + "\r\n"
                                      + (head ? QByteArray() : sent));
                    }
                });
            }
        });
    }

    Client::Profile profileFor(const QTcpServer &server, const QString &name)
    {
        Client::Profile p;
        p.name = name;
        p.endpoint = QUrl(u"http://127.0.0.1:%1"_qs.arg(server.serverPort()));
        p.addressingStyle = Client::AddressingStyle::Path;
        p.accessKeyId = u"PAILSANDBOX"_qs;
        return p;
    }

    // A small object whose bytes do not match its ETag (here a server that lies) fails with
    // BadDigest: the file already at the destination is left as it was and no temp file stays.
    void inMemoryDownloadRefusesWrongBytes()
    {
        const QByteArray stored = "the bytes the ETag was computed from";
        QByteArray sent = stored;
        sent[4] = 'X';
        QTcpServer server;
        int gets = 0;
        serveWithEtagOf(server, stored, sent, {}, gets);
        Client::Transport transport(profileFor(server, u"lying"_qs), m_credentials.get());
        Client::S3Client client(transport);
        const QString dest = m_dir.filePath(u"lying/object.txt"_qs);
        QVERIFY(writeFile(dest, "kept"));
        TransferManager manager(client);
        const qint64 id = manager.enqueueDownload(u"b"_qs, u"object.txt"_qs, dest);
        WAIT_STATE(manager, id, TransferState::Failed);
        QCOMPARE(manager.transfer(id)->error.code, Core::ErrorCode::BadDigest);
        QCOMPARE(gets, 1);
        QCOMPARE(readFile(dest), QByteArray("kept"));
        QVERIFY(!QFile::exists(dest + u".pail-download"_qs));
    }

    // AWS gives SSE-KMS and SSE-C objects ETags that are not the MD5 of their data: such a
    // download completes, marked unverified, instead of failing with BadDigest. Small (in
    // memory) and larger (written as it arrives) bodies.
    void encryptedObjectEtagIsNotChecked_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("SSE-KMS, small") << QByteArray("x-amz-server-side-encryption: aws:kms\r\n") << qsizetype(1000);
        QTest::newRow("DSSE-KMS, small") << QByteArray("x-amz-server-side-encryption: aws:kms:dsse\r\n") << qsizetype(1000);
        QTest::newRow("SSE-C, small") << QByteArray("x-amz-server-side-encryption-customer-algorithm: AES256\r\n")
                                      << qsizetype(1000);
        QTest::newRow("SSE-KMS, 3 MiB") << QByteArray("x-amz-server-side-encryption: aws:kms\r\n") << qsizetype(3 * kMiB);
    }
    void encryptedObjectEtagIsNotChecked()
    {
        QFETCH(QByteArray, headers);
        QFETCH(qsizetype, size);
        const QByteArray data = makeData(size, 11);
        QTcpServer server;
        int gets = 0;
        serveWithEtagOf(server, "not these bytes", data, headers, gets);
        Client::Transport transport(profileFor(server, u"kms"_qs), m_credentials.get());
        Client::S3Client client(transport);
        const QString dest = m_dir.filePath(u"kms/%1"_qs.arg(QString::fromLatin1(QTest::currentDataTag())));
        TransferManager manager(client);
        const qint64 id = manager.enqueueDownload(u"b"_qs, u"object.bin"_qs, dest);
        WAIT_STATE(manager, id, TransferState::Completed);
        QVERIFY(!manager.transfer(id)->verified);
        QCOMPARE(readFile(dest), data);
        QVERIFY(gets >= 1);
    }

    // --checksum against the server: a file of the same size but other bytes is uploaded even
    // though it is older; one with the same bytes is not, even though it is newer.
    void syncByChecksum()
    {
        for (const auto &[key, body] : {std::pair{u"cs/a.txt"_qs, QByteArray("AAAA")}, std::pair{u"cs/b.txt"_qs, QByteArray("same")}}) {
            Client::PutObjectRequest put;
            put.bucket = m_bucket;
            put.key = key;
            put.body = Client::RequestBody::fromBytes(body);
            QCOMPARE(run(m_client->putObject(put))->error().code, Core::ErrorCode::None);
        }
        const QString local = m_dir.filePath(u"cs-src"_qs);
        const auto writeDated = [](const QString &path, const QByteArray &data, const QDateTime &modified) {
            QVERIFY(writeFile(path, data));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(modified, QFileDevice::FileModificationTime));
        };
        writeDated(local + u"/a.txt"_qs, "BBBB", QDateTime::currentDateTimeUtc().addYears(-20));
        writeDated(local + u"/b.txt"_qs, "same", QDateTime::currentDateTimeUtc().addSecs(3600));
        const auto steps = [&](bool checksum) {
            SyncOptions options;
            options.compareChecksums = checksum;
            auto plan = run(new SyncPlanJob(*m_client, SyncDirection::LocalToRemote, local, m_bucket, u"cs"_qs, options));
            QStringList got;
            if (plan->result()) {
                for (const SyncItem &i : plan->result()->items)
                    got << syncActionName(i.action) + u' ' + i.relativePath + u' ' + i.reason;
            }
            return got;
        };
        QCOMPARE(steps(false), (QStringList{u"upload b.txt newer"_qs}));
        QCOMPARE(steps(true), (QStringList{u"upload a.txt checksum"_qs}));
    }

    void sync()
    {
        const QString local = m_dir.filePath(u"sync-src"_qs);
        QVERIFY(writeFile(local + u"/a.txt"_qs, "alpha"));
        QVERIFY(writeFile(local + u"/sub/b.bin"_qs, makeData(6 * kMiB, 7)));
        QVERIFY(writeFile(local + u"/sub/c.txt"_qs, "gamma"));
        for (const auto &[key, body] : {std::pair{u"sync/a.txt"_qs, QByteArray("old alpha value")},
                                        std::pair{u"sync/extra.txt"_qs, QByteArray("extra")}}) {
            Client::PutObjectRequest put;
            put.bucket = m_bucket;
            put.key = key;
            put.body = Client::RequestBody::fromBytes(body);
            QCOMPARE(run(m_client->putObject(put))->error().code, Core::ErrorCode::None);
        }
        TransferManager manager(*m_client, smallParts());
        SyncOptions withDelete;
        withDelete.deleteExtra = true;
        auto plan = run(new SyncPlanJob(*m_client, SyncDirection::LocalToRemote, local, m_bucket, u"sync"_qs, withDelete));
        QVERIFY(plan->result().has_value());
        QStringList steps;
        for (const SyncItem &i : plan->result()->items)
            steps << syncActionName(i.action) + u' ' + i.key;
        QCOMPARE(steps, (QStringList{u"upload sync/a.txt"_qs, u"delete sync/extra.txt"_qs, u"upload sync/sub/b.bin"_qs,
                                     u"upload sync/sub/c.txt"_qs}));

        auto exec = run(new SyncExecuteJob(manager, *m_client, *plan->result()));
        QVERIFY2(exec->result().has_value(), qPrintable(exec->error().message));
        QCOMPARE(exec->result()->transferred, 3);
        QCOMPARE(exec->result()->deleted, 1);

        auto again = run(new SyncPlanJob(*m_client, SyncDirection::LocalToRemote, local, m_bucket, u"sync"_qs, withDelete));
        QVERIFY(again->result().has_value());
        QCOMPARE(again->result()->items.size(), 0);

        // And back down into an empty folder: the trees end up equal.
        const QString copy = m_dir.filePath(u"sync-dst"_qs);
        auto down = run(new SyncPlanJob(*m_client, SyncDirection::RemoteToLocal, copy, m_bucket, u"sync/"_qs, withDelete));
        QVERIFY(down->result().has_value());
        QCOMPARE(down->result()->items.size(), 3);
        auto downExec = run(new SyncExecuteJob(manager, *m_client, *down->result()));
        QVERIFY2(downExec->result().has_value(), qPrintable(downExec->error().message));
        const auto srcTree = LocalScanJob::scan(local);
        const auto dstTree = LocalScanJob::scan(copy);
        QVERIFY(srcTree && dstTree);
        QCOMPARE(srcTree->size(), dstTree->size());
        for (const LocalEntry &e : *srcTree)
            QVERIFY(readFile(local + u'/' + e.relativePath) == readFile(copy + u'/' + e.relativePath));
        auto downAgain = run(new SyncPlanJob(*m_client, SyncDirection::RemoteToLocal, copy, m_bucket, u"sync/"_qs, withDelete));
        QVERIFY(downAgain->result().has_value());
        QCOMPARE(downAgain->result()->items.size(), 0);
        // Remote to remote on one endpoint: server-side copies; --delete removes the extra object,
        // and an excluded path is neither copied nor deleted.
        for (const auto &[key, body] : {std::pair{u"mirror/stale.txt"_qs, QByteArray("stale")},
                                        std::pair{u"mirror/sub/c.txt"_qs, QByteArray("different size")}}) {
            Client::PutObjectRequest put;
            put.bucket = m_bucket;
            put.key = key;
            put.body = Client::RequestBody::fromBytes(body);
            QCOMPARE(run(m_client->putObject(put))->error().code, Core::ErrorCode::None);
        }
        SyncOptions mirrorOptions = withDelete;
        mirrorOptions.filters = {{false, u"*.bin"_qs}};
        auto mirror = run(new SyncPlanJob(*m_client, QString(), m_bucket, u"sync"_qs, *m_client, m_bucket, u"mirror/"_qs,
                                          mirrorOptions));
        QVERIFY(mirror->result().has_value());
        steps.clear();
        for (const SyncItem &i : mirror->result()->items)
            steps << syncActionName(i.action) + u' ' + i.key + u' ' + i.reason;
        QCOMPARE(steps, (QStringList {u"copy mirror/a.txt new"_qs, u"delete mirror/stale.txt extra"_qs,
                                      u"copy mirror/sub/c.txt size"_qs}));
        auto mirrorExec = run(new SyncExecuteJob(manager, *m_client, *mirror->result()));
        QVERIFY2(mirrorExec->result().has_value(), qPrintable(mirrorExec->error().message));
        QCOMPARE(mirrorExec->result()->transferred, 2);
        QCOMPARE(mirrorExec->result()->deleted, 1);
        Client::GetObjectRequest get;
        get.bucket = m_bucket;
        get.key = u"mirror/sub/c.txt"_qs;
        const auto got = run(m_client->getObject(get));
        QVERIFY(got->result().has_value());
        QCOMPARE(got->result()->data, QByteArray("gamma"));
        auto mirrorAgain = run(new SyncPlanJob(*m_client, QString(), m_bucket, u"sync"_qs, *m_client, m_bucket,
                                               u"mirror"_qs, mirrorOptions));
        QVERIFY(mirrorAgain->result().has_value());
        QCOMPARE(mirrorAgain->result()->items.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTransferManager)
#include "tst_transfermanager.moc"
