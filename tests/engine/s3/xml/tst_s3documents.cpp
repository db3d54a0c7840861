#include <functional>

#include <QFile>
#include <QTest>

#include "engine/s3/xml/documents.h"

using namespace Qt::StringLiterals;
using Core::ErrorCode;

// A check returns an empty string on success, else what went wrong.
using Check = std::function<QString()>;
Q_DECLARE_METATYPE(Check)

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QByteArray readSample(const QString &name)
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/s3-responses/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// value -> XML -> value must be equal, the XML must carry the S3 namespace, and writing the
// parsed value again must give the same bytes.
template<typename T> Check roundTrip(T value)
{
    return [value]() -> QString {
        const QByteArray xml = value.toXml();
        if (!xml.contains("xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\""))
            return u"no S3 namespace in "_s + QString::fromUtf8(xml);
        const Core::Result<T> parsed = T::fromXml(xml);
        if (!parsed)
            return u"parse failed: "_s + parsed.error().message + u"\n"_s + QString::fromUtf8(xml);
        if (!(*parsed == value))
            return u"differs after the round trip; wrote\n"_s + QString::fromUtf8(xml) + u"\nre-wrote\n"_s
                + QString::fromUtf8(parsed->toXml());
        if (parsed->toXml() != xml)
            return u"second write differs"_s;
        return {};
    };
}

// The sample file parses to exactly the expected value.
template<typename T> Check parsesTo(QString file, T expected)
{
    return [file, expected]() -> QString {
        const QByteArray xml = readSample(file);
        if (xml.isEmpty())
            return u"cannot read "_s + file;
        const Core::Result<T> parsed = T::fromXml(xml);
        if (!parsed)
            return u"parse failed: "_s + parsed.error().message;
        if (!(*parsed == expected))
            return u"parsed\n"_s + QString::fromUtf8(parsed->toXml()) + u"\nexpected\n"_s
                + QString::fromUtf8(expected.toXml());
        return {};
    };
}

// Parsing xml as T must fail with code.
template<typename T> Check failsWith(QByteArray xml, ErrorCode code)
{
    return [xml, code]() -> QString {
        const Core::Result<T> parsed = T::fromXml(xml);
        if (parsed)
            return u"parsed although it should not"_s;
        if (parsed.error().code != code)
            return u"wrong code %1: %2"_s.arg(int(parsed.error().code)).arg(parsed.error().message);
        if (parsed.error().httpStatus != 400 || parsed.error().s3Code.isEmpty())
            return u"error not filled from the table"_s;
        return {};
    };
}

const S3::Owner kOwner { u"75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a"_s, u"mtd@amazon.com"_s };
const QString kTrickyKey = u" lead & <trail> \"q\" 'a' caf\u00e9 \U0001F600 tab\there\r\nnew "_s;

QByteArray deleteBody(int count)
{
    QByteArray xml = "<Delete>";
    for (int i = 0; i < count; ++i)
        xml += "<Object><Key>" + QByteArray::number(i) + "</Key></Object>";
    return xml + "</Delete>";
}

QByteArray nested(int depth)
{
    // <Tagging><TagSet> plus unknown elements (which parsers skip), depth elements in all.
    return QByteArray("<Tagging><TagSet>") + QByteArray("<a>").repeated(depth - 2)
        + QByteArray("</a>").repeated(depth - 2) + QByteArray("</TagSet></Tagging>");
}

} // namespace

class TestS3Documents : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips_data();
    void roundTrips() { run(); }
    void samples_data();
    void samples() { run(); }
    void malformed_data();
    void malformed() { run(); }
    void urlEncodingType();
    void controlCharacters();
    void aclNamespaces();
    void deleteLimits();
    void validateTags_data();
    void validateTags();

private:
    void run()
    {
        QFETCH(Check, check);
        const QString problem = check();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
    }
};

