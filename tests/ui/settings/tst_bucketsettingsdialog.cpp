#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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
        QCOMPARE(dialog->corsTable()->item(0, 1)->text(), QStringLiteral("GET, PUT"));
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

    void unsupportedWebsiteIsDisabledWithReason()
    {
        // The sandbox answers ?website with NotImplemented: the probe says so, the page says why.
        const auto caps = f.run(f.client->probeCapabilities(m_bucket));
        QVERIFY(caps.has_value());
        QCOMPARE(caps->website, Client::Support::Unsupported);
        auto dialog = openDialog();
        QVERIFY(!dialog->indexDocument()->isEnabled());
        QVERIFY(!dialog->indexDocument()->parentWidget()->isEnabled());
        const auto labels = dialog->page(Page::Website)->findChildren<QLabel *>();
        const bool explained = std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return !l->isHidden() && l->text().contains(QStringLiteral("does not support"));
        });
        QVERIFY(explained);
        QVERIFY(dialog->page(Page::Versioning)->findChildren<QRadioButton *>().first()->isEnabled());
        dialog->showPage(Page::Website);
        dialog->show();
        QVERIFY(dialog->grab().save(QStringLiteral(SCREENSHOT_DIR "/bucket-settings-website-unsupported.png")));
    }
};

QTEST_MAIN(TestBucketSettingsDialog)
#include "tst_bucketsettingsdialog.moc"
