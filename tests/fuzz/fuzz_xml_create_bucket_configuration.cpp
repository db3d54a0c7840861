// Fuzz target: S3::CreateBucketConfiguration::fromXml, the CreateBucket request body the server parses.
// Input: the raw request body.

#include "tests/fuzz/fuzz_xml.h"

FUZZ_XML_TARGET(S3::CreateBucketConfiguration)
