// Small helpers shared by the store's parts: time stamps, fingerprints, hashes, hex.
#ifndef CORDON_STORE_UTIL_H_
#define CORDON_STORE_UTIL_H_

#include <string>
#include <string_view>

namespace cordon::store {

// Current UTC time as "2026-12-02T07:22:57.123Z".
std::string NowIso();
// XXH3-64 of `bytes` as 16 lower-case hex digits (record fingerprints; not a security hash).
std::string Fingerprint(std::string_view bytes);
// SHA-256 of `bytes` as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view bytes);
std::string ToHex(std::string_view bytes);
// False when `hex` has an odd length or a non-hex digit.
bool FromHex(std::string_view hex, std::string* bytes);
// $CORDON_USER, else $USER, else "cordon".
std::string DefaultActor();

}  // namespace cordon::store

#endif  // CORDON_STORE_UTIL_H_
