#pragma once

#include <expected>

#include <QString>

namespace Core {

// One entry per error the engine raises or understands. The S3 ones map to AWS's code and
// HTTP status through S3::ErrorTable (engine/s3/errortable.h); the client reads error bodies
// with that table and the server writes them with it.
enum class ErrorCode
{
    None,
    // S3 protocol errors, as AWS documents them.
    AccessDenied,
    AccessControlListNotSupported,
    AuthorizationHeaderMalformed,
    AuthorizationQueryParametersError,
    BadDigest,
    BucketAlreadyExists,
    BucketAlreadyOwnedByYou,
    BucketNotEmpty,
    EntityTooLarge,
    EntityTooSmall,
    ExpiredToken,
    IllegalLocationConstraintException,
    IllegalVersioningConfigurationException,
    IncompleteBody,
    InternalError,
    InvalidAccessKeyId,
    InvalidArgument,
    InvalidBucketAclWithObjectOwnership,
    InvalidBucketName,
    InvalidBucketState,
    InvalidChunkSizeError,
    InvalidDigest,
    InvalidEncryptionAlgorithmError,
    InvalidObjectState,
    InvalidPart,
    InvalidPartOrder,
    InvalidPolicyDocument,
    InvalidRange,
    InvalidRequest,
    InvalidStorageClass,
    InvalidTag,
    InvalidSecurity,
    InvalidToken,
    InvalidURI,
    KeyTooLongError,
    MalformedACLError,
    MalformedPolicy,
    MalformedXML,
    MalformedTrailerError,
    MaxMessageLengthExceeded,
    MetadataTooLarge,
    MethodNotAllowed,
    MissingContentLength,
    MissingRequestBodyError,
    MissingSecurityHeader,
    MissingContentMD5,
    NoSuchBucket,
    NoSuchBucketPolicy,
    NoSuchCORSConfiguration,
    NoSuchKey,
    NoSuchLifecycleConfiguration,
    NoSuchObjectLockConfiguration,
    NoSuchPublicAccessBlockConfiguration,
    NoSuchTagSet,
    NoSuchUpload,
    NoSuchVersion,
    NoSuchWebsiteConfiguration,
    NotImplemented,
    NotModified,
    OperationAborted,
    OwnershipControlsNotFoundError,
    PreconditionFailed,
    RequestHeaderSectionTooLarge,
    RequestTimeTooSkewed,
    RequestTimeout,
    RestoreAlreadyInProgress,
    ServerSideEncryptionConfigurationNotFoundError,
    ServiceUnavailable,
    SignatureDoesNotMatch,
    SlowDown,
    TooManyBuckets,
    UnexpectedContent,
    UnresolvableGrantByEmailAddress,
    XAmzContentSHA256Mismatch,
    // Local failures that never travel as S3 codes.
    NetworkFailure,
    Timeout,
    Cancelled,
    IoError,
    DatabaseError,
    ParseError,
    InvalidConfiguration,
    UnknownS3Error,
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;   // technical English, for logs and the Details pane
    QString requestId; // x-amz-request-id when known
    int httpStatus = 0;
    QString s3Code;    // the code string as received or sent (kept for codes we do not know)

    static Error make(ErrorCode code, QString message = {});
};

template <typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message = {})
{
    return std::unexpected(Error::make(code, std::move(message)));
}

} // namespace Core
