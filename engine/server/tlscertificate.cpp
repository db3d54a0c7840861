#include "engine/server/tlscertificate.h"

#include <memory>

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Server {

namespace {

struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
};
template <class T>
using Ptr = std::unique_ptr<T, Free>;

Core::Error sslError(const QString &what)
{
    return Core::Error {Core::ErrorCode::InternalError, QStringLiteral("TLS certificate: %1").arg(what)};
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    Ptr<X509_EXTENSION> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

QByteArray toPem(auto writer)
{
    Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || writer(bio.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

Core::Status writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    // Set before any byte is written (the folder is owner-only as well).
    file.setPermissions(permissions);
    file.write(data);
    if (!file.commit())
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

// The certificate and key in these files form a pair, and the certificate is valid for at
// least another day.
bool usable(const QString &certificateFile, const QString &privateKeyFile)
{
    QFile c(certificateFile);
    QFile k(privateKeyFile);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return false;
    const QByteArray certPem = c.readAll();
    const QByteArray keyPem = k.readAll();
    Ptr<BIO> cb(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    Ptr<BIO> kb(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    Ptr<X509> cert(PEM_read_bio_X509(cb.get(), nullptr, nullptr, nullptr));
    Ptr<EVP_PKEY> key(PEM_read_bio_PrivateKey(kb.get(), nullptr, nullptr, nullptr));
    if (!cert || !key || X509_check_private_key(cert.get(), key.get()) != 1)
        return false;
    const time_t tomorrow = time(nullptr) + 24 * 3600;
    return X509_cmp_time(X509_get0_notAfter(cert.get()), const_cast<time_t *>(&tomorrow)) > 0
        && X509_cmp_current_time(X509_get0_notBefore(cert.get())) < 0;
}

} // namespace

Core::Status generateSelfSignedCertificate(const QString &certificateFile, const QString &privateKeyFile,
                                           const QStringList &hosts, int days)
{
    if (hosts.isEmpty() || days < 1)
        return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("a certificate needs a host and a lifetime"));
    QStringList altNames;
    for (const QString &host : hosts) {
        if (host.isEmpty() || host.contains(u',') || (host.contains(u':') && QHostAddress(host).isNull()))
            return Core::fail(Core::ErrorCode::InvalidArgument, QStringLiteral("invalid host name '%1'").arg(host));
        altNames.append(QHostAddress(host).isNull() ? QStringLiteral("DNS:") + host : QStringLiteral("IP:") + host);
    }

    Ptr<EVP_PKEY> key(EVP_EC_gen("P-256"));
    if (!key)
        return std::unexpected(sslError(QStringLiteral("key generation failed")));
    Ptr<X509> cert(X509_new());
    if (!cert)
        return std::unexpected(sslError(QStringLiteral("out of memory")));
    X509_set_version(cert.get(), X509_VERSION_3);
    // A random positive 159-bit serial: browsers refuse two certificates with one issuer and serial.
    unsigned char serial[20];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    Ptr<BIGNUM> bn(BN_bin2bn(serial, sizeof serial, nullptr));
    BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600); // tolerate a clock a little behind
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = hosts.first().toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Pail sandbox"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    // Both a CA (so it can be the trust anchor of a CA bundle, also under OpenSSL's strict
    // checks: critical basicConstraints, keyCertSign, key identifiers) and a TLS server.
    const bool ok = addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        && addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
        && addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        && addExtension(cert.get(), NID_subject_key_identifier, "hash")
        && addExtension(cert.get(), NID_authority_key_identifier, "keyid:always")
        && addExtension(cert.get(), NID_subject_alt_name, altNames.join(u',').toUtf8());
    if (!ok)
        return std::unexpected(sslError(QStringLiteral("cannot add the certificate's extensions")));
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return std::unexpected(sslError(QStringLiteral("signing failed")));

    const QByteArray keyPem = toPem([&](BIO *b) {
        return PEM_write_bio_PrivateKey(b, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    const QByteArray certPem = toPem([&](BIO *b) { return PEM_write_bio_X509(b, cert.get()); });
    if (keyPem.isEmpty() || certPem.isEmpty())
        return std::unexpected(sslError(QStringLiteral("cannot encode PEM")));
    if (auto st = writeFile(privateKeyFile, keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner); !st)
        return st;
    return writeFile(certificateFile, certPem,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

Core::Result<TlsFiles> ensureSandboxCertificate(const QString &dataDir)
{
    const QDir dir(QDir(dataDir).filePath(QStringLiteral("tls")));
    if (!QDir().mkpath(dir.path()))
        return Core::fail(Core::ErrorCode::IoError, QStringLiteral("cannot create %1").arg(dir.path()));
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    TlsFiles files {dir.filePath(QStringLiteral("cert.pem")), dir.filePath(QStringLiteral("key.pem"))};
    if (usable(files.certificateFile, files.privateKeyFile))
        return files;
    const QStringList hosts {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    if (auto st = generateSelfSignedCertificate(files.certificateFile, files.privateKeyFile, hosts); !st)
        return std::unexpected(st.error());
    return files;
}

} // namespace Server
