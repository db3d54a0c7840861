#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "tests/integration/serverfixture.h"

using IntegrationSupport::ProcessResult;

// Drives both aws-cli versions of the machine (Debian's 2.9 and the pyenv 1.45, which sends
// CRC32 checksums) against `pailctl serve`: the s3 commands, the s3api object, listing and
// multipart operations, a 200 MiB multipart copy, presigned URLs, awkward keys and the static
// website configuration.
class TestAwsCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void highLevelCommands_data() { addClientRows(); }
    void highLevelCommands();
    void putGetHead_data() { addClientRows(); }
    void putGetHead();
    void listing_data() { addClientRows(); }
    void listing();
    void multipartApi_data() { addClientRows(); }
    void multipartApi();
    void largeMultipartCopy_data() { addClientRows(); }
    void largeMultipartCopy();
    void presignedUrls_data() { addClientRows(); }
    void presignedUrls();
    void awkwardKeys_data() { addClientRows(); }
    void awkwardKeys();
    void errors_data() { addClientRows(); }
    void errors();
    void website_data() { addClientRows(); }
    void website();

private:
    void addClientRows();
    // The aws binary of the current row; QSKIPs the row when it is not installed.
    QString currentAws();
    ProcessResult aws(const QString &bin, const QStringList &args, int timeoutMs = 180000) const;
    ProcessResult curl(const QStringList &args) const;
    // Runs an s3api command that prints JSON and returns the parsed object (fails the test otherwise).
    QJsonObject awsJson(const QString &bin, const QStringList &args, bool *ok);
    QString makeBucket(const QString &bin, const QString &name);
    QString writeFile(const QString &name, const QByteArray &content);

    IntegrationSupport::ServerFixture m_server;
    QString m_files;
    QString m_bigFile;
};

void TestAwsCli::initTestCase()
{
    QString error;
    PAIL_VERIFY2(m_server.start(&error), error);
    m_files = m_server.newScratchFolder(QStringLiteral("files"));
}

void TestAwsCli::cleanupTestCase()
{
    QString error;
    PAIL_VERIFY2(m_server.stop(&error), error);
}

void TestAwsCli::addClientRows()
{
    QTest::addColumn<QString>("bin");
    QTest::addColumn<QString>("tag");
    QTest::newRow("debian-aws-2.9") << QStringLiteral("/usr/bin/aws") << QStringLiteral("v2");
    QTest::newRow("pyenv-aws-1.45") << IntegrationSupport::nonDebianExecutable(QStringLiteral("aws")) << QStringLiteral("v1");
}

QString TestAwsCli::currentAws()
{
    QFETCH(QString, bin);
    if (bin.isEmpty() || !QFileInfo(bin).isExecutable())
        return {};
    return bin;
}

#define REQUIRE_AWS(bin)                                                                                          \
    const QString bin = currentAws();                                                                             \
    if (bin.isEmpty())                                                                                            \
        QSKIP("this aws-cli is not installed on this machine (Debian's awscli package, or a pyenv aws-cli 1.x on PATH)"); \
    QFETCH(QString, tag)

ProcessResult TestAwsCli::aws(const QString &bin, const QStringList &args, int timeoutMs) const
{
    return m_server.run(bin, QStringList {QStringLiteral("--endpoint-url"), m_server.endpoint(), QStringLiteral("--output"), QStringLiteral("json")} + args, timeoutMs);
}

ProcessResult TestAwsCli::curl(const QStringList &args) const
{
    return m_server.run(QStringLiteral("/usr/bin/curl"), QStringList {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("30")} + args, 40000);
}

QJsonObject TestAwsCli::awsJson(const QString &bin, const QStringList &args, bool *ok)
{
    *ok = false;
    const ProcessResult r = aws(bin, args);
    if (!r.ok()) {
        QTest::qFail(qPrintable(r.describe()), __FILE__, __LINE__);
        return {};
    }
    if (r.out.trimmed().isEmpty()) {
        *ok = true;
        return {};
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
    if (!doc.isObject()) {
        QTest::qFail(qPrintable(QStringLiteral("not JSON (%1)").arg(pe.errorString()) + r.describe()), __FILE__, __LINE__);
        return {};
    }
    *ok = true;
    return doc.object();
}

QString TestAwsCli::makeBucket(const QString &bin, const QString &name)
{
    const ProcessResult r = aws(bin, {QStringLiteral("s3api"), QStringLiteral("create-bucket"), QStringLiteral("--bucket"), name});
    if (!r.ok()) {
        QTest::qFail(qPrintable(r.describe()), __FILE__, __LINE__);
        return {};
    }
    return name;
}

QString TestAwsCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_files + u'/' + name;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return {};
    return path;
}

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static QString quotedMd5(const QByteArray &content)
{
    return u'"' + QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Md5).toHex()) + u'"';
}

