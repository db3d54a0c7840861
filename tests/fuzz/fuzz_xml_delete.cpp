// Fuzz target: S3::Delete::fromXml, the DeleteObjects request body (POST /bucket?delete) the server parses.
// Input: the raw request body.

#include "tests/fuzz/fuzz_xml.h"

FUZZ_XML_TARGET(S3::Delete)