void TestS3Documents::roundTrips_data()
{
    using namespace S3;
    QTest::addColumn<Check>("check");

    QTest::newRow("ListAllMyBucketsResult") << roundTrip(ListAllMyBucketsResult { kOwner,
        { { u"a"_s, utc(2006, 2, 3, 16, 45, 9), u"us-west-2"_s }, { u"b"_s, utc(2020, 1, 1, 0, 0, 0, 5), {} } },
        u"tok"_s, {} });
    QTest::newRow("ListAllMyBucketsResult empty") << roundTrip(ListAllMyBucketsResult {});
    QTest::newRow("CreateBucketConfiguration") << roundTrip(CreateBucketConfiguration { u"eu-west-1"_s });
    QTest::newRow("CreateBucketConfiguration empty") << roundTrip(CreateBucketConfiguration {});
    QTest::newRow("LocationConstraint") << roundTrip(LocationConstraint { u"eu-central-1"_s });
    QTest::newRow("LocationConstraint us-east-1") << roundTrip(LocationConstraint {});
    QTest::newRow("PolicyStatus") << roundTrip(PolicyStatus { true });

    ListBucketResult v1;
    v1.listType = ListBucketResult::ListType::V1;
    v1.name = u"bucket"_s;
    v1.prefix = u"p/"_s;
    v1.delimiter = u"/"_s;
    v1.marker = u"p/a"_s;
    v1.nextMarker = u"p/z"_s;
    v1.maxKeys = 2;
    v1.isTruncated = true;
    v1.contents
        = { { kTrickyKey, utc(2009, 10, 12, 17, 50, 30, 123), u"\"fba9\""_s, 434234, u"STANDARD"_s, kOwner, {} },
              { u"p/b"_s, utc(2009, 10, 12, 17, 50, 30), u"\"x-2\""_s, 0, {}, std::nullopt, u"CRC32"_s } };
    v1.commonPrefixes = { u"p/c/"_s, u"p/d/"_s };
    QTest::newRow("ListBucketResult v1") << roundTrip(v1);
    ListBucketResult v2 = v1;
    v2.listType = ListBucketResult::ListType::V2;
    v2.marker.clear();
    v2.nextMarker.clear();
    v2.keyCount = 4;
    v2.continuationToken = u"abc=="_s;
    v2.nextContinuationToken = u"def/+="_s;
    v2.startAfter = u"p/0"_s;
    QTest::newRow("ListBucketResult v2") << roundTrip(v2);
    v2.encodingType = u"url"_s;
    QTest::newRow("ListBucketResult v2 url") << roundTrip(v2);
    QTest::newRow("ListBucketResult v2 empty") << roundTrip(ListBucketResult {});

    ListVersionsResult versions;
    versions.name = u"bucket"_s;
    versions.prefix = u"my"_s;
    versions.keyMarker = u"k"_s;
    versions.versionIdMarker = u"null"_s;
    versions.nextKeyMarker = u"my-z"_s;
    versions.nextVersionIdMarker = u"v9"_s;
    versions.maxKeys = 3;
    versions.delimiter = u"/"_s;
    versions.isTruncated = true;
    versions.entries = { { false, kTrickyKey, u"v1"_s, true, utc(2009, 10, 12, 17, 50, 30), u"\"e\""_s, 12,
                             u"STANDARD"_s, kOwner },
        { true, u"my-b"_s, u"v2"_s, true, utc(2009, 11, 12, 17, 50, 30), {}, 0, {}, kOwner },
        { false, u"my-b"_s, u"null"_s, false, utc(2009, 10, 10, 1, 2, 3), u"\"f\""_s, 1, u"GLACIER"_s, std::nullopt } };
    versions.commonPrefixes = { u"my/"_s };
    QTest::newRow("ListVersionsResult") << roundTrip(versions);
    versions.encodingType = u"url"_s;
    QTest::newRow("ListVersionsResult url") << roundTrip(versions);

    QTest::newRow("InitiateMultipartUploadResult")
        << roundTrip(InitiateMultipartUploadResult { u"b"_s, kTrickyKey, u"up-1"_s });
    Checksums sums { u"qb5mGg=="_s, u"yZRlqg=="_s, {}, u"2jmj7l5rSw0yVb/vlWAYkK/YBwk="_s, {} };
    QTest::newRow("CompleteMultipartUpload")
        << roundTrip(CompleteMultipartUpload { { { 1, u"\"a54357aff0632cce46d942af68356b38\""_s, {} },
               { 2, u"\"0c78\""_s, sums }, { 10000, u"\"ff\""_s, {} } } });
    QTest::newRow("CompleteMultipartUploadResult") << roundTrip(CompleteMultipartUploadResult {
        u"http://b.s3.amazonaws.com/k"_s, u"b"_s, u"k"_s, u"\"3858f62230ac3c915f300c664312c11f-9\""_s, sums });
    QTest::newRow("ListPartsResult") << roundTrip(ListPartsResult { u"b"_s, u"k"_s, u"up"_s, 1, 3, 2, true,
        { u"init"_s, u"Init Name"_s }, kOwner, u"STANDARD"_s, u"CRC32"_s,
        { { 2, utc(2010, 11, 10, 20, 48, 34), u"\"77\""_s, 10485760, sums },
            { 3, utc(2010, 11, 10, 20, 48, 33), u"\"aa\""_s, 5, {} } } });
    ListMultipartUploadsResult uploads { u"b"_s, u"km"_s, u"um"_s, u"nkm"_s, u"num"_s, u"p"_s, u"/"_s, 3, {}, true,
        { { kTrickyKey, u"u1"_s, kOwner, kOwner, u"STANDARD"_s, utc(2010, 11, 10, 20, 48, 33) },
            { u"p2"_s, u"u2"_s, { u"i"_s, {} }, { u"o"_s, {} }, {}, utc(2011, 1, 1, 0, 0, 0) } },
        { u"p/x/"_s } };
    QTest::newRow("ListMultipartUploadsResult") << roundTrip(uploads);
    uploads.encodingType = u"url"_s;
    QTest::newRow("ListMultipartUploadsResult url") << roundTrip(uploads);
    QTest::newRow("CopyObjectResult") << roundTrip(
        CopyObjectResult { u"\"9b2c\""_s, utc(2009, 10, 28, 22, 32, 0), {} });
    QTest::newRow("CopyPartResult") << roundTrip(
        CopyPartResult { u"\"9b2c\""_s, utc(2009, 10, 28, 22, 32, 0, 1), sums });

    QTest::newRow("Delete") << roundTrip(
        Delete { true, { { kTrickyKey, {} }, { u"b"_s, u"OYcLXagmS.WaD..oyH4KRguB95_YhLs7"_s } } });
    QTest::newRow("Delete verbose") << roundTrip(Delete { false, { { u"a"_s, {} } } });
    QTest::newRow("DeleteResult") << roundTrip(
        DeleteResult { { { kTrickyKey, {}, false, {} }, { u"d"_s, u"v1"_s, true, u"v2"_s } },
            { { u"e"_s, u"v3"_s, u"AccessDenied"_s, u"Access Denied"_s } } });
    QTest::newRow("DeleteResult empty") << roundTrip(DeleteResult {});

    QTest::newRow("Tagging") << roundTrip(Tagging { { { u"k1"_s, u"v1"_s }, { kTrickyKey, {} } } });
    QTest::newRow("Tagging empty") << roundTrip(Tagging {});
    using VC = VersioningConfiguration;
    QTest::newRow("Versioning enabled") << roundTrip(VC { VC::Status::Enabled, VC::MfaDelete::Unset });
    QTest::newRow("Versioning suspended mfa") << roundTrip(VC { VC::Status::Suspended, VC::MfaDelete::Enabled });
    QTest::newRow("Versioning unset") << roundTrip(VC {});
    QTest::newRow("RestoreRequest") << roundTrip(RestoreRequest { 2, RestoreRequest::Tier::Expedited, u"why"_s });
    QTest::newRow("RestoreRequest days only") << roundTrip(RestoreRequest { 7, RestoreRequest::Tier::Unset, {} });
    QTest::newRow("AccessControlPolicy") << roundTrip(AccessControlPolicy { kOwner,
        { { { Grantee::Type::CanonicalUser, kOwner.id, kOwner.displayName, {}, {} }, u"FULL_CONTROL"_s },
            { { Grantee::Type::Group, {}, {}, u"http://acs.amazonaws.com/groups/global/AllUsers"_s, {} }, u"READ"_s },
            { { Grantee::Type::AmazonCustomerByEmail, {}, {}, {}, u"xyz@amazon.com"_s }, u"WRITE_ACP"_s } } });
    QTest::newRow("ServerSideEncryptionConfiguration") << roundTrip(ServerSideEncryptionConfiguration {
        { { u"aws:kms"_s, u"arn:aws:kms:us-east-1:1234/5678example"_s, true }, { u"AES256"_s, {}, std::nullopt } } });
    QTest::newRow("CORSConfiguration") << roundTrip(
        CORSConfiguration { { { u"rule1"_s, { u"http://www.example.com"_s }, { u"PUT"_s, u"POST"_s }, { u"*"_s },
                                  { u"x-amz-request-id"_s }, 3000 },
            { {}, { u"*"_s }, { u"GET"_s }, {}, {}, std::nullopt } } });
    QTest::newRow("WebsiteConfiguration")
        << roundTrip(WebsiteConfiguration { u"index.html"_s, u"error.html"_s, {}, {} });
    QTest::newRow("WebsiteConfiguration redirect")
        << roundTrip(WebsiteConfiguration { {}, {}, u"example.com"_s, u"https"_s });
    QTest::newRow("WebsiteConfiguration routing rules")
        << roundTrip(WebsiteConfiguration { u"index.html"_s, u"error.html"_s, {}, {},
               { { { u"docs/"_s, {} }, { {}, u"301"_s, {}, u"documents/"_s, {} }, true },
                   { { {}, u"404"_s }, { u"example.com"_s, {}, u"https"_s, {}, u"missing.html"_s }, true },
                   { {}, { u"other.example"_s, {}, {}, {}, {} }, false } } });
}

