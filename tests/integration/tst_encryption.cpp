#include <cstring>
#include <sys/stat.h>
#include <unordered_map>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

#include "engine/s3/sigv4.h"
#include "engine/store/encryption.h"
#include "tests/integration/serverfixture.h"

using IntegrationSupport::ProcessResult;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kPatternSize = 1024 * 1024;

// A recognisable, non-repeating 1 MiB pattern: "PAIL-PLAINTEXT-" markers plus a counter.
QByteArray recognisablePattern()
{
    QByteArray out;
    out.reserve(kPatternSize + 64);
    for (int i = 0; out.size() < kPatternSize; ++i)
        out += "PAIL-PLAINTEXT-" + QByteArray::number(i).rightJustified(8, '0') + '|';
    out.truncate(kPatternSize);
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// Encryption at rest (SSE-S3, SSE-C, SSE-KMS), CORS and POST form uploads against
// `pailctl serve`, with aws-cli, boto3 and curl.
class TestEncryption : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sseS3WithAwsCli();
    void bucketDefaultEncryption();
    void boto3Cases_data();
    void boto3Cases();
    void kmsKeys();
    void noPlaintextInDataDir();
    void tamperedChunkAnswersAnError();
    void restartKeepsObjectsReadable();
    void sseCRefusedOverHttp();
    void corsPreflight();
    void corsOnActualRequests();
    void postForm_data();
    void postForm();

private:
    ProcessResult aws(const QStringList &args) const;
    ProcessResult curl(const QStringList &args) const;
    QJsonObject awsJson(const QStringList &args);
    QString presignedUrl(const QByteArray &method, const QByteArray &path) const;
    ProcessResult python(const QString &name, const QProcessEnvironment &extra = {}) const;

    IntegrationSupport::ServerFixture m_server;
    QString m_aws;
    QString m_python;
    QByteArray m_pattern;
};

ProcessResult TestEncryption::aws(const QStringList &args) const
{
    return m_server.run(m_aws, QStringList {u"--endpoint-url"_s, m_server.endpoint(), u"--output"_s, u"json"_s} + args);
}

ProcessResult TestEncryption::curl(const QStringList &args) const
{
    return m_server.run(u"/usr/bin/curl"_s, QStringList {u"-sS"_s, u"--max-time"_s, u"30"_s} + args, 40000);
}

QJsonObject TestEncryption::awsJson(const QStringList &args)
{
    const ProcessResult r = aws(args);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.describe()));
        return {};
    }
    return QJsonDocument::fromJson(r.out).object();
}

QString TestEncryption::presignedUrl(const QByteArray &method, const QByteArray &path) const
{
    S3::SignableRequest req;
    req.method = method;
    req.path = path;
    req.headers.append({"host", "127.0.0.1:" + QByteArray::number(m_server.port())});
    S3::Signer signer(S3::Credentials {m_server.accessKey(), m_server.secretKey(), {}}, m_server.region().toUtf8());
    if (!signer.presign(req, QDateTime::currentDateTimeUtc(), 300))
        return {};
    return m_server.endpoint() + QString::fromLatin1(path) + u'?' + QString::fromLatin1(req.query);
}

ProcessResult TestEncryption::python(const QString &name, const QProcessEnvironment &extra) const
{
    QProcessEnvironment env = m_server.clientEnvironment();
    env.insert(u"PAIL_ENDPOINT"_s, m_server.endpoint());
    env.insert(u"PAIL_WORKDIR"_s, m_server.newScratchFolder(u"py-"_s + name));
    for (const QString &k : extra.keys())
        env.insert(k, extra.value(k));
    return IntegrationSupport::runProgram(m_python, {QStringLiteral(ENCRYPTION_CASES_PY), name}, env, 180000);
}

