// Cordon's version, and the version of the on-disk formats it writes.
#ifndef CORDON_VERSION_H_
#define CORDON_VERSION_H_

#include <string_view>

namespace cordon {

std::string_view Version();  // "0.1.0"

}  // namespace cordon

#endif  // CORDON_VERSION_H_