void TestAwsCli::highLevelCommands()
{
    REQUIRE_AWS(bin);
    const QString bucket = QStringLiteral("hl-") + tag;
    const QString s3 = QStringLiteral("s3://") + bucket;
    PAIL_VERIFY_RUN(aws(bin, {QStringLiteral("s3"), QStringLiteral("mb"), s3}));

    // cp up, ls, cp down.
    const QByteArray content = "hello from aws s3 cp\n";
    const QString local = writeFile(tag + QLatin1StringView("/one.txt"), content);
    PAIL_VERIFY_RUN(aws(bin, {QStringLiteral("s3"), QStringLiteral("cp"), local, s3 + QLatin1StringView("/dir/one.txt")}));
    ProcessResult r = aws(bin, {QStringLiteral("s3"), QStringLiteral("ls"), s3 + QLatin1StringView("/dir/")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.contains(" 21 one.txt"), r.describe());
    r = aws(bin, {QStringLiteral("s3"), QStringLiteral("ls"), s3});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.contains("PRE dir/"), r.describe());
    r = aws(bin, {QStringLiteral("s3"), QStringLiteral("ls")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.contains(bucket.toUtf8()), r.describe());
    const QString back = m_files + u'/' + tag + QLatin1StringView("/one.back");
    PAIL_VERIFY_RUN(aws(bin, {QStringLiteral("s3"), QStringLiteral("cp"), s3 + QLatin1StringView("/dir/one.txt"), back}));
    QCOMPARE(readAll(back), content);

    // sync a folder up, again (nothing to do), after a change (one upload), then down.
    const QString tree = m_server.newScratchFolder(tag + QLatin1StringView("-tree"));
    QDir().mkpath(tree + QLatin1StringView("/sub/deeper"));
    QVERIFY(IntegrationSupport::writeRandomFile(tree + QLatin1StringView("/a.bin"), 1000, 1));
    QVERIFY(IntegrationSupport::writeRandomFile(tree + QLatin1StringView("/sub/b.bin"), 70000, 2));
    QVERIFY(IntegrationSupport::writeRandomFile(tree + QLatin1StringView("/sub/deeper/c.bin"), 0, 3));
    QVERIFY(IntegrationSupport::writeRandomFile(tree + QLatin1StringView("/sub/deeper/d.bin"), 3 * 1024 * 1024, 4));
    r = aws(bin, {QStringLiteral("s3"), QStringLiteral("sync"), tree, s3 + QLatin1StringView("/sync")});
    PAIL_VERIFY_RUN(r);
    QCOMPARE(r.out.count("upload:"), 4);
    r = aws(bin, {QStringLiteral("s3"), QStringLiteral("ls"), QStringLiteral("--recursive"), s3 + QLatin1StringView("/sync/")});
    PAIL_VERIFY_RUN(r);
    for (const char *key : {"sync/a.bin", "sync/sub/b.bin", "sync/sub/deeper/c.bin", "sync/sub/deeper/d.bin"})
        PAIL_VERIFY2(r.out.contains(key), QString::fromLatin1(key) + r.describe());
    r = aws(bin, {QStringLiteral("s3"), QStringLiteral("sync"), tree, s3 + QLatin1StringView("/sync")});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(!r.out.contains("upload:"), QStringLiteral("a second sync uploaded again") + r.describe());
    QVERIFY(IntegrationSupport::writeRandomFile(tree + QLatin1StringView("/sub/b.bin"), 70001, 5));
    r = aws(bin, {QStringLiteral("s3"), QStringLiteral("sync"), tree, s3 + QLatin1StringView("/sync")});
    PAIL_VERIFY_RUN(r);
    QCOMPARE(r.out.count("upload:"), 1);
    const QString down = m_server.newScratchFolder(tag + QLatin1StringView("-down"));
    r = aws(bin, {QStringLiteral("s3"), QStringLiteral("sync"), s3 + QLatin1StringView("/sync"), down});
    PAIL_VERIFY_RUN(r);
    for (const char *file : {"/a.bin", "/sub/b.bin", "/sub/deeper/c.bin", "/sub/deeper/d.bin"}) {
        QVERIFY2(IntegrationSupport::sameFileContent(tree + QLatin1StringView(file), down + QLatin1StringView(file)),
                 qPrintable(QString::fromLatin1(file) + r.describe()));
    }

    // rb refuses a bucket with objects; rm, rm --recursive, then rb.
    r = aws(bin, {QStringLiteral("s3"), QStringLiteral("rb"), s3});
    PAIL_VERIFY2(!r.ok() && r.err.contains("BucketNotEmpty"), r.describe());
    PAIL_VERIFY_RUN(aws(bin, {QStringLiteral("s3"), QStringLiteral("rm"), s3 + QLatin1StringView("/dir/one.txt")}));
    r = aws(bin, {QStringLiteral("s3"), QStringLiteral("rm"), QStringLiteral("--recursive"), s3 + QLatin1StringView("/sync")});
    PAIL_VERIFY_RUN(r);
    QCOMPARE(r.out.count("delete:"), 4);
    r = aws(bin, {QStringLiteral("s3"), QStringLiteral("ls"), QStringLiteral("--recursive"), s3});
    PAIL_VERIFY_RUN(r);
    PAIL_VERIFY2(r.out.trimmed().isEmpty(), r.describe());
    PAIL_VERIFY_RUN(aws(bin, {QStringLiteral("s3"), QStringLiteral("rb"), s3}));
    r = aws(bin, {QStringLiteral("s3"), QStringLiteral("ls"), s3});
    PAIL_VERIFY2(!r.ok() && r.err.contains("NoSuchBucket"), r.describe());
}

void TestAwsCli::putGetHead()
{
    REQUIRE_AWS(bin);
    const QString bucket = makeBucket(bin, QStringLiteral("pgh-") + tag);
    QVERIFY(!bucket.isEmpty());
    QByteArray content(300 * 1024 + 7, Qt::Uninitialized);
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char((i * 131) ^ (i >> 9));
    const QString local = writeFile(tag + QLatin1StringView("/pgh.bin"), content);
    bool ok = false;
    const QJsonObject put = awsJson(bin,
                                    {QStringLiteral("s3api"),
                                     QStringLiteral("put-object"),
                                     QStringLiteral("--bucket"),
                                     bucket,
                                     QStringLiteral("--key"),
                                     QStringLiteral("docs/pgh.bin"),
                                     QStringLiteral("--body"),
                                     local,
                                     QStringLiteral("--content-type"),
                                     QStringLiteral("application/x-test"),
                                     QStringLiteral("--metadata"),
                                     QStringLiteral("colour=blue,Shape=Round")},
                                    &ok);
    QVERIFY(ok);
    QCOMPARE(put.value(u"ETag").toString(), quotedMd5(content));

    const QJsonObject head = awsJson(bin, {QStringLiteral("s3api"), QStringLiteral("head-object"), QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), QStringLiteral("docs/pgh.bin")}, &ok);
    QVERIFY(ok);
    QCOMPARE(head.value(u"ContentLength").toInteger(), content.size());
    QCOMPARE(head.value(u"ETag").toString(), quotedMd5(content));
    QCOMPARE(head.value(u"ContentType").toString(), QStringLiteral("application/x-test"));
    const QJsonObject meta = head.value(u"Metadata").toObject();
    QCOMPARE(meta.value(u"colour").toString(), QStringLiteral("blue"));
    QCOMPARE(meta.value(u"shape").toString(), QStringLiteral("Round")); // S3 lower-cases metadata names
    QVERIFY2(!head.value(u"LastModified").toString().isEmpty(), QJsonDocument(head).toJson().constData());

    const QString out = m_files + u'/' + tag + QLatin1StringView("/pgh.out");
    const QJsonObject get = awsJson(bin, {QStringLiteral("s3api"), QStringLiteral("get-object"), QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), QStringLiteral("docs/pgh.bin"), out}, &ok);
    QVERIFY(ok);
    QCOMPARE(get.value(u"ContentLength").toInteger(), content.size());
    QCOMPARE(readAll(out), content);

    // Ranged GET through s3api.
    const QJsonObject ranged = awsJson(bin,
                                       {QStringLiteral("s3api"),
                                        QStringLiteral("get-object"),
                                        QStringLiteral("--bucket"),
                                        bucket,
                                        QStringLiteral("--key"),
                                        QStringLiteral("docs/pgh.bin"),
                                        QStringLiteral("--range"),
                                        QStringLiteral("bytes=100-199"),
                                        out},
                                       &ok);
    QVERIFY(ok);
    QCOMPARE(ranged.value(u"ContentRange").toString(), QStringLiteral("bytes 100-199/%1").arg(content.size()));
    QCOMPARE(readAll(out), content.mid(100, 100));

    // An empty object.
    const QString empty = writeFile(tag + QLatin1StringView("/empty"), {});
    const QJsonObject putEmpty = awsJson(bin, {QStringLiteral("s3api"), QStringLiteral("put-object"), QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), QStringLiteral("empty"), QStringLiteral("--body"), empty}, &ok);
    QVERIFY(ok);
    QCOMPARE(putEmpty.value(u"ETag").toString(), QStringLiteral("\"d41d8cd98f00b204e9800998ecf8427e\""));

    PAIL_VERIFY_RUN(aws(bin, {QStringLiteral("s3api"), QStringLiteral("delete-object"), QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), QStringLiteral("docs/pgh.bin")}));
    const ProcessResult gone = aws(bin, {QStringLiteral("s3api"), QStringLiteral("head-object"), QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), QStringLiteral("docs/pgh.bin")});
    PAIL_VERIFY2(!gone.ok() && (gone.err.contains("404") || gone.err.contains("Not Found")), gone.describe());
}

