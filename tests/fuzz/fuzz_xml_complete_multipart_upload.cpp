// Fuzz target: S3::CompleteMultipartUpload::fromXml, the CompleteMultipartUpload request body the server parses.
// Input: the raw request body.

#include "tests/fuzz/fuzz_xml.h"

FUZZ_XML_TARGET(S3::CompleteMultipartUpload)
