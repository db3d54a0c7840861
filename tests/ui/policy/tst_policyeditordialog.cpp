#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include "engine/client/requestjob.h"
#include "engine/policy/simulation.h"
#include "engine/server/access.h"
#include "tests/ui/lifecycle/editorsfixture.h"
#include "ui/policy/policyeditordialog.h"
#include "ui/policy/policypickers.h"

using Gui::PolicyEditorDialog;
using Kind = PolicyEditorDialog::PrincipalKind;

namespace {

// Alice may read public/ through the bucket policy and private/ through her identity policy;
// nobody may read secret/ (explicit deny), and anonymous callers may read public/.
const char kPolicy[] =
    "{\n"
    "  \"Version\": \"2012-10-17\",\n"
    "  \"Statement\": [\n"
    "    {\"Sid\": \"PublicRead\", \"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\",\n"
    "     \"Resource\": \"arn:aws:s3:::%1/public/*\"},\n"
    "    {\"Sid\": \"DenySecret\", \"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\",\n"
    "     \"Resource\": \"arn:aws:s3:::%1/secret/*\"}\n"
    "  ]\n"
    "}\n";

const char kIdentityPolicy[] = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                               "\"Resource\":\"arn:aws:s3:::*/private/*\"}]}";

QString screenshotPath(const char *name)
{
    return QStringLiteral(SCREENSHOT_DIR "/") + QString::fromLatin1(name);
}

} // namespace

class TestPolicyEditorDialog : public QObject
{
    Q_OBJECT

private:
    TestSupport::EditorsFixture f;
    int m_counter = 0;

    QString newBucket()
    {
        const QString bucket = QStringLiteral("pol-%1").arg(++m_counter);
        const auto created = f.run(f.client->createBucket(bucket));
        if (!created)
            qWarning() << created.error().message;
        return bucket;
    }

    std::unique_ptr<PolicyEditorDialog> openDialog(const QString &bucket)
    {
        auto dialog = std::make_unique<PolicyEditorDialog>(*f.client, bucket, true);
        QSignalSpy loaded(dialog.get(), &PolicyEditorDialog::loaded);
        if (!dialog->isLoaded())
            loaded.wait(30000);
        return dialog;
    }

