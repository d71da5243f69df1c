#include "index/snapshot_file.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <new>
#include <sys/mman.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <xxhash.h>

#include "base/file.h"

namespace cordon::index {
namespace {

// An XXH3-64 state, reset: the checksum is taken over pieces, as the file is written or read.
using HashState = std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)>;
HashState NewHashState() {
  HashState state(XXH3_createState(), &XXH3_freeState);
  if (!state) throw std::bad_alloc();
  XXH3_64bits_reset(state.get());
  return state;
}

static_assert(std::endian::native == std::endian::little,
              "snapshots are little-endian; a big-endian reader would need byte swapping");

constexpr std::size_t kHeaderSize = 64;
constexpr std::size_t kEntrySize = 24;
constexpr std::size_t kAlignment = 64;

struct FileHeader {
  char magic[8];
  std::uint32_t version;
  std::uint32_t section_count;
  std::uint64_t file_size;
  std::uint64_t checksum;
  std::uint64_t created_unix;
  std::uint8_t reserved[24];
};
static_assert(sizeof(FileHeader) == kHeaderSize);

struct SectionEntry {
  std::uint32_t id;
  std::uint32_t reserved;
  std::uint64_t offset;
  std::uint64_t size;
};
static_assert(sizeof(SectionEntry) == kEntrySize);

std::size_t AlignUp(std::size_t value) {
  return (value + kAlignment - 1) / kAlignment * kAlignment;
}

}  // namespace

void SnapshotWriter::Add(std::uint32_t id, std::string bytes) {
  sections_.emplace_back(id, std::move(bytes));
}

void SnapshotWriter::Append(SnapshotWriter&& other) {
  for (auto& section : other.sections_) sections_.push_back(std::move(section));
  other.sections_.clear();
}

std::vector<std::string_view> SnapshotWriter::Pieces(std::uint64_t created_unix,
                                                     std::string* head) const {
  std::vector<std::uint64_t> offsets;
  std::uint64_t size = AlignUp(kHeaderSize + kEntrySize * sections_.size());
  for (const auto& section : sections_) {
    offsets.push_back(size);
    size = AlignUp(size + section.second.size());
  }
  // The header and the section table, then each section followed by the zeros that align the
  // next; the checksum is of every byte after the header.
  head->assign(offsets.empty() ? size : offsets[0], '\0');
  for (std::size_t i = 0; i < sections_.size(); ++i) {
    const SectionEntry entry{sections_[i].first, 0, offsets[i], sections_[i].second.size()};
    std::memcpy(head->data() + kHeaderSize + kEntrySize * i, &entry, sizeof(entry));
  }
  static constexpr char kZeros[kAlignment] = {};
  std::vector<std::string_view> pieces{std::string_view(*head).substr(kHeaderSize)};
  for (std::size_t i = 0; i < sections_.size(); ++i) {
    pieces.push_back(sections_[i].second);
    const std::uint64_t end = offsets[i] + sections_[i].second.size();
    pieces.emplace_back(kZeros, (i + 1 < offsets.size() ? offsets[i + 1] : size) - end);
  }
  const HashState state = NewHashState();
  for (std::string_view piece : pieces) XXH3_64bits_update(state.get(), piece.data(), piece.size());
  FileHeader header{};
  std::memcpy(header.magic, kSnapshotMagic, sizeof(header.magic));
  header.version = kSnapshotVersion;
  header.section_count = static_cast<std::uint32_t>(sections_.size());
  header.file_size = size;
  header.created_unix = created_unix;
  header.checksum = XXH3_64bits_digest(state.get());
  std::memcpy(head->data(), &header, sizeof(header));
  pieces.front() = *head;
  return pieces;
}

std::string SnapshotWriter::Finish(std::uint64_t created_unix) const {
  std::string head;
  const std::vector<std::string_view> pieces = Pieces(created_unix, &head);
  std::size_t size = 0;
  for (std::string_view piece : pieces) size += piece.size();
  std::string image;
  image.reserve(size);
  for (std::string_view piece : pieces) image.append(piece);
  return image;
}

