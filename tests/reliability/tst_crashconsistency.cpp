// Crash consistency of `pailctl serve`: many concurrent PUTs and multipart uploads, SIGKILL at a
// random moment, restart, then prove that every acknowledged write reads back byte-exact, that
// nothing unacknowledged is visible half-written, that the database passes integrity_check and
// that tmp/ was swept.
#include <algorithm>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "engine/client/credentials.h"
#include "engine/client/s3client.h"
#include "engine/client/transport.h"

namespace {

constexpr int kRounds = 20;
constexpr int kPutsPerRound = 24;
constexpr int kMultipartPerRound = 2;
constexpr qint64 kPartSize = 5 * 1024 * 1024;
const QString kAccessKey = QStringLiteral("CRASHTESTKEY");
const QString kSecretKey = QStringLiteral("crash-test-secret-key");
const QString kBucket = QStringLiteral("crash");

// The body of a key is a pure function of the key, so the test can check any object it finds.
QByteArray bodyFor(const QString &key, qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator gen(qHash(key));
    auto *words = reinterpret_cast<quint32 *>(data.data());
    gen.fillRange(words, size / 4);
    for (qint64 i = (size / 4) * 4; i < size; ++i)
        data[i] = char(gen.generate());
    return data;
}

QByteArray md5(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

struct Expected
{
    QString key;
    QByteArray md5;
    qint64 size = 0;
};

} // namespace

class TestCrashConsistency : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killAndRecover();
    void cleanupTestCase();

private:
    bool startServer();
    void killServer();
    template <typename JobT>
    bool wait(JobT *job, int ms = 60000);
    void verifyAll(const QList<Expected> &acked, const QList<Expected> &unknown);

    QTemporaryDir m_dir;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
    std::unique_ptr<Client::StaticCredentialsProvider> m_credentials;
    std::unique_ptr<Client::Transport> m_transport;
    std::unique_ptr<Client::S3Client> m_client;
};

void TestCrashConsistency::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dataDir = m_dir.filePath(QStringLiteral("data"));
    m_credentials = std::make_unique<Client::StaticCredentialsProvider>(Client::Credentials{kAccessKey, kSecretKey, {}});
}

bool TestCrashConsistency::startServer()
{
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::SeparateChannels);
    m_server->start(QStringLiteral(PAILCTL_PATH),
                    {QStringLiteral("serve"), QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--address"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--access-key"), kAccessKey, QStringLiteral("--secret-key"), kSecretKey,
                     QStringLiteral("--access-log"), m_dir.filePath(QStringLiteral("access.log"))});
    if (!m_server->waitForStarted(10000))
        return false;
    static const QRegularExpression listening(QStringLiteral("^pail: listening on http://127\\.0\\.0\\.1:(\\d+)"),
                                              QRegularExpression::MultilineOption);
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        if (!m_server->waitForReadyRead(1000) && m_server->state() != QProcess::Running)
            break;
        out += m_server->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            Client::Profile profile;
            profile.name = QStringLiteral("crash");
            profile.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
            profile.addressingStyle = Client::AddressingStyle::Path;
            profile.maxAttempts = 1; // a retry would blur which write was acknowledged
            m_client.reset();
            m_transport = std::make_unique<Client::Transport>(profile, m_credentials.get());
            m_client = std::make_unique<Client::S3Client>(*m_transport);
            return true;
        }
    }
    qWarning() << "server did not start:" << out << m_server->readAllStandardError();
    return false;
}

void TestCrashConsistency::killServer()
{
    m_server->kill(); // SIGKILL
    m_server->waitForFinished(10000);
}

template <typename JobT>
bool TestCrashConsistency::wait(JobT *job, int ms)
{
    QSignalSpy spy(job, &Client::Job::finished);
    job->start();
    return job->isFinished() || spy.wait(ms);
}

void TestCrashConsistency::verifyAll(const QList<Expected> &acked, const QList<Expected> &unknown)
{
    auto fetch = [this](const QString &key) -> Core::Result<QByteArray> {
        Client::GetObjectRequest request;
        request.bucket = kBucket;
        request.key = key;
        std::unique_ptr<Client::GetObjectJob> job(m_client->getObject(request));
        if (!wait(job.get()))
            return Core::fail(Core::ErrorCode::Timeout, key);
        if (!job->result())
            return std::unexpected(job->result().error());
        return job->result()->data;
    };
    for (const Expected &e : acked) {
        const auto data = fetch(e.key);
        QVERIFY2(data.has_value(), qPrintable(QStringLiteral("acknowledged %1 lost: %2").arg(e.key, data ? QString() : data.error().message)));
        QCOMPARE(data->size(), e.size);
        QCOMPARE(md5(*data), e.md5);
    }
    for (const Expected &e : unknown) {
        const auto data = fetch(e.key);
        if (!data) {
            QCOMPARE(data.error().code, Core::ErrorCode::NoSuchKey);
            continue;
        }
        // Committed after all (the answer was lost to the kill): it must be whole.
        QCOMPARE(data->size(), e.size);
        QCOMPARE(md5(*data), e.md5);
    }
}