    // The HTTP status the server gives a GET of the key by that principal.
    int serverStatus(Kind kind, const QString &bucket, const QString &key)
    {
        if (kind == Kind::Anonymous) {
            QNetworkAccessManager nam;
            QUrl url(f.server.endpoint());
            url.setPath(QStringLiteral("/%1/%2").arg(bucket, key));
            QNetworkReply *reply = nam.get(QNetworkRequest(url));
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(30000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            delete reply;
            return status;
        }
        Client::Profile profile;
        profile.name = QStringLiteral("alice");
        profile.endpoint = QUrl(f.server.endpoint());
        profile.addressingStyle = Client::AddressingStyle::Path;
        const bool root = kind == Kind::Root;
        profile.accessKeyId = root ? QStringLiteral("TESTKEY") : QStringLiteral("ALICEKEY");
        Client::StaticCredentialsProvider credentials(
            Client::Credentials {profile.accessKeyId, root ? QStringLiteral("test-secret") : QStringLiteral("alice-secret"), {}, {}});
        Client::Transport transport(profile, &credentials);
        Client::S3Client client(transport);
        Client::GetObjectRequest request;
        request.bucket = bucket;
        request.key = key;
        const auto result = f.run(client.getObject(request));
        return result ? 200 : result.error().httpStatus;
    }

private slots:
    void initTestCase()
    {
        f.options.users.append(Server::User::make(QStringLiteral("alice"), QStringLiteral("ALICEKEY"), QStringLiteral("alice-secret")));
        QVERIFY(f.start());
        // Alice's identity policy, through the sandbox's admin API.
        Client::Request put;
        put.method = "PUT";
        put.bucket = QStringLiteral("_pail");
        put.key = QStringLiteral("users/alice/policies/read-private");
        put.body = Client::RequestBody::fromBytes(kIdentityPolicy);
        put.setHeader("Content-Type", "application/json");
        put.idempotent = true;
        auto *job = new Client::RequestJob<void>(f.client->transport(), put, [](const Client::Response &) { return Core::Status(); });
        const auto attached = f.run(job);
        QVERIFY2(attached.has_value(), qPrintable(attached ? QString() : attached.error().message));
    }

    void loadsPolicyIntoTable()
    {
        const QString bucket = newBucket();
        QVERIFY(f.run(f.client->putBucketConfig(bucket, Client::BucketConfig::Policy, QString::fromLatin1(kPolicy).arg(bucket).toUtf8())));
        auto dialog = openDialog(bucket);
        QCOMPARE(dialog->statementTable()->rowCount(), 2);
        QCOMPARE(dialog->statementTable()->item(0, 0)->text(), QStringLiteral("PublicRead"));
        QCOMPARE(dialog->statementTable()->item(1, 0)->text(), QStringLiteral("DenySecret"));
        QCOMPARE(dialog->statementTable()->item(0, 3)->text(), QStringLiteral("s3:GetObject"));
        QVERIFY(dialog->document().has_value());
        // The sandbox supports bucket policies: Apply stays available after the capability probe.
        QTest::qWait(200);
        QVERIFY(dialog->isPolicySupported());
        // Principal "*" with GetObject: the banner says what is public and to whom.
        QVERIFY(dialog->publicBanner()->isVisibleTo(dialog.get()));
        QVERIFY(dialog->publicBanner()->text().contains(QStringLiteral("public/*")));
        QVERIFY(dialog->publicBanner()->text().contains(QStringLiteral("PublicRead")));
        QVERIFY(!dialog->publicBanner()->text().contains(QStringLiteral("DenySecret")));
        dialog->show();
        QVERIFY(dialog->grab().save(screenshotPath("policy-editor.png")));
    }

    void tableEditShowsInJsonAndBack()
    {
        const QString bucket = newBucket();
        QVERIFY(f.run(f.client->putBucketConfig(bucket, Client::BucketConfig::Policy, QString::fromLatin1(kPolicy).arg(bucket).toUtf8())));
        auto dialog = openDialog(bucket);
        QTableWidget *table = dialog->statementTable();
        // Table -> JSON.
        table->item(0, 0)->setText(QStringLiteral("EveryoneReads"));
        table->item(0, 3)->setText(QStringLiteral("s3:GetObject, s3:GetObjectVersion"));
        const QString json = dialog->jsonEdit()->toPlainText();
        QVERIFY(json.contains(QStringLiteral("\"Sid\": \"EveryoneReads\"")));
        QVERIFY(json.contains(QStringLiteral("\"s3:GetObjectVersion\"")));
        QVERIFY(!json.contains(QStringLiteral("PublicRead")));
        QVERIFY(dialog->document().has_value());
        QCOMPARE(dialog->document()->statements.at(0).actions.size(), 2);
        // A condition row in the lower table appears in the JSON too.
        table->selectRow(1);
        QTableWidget *conditions = dialog->conditionTable();
        conditions->setRowCount(1);
        conditions->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Bool")));
        conditions->setItem(0, 1, new QTableWidgetItem(QStringLiteral("aws:SecureTransport")));
        conditions->setItem(0, 2, new QTableWidgetItem(QStringLiteral("false")));
        QVERIFY(dialog->jsonEdit()->toPlainText().contains(QStringLiteral("\"aws:SecureTransport\": \"false\"")));
        QCOMPARE(dialog->document()->statements.at(1).conditions.size(), size_t(1));
        // JSON -> table.
        QString edited = dialog->jsonEdit()->toPlainText();
        edited.replace(QStringLiteral("DenySecret"), QStringLiteral("NoSecrets"));
        edited.replace(QStringLiteral("\"Effect\": \"Deny\""), QStringLiteral("\"Effect\": \"Allow\""));
        dialog->jsonEdit()->setPlainText(edited);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("NoSecrets"));
        QCOMPARE(qobject_cast<QComboBox *>(table->cellWidget(1, 1))->currentText(), QStringLiteral("Allow"));
        QCOMPARE(dialog->policy().statements.at(1).conditions.size(), 1);
        // Effect edited in the table.
        qobject_cast<QComboBox *>(table->cellWidget(1, 1))->setCurrentIndex(1);
        QVERIFY(dialog->jsonEdit()->toPlainText().contains(QStringLiteral("\"Effect\": \"Deny\"")));
    }

