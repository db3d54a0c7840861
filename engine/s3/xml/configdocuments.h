#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "engine/core/error.h"
#include "engine/s3/xml/commontypes.h"
#include "engine/s3/xml/xmlutil.h"

namespace S3 {

// Bucket and object configuration documents (request and response bodies alike). Same
// conventions as bucketdocuments.h.

struct Tag
{
    QString key;
    QString value;

    bool operator==(const Tag &) const = default;
};

// <Tagging><TagSet><Tag>: Put/GetObjectTagging and Put/GetBucketTagging. fromXml() checks
// only the form (every Tag has a Key and a Value element); validateTags() checks the rules.
struct Tagging
{
    QList<Tag> tags;

    QByteArray toXml() const;
    static Core::Result<Tagging> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const Tagging &) const = default;
};

enum class TagTarget
{
    Object, // at most 10 tags
    Bucket, // at most 50 tags
};

// AWS's tag rules: count (10 per object, 50 per bucket), key 1..128 and value 0..256
// characters (UTF-16 code units, as AWS counts), unique keys. Fails with InvalidTag and a
// message naming the rule, e.g. "Object tags cannot be greater than 10".
Core::Status validateTags(const QList<Tag> &tags, TagTarget target);

// <VersioningConfiguration>: PutBucketVersioning body and GetBucketVersioning response
// (empty element for a bucket that was never versioned). fromXml(): a Status or MfaDelete
// other than the values below -> MalformedXML (AWS's answer for an invalid value).
struct VersioningConfiguration
{
    enum class Status
    {
        Unset, // no <Status> element
        Enabled,
        Suspended,
    };
    enum class MfaDelete
    {
        Unset, // no <MfaDelete> element
        Enabled,
        Disabled,
    };

    Status status = Status::Unset;
    MfaDelete mfaDelete = MfaDelete::Unset;

    QByteArray toXml() const;
    static Core::Result<VersioningConfiguration> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const VersioningConfiguration &) const = default;
};

// <RestoreRequest>: RestoreObject body (the archive-retrieval form; Select requests are not
// supported). fromXml(): Days not a positive integer, or an unknown Tier -> MalformedXML.
struct RestoreRequest
{
    enum class Tier
    {
        Unset, // no <GlacierJobParameters>/<Tier>; AWS then uses Standard
        Standard,
        Bulk,
        Expedited,
    };

    std::optional<int> days; // absent for a restore into a Intelligent-Tiering access tier
    Tier tier = Tier::Unset;
    QString description; // optional <Description>; empty = absent

    QByteArray toXml() const;
    static Core::Result<RestoreRequest> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const RestoreRequest &) const = default;
};

// <Grantee xsi:type="..."> of an ACL grant.
struct Grantee
{
    enum class Type
    {
        CanonicalUser, // id (+ displayName)
        Group, // uri, e.g. http://acs.amazonaws.com/groups/global/AllUsers
        AmazonCustomerByEmail, // emailAddress
    };

    Type type = Type::CanonicalUser;
    QString id;
    QString displayName;
    QString uri;
    QString emailAddress;

    bool operator==(const Grantee &) const = default;
};

struct Grant
{
    Grantee grantee;
    QString permission; // FULL_CONTROL | WRITE | WRITE_ACP | READ | READ_ACP (checked on parse)

    bool operator==(const Grant &) const = default;
};

// <AccessControlPolicy>: Get/PutBucketAcl and Get/PutObjectAcl. toXml() declares the xsi
// namespace on the root (xmlns:xsi) and writes xsi:type on each Grantee. fromXml() resolves
// xsi:type through the namespace declarations (any prefix works); a missing or unknown
// type, or an unknown Permission -> MalformedACLError (AWS's code for this document; bad
// XML in general is MalformedXML).
struct AccessControlPolicy
{
    Owner owner;
    QList<Grant> grants;

    QByteArray toXml() const;
    static Core::Result<AccessControlPolicy> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const AccessControlPolicy &) const = default;
};

struct ServerSideEncryptionRule
{
    QString sseAlgorithm; // "AES256" | "aws:kms" | "aws:kms:dsse" (checked on parse)
    QString kmsMasterKeyId; // empty = absent
    std::optional<bool> bucketKeyEnabled;