void TestEncryption::initTestCase()
{
    m_aws = u"/usr/bin/aws"_s;
    if (!QFileInfo(m_aws).isExecutable())
        m_aws = IntegrationSupport::nonDebianExecutable(u"aws"_s);
    m_python = u"/usr/bin/python3"_s;
    QVERIFY2(QFileInfo(m_aws).isExecutable(), "aws-cli is needed (Debian package awscli)");
    m_pattern = recognisablePattern();
    QString error;
    PAIL_VERIFY2(m_server.start(&error, {u"--allow-sse-c-over-http"_s}), error);
    PAIL_VERIFY_RUN(aws({u"s3api"_s, u"create-bucket"_s, u"--bucket"_s, u"enc"_s}));
    PAIL_VERIFY_RUN(aws({u"s3api"_s, u"create-bucket"_s, u"--bucket"_s, u"forms"_s}));
}

void TestEncryption::cleanupTestCase()
{
    QString error;
    if (m_server.isRunning())
        PAIL_VERIFY2(m_server.stop(&error), error);
}

void TestEncryption::sseS3WithAwsCli()
{
    const QString file = m_server.scratchDir() + u"/pattern.bin"_s;
    QVERIFY(writeFile(file, m_pattern));
    const QJsonObject put = awsJson({u"s3api"_s, u"put-object"_s, u"--bucket"_s, u"enc"_s, u"--key"_s, u"pattern"_s,
                                     u"--body"_s, file, u"--server-side-encryption"_s, u"AES256"_s});
    QCOMPARE(put.value("ServerSideEncryption"_L1).toString(), u"AES256"_s);
    const QString md5 = QString::fromLatin1(QCryptographicHash::hash(m_pattern, QCryptographicHash::Md5).toHex());
    QCOMPARE(put.value("ETag"_L1).toString(), u"\""_s + md5 + u"\""_s);
    const QJsonObject head = awsJson({u"s3api"_s, u"head-object"_s, u"--bucket"_s, u"enc"_s, u"--key"_s, u"pattern"_s});
    QCOMPARE(head.value("ServerSideEncryption"_L1).toString(), u"AES256"_s);
    QCOMPARE(head.value("ContentLength"_L1).toInteger(), kPatternSize);
    const QString out = m_server.scratchDir() + u"/pattern.out"_s;
    const QJsonObject get = awsJson({u"s3api"_s, u"get-object"_s, u"--bucket"_s, u"enc"_s, u"--key"_s, u"pattern"_s, out});
    QCOMPARE(get.value("ServerSideEncryption"_L1).toString(), u"AES256"_s);
    QVERIFY(readFile(out) == m_pattern);
    // An unknown algorithm is refused.
    const ProcessResult bad = aws({u"s3api"_s, u"put-object"_s, u"--bucket"_s, u"enc"_s, u"--key"_s, u"x"_s,
                                   u"--body"_s, file, u"--server-side-encryption"_s, u"AES128"_s});
    QVERIFY(!bad.ok());
}