Status SnapshotWriter::WriteFile(const std::string& path, std::uint64_t created_unix) const {
  std::string head;
  return base::WriteFilePieces(path, Pieces(created_unix, &head));
}

SnapshotImage::~SnapshotImage() {
  if (mapped_ && data_) munmap(const_cast<char*>(data_), size_);
}

Result<std::shared_ptr<const SnapshotImage>> SnapshotImage::Map(const std::string& path,
                                                                const SectionCheck& check) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return Status::NotFound(path + ": cannot open snapshot: " + std::strerror(errno));
  }
  struct stat info {};
  if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    close(fd);
    return Status::InvalidArgument(path + ": not a regular file");
  }
  std::shared_ptr<SnapshotImage> image(new SnapshotImage());
  image->source_ = path;
  image->size_ = static_cast<std::size_t>(info.st_size);
  if (image->size_ > 0) {
    void* data = mmap(nullptr, image->size_, PROT_READ, MAP_PRIVATE, fd, 0);
    if (data == MAP_FAILED) {
      close(fd);
      return Status::IoError(path + ": cannot map snapshot: " + std::strerror(errno));
    }
    // 2 MiB pages where the kernel and file system can give them (Linux 6.16 or later on
    // ext4, for one). Asked for before the file is read in: a file not in the page cache is
    // then read into folios of 2 MiB, which this and every later mapping of it map whole.
    // In 4 KiB pages, the first touch of each page of a million-name snapshot took three
    // times the rest of its load in a virtual machine, and the screening missed the TLB more.
    // Both are hints: where the kernel refuses them, the checksum below reads the pages in.
    madvise(data, image->size_, MADV_HUGEPAGE);
#ifdef MADV_POPULATE_READ
    madvise(data, image->size_, MADV_POPULATE_READ);
#endif
    image->data_ = static_cast<const char*>(data);
    image->mapped_ = true;
  }
  close(fd);
  CORDON_RETURN_IF_ERROR(image->ValidateLayout());
  // The checksum is a pass over the whole file, and so are most of the reader's checks: for
  // a large file they run at once, the checksum on a helper thread. The reader's checks are
  // safe on any bytes (its fuzz target feeds them altered files), so they need not wait for
  // the checksum; a mismatch is the error reported, whatever they found.
  constexpr std::size_t kParallelFrom = std::size_t{64} << 20;
  std::shared_ptr<const SnapshotImage> shared = std::move(image);
  Status checked = Status::Ok();
  std::uint64_t checksum = 0;
  if (check && shared->size_ >= kParallelFrom) {
    std::atomic<std::size_t> hashed{0};
    std::jthread hasher([&] { checksum = shared->Checksum(&hashed); });
    checked = check(shared);
    // Then the pages the checksum has not reached yet are read in from the end back, until
    // the two meet: in 4 KiB pages, the first touch of each is most of the load (above).
    shared->TouchBackTo(hashed);
    hasher.join();
  } else {
    checksum = shared->Checksum();
    if (check && checksum == shared->expected_checksum_) checked = check(shared);
  }
  CORDON_RETURN_IF_ERROR(shared->CompareChecksum(checksum));
  CORDON_RETURN_IF_ERROR(checked);
  return shared;
}

std::uint64_t SnapshotImage::HugePageBytes() const {
  return mapped_ ? base::HugePageMappedBytes(data_) : 0;
}

// XXH3 of every byte after the header, in pieces; with `hashed`, saying after each how far it
// has read.
std::uint64_t SnapshotImage::Checksum(std::atomic<std::size_t>* hashed) const {
  constexpr std::size_t kPiece = std::size_t{4} << 20;
  const HashState state = NewHashState();
  for (std::size_t at = kHeaderSize; at < size_; at += kPiece) {
    XXH3_64bits_update(state.get(), data_ + at, std::min(kPiece, size_ - at));
    if (hashed != nullptr) hashed->store(std::min(at + kPiece, size_), std::memory_order_relaxed);
  }
  return XXH3_64bits_digest(state.get());
}