void TestS3Documents::samples_data()
{
    using namespace S3;
    QTest::addColumn<Check>("check");

    QTest::newRow("ListBuckets") << parsesTo(u"ListBuckets/basic.xml"_s,
        ListAllMyBucketsResult { { u"bcaf1ffd86f461ca5fb16fd081034f"_s, u"webfile"_s },
            { { u"amzn-s3-demo-bucket"_s, utc(2006, 2, 3, 16, 45, 9), u"us-west-2"_s },
                { u"amzn-s3-demo-bucket1"_s, utc(2006, 2, 3, 16, 41, 58), {} } },
            {}, {} });

    const Owner mtd { u"8a6925ce4a7f21c32aa379004fef"_s, u"mtd@amazon.com"_s };
    ListBucketResult v1;
    v1.listType = ListBucketResult::ListType::V1;
    v1.name = u"bucket"_s;
    v1.contents = { { u"my-image.jpg"_s, utc(2009, 10, 12, 17, 50, 30), u"\"fba9dede5f27731c9771645a39863328\""_s,
                        434234, u"STANDARD"_s, mtd, {} },
        { u"my-third-image.jpg"_s, utc(2009, 10, 12, 17, 50, 30), u"\"1b2cf535f27731c974343645a3985328\""_s, 64994,
            u"STANDARD_IA"_s, mtd, {} } };
    QTest::newRow("ListObjects") << parsesTo(u"ListObjects/basic.xml"_s, v1);

    ListBucketResult url;
    url.listType = ListBucketResult::ListType::V1;
    url.name = u"example-bucket"_s;
    url.prefix = u"photos/2006/"_s;
    url.nextMarker = u"photos/2006/caf\u00e9 menu.jpg"_s;
    url.maxKeys = 2;
    url.delimiter = u"/"_s;
    url.encodingType = u"url"_s;
    url.isTruncated = true;
    url.contents = { { u"photos/2006/caf\u00e9 menu.jpg"_s, utc(2009, 10, 12, 17, 50, 30),
        u"\"fba9dede5f27731c9771645a39863328\""_s, 434234, u"STANDARD"_s, std::nullopt, {} } };
    url.commonPrefixes = { u"photos/2006/feb+&/"_s };
    QTest::newRow("ListObjects url") << parsesTo(u"ListObjects/delimiter-url.xml"_s, url);

    ListBucketResult v2;
    v2.name = u"bucket"_s;
    v2.keyCount = 205;
    v2.contents = { { u"my-image.jpg"_s, utc(2009, 10, 12, 17, 50, 30), u"\"fba9dede5f27731c9771645a39863328\""_s,
        434234, u"STANDARD"_s, std::nullopt, {} } };
    QTest::newRow("ListObjectsV2") << parsesTo(u"ListObjectsV2/basic.xml"_s, v2);
    ListBucketResult v2c;
    v2c.name = u"bucket"_s;
    v2c.nextContinuationToken = u"1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="_s;
    v2c.keyCount = 112;
    v2c.maxKeys = 3;
    v2c.delimiter = u"/"_s;
    v2c.isTruncated = true;
    v2c.startAfter = u"ExampleGuide.pdf"_s;
    v2c.contents = { { u"ExampleObject.txt"_s, utc(2013, 9, 17, 18, 7, 53), u"\"599bab3ed2c697f1d26842727561fd94\""_s,
        857, u"REDUCED_REDUNDANCY"_s, std::nullopt, u"CRC32"_s } };
    v2c.commonPrefixes = { u"photos/"_s, u"videos/"_s };
    QTest::newRow("ListObjectsV2 continuation") << parsesTo(u"ListObjectsV2/continuation.xml"_s, v2c);

    ListVersionsResult versions;
    versions.name = u"bucket"_s;
    versions.prefix = u"my"_s;
    versions.maxKeys = 5;
    versions.entries = { { false, u"my-image.jpg"_s, u"3/L4kqtJl40Nr8X8gdRQBpUMLUo"_s, true,
                             utc(2009, 10, 12, 17, 50, 30), u"\"fba9dede5f27731c9771645a39863328\""_s, 434234,
                             u"STANDARD"_s, kOwner },
        { true, u"my-second-image.jpg"_s, u"03jpff543dhffds434rfdsFDN943fdsFkdmqnh892"_s, true,
            utc(2009, 11, 12, 17, 50, 30), {}, 0, {}, kOwner },
        { false, u"my-second-image.jpg"_s, u"QUpfdndhfd8438MNFDN93jdnJFkdmqnh893"_s, false,
            utc(2009, 10, 10, 17, 50, 30), u"\"9b2cf535f27731c974343645a3985328\""_s, 166434, u"STANDARD"_s, kOwner } };
    QTest::newRow("ListObjectVersions") << parsesTo(u"ListObjectVersions/basic.xml"_s, versions);

    QTest::newRow("GetBucketLocation") << parsesTo(
        u"GetBucketLocation/eu-west-1.xml"_s, LocationConstraint { u"eu-west-1"_s });
    QTest::newRow("GetBucketLocation us-east-1")
        << parsesTo(u"GetBucketLocation/us-east-1.xml"_s, LocationConstraint {});
    QTest::newRow("CreateBucket") << parsesTo(u"CreateBucket/request.xml"_s, CreateBucketConfiguration { u"Europe"_s });
    QTest::newRow("CreateMultipartUpload") << parsesTo(u"CreateMultipartUpload/basic.xml"_s,
        InitiateMultipartUploadResult { u"example-bucket"_s, u"example-object"_s,
            u"VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA"_s });
    QTest::newRow("CompleteMultipartUpload request") << parsesTo(u"CompleteMultipartUpload/request.xml"_s,
        CompleteMultipartUpload { { { 1, u"\"a54357aff0632cce46d942af68356b38\""_s, {} },
            { 2, u"\"0c78aef83f66abc1fa1e8477f296d394\""_s, { u"qb5mGg=="_s, {}, {}, {}, {} } },
            { 3, u"\"acbd18db4cc2f85cedef654fccc4a4d8\""_s, {} } } });
    QTest::newRow("CompleteMultipartUpload") << parsesTo(u"CompleteMultipartUpload/basic.xml"_s,
        CompleteMultipartUploadResult { u"http://Example-Bucket.s3.region.amazonaws.com/Example-Object"_s,
            u"Example-Bucket"_s, u"Example-Object"_s, u"\"3858f62230ac3c915f300c664312c11f-9\""_s, {} });
    QTest::newRow("ListParts") << parsesTo(u"ListParts/basic.xml"_s,
        ListPartsResult { u"example-bucket"_s, u"example-object"_s,
            u"XXBsb2FkIElEIGZvciBlbHZpbmcncyVcdS1tb3ZpZS5tMnRzEEEwbG9hZA"_s, 1, 3, 2, true,
            { u"arn:aws:iam::111122223333:user/some-user-11116a31-17b5-4fb7-9df5-b288870f11xx"_s,
                u"umat-user-11116a31-17b5-4fb7-9df5-b288870f11xx"_s },
            { kOwner.id, u"someName"_s }, u"STANDARD"_s, {},
            { { 2, utc(2010, 11, 10, 20, 48, 34), u"\"7778aef83f66abc1fa1e8477f296d394\""_s, 10485760, {} },
                { 3, utc(2010, 11, 10, 20, 48, 33), u"\"aaaa18db4cc2f85cedef654fccc4a4x8\""_s, 10485760, {} } } });
    QTest::newRow("ListMultipartUploads") << parsesTo(u"ListMultipartUploads/basic.xml"_s,
        ListMultipartUploadsResult { u"bucket"_s, {}, {}, u"my-movie.m2ts"_s,
            u"YW55IGlkZWEgd2h5IGVsdmluZydzIHVwbG9hZCBmYWlsZWQ"_s, {}, {}, 3, {}, true,
            { { u"my-divisor"_s, u"XMgbGlrZSBlbHZpbmcncyBub3QgaGF2aW5nIG11Y2ggbHVjaw"_s,
                  { u"arn:aws:iam::111122223333:user/user1-11111a31-17b5-4fb7-9df5-b111111f13de"_s,
                      u"user1-11111a31-17b5-4fb7-9df5-b111111f13de"_s },
                  { kOwner.id, u"OwnerDisplayName"_s }, u"STANDARD"_s, utc(2010, 11, 10, 20, 48, 33) },
                { u"my-movie.m2ts"_s, u"VXBsb2FkIElEIGZvciBlbHZpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA"_s,
                    { u"b1d16700c70b0b05597d7acd6a3f92be"_s, u"InitiatorDisplayName"_s },
                    { u"b1d16700c70b0b05597d7acd6a3f92be"_s, u"OwnerDisplayName"_s }, u"STANDARD"_s,
                    utc(2010, 11, 10, 20, 48, 33) } },
            { u"photos/"_s } });
    QTest::newRow("CopyObject") << parsesTo(u"CopyObject/basic.xml"_s,
        CopyObjectResult { u"\"9b2cf535f27731c974343645a3985328\""_s, utc(2009, 10, 28, 22, 32, 0), {} });
    QTest::newRow("UploadPartCopy") << parsesTo(u"UploadPartCopy/basic.xml"_s,
        CopyPartResult { u"\"9b2cf535f27731c974343645a3985328\""_s, utc(2009, 10, 28, 22, 32, 0), {} });
    QTest::newRow("DeleteObjects request") << parsesTo(u"DeleteObjects/request.xml"_s,
        Delete { false, { { u"sample1.txt"_s, {} }, { u"sample2.txt"_s, u"OYcLXagmS.WaD..oyH4KRguB95_YhLs7"_s } } });
    QTest::newRow("DeleteObjects") << parsesTo(u"DeleteObjects/basic.xml"_s,
        DeleteResult { { { u"sample1.txt"_s, {}, false, {} },
                           { u"SampleDocument.txt"_s, {}, true, u"NeQt5xeFTfgPJD8B4CGWnkSLtluMr11s"_s } },
            { { u"sample2.txt"_s, {}, u"AccessDenied"_s, u"Access Denied"_s } } });
    QTest::newRow("PutObjectTagging") << parsesTo(
        u"PutObjectTagging/request.xml"_s, Tagging { { { u"tag1"_s, u"val1"_s }, { u"tag2"_s, {} } } });
    using VC = VersioningConfiguration;
    QTest::newRow("PutBucketVersioning") << parsesTo(
        u"PutBucketVersioning/request.xml"_s, VC { VC::Status::Enabled, VC::MfaDelete::Unset });
    QTest::newRow("GetBucketVersioning never") << parsesTo(u"GetBucketVersioning/never-enabled.xml"_s, VC {});
    QTest::newRow("GetBucketVersioning suspended")
        << parsesTo(u"GetBucketVersioning/suspended-mfa.xml"_s, VC { VC::Status::Suspended, VC::MfaDelete::Disabled });
    QTest::newRow("RestoreObject") << parsesTo(
        u"RestoreObject/request.xml"_s, RestoreRequest { 2, RestoreRequest::Tier::Bulk, {} });
    QTest::newRow("GetBucketAcl") << parsesTo(u"GetBucketAcl/basic.xml"_s,
        AccessControlPolicy { { kOwner.id, u"CustomersName@amazon.com"_s },
            { { { Grantee::Type::CanonicalUser, kOwner.id, u"CustomersName@amazon.com"_s, {}, {} }, u"FULL_CONTROL"_s },
                { { Grantee::Type::Group, {}, {}, u"http://acs.amazonaws.com/groups/global/AllUsers"_s, {} },
                    u"READ"_s },
                { { Grantee::Type::AmazonCustomerByEmail, {}, {}, {}, u"xyz@amazon.com"_s }, u"WRITE_ACP"_s } } });
    QTest::newRow("PutBucketEncryption") << parsesTo(u"PutBucketEncryption/request.xml"_s,
        ServerSideEncryptionConfiguration { { { u"aws:kms"_s, u"arn:aws:kms:us-east-1:1234/5678example"_s, true } } });
    QTest::newRow("PutBucketCors") << parsesTo(u"PutBucketCors/request.xml"_s,
        CORSConfiguration { { { {}, { u"http://www.example.com"_s }, { u"PUT"_s, u"POST"_s, u"DELETE"_s }, { u"*"_s },
                                  { u"x-amz-server-side-encryption"_s }, 3000 },
            { {}, { u"*"_s }, { u"GET"_s }, { u"*"_s }, {}, 3000 } } });
    QTest::newRow("PutBucketWebsite") << parsesTo(u"PutBucketWebsite/request.xml"_s,
        WebsiteConfiguration { u"index.html"_s, u"SomeErrorDocument.html"_s, {}, {} });
    QTest::newRow("GetBucketPolicyStatus") << parsesTo(u"GetBucketPolicyStatus/basic.xml"_s, PolicyStatus { true });
}

