#include "engine/s3/errortable.h"

#include <array>

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace S3 {

using Core::ErrorCode;

namespace {

// Status codes and default messages as AWS's "Error responses" page lists them.
constexpr std::array kErrors = {
    ErrorInfo{ErrorCode::AccessDenied, "AccessDenied", 403, "Access Denied"},
    ErrorInfo{ErrorCode::AccessControlListNotSupported, "AccessControlListNotSupported", 400, "The bucket does not allow ACLs"},
    ErrorInfo{ErrorCode::InvalidBucketAclWithObjectOwnership, "InvalidBucketAclWithObjectOwnership", 400,
              "Bucket cannot have ACLs set with ObjectOwnership's BucketOwnerEnforced setting"},
    ErrorInfo{ErrorCode::NoSuchPublicAccessBlockConfiguration, "NoSuchPublicAccessBlockConfiguration", 404,
              "The public access block configuration was not found"},
    ErrorInfo{ErrorCode::OwnershipControlsNotFoundError, "OwnershipControlsNotFoundError", 404,
              "The bucket ownership controls were not found"},
    ErrorInfo{ErrorCode::AuthorizationHeaderMalformed, "AuthorizationHeaderMalformed", 400,
              "The authorization header you provided is invalid."},
    ErrorInfo{ErrorCode::BadDigest, "BadDigest", 400, "The Content-MD5 or checksum value that you specified did not match what the server received."},
    ErrorInfo{ErrorCode::BucketAlreadyExists, "BucketAlreadyExists", 409,
              "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again."},
    ErrorInfo{ErrorCode::BucketAlreadyOwnedByYou, "BucketAlreadyOwnedByYou", 409,
              "Your previous request to create the named bucket succeeded and you already own it."},
    ErrorInfo{ErrorCode::BucketNotEmpty, "BucketNotEmpty", 409, "The bucket you tried to delete is not empty"},
    ErrorInfo{ErrorCode::EntityTooLarge, "EntityTooLarge", 400, "Your proposed upload exceeds the maximum allowed object size."},
    ErrorInfo{ErrorCode::EntityTooSmall, "EntityTooSmall", 400, "Your proposed upload is smaller than the minimum allowed object size."},
    ErrorInfo{ErrorCode::ExpiredToken, "ExpiredToken", 400, "The provided token has expired."},
    ErrorInfo{ErrorCode::IllegalLocationConstraintException, "IllegalLocationConstraintException", 400,
              "The unspecified location constraint is incompatible for the region specific endpoint this request was sent to."},
    ErrorInfo{ErrorCode::IllegalVersioningConfigurationException, "IllegalVersioningConfigurationException", 400,
              "The versioning configuration specified in the request is invalid."},
    ErrorInfo{ErrorCode::IncompleteBody, "IncompleteBody", 400, "You did not provide the number of bytes specified by the Content-Length HTTP header."},
    ErrorInfo{ErrorCode::InternalError, "InternalError", 500, "We encountered an internal error. Please try again."},
    ErrorInfo{ErrorCode::InvalidAccessKeyId, "InvalidAccessKeyId", 403,
              "The AWS Access Key Id you provided does not exist in our records."},
    ErrorInfo{ErrorCode::InvalidArgument, "InvalidArgument", 400, "Invalid Argument"},
    ErrorInfo{ErrorCode::InvalidBucketName, "InvalidBucketName", 400, "The specified bucket is not valid."},
    ErrorInfo{ErrorCode::InvalidBucketState, "InvalidBucketState", 409, "The request is not valid with the current state of the bucket."},
    ErrorInfo{ErrorCode::InvalidDigest, "InvalidDigest", 400, "The Content-MD5 or checksum value that you specified is not valid."},
    ErrorInfo{ErrorCode::InvalidEncryptionAlgorithmError, "InvalidEncryptionAlgorithmError", 400,
              "The encryption request that you specified is not valid."},
    ErrorInfo{ErrorCode::InvalidObjectState, "InvalidObjectState", 403, "The operation is not valid for the object's storage class"},
    ErrorInfo{ErrorCode::InvalidPart, "InvalidPart", 400,
              "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag."},
    ErrorInfo{ErrorCode::InvalidPartOrder, "InvalidPartOrder", 400,
              "The list of parts was not in ascending order. The parts list must be specified in order by part number."},
    ErrorInfo{ErrorCode::InvalidPolicyDocument, "InvalidPolicyDocument", 400,
              "The content of the form does not meet the conditions specified in the policy document."},
    ErrorInfo{ErrorCode::InvalidRange, "InvalidRange", 416, "The requested range is not satisfiable"},
    ErrorInfo{ErrorCode::InvalidRequest, "InvalidRequest", 400, "Invalid Request"},
    ErrorInfo{ErrorCode::InvalidStorageClass, "InvalidStorageClass", 400, "The storage class you specified is not valid"},
    ErrorInfo{ErrorCode::InvalidTag, "InvalidTag", 400, "The tag provided was not a valid tag."},
    ErrorInfo{ErrorCode::InvalidToken, "InvalidToken", 400, "The provided token is malformed or otherwise invalid."},
    ErrorInfo{ErrorCode::InvalidURI, "InvalidURI", 400, "Couldn't parse the specified URI."},
    ErrorInfo{ErrorCode::KeyTooLongError, "KeyTooLongError", 400, "Your key is too long"},
    ErrorInfo{ErrorCode::MalformedACLError, "MalformedACLError", 400,
              "The XML you provided was not well-formed or did not validate against our published schema"},
    ErrorInfo{ErrorCode::MalformedPolicy, "MalformedPolicy", 400, "Policies must be valid JSON and the first byte must be '{'"},
    ErrorInfo{ErrorCode::MalformedXML, "MalformedXML", 400,
              "The XML you provided was not well-formed or did not validate against our published schema"},
    ErrorInfo{ErrorCode::MaxMessageLengthExceeded, "MaxMessageLengthExceeded", 400, "Your request was too big."},
    ErrorInfo{ErrorCode::MetadataTooLarge, "MetadataTooLarge", 400,
              "Your metadata headers exceed the maximum allowed metadata size."},
    ErrorInfo{ErrorCode::MethodNotAllowed, "MethodNotAllowed", 405, "The specified method is not allowed against this resource."},
    ErrorInfo{ErrorCode::MissingContentLength, "MissingContentLength", 411, "You must provide the Content-Length HTTP header."},
    ErrorInfo{ErrorCode::MissingRequestBodyError, "MissingRequestBodyError", 400, "Request Body is empty"},
    ErrorInfo{ErrorCode::MissingSecurityHeader, "MissingSecurityHeader", 400, "Your request is missing a required header."},
    ErrorInfo{ErrorCode::NoSuchBucket, "NoSuchBucket", 404, "The specified bucket does not exist"},
    ErrorInfo{ErrorCode::NoSuchBucketPolicy, "NoSuchBucketPolicy", 404, "The bucket policy does not exist"},
    ErrorInfo{ErrorCode::NoSuchCORSConfiguration, "NoSuchCORSConfiguration", 404, "The CORS configuration does not exist"},
    ErrorInfo{ErrorCode::NoSuchKey, "NoSuchKey", 404, "The specified key does not exist."},
    ErrorInfo{ErrorCode::NoSuchLifecycleConfiguration, "NoSuchLifecycleConfiguration", 404,
              "The lifecycle configuration does not exist"},
    ErrorInfo{ErrorCode::NoSuchTagSet, "NoSuchTagSet", 404, "The TagSet does not exist"},
    ErrorInfo{ErrorCode::NoSuchUpload, "NoSuchUpload", 404,
              "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed."},
    ErrorInfo{ErrorCode::NoSuchVersion, "NoSuchVersion", 404,
              "The version ID specified in the request does not match an existing version."},
    ErrorInfo{ErrorCode::NoSuchWebsiteConfiguration, "NoSuchWebsiteConfiguration", 404,
              "The specified bucket does not have a website configuration"},
    ErrorInfo{ErrorCode::NotImplemented, "NotImplemented", 501,
              "A header you provided implies functionality that is not implemented"},
    ErrorInfo{ErrorCode::NotModified, "NotModified", 304, "Not Modified"},
    ErrorInfo{ErrorCode::OperationAborted, "OperationAborted", 409,
              "A conflicting conditional operation is currently in progress against this resource. Try again."},
    ErrorInfo{ErrorCode::PreconditionFailed, "PreconditionFailed", 412,
              "At least one of the pre-conditions you specified did not hold"},
    ErrorInfo{ErrorCode::RequestHeaderSectionTooLarge, "RequestHeaderSectionTooLarge", 400,
              "Your request header section exceeds the maximum allowed size."},
    ErrorInfo{ErrorCode::RequestTimeTooSkewed, "RequestTimeTooSkewed", 403,
              "The difference between the request time and the current time is too large."},
    ErrorInfo{ErrorCode::RequestTimeout, "RequestTimeout", 400,
              "Your socket connection to the server was not read from or written to within the timeout period."},
    ErrorInfo{ErrorCode::RestoreAlreadyInProgress, "RestoreAlreadyInProgress", 409, "Object restore is already in progress"},
    ErrorInfo{ErrorCode::ServerSideEncryptionConfigurationNotFoundError, "ServerSideEncryptionConfigurationNotFoundError", 404,
              "The server side encryption configuration was not found"},
    ErrorInfo{ErrorCode::ServiceUnavailable, "ServiceUnavailable", 503, "Please reduce your request rate."},
    ErrorInfo{ErrorCode::SignatureDoesNotMatch, "SignatureDoesNotMatch", 403,
              "The request signature we calculated does not match the signature you provided. Check your key and signing method."},
    ErrorInfo{ErrorCode::SlowDown, "SlowDown", 503, "Please reduce your request rate."},
    ErrorInfo{ErrorCode::TooManyBuckets, "TooManyBuckets", 400, "You have attempted to create more buckets than allowed"},
    ErrorInfo{ErrorCode::UnexpectedContent, "UnexpectedContent", 400, "This request does not support content"},
    ErrorInfo{ErrorCode::UnresolvableGrantByEmailAddress, "UnresolvableGrantByEmailAddress", 400,
              "The email address you provided does not match any account on record."},
    ErrorInfo{ErrorCode::XAmzContentSHA256Mismatch, "XAmzContentSHA256Mismatch", 400,
              "The provided 'x-amz-content-sha256' header does not match what was computed."},
    ErrorInfo{ErrorCode::AuthorizationQueryParametersError, "AuthorizationQueryParametersError", 400, "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters."},
    ErrorInfo{ErrorCode::InvalidChunkSizeError, "InvalidChunkSizeError", 403, "Only the last chunk is allowed to have a size less than 8192 bytes"},
    ErrorInfo{ErrorCode::NoSuchObjectLockConfiguration, "NoSuchObjectLockConfiguration", 404, "The specified object does not have an ObjectLock configuration"},
    ErrorInfo{ErrorCode::InvalidSecurity, "InvalidSecurity", 403, "The provided security credentials are not valid."},
    ErrorInfo{ErrorCode::MissingContentMD5, "MissingContentMD5", 400, "Missing required header for this request: Content-MD5"},
    ErrorInfo{ErrorCode::MalformedTrailerError, "MalformedTrailerError", 400, "The request contained trailing data that was not well-formed or did not conform to our published schema."},
};

} // namespace

const ErrorInfo &errorInfo(ErrorCode code)
{
    for (const ErrorInfo &info : kErrors) {
        if (info.code == code)
            return info;
    }
    for (const ErrorInfo &info : kErrors) {
        if (info.code == ErrorCode::InternalError)
            return info;
    }
    Q_UNREACHABLE();
}

ErrorCode errorCodeFromS3(QStringView s3Code)
{
    for (const ErrorInfo &info : kErrors) {
        if (s3Code == QLatin1StringView(info.s3Code))
            return info.code;
    }
    return ErrorCode::UnknownS3Error;
}

Core::Error makeError(ErrorCode code, QString message)
{
    const ErrorInfo &info = errorInfo(code);
    Core::Error e;
    e.code = code;
    e.s3Code = QString::fromLatin1(info.s3Code);
    e.httpStatus = info.httpStatus;
    e.message = message.isEmpty() ? QString::fromLatin1(info.message) : std::move(message);
    return e;
}

QByteArray errorXml(const Core::Error &error, const QString &resource, const QString &requestId,
                    const QList<std::pair<QString, QString>> &extra)
{
    const ErrorInfo &info = errorInfo(error.code);
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("Error"));
    w.writeTextElement(QStringLiteral("Code"), error.s3Code.isEmpty() ? QString::fromLatin1(info.s3Code) : error.s3Code);
    w.writeTextElement(QStringLiteral("Message"), error.message.isEmpty() ? QString::fromLatin1(info.message) : error.message);
    for (const auto &[name, value] : extra)
        w.writeTextElement(name, value);
    if (!resource.isEmpty())
        w.writeTextElement(QStringLiteral("Resource"), resource);
    w.writeTextElement(QStringLiteral("RequestId"), requestId);
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

Core::Error parseErrorXml(const QByteArray &body, int httpStatus)
{
    Core::Error e;
    e.httpStatus = httpStatus;
    QXmlStreamReader r(body);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement || r.name() == QLatin1StringView("Error"))
            continue;
        const QString name = r.name().toString();
        const QString text = r.readElementText(QXmlStreamReader::SkipChildElements);
        if (name == QLatin1StringView("Code"))
            e.s3Code = text;
        else if (name == QLatin1StringView("Message"))
            e.message = text;
        else if (name == QLatin1StringView("RequestId"))
            e.requestId = text;
    }
    e.code = e.s3Code.isEmpty() ? ErrorCode::UnknownS3Error : errorCodeFromS3(e.s3Code);
    return e;
}

} // namespace S3
