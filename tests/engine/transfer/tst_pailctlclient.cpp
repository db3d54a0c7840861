#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/client/credentials.h"
#include "engine/client/s3client.h"

// pailctl's client commands (mb, cp, ls, sync, presign, rm, rb) against `pailctl serve`.
class TestPailctlClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_endpoint;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run pailctl(const QStringList &args, const QString &secret = u"pail-sandbox-secret-key"_qs, const QString &endpoint = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(u"AWS_"_qs))
                env.remove(name);
        }
        env.insert(u"HOME"_qs, m_dir.filePath(u"home"_qs)); // never the user's ~/.aws
        p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral(PAILCTL_PATH));
        QStringList full = args;
        full << u"--endpoint"_qs << (endpoint.isEmpty() ? m_endpoint : endpoint) << u"--access-key"_qs << u"PAILSANDBOX"_qs
             << u"--secret-key"_qs << secret << u"--path-style"_qs;
        p.setArguments(full);
        p.start();
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            r.err = u"timeout"_qs;
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString pailctlPath = QStringLiteral(PAILCTL_PATH);
        if (!QFile::exists(pailctlPath))
            QSKIP("pailctl is not built");
        m_server.setProgram(pailctlPath);
        m_server.setArguments({u"serve"_qs, u"--data-dir"_qs, m_dir.filePath(u"data"_qs), u"--address"_qs, u"127.0.0.1"_qs,
                               u"--port"_qs, u"0"_qs, u"--access-log"_qs, u"off"_qs});
        m_server.start();
        QVERIFY2(m_server.waitForStarted(10000), qPrintable(m_server.errorString()));
        static const QRegularExpression listening(QStringLiteral("pail: listening on (http://\\S+)"));
        QByteArray out;
        QSignalSpy ready(&m_server, &QProcess::readyReadStandardOutput);
        while (m_endpoint.isEmpty()) {
            out += m_server.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(out));
            if (match.hasMatch()) {
                m_endpoint = match.captured(1);
                break;
            }
            QVERIFY2(m_server.state() == QProcess::Running, m_server.readAllStandardError().constData());
            QVERIFY2(ready.wait(15000), "pailctl serve printed no listening line");
        }
    }

    void cleanupTestCase()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(10000))
                m_server.kill();
        }
    }

    void roundTrip()
    {
        Run r = pailctl({u"mb"_qs, u"s3://cli-bucket"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"make_bucket: cli-bucket"_qs));

        QByteArray data(9 * 1024 * 1024 + 17, Qt::Uninitialized); // multipart with the default 8 MiB threshold
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char((i * 31) ^ (i >> 9));
        const QString src = m_dir.filePath(u"up.bin"_qs);
        {
            QFile f(src);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(data), data.size());
        }
        r = pailctl({u"cp"_qs, src, u"s3://cli-bucket/dir/"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"upload: "_qs), qPrintable(r.out));

        r = pailctl({u"ls"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"cli-bucket"_qs));
        r = pailctl({u"ls"_qs, u"s3://cli-bucket/"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"PRE dir/"_qs), qPrintable(r.out));
        r = pailctl({u"ls"_qs, u"s3://cli-bucket/dir/"_qs});
        QVERIFY2(r.out.contains(QString::number(data.size()) + u" up.bin"_qs), qPrintable(r.out));

        const QString down = m_dir.filePath(u"down.bin"_qs);
        r = pailctl({u"cp"_qs, u"s3://cli-bucket/dir/up.bin"_qs, down});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        {
            QFile f(down);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.readAll() == data);
        }

        r = pailctl({u"presign"_qs, u"s3://cli-bucket/dir/up.bin"_qs, u"--expires-in"_qs, u"300"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QUrl url = QUrl::fromEncoded(r.out.trimmed().toUtf8());
        QVERIFY2(url.isValid() && url.hasQuery(), qPrintable(r.out));
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll() == data);
        reply->deleteLater();

        // A missing key: the not-found exit code, the S3 code and what to do.
        r = pailctl({u"cp"_qs, u"s3://cli-bucket/nope"_qs, m_dir.filePath(u"nope"_qs)});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(u"NoSuchKey"_qs), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"what to do:"_qs), qPrintable(r.err));

        // sync up with a dry run first.
        const QString tree = m_dir.filePath(u"tree"_qs);
        QVERIFY(QDir().mkpath(tree + u"/sub"_qs));
        for (const QString &name : {u"a.txt"_qs, u"sub/b.txt"_qs}) {
            QFile f(tree + u'/' + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(name.toUtf8());
        }
        r = pailctl({u"sync"_qs, tree, u"s3://cli-bucket/tree"_qs, u"--dryrun"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(u"(dryrun) upload: "_qs), 2);
        r = pailctl({u"ls"_qs, u"s3://cli-bucket/tree/"_qs, u"--recursive"_qs});
        QVERIFY(!r.out.contains(u"a.txt"_qs));
        r = pailctl({u"sync"_qs, tree, u"s3://cli-bucket/tree"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = pailctl({u"sync"_qs, tree, u"s3://cli-bucket/tree"_qs, u"--dryrun"_qs});
        QCOMPARE(r.out.trimmed(), QString());

        // s3 to s3: sync copies server-side, and a second run has nothing to do.
        r = pailctl({u"sync"_qs, u"s3://cli-bucket/tree"_qs, u"s3://cli-bucket/copy"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(u"copy: s3://cli-bucket/tree/"_qs), 2);
        r = pailctl({u"sync"_qs, u"s3://cli-bucket/tree"_qs, u"s3://cli-bucket/copy"_qs, u"--dryrun"_qs});
        QCOMPARE(r.out.trimmed(), QString());
        r = pailctl({u"cp"_qs, u"s3://cli-bucket/copy/sub/b.txt"_qs, m_dir.filePath(u"b-copy.txt"_qs)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile copied(m_dir.filePath(u"b-copy.txt"_qs));
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), QByteArray("sub/b.txt"));
        // cp --recursive with filters: only the .txt under sub/ goes.
        r = pailctl({u"cp"_qs, tree, u"s3://cli-bucket/filtered"_qs, u"--recursive"_qs, u"--exclude"_qs, u"*"_qs,
                     u"--include"_qs, u"sub/*"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = pailctl({u"ls"_qs, u"s3://cli-bucket/filtered/"_qs, u"--recursive"_qs});
        QVERIFY2(r.out.contains(u"filtered/sub/b.txt"_qs), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"filtered/a.txt"_qs), qPrintable(r.out));
        r = pailctl({u"cp"_qs, tree + u"/a.txt"_qs, u"s3://cli-bucket/x"_qs, u"--exclude"_qs, u"*"_qs});
        QCOMPARE(r.exitCode, 2);
        r = pailctl({u"rm"_qs, u"s3://cli-bucket/copy/"_qs, u"--recursive"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = pailctl({u"rm"_qs, u"s3://cli-bucket/filtered/"_qs, u"--recursive"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = pailctl({u"rm"_qs, u"s3://cli-bucket/dir/up.bin"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = pailctl({u"rb"_qs, u"s3://cli-bucket"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"BucketNotEmpty"_qs), qPrintable(r.err));
        r = pailctl({u"rm"_qs, u"s3://cli-bucket/tree/"_qs, u"--recursive"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(u"delete: "_qs), 2);
        r = pailctl({u"rb"_qs, u"s3://cli-bucket"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = pailctl({u"ls"_qs});
        QVERIFY(!r.out.contains(u"cli-bucket"_qs));
    }

    static QJsonObject json(const Run &r)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        [&] { QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), qPrintable(r.out + r.err)); }();
        return doc.object();
    }

    void jsonOutputAndExitCodes()
    {
        Run r = pailctl({u"mb"_qs, u"s3://json-bucket"_qs, u"--json"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(u"created"_qs).toBool(), true);
        const QString tree = m_dir.filePath(u"jtree"_qs);
        QVERIFY(QDir().mkpath(tree + u"/tmp"_qs));
        for (const QString &name : {u"a.txt"_qs, u"b.log"_qs, u"tmp/c.txt"_qs}) {
            QFile f(tree + u'/' + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(name.toUtf8());
        }
        // cp --recursive --json: one document with every transfer; no progress bar off a terminal.
        r = pailctl({u"cp"_qs, u"--recursive"_qs, tree, u"s3://json-bucket/t/"_qs, u"--json"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(u'\r'), qPrintable(r.err));
        QJsonObject o = json(r);
        QCOMPARE(o.value(u"completed"_qs).toInt(), 3);
        QCOMPARE(o.value(u"failed"_qs).toInt(), 0);
        QCOMPARE(o.value(u"transfers"_qs).toArray().size(), 3);
        QCOMPARE(o.value(u"transfers"_qs).toArray().first().toObject().value(u"verified"_qs).toBool(), true);

        r = pailctl({u"ls"_qs, u"s3://json-bucket/t/"_qs, u"--recursive"_qs, u"--json"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        o = json(r);
        QCOMPARE(o.value(u"objects"_qs).toArray().size(), 3);
        QCOMPARE(o.value(u"objects"_qs).toArray().first().toObject().value(u"key"_qs).toString(), u"t/a.txt"_qs);

        // sync --delete --dry-run with filters lists exactly what would change, and changes nothing.
        QVERIFY(QFile::remove(tree + u"/a.txt"_qs));
        {
            QFile f(tree + u"/new.txt"_qs);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("new");
        }
        r = pailctl({u"sync"_qs, tree, u"s3://json-bucket/t"_qs, u"--delete"_qs, u"--dry-run"_qs, u"--exclude"_qs,
                     u"tmp/*"_qs, u"--json"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        o = json(r);
        QCOMPARE(o.value(u"dryRun"_qs).toBool(), true);
        QStringList actions;
        for (const QJsonValue &v : o.value(u"actions"_qs).toArray())
            actions << v.toObject().value(u"action"_qs).toString() + u' ' + v.toObject().value(u"destination"_qs).toString();
        QCOMPARE(actions, (QStringList {u"delete s3://json-bucket/t/a.txt"_qs, u"upload s3://json-bucket/t/new.txt"_qs}));
        r = pailctl({u"ls"_qs, u"s3://json-bucket/t/a.txt"_qs, u"--json"_qs});
        QCOMPARE(json(r).value(u"objects"_qs).toArray().size(), 1); // still there

        // Errors: one JSON document with the S3 code and a hint; exit codes by kind.
        r = pailctl({u"cp"_qs, u"s3://json-bucket/missing"_qs, m_dir.filePath(u"missing"_qs), u"--json"_qs});
        QCOMPARE(r.exitCode, 4);
        o = json(r);
        QCOMPARE(o.value(u"error"_qs).toObject().value(u"code"_qs).toString(), u"NoSuchKey"_qs);
        QVERIFY(!o.value(u"error"_qs).toObject().value(u"hint"_qs).toString().isEmpty());
        r = pailctl({u"ls"_qs, u"s3://no-such-bucket-here"_qs});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(u"NoSuchBucket"_qs), qPrintable(r.err));
        r = pailctl({u"ls"_qs, u"--json"_qs}, u"wrong-secret-key"_qs);
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(json(r).value(u"error"_qs).toObject().value(u"code"_qs).toString(), u"SignatureDoesNotMatch"_qs);
        r = pailctl({u"ls"_qs, u"--bogus-option"_qs});
        QCOMPARE(r.exitCode, 2);
        {
            QTcpServer closed; // a port nothing answers on once the server is gone
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            const QString url = u"http://127.0.0.1:"_qs + QString::number(closed.serverPort());
            closed.close();
            r = pailctl({u"ls"_qs}, u"pail-sandbox-secret-key"_qs, url);
            QCOMPARE(r.exitCode, 6);
            QVERIFY2(r.err.contains(u"NetworkFailure"_qs), qPrintable(r.err));
        }
        // presign --json
        r = pailctl({u"presign"_qs, u"s3://json-bucket/t/b.log"_qs, u"--json"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(json(r).value(u"url"_qs).toString().contains(u"X-Amz-Signature="_qs));

        // policy put reads the policy back; policy get prints it.
        const QString policyFile = m_dir.filePath(u"policy.json"_qs);
        {
            QFile f(policyFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"r\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::json-bucket/t/*\"}]}");
        }
        r = pailctl({u"policy"_qs, u"put"_qs, u"--bucket"_qs, u"json-bucket"_qs, u"--file"_qs, policyFile, u"--json"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        o = json(r);
        QCOMPARE(o.value(u"readBack"_qs).toBool(), true);
        QCOMPARE(o.value(u"droppedFields"_qs).toArray().size(), 0);
        r = pailctl({u"policy"_qs, u"get"_qs, u"--bucket"_qs, u"json-bucket"_qs, u"--json"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(u"policy"_qs).toObject().value(u"Statement"_qs).toArray().first().toObject().value(u"Sid"_qs).toString(),
                 u"r"_qs);

        // lifecycle put / get in aws s3api JSON.
        const QString rules = m_dir.filePath(u"rules.json"_qs);
        {
            QFile f(rules);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"Rules":[{"ID":"logs","Filter":{"Prefix":"logs/"},"Status":"Enabled","Expiration":{"Days":30}}]})");
        }
        r = pailctl({u"lifecycle"_qs, u"put"_qs, u"--bucket"_qs, u"json-bucket"_qs, u"--file"_qs, rules});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"read back: complete"_qs), qPrintable(r.out + r.err));
        r = pailctl({u"lifecycle"_qs, u"get"_qs, u"--bucket"_qs, u"json-bucket"_qs, u"--json"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(u"configuration"_qs).toObject().value(u"Rules"_qs).toArray().first().toObject().value(u"ID"_qs).toString(),
                 u"logs"_qs);

        // cp between endpoints: streamed through pailctl (--source-endpoint-url), here the same server.
        r = pailctl({u"cp"_qs, u"s3://json-bucket/t/b.log"_qs, u"s3://json-bucket/copied/b.log"_qs, u"--source-endpoint-url"_qs,
                     m_endpoint, u"--source-access-key"_qs, u"PAILSANDBOX"_qs, u"--source-secret-key"_qs,
                     u"pail-sandbox-secret-key"_qs, u"--json"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(json(r).value(u"transfers"_qs).toArray().first().toObject().value(u"verified"_qs).toBool(), true);

        // rm --versions removes every version and delete marker in a versioned bucket.
        {
            Client::Profile profile;
            profile.name = u"test"_qs;
            profile.endpoint = QUrl(m_endpoint);
            profile.addressingStyle = Client::AddressingStyle::Path;
            Client::StaticCredentialsProvider credentials(Client::Credentials {u"PAILSANDBOX"_qs, u"pail-sandbox-secret-key"_qs, {}, {}});
            Client::Transport transport(profile, &credentials);
            Client::S3Client client(transport);
            S3::VersioningConfiguration versioning;
            versioning.status = S3::VersioningConfiguration::Status::Enabled;
            std::unique_ptr<Client::VoidJob> job(client.putBucketVersioning(u"json-bucket"_qs, versioning));
            QSignalSpy done(job.get(), &Client::Job::finished);
            job->start();
            QVERIFY(done.wait(20000));
            QVERIFY2(job->result().has_value(), qPrintable(job->error().message));
        }
        r = pailctl({u"cp"_qs, policyFile, u"s3://json-bucket/t/b.log"_qs}); // a second version
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = pailctl({u"rm"_qs, u"s3://json-bucket/t/b.log"_qs, u"--json"_qs}); // a delete marker
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(u"deleted"_qs).toArray().first().toObject().value(u"deleteMarker"_qs).toBool(), true);
        r = pailctl({u"rb"_qs, u"s3://json-bucket"_qs}); // not empty: versions remain
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"BucketNotEmpty"_qs), qPrintable(r.err));
        r = pailctl({u"rm"_qs, u"s3://json-bucket/t/b.log"_qs, u"--versions"_qs, u"--json"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(json(r).value(u"deleted"_qs).toArray().size(), 3); // the null version, the new one, the marker
        r = pailctl({u"rm"_qs, u"s3://json-bucket/"_qs, u"--recursive"_qs, u"--versions"_qs, u"--json"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = pailctl({u"rb"_qs, u"s3://json-bucket"_qs, u"--json"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void helpListsExitCodes()
    {
        QProcess p;
        p.start(QStringLiteral(PAILCTL_PATH), {u"--help"_qs});
        QVERIFY(p.waitForFinished(20000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        for (const QString &line : {u"Exit codes:"_qs, u"3  partial"_qs, u"4  not found"_qs, u"5  access"_qs, u"6  unreachable"_qs, u"--json"_qs})
            QVERIFY2(out.contains(line), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestPailctlClient)
#include "tst_pailctlclient.moc"
