// Fuzz target: the other S3 XML request documents (ACL, CORS, encryption, website, restore,
// location, policy status), chosen by the first input byte; the rest is the document.

#include "tests/fuzz/fuzz_xml.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Input in(data, size);
    const std::uint8_t which = in.byte();
    const QByteArray xml = in.restCopy();
    switch (which % 7) {
    case 0: Fuzz::parseXml<S3::AccessControlPolicy>(xml); break;
    case 1: Fuzz::parseXml<S3::CORSConfiguration>(xml); break;
    case 2: Fuzz::parseXml<S3::ServerSideEncryptionConfiguration>(xml); break;
    case 3: Fuzz::parseXml<S3::WebsiteConfiguration>(xml); break;
    case 4: Fuzz::parseXml<S3::RestoreRequest>(xml); break;
    case 5: Fuzz::parseXml<S3::LocationConstraint>(xml); break;
    case 6: Fuzz::parseXml<S3::PolicyStatus>(xml); break;
    }
    return 0;
}
