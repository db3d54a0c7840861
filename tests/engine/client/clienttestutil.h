#pragma once

#include <QString>

#include "engine/client/profile.h"

namespace TestSupport {

// A profile for the fake network: path style on http://127.0.0.1:9000 unless changed.
inline Client::Profile fakeProfile(QString endpoint = QStringLiteral("http://127.0.0.1:9000"),
                                   Client::AddressingStyle style = Client::AddressingStyle::Auto)
{
    Client::Profile p;
    p.name = QStringLiteral("fake");
    p.endpoint = QUrl(endpoint);
    p.region = QStringLiteral("us-east-1");
    p.addressingStyle = style;
    p.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    return p;
}

inline QString clientResponse(const char *name)
{
    return QStringLiteral(TEST_DATA_DIR "/s3-responses/client/") + QLatin1StringView(name);
}

} // namespace TestSupport
