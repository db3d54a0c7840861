#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "engine/s3/xml/configdocuments.h"
#include "tests/ui/lifecycle/editorsfixture.h"
#include "ui/settings/bucketsettingsdialog.h"

using Gui::BucketSettingsDialog;
using Page = BucketSettingsDialog::Page;

class TestBucketSettingsDialog : public QObject
{
    Q_OBJECT

private:
    TestSupport::EditorsFixture f;
    QString m_bucket = QStringLiteral("settings-1");

    std::unique_ptr<BucketSettingsDialog> openDialog()
    {
        auto dialog = std::make_unique<BucketSettingsDialog>(*f.client, m_bucket);
        QSignalSpy loaded(dialog.get(), &BucketSettingsDialog::loaded);
        if (!dialog->isLoaded())
            loaded.wait(30000);
        return dialog;
    }

    bool applyAndWait(BucketSettingsDialog &dialog, Page page)
    {
        QSignalSpy applied(&dialog, &BucketSettingsDialog::pageApplied);
        QSignalSpy failed(&dialog, &BucketSettingsDialog::pageFailed);
        dialog.applyPage(page);
        for (int i = 0; i < 300 && applied.isEmpty() && failed.isEmpty(); ++i)
            QTest::qWait(100);
        if (!failed.isEmpty())
            qWarning() << dialog.pageStatus(page)->text();
        return !applied.isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        QVERIFY(f.run(f.client->createBucket(m_bucket)).has_value());
    }

    void enablesVersioningAndServerReportsIt()
    {
        auto dialog = openDialog();
        QVERIFY(dialog->isLoaded());
        QVERIFY(dialog->versioningState()->text().contains(QStringLiteral("never")));
        QVERIFY(!dialog->versioningEnabled()->isChecked());
        dialog->versioningEnabled()->setChecked(true);
        QVERIFY(applyAndWait(*dialog, Page::Versioning));
        const auto reported = f.run(f.client->bucketVersioning(m_bucket));
        QVERIFY(reported.has_value());
        QCOMPARE(reported->status, S3::VersioningConfiguration::Status::Enabled);
        dialog->show();
        QVERIFY(dialog->grab().save(QStringLiteral(SCREENSHOT_DIR "/bucket-settings-versioning.png")));
        // A new dialog loads the state; suspending is reported too.
        auto again = openDialog();
        QVERIFY(again->versioningEnabled()->isChecked());
        QVERIFY(again->versioningState()->text().contains(QStringLiteral("enabled")));
        again->versioningSuspended()->setChecked(true);
        QVERIFY(applyAndWait(*again, Page::Versioning));
        QCOMPARE(f.run(f.client->bucketVersioning(m_bucket))->status, S3::VersioningConfiguration::Status::Suspended);
    }

