#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include "engine/lifecycle/lifecyclecodec.h"
#include "tests/ui/lifecycle/editorsfixture.h"
#include "ui/lifecycle/lifecycleeditordialog.h"
#include "ui/lifecycle/lifecyclepreview.h"
#include "ui/lifecycle/lifecycleruleform.h"
#include "ui/lifecycle/lifecycletimeline.h"

using Gui::LifecycleEditorDialog;

namespace {

const QByteArray kXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<LifecycleConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\n"
    "  <Rule>\n"
    "    <ID>archive</ID>\n"
    "    <Filter><Prefix>logs/</Prefix></Filter>\n"
    "    <Status>Enabled</Status>\n"
    "    <Transition><Days>30</Days><StorageClass>STANDARD_IA</StorageClass></Transition>\n"
    "    <Transition><Days>90</Days><StorageClass>GLACIER</StorageClass></Transition>\n"
    "    <Expiration><Days>365</Days></Expiration>\n"
    "  </Rule>\n"
    "  <Rule>\n"
    "    <ID>tmp</ID>\n"
    "    <Filter><And><Prefix>tmp/</Prefix><Tag><Key>kind</Key><Value>scratch</Value></Tag></And></Filter>\n"
    "    <Status>Disabled</Status>\n"
    "    <Expiration><Days>7</Days></Expiration>\n"
    "  </Rule>\n"
    "</LifecycleConfiguration>";

Lifecycle::Rule archiveRule()
{
    return LifecycleEditorDialog::templateRule(LifecycleEditorDialog::Template::ArchiveLogs);
}

} // namespace

class TestLifecycleEditorDialog : public QObject
{
    Q_OBJECT

private:
    TestSupport::EditorsFixture f;
    int m_bucketCounter = 0;

    QString newBucket()
    {
        const QString bucket = QStringLiteral("lc-%1").arg(++m_bucketCounter);
        const auto created = f.run(f.client->createBucket(bucket));
        if (!created)
            qWarning() << created.error().message;
        return bucket;
    }

    std::unique_ptr<LifecycleEditorDialog> openDialog(const QString &bucket)
    {
        auto dialog = std::make_unique<LifecycleEditorDialog>(*f.client, bucket);
        QSignalSpy loaded(dialog.get(), &LifecycleEditorDialog::loaded);
        if (!dialog->isLoaded())
            loaded.wait(30000);
        return dialog;
    }

private slots:
    void initTestCase() { QVERIFY(f.start()); }

    void emptyBucketLoadsNoRules()
    {
        auto dialog = openDialog(newBucket());
        QVERIFY(dialog->isLoaded());
        QCOMPARE(dialog->configuration().rules.size(), 0);
        QCOMPARE(dialog->ruleList()->count(), 0);
        QVERIFY(!dialog->form()->isEnabled());
    }

    void loadsConfigurationFromXml()
    {
        const QString bucket = newBucket();
        const auto stored = f.run(f.client->putBucketConfig(bucket, Client::BucketConfig::Lifecycle, kXml));
        auto dialog = openDialog(bucket);
        if (!stored) {
            // The server cannot store it yet: load the same XML through the codec instead.
            qInfo() << "the server does not store ?lifecycle (" << stored.error().message << "); loading the XML directly";
            dialog->setConfiguration(*Lifecycle::fromXml(kXml, Lifecycle::Check::StructureOnly));
        }
        const auto expected = Lifecycle::fromXml(kXml);
        QVERIFY(expected.has_value());
        QCOMPARE(dialog->configuration(), *expected);
        QCOMPARE(dialog->ruleList()->count(), 2);
        QCOMPARE(dialog->ruleList()->item(1)->text(), QStringLiteral("tmp (disabled)"));
        QCOMPARE(dialog->form()->idEdit()->text(), QStringLiteral("archive"));
        QCOMPARE(dialog->form()->prefixEdit()->text(), QStringLiteral("logs/"));
        QCOMPARE(dialog->form()->transitionsTable()->rowCount(), 2);
        QCOMPARE(dialog->form()->transitionsTable()->item(1, 0)->text(), QStringLiteral("90"));
        QCOMPARE(dialog->form()->expirationDays()->value(), 365);
        dialog->selectRule(1);
        QCOMPARE(dialog->form()->prefixEdit()->text(), QStringLiteral("tmp/"));
        QCOMPARE(dialog->form()->tagsTable()->rowCount(), 1);
        QVERIFY(!dialog->form()->enabledBox()->isChecked());
        // The form reads back exactly what was loaded (And with one prefix and one tag stays And).
        QCOMPARE(dialog->form()->rule(), expected->rules.at(1));
        QCOMPARE(dialog->jsonEdit()->toPlainText().toUtf8(), Lifecycle::toJson(*expected));
    }

