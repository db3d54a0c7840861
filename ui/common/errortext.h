#pragma once

#include <QString>

#include "engine/core/error.h"

namespace Gui {

// The translated sentence a user reads for an engine error. Error::message stays technical
// English and is offered under "Details" (see errorDetails()).
QString errorText(const Core::Error &error);
QString errorDetails(const Core::Error &error);

} // namespace Gui
