// Fuzz target: S3::Tagging::fromXml, the PutBucketTagging / PutObjectTagging request body the server parses.
// Input: the raw request body.

#include "tests/fuzz/fuzz_xml.h"

FUZZ_XML_TARGET(S3::Tagging)