void TestAwsCli::listing()
{
    REQUIRE_AWS(bin);
    const QString bucket = makeBucket(bin, QStringLiteral("list-") + tag);
    QVERIFY(!bucket.isEmpty());
    QStringList keys {QStringLiteral("p/a/1"), QStringLiteral("p/a/2"), QStringLiteral("p/b/1"), QStringLiteral("p/c"), QStringLiteral("q/x")};
    for (int i = 0; i < 12; ++i)
        keys << QStringLiteral("page/%1").arg(i, 2, 10, QLatin1Char('0'));
    // One `s3 sync` puts all 17 objects (one CLI start instead of 17).
    const QString tree = m_server.newScratchFolder(tag + QLatin1StringView("-listing"));
    for (const QString &key : std::as_const(keys)) {
        QDir().mkpath(QFileInfo(tree + u'/' + key).absolutePath());
        QFile f(tree + u'/' + key);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("x") == 1);
    }
    PAIL_VERIFY_RUN(aws(bin, {QStringLiteral("s3"), QStringLiteral("sync"), QStringLiteral("--only-show-errors"), tree, QStringLiteral("s3://") + bucket}));

    bool ok = false;
    const QJsonObject delimited = awsJson(bin,
                                          {QStringLiteral("s3api"),
                                           QStringLiteral("list-objects-v2"),
                                           QStringLiteral("--bucket"),
                                           bucket,
                                           QStringLiteral("--prefix"),
                                           QStringLiteral("p/"),
                                           QStringLiteral("--delimiter"),
                                           QStringLiteral("/")},
                                          &ok);
    QVERIFY(ok);
    QStringList prefixes;
    for (const QJsonValue &v : delimited.value(u"CommonPrefixes").toArray())
        prefixes << v.toObject().value(u"Prefix").toString();
    QCOMPARE(prefixes, (QStringList {QStringLiteral("p/a/"), QStringLiteral("p/b/")}));
    QStringList contents;
    for (const QJsonValue &v : delimited.value(u"Contents").toArray())
        contents << v.toObject().value(u"Key").toString();
    QCOMPARE(contents, QStringList {QStringLiteral("p/c")});

    // --page-size 5: the CLI follows three continuation tokens and returns all 12.
    const QJsonObject paged = awsJson(bin,
                                      {QStringLiteral("s3api"),
                                       QStringLiteral("list-objects-v2"),
                                       QStringLiteral("--bucket"),
                                       bucket,
                                       QStringLiteral("--prefix"),
                                       QStringLiteral("page/"),
                                       QStringLiteral("--page-size"),
                                       QStringLiteral("5")},
                                      &ok);
    QVERIFY(ok);
    QStringList all;
    for (const QJsonValue &v : paged.value(u"Contents").toArray())
        all << v.toObject().value(u"Key").toString();
    QCOMPARE(all, keys.mid(5));

    // --max-items 5 stops with a NextToken; --starting-token resumes there.
    const QJsonObject first = awsJson(bin,
                                      {QStringLiteral("s3api"),
                                       QStringLiteral("list-objects-v2"),
                                       QStringLiteral("--bucket"),
                                       bucket,
                                       QStringLiteral("--prefix"),
                                       QStringLiteral("page/"),
                                       QStringLiteral("--max-items"),
                                       QStringLiteral("5"),
                                       QStringLiteral("--page-size"),
                                       QStringLiteral("4")},
                                      &ok);
    QVERIFY(ok);
    QCOMPARE(first.value(u"Contents").toArray().size(), 5);
    QCOMPARE(first.value(u"Contents").toArray().at(4).toObject().value(u"Key").toString(), QStringLiteral("page/04"));
    const QString token = first.value(u"NextToken").toString();
    QVERIFY2(!token.isEmpty(), QJsonDocument(first).toJson().constData());
    const QJsonObject second = awsJson(bin,
                                       {QStringLiteral("s3api"),
                                        QStringLiteral("list-objects-v2"),
                                        QStringLiteral("--bucket"),
                                        bucket,
                                        QStringLiteral("--prefix"),
                                        QStringLiteral("page/"),
                                        QStringLiteral("--max-items"),
                                        QStringLiteral("5"),
                                        QStringLiteral("--page-size"),
                                        QStringLiteral("4"),
                                        QStringLiteral("--starting-token"),
                                        token},
                                       &ok);
    QVERIFY(ok);
    QStringList secondKeys;
    for (const QJsonValue &v : second.value(u"Contents").toArray())
        secondKeys << v.toObject().value(u"Key").toString();
    QCOMPARE(secondKeys, keys.mid(5 + 5, 5));

    // The whole bucket, keys in UTF-8 binary order, with sizes and ETags.
    const QJsonObject everything = awsJson(bin, {QStringLiteral("s3api"), QStringLiteral("list-objects-v2"), QStringLiteral("--bucket"), bucket}, &ok);
    QVERIFY(ok);
    QStringList sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    QStringList listed;
    for (const QJsonValue &v : everything.value(u"Contents").toArray()) {
        listed << v.toObject().value(u"Key").toString();
        QCOMPARE(v.toObject().value(u"Size").toInteger(), 1);
        QCOMPARE(v.toObject().value(u"ETag").toString(), quotedMd5("x"));
    }
    QCOMPARE(listed, sorted);
}