void TestS3Documents::malformed_data()
{
    using namespace S3;
    QTest::addColumn<Check>("check");
    const ErrorCode bad = ErrorCode::MalformedXML;

    QTest::newRow("empty") << failsWith<Tagging>({}, bad);
    QTest::newRow("not xml") << failsWith<Tagging>("hello", bad);
    QTest::newRow("truncated") << failsWith<Tagging>("<Tagging><TagSet><Tag><Key>a</Key>", bad);
    QTest::newRow("truncated sample") << failsWith<ListBucketResult>(
        readSample(u"ListObjects/basic.xml"_s).chopped(30), bad);
    QTest::newRow("wrong root") << failsWith<Tagging>("<Delete><Object><Key>a</Key></Object></Delete>", bad);
    QTest::newRow("two roots") << failsWith<PolicyStatus>(
        "<PolicyStatus><IsPublic>true</IsPublic></PolicyStatus><PolicyStatus/>", bad);
    QTest::newRow("doctype") << failsWith<Tagging>("<!DOCTYPE Tagging><Tagging><TagSet/></Tagging>", bad);
    QTest::newRow("entity bomb") << failsWith<Tagging>(
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;\">"
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><Tagging><TagSet><Tag><Key>&lol3;</Key><Value/></Tag>"
        "</TagSet></Tagging>",
        bad);
    QTest::newRow("external entity") << failsWith<Delete>(
        "<!DOCTYPE Delete [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Delete><Object><Key>&x;</Key></Object></Delete>",
        bad);
    QTest::newRow("undeclared entity") << failsWith<Delete>("<Delete><Object><Key>&x;</Key></Object></Delete>", bad);
    QTest::newRow("depth 32 ok") << Check([] {
        const auto parsed = Tagging::fromXml(nested(32));
        return parsed ? QString() : parsed.error().message;
    });
    QTest::newRow("too deep") << failsWith<Tagging>(nested(33), bad);
    QTest::newRow("too big") << failsWith<VersioningConfiguration>("<VersioningConfiguration><Status>Enabled</Status>"
            + QByteArray(1024 * 1024, ' ') + "</VersioningConfiguration>",
        bad);
    QTest::newRow("1001 keys") << failsWith<Delete>(deleteBody(1001), bad);
    QTest::newRow("no objects") << failsWith<Delete>("<Delete><Quiet>true</Quiet></Delete>", bad);
    QTest::newRow("object without key") << failsWith<Delete>(
        "<Delete><Object><VersionId>1</VersionId></Object></Delete>", bad);
    QTest::newRow("bad quiet") << failsWith<Delete>(
        "<Delete><Quiet>yes</Quiet><Object><Key>a</Key></Object></Delete>", bad);
    QTest::newRow("no tagset") << failsWith<Tagging>("<Tagging/>", bad);
    QTest::newRow("tag without value") << failsWith<Tagging>(
        "<Tagging><TagSet><Tag><Key>a</Key></Tag></TagSet></Tagging>", bad);
    QTest::newRow("versioning status") << failsWith<VersioningConfiguration>(
        "<VersioningConfiguration><Status>On</Status></VersioningConfiguration>", bad);
    QTest::newRow("versioning mfa") << failsWith<VersioningConfiguration>(
        "<VersioningConfiguration><MfaDelete>Yes</MfaDelete></VersioningConfiguration>", bad);
    QTest::newRow("restore tier") << failsWith<RestoreRequest>(
        "<RestoreRequest><Days>1</Days><GlacierJobParameters><Tier>Fast</Tier></GlacierJobParameters></RestoreRequest>",
        bad);
    QTest::newRow("restore days") << failsWith<RestoreRequest>("<RestoreRequest><Days>0</Days></RestoreRequest>", bad);
    QTest::newRow("no parts") << failsWith<CompleteMultipartUpload>("<CompleteMultipartUpload/>", bad);
    QTest::newRow("part number 0") << failsWith<CompleteMultipartUpload>(
        "<CompleteMultipartUpload><Part><PartNumber>0</PartNumber><ETag>\"a\"</ETag></Part></CompleteMultipartUpload>",
        bad);
    QTest::newRow("part number text") << failsWith<CompleteMultipartUpload>(
        "<CompleteMultipartUpload><Part><PartNumber>one</PartNumber><ETag>\"a\"</ETag></Part></"
        "CompleteMultipartUpload>",
        bad);
    QTest::newRow("part without etag") << failsWith<CompleteMultipartUpload>(
        "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber></Part></CompleteMultipartUpload>", bad);
    QTest::newRow("bad size") << failsWith<ListBucketResult>(
        "<ListBucketResult><IsTruncated>false</IsTruncated><Contents><Key>a</Key><LastModified>2009-10-12T17:50:30.000Z"
        "</LastModified><Size>big</Size></Contents></ListBucketResult>",
        bad);
    QTest::newRow("bad date") << failsWith<CopyObjectResult>(
        "<CopyObjectResult><LastModified>Wed, 21 Oct 2015 07:28:00 "
        "GMT</LastModified><ETag>\"a\"</ETag></CopyObjectResult>",
        bad);
    QTest::newRow("control char ref") << failsWith<ListBucketResult>(
        "<ListBucketResult><IsTruncated>false</IsTruncated><Contents><Key>a&#x1;</Key></Contents></ListBucketResult>",
        bad);
    QTest::newRow("sse algorithm") << failsWith<ServerSideEncryptionConfiguration>(
        "<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>DES</SSEAlgorithm>"
        "</ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>",
        bad);
    QTest::newRow("sse no rule") << failsWith<ServerSideEncryptionConfiguration>(
        "<ServerSideEncryptionConfiguration/>", bad);
    QTest::newRow("cors method") << failsWith<CORSConfiguration>(
        "<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>PATCH</AllowedMethod></CORSRule>"
        "</CORSConfiguration>",
        bad);
    QTest::newRow("cors no origin") << failsWith<CORSConfiguration>(
        "<CORSConfiguration><CORSRule><AllowedMethod>GET</AllowedMethod></CORSRule></CORSConfiguration>", bad);
    // Values S3 refuses are InvalidArgument (the form is MalformedXML).
    QTest::newRow("website empty") << failsWith<WebsiteConfiguration>("<WebsiteConfiguration/>", ErrorCode::InvalidArgument);
    QTest::newRow("website suffix slash") << failsWith<WebsiteConfiguration>(
        "<WebsiteConfiguration><IndexDocument><Suffix>a/b</Suffix></IndexDocument></WebsiteConfiguration>",
        ErrorCode::InvalidArgument);
    QTest::newRow("website rule without redirect") << failsWith<WebsiteConfiguration>(
        "<WebsiteConfiguration><IndexDocument><Suffix>i</Suffix></IndexDocument><RoutingRules><RoutingRule/>"
        "</RoutingRules></WebsiteConfiguration>",
        bad);
    QTest::newRow("policy status") << failsWith<PolicyStatus>(
        "<PolicyStatus><IsPublic>maybe</IsPublic></PolicyStatus>", bad);
    QTest::newRow("acl not well-formed") << failsWith<AccessControlPolicy>("<AccessControlPolicy><Owner>", bad);
    const ErrorCode acl = ErrorCode::MalformedACLError;
    QTest::newRow("acl no xsi type") << failsWith<AccessControlPolicy>(
        "<AccessControlPolicy><AccessControlList><Grant><Grantee><ID>a</ID></Grantee><Permission>READ</Permission>"
        "</Grant></AccessControlList></AccessControlPolicy>",
        acl);
    QTest::newRow("acl type without namespace") << failsWith<AccessControlPolicy>(
        "<AccessControlPolicy><AccessControlList><Grant><Grantee type=\"CanonicalUser\"><ID>a</ID></Grantee>"
        "<Permission>READ</Permission></Grant></AccessControlList></AccessControlPolicy>",
        acl);
    QTest::newRow("acl permission") << failsWith<AccessControlPolicy>(
        "<AccessControlPolicy xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><AccessControlList><Grant>"
        "<Grantee xsi:type=\"CanonicalUser\"><ID>a</ID></Grantee><Permission>ALL</Permission></Grant>"
        "</AccessControlList></AccessControlPolicy>",
        acl);
    QTest::newRow("acl group without uri") << failsWith<AccessControlPolicy>(
        "<AccessControlPolicy xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><AccessControlList><Grant>"
        "<Grantee xsi:type=\"Group\"><ID>a</ID></Grantee><Permission>READ</Permission></Grant>"
        "</AccessControlList></AccessControlPolicy>",
        acl);
}

