#pragma once

#include <QString>
#include <QStringList>

#include "engine/core/error.h"

namespace Server {

// The PEM files of a server certificate and its private key.
struct TlsFiles
{
    QString certificateFile;
    QString privateKeyFile;
};

// Writes a new self-signed certificate (ECDSA P-256, SHA-256) for `hosts` (DNS names and IP
// addresses, all put in subjectAltName; the first is the subject CN), valid for `days` days.
// The certificate can serve as its own CA bundle (aws --ca-bundle, boto3 verify=, curl
// --cacert). The key file is created 0600 and both files are replaced atomically.
// IoError when a file cannot be written, InvalidArgument for an empty or bad host list.
Core::Status generateSelfSignedCertificate(const QString &certificateFile, const QString &privateKeyFile,
                                           const QStringList &hosts, int days = 825);

// The sandbox's certificate for localhost, 127.0.0.1 and ::1 under <dataDir>/tls/ (cert.pem,
// key.pem 0600): kept when present, matching, and valid for at least another day (so a CA
// bundle handed to clients stays good across restarts), otherwise made anew.
// `pailctl serve --tls` and the GUI's sandbox panel call it.
Core::Result<TlsFiles> ensureSandboxCertificate(const QString &dataDir);

} // namespace Server