    void encryptionTagsAndCors()
    {
        auto dialog = openDialog();
        dialog->encryptionAlgorithm()->setCurrentIndex(dialog->encryptionAlgorithm()->findData(QStringLiteral("AES256")));
        QVERIFY(applyAndWait(*dialog, Page::Encryption));
        const auto sse = f.run(f.client->bucketConfig(m_bucket, Client::BucketConfig::Encryption));
        QVERIFY(sse.has_value());
        QCOMPARE(S3::ServerSideEncryptionConfiguration::fromXml(*sse)->rules.first().sseAlgorithm, QStringLiteral("AES256"));

        QTableWidget *tags = dialog->tagTable();
        tags->setRowCount(2);
        tags->setItem(0, 0, new QTableWidgetItem(QStringLiteral("team")));
        tags->setItem(0, 1, new QTableWidgetItem(QStringLiteral("data")));
        tags->setItem(1, 0, new QTableWidgetItem(QStringLiteral("cost-centre")));
        tags->setItem(1, 1, new QTableWidgetItem(QStringLiteral("42")));
        QVERIFY(applyAndWait(*dialog, Page::Tags));
        const auto tagging = f.run(f.client->bucketTagging(m_bucket));
        QVERIFY(tagging.has_value());
        QCOMPARE(tagging->tags.size(), 2);

        dialog->corsXml()->setPlainText(QStringLiteral(
            "<CORSConfiguration><CORSRule><AllowedOrigin>https://example.com</AllowedOrigin>"
            "<AllowedMethod>GET</AllowedMethod><AllowedMethod>PUT</AllowedMethod><MaxAgeSeconds>60</MaxAgeSeconds></CORSRule>"
            "</CORSConfiguration>"));
        QCOMPARE(dialog->corsTable()->rowCount(), 1);
        QCOMPARE(dialog->corsTable()->item(0, 1)->checkState(), Qt::Checked); // GET
        QCOMPARE(dialog->corsTable()->item(0, 2)->checkState(), Qt::Checked); // PUT
        QVERIFY(applyAndWait(*dialog, Page::Cors));
        QVERIFY(f.run(f.client->bucketConfig(m_bucket, Client::BucketConfig::Cors))->contains("https://example.com"));

        // A refused document shows the server's error on its page.
        dialog->corsXml()->setPlainText(QStringLiteral("<CORSConfiguration><CORSRule><AllowedMethod>FETCH</AllowedMethod>"
                                                       "<AllowedOrigin>*</AllowedOrigin></CORSRule></CORSConfiguration>"));
        QSignalSpy failed(dialog.get(), &BucketSettingsDialog::pageFailed);
        dialog->applyPage(Page::Cors);
        QVERIFY(failed.wait(30000));
        QVERIFY(dialog->pageStatus(Page::Cors)->text().contains(QStringLiteral("refused")));

        // Loaded back by a new dialog.
        auto again = openDialog();
        QCOMPARE(again->tagTable()->rowCount(), 2);
        QCOMPARE(again->encryptionAlgorithm()->currentData().toString(), QStringLiteral("AES256"));
        QCOMPARE(again->corsTable()->rowCount(), 1);
        again->showPage(Page::Cors);
        again->show();
        QVERIFY(again->grab().save(QStringLiteral(SCREENSHOT_DIR "/bucket-settings-cors.png")));
    }

