#pragma once

// ACLs, Object Ownership and Block Public Access in the server (bucketaccess.cpp, aclops.cpp):
// the hooks the object and bucket operations call, and the handlers of the ?acl,
// ?ownershipControls and ?publicAccessBlock sub-resources. Not part of the engine's API.

#include <memory>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QString>

#include "engine/core/error.h"
#include "engine/policy/evaluator.h"
#include "engine/s3/xml/configdocuments.h"
#include "engine/server/access.h"
#include "engine/server/http.h"

namespace Server {

class S3Service;
struct RequestContext;

// The policy decision of one action plus Block Public Access and ACLs (applyAccessFacts()):
// the bucket's access settings are read from the cache, an object ACL from the store only when
// the policies did not allow and the action is granted through the object's ACL. objectKey is
// empty when the resource is not an object of `bucket`.
Policy::Decision decideWithBucketAccess(const S3Service &service, Caller caller, const Policy::RequestContext &pc,
                                        const std::vector<const Policy::Document *> &identityDocs,
                                        const CachedPolicy *policy, const QString &bucket, const QByteArray &objectKey,
                                        const QString &versionId);

// The ACL a stored version carries: `stored` is what the version's acl column holds (empty or
// a canned ACL name, or an AccessControlPolicy document); owner is the object's owner.
S3::AccessControlPolicy expandObjectAcl(const S3Service &service, const QString &stored, const QString &ownerId,
                                        const QString &bucketOwnerId);
S3::Owner ownerOf(const S3Service &service, const QString &canonicalId);

// The ACL to store with a new object from x-amz-acl / x-amz-grant-* (PutObject, CopyObject,
// CreateMultipartUpload): "private" without headers, the canned name, or a document.
// InvalidRequest for both a canned ACL and grants, InvalidArgument for an unknown canned ACL
// or grantee, UnresolvableGrantByEmailAddress, AccessControlListNotSupported when the bucket's
// ACLs are disabled and the ACL grants more than the bucket owner's full control,
// AccessDenied when BlockPublicAcls refuses a public ACL.
// Who owns an object a writer stores (Object Ownership, as AWS applies it): the bucket owner
// under BucketOwnerEnforced, and under BucketOwnerPreferred when the writer sends the
// bucket-owner-full-control canned ACL; otherwise the writer.
QString objectOwnerFor(const S3Service &service, const QString &bucket, const QString &writerId,
                       const QString &cannedAcl);
Core::Result<QString> objectAclFromRequest(const S3Service &service, const RequestContext &ctx, const QString &ownerId);
// The same for POST Object's `acl` form field (a canned ACL; empty: private).
Core::Result<QString> objectAclFromCanned(const S3Service &service, const QString &bucket, const QString &canned,
                                          const QString &ownerId);
// The ACL of a PutBucketAcl/PutObjectAcl request for a resource owned by ownerId: the
// AccessControlPolicy body, or x-amz-acl / x-amz-grant-* (UnexpectedContent for both,
// MissingSecurityHeader for neither), resolved and checked against the bucket's settings
// (AccessControlListNotSupported, AccessDenied for BlockPublicAcls; errors as above).
Core::Result<S3::AccessControlPolicy> aclForPut(const S3Service &service, const RequestContext &ctx,
                                                const QByteArray &body, const QString &ownerId,
                                                const BucketAccess &access);
// CreateBucket: checks x-amz-object-ownership (InvalidArgument) and the ACL headers against it
// (InvalidBucketAclWithObjectOwnership); returns the bucket ACL document to store (nullopt: none,
// private).
Core::Result<std::optional<QByteArray>> bucketAclForCreate(const S3Service &service, const RequestContext &ctx);
// PutBucketPolicy: AccessDenied when the bucket's BlockPublicPolicy refuses a public policy.
Core::Status checkPolicyAllowed(const S3Service &service, const QString &bucket, bool policyIsPublic);
// GetBucketPolicyStatus: a public policy does not make the bucket public when
// RestrictPublicBuckets is on.
bool isBucketPublic(const S3Service &service, const QString &bucket, bool policyIsPublic);

namespace Ops {
Dispatch getBucketAcl(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch putBucketAcl(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch getObjectAcl(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch putObjectAcl(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch getBucketOwnershipControls(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch putBucketOwnershipControls(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch deleteBucketOwnershipControls(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch getPublicAccessBlock(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch putPublicAccessBlock(S3Service &s, std::shared_ptr<RequestContext> ctx);
Dispatch deletePublicAccessBlock(S3Service &s, std::shared_ptr<RequestContext> ctx);
} // namespace Ops

} // namespace Server
