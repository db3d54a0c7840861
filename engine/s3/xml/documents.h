#pragma once

// All S3 XML documents (value types with toXml()/fromXml()); see bucketdocuments.h for the
// conventions they share.
#include "engine/s3/xml/bucketdocuments.h"
#include "engine/s3/xml/configdocuments.h"
#include "engine/s3/xml/deletedocuments.h"
#include "engine/s3/xml/listingdocuments.h"
#include "engine/s3/xml/multipartdocuments.h"
#include "engine/s3/xml/xmlutil.h"
