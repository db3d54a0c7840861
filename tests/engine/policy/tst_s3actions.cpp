#include <QTest>

#include "engine/policy/s3actions.h"

using namespace Qt::StringLiterals;
namespace A = Policy::S3Actions;

class TestS3Actions : public QObject
{
    Q_OBJECT

private slots:
    void knownActions();
    void operations_data();
    void operations();
    void copyNeedsBothSides();
    void everyMappedActionIsKnown();
};

void TestS3Actions::knownActions()
{
    QVERIFY(A::all().size() > 150);
    QVERIFY(A::isKnown(u"GetObject"));
    QVERIFY(A::isKnown(u"getobject"));
    QVERIFY(A::isKnown(u"ListBucketMultipartUploads"));
    QVERIFY(!A::isKnown(u"GetObjekt"));
    QVERIFY(!A::isKnown(u"ListObjectsV2")); // an operation, not an IAM action
    QVERIFY(A::matchesAny(u"Get*"));
    QVERIFY(A::matchesAny(u"*"));
    QVERIFY(A::matchesAny(u"*Object?ersion"));
    QVERIFY(!A::matchesAny(u"Fetch*"));
}

void TestS3Actions::operations_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<bool>("versioned");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("resource");

    const QString obj = u"arn:aws:s3:::photos/a/b.jpg"_s;
    const QString bkt = u"arn:aws:s3:::photos"_s;
    auto row = [](const QString &op, bool v, const QString &action, const QString &resource) {
        QTest::newRow(qPrintable(op + (v ? u"+version"_s : QString()))) << op << v << action << resource;
    };
    row(u"ListObjects"_s, false, u"s3:ListBucket"_s, bkt);
    row(u"ListObjectsV2"_s, false, u"s3:ListBucket"_s, bkt);
    row(u"ListObjectVersions"_s, false, u"s3:ListBucketVersions"_s, bkt);
    row(u"HeadObject"_s, false, u"s3:GetObject"_s, obj);
    row(u"HeadObject"_s, true, u"s3:GetObjectVersion"_s, obj);
    row(u"HeadBucket"_s, false, u"s3:ListBucket"_s, bkt);
    row(u"GetObject"_s, false, u"s3:GetObject"_s, obj);
    row(u"GetObject"_s, true, u"s3:GetObjectVersion"_s, obj);
    row(u"DeleteObject"_s, false, u"s3:DeleteObject"_s, obj);
    row(u"DeleteObject"_s, true, u"s3:DeleteObjectVersion"_s, obj);
    row(u"CreateMultipartUpload"_s, false, u"s3:PutObject"_s, obj);
    row(u"UploadPart"_s, false, u"s3:PutObject"_s, obj);
    row(u"CompleteMultipartUpload"_s, false, u"s3:PutObject"_s, obj);
    row(u"AbortMultipartUpload"_s, false, u"s3:AbortMultipartUpload"_s, obj);
    row(u"ListParts"_s, false, u"s3:ListMultipartUploadParts"_s, obj);
    row(u"ListMultipartUploads"_s, false, u"s3:ListBucketMultipartUploads"_s, bkt);
    row(u"GetBucketPolicy"_s, false, u"s3:GetBucketPolicy"_s, bkt);
    row(u"PutBucketPolicy"_s, false, u"s3:PutBucketPolicy"_s, bkt);
    row(u"DeleteBucketPolicy"_s, false, u"s3:DeleteBucketPolicy"_s, bkt);
    row(u"GetBucketLifecycleConfiguration"_s, false, u"s3:GetLifecycleConfiguration"_s, bkt);
    row(u"PutBucketLifecycleConfiguration"_s, false, u"s3:PutLifecycleConfiguration"_s, bkt);
    row(u"DeleteBucketLifecycle"_s, false, u"s3:PutLifecycleConfiguration"_s, bkt);
    row(u"GetBucketVersioning"_s, false, u"s3:GetBucketVersioning"_s, bkt);
    row(u"PutBucketVersioning"_s, false, u"s3:PutBucketVersioning"_s, bkt);
    row(u"GetBucketTagging"_s, false, u"s3:GetBucketTagging"_s, bkt);
    row(u"PutBucketTagging"_s, false, u"s3:PutBucketTagging"_s, bkt);
    row(u"DeleteBucketTagging"_s, false, u"s3:PutBucketTagging"_s, bkt);
    row(u"GetObjectTagging"_s, false, u"s3:GetObjectTagging"_s, obj);
    row(u"GetObjectTagging"_s, true, u"s3:GetObjectVersionTagging"_s, obj);
    row(u"PutObjectTagging"_s, true, u"s3:PutObjectVersionTagging"_s, obj);
    row(u"DeleteObjectTagging"_s, false, u"s3:DeleteObjectTagging"_s, obj);
    row(u"GetBucketAcl"_s, false, u"s3:GetBucketAcl"_s, bkt);
    row(u"PutBucketAcl"_s, false, u"s3:PutBucketAcl"_s, bkt);
    row(u"GetObjectAcl"_s, true, u"s3:GetObjectVersionAcl"_s, obj);
    row(u"PutObjectAcl"_s, false, u"s3:PutObjectAcl"_s, obj);
    row(u"GetBucketCors"_s, false, u"s3:GetBucketCORS"_s, bkt);
    row(u"PutBucketCors"_s, false, u"s3:PutBucketCORS"_s, bkt);
    row(u"DeleteBucketCors"_s, false, u"s3:PutBucketCORS"_s, bkt);
    row(u"GetBucketEncryption"_s, false, u"s3:GetEncryptionConfiguration"_s, bkt);
    row(u"PutBucketEncryption"_s, false, u"s3:PutEncryptionConfiguration"_s, bkt);
    row(u"GetBucketWebsite"_s, false, u"s3:GetBucketWebsite"_s, bkt);
    row(u"PutBucketWebsite"_s, false, u"s3:PutBucketWebsite"_s, bkt);
    row(u"DeleteBucketWebsite"_s, false, u"s3:DeleteBucketWebsite"_s, bkt);
    row(u"RestoreObject"_s, false, u"s3:RestoreObject"_s, obj);
    row(u"GetBucketLocation"_s, false, u"s3:GetBucketLocation"_s, bkt);
    row(u"ListBuckets"_s, false, u"s3:ListAllMyBuckets"_s, u"arn:aws:s3:::*"_s);
    row(u"CreateBucket"_s, false, u"s3:CreateBucket"_s, bkt);
    row(u"DeleteBucket"_s, false, u"s3:DeleteBucket"_s, bkt);
    row(u"PutObject"_s, false, u"s3:PutObject"_s, obj);
}

