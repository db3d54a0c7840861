#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "engine/core/error.h"

namespace S3 {

// The one table mapping Core::ErrorCode <-> S3 error code <-> HTTP status (like MinIO's
// api-errors.go). The client reads <Error> bodies with it, the server writes them with it.
struct ErrorInfo
{
    Core::ErrorCode code;
    const char *s3Code;  // "NoSuchKey"
    int httpStatus;      // 404
    const char *message; // AWS's default description
};

// Never fails: unknown codes give the InternalError row for the server side.
const ErrorInfo &errorInfo(Core::ErrorCode code);

// Code for an S3 code string; ErrorCode::UnknownS3Error when the table does not know it.
Core::ErrorCode errorCodeFromS3(QStringView s3Code);

// An Error filled from the table: s3Code, httpStatus, and message (the table's unless given).
Core::Error makeError(Core::ErrorCode code, QString message = {});

// The <Error> XML body AWS sends: Code, Message, Resource, RequestId, plus extra elements
// (e.g. Key, BucketName) given as name/value pairs in order.
QByteArray errorXml(const Core::Error &error, const QString &resource, const QString &requestId,
                    const QList<std::pair<QString, QString>> &extra = {});

// Parses an <Error> body (tolerates missing fields). Sets httpStatus from the argument.
Core::Error parseErrorXml(const QByteArray &body, int httpStatus);

} // namespace S3
