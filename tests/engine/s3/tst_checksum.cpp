#include <QElapsedTimer>
#include <QTest>

#include "engine/s3/checksum.h"

using S3::ChecksumAlgorithm;

class TestChecksum : public QObject
{
    Q_OBJECT
private slots:
    void vectors_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        const QByteArray check = "123456789";
        const QByteArray fox = "The quick brown fox jumps over the lazy dog";
        QTest::newRow("crc32-check") << int(ChecksumAlgorithm::Crc32) << check << QByteArray("cbf43926");
        QTest::newRow("crc32c-check") << int(ChecksumAlgorithm::Crc32c) << check << QByteArray("e3069283");
        QTest::newRow("crc32-empty") << int(ChecksumAlgorithm::Crc32) << QByteArray() << QByteArray("00000000");
        QTest::newRow("crc32c-empty") << int(ChecksumAlgorithm::Crc32c) << QByteArray() << QByteArray("00000000");
        QTest::newRow("crc32-fox") << int(ChecksumAlgorithm::Crc32) << fox << QByteArray("414fa339");
        QTest::newRow("crc32c-fox") << int(ChecksumAlgorithm::Crc32c) << fox << QByteArray("22620404");
        QTest::newRow("md5-empty") << int(ChecksumAlgorithm::Md5) << QByteArray()
                                   << QByteArray("d41d8cd98f00b204e9800998ecf8427e");
        QTest::newRow("md5-fox") << int(ChecksumAlgorithm::Md5) << fox
                                 << QByteArray("9e107d9d372bb6826bd81d3542a419d6");
        QTest::newRow("sha1-abc") << int(ChecksumAlgorithm::Sha1) << QByteArray("abc")
                                  << QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d");
        QTest::newRow("sha256-empty") << int(ChecksumAlgorithm::Sha256) << QByteArray()
                                      << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("sha256-abc") << int(ChecksumAlgorithm::Sha256) << QByteArray("abc")
                                    << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
    void vectors()
    {
        QFETCH(int, algorithm);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        const auto alg = ChecksumAlgorithm(algorithm);
        QCOMPARE(S3::checksum(alg, input).toHex(), hex);
        S3::Hasher h(alg);
        h.update(input);
        QCOMPARE(h.finishHex(), hex);
        // finish() resets: the hasher is reusable.
        h.update(input);
        QCOMPARE(h.finishHex(), hex);
        QCOMPARE(S3::checksum(alg, input).size(), S3::checksumDigestSize(alg));
    }

    void incrementalEqualsOneShot_data()
    {
        QTest::addColumn<int>("algorithm");
        for (auto alg : { ChecksumAlgorithm::Crc32, ChecksumAlgorithm::Crc32c, ChecksumAlgorithm::Sha1,
                 ChecksumAlgorithm::Sha256, ChecksumAlgorithm::Md5 })
            QTest::newRow(S3::checksumAlgorithmName(alg).constData()) << int(alg);
    }
    void incrementalEqualsOneShot()
    {
        QFETCH(int, algorithm);
        const auto alg = ChecksumAlgorithm(algorithm);
        QByteArray data;
        for (int i = 0; i < 100000; ++i)
            data.append(char((i * 7919) >> 3));
        const QByteArray expected = S3::checksum(alg, data);
        for (int step : { 1, 3, 63, 64, 65, 4096, 99999 }) {
            S3::Hasher h = S3::Hasher::create(alg);
            for (qsizetype off = 0; off < data.size(); off += step)
                h.update(data.constData() + off, std::min<qsizetype>(step, data.size() - off));
            QCOMPARE(h.finish(), expected);
        }
        // Moved-from and move-assigned hashers keep working.
        S3::Hasher a(alg);
        a.update(QByteArrayView(data).first(10));
        S3::Hasher b(std::move(a));
        b.update(QByteArrayView(data).sliced(10));
        QCOMPARE(b.finish(), expected);
    }

