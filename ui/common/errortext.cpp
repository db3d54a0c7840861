#include "ui/common/errortext.h"

#include <QCoreApplication>

namespace Gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Gui::ErrorText", text);
}

} // namespace

QString errorText(const Core::Error &error)
{
    using Core::ErrorCode;
    switch (error.code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::AccessDenied:
        return tr("Access denied. The keys of this connection are not allowed to do this.");
    case ErrorCode::InvalidAccessKeyId:
        return tr("The access key is not known to this endpoint.");
    case ErrorCode::SignatureDoesNotMatch:
        return tr("The secret key does not match the access key.");
    case ErrorCode::RequestTimeTooSkewed:
        return tr("This computer's clock differs too much from the server's. Correct the clock and try again.");
    case ErrorCode::NoSuchBucket:
        return tr("The bucket does not exist.");
    case ErrorCode::NoSuchKey:
        return tr("The object does not exist.");
    case ErrorCode::NoSuchVersion:
        return tr("That version of the object does not exist.");
    case ErrorCode::BucketNotEmpty:
        return tr("The bucket is not empty.");
    case ErrorCode::BucketAlreadyExists:
        return tr("That bucket name is taken. Bucket names are shared by all users of the endpoint.");
    case ErrorCode::BucketAlreadyOwnedByYou:
        return tr("You already own a bucket with that name.");
    case ErrorCode::InvalidBucketName:
        return tr("That is not a valid bucket name.");
    case ErrorCode::InvalidObjectState:
        return tr("The object is archived. Restore it before reading it.");
    case ErrorCode::KeyTooLongError:
        return tr("The object name is longer than 1024 bytes.");
    case ErrorCode::EntityTooLarge:
        return tr("The file is too large for a single upload.");
    case ErrorCode::MalformedPolicy:
        return tr("The policy is not valid.");
    case ErrorCode::MalformedXML:
        return tr("The server did not accept the document.");
    case ErrorCode::NotImplemented:
        return tr("This endpoint does not support this feature.");
    case ErrorCode::SlowDown:
    case ErrorCode::ServiceUnavailable:
        return tr("The server is busy. Try again in a moment.");
    case ErrorCode::NetworkFailure:
        return tr("The server could not be reached.");
    case ErrorCode::Timeout:
    case ErrorCode::RequestTimeout:
        return tr("The server did not answer in time.");
    case ErrorCode::Cancelled:
        return tr("Cancelled.");
    case ErrorCode::IoError:
        return tr("A local file could not be read or written.");
    default:
        return tr("The operation failed.");
    }
}

QString errorDetails(const Core::Error &error)
{
    QString details = error.message;
    if (!error.s3Code.isEmpty())
        details = error.s3Code + QStringLiteral(": ") + details;
    if (error.httpStatus != 0)
        details += QStringLiteral(" (HTTP %1)").arg(error.httpStatus);
    if (!error.requestId.isEmpty())
        details += QStringLiteral("\nRequest ID: ") + error.requestId;
    return details;
}

} // namespace Gui
