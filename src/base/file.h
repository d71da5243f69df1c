// Reading whole files, gzip-compressed or not, into memory.
#ifndef CORDON_BASE_FILE_H_
#define CORDON_BASE_FILE_H_

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

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
// The same with the file's bytes given as consecutive pieces.
Status WriteFilePieces(const std::string& path, const std::vector<std::string_view>& pieces);

// How many bytes of the file mapping that starts at `start` the kernel maps with 2 MiB pages
// (FilePmdMapped in /proc/self/smaps); 0 when none, or when that cannot be read. A snapshot
// held in the page cache in small folios (copied by a tool writing small blocks, or read back
// so) loads several times slower on a virtual machine, and is screened with more TLB misses.
std::uint64_t HugePageMappedBytes(const void* start);
// The same from the text of an smaps file (for tests).
std::uint64_t HugePageMappedBytesIn(std::istream& smaps, std::uintptr_t start);

// A file mapped read-only for one sequential pass: the pages already read can be handed back
// (Release), so that a pass over a file of any size keeps a small resident footprint.
class MappedFile {
 public:
  static Result<std::unique_ptr<MappedFile>> Open(const std::string& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view data() const { return {data_, size_}; }
  // Drops the pages wholly before `offset` from memory (they are re-read if touched again).
  void Release(std::size_t offset);

 private:
  MappedFile() = default;
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t released_ = 0;
};

}  // namespace cordon::base

#endif  // CORDON_BASE_FILE_H_