void TestEncryption::bucketDefaultEncryption()
{
    const ProcessResult none = aws({u"s3api"_s, u"get-bucket-encryption"_s, u"--bucket"_s, u"enc"_s});
    QVERIFY(!none.ok());
    PAIL_VERIFY2(none.err.contains("ServerSideEncryptionConfigurationNotFoundError"), none.describe());
    PAIL_VERIFY_RUN(aws({u"s3api"_s, u"put-bucket-encryption"_s, u"--bucket"_s, u"enc"_s,
                         u"--server-side-encryption-configuration"_s,
                         u"{\"Rules\":[{\"ApplyServerSideEncryptionByDefault\":{\"SSEAlgorithm\":\"AES256\"}}]}"_s}));
    const QJsonObject conf = awsJson({u"s3api"_s, u"get-bucket-encryption"_s, u"--bucket"_s, u"enc"_s});
    const QJsonArray rules = conf.value("ServerSideEncryptionConfiguration"_L1).toObject().value("Rules"_L1).toArray();
    QCOMPARE(int(rules.size()), 1);
    QCOMPARE(rules.at(0).toObject().value("ApplyServerSideEncryptionByDefault"_L1).toObject().value("SSEAlgorithm"_L1)
                 .toString(),
             u"AES256"_s);
    // Plain PUTs now come out encrypted, multipart (aws s3 cp over the 8 MiB threshold) too.
    const QString small = m_server.scratchDir() + u"/small.bin"_s;
    QVERIFY(writeFile(small, m_pattern.left(100000)));
    PAIL_VERIFY_RUN(aws({u"s3api"_s, u"put-object"_s, u"--bucket"_s, u"enc"_s, u"--key"_s, u"defaulted"_s, u"--body"_s, small}));
    QCOMPARE(awsJson({u"s3api"_s, u"head-object"_s, u"--bucket"_s, u"enc"_s, u"--key"_s, u"defaulted"_s})
                 .value("ServerSideEncryption"_L1)
                 .toString(),
             u"AES256"_s);
    const QString big = m_server.scratchDir() + u"/big.bin"_s;
    QVERIFY(writeFile(big, m_pattern.repeated(20)));
    PAIL_VERIFY_RUN(aws({u"s3"_s, u"cp"_s, big, u"s3://enc/big-multipart"_s}));
    const QJsonObject head = awsJson({u"s3api"_s, u"head-object"_s, u"--bucket"_s, u"enc"_s, u"--key"_s, u"big-multipart"_s});
    QCOMPARE(head.value("ServerSideEncryption"_L1).toString(), u"AES256"_s);
    QVERIFY2(head.value("ETag"_L1).toString().contains(u'-'), "uploaded in parts");
    const QString back = m_server.scratchDir() + u"/big.out"_s;
    PAIL_VERIFY_RUN(aws({u"s3"_s, u"cp"_s, u"s3://enc/big-multipart"_s, back}));
    QVERIFY(IntegrationSupport::sameFileContent(big, back));
    PAIL_VERIFY_RUN(aws({u"s3api"_s, u"delete-bucket-encryption"_s, u"--bucket"_s, u"enc"_s}));
    const ProcessResult gone = aws({u"s3api"_s, u"get-bucket-encryption"_s, u"--bucket"_s, u"enc"_s});
    PAIL_VERIFY2(!gone.ok() && gone.err.contains("ServerSideEncryptionConfigurationNotFoundError"), gone.describe());
}

void TestEncryption::boto3Cases_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("ranges") << u"ranges"_s;
    QTest::newRow("ssec") << u"ssec"_s;
}

void TestEncryption::boto3Cases()
{
    QFETCH(QString, name);
    const ProcessResult r = python(name);
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.contains("OK"), r.describe());
}

void TestEncryption::kmsKeys()
{
    const QStringList admin {u"--endpoint-url"_s, m_server.endpoint()};
    const ProcessResult created = m_server.run(m_server.pailctlPath(),
                                               QStringList {u"sandbox"_s, u"kms"_s, u"create"_s, u"test-key-1"_s} + admin, 30000);
    PAIL_VERIFY_RUN(created);
    QVERIFY(created.out.contains("arn:aws:kms:us-east-1:"));
    const ProcessResult again = m_server.run(m_server.pailctlPath(),
                                             QStringList {u"sandbox"_s, u"kms"_s, u"create"_s, u"test-key-1"_s} + admin, 30000);
    QVERIFY2(!again.ok(), "a key id exists only once");
    const ProcessResult random = m_server.run(m_server.pailctlPath(), QStringList {u"sandbox"_s, u"kms"_s, u"create"_s} + admin, 30000);
    PAIL_VERIFY_RUN(random);
    const ProcessResult list = m_server.run(m_server.pailctlPath(), QStringList {u"sandbox"_s, u"kms"_s, u"list"_s} + admin, 30000);
    PAIL_VERIFY_RUN(list);
    QVERIFY(list.out.contains("test-key-1\t"));
    QCOMPARE(int(list.out.count('\n')), 2);
    // Another user's keys cannot manage KMS.
    const ProcessResult denied = IntegrationSupport::runProgram(
        m_server.pailctlPath(), QStringList {u"sandbox"_s, u"kms"_s, u"list"_s} + admin,
        m_server.clientEnvironment(u"NOPE"_s, u"nope"_s), 30000);
    QVERIFY(!denied.ok());

    QProcessEnvironment extra;
    extra.insert(u"PAIL_KMS_KEY"_s, u"test-key-1"_s);
    const ProcessResult r = python(u"kms"_s, extra);
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.contains("OK"), r.describe());
}

