#pragma once

#include <QString>

namespace S3 {

// Small value types shared by several S3 XML documents. Plain values; copy freely.

// <Owner>, <Initiator>: canonical user ID and display name (DisplayName may be absent).
struct Owner
{
    QString id;
    QString displayName;

    bool operator==(const Owner &) const = default;
};

// The additional checksums S3 reports on parts and objects (base64 values as sent in the
// x-amz-checksum-* headers). An empty string means the element is absent.
struct Checksums
{
    QString crc32; // <ChecksumCRC32>
    QString crc32c; // <ChecksumCRC32C>
    QString crc64nvme; // <ChecksumCRC64NVME>
    QString sha1; // <ChecksumSHA1>
    QString sha256; // <ChecksumSHA256>

    bool isEmpty() const
    {
        return crc32.isEmpty() && crc32c.isEmpty() && crc64nvme.isEmpty() && sha1.isEmpty() && sha256.isEmpty();
    }
    bool operator==(const Checksums &) const = default;
};

} // namespace S3