void TestAwsCli::multipartApi()
{
    REQUIRE_AWS(bin);
    const QString bucket = makeBucket(bin, QStringLiteral("mpu-") + tag);
    QVERIFY(!bucket.isEmpty());
    const QString part1 = m_files + u'/' + tag + QLatin1StringView("-part1");
    const QString part2 = m_files + u'/' + tag + QLatin1StringView("-part2");
    QVERIFY(IntegrationSupport::writeRandomFile(part1, 5 * 1024 * 1024, 11));
    QVERIFY(IntegrationSupport::writeRandomFile(part2, 1024 * 1024 + 3, 12));

    bool ok = false;
    const QJsonObject created = awsJson(bin, {QStringLiteral("s3api"), QStringLiteral("create-multipart-upload"), QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), QStringLiteral("big/mp.bin")}, &ok);
    QVERIFY(ok);
    const QString uploadId = created.value(u"UploadId").toString();
    QVERIFY2(!uploadId.isEmpty(), QJsonDocument(created).toJson().constData());
    QCOMPARE(created.value(u"Key").toString(), QStringLiteral("big/mp.bin"));

    QStringList etags;
    int number = 1;
    for (const QString &part : {part1, part2}) {
        const QJsonObject up = awsJson(bin,
                                       {QStringLiteral("s3api"),
                                        QStringLiteral("upload-part"),
                                        QStringLiteral("--bucket"),
                                        bucket,
                                        QStringLiteral("--key"),
                                        QStringLiteral("big/mp.bin"),
                                        QStringLiteral("--upload-id"),
                                        uploadId,
                                        QStringLiteral("--part-number"),
                                        QString::number(number++),
                                        QStringLiteral("--body"),
                                        part},
                                       &ok);
        QVERIFY(ok);
        QCOMPARE(up.value(u"ETag").toString(), u'"' + QString::fromLatin1(IntegrationSupport::fileMd5Hex(part)) + u'"');
        etags << up.value(u"ETag").toString();
    }

    const QJsonObject parts = awsJson(bin, {QStringLiteral("s3api"), QStringLiteral("list-parts"), QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), QStringLiteral("big/mp.bin"), QStringLiteral("--upload-id"), uploadId}, &ok);
    QVERIFY(ok);
    const QJsonArray partList = parts.value(u"Parts").toArray();
    QCOMPARE(partList.size(), 2);
    QCOMPARE(partList.at(0).toObject().value(u"PartNumber").toInt(), 1);
    QCOMPARE(partList.at(0).toObject().value(u"Size").toInteger(), 5 * 1024 * 1024);
    QCOMPARE(partList.at(1).toObject().value(u"Size").toInteger(), 1024 * 1024 + 3);
    QCOMPARE(partList.at(1).toObject().value(u"ETag").toString(), etags.at(1));

    const QJsonObject uploads = awsJson(bin, {QStringLiteral("s3api"), QStringLiteral("list-multipart-uploads"), QStringLiteral("--bucket"), bucket}, &ok);
    QVERIFY(ok);
    QCOMPARE(uploads.value(u"Uploads").toArray().size(), 1);
    QCOMPARE(uploads.value(u"Uploads").toArray().at(0).toObject().value(u"UploadId").toString(), uploadId);

    const QString manifest = QStringLiteral("{\"Parts\":[{\"ETag\":%1,\"PartNumber\":1},{\"ETag\":%2,\"PartNumber\":2}]}")
                                 .arg(QString::fromUtf8(QJsonDocument(QJsonArray {etags.at(0)}).toJson(QJsonDocument::Compact)).mid(1).chopped(1),
                                      QString::fromUtf8(QJsonDocument(QJsonArray {etags.at(1)}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
    const QJsonObject done = awsJson(bin,
                                     {QStringLiteral("s3api"),
                                      QStringLiteral("complete-multipart-upload"),
                                      QStringLiteral("--bucket"),
                                      bucket,
                                      QStringLiteral("--key"),
                                      QStringLiteral("big/mp.bin"),
                                      QStringLiteral("--upload-id"),
                                      uploadId,
                                      QStringLiteral("--multipart-upload"),
                                      manifest},
                                     &ok);
    QVERIFY(ok);
    // The multipart ETag: MD5 of the parts' binary MD5s, then "-<number of parts>".
    QCryptographicHash md5s(QCryptographicHash::Md5);
    md5s.addData(QByteArray::fromHex(IntegrationSupport::fileMd5Hex(part1)));
    md5s.addData(QByteArray::fromHex(IntegrationSupport::fileMd5Hex(part2)));
    const QString expectedEtag = u'"' + QString::fromLatin1(md5s.result().toHex()) + QLatin1StringView("-2\"");
    QCOMPARE(done.value(u"ETag").toString(), expectedEtag);

    const QString out = m_files + u'/' + tag + QLatin1StringView("-mp.out");
    const QJsonObject got = awsJson(bin, {QStringLiteral("s3api"), QStringLiteral("get-object"), QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), QStringLiteral("big/mp.bin"), out}, &ok);
    QVERIFY(ok);
    QCOMPARE(got.value(u"ETag").toString(), expectedEtag);
    QCOMPARE(readAll(out), readAll(part1) + readAll(part2));

    // Abort: the upload and its parts are gone.
    const QJsonObject second = awsJson(bin, {QStringLiteral("s3api"), QStringLiteral("create-multipart-upload"), QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), QStringLiteral("aborted.bin")}, &ok);
    QVERIFY(ok);
    const QString abortId = second.value(u"UploadId").toString();
    QVERIFY(!abortId.isEmpty());
    QVERIFY(abortId != uploadId);
    PAIL_VERIFY_RUN(aws(bin,
                        {QStringLiteral("s3api"),
                         QStringLiteral("upload-part"),
                         QStringLiteral("--bucket"),
                         bucket,
                         QStringLiteral("--key"),
                         QStringLiteral("aborted.bin"),
                         QStringLiteral("--upload-id"),
                         abortId,
                         QStringLiteral("--part-number"),
                         QStringLiteral("1"),
                         QStringLiteral("--body"),
                         part2}));
    PAIL_VERIFY_RUN(aws(bin, {QStringLiteral("s3api"), QStringLiteral("abort-multipart-upload"), QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), QStringLiteral("aborted.bin"), QStringLiteral("--upload-id"), abortId}));
    const ProcessResult listAborted = aws(bin, {QStringLiteral("s3api"), QStringLiteral("list-parts"), QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), QStringLiteral("aborted.bin"), QStringLiteral("--upload-id"), abortId});
    PAIL_VERIFY2(!listAborted.ok() && listAborted.err.contains("NoSuchUpload"), listAborted.describe());
    const ProcessResult headAborted = aws(bin, {QStringLiteral("s3api"), QStringLiteral("head-object"), QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), QStringLiteral("aborted.bin")});
    PAIL_VERIFY2(!headAborted.ok(), headAborted.describe());
    const QJsonObject none = awsJson(bin, {QStringLiteral("s3api"), QStringLiteral("list-multipart-uploads"), QStringLiteral("--bucket"), bucket}, &ok);
    QVERIFY(ok);
    QCOMPARE(none.value(u"Uploads").toArray().size(), 0);
}