void TestEncryption::noPlaintextInDataDir()
{
    // Every 32-byte window of the pattern, indexed by its first 8 bytes.
    std::unordered_multimap<quint64, qsizetype> windows;
    windows.reserve(std::size_t(kPatternSize));
    for (qsizetype i = 0; i + 32 <= m_pattern.size(); ++i) {
        quint64 h;
        std::memcpy(&h, m_pattern.constData() + i, 8);
        windows.emplace(h, i);
    }
    int files = 0;
    qint64 bytes = 0;
    QDirIterator it(m_server.dataDir(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray content = readFile(path);
        ++files;
        bytes += content.size();
        for (qsizetype at = 0; at + 32 <= content.size(); ++at) {
            quint64 h;
            std::memcpy(&h, content.constData() + at, 8);
            auto [first, last] = windows.equal_range(h);
            for (auto w = first; w != last; ++w) {
                if (std::memcmp(content.constData() + at, m_pattern.constData() + w->second, 32) == 0)
                    QFAIL(qPrintable(u"plaintext of an encrypted object at offset %1 of %2"_s.arg(at).arg(path)));
            }
        }
    }
    QVERIFY(files > 3);
    QVERIFY2(bytes > 20 * kPatternSize, "the encrypted objects are in the data directory");
    // The master key is owner-only.
    struct stat st {};
    QCOMPARE(::stat(QString(m_server.dataDir() + u"/master.key"_s).toLocal8Bit().constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
}

void TestEncryption::tamperedChunkAnswersAnError()
{
    // An object of a size no other object has, so its data file is found by size.
    const qint64 size = 3 * Store::Sse::kChunkSize + 4321;
    const QByteArray body = m_pattern.left(size);
    const QString file = m_server.scratchDir() + u"/tamper.bin"_s;
    QVERIFY(writeFile(file, body));
    PAIL_VERIFY_RUN(aws({u"s3api"_s, u"put-object"_s, u"--bucket"_s, u"enc"_s, u"--key"_s, u"tamper"_s, u"--body"_s, file,
                         u"--server-side-encryption"_s, u"AES256"_s}));
    QString dataFile;
    QDirIterator it(m_server.dataDir() + u"/objects"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        if (QFileInfo(p).size() == Store::Sse::segmentSize(size))
            dataFile = p;
    }
    QVERIFY2(!dataFile.isEmpty(), "the encrypted data file");
    {
        QFile f(dataFile);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 at = Store::Sse::kHeaderSize + (Store::Sse::kChunkSize + Store::Sse::kTagSize) + 1000;
        QVERIFY(f.seek(at));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(at));
        QVERIFY(f.putChar(char(c ^ 0x01)));
    }
    const QString url = presignedUrl("GET", "/enc/tamper");
    // Chunk 0 still reads.
    const ProcessResult ok = curl({u"-o"_s, m_server.scratchDir() + u"/c0"_s, u"-w"_s, u"%{http_code}"_s, u"-H"_s,
                                   u"Range: bytes=0-99"_s, url});
    PAIL_VERIFY_RUN(ok);
    QCOMPARE(ok.out, QByteArray("206"));
    QCOMPARE(readFile(m_server.scratchDir() + u"/c0"_s), body.left(100));
    // A range in chunk 1 answers 500 InternalError, never wrong bytes.
    const ProcessResult bad = curl({u"-o"_s, m_server.scratchDir() + u"/c1"_s, u"-w"_s, u"%{http_code}"_s, u"-H"_s,
                                    u"Range: bytes=%1-%2"_s.arg(Store::Sse::kChunkSize + 10).arg(Store::Sse::kChunkSize + 99),
                                    url});
    QCOMPARE(bad.out, QByteArray("500"));
    QVERIFY(readFile(m_server.scratchDir() + u"/c1"_s).contains("InternalError"));
    // A whole-object GET stops at the damaged chunk: the transfer fails.
    const ProcessResult whole = curl({u"-o"_s, m_server.scratchDir() + u"/all"_s, url});
    QVERIFY(!whole.ok());
    QVERIFY(readFile(m_server.scratchDir() + u"/all"_s).size() < size);
}

void TestEncryption::restartKeepsObjectsReadable()
{
    m_server.kill();
    QString error;
    PAIL_VERIFY2(m_server.start(&error, {u"--allow-sse-c-over-http"_s}), error);
    const QString out = m_server.scratchDir() + u"/after-restart.bin"_s;
    PAIL_VERIFY_RUN(aws({u"s3api"_s, u"get-object"_s, u"--bucket"_s, u"enc"_s, u"--key"_s, u"pattern"_s, out}));
    QVERIFY(readFile(out) == m_pattern);
    const QString big = m_server.scratchDir() + u"/big-after.bin"_s;
    PAIL_VERIFY_RUN(aws({u"s3"_s, u"cp"_s, u"s3://enc/big-multipart"_s, big}));
    QVERIFY(readFile(big) == m_pattern.repeated(20));
}

void TestEncryption::sseCRefusedOverHttp()
{
    IntegrationSupport::ServerFixture plain;
    QString error;
    PAIL_VERIFY2(plain.start(&error), error);
    QProcessEnvironment env = plain.clientEnvironment();
    env.insert(u"PAIL_ENDPOINT"_s, plain.endpoint());
    const ProcessResult r = IntegrationSupport::runProgram(m_python, {QStringLiteral(ENCRYPTION_CASES_PY), u"ssec_refused"_s},
                                                           env, 60000);
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(plain.stop(&error), error);
}

void TestEncryption::corsPreflight()
{
    PAIL_VERIFY_RUN(aws({u"s3api"_s, u"create-bucket"_s, u"--bucket"_s, u"web"_s}));
    const QString preflightUrl = m_server.endpoint() + u"/web/some/key"_s;
    // No configuration yet.
    ProcessResult r = curl({u"-i"_s, u"-X"_s, u"OPTIONS"_s, u"-H"_s, u"Origin: https://app.example.com"_s, u"-H"_s,
                            u"Access-Control-Request-Method: GET"_s, preflightUrl});
    PAIL_VERIFY_RUN(r);
    QVERIFY2(r.out.startsWith("HTTP/1.1 403"), r.out.constData());
    QVERIFY(r.out.contains("CORSResponse: CORS is not enabled for this bucket."));
    const ProcessResult missing = aws({u"s3api"_s, u"get-bucket-cors"_s, u"--bucket"_s, u"web"_s});
    PAIL_VERIFY2(!missing.ok() && missing.err.contains("NoSuchCORSConfiguration"), missing.describe());

    const QString cors = uR"({"CORSRules":[
        {"ID":"app","AllowedOrigins":["https://app.example.com","https://*.example.org"],"AllowedMethods":["GET","PUT"],
         "AllowedHeaders":["x-amz-*","content-type"],"ExposeHeaders":["ETag","x-amz-request-id"],"MaxAgeSeconds":600},
        {"AllowedOrigins":["*"],"AllowedMethods":["HEAD"]}]})"_s;
    PAIL_VERIFY_RUN(aws({u"s3api"_s, u"put-bucket-cors"_s, u"--bucket"_s, u"web"_s, u"--cors-configuration"_s, cors}));
    const QJsonObject got = awsJson({u"s3api"_s, u"get-bucket-cors"_s, u"--bucket"_s, u"web"_s});
    const QJsonArray rules = got.value("CORSRules"_L1).toArray();
    QCOMPARE(int(rules.size()), 2);
    QCOMPARE(rules.at(0).toObject().value("ID"_L1).toString(), u"app"_s);
    QCOMPARE(rules.at(0).toObject().value("MaxAgeSeconds"_L1).toInt(), 600);

    // A matching preflight (no credentials).
    r = curl({u"-i"_s, u"-X"_s, u"OPTIONS"_s, u"-H"_s, u"Origin: https://app.example.com"_s, u"-H"_s,
              u"Access-Control-Request-Method: PUT"_s, u"-H"_s,
              u"Access-Control-Request-Headers: Content-Type, X-Amz-Meta-Color"_s, preflightUrl});
    PAIL_VERIFY_RUN(r);
    const QByteArray head = r.out.toLower();
    QVERIFY2(r.out.startsWith("HTTP/1.1 200"), r.out.constData());
    QVERIFY(head.contains("access-control-allow-origin: https://app.example.com\r\n"));
    QVERIFY(head.contains("access-control-allow-methods: get, put\r\n"));
    QVERIFY(head.contains("access-control-allow-headers: content-type, x-amz-meta-color\r\n"));
    QVERIFY(head.contains("access-control-max-age: 600\r\n"));
    QVERIFY(head.contains("access-control-expose-headers: etag, x-amz-request-id\r\n"));
    QVERIFY(head.contains("vary: origin, access-control-request-headers, access-control-request-method\r\n"));
    // Wildcard origin in a sub-domain.
    r = curl({u"-i"_s, u"-X"_s, u"OPTIONS"_s, u"-H"_s, u"Origin: https://cdn.example.org"_s, u"-H"_s,
              u"Access-Control-Request-Method: GET"_s, preflightUrl});
    QVERIFY2(r.out.startsWith("HTTP/1.1 200"), r.out.constData());
    // "*" answers "*".
    r = curl({u"-i"_s, u"-X"_s, u"OPTIONS"_s, u"-H"_s, u"Origin: https://anyone.test"_s, u"-H"_s,
              u"Access-Control-Request-Method: HEAD"_s, preflightUrl});
    QVERIFY2(r.out.startsWith("HTTP/1.1 200"), r.out.constData());
    QVERIFY(r.out.toLower().contains("access-control-allow-origin: *\r\n"));
    // Not allowed: origin, method, header.
    const QList<QStringList> refused {
        {u"Origin: https://evil.example.net"_s, u"Access-Control-Request-Method: GET"_s},
        {u"Origin: https://app.example.com"_s, u"Access-Control-Request-Method: DELETE"_s},
        {u"Origin: https://app.example.com"_s, u"Access-Control-Request-Method: GET"_s,
         u"Access-Control-Request-Headers: authorization-x"_s},
    };
    for (const QStringList &headers : refused) {
        QStringList args {u"-i"_s, u"-X"_s, u"OPTIONS"_s};
        for (const QString &h : headers)
            args << u"-H"_s << h;
        r = curl(args << preflightUrl);
        QVERIFY2(r.out.startsWith("HTTP/1.1 403"), r.out.constData());
        QVERIFY(r.out.contains("<Code>AccessForbidden</Code>"));
        QVERIFY(r.out.contains("CORSResponse: This CORS request is not allowed."));
    }
    // Without Origin.
    r = curl({u"-i"_s, u"-X"_s, u"OPTIONS"_s, u"-H"_s, u"Access-Control-Request-Method: GET"_s, preflightUrl});
    QVERIFY2(r.out.startsWith("HTTP/1.1 400"), r.out.constData());
}

