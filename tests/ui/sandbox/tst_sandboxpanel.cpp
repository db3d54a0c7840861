#include <QCheckBox>
#include <QFile>
#include <QProcess>
#include <QSpinBox>
#include <QTcpServer>
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
#include "engine/core/clock.h"
#include "ui/browser/sandboxcontroller.h"
#include "ui/sandbox/sandboxpanel.h"
#include "ui/sandbox/sandboxwindow.h"
#include "ui/sandbox/storagechart.h"

using Gui::AccessLogTail;
using Gui::SandboxPanel;

namespace {

// A port that was free a moment ago (for the panel's port field).
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// `aws s3 ls` against the endpoint with the panel's keys, in a scratch HOME, loopback only.
QString awsList(const QString &endpoint, const QString &key, const QString &secret, const QString &caBundle, int *exitCode)
{
    QTemporaryDir home;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), home.filePath(QStringLiteral("credentials")));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), key);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), secret);
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("*"));
    if (!caBundle.isEmpty())
        env.insert(QStringLiteral("AWS_CA_BUNDLE"), caBundle);
    QProcess aws;
    aws.setProcessEnvironment(env);
    aws.start(QStringLiteral("/usr/bin/aws"), {QStringLiteral("--endpoint-url"), endpoint, QStringLiteral("s3"), QStringLiteral("ls")});
    if (!aws.waitForFinished(120000)) {
        aws.kill();
        aws.waitForFinished();
    }
    *exitCode = aws.exitStatus() == QProcess::NormalExit ? aws.exitCode() : -1;
    return QString::fromUtf8(aws.readAllStandardOutput() + aws.readAllStandardError());
}

} // namespace

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
        QCOMPARE(panel.logTable()->item(last, 5)->text(), QStringLiteral("root")); // the user
        QVERIFY(panel.grab().save(QStringLiteral(SCREENSHOT_DIR "/sandbox-panel.png")));
        panel.tabs()->setCurrentIndex(SandboxPanel::AwsCliTab);
        QVERIFY(panel.grab().save(QStringLiteral(SCREENSHOT_DIR "/sandbox-panel-snippets.png")));
        panel.tabs()->setCurrentIndex(SandboxPanel::UsersTab);
        QCOMPARE(panel.usersTable()->rowCount(), 1);
        QCOMPARE(panel.usersTable()->item(0, 1)->text(), QStringLiteral("TESTKEY"));
        QVERIFY(panel.grab().save(QStringLiteral(SCREENSHOT_DIR "/sandbox-panel-users.png")));

        backend.stop();
        QVERIFY(!backend.isRunning());
        QVERIFY(panel.stateLabel()->text().contains(QStringLiteral("Stopped")));
    }

    // The test: starting the server from the panel (a chosen port, loopback) lets aws-cli
    // list buckets; then again over HTTPS with the generated self-signed certificate.
    void startFromPanelLetsAwsCliListBuckets()
    {
        if (!QFile::exists(QStringLiteral("/usr/bin/aws")))
            QSKIP("aws-cli is not installed at /usr/bin/aws");
        TestSupport::EditorsFixture f;
        Gui::LocalServerBackend backend(f.server, f.options);
        SandboxPanel panel(backend);
        panel.resize(820, 640);
        QVERIFY(!panel.allInterfacesCheck()->isChecked()); // loopback by default
        const quint16 port = freePort();
        QVERIFY(port > 0);
        panel.portSpin()->setValue(port);
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);
        QVERIFY2(backend.isRunning(), qPrintable(backend.lastError().message));
        QCOMPARE(panel.urlEdit()->text(), QStringLiteral("http://127.0.0.1:%1").arg(port));
        QVERIFY(!panel.portSpin()->isEnabled());
        QVERIFY(f.makeClient());
        QVERIFY(f.run(f.client->createBucket(QStringLiteral("from-panel"))).has_value());
        int exitCode = -1;
        QString out = awsList(panel.urlEdit()->text(), QStringLiteral("TESTKEY"), QStringLiteral("test-secret"), {}, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("from-panel")), qPrintable(out));

        QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
        QVERIFY(!backend.isRunning());
        panel.tlsCheck()->setChecked(true);
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);
        QVERIFY2(backend.isRunning(), qPrintable(backend.lastError().message));
        QVERIFY(panel.urlEdit()->text().startsWith(QStringLiteral("https://127.0.0.1:")));
        const QString certificate = panel.certificateEdit()->text();
        QVERIFY(QFile::exists(certificate));
        QVERIFY(panel.snippetView(2)->toPlainText().contains(QStringLiteral("AWS_CA_BUNDLE")));
        QVERIFY(panel.snippetView(1)->toPlainText().contains(QStringLiteral("verify=")));
        out = awsList(panel.urlEdit()->text(), QStringLiteral("TESTKEY"), QStringLiteral("test-secret"), certificate, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("from-panel")), qPrintable(out));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(QStringLiteral(SCREENSHOT_DIR "/sandbox-panel-tls.png")));
        backend.stop();
    }

    void logFilterAndUsers()
    {
        TestSupport::EditorsFixture f;
        Gui::LocalServerBackend backend(f.server, f.options);
        SandboxPanel panel(backend);
        QList<Gui::AccessLogEntry> entries;
        const char *methods[] = {"GET", "PUT", "GET", "DELETE"};
        for (int i = 0; i < 4; ++i) {
            Gui::AccessLogEntry e;
            e.method = QString::fromLatin1(methods[i]);
            e.path = QStringLiteral("/bucket/key-%1").arg(i);
            e.status = i == 3 ? 404 : 200;
            e.accessKeyId = i == 2 ? QString() : QStringLiteral("TESTKEY");
            entries.append(e);
        }
        panel.appendLogEntries(entries);
        QCOMPARE(panel.logTable()->rowCount(), 4);
        QCOMPARE(panel.logTable()->item(2, 5)->text(), QStringLiteral("anonymous"));
        auto visible = [&] {
            int n = 0;
            for (int row = 0; row < panel.logTable()->rowCount(); ++row)
                n += panel.logTable()->isRowHidden(row) ? 0 : 1;
            return n;
        };
        panel.logFilter()->setText(QStringLiteral("put"));
        QCOMPARE(visible(), 1);
        panel.logFilter()->setText(QStringLiteral("404"));
        QCOMPARE(visible(), 1);
        panel.logFilter()->setText(QStringLiteral("anonymous"));
        QCOMPARE(visible(), 1);
        // New rows are filtered as they come.
        Gui::AccessLogEntry late;
        late.method = QStringLiteral("HEAD");
        late.path = QStringLiteral("/bucket");
        late.status = 200;
        late.accessKeyId = QStringLiteral("TESTKEY");
        panel.appendLogEntries({late});
        QCOMPARE(visible(), 1);
        panel.logFilter()->clear();
        QCOMPARE(visible(), 5);
    }

    // Users listed, added and removed through the sandbox's admin API; the new keys authenticate.
    void usersAddedAndRemoved()
    {
        TestSupport::EditorsFixture f;
        Gui::LocalServerBackend backend(f.server, f.options);
        backend.start();
        QVERIFY(backend.isRunning());
        SandboxPanel panel(backend);
        panel.resize(820, 640);
        QTRY_COMPARE(panel.usersTable()->rowCount(), 1);
        QSignalSpy refreshed(&panel, &SandboxPanel::usersRefreshed);
        panel.newUserNameEdit()->setText(QStringLiteral("alice"));
        QTest::mouseClick(panel.addUserButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel.usersTable()->rowCount(), 2, 10000);
        QCOMPARE(panel.usersTable()->item(1, 0)->text(), QStringLiteral("alice"));
        const QStringList keys = panel.newUserKeys()->text().split(u' ');
        QCOMPARE(keys.size(), 2);
        QCOMPARE(panel.usersTable()->item(1, 1)->text(), keys.at(0));

        // alice's keys are real: signed requests are recognised (and denied: she has no policy yet).
        Client::Profile profile;
        profile.name = QStringLiteral("alice");
        profile.endpoint = QUrl(f.server.endpoint());
        profile.addressingStyle = Client::AddressingStyle::Path;
        Client::StaticCredentialsProvider alice(Client::Credentials {keys.at(0), keys.at(1), {}, {}});
        Client::Transport transport(profile, &alice);
        Client::S3Client client(transport);
        const auto listed = f.run(client.listBuckets());
        QVERIFY(!listed.has_value());
        QCOMPARE(listed.error().code, Core::ErrorCode::AccessDenied);

        panel.tabs()->setCurrentIndex(SandboxPanel::UsersTab);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(QStringLiteral(SCREENSHOT_DIR "/sandbox-panel-users-added.png")));
        panel.usersTable()->setCurrentCell(1, 0);
        QTest::mouseClick(panel.removeUserButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel.usersTable()->rowCount(), 1, 10000);
        QVERIFY(refreshed.count() >= 2);
        backend.stop();
    }

    void clockAdvancesDays()
    {
        TestSupport::EditorsFixture f;
        Gui::LocalServerBackend backend(f.server, f.options);
        backend.start();
        QVERIFY(backend.isRunning());
        SandboxPanel panel(backend);
        panel.resize(820, 640);
        const QDateTime before = f.server.clock().now();
        panel.advanceDaysSpin()->setValue(3);
        QTest::mouseClick(panel.advanceButton(), Qt::LeftButton);
        QVERIFY(f.server.clock().now() >= before.addDays(3));
        QVERIFY2(panel.clockLabel()->text().contains(QStringLiteral("3 day")), qPrintable(panel.clockLabel()->text()));
        panel.dayLengthSpin()->setValue(60);
        const auto buttons = panel.findChildren<QPushButton *>();
        QPushButton *set = *std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) { return b->text() == QStringLiteral("Set"); });
        set->click();
        QCOMPARE(f.server.clock().dayLength(), std::chrono::milliseconds(60000));
        panel.tabs()->setCurrentIndex(SandboxPanel::ClockTab);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(QStringLiteral(SCREENSHOT_DIR "/sandbox-panel-clock.png")));
        backend.stop();
    }

    void storageChartPerBucketAndClass()
    {
        TestSupport::EditorsFixture f;
        Gui::LocalServerBackend backend(f.server, f.options);
        backend.start();
        QVERIFY(f.makeClient());
        QVERIFY(f.run(f.client->createBucket(QStringLiteral("photos"))).has_value());
        QVERIFY(f.run(f.client->createBucket(QStringLiteral("archive"))).has_value());
        QVERIFY(f.put(QStringLiteral("photos"), QStringLiteral("a.jpg"), QByteArray(3000, 'a')));
        QVERIFY(f.put(QStringLiteral("photos"), QStringLiteral("b.jpg"), QByteArray(2000, 'b')));
        Client::PutObjectRequest ia;
        ia.bucket = QStringLiteral("archive");
        ia.key = QStringLiteral("old.tar");
        ia.body = Client::RequestBody::fromBytes(QByteArray(7000, 'c'));
        ia.attributes.storageClass = QStringLiteral("STANDARD_IA");
        QVERIFY(f.run(f.client->putObject(ia)).has_value());

        SandboxPanel panel(backend);
        panel.resize(820, 640);
        QSignalSpy counted(panel.storageChart(), &Gui::StorageChart::finished);
        panel.tabs()->setCurrentIndex(SandboxPanel::StorageTab); // counts on showing
        QTRY_VERIFY_WITH_TIMEOUT(panel.storageChart()->usage().size() == 2 && counted.count() >= 1
                                     && panel.storageChart()->statusLabel()->text().contains(QStringLiteral("in total")),
                                 30000);
        const auto &usage = panel.storageChart()->usage();
        QCOMPARE(usage.at(QStringLiteral("photos")).at(QStringLiteral("STANDARD")), qint64(5000));
        QCOMPARE(usage.at(QStringLiteral("archive")).at(QStringLiteral("STANDARD_IA")), qint64(7000));
        QCOMPARE(panel.storageChart()->chartedClasses(), QStringList({QStringLiteral("STANDARD"), QStringLiteral("STANDARD_IA")}));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(QStringLiteral(SCREENSHOT_DIR "/sandbox-panel-storage.png")));
        backend.stop();
    }

    // The main window's Sandbox menu opens the panel over the app's SandboxController: stop,
    // then serve again on a chosen port.
    void menuOpensPanelOverController()
    {
        QTemporaryDir dir;
        Gui::SandboxController controller;
        QSignalSpy started(&controller, &Gui::SandboxController::started);
        controller.start(dir.filePath(QStringLiteral("sandbox")));
        QVERIFY(started.wait(30000));
        QWidget window;
        Gui::SandboxMenu menu(controller, &window);
        QCOMPARE(menu.title(), QStringLiteral("&Sandbox"));
        menu.panelAction()->trigger();
        auto *panelWindow = window.findChild<Gui::SandboxWindow *>();
        QVERIFY(panelWindow);
        QVERIFY(panelWindow->isVisible());
        SandboxPanel *panel = panelWindow->panel();
        QCOMPARE(panel->urlEdit()->text(), controller.endpoint().toString(QUrl::StripTrailingSlash));
        QCOMPARE(menu.showPanel(), panelWindow); // raised, not a second one

        QTest::mouseClick(panel->stopButton(), Qt::LeftButton);
        QVERIFY(!controller.isRunning());
        QVERIFY(panel->stateLabel()->text().contains(QStringLiteral("Stopped")));
        const quint16 port = freePort();
        panel->portSpin()->setValue(port);
        QTest::mouseClick(panel->startButton(), Qt::LeftButton);
        QVERIFY(started.wait(30000));
        QCOMPARE(controller.endpoint().port(), int(port));
        QTRY_COMPARE(panel->urlEdit()->text(), QStringLiteral("http://127.0.0.1:%1").arg(port));
        QVERIFY(QTest::qWaitForWindowExposed(panelWindow));
        QVERIFY(panelWindow->grab().save(QStringLiteral(SCREENSHOT_DIR "/sandbox-window.png")));
        panelWindow->close();
    }
};

QTEST_MAIN(TestSandboxPanel)
#include "tst_sandboxpanel.moc"
