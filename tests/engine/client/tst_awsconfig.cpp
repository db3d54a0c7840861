#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/client/awsconfig.h"
#include "engine/client/credentials.h"
#include "engine/client/profile.h"
#include "engine/client/secretstore.h"

using namespace Client;

namespace {

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

const QByteArray kConfig = R"(# comment
[default]
region = us-west-2
s3 =
    addressing_style = path
    endpoint_url = http://localhost:9000

[profile minio]
region=eu-central-1 ; the cluster
endpoint_url = https://minio.example.org
ca_bundle = /etc/minio-ca.pem
aws_access_key_id = CONFIGKEY
aws_secret_access_key = configsecret

[profile proc]
credential_process = PROCESS_PLACEHOLDER
region = ap-south-1

[profile both]
credential_process = /bin/false
)";

const QByteArray kCredentials = "[default]\r\naws_access_key_id = DEFAULTKEY\r\naws_secret_access_key = defaultsecret\r\n"
                                "\r\n[both]\naws_access_key_id = FILEKEY\naws_secret_access_key = filesecret\n"
                                "aws_session_token = filetoken\n";

} // namespace

class TestAwsConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcessEnvironment baseEnv() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        return env;
    }

    QString writeScript(const QString &name, const QByteArray &body)
    {
        const QString path = m_home.filePath(name);
        writeFile(path, "#!/bin/sh\n" + body);
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    Core::Result<Credentials> fetch(CredentialsProvider &provider)
    {
        std::optional<Core::Result<Credentials>> out;
        QObject context;
        provider.fetch(&context, [&](const Core::Result<Credentials> &c) { out = c; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            return Core::fail(Core::ErrorCode::Timeout, QStringLiteral("no answer"));
        return *out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QDir(m_home.path()).mkpath(QStringLiteral(".aws"));
        const QString script = writeScript(QStringLiteral("creds.sh"),
                                           R"(echo '{"Version": 1, "AccessKeyId": "PROCKEY", "SecretAccessKey": "procsecret", "SessionToken": "proctoken", "Expiration": "2099-01-01T00:00:00Z"}')");
        QByteArray config = kConfig;
        config.replace("PROCESS_PLACEHOLDER", script.toUtf8());
        writeFile(m_home.filePath(QStringLiteral(".aws/config")), config);
        writeFile(m_home.filePath(QStringLiteral(".aws/credentials")), kCredentials);
    }

    void iniNestedSections()
    {
        const IniFile ini = IniFile::parse(kConfig);
        QCOMPARE(ini.order.first(), u"default"_qs);
        QCOMPARE(ini.sections.value(u"default"_qs).value(u"s3.addressing_style"_qs), u"path"_qs);
        QCOMPARE(ini.sections.value(u"default"_qs).value(u"s3.endpoint_url"_qs), u"http://localhost:9000"_qs);
        QCOMPARE(ini.sections.value(u"profile minio"_qs).value(u"region"_qs), u"eu-central-1"_qs);
        QVERIFY(!ini.sections.value(u"default"_qs).contains(u"s3"_qs));
    }

    void profileNames()
    {
        AwsConfigReader reader(baseEnv(), m_home.path());
        const QStringList names = reader.profileNames();
        QCOMPARE(names.first(), u"default"_qs);
        QVERIFY(names.contains(u"minio"_qs));
        QVERIFY(names.contains(u"proc"_qs));
        QVERIFY(names.contains(u"both"_qs));
        QCOMPARE(names.count(u"default"_qs), 1);
    }

    void defaultProfile()
    {
        AwsConfigReader reader(baseEnv(), m_home.path());
        const auto p = reader.resolve();
        QVERIFY(p.has_value());
        QCOMPARE(p->name, u"default"_qs);
        QCOMPARE(p->region, u"us-west-2"_qs);
        QCOMPARE(p->addressingStyle, AddressingStyle::Path);
        QCOMPARE(p->endpointUrl, QUrl(u"http://localhost:9000"_qs));
        QCOMPARE(p->source, AwsProfile::Source::CredentialsFile);
        QCOMPARE(p->credentials.accessKeyId, u"DEFAULTKEY"_qs);
    }

    void namedProfileKeysInConfig()
    {
        AwsConfigReader reader(baseEnv(), m_home.path());
        const auto p = reader.resolve(QStringLiteral("minio"));
        QVERIFY(p.has_value());
        QCOMPARE(p->region, u"eu-central-1"_qs);
        QCOMPARE(p->endpointUrl, QUrl(u"https://minio.example.org"_qs));
        QCOMPARE(p->caBundle, u"/etc/minio-ca.pem"_qs);
        QCOMPARE(p->source, AwsProfile::Source::ConfigFile);
        QCOMPARE(p->credentials.accessKeyId, u"CONFIGKEY"_qs);
    }

    void credentialsFileBeatsProcess()
    {
        AwsConfigReader reader(baseEnv(), m_home.path());
        const auto p = reader.resolve(QStringLiteral("both"));
        QVERIFY(p.has_value());
        QCOMPARE(p->source, AwsProfile::Source::CredentialsFile);
        QCOMPARE(p->credentials.sessionToken, u"filetoken"_qs);
    }

    void environmentPrecedence_data()
    {
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("explicitProfile");
        QTest::addColumn<QString>("expectedKey");
        QTest::addColumn<QString>("expectedRegion");
        QTest::addColumn<QString>("expectedEndpoint");

        const QStringList keys{u"AWS_ACCESS_KEY_ID=ENVKEY"_qs, u"AWS_SECRET_ACCESS_KEY=envsecret"_qs};
        QTest::newRow("env keys beat default file") << keys << QString() << u"ENVKEY"_qs << u"us-west-2"_qs
                                                    << u"http://localhost:9000"_qs;
        QTest::newRow("env keys beat AWS_PROFILE") << (keys + QStringList{u"AWS_PROFILE=minio"_qs}) << QString()
                                                   << u"ENVKEY"_qs << u"eu-central-1"_qs << u"https://minio.example.org"_qs;
        QTest::newRow("explicit profile beats env keys") << keys << u"minio"_qs << u"CONFIGKEY"_qs << u"eu-central-1"_qs
                                                         << u"https://minio.example.org"_qs;
        QTest::newRow("AWS_REGION beats AWS_DEFAULT_REGION")
            << QStringList{u"AWS_REGION=ca-central-1"_qs, u"AWS_DEFAULT_REGION=sa-east-1"_qs} << QString()
            << u"DEFAULTKEY"_qs << u"ca-central-1"_qs << u"http://localhost:9000"_qs;
        QTest::newRow("AWS_DEFAULT_REGION beats file") << QStringList{u"AWS_DEFAULT_REGION=sa-east-1"_qs} << QString()
                                                       << u"DEFAULTKEY"_qs << u"sa-east-1"_qs << u"http://localhost:9000"_qs;
        QTest::newRow("AWS_ENDPOINT_URL beats file") << QStringList{u"AWS_ENDPOINT_URL=http://127.0.0.1:1234"_qs}
                                                     << QString() << u"DEFAULTKEY"_qs << u"us-west-2"_qs
                                                     << u"http://127.0.0.1:1234"_qs;
        QTest::newRow("AWS_ENDPOINT_URL_S3 beats AWS_ENDPOINT_URL")
            << QStringList{u"AWS_ENDPOINT_URL=http://127.0.0.1:1234"_qs, u"AWS_ENDPOINT_URL_S3=http://127.0.0.1:5678"_qs}
            << QString() << u"DEFAULTKEY"_qs << u"us-west-2"_qs << u"http://127.0.0.1:5678"_qs;
        QTest::newRow("ignore configured endpoints") << QStringList{u"AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true"_qs}
                                                     << QString() << u"DEFAULTKEY"_qs << u"us-west-2"_qs << QString();
    }

    void environmentPrecedence()
    {
        QFETCH(QStringList, env);
        QFETCH(QString, explicitProfile);
        QFETCH(QString, expectedKey);
        QFETCH(QString, expectedRegion);
        QFETCH(QString, expectedEndpoint);

        QProcessEnvironment e = baseEnv();
        for (const QString &kv : std::as_const(env))
            e.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        AwsConfigReader reader(e, m_home.path());
        const auto p = reader.resolve(explicitProfile);
        QVERIFY2(p.has_value(), qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->credentials.accessKeyId, expectedKey);
        QCOMPARE(p->region, expectedRegion);
        QCOMPARE(p->endpointUrl.toString(), expectedEndpoint);
    }

    void alternativeFilesAndCaBundle()
    {
        QTemporaryDir other;
        writeFile(other.filePath(u"cfg"_qs), "[profile x]\nregion = eu-north-1\nca_bundle = /from/file.pem\n");
        writeFile(other.filePath(u"creds"_qs), "[x]\naws_access_key_id = XKEY\naws_secret_access_key = xsecret\n");
        QProcessEnvironment e = baseEnv();
        e.insert(u"AWS_CONFIG_FILE"_qs, other.filePath(u"cfg"_qs));
        e.insert(u"AWS_SHARED_CREDENTIALS_FILE"_qs, other.filePath(u"creds"_qs));
        e.insert(u"AWS_PROFILE"_qs, u"x"_qs);
        e.insert(u"AWS_CA_BUNDLE"_qs, u"/from/env.pem"_qs);
        const auto p = AwsConfigReader(e, m_home.path()).resolve();
        QVERIFY(p.has_value());
        QCOMPARE(p->credentials.accessKeyId, u"XKEY"_qs);
        QCOMPARE(p->region, u"eu-north-1"_qs);
        QCOMPARE(p->caBundle, u"/from/env.pem"_qs);
    }

    void missingProfileFails()
    {
        QProcessEnvironment e = baseEnv();
        e.insert(u"AWS_PROFILE"_qs, u"nope"_qs);
        const auto p = AwsConfigReader(e, m_home.path()).resolve();
        QVERIFY(!p);
        QCOMPARE(p.error().code, Core::ErrorCode::InvalidConfiguration);
        QVERIFY(p.error().message.contains(u"nope"_qs));
    }

    void credentialProcess()
    {
        AwsConfigReader reader(baseEnv(), m_home.path());
        const auto p = reader.resolve(QStringLiteral("proc"));
        QVERIFY(p.has_value());
        QCOMPARE(p->source, AwsProfile::Source::Process);
        auto provider = makeCredentialsProvider(*p);
        QVERIFY(!provider->cached());
        const auto c = fetch(*provider);
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error().message));
        QCOMPARE(c->accessKeyId, u"PROCKEY"_qs);
        QCOMPARE(c->secretAccessKey, u"procsecret"_qs);
        QCOMPARE(c->sessionToken, u"proctoken"_qs);
        QCOMPARE(c->expiration, QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(provider->cached().has_value()); // cached until near expiry
    }

    void credentialProcessSharesOneRun()
    {
        const QString counter = m_home.filePath(u"count"_qs);
        const QString script = writeScript(u"count.sh"_qs, "echo x >> '" + counter.toUtf8() + "'\n"
                                           R"(echo '{"Version": 1, "AccessKeyId": "K", "SecretAccessKey": "S", "Expiration": "2000-01-01T00:00:00Z"}')");
        ProcessCredentialsProvider provider(script);
        int answers = 0;
        QObject context;
        for (int i = 0; i < 3; ++i)
            provider.fetch(&context, [&](const auto &c) { answers += c.has_value(); });
        QTRY_COMPARE(answers, 3);
        QFile f(counter);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('x'), 1);
        QVERIFY(!provider.cached()); // already expired: the next fetch runs it again
    }

    void credentialProcessFailures_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("exit code") << QByteArray("echo 'token expired' >&2; exit 3") << u"token expired"_qs;
        QTest::newRow("bad json") << QByteArray("echo '{nope'") << u"invalid JSON"_qs;
        QTest::newRow("wrong version") << QByteArray(R"(echo '{"Version": 2, "AccessKeyId": "K", "SecretAccessKey": "S"}')")
                                       << u"Version"_qs;
        QTest::newRow("missing secret") << QByteArray(R"(echo '{"Version": 1, "AccessKeyId": "K"}')") << u"SecretAccessKey"_qs;
    }

    void credentialProcessFailures()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, messagePart);
        ProcessCredentialsProvider provider(writeScript(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'), script));
        const auto c = fetch(provider);
        QVERIFY(!c);
        QCOMPARE(c.error().code, Core::ErrorCode::InvalidConfiguration);
        QVERIFY2(c.error().message.contains(messagePart), qPrintable(c.error().message));
    }

    void credentialProcessMissingProgram()
    {
        ProcessCredentialsProvider provider(m_home.filePath(u"does-not-exist"_qs) + u" --flag"_qs);
        const auto c = fetch(provider);
        QVERIFY(!c);
        QVERIFY2(c.error().message.contains(u"could not start"_qs), qPrintable(c.error().message));
    }

    void profileStoreRoundTrip()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        QVERIFY(store.load().has_value());
        QVERIFY(store.load()->isEmpty());
        Profile a;
        a.name = u"Local sandbox"_qs;
        a.endpoint = QUrl(u"http://127.0.0.1:9000"_qs);
        a.addressingStyle = AddressingStyle::Path;
        a.accessKeyId = u"PAILSANDBOX"_qs;
        Profile b;
        b.name = u"Scoped key"_qs;
        b.endpoint = QUrl(u"https://s3.eu-west-1.amazonaws.com"_qs);
        b.region = u"eu-west-1"_qs;
        b.bucket = u"team-bucket"_qs;
        b.prefix = u"alice/"_qs;
        b.caBundlePath = u"/etc/ca.pem"_qs;
        b.credentialSource = CredentialSource::AwsProfile;
        b.awsProfileName = u"work"_qs;
        b.maxAttempts = 7;
        QVERIFY(a.validate().has_value());
        QVERIFY(b.validate().has_value());
        QVERIFY(store.save({a, b}).has_value());
        const auto loaded = store.load();
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->at(0), a);
        QCOMPARE(loaded->at(1), b);
        // No secret ever lands in the file.
        QFile f(store.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY(!json.contains("ecretAccessKey"));
        QVERIFY(!json.contains("sessionToken"));
    }

    void profileValidation_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << u"https://h"_qs << QString() << true;
        QTest::newRow("ftp") << u"ftp://h"_qs << QString() << false;
        QTest::newRow("no host") << u"http://"_qs << QString() << false;
        QTest::newRow("prefix without bucket") << u"https://h"_qs << u"p/"_qs << false;
    }

    void profileValidation()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, prefix);
        QFETCH(bool, valid);
        Profile p;
        p.name = u"x"_qs;
        p.endpoint = QUrl(endpoint);
        p.prefix = prefix;
        p.accessKeyId = u"K"_qs;
        QCOMPARE(p.validate().has_value(), valid);
    }

    void secretStoreProvider()
    {
        InMemorySecretStore store;
        Profile p;
        p.name = u"work"_qs;
        p.accessKeyId = u"AKID"_qs;
        bool written = false;
        store.writeSecret(p.secretKeyName(), encodeProfileSecret({u"AKID"_qs, u"s3cr3t"_qs, u"tok"_qs, {}}), nullptr,
                          [&](const Core::Status &s) { written = s.has_value(); });
        QVERIFY(written);
        SecretStoreCredentialsProvider provider(store, p);
        const auto c = fetch(provider);
        QVERIFY(c.has_value());
        QCOMPARE(c->accessKeyId, u"AKID"_qs);
        QCOMPARE(c->secretAccessKey, u"s3cr3t"_qs);
        QCOMPARE(c->sessionToken, u"tok"_qs);
        QVERIFY(provider.cached().has_value());
    }

    void keychainFailureSurfaces()
    {
        InMemorySecretStore store;
        store.setFailure(Core::Error::make(Core::ErrorCode::InvalidConfiguration,
                                           u"keychain unavailable: Cannot autolaunch D-Bus without X11 $DISPLAY"_qs));
        Profile p;
        p.name = u"work"_qs;
        p.accessKeyId = u"AKID"_qs;
        SecretStoreCredentialsProvider provider(store, p);
        const auto c = fetch(provider);
        QVERIFY(!c);
        QVERIFY(c.error().message.contains(u"D-Bus"_qs));
        QCOMPARE(store.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAwsConfig)
#include "tst_awsconfig.moc"