void TestS3Documents::urlEncodingType()
{
    S3::ListBucketResult r;
    r.name = u"b"_s;
    r.prefix = u"dir one/"_s;
    r.delimiter = u"/"_s;
    r.startAfter = u"dir one/a+b"_s;
    r.encodingType = u"url"_s;
    r.contents = { { u"dir one/caf\u00e9 & co.txt"_s, utc(2020, 1, 1, 0, 0, 0), u"\"e\""_s, 1, {}, std::nullopt, {} } };
    r.commonPrefixes = { u"dir one/sub dir/"_s };
    const QByteArray xml = r.toXml();
    QVERIFY(xml.contains("<Prefix>dir+one/</Prefix>"));
    QVERIFY(xml.contains("<Delimiter>/</Delimiter>"));
    QVERIFY(xml.contains("<StartAfter>dir+one/a%2Bb</StartAfter>"));
    QVERIFY(xml.contains("<Key>dir+one/caf%C3%A9+%26+co.txt</Key>"));
    QVERIFY(xml.contains("<Prefix>dir+one/sub+dir/</Prefix>"));
    QVERIFY(xml.contains("<EncodingType>url</EncodingType>"));
    const auto parsed = S3::ListBucketResult::fromXml(xml);
    QVERIFY(parsed);
    QCOMPARE(parsed->contents.value(0).key, r.contents[0].key);
    QCOMPARE(parsed->startAfter, r.startAfter);

    // Without EncodingType the same text is taken literally.
    QByteArray literal = xml;
    literal.replace("<EncodingType>url</EncodingType>", "");
    const auto raw = S3::ListBucketResult::fromXml(literal);
    QVERIFY(raw);
    QCOMPARE(raw->contents.value(0).key, u"dir+one/caf%C3%A9+%26+co.txt"_s);
}

