// Reading whole files, gzip-compressed or not, into memory.
#ifndef CORDON_BASE_FILE_H_
#define CORDON_BASE_FILE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "cordon/result.h"

namespace cordon::base {

// Reads `path` whole. Content starting with the gzip magic bytes is decompressed (whatever the
// file is called). A file larger than `max_bytes` after decompression is kResourceExhausted;
// a truncated or corrupt gzip stream is kParseError naming the path.
Result<std::string> ReadFile(const std::string& path, std::size_t max_bytes);

// Decompresses a gzip stream held in memory (used by ReadFile and by tests).
Result<std::string> Gunzip(std::string_view compressed, const std::string& source,
                           std::size_t max_bytes);

// Writes `data` to `path` atomically (temporary file then rename).
Status WriteFile(const std::string& path, std::string_view data);

}  // namespace cordon::base

#endif  // CORDON_BASE_FILE_H_
