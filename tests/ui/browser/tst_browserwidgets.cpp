#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include "ui/browser/connectiondialog.h"
#include "engine/client/s3client.h"
#include "ui/browser/createbucketdialog.h"

using Gui::CreateBucketDialog;

class TestBrowserWidgets : public QObject
{
    Q_OBJECT
private slots:
    void bucketNameProblem_data();
    void bucketNameProblem();
    void feedbackAsYouType();
    void testFailureText_data();
    void testFailureText();
};

void TestBrowserWidgets::bucketNameProblem_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fragment"); // empty = valid
    QTest::newRow("valid") << u"my-photos-2024"_qs << QString();
    QTest::newRow("dots") << u"a.b.c"_qs << QString();
    QTest::newRow("empty") << QString() << u"Enter a name"_qs;
    QTest::newRow("short") << u"ab"_qs << u"at least 3"_qs;
    QTest::newRow("long") << QString(64, u'a') << u"at most 63"_qs;
    QTest::newRow("upper") << u"MyBucket"_qs << u"lower-case"_qs;
    QTest::newRow("underscore") << u"my_bucket"_qs << u"\"_\" is not"_qs;
    QTest::newRow("hyphen start") << u"-abc"_qs << u"start and end"_qs;
    QTest::newRow("dot end") << u"abc."_qs << u"start and end"_qs;
    QTest::newRow("double dot") << u"a..b"_qs << u"two dots"_qs;
    QTest::newRow("ip") << u"192.168.1.1"_qs << u"IP address"_qs;
}

void TestBrowserWidgets::bucketNameProblem()
{
    QFETCH(QString, name);
    QFETCH(QString, fragment);
    const QString problem = CreateBucketDialog::nameProblem(name);
    if (fragment.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(Client::S3Client::validateBucketName(name).has_value());
    } else {
        QVERIFY2(problem.contains(fragment), qPrintable(problem));
    }
}

void TestBrowserWidgets::feedbackAsYouType()
{
    CreateBucketDialog dialog;
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("AB"));
    QVERIFY(dialog.feedback().contains(QStringLiteral("at least 3")));
    dialog.nameEdit()->clear();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("good-name"));
    QCOMPARE(dialog.feedback(), QStringLiteral("This name is valid."));
}

void TestBrowserWidgets::testFailureText_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("refused") << int(Core::ErrorCode::NetworkFailure) << u"Connection refused"_qs << u"refused"_qs;
    QTest::newRow("dns") << int(Core::ErrorCode::NetworkFailure) << u"Host nowhere.invalid not found"_qs << u"DNS"_qs;
    QTest::newRow("tls") << int(Core::ErrorCode::NetworkFailure) << u"SSL handshake failed"_qs << u"TLS"_qs;
    QTest::newRow("skew") << int(Core::ErrorCode::RequestTimeTooSkewed) << QString() << u"clock"_qs;
    QTest::newRow("key") << int(Core::ErrorCode::InvalidAccessKeyId) << QString() << u"access key"_qs;
    QTest::newRow("secret") << int(Core::ErrorCode::SignatureDoesNotMatch) << QString() << u"secret key"_qs;
}

void TestBrowserWidgets::testFailureText()
{
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(QString, fragment);
    const QString text = Gui::ConnectionDialog::testFailureText(Core::Error::make(Core::ErrorCode(code), message));
    QVERIFY2(text.contains(fragment), qPrintable(text));
}

QTEST_MAIN(TestBrowserWidgets)
#include "tst_browserwidgets.moc"
