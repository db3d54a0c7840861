#include "tests/support/testutil.h"

#include <QFile>
#include <QTcpServer>
#include <QTest>

namespace TestSupport {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot open test data %1").arg(path)), __FILE__, __LINE__);
        return {};
    }
    return f.readAll();
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace TestSupport
