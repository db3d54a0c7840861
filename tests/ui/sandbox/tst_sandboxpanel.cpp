#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

#include "engine/server/accesslog.h"
#include "tests/ui/lifecycle/editorsfixture.h"
#include "ui/sandbox/accesslogtail.h"
#include "ui/sandbox/sandboxbackend.h"
#include "ui/sandbox/sandboxpanel.h"

using Gui::AccessLogTail;

class TestSandboxPanel : public QObject
{
    Q_OBJECT

private slots:
    void parsesLogLines()
    {
        Server::AccessLog::Entry entry;
        entry.requestId = "REQ1";
        entry.remote = "127.0.0.1:5000";
        entry.method = "PUT";
        entry.target = "/bucket/a%20b.txt";
        entry.operation = "PutObject";
        entry.accessKeyId = "AKIA";
        entry.status = 200;
        entry.bytesIn = 12;
        entry.bytesOut = 0;
        entry.milliseconds = 3.25;
        const std::string line = Server::AccessLog::format(entry, 1700000000123LL);
        const auto parsed = AccessLogTail::parseLine(QByteArray::fromStdString(line));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->method, QStringLiteral("PUT"));
        QCOMPARE(parsed->path, QStringLiteral("/bucket/a%20b.txt"));
        QCOMPARE(parsed->operation, QStringLiteral("PutObject"));
        QCOMPARE(parsed->status, 200);
        QCOMPARE(parsed->bytesIn, 12);
        QCOMPARE(parsed->milliseconds, 3.25);
        QCOMPARE(parsed->time, QDateTime::fromMSecsSinceEpoch(1700000000123LL, Qt::UTC));
        QVERIFY(!AccessLogTail::parseLine("not json").has_value());
        QVERIFY(!AccessLogTail::parseLine("{\"other\": 1}").has_value());
    }

    void tailReadsOnlyNewCompleteLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("access.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray a = "{\"time\":\"2026-01-01T00:00:00.000Z\",\"method\":\"GET\",\"path\":\"/\",\"status\":200,\"ms\":1.5}";
        const QByteArray b = "{\"time\":\"2026-01-01T00:00:01.000Z\",\"method\":\"PUT\",\"path\":\"/b/k\",\"status\":403,\"ms\":0.5}";
        file.write(a + '\n');
        file.flush();
        AccessLogTail tail;
        QSignalSpy spy(&tail, &AccessLogTail::entriesAdded);
        tail.setPath(path);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<QList<Gui::AccessLogEntry>>().size(), 1);
        file.write(b.left(20)); // half a line: nothing yet
        file.flush();
        tail.poll();
        QCOMPARE(spy.size(), 1);
        file.write(b.mid(20) + '\n');
        file.flush();
        tail.poll();
        QCOMPARE(spy.size(), 2);
        const auto entries = spy.at(1).at(0).value<QList<Gui::AccessLogEntry>>();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().status, 403);
        QCOMPARE(entries.first().path, QStringLiteral("/b/k"));
        // Truncation (rotation) starts over.
        file.resize(0);
        file.seek(0);
        file.write(a + '\n');
        file.flush();
        tail.poll();
        QCOMPARE(spy.size(), 3);
    }

    void panelShowsServerAndLog()
    {
        TestSupport::EditorsFixture f;
        f.options.accessLog = f.dir.filePath(QStringLiteral("access.log"));
        Gui::LocalServerBackend backend(f.server, f.options);
        Gui::SandboxPanel panel(backend);
        panel.resize(760, 560);
        QVERIFY(panel.urlEdit()->text().isEmpty());
        QVERIFY(panel.stateLabel()->text().contains(QStringLiteral("Stopped")));

        backend.start();
        QVERIFY(backend.isRunning());
        QVERIFY(panel.stateLabel()->text().contains(QStringLiteral("Running")));
        QCOMPARE(panel.urlEdit()->text(), f.server.endpoint());
        QCOMPARE(panel.secretEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!panel.snippetView(0)->toPlainText().contains(QStringLiteral("test-secret")));
        QVERIFY(panel.snippetView(0)->toPlainText().contains(
            QStringLiteral("aws --endpoint-url %1 s3 ls").arg(f.server.endpoint())));
        panel.setSecretShown(true);
        QCOMPARE(panel.secretEdit()->echoMode(), QLineEdit::Normal);
        QVERIFY(panel.snippetView(2)->toPlainText().contains(QStringLiteral("AWS_SECRET_ACCESS_KEY='test-secret'")));
        QVERIFY(panel.snippetView(2)->toPlainText().contains(QStringLiteral("AWS_ENDPOINT_URL='%1'").arg(f.server.endpoint())));
        QVERIFY(panel.snippetView(1)->toPlainText().contains(QStringLiteral("aws_access_key_id=\"TESTKEY\"")));

        QVERIFY(f.makeClient());
        QVERIFY(f.run(f.client->createBucket(QStringLiteral("logged"))).has_value());
        QVERIFY(f.run(f.client->listBuckets()).has_value());
        QTRY_VERIFY_WITH_TIMEOUT(panel.logTable()->rowCount() >= 2, 10000);
        const int last = panel.logTable()->rowCount() - 1;
        QCOMPARE(panel.logTable()->item(last, 1)->text(), QStringLiteral("GET"));
        QCOMPARE(panel.logTable()->item(last, 2)->text(), QStringLiteral("/"));
        QCOMPARE(panel.logTable()->item(last, 3)->text(), QStringLiteral("200"));

        panel.setSecretShown(false);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(QStringLiteral("/tmp/pail-sandbox.png")));
        panel.tabs()->setCurrentIndex(1);
        QVERIFY(panel.grab().save(QStringLiteral("/tmp/pail-sandbox-snippets.png")));

        backend.stop();
        QVERIFY(!backend.isRunning());
        QVERIFY(panel.stateLabel()->text().contains(QStringLiteral("Stopped")));
    }
};

QTEST_MAIN(TestSandboxPanel)
#include "tst_sandboxpanel.moc"
