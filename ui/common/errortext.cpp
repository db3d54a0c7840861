#include "ui/common/errortext.h"

#include <QCoreApplication>

namespace Gui {

namespace {

// The translation context of the error texts ("Gui::ErrorText" for lupdate and at run time).
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ErrorText)
};

} // namespace

QString errorText(const Core::Error &error)
{
    using Core::ErrorCode;
    switch (error.code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::AccessDenied:
        return ErrorText::tr("Access denied. The keys of this connection are not allowed to do this.");
    case ErrorCode::InvalidAccessKeyId:
        return ErrorText::tr("The access key is not known to this endpoint.");
    case ErrorCode::SignatureDoesNotMatch:
        return ErrorText::tr("The secret key does not match the access key.");
    case ErrorCode::RequestTimeTooSkewed:
        return ErrorText::tr("This computer's clock differs too much from the server's. Correct the clock and try again.");
    case ErrorCode::NoSuchBucket:
        return ErrorText::tr("The bucket does not exist.");
    case ErrorCode::NoSuchKey:
        return ErrorText::tr("The object does not exist.");
    case ErrorCode::NoSuchVersion:
        return ErrorText::tr("That version of the object does not exist.");
    case ErrorCode::BucketNotEmpty:
        return ErrorText::tr("The bucket is not empty.");
    case ErrorCode::BucketAlreadyExists:
        return ErrorText::tr("That bucket name is taken. Bucket names are shared by all users of the endpoint.");
    case ErrorCode::BucketAlreadyOwnedByYou:
        return ErrorText::tr("You already own a bucket with that name.");
    case ErrorCode::InvalidBucketName:
        return ErrorText::tr("That is not a valid bucket name.");
    case ErrorCode::InvalidObjectState:
        return ErrorText::tr("The object is archived. Restore it before reading it.");
    case ErrorCode::KeyTooLongError:
        return ErrorText::tr("The object name is longer than 1024 bytes.");
    case ErrorCode::EntityTooLarge:
        return ErrorText::tr("The file is too large for a single upload.");
    case ErrorCode::MalformedPolicy:
        return ErrorText::tr("The policy is not valid.");
    case ErrorCode::MalformedXML:
        return ErrorText::tr("The server did not accept the document.");
    case ErrorCode::NotImplemented:
        return ErrorText::tr("This endpoint does not support this feature.");
    case ErrorCode::SlowDown:
    case ErrorCode::ServiceUnavailable:
        return ErrorText::tr("The server is busy. Try again in a moment.");
    case ErrorCode::NetworkFailure:
        return ErrorText::tr("The server could not be reached.");
    case ErrorCode::Timeout:
    case ErrorCode::RequestTimeout:
        return ErrorText::tr("The server did not answer in time.");
    case ErrorCode::Cancelled:
        return ErrorText::tr("Cancelled.");
    case ErrorCode::IoError:
        return ErrorText::tr("A local file could not be read or written.");
    default:
        return ErrorText::tr("The operation failed.");
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
        details += u'\n' + ErrorText::tr("Request ID: %1").arg(error.requestId);
    return details;
}

} // namespace Gui