    void invalidJsonShowsLineAndColumnAndLocksTable()
    {
        const QString bucket = newBucket();
        auto dialog = openDialog(bucket);
        dialog->jsonEdit()->setPlainText(QStringLiteral("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [ {\"Effect\": }\n  ]\n}\n"));
        QVERIFY(!dialog->isJsonValid());
        QVERIFY(!dialog->jsonErrorLabel()->isHidden());
        QVERIFY2(dialog->jsonErrorLabel()->text().startsWith(QStringLiteral("Line 3, column 29")),
                 qPrintable(dialog->jsonErrorLabel()->text()));
        QVERIFY(!dialog->tabs()->widget(0)->isEnabled());
        dialog->tabs()->setCurrentIndex(1);
        dialog->show();
        QVERIFY(dialog->grab().save(screenshotPath("policy-editor-json-error.png")));
        // Fixing it unlocks the table.
        dialog->jsonEdit()->setPlainText(QString::fromLatin1(kPolicy).arg(bucket));
        QVERIFY(dialog->isJsonValid());
        QVERIFY(dialog->tabs()->widget(0)->isEnabled());
        QCOMPARE(dialog->statementTable()->rowCount(), 2);
    }

    void templateAppliesAndServerAccepts()
    {
        const QString bucket = newBucket();
        auto dialog = openDialog(bucket);
        QCOMPARE(dialog->statementTable()->rowCount(), 0);
        QVERIFY(!dialog->publicBanner()->isVisibleTo(dialog.get()));
        QVERIFY(dialog->applyTemplate(QStringLiteral("deny-insecure-transport"), {}));
        QVERIFY(!dialog->publicBanner()->isVisibleTo(dialog.get()));
        QVERIFY(dialog->applyTemplate(QStringLiteral("public-read-prefix"), {{QStringLiteral("prefix"), QStringLiteral("pub/")}}));
        QCOMPARE(dialog->statementTable()->rowCount(), 2);
        QVERIFY(dialog->diagnostics().isEmpty());
        QVERIFY(dialog->publicBanner()->isVisibleTo(dialog.get()));
        QVERIFY(dialog->publicBanner()->text().contains(QStringLiteral("arn:aws:s3:::%1/pub/*").arg(bucket)));
        QVERIFY(dialog->applyTemplate(QStringLiteral("write-only-drop-box"),
                                      {{QStringLiteral("prefix"), QStringLiteral("in/")},
                                       {QStringLiteral("account"), QStringLiteral("000000000000")},
                                       {QStringLiteral("user"), QStringLiteral("alice")}}));
        QCOMPARE(dialog->statementTable()->rowCount(), 4);
        QSignalSpy applied(dialog.get(), &PolicyEditorDialog::applied);
        dialog->apply();
        QVERIFY(applied.wait(30000));
        const auto stored = f.run(f.client->bucketConfig(bucket, Client::BucketConfig::Policy));
        QVERIFY(stored.has_value());
        QVERIFY(stored->contains("DenyInsecureTransport"));
        QVERIFY(stored->contains("DropBoxNoRead"));
        dialog->show();
        QVERIFY(dialog->grab().save(screenshotPath("policy-editor-templates.png")));
        // Delete removes it on the server.
        QSignalSpy deleted(dialog.get(), &PolicyEditorDialog::deleted);
        dialog->deletePolicy();
        QVERIFY(deleted.wait(30000));
        const auto gone = f.run(f.client->bucketConfig(bucket, Client::BucketConfig::Policy));
        QVERIFY(!gone.has_value());
        QCOMPARE(gone.error().s3Code, QStringLiteral("NoSuchBucketPolicy"));
    }

