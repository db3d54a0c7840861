#pragma once

// The body of every xml_* fuzz target: parse one S3 XML document type, and when it parses,
// write it back and parse that again (the server echoes parsed values in responses).

#include <cstddef>
#include <cstdint>

#include <QByteArray>

#include "engine/s3/xml/documents.h"
#include "tests/fuzz/fuzzinput.h"

namespace Fuzz {

template <typename Doc>
void parseXml(const QByteArray &xml)
{
    const auto doc = Doc::fromXml(xml);
    if (!doc) {
        (void)doc.error().message.size();
        return;
    }
    const QByteArray written = doc->toXml();
    (void)Doc::fromXml(written);
    // The same document under tight limits (depth and size checks on every path).
    (void)Doc::fromXml(xml, S3::XmlLimits {xml.size() / 2 + 1, 3});
}

} // namespace Fuzz

// One target per document type: FUZZ_XML_TARGET(S3::Delete) in fuzz_xml_delete.cpp.
#define FUZZ_XML_TARGET(Doc)                                                                       \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)              \
    {                                                                                              \
        Fuzz::parseXml<Doc>(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));    \
        return 0;                                                                                  \
    }