    void awsChecksumExamples()
    {
        // Base64 forms as S3 shows them (x-amz-checksum-crc32 of "Hello, World!" etc. computed independently).
        QCOMPARE(S3::checksum(ChecksumAlgorithm::Crc32, "123456789").toBase64(), QByteArray("y/Q5Jg=="));
        QCOMPARE(S3::checksum(ChecksumAlgorithm::Crc32c, "123456789").toBase64(), QByteArray("4waSgw=="));
        QCOMPARE(S3::md5("").toBase64(), QByteArray("1B2M2Y8AsgTpgAmY7PhCfg=="));
    }

    void hmac()
    {
        // RFC 4231 test case 2.
        QCOMPARE(S3::hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
            QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        QCOMPARE(S3::sha256Hex("abc"), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void names()
    {
        QCOMPARE(S3::checksumHeaderName(ChecksumAlgorithm::Crc32), QByteArray("x-amz-checksum-crc32"));
        QCOMPARE(S3::checksumHeaderName(ChecksumAlgorithm::Crc32c), QByteArray("x-amz-checksum-crc32c"));
        QCOMPARE(S3::checksumHeaderName(ChecksumAlgorithm::Sha256), QByteArray("x-amz-checksum-sha256"));
        QCOMPARE(S3::checksumAlgorithmFromHeader("X-Amz-Checksum-SHA1"), ChecksumAlgorithm::Sha1);
        QCOMPARE(S3::checksumAlgorithmFromHeader("x-amz-checksum-md4"), std::nullopt);
        QCOMPARE(S3::checksumAlgorithmFromName("crc32c"), ChecksumAlgorithm::Crc32c);
        QCOMPARE(S3::checksumAlgorithmFromName("CRC32"), ChecksumAlgorithm::Crc32);
        QCOMPARE(S3::checksumAlgorithmFromName("SHA256"), ChecksumAlgorithm::Sha256);
        QCOMPARE(S3::checksumAlgorithmFromName("CRC64NVME"), std::nullopt);
        QCOMPARE(S3::checksumAlgorithmName(ChecksumAlgorithm::Sha1), QByteArray("SHA1"));
    }

    void contentMd5()
    {
        auto ok = S3::parseContentMd5("1B2M2Y8AsgTpgAmY7PhCfg==");
        QVERIFY(ok);
        QCOMPARE(*ok, S3::md5(""));
        for (const char *bad :
            { "", "abc", "1B2M2Y8AsgTpgAmY7PhCfg", "1B2M2Y8AsgTpgAmY7PhC!g==", "AAAA", "1B2M2Y8AsgTpgAmY7PhCfgAA" }) {
            auto r = S3::parseContentMd5(bad);
            QVERIFY2(!r, bad);
            QCOMPARE(r.error().code, Core::ErrorCode::InvalidDigest);
            QCOMPARE(r.error().httpStatus, 400);
        }
        auto crc = S3::parseChecksumValue(ChecksumAlgorithm::Crc32, "y/Q5Jg==");
        QVERIFY(crc);
        QCOMPARE(crc->toHex(), QByteArray("cbf43926"));
        auto badCrc = S3::parseChecksumValue(ChecksumAlgorithm::Crc32, "1B2M2Y8AsgTpgAmY7PhCfg==");
        QVERIFY(!badCrc);
        QCOMPARE(badCrc.error().code, Core::ErrorCode::InvalidRequest);
    }

    void throughput()
    {
        // Not a benchmark gate: a sanity check that the fast paths are in use (> 50 MB/s even on a busy machine).
        QByteArray data(16 << 20, 'x');
        for (auto alg : { ChecksumAlgorithm::Sha256, ChecksumAlgorithm::Crc32c, ChecksumAlgorithm::Crc32 }) {
            QElapsedTimer t;
            t.start();
            S3::Hasher h(alg);
            h.update(data);
            h.finish();
            const double mbps = double(data.size()) / 1e6 / std::max<double>(t.nsecsElapsed() / 1e9, 1e-6);
            qInfo("%s: %.0f MB/s", S3::checksumAlgorithmName(alg).constData(), mbps);
            QVERIFY(mbps > 50);
        }
    }
};

QTEST_GUILESS_MAIN(TestChecksum)
#include "tst_checksum.moc"