    void applyShowsServerError()
    {
        const QString bucket = newBucket();
        auto dialog = openDialog(bucket);
        // A resource outside the bucket: the server refuses with MalformedPolicy.
        dialog->jsonEdit()->setPlainText(QString::fromLatin1(kPolicy).arg(QStringLiteral("another-bucket")));
        QVERIFY(!dialog->diagnostics().isEmpty());
        QSignalSpy failed(dialog.get(), &PolicyEditorDialog::applyFailed);
        dialog->apply();
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.at(0).at(0).value<Core::Error>().code, Core::ErrorCode::MalformedPolicy);
        QVERIFY(dialog->statusLabel()->text().contains(failed.at(0).at(0).value<Core::Error>().message));
    }

    void simulatorAgreesWithEngineAndServer_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("principal");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<int>("decidingRow"); // -1: none in the bucket policy
        QTest::newRow("anonymous public") << int(Kind::Anonymous) << QString() << QStringLiteral("public/a.txt") << true << 0;
        QTest::newRow("anonymous private") << int(Kind::Anonymous) << QString() << QStringLiteral("private/a.txt") << false << -1;
        QTest::newRow("anonymous secret") << int(Kind::Anonymous) << QString() << QStringLiteral("secret/a.txt") << false << 1;
        QTest::newRow("alice public") << int(Kind::SandboxUser) << QStringLiteral("alice") << QStringLiteral("public/a.txt") << true << 0;
        QTest::newRow("alice private (identity)") << int(Kind::SandboxUser) << QStringLiteral("alice") << QStringLiteral("private/a.txt") << true << -1;
        QTest::newRow("alice secret") << int(Kind::SandboxUser) << QStringLiteral("alice") << QStringLiteral("secret/a.txt") << false << 1;
        QTest::newRow("alice other") << int(Kind::SandboxUser) << QStringLiteral("alice") << QStringLiteral("other/a.txt") << false << -1;
        QTest::newRow("alice by arn") << int(Kind::Arn) << QStringLiteral("arn:aws:iam::000000000000:user/alice") << QStringLiteral("private/a.txt") << true << -1;
        QTest::newRow("root other") << int(Kind::Root) << QString() << QStringLiteral("other/a.txt") << true << -1;
        QTest::newRow("root secret") << int(Kind::Root) << QString() << QStringLiteral("secret/a.txt") << false << 1;
    }

    void simulatorAgreesWithEngineAndServer()
    {
        QFETCH(int, kind);
        QFETCH(QString, principal);
        QFETCH(QString, key);
        QFETCH(bool, allowed);
        QFETCH(int, decidingRow);
        static QString bucket;
        if (bucket.isEmpty()) {
            bucket = newBucket();
            for (const char *k : {"public/a.txt", "private/a.txt", "secret/a.txt", "other/a.txt"})
                QVERIFY(f.put(bucket, QString::fromLatin1(k), "data"));
            QVERIFY(f.run(f.client->putBucketConfig(bucket, Client::BucketConfig::Policy, QString::fromLatin1(kPolicy).arg(bucket).toUtf8())));
        }
        auto dialog = openDialog(bucket);
        QSignalSpy users(dialog.get(), &PolicyEditorDialog::usersLoaded);
        QVERIFY(dialog->areUsersLoaded() || users.wait(30000));
        if (Kind(kind) == Kind::SandboxUser) {
            bool listed = false;
            for (int i = 0; i < dialog->simPrincipalCombo()->count(); ++i)
                listed |= dialog->simPrincipalCombo()->itemData(i, Qt::UserRole + 1).toString() == principal;
            QVERIFY(listed); // from the sandbox's user list, not added by setSimulation()
        }
        dialog->setSimulation(Kind(kind), principal, QStringLiteral("s3:GetObject"), key);
        QSignalSpy finished(dialog.get(), &PolicyEditorDialog::simulationFinished);
        dialog->simulate();
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QVERIFY(dialog->lastExplanation().has_value());
        const bool guiAllows = dialog->lastExplanation()->decision == Policy::Decision::Allow;

        // The engine, called directly as pailctl does.
        Policy::SimulationRequest request;
        const Server::User alice = Server::User::make(QStringLiteral("alice"), QStringLiteral("-"), QStringLiteral("-"));
        const Server::User root = Server::User::make(QStringLiteral("root"), QStringLiteral("-"), QStringLiteral("-"));
        Server::Caller caller = Server::Caller::Anonymous;
        std::vector<Policy::Document> identity;
        if (Kind(kind) == Kind::Root) {
            caller = Server::Caller::Root;
            request.principal = Server::principalFor(&root, true);
        } else if (Kind(kind) != Kind::Anonymous) {
            caller = Server::Caller::User;
            request.principal = Server::principalFor(&alice, false);
            Policy::ParseOptions o;
            o.kind = Policy::PolicyKind::Identity;
            identity.push_back(*Policy::parseDocument(kIdentityPolicy, o).document);
        } else {
            request.principal = Server::principalFor(nullptr, false);
        }
        request.bucket = bucket;
        request.key = key;
        request.action = QStringLiteral("GetObject");
        Policy::ParseOptions o;
        o.bucket = bucket;
        const Policy::Document bucketPolicy = *Policy::parseDocument(QString::fromLatin1(kPolicy).arg(bucket).toUtf8(), o).document;
        std::vector<const Policy::Document *> identityDocs;
        for (const auto &d : identity)
            identityDocs.push_back(&d);
        const Policy::Explanation engine =
            Server::explainAccess(caller, Policy::simulationContext(request), identityDocs, &bucketPolicy);

        // The server's answer to the real request.
        const int status = serverStatus(Kind(kind), bucket, key);

        QCOMPARE(guiAllows, allowed);
        QCOMPARE(dialog->lastExplanation()->decision, engine.decision);
        QCOMPARE(status, allowed ? 200 : 403);
        QCOMPARE(dialog->highlightedRow(), decidingRow);
        QCOMPARE(dialog->verdictLabel()->text().startsWith(QStringLiteral("Allow")), allowed);
        if (QByteArray(QTest::currentDataTag()) == "alice secret") {
            dialog->tabs()->setCurrentIndex(2);
            dialog->show();
            QVERIFY(dialog->grab().save(screenshotPath("policy-editor-simulator.png")));
            dialog->tabs()->setCurrentIndex(0);
            QVERIFY(dialog->grab().save(screenshotPath("policy-editor-deciding-statement.png")));
        }
    }

    void actionPickerGroupsAndWildcards()
    {
        Gui::ActionPickerDialog picker({QStringLiteral("s3:GetObject"), QStringLiteral("s3:*Object?ersion")});
        QCOMPARE(Gui::ActionPickerDialog::groupOf(QStringLiteral("ListBucket")), 0);
        QCOMPARE(Gui::ActionPickerDialog::groupOf(QStringLiteral("GetObject")), 1);
        QCOMPARE(Gui::ActionPickerDialog::groupOf(QStringLiteral("PutObject")), 2);
        QCOMPARE(Gui::ActionPickerDialog::groupOf(QStringLiteral("PutBucketPolicy")), 3);
        picker.setChecked(QStringLiteral("s3:List*"), true);
        const QStringList actions = picker.actions();
        QVERIFY(actions.contains(QStringLiteral("s3:GetObject")));
        QVERIFY(actions.contains(QStringLiteral("s3:List*")));
        QVERIFY(actions.contains(QStringLiteral("s3:*Object?ersion")));
        QCOMPARE(actions.size(), 3);
    }
};

QTEST_MAIN(TestPolicyEditorDialog)
#include "tst_policyeditordialog.moc"