void TestAwsCli::largeMultipartCopy()
{
    REQUIRE_AWS(bin);
    constexpr qint64 kSize = 200 * 1024 * 1024;
    constexpr qint64 kPart = 8 * 1024 * 1024; // multipart_chunksize in the fixture's config
    if (m_bigFile.isEmpty()) {
        m_bigFile = m_server.scratchDir() + QLatin1StringView("/big-200MiB.bin");
        QVERIFY(IntegrationSupport::writeRandomFile(m_bigFile, kSize, 200));
    }
    const QString bucket = makeBucket(bin, QStringLiteral("large-") + tag);
    QVERIFY(!bucket.isEmpty());
    const QString url = QStringLiteral("s3://%1/large/200MiB.bin").arg(bucket);
    PAIL_VERIFY_RUN(aws(bin, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--only-show-errors"), m_bigFile, url}, 180000));

    // Expected multipart ETag from the 25 parts of 8 MiB.
    QFile f(m_bigFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCryptographicHash md5s(QCryptographicHash::Md5);
    int parts = 0;
    while (!f.atEnd()) {
        md5s.addData(QCryptographicHash::hash(f.read(kPart), QCryptographicHash::Md5));
        ++parts;
    }
    QCOMPARE(parts, 25);
    const QString expectedEtag = QStringLiteral("\"%1-%2\"").arg(QString::fromLatin1(md5s.result().toHex())).arg(parts);

    bool ok = false;
    const QJsonObject head = awsJson(bin, {QStringLiteral("s3api"), QStringLiteral("head-object"), QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), QStringLiteral("large/200MiB.bin")}, &ok);
    QVERIFY(ok);
    QCOMPARE(head.value(u"ContentLength").toInteger(), kSize);
    PAIL_VERIFY2(QRegularExpression(QStringLiteral("^\"[0-9a-f]{32}-25\"$")).match(head.value(u"ETag").toString()).hasMatch(), head.value(u"ETag").toString());
    QCOMPARE(head.value(u"ETag").toString(), expectedEtag);

    const QString down = m_server.scratchDir() + QLatin1StringView("/big-down-") + tag;
    PAIL_VERIFY_RUN(aws(bin, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--only-show-errors"), url, down}, 180000));
    QCOMPARE(IntegrationSupport::fileMd5Hex(down), IntegrationSupport::fileMd5Hex(m_bigFile));
    QFile::remove(down);
    PAIL_VERIFY_RUN(aws(bin, {QStringLiteral("s3"), QStringLiteral("rm"), url}));
}

void TestAwsCli::presignedUrls()
{
    REQUIRE_AWS(bin);
    const QString bucket = makeBucket(bin, QStringLiteral("presign-") + tag);
    QVERIFY(!bucket.isEmpty());
    const QByteArray content = "presigned content \xe2\x9c\x93\n";
    const QString local = writeFile(tag + QLatin1StringView("/presign.txt"), content);
    const QString s3 = QStringLiteral("s3://%1/shared/file name+x.txt").arg(bucket);
    PAIL_VERIFY_RUN(aws(bin, {QStringLiteral("s3"), QStringLiteral("cp"), local, s3}));

    ProcessResult r = aws(bin, {QStringLiteral("s3"), QStringLiteral("presign"), s3, QStringLiteral("--expires-in"), QStringLiteral("600")});
    PAIL_VERIFY_RUN(r);
    const QString url = QString::fromUtf8(r.out).trimmed();
    PAIL_VERIFY2(url.startsWith(m_server.endpoint()) && url.contains(QLatin1StringView("X-Amz-Signature=")), url);
    const QString out = m_files + u'/' + tag + QLatin1StringView("/presign.out");
    r = curl({QStringLiteral("-o"), out, QStringLiteral("-w"), QStringLiteral("%{http_code}"), url});
    PAIL_VERIFY_RUN(r);
    QCOMPARE(r.out, QByteArray("200"));
    QCOMPARE(readAll(out), content);

    // A tampered signature is refused.
    QString tampered = url;
    const qsizetype sig = tampered.indexOf(QLatin1StringView("X-Amz-Signature=")) + 16;
    tampered[sig] = tampered.at(sig) == u'0' ? u'1' : u'0';
    r = curl({QStringLiteral("-o"), out, QStringLiteral("-w"), QStringLiteral("%{http_code}"), tampered});
    PAIL_VERIFY_RUN(r);
    QCOMPARE(r.out, QByteArray("403"));
    QVERIFY2(readAll(out).contains("<Code>SignatureDoesNotMatch</Code>"), readAll(out).constData());

    // A URL valid for one second answers 403 AccessDenied once it has expired (polled, no fixed sleep).
    r = aws(bin, {QStringLiteral("s3"), QStringLiteral("presign"), s3, QStringLiteral("--expires-in"), QStringLiteral("1")});
    PAIL_VERIFY_RUN(r);
    const QString shortUrl = QString::fromUtf8(r.out).trimmed();
    ProcessResult last;
    QTRY_VERIFY2_WITH_TIMEOUT((last = curl({QStringLiteral("-o"), out, QStringLiteral("-w"), QStringLiteral("%{http_code}"), shortUrl})).out == "403",
                              qPrintable(last.describe() + QString::fromUtf8(readAll(out))),
                              15000);
    QVERIFY2(readAll(out).contains("<Code>AccessDenied</Code>"), readAll(out).constData());
}

void TestAwsCli::awkwardKeys()
{
    REQUIRE_AWS(bin);
    const QString bucket = makeBucket(bin, QStringLiteral("keys-") + tag);
    QVERIFY(!bucket.isEmpty());
    const QStringList keys {
        QStringLiteral("with space/file name.txt"),
        QStringLiteral("unicode/\u00fcn\u00efc\u00f8d\u00e9-\u65e5\u672c\u8a9e.txt"),
        QStringLiteral("percent/100%.txt"),
        QStringLiteral("percent/%2F%41%zz"),
        QStringLiteral("plus/a+b=c&d.txt"),
        QStringLiteral("dots/../up.txt"),
        QStringLiteral("dots/./here.txt"),
        QStringLiteral(".."),
        QStringLiteral("double//slash"),
        QStringLiteral("tilde~!'()*,;:@$.txt"),
    };
    QStringList stored;
    int i = 0;
    for (const QString &key : keys) {
        const QByteArray content = key.toUtf8() + " #" + QByteArray::number(i);
        const QString local = writeFile(tag + QLatin1StringView("/key") + QString::number(i++), content);
        ProcessResult r = aws(bin, {QStringLiteral("s3api"), QStringLiteral("put-object"), QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), key, QStringLiteral("--body"), local});
        PAIL_VERIFY2(r.ok(), QStringLiteral("key [%1]").arg(key) + r.describe());
        stored << key;
        const QString out = local + QLatin1StringView(".out");
        r = aws(bin, {QStringLiteral("s3api"), QStringLiteral("get-object"), QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), key, out});
        PAIL_VERIFY2(r.ok(), QStringLiteral("key [%1]").arg(key) + r.describe());
        PAIL_VERIFY2(readAll(out) == content, QStringLiteral("key [%1] came back as [%2]").arg(key, QString::fromUtf8(readAll(out))));
    }
    // The high-level commands use their own URL handling: a copy through `aws s3 cp` of the keys
    // without dot segments (the CLI would resolve those as paths).
    for (const QString &key : keys.mid(0, 5)) {
        const QString dest = QStringLiteral("s3://%1/cp/%2").arg(bucket, key);
        const ProcessResult r = aws(bin, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("s3://%1/%2").arg(bucket, key), dest});
        PAIL_VERIFY2(r.ok(), QStringLiteral("key [%1]").arg(key) + r.describe());
        stored << QStringLiteral("cp/") + key;
    }
    bool ok = false;
    const QJsonObject listed = awsJson(bin, {QStringLiteral("s3api"), QStringLiteral("list-objects-v2"), QStringLiteral("--bucket"), bucket}, &ok);
    QVERIFY(ok);
    QStringList names;
    for (const QJsonValue &v : listed.value(u"Contents").toArray())
        names << v.toObject().value(u"Key").toString();
    std::sort(stored.begin(), stored.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    QCOMPARE(names, stored);
    // The same listing without EncodingType=url (raw XML keys) through the v1 list-objects.
    const QJsonObject v1 = awsJson(bin, {QStringLiteral("s3api"), QStringLiteral("list-objects"), QStringLiteral("--bucket"), bucket, QStringLiteral("--prefix"), QStringLiteral("unicode/")}, &ok);
    QVERIFY(ok);
    QCOMPARE(v1.value(u"Contents").toArray().size(), 1);
    QCOMPARE(v1.value(u"Contents").toArray().at(0).toObject().value(u"Key").toString(), keys.at(1));
}

void TestAwsCli::errors()
{
    REQUIRE_AWS(bin);
    const QString bucket = makeBucket(bin, QStringLiteral("errors-") + tag);
    QVERIFY(!bucket.isEmpty());
    const QString out = m_files + u'/' + tag + QLatin1StringView("-err.out");
    ProcessResult r = aws(bin, {QStringLiteral("s3api"), QStringLiteral("get-object"), QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), QStringLiteral("missing"), out});
    PAIL_VERIFY2(!r.ok() && r.err.contains("NoSuchKey"), r.describe());
    r = aws(bin, {QStringLiteral("s3api"), QStringLiteral("list-objects-v2"), QStringLiteral("--bucket"), QStringLiteral("no-such-bucket-") + tag});
    PAIL_VERIFY2(!r.ok() && r.err.contains("NoSuchBucket"), r.describe());
    r = aws(bin, {QStringLiteral("s3api"), QStringLiteral("create-bucket"), QStringLiteral("--bucket"), bucket});
    // BucketAlreadyOwnedByYou, or 200 in us-east-1 (AWS keeps that for legacy compatibility); never
    // BucketAlreadyExists, which means someone else's bucket.
    PAIL_VERIFY2(r.ok() || r.err.contains("BucketAlreadyOwnedByYou"), r.describe());
    r = aws(bin, {QStringLiteral("s3api"), QStringLiteral("create-bucket"), QStringLiteral("--bucket"), QStringLiteral("Bad_Bucket")});
    PAIL_VERIFY2(!r.ok() && (r.err.contains("InvalidBucketName") || r.err.contains("Invalid bucket name")), r.describe());

    // A wrong secret and an unknown access key.
    r = IntegrationSupport::runProgram(bin,
                                       {QStringLiteral("--endpoint-url"), m_server.endpoint(), QStringLiteral("s3api"), QStringLiteral("list-buckets")},
                                       m_server.clientEnvironment(m_server.accessKey(), QStringLiteral("wrong-secret")),
                                       60000);
    PAIL_VERIFY2(!r.ok() && r.err.contains("SignatureDoesNotMatch"), r.describe());
    r = IntegrationSupport::runProgram(bin,
                                       {QStringLiteral("--endpoint-url"), m_server.endpoint(), QStringLiteral("s3api"), QStringLiteral("list-buckets")},
                                       m_server.clientEnvironment(QStringLiteral("NOSUCHKEY0000000"), m_server.secretKey()),
                                       60000);
    PAIL_VERIFY2(!r.ok() && r.err.contains("InvalidAccessKeyId"), r.describe());
}

void TestAwsCli::website()
{
    REQUIRE_AWS(bin);
    const QString bucket = makeBucket(bin, QStringLiteral("website-") + tag);
    QVERIFY(!bucket.isEmpty());
    const QStringList get {QStringLiteral("s3api"), QStringLiteral("get-bucket-website"), QStringLiteral("--bucket"), bucket};
    ProcessResult r = aws(bin, get);
    PAIL_VERIFY2(!r.ok() && r.err.contains("NoSuchWebsiteConfiguration"), r.describe());

    // The high-level command.
    PAIL_VERIFY_RUN(aws(bin, {QStringLiteral("s3"), QStringLiteral("website"), QStringLiteral("s3://") + bucket,
                              QStringLiteral("--index-document"), QStringLiteral("index.html"),
                              QStringLiteral("--error-document"), QStringLiteral("error.html")}));
    bool ok = false;
    QJsonObject site = awsJson(bin, get, &ok);
    QVERIFY(ok);
    QCOMPARE(site.value(QStringLiteral("IndexDocument")).toObject().value(QStringLiteral("Suffix")).toString(),
             QStringLiteral("index.html"));
    QCOMPARE(site.value(QStringLiteral("ErrorDocument")).toObject().value(QStringLiteral("Key")).toString(),
             QStringLiteral("error.html"));

    // s3api with routing rules, read back field by field.
    const QString config = QStringLiteral(
        R"({"IndexDocument":{"Suffix":"home.html"},"RoutingRules":[{"Condition":{"KeyPrefixEquals":"docs/"},)"
        R"("Redirect":{"ReplaceKeyPrefixWith":"documents/","HttpRedirectCode":"301"}},)"
        R"({"Condition":{"HttpErrorCodeReturnedEquals":"404"},"Redirect":{"HostName":"example.com","Protocol":"https"}}]})");
    PAIL_VERIFY_RUN(aws(bin, {QStringLiteral("s3api"), QStringLiteral("put-bucket-website"), QStringLiteral("--bucket"), bucket,
                              QStringLiteral("--website-configuration"), config}));
    site = awsJson(bin, get, &ok);
    QVERIFY(ok);
    QCOMPARE(site.value(QStringLiteral("IndexDocument")).toObject().value(QStringLiteral("Suffix")).toString(),
             QStringLiteral("home.html"));
    const QJsonArray rules = site.value(QStringLiteral("RoutingRules")).toArray();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.at(0).toObject().value(QStringLiteral("Condition")).toObject().value(QStringLiteral("KeyPrefixEquals")).toString(),
             QStringLiteral("docs/"));
    QCOMPARE(rules.at(0).toObject().value(QStringLiteral("Redirect")).toObject().value(QStringLiteral("ReplaceKeyPrefixWith")).toString(),
             QStringLiteral("documents/"));
    QCOMPARE(rules.at(1).toObject().value(QStringLiteral("Redirect")).toObject().value(QStringLiteral("Protocol")).toString(),
             QStringLiteral("https"));

    // Refused values name the field.
    r = aws(bin, {QStringLiteral("s3api"), QStringLiteral("put-bucket-website"), QStringLiteral("--bucket"), bucket,
                  QStringLiteral("--website-configuration"), QStringLiteral(R"({"IndexDocument":{"Suffix":"a/index.html"}})")});
    PAIL_VERIFY2(!r.ok() && r.err.contains("InvalidArgument") && r.err.contains("IndexDocument Suffix"), r.describe());
    r = aws(bin, {QStringLiteral("s3api"), QStringLiteral("put-bucket-website"), QStringLiteral("--bucket"), bucket,
                  QStringLiteral("--website-configuration"),
                  QStringLiteral(R"({"IndexDocument":{"Suffix":"i.html"},"RedirectAllRequestsTo":{"HostName":"example.com"}})")});
    PAIL_VERIFY2(!r.ok() && r.err.contains("InvalidArgument") && r.err.contains("RedirectAllRequestsTo"), r.describe());
    // The earlier configuration is untouched by the refusals.
    site = awsJson(bin, get, &ok);
    QVERIFY(ok);
    QCOMPARE(site.value(QStringLiteral("RoutingRules")).toArray().size(), 2);

    PAIL_VERIFY_RUN(aws(bin, {QStringLiteral("s3api"), QStringLiteral("delete-bucket-website"), QStringLiteral("--bucket"), bucket}));
    r = aws(bin, get);
    PAIL_VERIFY2(!r.ok() && r.err.contains("NoSuchWebsiteConfiguration"), r.describe());
}

QTEST_GUILESS_MAIN(TestAwsCli)
#include "tst_awscli.moc"