void TestS3Documents::controlCharacters()
{
    // XML 1.0 cannot carry U+0001: written as a character reference (as AWS does), which no
    // conforming parser accepts, so the listing only round-trips with encoding-type=url.
    S3::ListBucketResult r;
    r.contents = { { u"a\u0001b\rc"_s, utc(2020, 1, 1, 0, 0, 0), u"\"e\""_s, 1, {}, std::nullopt, {} } };
    QVERIFY(!S3::isXmlSafe(r.contents[0].key));
    const QByteArray plain = r.toXml();
    QVERIFY2(plain.contains("<Key>a&#x1;b&#xD;c</Key>"), plain.constData());
    const auto failed = S3::ListBucketResult::fromXml(plain);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::MalformedXML);

    r.encodingType = u"url"_s;
    const QByteArray encoded = r.toXml();
    QVERIFY(encoded.contains("<Key>a%01b%0Dc</Key>"));
    const auto parsed = S3::ListBucketResult::fromXml(encoded);
    QVERIFY(parsed);
    QCOMPARE(*parsed, r);

    // CR alone is legal XML but a raw CR would be read back as LF: it is escaped.
    S3::Tagging t { { { u"k"_s, u"line1\r\nline2\r"_s } } };
    QVERIFY(t.toXml().contains("line1&#xD;\nline2&#xD;"));
    QCOMPARE(S3::Tagging::fromXml(t.toXml()).value(), t);
}

