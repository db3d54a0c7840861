#pragma once

#include <QByteArray>
#include <QString>

namespace TestSupport {

// Reads a whole file of test data; fails the calling test (QVERIFY inside) when absent.
QByteArray readFile(const QString &path);

// A TCP port on 127.0.0.1 that was free a moment ago (bind to port 0, read it, close).
quint16 freeLoopbackPort();

} // namespace TestSupport