void TestS3Actions::operations()
{
    QFETCH(QString, operation);
    QFETCH(bool, versioned);
    QFETCH(QString, action);
    QFETCH(QString, resource);
    QCOMPARE(A::actionFor(operation, versioned), action);
    Policy::OperationRequest req;
    req.operation = operation;
    req.bucket = u"photos"_s;
    req.key = u"a/b.jpg"_s;
    req.hasVersionId = versioned;
    const auto auths = A::authorizationsFor(req);
    QCOMPARE(auths.size(), size_t(1));
    QCOMPARE(auths[0].action, action);
    QCOMPARE(auths[0].resource, resource);
}

void TestS3Actions::copyNeedsBothSides()
{
    Policy::OperationRequest req;
    req.operation = u"CopyObject"_s;
    req.bucket = u"dst"_s;
    req.key = u"new.txt"_s;
    req.sourceBucket = u"src"_s;
    req.sourceKey = u"old.txt"_s;
    req.sourceHasVersionId = true;
    const auto auths = A::authorizationsFor(req);
    QCOMPARE(auths.size(), size_t(2));
    QCOMPARE(auths[0].action, u"s3:GetObjectVersion"_s);
    QCOMPARE(auths[0].resource, u"arn:aws:s3:::src/old.txt"_s);
    QCOMPARE(auths[1].action, u"s3:PutObject"_s);
    QCOMPARE(auths[1].resource, u"arn:aws:s3:::dst/new.txt"_s);
    req.operation = u"UploadPartCopy"_s;
    req.sourceHasVersionId = false;
    QCOMPARE(A::authorizationsFor(req).at(0).action, u"s3:GetObject"_s);
    req.operation = u"NoSuchOperation"_s;
    QVERIFY(A::authorizationsFor(req).empty());
    QVERIFY(A::actionFor(u"NoSuchOperation").isEmpty());
}

void TestS3Actions::everyMappedActionIsKnown()
{
    for (const char16_t *op : { u"GetObject", u"PutObject", u"ListObjectsV2", u"GetBucketPolicyStatus",
             u"GetObjectLockConfiguration", u"PutPublicAccessBlock", u"GetBucketReplication", u"SelectObjectContent",
             u"GetObjectAttributes", u"PutObjectRetention" }) {
        for (bool v : { false, true }) {
            const QString action = A::actionFor(QStringView(op), v);
            QVERIFY2(action.startsWith(u"s3:") && A::isKnown(QStringView(action).mid(3)), qPrintable(action));
        }
    }
}

QTEST_GUILESS_MAIN(TestS3Actions)
#include "tst_s3actions.moc"