void SnapshotImage::TouchBackTo(const std::atomic<std::size_t>& hashed) const {
  constexpr std::size_t kPage = 4096;
  unsigned char sum = 0;
  for (std::size_t at = size_ & ~(kPage - 1); at >= kPage;) {
    at -= kPage;
    if (at < hashed.load(std::memory_order_relaxed)) break;
    sum ^= *static_cast<const volatile unsigned char*>(static_cast<const void*>(data_ + at));
  }
  static_cast<void>(sum);
}

Status SnapshotImage::CompareChecksum(std::uint64_t checksum) const {
  if (checksum == expected_checksum_) return Status::Ok();
  return Status::CorruptSnapshot(source_ +
                                 ": snapshot checksum mismatch: the file is corrupt; rebuild "
                                 "it with `cordon index build`");
}

Result<std::shared_ptr<const SnapshotImage>> SnapshotImage::FromBytes(std::string bytes,
                                                                      std::string source) {
  std::shared_ptr<SnapshotImage> image(new SnapshotImage());
  image->owned_ = std::move(bytes);
  image->data_ = image->owned_.data();
  image->size_ = image->owned_.size();
  image->source_ = std::move(source);
  CORDON_RETURN_IF_ERROR(image->ValidateLayout());
  CORDON_RETURN_IF_ERROR(image->CompareChecksum(image->Checksum()));
  return std::shared_ptr<const SnapshotImage>(std::move(image));
}

Status SnapshotImage::ValidateLayout() {
  const std::string& where = source_;
  if (size_ < kHeaderSize || std::memcmp(data_, kSnapshotMagic, sizeof(kSnapshotMagic)) != 0) {
    return Status::CorruptSnapshot(where +
                                   ": not a Cordon index snapshot (build one with "
                                   "`cordon index build --list FILE -o FILE`)");
  }
  FileHeader header{};
  std::memcpy(&header, data_, sizeof(header));
  if (header.version != kSnapshotVersion) {
    return Status::CorruptSnapshot(where + ": snapshot format version " +
                                   std::to_string(header.version) + ", this build reads version " +
                                   std::to_string(kSnapshotVersion) +
                                   ": rebuild it with `cordon index build`");
  }
  if (header.file_size != size_) {
    return Status::CorruptSnapshot(where + ": snapshot is " + std::to_string(size_) +
                                   " bytes but its header says " +
                                   std::to_string(header.file_size) + ": truncated or damaged");
  }
  if (kHeaderSize + kEntrySize * std::uint64_t{header.section_count} > size_) {
    return Status::CorruptSnapshot(where + ": snapshot section table is damaged");
  }
  expected_checksum_ = header.checksum;
  created_unix_ = header.created_unix;
  sections_.clear();
  for (std::uint32_t i = 0; i < header.section_count; ++i) {
    SectionEntry entry{};
    std::memcpy(&entry, data_ + kHeaderSize + kEntrySize * i, sizeof(entry));
    if (entry.offset % kAlignment != 0 || entry.offset > size_ ||
        entry.size > size_ - entry.offset) {
      // The table is checksummed (the header is not): a damaged file says so first.
      CORDON_RETURN_IF_ERROR(CompareChecksum(Checksum()));
      return Status::CorruptSnapshot(where + ": snapshot section " + std::to_string(entry.id) +
                                     " lies outside the file");
    }
    sections_.push_back(Entry{entry.id, entry.offset, entry.size});
  }
  return Status::Ok();
}

std::span<const std::byte> SnapshotImage::Section(std::uint32_t id) const {
  for (const Entry& entry : sections_) {
    if (entry.id == id) {
      return {reinterpret_cast<const std::byte*>(data_ + entry.offset), entry.size};
    }
  }
  return {};
}

bool SnapshotImage::HasSection(std::uint32_t id) const {
  return std::any_of(sections_.begin(), sections_.end(),
                     [id](const Entry& entry) { return entry.id == id; });
}

}  // namespace cordon::index
