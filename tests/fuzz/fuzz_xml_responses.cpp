// Fuzz target: the S3 XML response documents the client parses (a hostile or broken server),
// and the timestamp / encoding-type=url helpers, chosen by the first input byte.

#include <QString>

#include "tests/fuzz/fuzz_xml.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Input in(data, size);
    const std::uint8_t which = in.byte();
    const QByteArray xml = in.restCopy();
    switch (which % 11) {
    case 0: Fuzz::parseXml<S3::ListAllMyBucketsResult>(xml); break;
    case 1: Fuzz::parseXml<S3::ListBucketResult>(xml); break;
    case 2: Fuzz::parseXml<S3::ListVersionsResult>(xml); break;
    case 3: Fuzz::parseXml<S3::InitiateMultipartUploadResult>(xml); break;
    case 4: Fuzz::parseXml<S3::CompleteMultipartUploadResult>(xml); break;
    case 5: Fuzz::parseXml<S3::ListPartsResult>(xml); break;
    case 6: Fuzz::parseXml<S3::ListMultipartUploadsResult>(xml); break;
    case 7: Fuzz::parseXml<S3::CopyObjectResult>(xml); break;
    case 8: Fuzz::parseXml<S3::CopyPartResult>(xml); break;
    case 9: Fuzz::parseXml<S3::DeleteResult>(xml); break;
    case 10: {
        const QString text = QString::fromUtf8(xml);
        if (const auto t = S3::parseIsoTimestamp(text))
            (void)S3::formatIsoTimestamp(*t);
        if (const auto t = S3::parseHttpDate(text))
            (void)S3::formatHttpDate(*t);
        const QString decoded = S3::urlDecodeListValue(text);
        (void)S3::urlEncodeListValue(decoded);
        (void)S3::isXmlSafe(decoded);
        break;
    }
    }
    return 0;
}
