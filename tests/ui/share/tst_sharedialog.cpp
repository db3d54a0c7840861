#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "tests/ui/lifecycle/editorsfixture.h"
#include "ui/share/sharedialog.h"

using Gui::ShareDialog;

class TestShareDialog : public QObject
{
    Q_OBJECT

private:
    TestSupport::EditorsFixture f;
    QTemporaryDir m_settingsDir;
    QNetworkAccessManager m_nam;
    const QString m_bucket = QStringLiteral("share");

    QNetworkReply *send(const QByteArray &method, const QUrl &url, const QByteArray &body = {})
    {
        QNetworkRequest request(url);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(30000);
        return reply;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PailTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sharedialog"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QVERIFY(f.start());
        QVERIFY(f.run(f.client->createBucket(m_bucket)).has_value());
        QVERIFY(f.put(m_bucket, QStringLiteral("docs/hello world.txt"), QByteArray("hello, share")));
    }

    void getLinkFetchesObject()
    {
        ShareDialog dialog(*f.client, m_bucket, QStringLiteral("docs/hello world.txt"));
        dialog.setExpirySeconds(3600);
        QCOMPARE(dialog.expirySeconds(), 3600);
        QVERIFY2(dialog.createLink(), qPrintable(dialog.errorText()));
        const QUrl url = dialog.url();
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("X-Amz-Expires")), QStringLiteral("3600"));
        std::unique_ptr<QNetworkReply> reply(send("GET", url));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("hello, share"));

        const QImage qr = dialog.qrImage();
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.width(), qr.height());
        QVERIFY(qr.width() >= 21 * 4);
        // Black modules and white quiet zone.
        QCOMPARE(qr.pixelColor(0, 0), QColor(Qt::white));
        QCOMPARE(qr.pixelColor(4 * 4 + 1, 4 * 4 + 1), QColor(Qt::black)); // finder pattern corner
        QCOMPARE(dialog.links().first().url, url);
        QCOMPARE(dialog.links().first().method, QStringLiteral("GET"));
    }

    void downloadNameSetsContentDisposition()
    {
        ShareDialog dialog(*f.client, m_bucket, QStringLiteral("docs/hello world.txt"));
        dialog.setDownloadName(QStringLiteral("greeting.txt"));
        QVERIFY(dialog.createLink());
        QVERIFY(QUrlQuery(dialog.url()).hasQueryItem(QStringLiteral("response-content-disposition")));
        std::unique_ptr<QNetworkReply> reply(send("GET", dialog.url()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        const QByteArray disposition = reply->rawHeader("Content-Disposition");
        if (disposition.isEmpty())
            QSKIP("the server does not apply response-content-disposition");
        QVERIFY2(disposition.contains("greeting.txt"), disposition.constData());
    }

    void putLinkUploads()
    {
        ShareDialog dialog(*f.client, m_bucket, QStringLiteral("incoming/upload.bin"));
        dialog.setMethod("PUT");
        dialog.setExpirySeconds(24 * 3600);
        QVERIFY(dialog.createLink());
        std::unique_ptr<QNetworkReply> reply(send("PUT", dialog.url(), QByteArray("uploaded by link")));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        Client::GetObjectRequest request;
        request.bucket = m_bucket;
        request.key = QStringLiteral("incoming/upload.bin");
        const auto head = f.run(f.client->headObject(m_bucket, QStringLiteral("incoming/upload.bin")));
        QVERIFY(head.has_value());
        QCOMPARE(head->size, qint64(16));
    }

    void refusesMoreThanSevenDays()
    {
        ShareDialog dialog(*f.client, m_bucket, QStringLiteral("docs/hello world.txt"));
        dialog.setExpirySeconds(7 * 24 * 3600);
        QVERIFY(dialog.createLink());
        dialog.setExpirySeconds(8 * 24 * 3600);
        QCOMPARE(dialog.expirySeconds(), 8 * 24 * 3600);
        QVERIFY(!dialog.createLink());
        QVERIFY(dialog.errorText().contains(QStringLiteral("7 days")));
    }

    void historyPersists()
    {
        const qsizetype before = ShareDialog::loadLinks().size();
        {
            ShareDialog dialog(*f.client, m_bucket, QStringLiteral("docs/hello world.txt"));
            QVERIFY(dialog.createLink());
        }
        const QList<Gui::SharedLink> links = ShareDialog::loadLinks();
        QCOMPARE(links.size(), before + 1);
        QCOMPARE(links.first().key, QStringLiteral("docs/hello world.txt"));
        QVERIFY(links.first().expires > QDateTime::currentDateTimeUtc());
    }

    void screenshot()
    {
        ShareDialog dialog(*f.client, m_bucket, QStringLiteral("docs/hello world.txt"));
        dialog.setDownloadName(QStringLiteral("greeting.txt"));
        QVERIFY(dialog.createLink());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QStringLiteral("/tmp/pail-share.png")));
    }
};

QTEST_MAIN(TestShareDialog)
#include "tst_sharedialog.moc"
