#include "base/file.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <memory>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zlib.h>

namespace cordon::base {
namespace {

bool IsGzip(std::string_view data) {
  return data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1f &&
         static_cast<unsigned char>(data[1]) == 0x8b;
}

struct InflateStream {
  z_stream zs{};
  bool open = false;
  ~InflateStream() {
    if (open) inflateEnd(&zs);
  }
};

}  // namespace

Result<std::string> Gunzip(std::string_view compressed, const std::string& source,
                           std::size_t max_bytes) {
  InflateStream stream;
  // 15 window bits + 32: accept gzip and zlib headers.
  if (inflateInit2(&stream.zs, 15 + 32) != Z_OK) {
    return Status::Internal("zlib initialisation failed");
  }
  stream.open = true;
  std::string out;
  out.reserve(compressed.size() * 4);
  stream.zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.zs.avail_in = static_cast<uInt>(compressed.size());
  char buffer[1 << 16];
  for (;;) {
    stream.zs.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.zs.avail_out = sizeof(buffer);
    int rc = inflate(&stream.zs, Z_NO_FLUSH);
    out.append(buffer, sizeof(buffer) - stream.zs.avail_out);
    if (out.size() > max_bytes) {
      return Status::ResourceExhausted(source + ": decompressed size exceeds the limit of " +
                                       std::to_string(max_bytes) + " bytes");
    }
    if (rc == Z_STREAM_END) {
      // Concatenated gzip members (gzip -c a b > c) are valid: go on with the next one.
      if (stream.zs.avail_in > 0 &&
          IsGzip(std::string_view(reinterpret_cast<const char*>(stream.zs.next_in),
                                  stream.zs.avail_in))) {
        inflateReset(&stream.zs);
        continue;
      }
      break;
    }
    if (rc != Z_OK) {
      return Status::ParseError(source + ": corrupt gzip data at compressed byte " +
                                std::to_string(stream.zs.total_in) + " (" +
                                (stream.zs.msg ? stream.zs.msg : "zlib error") + ")");
    }
    if (stream.zs.avail_in == 0 && stream.zs.avail_out != 0) {
      return Status::ParseError(source + ": truncated gzip file (stream ends after " +
                                std::to_string(stream.zs.total_in) + " compressed bytes)");
    }
  }
  return out;
}

Result<std::string> ReadFile(const std::string& path, std::size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound(path + ": cannot open (" + std::strerror(errno) + ")");
  }
  std::string data;
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) return Status::IoError(path + ": cannot determine file size");
  if (static_cast<std::size_t>(size) > max_bytes) {
    return Status::ResourceExhausted(path + ": file is " + std::to_string(size) +
                                     " bytes, over the limit of " + std::to_string(max_bytes));
  }
  data.resize(static_cast<std::size_t>(size));
  in.seekg(0);
  if (size > 0 && !in.read(data.data(), size)) {
    return Status::IoError(path + ": read failed");
  }
  if (IsGzip(data)) return Gunzip(data, path, max_bytes);
  return data;
}

Status WriteFile(const std::string& path, std::string_view data) {
  return WriteFilePieces(path, {data});
}

namespace {

// write(2) of all of `data`, through partial writes and signals.
bool WriteAll(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t written = ::write(fd, data, size);
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += written;
    size -= static_cast<std::size_t>(written);
  }
  return true;
}

}  // namespace

