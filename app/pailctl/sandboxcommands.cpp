#include "app/pailctl/sandboxcommands.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include "engine/s3/sigv4.h"
#include "engine/s3/uri.h"

namespace Ctl {

namespace {

int usage(const QString &message)
{
    std::fprintf(stderr, "pailctl sandbox: %s\n", qPrintable(message));
    return 2;
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QString error;
};

// One SigV4-signed request to the sandbox's admin endpoint.
Reply adminRequest(const QString &endpoint, const QString &accessKey, const QString &secretKey, const QString &region,
                   const QByteArray &method, const QByteArray &path)
{
    const QUrl base(endpoint);
    S3::SignableRequest req;
    req.method = method;
    req.path = path;
    const QByteArray host = base.host().toUtf8() + (base.port() > 0 ? ':' + QByteArray::number(base.port()) : QByteArray());
    req.headers.append({"host", host});
    S3::Signer signer(S3::Credentials {accessKey, secretKey, {}}, region.toUtf8());
    signer.signHeaders(req, QDateTime::currentDateTimeUtc());

    QNetworkAccessManager nam;
    QUrl url = base;
    url.setPath(QString::fromUtf8(path), QUrl::TolerantMode);
    QNetworkRequest nreq(url);
    for (const auto &[name, value] : req.headers) {
        if (name.compare("host", Qt::CaseInsensitive) != 0)
            nreq.setRawHeader(name, value);
    }
    QNetworkReply *reply = nam.sendCustomRequest(nreq, method);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    if (out.status == 0)
        out.error = reply->errorString();
    reply->deleteLater();
    return out;
}

} // namespace

int runSandbox(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("pailctl sandbox kms create [ID] | kms list"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("endpoint"), QStringLiteral("Sandbox endpoint (default http://127.0.0.1:9000)."),
         QStringLiteral("URL"), QStringLiteral("http://127.0.0.1:9000")},
        {QStringLiteral("access-key"), QStringLiteral("Root access key (default the sandbox's)."), QStringLiteral("KEY"),
         QStringLiteral("PAILSANDBOX")},
        {QStringLiteral("secret-key"), QStringLiteral("Root secret key (default the sandbox's)."),
         QStringLiteral("SECRET"), QStringLiteral("pail-sandbox-secret-key")},
        {QStringLiteral("region"), QStringLiteral("Region (default us-east-1)."), QStringLiteral("REGION"),
         QStringLiteral("us-east-1")},
    });
    if (!parser.parse(QStringList {QStringLiteral("pailctl sandbox")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() < 2 || pos[0] != QLatin1StringView("kms"))
        return usage(QStringLiteral("usage: pailctl sandbox kms create [ID] | kms list"));
    const QString endpoint = parser.value(QStringLiteral("endpoint"));
    const QString ak = parser.value(QStringLiteral("access-key"));
    const QString sk = parser.value(QStringLiteral("secret-key"));
    const QString region = parser.value(QStringLiteral("region"));
    Reply r;
    if (pos[1] == QLatin1StringView("list") && pos.size() == 2) {
        r = adminRequest(endpoint, ak, sk, region, "GET", "/_pail/kms");
        if (r.status == 200) {
            for (const QJsonValue &k : QJsonDocument::fromJson(r.body).object().value(QLatin1StringView("Keys")).toArray())
                std::printf("%s\t%s\n", qPrintable(k.toObject().value(QLatin1StringView("KeyId")).toString()),
                            qPrintable(k.toObject().value(QLatin1StringView("Arn")).toString()));
            return 0;
        }
    } else if (pos[1] == QLatin1StringView("create") && pos.size() <= 3) {
        if (pos.size() == 3)
            r = adminRequest(endpoint, ak, sk, region, "PUT", "/_pail/kms/" + S3::uriEncode(pos[2].toUtf8(), false));
        else
            r = adminRequest(endpoint, ak, sk, region, "POST", "/_pail/kms");
        if (r.status == 200) {
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            std::printf("%s\t%s\n", qPrintable(o.value(QLatin1StringView("KeyId")).toString()),
                        qPrintable(o.value(QLatin1StringView("Arn")).toString()));
            return 0;
        }
    } else {
        return usage(QStringLiteral("usage: pailctl sandbox kms create [ID] | kms list"));
    }
    if (r.status == 0)
        std::fprintf(stderr, "pailctl sandbox: %s\n", qPrintable(r.error));
    else
        std::fprintf(stderr, "pailctl sandbox: HTTP %d %s\n", r.status, r.body.constData());
    return 1;
}

} // namespace Ctl