    void ownershipAndPublicAccessBlock()
    {
        const QString bucket = QStringLiteral("settings-access");
        QVERIFY(f.run(f.client->createBucket(bucket)).has_value());
        auto dialog = std::make_unique<BucketSettingsDialog>(*f.client, bucket);
        QSignalSpy loaded(dialog.get(), &BucketSettingsDialog::loaded);
        QVERIFY(dialog->isLoaded() || loaded.wait(30000));
        // The sandbox creates buckets with ACLs disabled, as AWS does since 2023.
        QVERIFY(dialog->ownershipButton(QStringLiteral("BucketOwnerEnforced"))->isChecked());
        QVERIFY(!dialog->blockPublicPolicy()->isChecked());
        QVERIFY(dialog->policyStatus()->text().contains(QStringLiteral("no bucket policy")));

        dialog->ownershipButton(QStringLiteral("ObjectWriter"))->setChecked(true);
        dialog->blockPublicPolicy()->setChecked(true);
        dialog->blockPublicAcls()->setChecked(true);
        QVERIFY(applyAndWait(*dialog, Page::Access));
        const auto ownership = f.run(f.client->bucketOwnershipControls(bucket));
        QVERIFY(ownership.has_value());
        QCOMPARE(ownership->objectOwnership, QStringLiteral("ObjectWriter"));
        const auto block = f.run(f.client->publicAccessBlock(bucket));
        QVERIFY(block.has_value());
        QVERIFY(block->blockPublicPolicy && block->blockPublicAcls && !block->ignorePublicAcls && !block->restrictPublicBuckets);

        // The server enforces it: a public policy is refused while BlockPublicPolicy is on.
        const QByteArray publicPolicy = QByteArrayLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                                          "\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                                                          "\"Resource\":\"arn:aws:s3:::settings-access/*\"}]}");
        const auto refused = f.run(f.client->putBucketConfig(bucket, Client::BucketConfig::Policy, publicPolicy));
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, Core::ErrorCode::AccessDenied);

        // Off again (a new dialog loads the state): the policy goes in and the page says the bucket is public.
        auto again = std::make_unique<BucketSettingsDialog>(*f.client, bucket);
        QSignalSpy loadedAgain(again.get(), &BucketSettingsDialog::loaded);
        QVERIFY(again->isLoaded() || loadedAgain.wait(30000));
        QVERIFY(again->ownershipButton(QStringLiteral("ObjectWriter"))->isChecked());
        QVERIFY(again->blockPublicPolicy()->isChecked());
        again->blockPublicPolicy()->setChecked(false);
        again->blockPublicAcls()->setChecked(false);
        QVERIFY(applyAndWait(*again, Page::Access));
        QCOMPARE(f.run(f.client->publicAccessBlock(bucket)).error().code, Core::ErrorCode::NoSuchPublicAccessBlockConfiguration);
        QVERIFY(f.run(f.client->putBucketConfig(bucket, Client::BucketConfig::Policy, publicPolicy)).has_value());
        // Applying again (no change) refreshes the policy status.
        QVERIFY(applyAndWait(*again, Page::Access));
        QTRY_VERIFY_WITH_TIMEOUT(again->policyStatus()->text().contains(QStringLiteral("makes this bucket public")), 30000);

        // A refusal shows the server's error: ACLs cannot be disabled while the bucket ACL grants the public.
        const auto acl = f.run(f.client->bucketConfig(bucket, Client::BucketConfig::Acl));
        QVERIFY(acl.has_value());
        QByteArray publicAcl = *acl;
        const QByteArray grant = QByteArrayLiteral(
            "<Grant><Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"Group\">"
            "<URI>http://acs.amazonaws.com/groups/global/AllUsers</URI></Grantee><Permission>READ</Permission></Grant>");
        publicAcl.replace("</AccessControlList>", grant + "</AccessControlList>");
        const auto aclPut = f.run(f.client->putBucketConfig(bucket, Client::BucketConfig::Acl, publicAcl));
        QVERIFY2(aclPut.has_value(), aclPut ? "" : qPrintable(aclPut.error().message));
        again->ownershipButton(QStringLiteral("BucketOwnerEnforced"))->setChecked(true);
        QSignalSpy failed(again.get(), &BucketSettingsDialog::pageFailed);
        again->applyPage(Page::Access);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().at(1).value<Core::Error>().code, Core::ErrorCode::InvalidBucketAclWithObjectOwnership);
        QVERIFY(again->pageStatus(Page::Access)->text().contains(QStringLiteral("refused")));
        QVERIFY(again->pageStatus(Page::Access)->text().contains(QStringLiteral("BucketOwnerEnforced")));
        QCOMPARE(f.run(f.client->bucketOwnershipControls(bucket))->objectOwnership, QStringLiteral("ObjectWriter"));
        again->showPage(Page::Access);
        again->show();
        QVERIFY(again->grab().save(QStringLiteral(SCREENSHOT_DIR "/bucket-settings-access.png")));
    }

    void corsTableAndXmlInStep()
    {
        const QString bucket = QStringLiteral("settings-cors");
        QVERIFY(f.run(f.client->createBucket(bucket)).has_value());
        auto dialog = std::make_unique<BucketSettingsDialog>(*f.client, bucket);
        QSignalSpy loaded(dialog.get(), &BucketSettingsDialog::loaded);
        QVERIFY(dialog->isLoaded() || loaded.wait(30000));
        QTableWidget *table = dialog->corsTable();
        QCOMPARE(table->rowCount(), 0);

        // XML -> table.
        dialog->corsXml()->setPlainText(QStringLiteral(
            "<CORSConfiguration>\n<CORSRule><ID>web</ID><AllowedOrigin>https://a.example</AllowedOrigin>"
            "<AllowedOrigin>https://b.example</AllowedOrigin><AllowedMethod>GET</AllowedMethod><AllowedMethod>HEAD</AllowedMethod>"
            "<AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>600</MaxAgeSeconds></CORSRule>\n"
            "<CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>PUT</AllowedMethod></CORSRule></CORSConfiguration>"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("https://a.example, https://b.example"));
        QCOMPARE(table->item(0, 1)->checkState(), Qt::Checked);   // GET
        QCOMPARE(table->item(0, 2)->checkState(), Qt::Unchecked); // PUT
        QCOMPARE(table->item(0, 5)->checkState(), Qt::Checked);   // HEAD
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("*"));
        QCOMPARE(table->item(0, 7)->text(), QStringLiteral("ETag"));
        QCOMPARE(table->item(0, 8)->text(), QStringLiteral("600"));
        QCOMPARE(table->item(1, 2)->checkState(), Qt::Checked);

        // Table -> XML: a method checked, an origin edited, a rule added and removed.
        table->item(0, 4)->setCheckState(Qt::Checked); // DELETE
        table->item(1, 0)->setText(QStringLiteral("https://upload.example"));
        auto fromXml = [&] { return S3::CORSConfiguration::fromXml(dialog->corsXml()->toPlainText().toUtf8()); };
        QVERIFY(fromXml().has_value());
        QCOMPARE(fromXml()->rules.size(), 2);
        QCOMPARE(fromXml()->rules.at(0).id, QStringLiteral("web"));
        QCOMPARE(fromXml()->rules.at(0).allowedMethods, QStringList({QStringLiteral("GET"), QStringLiteral("DELETE"), QStringLiteral("HEAD")}));
        QCOMPARE(fromXml()->rules.at(0).maxAgeSeconds, std::optional<int>(600));
        QCOMPARE(fromXml()->rules.at(1).allowedOrigins, QStringList {QStringLiteral("https://upload.example")});
        const auto buttons = dialog->page(Page::Cors)->findChildren<QPushButton *>();
        auto button = [&](const QString &text) {
            return *std::find_if(buttons.begin(), buttons.end(), [&](QPushButton *b) { return b->text() == text; });
        };
        button(QStringLiteral("Add rule"))->click();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(fromXml()->rules.size(), 3);
        table->setCurrentCell(2, 0);
        button(QStringLiteral("Remove rule"))->click();
        QCOMPARE(fromXml()->rules.size(), 2);

        // Invalid XML: line and column shown, the table locked; fixed XML unlocks it.
        const QString good = dialog->corsXml()->toPlainText();
        dialog->corsXml()->setPlainText(QStringLiteral("<CORSConfiguration>\n  <CORSRule>\n</CORSConfiguration>"));
        QVERIFY(!dialog->corsXmlError()->isHidden());
        QVERIFY2(dialog->corsXmlError()->text().contains(QStringLiteral("Line 3, column")), qPrintable(dialog->corsXmlError()->text()));
        QVERIFY(!table->isEnabled());
        QCOMPARE(table->rowCount(), 2); // the last good rules stay visible
        dialog->showPage(Page::Cors);
        dialog->show();
        QVERIFY(dialog->grab().save(QStringLiteral(SCREENSHOT_DIR "/bucket-settings-cors-invalid.png")));
        dialog->corsXml()->setPlainText(good);
        QVERIFY(dialog->corsXmlError()->isHidden());
        QVERIFY(table->isEnabled());

        QVERIFY(applyAndWait(*dialog, Page::Cors));
        const auto stored = f.run(f.client->bucketConfig(bucket, Client::BucketConfig::Cors));
        QVERIFY(stored.has_value());
        const auto config = S3::CORSConfiguration::fromXml(*stored);
        QVERIFY(config.has_value());
        QCOMPARE(config->rules.size(), 2);
        QVERIFY(config->rules.at(0).allowedMethods.contains(QStringLiteral("DELETE")));
        QVERIFY(dialog->grab().save(QStringLiteral(SCREENSHOT_DIR "/bucket-settings-cors-table.png")));
    }

    void loggingTabRoundTrip()
    {
        const QString source = QStringLiteral("settings-logged");
        const QString target = QStringLiteral("settings-logs");
        QVERIFY(f.run(f.client->createBucket(source)).has_value());
        QVERIFY(f.run(f.client->createBucket(target)).has_value());
        auto dialog = std::make_unique<BucketSettingsDialog>(*f.client, source);
        QSignalSpy loaded(dialog.get(), &BucketSettingsDialog::loaded);
        QVERIFY(dialog->isLoaded() || loaded.wait(30000));
        QVERIFY(!dialog->loggingEnabled()->isChecked());
        // The picker lists the other buckets, not this one.
        QVERIFY(dialog->loggingTarget()->findText(target) >= 0);
        QCOMPARE(dialog->loggingTarget()->findText(source), -1);

        // A target that does not exist: the server's refusal is shown.
        dialog->loggingEnabled()->setChecked(true);
        dialog->loggingTarget()->setCurrentText(QStringLiteral("no-such-bucket"));
        QSignalSpy failed(dialog.get(), &BucketSettingsDialog::pageFailed);
        dialog->applyPage(Page::Logging);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().at(1).value<Core::Error>().s3Code, QStringLiteral("InvalidTargetBucketForLogging"));
        QVERIFY(dialog->pageStatus(Page::Logging)->text().contains(QStringLiteral("refused")));

        dialog->loggingTarget()->setCurrentIndex(dialog->loggingTarget()->findText(target));
        dialog->loggingPrefix()->setText(QStringLiteral("access/"));
        QVERIFY(applyAndWait(*dialog, Page::Logging));
        const auto status = f.run(f.client->bucketLogging(source));
        QVERIFY(status.has_value());
        QVERIFY(status->loggingEnabled.has_value());
        QCOMPARE(status->loggingEnabled->targetBucket, target);
        QCOMPARE(status->loggingEnabled->targetPrefix, QStringLiteral("access/"));
        dialog->showPage(Page::Logging);
        dialog->show();
        QVERIFY(dialog->grab().save(QStringLiteral(SCREENSHOT_DIR "/bucket-settings-logging.png")));

        // A new dialog loads it; turning it off is reported by the server.
        auto again = std::make_unique<BucketSettingsDialog>(*f.client, source);
        QSignalSpy loadedAgain(again.get(), &BucketSettingsDialog::loaded);
        QVERIFY(again->isLoaded() || loadedAgain.wait(30000));
        QVERIFY(again->loggingEnabled()->isChecked());
        QCOMPARE(again->loggingTarget()->currentText(), target);
        QCOMPARE(again->loggingPrefix()->text(), QStringLiteral("access/"));
        again->loggingEnabled()->setChecked(false);
        QVERIFY(applyAndWait(*again, Page::Logging));
        QVERIFY(!f.run(f.client->bucketLogging(source))->loggingEnabled.has_value());
    }

    void websiteTabRoundTrip()
    {
        const QString bucket = QStringLiteral("settings-site");
        QVERIFY(f.run(f.client->createBucket(bucket)).has_value());
        // The sandbox has the website, ownership, public access block and logging operations.
        const auto caps = f.run(f.client->probeCapabilities(bucket));
        QVERIFY(caps.has_value());
        QCOMPARE(caps->website, Client::Support::Supported);
        QCOMPARE(caps->ownershipControls, Client::Support::Supported);
        QCOMPARE(caps->publicAccessBlock, Client::Support::Supported);
        QCOMPARE(caps->logging, Client::Support::Supported);

        auto dialog = std::make_unique<BucketSettingsDialog>(*f.client, bucket);
        QSignalSpy loaded(dialog.get(), &BucketSettingsDialog::loaded);
        QVERIFY(dialog->isLoaded() || loaded.wait(30000));
        const auto labels = dialog->page(Page::Website)->findChildren<QLabel *>();
        QVERIFY(std::none_of(labels.begin(), labels.end(), [](QLabel *l) {
            return !l->isHidden() && l->text().contains(QStringLiteral("does not support"));
        }));
        QVERIFY(dialog->websiteEnabled()->isEnabled());
        QVERIFY(!dialog->websiteEnabled()->isChecked());
        QVERIFY(!dialog->indexDocument()->isEnabled()); // hosting off
        // The sandbox keeps the configuration but serves no website: the page says so.
        QVERIFY2(dialog->websiteEndpoint()->text().contains(QStringLiteral("does not serve websites")),
                 qPrintable(dialog->websiteEndpoint()->text()));

        // Hosting with index and error documents.
        dialog->websiteEnabled()->setChecked(true);
        QVERIFY(dialog->indexDocument()->isEnabled());
        QVERIFY(!dialog->redirectHost()->isEnabled());
        dialog->indexDocument()->setText(QStringLiteral("index.html"));
        dialog->errorDocument()->setText(QStringLiteral("errors/404.html"));
        QVERIFY(applyAndWait(*dialog, Page::Website));
        auto stored = f.run(f.client->bucketConfig(bucket, Client::BucketConfig::Website));
        QVERIFY(stored.has_value());
        auto config = S3::WebsiteConfiguration::fromXml(*stored);
        QVERIFY(config.has_value());
        QCOMPARE(config->indexDocumentSuffix, QStringLiteral("index.html"));
        QCOMPARE(config->errorDocumentKey, QStringLiteral("errors/404.html"));
        dialog->showPage(Page::Website);
        dialog->show();
        QVERIFY(dialog->grab().save(QStringLiteral(SCREENSHOT_DIR "/bucket-settings-website.png")));

        // A value the server refuses: its error is shown, the stored configuration stays.
        dialog->indexDocument()->setText(QStringLiteral("docs/index.html"));
        QSignalSpy failed(dialog.get(), &BucketSettingsDialog::pageFailed);
        dialog->applyPage(Page::Website);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().at(1).value<Core::Error>().code, Core::ErrorCode::InvalidArgument);
        QVERIFY(dialog->pageStatus(Page::Website)->text().contains(QStringLiteral("refused")));
        QVERIFY2(dialog->pageStatus(Page::Website)->text().contains(QStringLiteral("IndexDocument Suffix")),
                 qPrintable(dialog->pageStatus(Page::Website)->text()));
        QVERIFY(dialog->grab().save(QStringLiteral(SCREENSHOT_DIR "/bucket-settings-website-refused.png")));
        QCOMPARE(S3::WebsiteConfiguration::fromXml(*f.run(f.client->bucketConfig(bucket, Client::BucketConfig::Website)))
                     ->indexDocumentSuffix,
                 QStringLiteral("index.html"));

        // Redirect every request: a host is needed before anything is sent.
        dialog->websiteRedirect()->setChecked(true);
        QVERIFY(!dialog->indexDocument()->isEnabled());
        QVERIFY(dialog->redirectHost()->isEnabled());
        failed.clear();
        dialog->applyPage(Page::Website);
        QCOMPARE(failed.size(), 1);
        QVERIFY(dialog->pageStatus(Page::Website)->text().contains(QStringLiteral("host name")));
        dialog->redirectHost()->setText(QStringLiteral("www.example.com"));
        dialog->redirectProtocol()->setCurrentIndex(dialog->redirectProtocol()->findData(QStringLiteral("https")));
        QVERIFY(applyAndWait(*dialog, Page::Website));
        config = S3::WebsiteConfiguration::fromXml(*f.run(f.client->bucketConfig(bucket, Client::BucketConfig::Website)));
        QVERIFY(config.has_value());
        QCOMPARE(config->redirectHostName, QStringLiteral("www.example.com"));
        QCOMPARE(config->redirectProtocol, QStringLiteral("https"));
        QVERIFY(config->indexDocumentSuffix.isEmpty());

        // A new dialog loads it.
        auto again = std::make_unique<BucketSettingsDialog>(*f.client, bucket);
        QSignalSpy loadedAgain(again.get(), &BucketSettingsDialog::loaded);
        QVERIFY(again->isLoaded() || loadedAgain.wait(30000));
        QVERIFY(again->websiteEnabled()->isChecked());
        QVERIFY(again->websiteRedirect()->isChecked());
        QCOMPARE(again->redirectHost()->text(), QStringLiteral("www.example.com"));
        QCOMPARE(again->redirectProtocol()->currentData().toString(), QStringLiteral("https"));

        // Routing rules set elsewhere (aws-cli) survive an edit of the index document.
        const QByteArray withRules =
            "<WebsiteConfiguration><IndexDocument><Suffix>index.html</Suffix></IndexDocument><RoutingRules><RoutingRule>"
            "<Condition><KeyPrefixEquals>old/</KeyPrefixEquals></Condition><Redirect><ReplaceKeyPrefixWith>new/"
            "</ReplaceKeyPrefixWith></Redirect></RoutingRule></RoutingRules></WebsiteConfiguration>";
        QVERIFY(f.run(f.client->putBucketConfig(bucket, Client::BucketConfig::Website, withRules)).has_value());
        auto third = std::make_unique<BucketSettingsDialog>(*f.client, bucket);
        QSignalSpy loadedThird(third.get(), &BucketSettingsDialog::loaded);
        QVERIFY(third->isLoaded() || loadedThird.wait(30000));
        QVERIFY(third->websiteHosting()->isChecked());
        third->indexDocument()->setText(QStringLiteral("home.html"));
        QVERIFY(applyAndWait(*third, Page::Website));
        config = S3::WebsiteConfiguration::fromXml(*f.run(f.client->bucketConfig(bucket, Client::BucketConfig::Website)));
        QVERIFY(config.has_value());
        QCOMPARE(config->indexDocumentSuffix, QStringLiteral("home.html"));
        QCOMPARE(config->routingRules.size(), 1);
        QCOMPARE(config->routingRules.first().redirect.replaceKeyPrefixWith, QStringLiteral("new/"));

        // Hosting off removes the configuration.
        third->websiteEnabled()->setChecked(false);
        QVERIFY(applyAndWait(*third, Page::Website));
        const auto gone = f.run(f.client->bucketConfig(bucket, Client::BucketConfig::Website));
        QVERIFY(!gone.has_value());
        QCOMPARE(gone.error().code, Core::ErrorCode::NoSuchWebsiteConfiguration);
    }
};

QTEST_MAIN(TestBucketSettingsDialog)
#include "tst_bucketsettingsdialog.moc"