void TestEncryption::corsOnActualRequests()
{
    const QString file = m_server.scratchDir() + u"/hello.txt"_s;
    QVERIFY(writeFile(file, "hello cors"));
    PAIL_VERIFY_RUN(aws({u"s3api"_s, u"put-object"_s, u"--bucket"_s, u"web"_s, u"--key"_s, u"hello.txt"_s, u"--body"_s, file}));
    const QString url = presignedUrl("GET", "/web/hello.txt");
    ProcessResult r = curl({u"-i"_s, u"-H"_s, u"Origin: https://app.example.com"_s, url});
    PAIL_VERIFY_RUN(r);
    QVERIFY2(r.out.startsWith("HTTP/1.1 200"), r.out.constData());
    QVERIFY(r.out.toLower().contains("access-control-allow-origin: https://app.example.com\r\n"));
    QVERIFY(r.out.toLower().contains("access-control-expose-headers: etag, x-amz-request-id\r\n"));
    QVERIFY(r.out.endsWith("hello cors"));
    // An origin no rule allows gets the object but no Access-Control-* headers.
    r = curl({u"-i"_s, u"-H"_s, u"Origin: https://evil.example.net"_s, url});
    QVERIFY2(r.out.startsWith("HTTP/1.1 200"), r.out.constData());
    QVERIFY(!r.out.toLower().contains("access-control-allow-origin"));
    PAIL_VERIFY_RUN(aws({u"s3api"_s, u"delete-bucket-cors"_s, u"--bucket"_s, u"web"_s}));
    const ProcessResult gone = aws({u"s3api"_s, u"get-bucket-cors"_s, u"--bucket"_s, u"web"_s});
    PAIL_VERIFY2(!gone.ok() && gone.err.contains("NoSuchCORSConfiguration"), gone.describe());
}

