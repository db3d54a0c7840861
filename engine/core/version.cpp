#include "engine/core/version.h"

namespace Core {

QString version()
{
    return QStringLiteral(PAIL_VERSION);
}

} // namespace Core