void TestS3Documents::aclNamespaces()
{
    const S3::AccessControlPolicy policy { { u"id"_s, {} },
        { { { S3::Grantee::Type::Group, {}, {}, u"http://acs.amazonaws.com/groups/global/AllUsers"_s, {} },
            u"READ"_s } } };
    const QByteArray xml = policy.toXml();
    QVERIFY2(xml.contains("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""), xml.constData());
    QVERIFY2(xml.contains("<Grantee xsi:type=\"Group\">"), xml.constData());
}

void TestS3Documents::deleteLimits()
{
    // 1000 keys of 1024 bytes (the longest key AWS allows) fit the default Delete limit.
    QByteArray xml = "<Delete xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">";
    const QByteArray longKey(1024, 'k');
    for (int i = 0; i < S3::kMaxDeleteObjects; ++i)
        xml += "<Object><Key>" + longKey + "</Key><VersionId>v" + QByteArray::number(i) + "</VersionId></Object>";
    xml += "</Delete>";
    QVERIFY(xml.size() > S3::kMaxRequestXmlBytes);
    const auto parsed = S3::Delete::fromXml(xml);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->objects.size(), S3::kMaxDeleteObjects);
    // A caller may narrow the limits.
    const auto narrowed = S3::Delete::fromXml(xml, S3::XmlLimits { 1024, 32 });
    QVERIFY(!narrowed);
    QCOMPARE(narrowed.error().code, ErrorCode::MalformedXML);
}

void TestS3Documents::validateTags_data()
{
    QTest::addColumn<QList<S3::Tag>>("tags");
    QTest::addColumn<bool>("bucket");
    QTest::addColumn<bool>("valid");
    QList<S3::Tag> ten;
    for (int i = 0; i < 10; ++i)
        ten.append({ u"k%1"_s.arg(i), u"v"_s });
    QList<S3::Tag> eleven = ten;
    eleven.append({ u"k10"_s, {} });
    QList<S3::Tag> fifty;
    for (int i = 0; i < 50; ++i)
        fifty.append({ u"k%1"_s.arg(i), {} });
    QList<S3::Tag> fiftyOne = fifty;
    fiftyOne.append({ u"k50"_s, {} });
    QTest::newRow("none") << QList<S3::Tag> {} << false << true;
    QTest::newRow("10 object tags") << ten << false << true;
    QTest::newRow("11 object tags") << eleven << false << false;
    QTest::newRow("11 bucket tags") << eleven << true << true;
    QTest::newRow("50 bucket tags") << fifty << true << true;
    QTest::newRow("51 bucket tags") << fiftyOne << true << false;
    QTest::newRow("empty key") << QList<S3::Tag> { { {}, u"v"_s } } << false << false;
    QTest::newRow("key 128") << QList<S3::Tag> { { QString(128, u'k'), {} } } << false << true;
    QTest::newRow("key 129") << QList<S3::Tag> { { QString(129, u'k'), {} } } << false << false;
    QTest::newRow("value 256") << QList<S3::Tag> { { u"k"_s, QString(256, u'v') } } << false << true;
    QTest::newRow("value 257") << QList<S3::Tag> { { u"k"_s, QString(257, u'v') } } << false << false;
    QTest::newRow("duplicate") << QList<S3::Tag> { { u"k"_s, u"1"_s }, { u"k"_s, u"2"_s } } << false << false;
    QTest::newRow("aws prefix") << QList<S3::Tag> { { u"aws:x"_s, u"1"_s } } << false << false;
}

void TestS3Documents::validateTags()
{
    QFETCH(QList<S3::Tag>, tags);
    QFETCH(bool, bucket);
    QFETCH(bool, valid);
    const Core::Status status = S3::validateTags(tags, bucket ? S3::TagTarget::Bucket : S3::TagTarget::Object);
    QCOMPARE(status.has_value(), valid);
    if (!status) {
        QCOMPARE(status.error().code, ErrorCode::InvalidTag);
        QCOMPARE(status.error().s3Code, u"InvalidTag"_s);
        QVERIFY(!status.error().message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestS3Documents)
#include "tst_s3documents.moc"
