#pragma once

#include <QString>

namespace Core {

// The version set in the top-level CMakeLists.txt (project(pail VERSION ...)).
QString version();

} // namespace Core
