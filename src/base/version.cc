#include "cordon/version.h"

namespace cordon {

std::string_view Version() { return "0.1.0"; }

}  // namespace cordon
