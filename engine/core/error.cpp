#include "engine/core/error.h"

namespace Core {

Error Error::make(ErrorCode code, QString message)
{
    Error e;
    e.code = code;
    e.message = std::move(message);
    return e;
}

} // namespace Core
