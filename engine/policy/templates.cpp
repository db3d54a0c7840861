#include "engine/policy/templates.h"

namespace Policy {

QString PolicyTemplate::instantiate(const QMap<QString, QString> &values) const
{
    QString out = json;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.replace(QStringLiteral("{{") + it.key() + QStringLiteral("}}"), it.value());
    return out;
}

const std::vector<PolicyTemplate> &bundledTemplates()
{
    static const std::vector<PolicyTemplate> templates = {
        {
            QStringLiteral("public-read-prefix"),
            QStringLiteral("Public read of a prefix"),
            QStringLiteral("Anyone, also without credentials, may download objects under the prefix."),
            { QStringLiteral("bucket"), QStringLiteral("prefix") },
            QStringLiteral(R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "PublicReadPrefix",
      "Effect": "Allow",
      "Principal": "*",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::{{bucket}}/{{prefix}}*"
    }
  ]
}
)"),
        },
        {
            QStringLiteral("deny-insecure-transport"),
            QStringLiteral("Deny access without TLS"),
            QStringLiteral("Refuses every request that does not arrive over HTTPS."),
            { QStringLiteral("bucket") },
            QStringLiteral(R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyInsecureTransport",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": [
        "arn:aws:s3:::{{bucket}}",
        "arn:aws:s3:::{{bucket}}/*"
      ],
      "Condition": {
        "Bool": {
          "aws:SecureTransport": "false"
        }
      }
    }
  ]
}
)"),
        },
        {
            QStringLiteral("deny-unencrypted-uploads"),
            QStringLiteral("Deny unencrypted uploads"),
            QStringLiteral("Refuses uploads that do not ask for server-side encryption (SSE-S3 or SSE-KMS)."),
            { QStringLiteral("bucket") },
            QStringLiteral(R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyWrongEncryptionHeader",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::{{bucket}}/*",
      "Condition": {
        "StringNotEquals": {
          "s3:x-amz-server-side-encryption": ["AES256", "aws:kms", "aws:kms:dsse"]
        }
      }
    },
    {
      "Sid": "DenyMissingEncryptionHeader",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::{{bucket}}/*",
      "Condition": {
        "Null": {
          "s3:x-amz-server-side-encryption": "true"
        }
      }
    }
  ]
}
)"),
        },
        {
            QStringLiteral("user-read-write-prefix"),
            QStringLiteral("Grant a user read/write on a prefix"),
            QStringLiteral("One IAM user may list, read, write and delete objects under the prefix."),
            { QStringLiteral("bucket"), QStringLiteral("prefix"), QStringLiteral("account"), QStringLiteral("user") },
            QStringLiteral(R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ListPrefix",
      "Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::{{account}}:user/{{user}}"},
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::{{bucket}}",
      "Condition": {
        "StringLike": {
          "s3:prefix": ["{{prefix}}", "{{prefix}}*"]
        }
      }
    },
    {
      "Sid": "ReadWritePrefix",
      "Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::{{account}}:user/{{user}}"},
      "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload"],
      "Resource": "arn:aws:s3:::{{bucket}}/{{prefix}}*"
    }
  ]
}
)"),
        },
        {
            QStringLiteral("restrict-source-ip"),
            QStringLiteral("Restrict access by source IP"),
            QStringLiteral("Refuses every request that does not come from the given address range."),
            { QStringLiteral("bucket"), QStringLiteral("cidr") },
            QStringLiteral(R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyOutsideRange",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": [
        "arn:aws:s3:::{{bucket}}",
        "arn:aws:s3:::{{bucket}}/*"
      ],
      "Condition": {
        "NotIpAddress": {
          "aws:SourceIp": ["{{cidr}}"]
        }
      }
    }
  ]
}
)"),
        },
        {
            QStringLiteral("read-only-user"),
            QStringLiteral("Read-only for a user"),
            QStringLiteral("One IAM user may list the bucket and download its objects, and nothing else."),
            { QStringLiteral("bucket"), QStringLiteral("account"), QStringLiteral("user") },
            QStringLiteral(R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadOnlyList",
      "Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::{{account}}:user/{{user}}"},
      "Action": ["s3:ListBucket", "s3:GetBucketLocation"],
      "Resource": "arn:aws:s3:::{{bucket}}"
    },
    {
      "Sid": "ReadOnlyGet",
      "Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::{{account}}:user/{{user}}"},
      "Action": ["s3:GetObject", "s3:GetObjectVersion", "s3:GetObjectTagging"],
      "Resource": "arn:aws:s3:::{{bucket}}/*"
    }
  ]
}
)"),
        },
        {
            QStringLiteral("write-only-drop-box"),
            QStringLiteral("Write-only drop box"),
            QStringLiteral("One IAM user may upload under the prefix but may neither list nor read what is there."),
            { QStringLiteral("bucket"), QStringLiteral("prefix"), QStringLiteral("account"), QStringLiteral("user") },
            QStringLiteral(R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DropBoxUpload",
      "Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::{{account}}:user/{{user}}"},
      "Action": ["s3:PutObject", "s3:AbortMultipartUpload"],
      "Resource": "arn:aws:s3:::{{bucket}}/{{prefix}}*"
    },
    {
      "Sid": "DropBoxNoRead",
      "Effect": "Deny",
      "Principal": {"AWS": "arn:aws:iam::{{account}}:user/{{user}}"},
      "Action": ["s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket"],
      "Resource": [
        "arn:aws:s3:::{{bucket}}",
        "arn:aws:s3:::{{bucket}}/{{prefix}}*"
      ]
    }
  ]
}
)"),
        },
    };
    return templates;
}

} // namespace Policy