    void formEditsProduceJson()
    {
        auto dialog = openDialog(newBucket());
        dialog->applyTemplate(LifecycleEditorDialog::Template::ArchiveLogs);
        Gui::LifecycleRuleForm *form = dialog->form();
        form->prefixEdit()->clear();
        QTest::keyClicks(form->prefixEdit(), QStringLiteral("app-logs/"));
        form->expirationDays()->setValue(400);
        form->abortBox()->setChecked(true);
        form->abortDays()->setValue(3);
        form->transitionsTable()->item(0, 0)->setText(QStringLiteral("45"));

        Lifecycle::LifecycleConfiguration expected;
        Lifecycle::Rule rule = archiveRule();
        rule.filter->prefix = QStringLiteral("app-logs/");
        rule.expiration->days = 400;
        rule.abortIncompleteMultipartUpload = Lifecycle::AbortIncompleteMultipartUpload {3};
        rule.transitions[0].days = 45;
        expected.rules.append(rule);
        QCOMPARE(dialog->configuration(), expected);
        QCOMPARE(dialog->jsonEdit()->toPlainText().toUtf8(), Lifecycle::toJson(expected));
        const auto parsed = Lifecycle::fromJson(dialog->jsonEdit()->toPlainText().toUtf8());
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expected);
    }

    void jsonEditsUpdateForm()
    {
        auto dialog = openDialog(newBucket());
        const QByteArray json = "{\"Rules\": [\n"
    "            {\"ID\": \"one\", \"Status\": \"Enabled\", \"Filter\": {\"Prefix\": \"a/\"}, \"Expiration\": {\"Days\": 10}},\n"
    "            {\"ID\": \"two\", \"Status\": \"Enabled\", \"Filter\": {\"ObjectSizeGreaterThan\": 1048576},\n"
    "             \"NoncurrentVersionExpiration\": {\"NoncurrentDays\": 30, \"NewerNoncurrentVersions\": 3}}]}";
        dialog->jsonEdit()->setPlainText(QString::fromUtf8(json));
        QVERIFY(dialog->isJsonValid());
        QCOMPARE(dialog->configuration(), *Lifecycle::fromJson(json));
        QCOMPARE(dialog->ruleList()->count(), 2);
        QCOMPARE(dialog->form()->idEdit()->text(), QStringLiteral("one"));
        QCOMPARE(dialog->form()->prefixEdit()->text(), QStringLiteral("a/"));
        QCOMPARE(dialog->form()->expirationDays()->value(), 10);
        dialog->selectRule(1);
        QCOMPARE(dialog->form()->rule(), dialog->configuration().rules.at(1));
        QCOMPARE(dialog->timeline()->bands(1).size(), 3); // STANDARD forever + noncurrent track (STANDARD, expired)
    }

    void invalidValueMarksField()
    {
        auto dialog = openDialog(newBucket());
        dialog->applyTemplate(LifecycleEditorDialog::Template::ArchiveLogs);
        QTableWidget *transitions = dialog->form()->transitionsTable();
        QVERIFY(!transitions->property("pailInvalid").toBool());
        transitions->item(0, 0)->setText(QStringLiteral("10")); // STANDARD_IA needs >= 30 days
        const QList<Lifecycle::Issue> issues = Lifecycle::validationIssues(dialog->configuration());
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().field, QStringLiteral("Rules[0].Transitions[0].Days"));
        QVERIFY(transitions->property("pailInvalid").toBool());
        QVERIFY(transitions->toolTip().split(QLatin1Char('\n')).contains(issues.first().error.message));
        QVERIFY(transitions->styleSheet().contains(QStringLiteral("border")));
        QVERIFY(dialog->statusLabel()->text().contains(issues.first().error.message));
        QVERIFY(dialog->ruleList()->item(0)->toolTip().contains(issues.first().error.message));

        // Expiration days 0 is flagged on the days box.
        dialog->form()->expirationDays()->setValue(0);
        const QList<Lifecycle::Issue> more = Lifecycle::validationIssues(dialog->configuration());
        QWidget *days = dialog->form()->expirationDays();
        const auto it = std::find_if(more.cbegin(), more.cend(),
                                     [](const auto &i) { return i.field == u"Rules[0].Expiration.Days"; });
        QVERIFY(it != more.cend());
        QVERIFY(days->property("pailInvalid").toBool());
        QVERIFY(days->toolTip().contains(it->error.message));

        // Fixing both clears the marks.
        transitions->item(0, 0)->setText(QStringLiteral("30"));
        dialog->form()->expirationDays()->setValue(365);
        QVERIFY(dialog->issues().isEmpty());
        QVERIFY(!transitions->property("pailInvalid").toBool());
        QVERIFY(transitions->toolTip().isEmpty());
    }

    void invalidJsonLocksForm()
    {
        auto dialog = openDialog(newBucket());
        dialog->applyTemplate(LifecycleEditorDialog::Template::ExpireTemp);
        const Lifecycle::LifecycleConfiguration before = dialog->configuration();
        dialog->jsonEdit()->setPlainText(QStringLiteral("{\n  \"Rules\": [\n    {\"ID\": \"x\",, }\n  ]\n}"));
        QVERIFY(!dialog->isJsonValid());
        QVERIFY(!dialog->jsonErrorLabel()->isHidden());
        QVERIFY2(dialog->jsonErrorLabel()->text().contains(QStringLiteral("line 3, column")),
                 qPrintable(dialog->jsonErrorLabel()->text()));
        QVERIFY(!dialog->form()->isEnabled());
        QVERIFY(!dialog->ruleList()->isEnabled());
        QVERIFY(!dialog->applyButton()->isEnabled());
        QCOMPARE(dialog->configuration(), before); // the last good configuration is kept

        dialog->jsonEdit()->setPlainText(QString::fromUtf8(Lifecycle::toJson(before)));
        QVERIFY(dialog->isJsonValid());
        QVERIFY(dialog->jsonErrorLabel()->isHidden());
        QVERIFY(dialog->form()->isEnabled());
        QVERIFY(dialog->ruleList()->isEnabled());
        QVERIFY(dialog->applyButton()->isEnabled());
    }

    void templatesApply_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("archive logs") << int(LifecycleEditorDialog::Template::ArchiveLogs);
        QTest::newRow("expire temp") << int(LifecycleEditorDialog::Template::ExpireTemp);
        QTest::newRow("clean uploads") << int(LifecycleEditorDialog::Template::CleanUploads);
        QTest::newRow("keep 3 noncurrent") << int(LifecycleEditorDialog::Template::KeepNoncurrent3);
    }
    void templatesApply()
    {
        QFETCH(int, which);
        auto dialog = openDialog(newBucket());
        const auto t = LifecycleEditorDialog::Template(which);
        dialog->applyTemplate(t);
        QCOMPARE(dialog->configuration().rules.size(), 1);
        QCOMPARE(dialog->configuration().rules.first(), LifecycleEditorDialog::templateRule(t));
        QCOMPARE(dialog->form()->rule(), LifecycleEditorDialog::templateRule(t));
        QVERIFY2(dialog->issues().isEmpty(), qPrintable(dialog->issues().value(0).error.message));
        // Twice: the second copy gets a unique ID.
        dialog->applyTemplate(t);
        QCOMPARE(dialog->configuration().rules.size(), 2);
        QVERIFY(dialog->configuration().rules.at(1).id != dialog->configuration().rules.at(0).id);
        QVERIFY(dialog->issues().isEmpty());
    }

    void ruleListOperations()
    {
        auto dialog = openDialog(newBucket());
        dialog->addRule();
        dialog->duplicateRule();
        QCOMPARE(dialog->configuration().rules.size(), 2);
        QCOMPARE(dialog->currentRule(), 1);
        dialog->toggleRuleEnabled();
        QVERIFY(!dialog->configuration().rules.at(1).isEnabled());
        QVERIFY(!dialog->form()->enabledBox()->isChecked());
        QVERIFY(dialog->ruleList()->item(1)->text().contains(QStringLiteral("disabled")));
        dialog->deleteRule();
        QCOMPARE(dialog->configuration().rules.size(), 1);
        QCOMPARE(dialog->ruleList()->count(), 1);
    }

    void applyStoresConfiguration()
    {
        const QString bucket = newBucket();
        auto dialog = openDialog(bucket);
        dialog->applyTemplate(LifecycleEditorDialog::Template::ArchiveLogs);
        dialog->applyTemplate(LifecycleEditorDialog::Template::CleanUploads);
        QSignalSpy applied(dialog.get(), &LifecycleEditorDialog::applied);
        QSignalSpy failed(dialog.get(), &LifecycleEditorDialog::applyFailed);
        dialog->apply();
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty() || !failed.isEmpty(), 30000);
        if (!failed.isEmpty()) {
            // A refusal (here: the server lacks ?lifecycle) shows the server's own error.
            const Core::Error error = failed.first().first().value<Core::Error>();
            QVERIFY2(dialog->statusLabel()->text().contains(error.message), qPrintable(dialog->statusLabel()->text()));
            QVERIFY(!dialog->statusLabel()->styleSheet().isEmpty());
            QVERIFY(dialog->applyButton()->isEnabled());
            QSKIP(qPrintable(QStringLiteral("the server does not store ?lifecycle yet: ") + error.message));
        }
        const auto body = f.run(f.client->bucketConfig(bucket, Client::BucketConfig::Lifecycle));
        QVERIFY(body.has_value());
        const auto stored = Lifecycle::fromXml(*body);
        QVERIFY(stored.has_value());
        QCOMPARE(*stored, dialog->configuration());

        // A configuration the server refuses: its error is shown.
        dialog->selectRule(0);
        dialog->form()->transitionsTable()->item(0, 0)->setText(QStringLiteral("10"));
        QVERIFY(!dialog->issues().isEmpty());
        dialog->apply();
        QTRY_VERIFY_WITH_TIMEOUT(applied.size() > 1 || !failed.isEmpty(), 30000);
        if (failed.isEmpty())
            QSKIP("the server accepted an invalid lifecycle configuration");
        const Core::Error error = failed.first().first().value<Core::Error>();
        QCOMPARE(error.code, Core::ErrorCode::InvalidArgument);
        QVERIFY2(dialog->statusLabel()->text().contains(error.message), qPrintable(dialog->statusLabel()->text()));

        // The stored configuration is unchanged; reloading shows it again.
        QSignalSpy loaded(dialog.get(), &LifecycleEditorDialog::loaded);
        dialog->reload();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(dialog->configuration(), *stored);

        // No rules: Apply deletes the configuration.
        dialog->deleteRule();
        dialog->deleteRule();
        applied.clear();
        dialog->apply();
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 30000);
        const auto gone = f.run(f.client->bucketConfig(bucket, Client::BucketConfig::Lifecycle));
        QVERIFY(!gone.has_value());
        QCOMPARE(gone.error().code, Core::ErrorCode::NoSuchLifecycleConfiguration);
    }

    void timelineBands()
    {
        Gui::LifecycleTimelineWidget timeline;
        timeline.resize(800, 200);
        Lifecycle::LifecycleConfiguration config;
        config.rules.append(archiveRule());
        timeline.setConfiguration(config);
        const auto bands = timeline.bands(0);
        QCOMPARE(bands.size(), 4);
        const QStringList classes {QStringLiteral("STANDARD"), QStringLiteral("STANDARD_IA"), QStringLiteral("GLACIER"), QString()};
        const QList<int> from {0, 30, 90, 365};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(bands.at(i).storageClass, classes.at(i));
            QCOMPARE(bands.at(i).fromDay, from.at(i));
            QVERIFY(!bands.at(i).noncurrent);
            QCOMPARE(bands.at(i).rect.left(), timeline.xForDay(from.at(i)));
            if (i > 0)
                QCOMPARE(bands.at(i).rect.left(), bands.at(i - 1).rect.right());
        }
        QVERIFY(bands.at(3).expired);
        QCOMPARE(bands.at(3).toDay, -1);
        // Widths are proportional to days: 30 -> 90 is twice 0 -> 30.
        QVERIFY(qAbs(bands.at(1).rect.width() - 2 * bands.at(0).rect.width()) < 0.01); // 60 days vs 30
        QVERIFY(qAbs(bands.at(2).rect.width() * 60 - bands.at(1).rect.width() * 275) < 0.5); // 275 days vs 60
        QVERIFY(timeline.axisDays() >= 365);

        // A second rule stacks below, with a noncurrent track.
        config.rules.append(LifecycleEditorDialog::templateRule(LifecycleEditorDialog::Template::KeepNoncurrent3));
        timeline.setConfiguration(config);
        const auto second = timeline.bands(1);
        QVERIFY(second.first().rect.top() > bands.first().rect.bottom());
        QVERIFY(std::any_of(second.cbegin(), second.cend(), [](const auto &b) { return b.noncurrent && b.expired && b.fromDay == 30; }));
    }

    void previewSummarizesSample()
    {
        const QString bucket = newBucket();
        for (int i = 0; i < 5; ++i)
            QVERIFY(f.put(bucket, QStringLiteral("logs/%1.log").arg(i), QByteArray(100, 'x')));
        QVERIFY(f.put(bucket, QStringLiteral("keep/me.txt"), QByteArray("y")));
        auto dialog = openDialog(bucket);
        dialog->applyTemplate(LifecycleEditorDialog::Template::ArchiveLogs);
        Gui::LifecyclePreviewWidget *preview = dialog->preview();
        preview->setNow(QDateTime::currentDateTimeUtc().addDays(1));
        QSignalSpy sampled(preview, &Gui::LifecyclePreviewWidget::sampled);
        preview->refresh();
        QVERIFY(sampled.wait(30000));
        QCOMPARE(preview->sample().size(), 6);
        QVERIFY(!preview->isSampleTruncated());
        // Counted from tomorrow, 365 days reach IA (30), Glacier (90) and the expiration (365) of each log.
        QCOMPARE(preview->keysTree()->topLevelItemCount(), 5 * 3);
        QTableWidget *table = preview->summaryTable();
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Move to STANDARD_IA"));
        QVERIFY(table->item(0, 1)->text().startsWith(QStringLiteral("5 object")));

        dialog->tabs()->setCurrentWidget(preview);
        dialog->show();
        QVERIFY(dialog->grab().save(QStringLiteral("/tmp/pail-lifecycle-preview.png")));

        // A sample smaller than the bucket says so.
        preview->setSampleLimit(3);
        preview->refresh();
        QVERIFY(sampled.wait(30000));
        QCOMPARE(preview->sample().size(), 3);
        QVERIFY(preview->isSampleTruncated());
        QVERIFY(preview->sampleText().contains(QStringLiteral("first 3")));
    }

    void screenshots()
    {
        auto dialog = openDialog(newBucket());
        dialog->applyTemplate(LifecycleEditorDialog::Template::ArchiveLogs);
        dialog->applyTemplate(LifecycleEditorDialog::Template::KeepNoncurrent3);
        dialog->applyTemplate(LifecycleEditorDialog::Template::ExpireTemp);
        dialog->selectRule(0);
        dialog->form()->addTag(QStringLiteral("team"), QStringLiteral("ops"));
        dialog->form()->transitionsTable()->item(0, 0)->setText(QStringLiteral("10"));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QVERIFY(dialog->grab().save(QStringLiteral("/tmp/pail-lifecycle.png")));
        dialog->tabs()->setCurrentIndex(2);
        QVERIFY(dialog->grab().save(QStringLiteral("/tmp/pail-lifecycle-timeline.png")));
        dialog->tabs()->setCurrentIndex(1);
        dialog->jsonEdit()->setPlainText(QStringLiteral("{\"Rules\": [ oops ]}"));
        QVERIFY(dialog->grab().save(QStringLiteral("/tmp/pail-lifecycle-json.png")));
    }
};

QTEST_MAIN(TestLifecycleEditorDialog)
#include "tst_lifecycleeditordialog.moc"
