// Fuzz target: S3::VersioningConfiguration::fromXml, the PutBucketVersioning request body the server parses.
// Input: the raw request body.

#include "tests/fuzz/fuzz_xml.h"

FUZZ_XML_TARGET(S3::VersioningConfiguration)