void TestEncryption::postForm_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("conditionsJson"); // extra conditions, a JSON array body
    QTest::addColumn<QStringList>("extraFields"); // name=value
    QTest::addColumn<int>("expiresIn");           // seconds (negative: expired)
    QTest::addColumn<bool>("badSignature");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expectInBody");
    QTest::addColumn<QString>("storedKey"); // empty: nothing stored

    const QString base = u"[\"starts-with\", \"$key\", \"uploads/\"]"_s;
    QTest::newRow("default 204") << u"uploads/a.txt"_s << base << QStringList {} << 300 << false << 204 << QString()
                                 << u"uploads/a.txt"_s;
    QTest::newRow("201 with XML") << u"uploads/b.txt"_s << base + u", {\"success_action_status\": \"201\"}"_s
                                  << QStringList {u"success_action_status=201"_s} << 300 << false << 201
                                  << u"<Key>uploads/b.txt</Key>"_s << u"uploads/b.txt"_s;
    QTest::newRow("200") << u"uploads/c.txt"_s << base + u", [\"eq\", \"$success_action_status\", \"200\"]"_s
                         << QStringList {u"success_action_status=200"_s} << 300 << false << 200 << QString()
                         << u"uploads/c.txt"_s;
    QTest::newRow("${filename}") << u"uploads/${filename}"_s << base << QStringList {} << 300 << false << 204 << QString()
                                 << u"uploads/form.txt"_s;
    QTest::newRow("redirect 303")
        << u"uploads/r.txt"_s
        << base + u", [\"starts-with\", \"$success_action_redirect\", \"https://app.example.com/\"]"_s
        << QStringList {u"success_action_redirect=https://app.example.com/done"_s} << 300 << false << 303
        << QString() << u"uploads/r.txt"_s;
    QTest::newRow("content-type and meta") << u"uploads/m.txt"_s
                                           << base + u", [\"starts-with\", \"$Content-Type\", \"text/\"], {\"x-amz-meta-color\": \"blue\"}"_s
                                           << QStringList {u"Content-Type=text/plain"_s, u"x-amz-meta-color=blue"_s}
                                           << 300 << false << 204 << QString() << u"uploads/m.txt"_s;
    QTest::newRow("encrypted") << u"uploads/e.txt"_s << base + u", {\"x-amz-server-side-encryption\": \"AES256\"}"_s
                               << QStringList {u"x-amz-server-side-encryption=AES256"_s} << 300 << false << 204 << QString()
                               << u"uploads/e.txt"_s;
    QTest::newRow("expired") << u"uploads/x.txt"_s << base << QStringList {} << -60 << false << 403
                             << u"Invalid according to Policy: Policy expired."_s << QString();
    QTest::newRow("starts-with fails") << u"other/x.txt"_s << base << QStringList {} << 300 << false << 403
                                       << u"Invalid according to Policy: Policy Condition failed: [\"starts-with\", \"$key\", \"uploads/\"]"_s
                                       << QString();
    QTest::newRow("eq fails") << u"uploads/x.txt"_s << base + u", [\"eq\", \"$x-amz-meta-color\", \"red\"]"_s
                              << QStringList {u"x-amz-meta-color=blue"_s} << 300 << false << 403
                              << u"Policy Condition failed: [\"eq\", \"$x-amz-meta-color\", \"red\"]"_s << QString();
    QTest::newRow("extra field") << u"uploads/x.txt"_s << base << QStringList {u"x-amz-meta-color=blue"_s} << 300 << false
                                 << 403 << u"Extra input fields: x-amz-meta-color"_s << QString();
    QTest::newRow("too large") << u"uploads/x.txt"_s << base + u", [\"content-length-range\", 0, 5]"_s << QStringList {}
                               << 300 << false << 400 << u"EntityTooLarge"_s << QString();
    QTest::newRow("bad signature") << u"uploads/x.txt"_s << base << QStringList {} << 300 << true << 403
                                   << u"SignatureDoesNotMatch"_s << QString();
}

