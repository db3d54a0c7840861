#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

    Run pailctl(const QStringList &args)
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
        QStringList full{args.first()};
        full << u"--endpoint"_qs << m_endpoint << u"--access-key"_qs << u"PAILSANDBOX"_qs << u"--secret-key"_qs
             << u"pail-sandbox-secret-key"_qs << u"--path-style"_qs << args.mid(1);
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

        // A missing key: non-zero exit and the S3 code.
        r = pailctl({u"cp"_qs, u"s3://cli-bucket/nope"_qs, m_dir.filePath(u"nope"_qs)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"NoSuchKey"_qs), qPrintable(r.err));

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
};

QTEST_GUILESS_MAIN(TestPailctlClient)
#include "tst_pailctlclient.moc"