    bool operator==(const ServerSideEncryptionRule &) const = default;
};

// <ServerSideEncryptionConfiguration>: Put/GetBucketEncryption. fromXml(): no Rule, a Rule
// without ApplyServerSideEncryptionByDefault/SSEAlgorithm, or an unknown algorithm ->
// MalformedXML.
struct ServerSideEncryptionConfiguration
{
    QList<ServerSideEncryptionRule> rules;

    QByteArray toXml() const;
    static Core::Result<ServerSideEncryptionConfiguration> fromXml(
        const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const ServerSideEncryptionConfiguration &) const = default;
};

struct CORSRule
{
    QString id; // empty = absent
    QStringList allowedOrigins;
    QStringList allowedMethods; // GET PUT POST DELETE HEAD (checked on parse)
    QStringList allowedHeaders;
    QStringList exposeHeaders;
    std::optional<int> maxAgeSeconds;

    bool operator==(const CORSRule &) const = default;
};

// <CORSConfiguration>: Put/GetBucketCors. fromXml(): no CORSRule (or over 100), a rule
// without AllowedOrigin or AllowedMethod, or an unknown method -> MalformedXML.
struct CORSConfiguration
{
    QList<CORSRule> rules;

    QByteArray toXml() const;
    static Core::Result<CORSConfiguration> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const CORSConfiguration &) const = default;
};

// <RoutingRule><Condition> of a website configuration. Both empty = no <Condition> element.
struct WebsiteRoutingCondition
{
    QString keyPrefixEquals; // empty = absent
    QString httpErrorCodeReturnedEquals; // "404"; empty = absent

    bool isEmpty() const { return keyPrefixEquals.isEmpty() && httpErrorCodeReturnedEquals.isEmpty(); }
    bool operator==(const WebsiteRoutingCondition &) const = default;
};

// <RoutingRule><Redirect>: where a matching request is sent. Every field optional (empty =
// absent); S3 keeps the request's host, protocol and key for what is not given.
struct WebsiteRedirect
{
    QString hostName;
    QString httpRedirectCode; // "301"; 3XX except 300
    QString protocol; // http | https
    QString replaceKeyPrefixWith;
    QString replaceKeyWith; // not together with replaceKeyPrefixWith

    bool operator==(const WebsiteRedirect &) const = default;
};

struct WebsiteRoutingRule
{
    WebsiteRoutingCondition condition; // empty: the rule applies to every request
    WebsiteRedirect redirect;
    // A <Condition> element was present (an empty one is refused: S3 wants it left out).
    bool hasCondition = false;

    bool operator==(const WebsiteRoutingRule &) const = default;
};

// <WebsiteConfiguration>: Put/GetBucketWebsite. fromXml() follows S3's answers:
// - not well-formed, a DTD, another root, an IndexDocument without Suffix, an ErrorDocument
//   without Key, a RedirectAllRequestsTo without HostName, a RoutingRule without Redirect, an
//   unknown child element -> MalformedXML;
// - values S3 refuses -> InvalidArgument, the message naming the field: no IndexDocument/Suffix
//   without RedirectAllRequestsTo, RedirectAllRequestsTo together with anything else, a Suffix
//   that is empty or holds '/', an empty ErrorDocument Key or HostName, a Protocol other than
//   http/https, an empty Condition, an HttpErrorCodeReturnedEquals that is not 4XX/5XX, an
//   HttpRedirectCode that is not 3XX (or is 300), ReplaceKeyWith with ReplaceKeyPrefixWith,
//   more than 50 routing rules.
struct WebsiteConfiguration
{
    QString indexDocumentSuffix; // <IndexDocument><Suffix>; empty = absent
    QString errorDocumentKey; // <ErrorDocument><Key>; empty = absent
    QString redirectHostName; // <RedirectAllRequestsTo><HostName>; empty = absent
    QString redirectProtocol; // <RedirectAllRequestsTo><Protocol> http|https; empty = absent
    QList<WebsiteRoutingRule> routingRules;

    QByteArray toXml() const;
    static Core::Result<WebsiteConfiguration> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const WebsiteConfiguration &) const = default;
};

} // namespace S3