void TestEncryption::postForm()
{
    QFETCH(QString, key);
    QFETCH(QString, conditionsJson);
    QFETCH(QStringList, extraFields);
    QFETCH(int, expiresIn);
    QFETCH(bool, badSignature);
    QFETCH(int, status);
    QFETCH(QString, expectInBody);
    QFETCH(QString, storedKey);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray date = now.toString(u"yyyyMMdd"_s).toLatin1();
    const QString credential = m_server.accessKey() + u'/' + QString::fromLatin1(date) + u"/us-east-1/s3/aws4_request"_s;
    const QString amzDate = QString::fromLatin1(S3::amzDate(now));
    const QString policy = uR"({"expiration": "%1", "conditions": [{"bucket": "forms"}, %2,
        {"x-amz-algorithm": "AWS4-HMAC-SHA256"}, {"x-amz-credential": "%3"}, {"x-amz-date": "%4"}]})"_s
                               .arg(now.addSecs(expiresIn).toString(Qt::ISODateWithMs), conditionsJson, credential, amzDate);
    const QByteArray policyB64 = policy.toUtf8().toBase64();
    S3::Signer signer(S3::Credentials {m_server.accessKey(), badSignature ? u"wrong"_s : m_server.secretKey(), {}}, "us-east-1");
    const QByteArray signature = QMessageAuthenticationCode::hash(policyB64, signer.signingKey(date), QCryptographicHash::Sha256)
                                     .toHex();
    const QString file = m_server.scratchDir() + u"/form.txt"_s;
    QVERIFY(writeFile(file, "form upload body"));
    QStringList args {u"-i"_s, u"-F"_s, u"key="_s + key};
    for (const QString &f : extraFields)
        args << u"-F"_s << f;
    args << u"-F"_s << u"x-amz-algorithm=AWS4-HMAC-SHA256"_s << u"-F"_s << u"x-amz-credential="_s + credential << u"-F"_s
         << u"x-amz-date="_s + amzDate << u"-F"_s << u"policy="_s + QString::fromLatin1(policyB64) << u"-F"_s
         << u"x-amz-signature="_s + QString::fromLatin1(signature) << u"-F"_s << u"file=@"_s + file
         << m_server.endpoint() + u"/forms"_s;
    const ProcessResult r = curl(args);
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.startsWith("HTTP/1.1 " + QByteArray::number(status)), QString::fromUtf8(r.out));
    if (!expectInBody.isEmpty())
        PAIL_VERIFY2(r.out.contains(expectInBody.toUtf8()) || r.out.contains(expectInBody.toHtmlEscaped().toUtf8()),
                     QString::fromUtf8(r.out));
    if (status == 303)
        QVERIFY(r.out.contains("Location: https://app.example.com/done?bucket=forms&key=uploads%2Fr.txt&etag="));
    if (!storedKey.isEmpty()) {
        const ProcessResult got = curl({u"-i"_s, presignedUrl("GET", "/forms/" + storedKey.toUtf8())});
        PAIL_VERIFY_RUN(got);
        const QByteArray head = got.out.toLower();
        QVERIFY2(got.out.startsWith("HTTP/1.1 200"), got.out.constData());
        QVERIFY(got.out.endsWith("\r\n\r\nform upload body"));
        if (extraFields.contains(u"Content-Type=text/plain"_s)) {
            QVERIFY(head.contains("content-type: text/plain\r\n"));
            QVERIFY(head.contains("x-amz-meta-color: blue\r\n"));
        }
        if (extraFields.contains(u"x-amz-server-side-encryption=AES256"_s))
            QVERIFY(head.contains("x-amz-server-side-encryption: aes256\r\n"));
    }
}

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
