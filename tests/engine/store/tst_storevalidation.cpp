#include <QTest>

#include "engine/store/store.h"

using Core::ErrorCode;
using namespace Qt::StringLiterals;

// Bucket names, keys and tags against AWS's rules.
class TestStoreValidation : public QObject
{
    Q_OBJECT
private slots:
    void bucketNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << u"docexamplebucket1"_s << true;
        QTest::newRow("dots and dashes") << u"log-delivery.example.com"_s << true;
        QTest::newRow("three chars") << u"abc"_s << true;
        QTest::newRow("63 chars") << QString(63, u'a') << true;
        QTest::newRow("digits") << u"123"_s << true;
        QTest::newRow("three-part number") << u"1.2.3"_s << true;
        QTest::newRow("xn in the middle") << u"axn--b"_s << true;
        QTest::newRow("two chars") << u"ab"_s << false;
        QTest::newRow("64 chars") << QString(64, u'a') << false;
        QTest::newRow("uppercase") << u"DocExample"_s << false;
        QTest::newRow("underscore") << u"doc_example"_s << false;
        QTest::newRow("space") << u"doc example"_s << false;
        QTest::newRow("starts with dash") << u"-abc"_s << false;
        QTest::newRow("ends with dash") << u"abc-"_s << false;
        QTest::newRow("starts with dot") << u".abc"_s << false;
        QTest::newRow("ends with dot") << u"abc."_s << false;
        QTest::newRow("two dots") << u"doc..example"_s << false;
        QTest::newRow("ip address") << u"192.168.5.4"_s << false;
        QTest::newRow("xn-- prefix") << u"xn--abc"_s << false;
        QTest::newRow("sthree- prefix") << u"sthree-abc"_s << false;
        QTest::newRow("-s3alias suffix") << u"abc-s3alias"_s << false;
        QTest::newRow("--ol-s3 suffix") << u"abc--ol-s3"_s << false;
        QTest::newRow("unicode") << u"bücket"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void bucketNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const Core::Status s = Store::validateBucketName(name);
        QCOMPARE(bool(s), valid);
        if (!valid)
            QCOMPARE(s.error().code, ErrorCode::InvalidBucketName);
    }

    void keys_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("code");
        const int ok = int(ErrorCode::None);
        QTest::newRow("dotdot") << QByteArray("..") << ok;
        QTest::newRow("double slash") << QByteArray("a//b") << ok;
        QTest::newRow("percent") << QByteArray("%") << ok;
        QTest::newRow("space") << QByteArray(" ") << ok;
        QTest::newRow("e acute") << QString(u"é"_s).toUtf8() << ok;
        QTest::newRow("emoji") << QString(u"\U0001F600/x"_s).toUtf8() << ok;
        QTest::newRow("1024 bytes") << QByteArray(1024, 'k') << ok;
        QTest::newRow("1025 bytes") << QByteArray(1025, 'k') << int(ErrorCode::KeyTooLongError);
        QTest::newRow("empty") << QByteArray() << int(ErrorCode::InvalidArgument);
        QTest::newRow("bad continuation") << QByteArray("\xC3\x28") << int(ErrorCode::InvalidURI);
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << int(ErrorCode::InvalidURI);
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << int(ErrorCode::InvalidURI);
        QTest::newRow("truncated") << QByteArray("a\xE2\x82") << int(ErrorCode::InvalidURI);
        QTest::newRow("0xFF") << QByteArray("\xFF") << int(ErrorCode::InvalidURI);
        QTest::newRow("NUL") << QByteArray("a\0b", 3) << int(ErrorCode::InvalidURI);
    }
    void keys()
    {
        QFETCH(QByteArray, key);
        QFETCH(int, code);
        const Core::Status s = Store::validateKey(key);
        if (code == int(ErrorCode::None)) {
            QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        } else {
            QVERIFY(!s);
            QCOMPARE(s.error().code, ErrorCode(code));
        }
    }

    void tags()
    {
        QList<Store::Tag> tags;
        for (int i = 0; i < 10; ++i)
            tags.append({QStringLiteral("k%1").arg(i), QStringLiteral("v")});
        QVERIFY(Store::validateTags(tags));
        tags.append({QStringLiteral("k10"), QString()});
        QCOMPARE(Store::validateTags(tags).error().code, ErrorCode::InvalidTag);
        QVERIFY(Store::validateTags({{QString(128, u'é'), QString(256, u'v')}}));
        QCOMPARE(Store::validateTags({{QString(129, u'k'), QString()}}).error().code, ErrorCode::InvalidTag);
        QCOMPARE(Store::validateTags({{QStringLiteral("k"), QString(257, u'v')}}).error().code, ErrorCode::InvalidTag);
        QCOMPARE(Store::validateTags({{QString(), QStringLiteral("v")}}).error().code, ErrorCode::InvalidTag);
        QCOMPARE(Store::validateTags({{QStringLiteral("a"), {}}, {QStringLiteral("a"), {}}}).error().code,
                 ErrorCode::InvalidTag);
    }
};

QTEST_GUILESS_MAIN(TestStoreValidation)
#include "tst_storevalidation.moc"