Status WriteFilePieces(const std::string& path, const std::vector<std::string_view>& pieces) {
  // The bytes go out in whole blocks of 2 MiB at offsets that are multiples of it: the page
  // cache then holds the file in folios of that size, which a later mmap (a snapshot's) maps
  // with 2 MiB pages. Written as they come, a file of sections got small folios instead: a
  // million-name snapshot then loaded in three times the time (the first touch of each 4 KiB
  // page) and was screened with more TLB misses.
  constexpr std::size_t kBlock = std::size_t{2} << 20;
  std::string tmp = path + ".tmp";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) return Status::IoError(tmp + ": cannot create (" + std::strerror(errno) + ")");
  std::size_t total = 0;
  for (std::string_view piece : pieces) total += piece.size();
  std::string block;
  block.reserve(std::min(total, kBlock));
  bool ok = true;
  for (std::string_view piece : pieces) {
    while (ok && !piece.empty()) {
      if (block.empty() && piece.size() >= kBlock) {  // whole blocks straight from the piece
        const std::size_t whole = piece.size() / kBlock * kBlock;
        ok = WriteAll(fd, piece.data(), whole);
        piece.remove_prefix(whole);
        continue;
      }
      const std::size_t take = std::min(kBlock - block.size(), piece.size());
      block.append(piece.substr(0, take));
      piece.remove_prefix(take);
      if (block.size() == kBlock) {
        ok = WriteAll(fd, block.data(), block.size());
        block.clear();
      }
    }
  }
  if (ok && !block.empty()) ok = WriteAll(fd, block.data(), block.size());
  int error = ok ? 0 : errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    error = errno;
  }
  if (!ok) {
    std::remove(tmp.c_str());
    return Status::IoError(tmp + ": write failed (" + std::strerror(error) + ")");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    std::remove(tmp.c_str());
    return Status::IoError(path + ": rename failed (" + reason + ")");
  }
  return Status::Ok();
}

std::uint64_t HugePageMappedBytesIn(std::istream& smaps, std::uintptr_t start) {
  // Each mapping's block starts with its address range ("7f12a0000000-7f12b2000000 r--p ..."),
  // followed by "Field:  value kB" lines.
  bool ours = false;
  std::string line;
  while (std::getline(smaps, line)) {
    const std::size_t dash = line.find('-');
    const std::size_t colon = line.find(':');
    if (dash != std::string::npos && (colon == std::string::npos || dash < colon)) {
      std::uintptr_t from = 0;
      const char* end = line.data() + dash;
      if (std::from_chars(line.data(), end, from, 16).ptr == end) {
        ours = from == start;
        continue;
      }
    }
    if (!ours || !line.starts_with("FilePmdMapped:")) continue;
    std::uint64_t kilobytes = 0;
    std::size_t at = line.find_first_of("0123456789");
    if (at == std::string::npos) return 0;
    std::from_chars(line.data() + at, line.data() + line.size(), kilobytes);
    return kilobytes * 1024;
  }
  return 0;
}

std::uint64_t HugePageMappedBytes(const void* start) {
  std::ifstream smaps("/proc/self/smaps");
  if (!smaps) return 0;
  return HugePageMappedBytesIn(smaps, reinterpret_cast<std::uintptr_t>(start));
}

Result<std::unique_ptr<MappedFile>> MappedFile::Open(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::NotFound(path + ": cannot open (" + std::strerror(errno) + ")");
  struct stat info {};
  if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    close(fd);
    return Status::InvalidArgument(path + ": not a regular file");
  }
  std::unique_ptr<MappedFile> file(new MappedFile());
  file->size_ = static_cast<std::size_t>(info.st_size);
  if (file->size_ > 0) {
    void* data = mmap(nullptr, file->size_, PROT_READ, MAP_PRIVATE, fd, 0);
    if (data == MAP_FAILED) {
      close(fd);
      return Status::IoError(path + ": cannot map (" + std::strerror(errno) + ")");
    }
    madvise(data, file->size_, MADV_SEQUENTIAL);
    file->data_ = static_cast<const char*>(data);
  }
  close(fd);
  return file;
}

MappedFile::~MappedFile() {
  if (data_) munmap(const_cast<char*>(data_), size_);
}

void MappedFile::Release(std::size_t offset) {
  static const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  std::size_t end = std::min(offset, size_) / page * page;
  if (end <= released_) return;
  madvise(const_cast<char*>(data_) + released_, end - released_, MADV_DONTNEED);
  released_ = end;
}

}  // namespace cordon::base
