#pragma once

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

#include "engine/core/error.h"
#include "engine/transfer/partplanner.h"

namespace Transfer {

enum class TransferKind
{
    Upload,   // local file -> object
    Download, // object -> local file
    Copy,     // object -> object: server-side on one endpoint (CopyObject, or UploadPartCopy above
              // copyMultipartThreshold), streamed through this process between two endpoints
};

enum class TransferState
{
    Queued,
    Running,
    Paused,
    Completed,
    Failed,
    Cancelled,
};

QString transferStateName(TransferState state); // "queued", "running", ...
QString transferKindName(TransferKind kind);    // "upload", "download", "copy"

// Knobs of the transfer engine. Defaults follow aws-cli's s3 settings.
struct TransferSettings
{
    qint64 multipartThreshold = 8 * kMiB; // files (objects) of this size or more go multipart (ranged)
    qint64 partSize = 8 * kMiB;           // grown by partSizeFor() for huge files
    // Same-endpoint copies of objects larger than this use UploadPartCopy (CopyObject is limited
    // to 5 GiB, AWS's rule); lower it only to test. Streamed copies use multipartThreshold.
    qint64 copyMultipartThreshold = kMaxCopyObjectSize;
    int maxConcurrentRequests = 10;       // part/range requests in flight over all transfers
    int maxActiveTransfers = 4;           // transfers in state Running at once
    qint64 bandwidthLimit = 0;            // bytes per second over all transfers; 0 = unlimited
    bool verifyChecksums = true;          // compare ETags with MD5s of the data
};

// What the queue knows about one transfer; also the row persisted in the queue file.
// Plain value; copy freely.
struct TransferInfo
{
    qint64 id = 0;
    TransferKind kind = TransferKind::Upload;
    TransferState state = TransferState::Queued;
    QString localPath;     // Upload source / Download destination
    QString bucket;        // destination (Upload, Copy) or source (Download)
    QString key;
    QString sourceBucket;  // Copy only
    QString sourceKey;     // Copy only
    QString sourceEndpoint; // Copy from another endpoint: the name its client was registered
                            // under (TransferManager::setSourceClient); empty = same endpoint
    qint64 totalBytes = -1; // -1 until known
    qint64 doneBytes = 0;
    double bytesPerSecond = 0; // recent rate
    qint64 etaSeconds = -1;    // -1 unknown
    // Multipart / ranged state (persisted so that a transfer resumes after a restart).
    QString uploadId;           // multipart upload in progress
    qint64 pieceSize = 0;       // part or range size chosen at start; 0 = not planned yet
    QString etag;               // Download: the object's ETag the ranges belong to; final ETag when done
    QDateTime remoteModified;   // Download: the object's Last-Modified (set on the file)
    QMap<int, QString> donePieces; // piece index (0-based) -> part ETag (uploads) or "" (downloads)
    int resumedPieces = 0;         // pieces found complete when this session started the transfer
    bool verified = false;         // the checksum comparison succeeded
    Core::Error error;             // Failed: why
};

} // namespace Transfer

Q_DECLARE_METATYPE(Transfer::TransferState)