void TestCrashConsistency::killAndRecover()
{
    QVERIFY(startServer());
    {
        std::unique_ptr<Client::VoidJob> job(m_client->createBucket(kBucket));
        QVERIFY(wait(job.get()));
        QVERIFY2(job->result().has_value(), qPrintable(job->result().error().message));
    }

    QList<Expected> acked;
    QList<Expected> unknown;
    QRandomGenerator rng(20261125);
    for (int round = 0; round < kRounds; ++round) {
        struct Pending
        {
            Expected expected;
            std::unique_ptr<Client::Job> job;
            std::function<bool()> succeeded;
        };
        std::vector<std::unique_ptr<Pending>> pending;

        for (int i = 0; i < kPutsPerRound; ++i) {
            auto p = std::make_unique<Pending>();
            const qint64 size = 1 + rng.bounded(2 * 1024 * 1024);
            p->expected.key = QStringLiteral("r%1/put-%2 ü..%%").arg(round).arg(i);
            const QByteArray body = bodyFor(p->expected.key, size);
            p->expected.md5 = md5(body);
            p->expected.size = size;
            Client::PutObjectRequest request;
            request.bucket = kBucket;
            request.key = p->expected.key;
            request.body = Client::RequestBody::fromBytes(body);
            auto *job = m_client->putObject(request);
            p->succeeded = [job] { return job->isFinished() && job->result().has_value(); };
            p->job.reset(job);
            job->start();
            pending.push_back(std::move(p));
        }

        // Multipart uploads run as a chain of jobs; "acknowledged" means Complete answered 200.
        struct Upload
        {
            Expected expected;
            QByteArray body;
            QString uploadId;
            QList<S3::CompletedPart> parts;
            bool completed = false;
            std::vector<std::unique_ptr<Client::Job>> jobs;
        };
        std::vector<std::unique_ptr<Upload>> uploads;
        for (int u = 0; u < kMultipartPerRound; ++u) {
            auto up = std::make_unique<Upload>();
            up->expected.key = QStringLiteral("r%1/multipart-%2").arg(round).arg(u);
            up->expected.size = 2 * kPartSize + 1 + rng.bounded(1024 * 1024);
            up->body = bodyFor(up->expected.key, up->expected.size);
            up->expected.md5 = md5(up->body);
            Upload *raw = up.get();
            auto *create = m_client->createMultipartUpload(kBucket, raw->expected.key);
            raw->jobs.emplace_back(create);
            connect(create, &Client::Job::finished, this, [this, raw, create] {
                if (!create->result())
                    return;
                raw->uploadId = create->result()->uploadId;
                const int partCount = int((raw->body.size() + kPartSize - 1) / kPartSize);
                auto remaining = std::make_shared<int>(partCount);
                for (int n = 1; n <= partCount; ++n) {
                    const QByteArray part = raw->body.mid((n - 1) * kPartSize, kPartSize);
                    auto *job = m_client->uploadPart(kBucket, raw->expected.key, raw->uploadId, n,
                                                     Client::RequestBody::fromBytes(part));
                    raw->jobs.emplace_back(job);
                    connect(job, &Client::Job::finished, this, [this, raw, job, remaining] {
                        if (!job->result())
                            return;
                        raw->parts.append({job->result()->partNumber, job->result()->etag, {}});
                        if (--*remaining > 0)
                            return;
                        std::sort(raw->parts.begin(), raw->parts.end(),
                                  [](const auto &a, const auto &b) { return a.partNumber < b.partNumber; });
                        auto *complete = m_client->completeMultipartUpload(kBucket, raw->expected.key, raw->uploadId,
                                                                           raw->parts);
                        raw->jobs.emplace_back(complete);
                        connect(complete, &Client::Job::finished, this, [raw, complete] {
                            raw->completed = complete->result().has_value();
                        });
                        complete->start();
                    });
                    job->start();
                }
            });
            create->start();
            uploads.push_back(std::move(up));
        }

        // Let the writes run until the first one is acknowledged (however slow the machine), then
        // for a random time more, and pull the plug in the middle of the rest.
        QElapsedTimer firstAck;
        firstAck.start();
        while (firstAck.elapsed() < 60000
               && std::none_of(pending.cbegin(), pending.cend(), [](const auto &p) { return p->succeeded(); }))
            QTest::qWait(5);
        const int delay = int(rng.bounded(400));
        QTest::qWait(delay);
        killServer();
        QCoreApplication::processEvents();
        QTest::qWait(50); // let the client notice the dead connections

        int ackedThisRound = 0;
        for (auto &p : pending) {
            if (p->succeeded()) {
                acked.append(p->expected);
                ++ackedThisRound;
            } else {
                unknown.append(p->expected);
            }
            p->job->cancel();
        }
        for (auto &up : uploads) {
            (up->completed ? acked : unknown).append(up->expected);
            ackedThisRound += up->completed ? 1 : 0;
            for (auto &job : up->jobs)
                job->cancel();
        }
        pending.clear();
        uploads.clear();
        m_client.reset();
        m_transport.reset();

        // The database must be consistent exactly as the kill left it.
        {
            const QString connection = QStringLiteral("crash-check-%1").arg(round);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(QDir(m_dataDir).filePath(QStringLiteral("pail.db")));
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            }
            QSqlDatabase::removeDatabase(connection);
        }

        QVERIFY(startServer());
        // Leftovers of interrupted writes are swept at start.
        const QStringList leftovers = QDir(QDir(m_dataDir).filePath(QStringLiteral("tmp")))
                                          .entryList(QDir::Files | QDir::NoDotAndDotDot);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u',')));
        verifyAll(acked, unknown);
        if (QTest::currentTestFailed())
            return;
        qInfo("round %d: killed after %d ms, %d writes acknowledged this round, %lld acknowledged in all, all intact",
              round + 1, delay, ackedThisRound, qlonglong(acked.size()));
    }
    QVERIFY2(acked.size() >= kRounds, "too few writes were acknowledged for the test to mean anything");
}

void TestCrashConsistency::cleanupTestCase()
{
    m_client.reset();
    m_transport.reset();
    if (m_server && m_server->state() == QProcess::Running) {
        m_server->terminate();
        if (!m_server->waitForFinished(10000))
            m_server->kill();
    }
}

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crashconsistency.moc"
