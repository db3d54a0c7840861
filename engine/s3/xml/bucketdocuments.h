#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "engine/core/error.h"
#include "engine/s3/xml/commontypes.h"
#include "engine/s3/xml/xmlutil.h"

namespace S3 {

// Bucket-level documents: ListBuckets, CreateBucket and GetBucketLocation.
// Every document type in engine/s3/xml/ follows the same pattern: a plain value type,
// toXml() writes it (UTF-8, XML declaration, xmlns kS3XmlNamespace on the root), and
// fromXml() parses it. fromXml() ignores unknown elements (AWS adds new ones over time),
// accepts the root with or without the S3 namespace, and fails with MalformedXML (made by
// S3::makeError) on anything not well-formed, a wrong root, bad values, a DTD, or input
// over the limits (XmlLimits; each document has its own defaults when none are given).

struct BucketInfo
{
    QString name;
    QDateTime creationDate; // UTC, ms precision
    QString bucketRegion; // optional <BucketRegion>; empty = absent

    bool operator==(const BucketInfo &) const = default;
};

// <ListAllMyBucketsResult>: GET / (ListBuckets) response.
struct ListAllMyBucketsResult
{
    Owner owner;
    QList<BucketInfo> buckets;
    QString continuationToken; // optional; empty = absent
    QString prefix; // optional; empty = absent

    QByteArray toXml() const;
    static Core::Result<ListAllMyBucketsResult> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const ListAllMyBucketsResult &) const = default;
};

// <CreateBucketConfiguration>: optional CreateBucket request body. An empty body is not a
// document: the server treats it as "no configuration" before calling fromXml().
struct CreateBucketConfiguration
{
    QString locationConstraint; // empty = absent (us-east-1)

    QByteArray toXml() const;
    static Core::Result<CreateBucketConfiguration> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const CreateBucketConfiguration &) const = default;
};

// <LocationConstraint>: GetBucketLocation response; the element is empty for us-east-1
// (the value type then holds an empty string; "us-east-1" is also written as empty).
struct LocationConstraint
{
    QString region;

    QByteArray toXml() const;
    static Core::Result<LocationConstraint> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const LocationConstraint &) const = default;
};

// <PolicyStatus><IsPublic>: GetBucketPolicyStatus response.
struct PolicyStatus
{
    bool isPublic = false;

    QByteArray toXml() const;
    static Core::Result<PolicyStatus> fromXml(const QByteArray &xml, std::optional<XmlLimits> limits = {});
    bool operator==(const PolicyStatus &) const = default;
};

} // namespace S3
