#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "engine/s3/checksum.h"
#include "engine/s3/sigv4.h"

// One case of the AWS SigV4 test suite in tests/data/sigv4/<case>/ (see its README.md).
struct SigV4Case
{
    QString name;
    S3::Credentials credentials;
    QByteArray region;
    QByteArray service;
    QDateTime time;
    bool normalize = true;
    bool signBody = false;
    bool omitSessionToken = false;
    qint64 expires = 3600;
    S3::SignableRequest request;
    QByteArray body;
    QString dir;

    static QString suiteDir() { return QStringLiteral(TEST_DATA_DIR "/sigv4"); }

    static QStringList names() { return QDir(suiteDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name); }

    // A file of the case; a single trailing newline is dropped.
    QByteArray file(const QString &fileName) const
    {
        QFile f(dir + QLatin1Char('/') + fileName);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QByteArray data = f.readAll();
        if (data.endsWith('\n') && !fileName.endsWith(QLatin1String("request.txt")))
            data.chop(1);
        return data;
    }

    // Parses a raw HTTP request: request line (the target may contain spaces), headers with
    // obsolete line folding, blank line, body.
    static S3::SignableRequest parseRequest(const QByteArray &raw, QByteArray *body = nullptr)
    {
        S3::SignableRequest r;
        const QList<QByteArray> lines = raw.split('\n');
        if (lines.isEmpty())
            return r;
        const QByteArray first = lines[0];
        const qsizetype sp1 = first.indexOf(' ');
        const qsizetype sp2 = first.lastIndexOf(' ');
        r.method = first.left(sp1);
        const QByteArray target = first.mid(sp1 + 1, sp2 - sp1 - 1);
        const qsizetype q = target.indexOf('?');
        r.path = q < 0 ? target : target.left(q);
        r.query = q < 0 ? QByteArray() : target.mid(q + 1);
        qsizetype i = 1;
        for (; i < lines.size(); ++i) {
            const QByteArray &line = lines[i];
            if (line.isEmpty())
                break;
            if ((line.startsWith(' ') || line.startsWith('\t')) && !r.headers.isEmpty()) {
                r.headers.last().second.append('\n').append(line);
                continue;
            }
            const qsizetype colon = line.indexOf(':');
            r.headers.append({ line.left(colon), line.mid(colon + 1) });
        }
        if (body) {
            QList<QByteArray> rest = lines.mid(i + 1);
            *body = rest.join('\n');
        }
        return r;
    }

    static SigV4Case load(const QString &name)
    {
        SigV4Case c;
        c.name = name;
        c.dir = suiteDir() + QLatin1Char('/') + name;
        const QJsonObject ctx = QJsonDocument::fromJson(c.file(QStringLiteral("context.json"))).object();
        const QJsonObject creds = ctx.value(QLatin1String("credentials")).toObject();
        c.credentials.accessKeyId = creds.value(QLatin1String("access_key_id")).toString();
        c.credentials.secretAccessKey = creds.value(QLatin1String("secret_access_key")).toString();
        c.credentials.sessionToken = creds.value(QLatin1String("token")).toString();
        c.region = ctx.value(QLatin1String("region")).toString().toUtf8();
        c.service = ctx.value(QLatin1String("service")).toString().toUtf8();
        c.time = QDateTime::fromString(ctx.value(QLatin1String("timestamp")).toString(), Qt::ISODate).toUTC();
        c.normalize = ctx.value(QLatin1String("normalize")).toBool(true);
        c.signBody = ctx.value(QLatin1String("sign_body")).toBool(false);
        c.omitSessionToken = ctx.value(QLatin1String("omit_session_token")).toBool(false);
        c.expires = ctx.value(QLatin1String("expiration_in_seconds")).toInteger(3600);
        c.request = parseRequest(c.file(QStringLiteral("request.txt")), &c.body);
        return c;
    }

    // The suite signs the body hash when sign_body is set, else the empty hash.
    QByteArray payloadHash() const { return signBody ? S3::sha256Hex(body) : QByteArray(S3::kEmptySha256Hex); }
};
