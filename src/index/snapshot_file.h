// The snapshot file: a header, a table of sections and the sections themselves, each aligned to
// 64 bytes so that arrays of fixed-size records can be read in place once the file is mapped.
//
//   offset 0   FileHeader (64 bytes): magic "CORDONIX", format version, section count,
//              file size, XXH3-64 checksum of every byte after the header, creation time
//   offset 64  SectionEntry[section_count] (id, offset, size)
//   then       the sections
//
// All integers are little-endian. A file that is not a snapshot, of another version, truncated
// or altered is refused with an error that says which.
#ifndef CORDON_INDEX_SNAPSHOT_FILE_H_
#define CORDON_INDEX_SNAPSHOT_FILE_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cordon/result.h"
#include "cordon/status.h"

namespace cordon::index {

inline constexpr char kSnapshotMagic[8] = {'C', 'O', 'R', 'D', 'O', 'N', 'I', 'X'};
// 2: token suffix keys (an index without them finds fewer candidates, and a rescreen searching a
// customer index without them would miss pairs a forward screening finds).
// 3: Hangul romanised as the lists write Korean names, Korean and Belarusian spelling variants (the
// tokens and canonical forms of such names differ from version 2's).
// 4: token records carry their character signatures (match::CharSignature()).
// 5: Arabic ta marbuta romanised as a final vowel sign (h), not t; names written by sound in
// Han, Hangul or kana also indexed as their respellings; name records flag a vowelless name's
// consonant edges.
// 6: tokens of two or three consonants also keyed by their vowel patterns
// (text::SkeletonPattern()), which names written without short vowels look up; a vowelless
// name record's bit 3 says its first letter is a waw or ya (NameRecord::glide_start());
// skeletons fold gh (text::Skeleton()).
// 7: letters of Urdu, Pashto, Kazakh, Tajik and other languages that ICU does not read written
// as the Arabic or Russian letters of their sounds; "Abd al-" written as one word read as two;
// Persian readings of Arabic names indexed; skeletons fold an initial dj and a ch not at the
// end; the joinable pairs of vowelless names keyed by their consonants (name keys 'J'), and
// written tokens with the article joined also keyed as the rest.
// 8: Latin tokens of one consonant keyed by their vowel patterns; tokens carry their nickname
// families (text::NicknameMask()).
// 9: legal forms spelled out written as their abbreviation (text::JoinLegalFormPhrases(): the
// tokens of "LIMITED LIABILITY COMPANY X" are "llc x"); names also indexed without their parts
// in parentheses, organisations' acronyms there as names, Arabic-script organisations' names
// as translated (text::WithoutParentheses(), ParenthesisedAcronyms(), TranslatedReading()).
// 10: names listed under each pair of common tokens they hold (the two-hit rule's pairs).
// 11: the slots of hashed postings tag their keys (HashPostings): a version 10 slot read so
// would name no key.
inline constexpr std::uint32_t kSnapshotVersion = 11;

// Collects sections, then lays them out as one snapshot image.
class SnapshotWriter {
 public:
  void Add(std::uint32_t id, std::string bytes);
  template <typename T>
  void AddArray(std::uint32_t id, const std::vector<T>& values) {
    std::string bytes(values.size() * sizeof(T), '\0');
    if (!values.empty()) std::memcpy(bytes.data(), values.data(), bytes.size());
    Add(id, std::move(bytes));
  }
  // Adds `other`'s sections after these, in their order.
  void Append(SnapshotWriter&& other);
  // The whole image, checksummed.
  std::string Finish(std::uint64_t created_unix) const;
  // The same image written to `path` (through a temporary file renamed into place), straight
  // from the sections: no copy of it is laid out in memory.
  Status WriteFile(const std::string& path, std::uint64_t created_unix) const;

 private:
  // The image as consecutive pieces, checksummed: the header and section table (their bytes
  // kept in `head`), then each section and the zeros that align the next.
  std::vector<std::string_view> Pieces(std::uint64_t created_unix, std::string* head) const;

  std::vector<std::pair<std::uint32_t, std::string>> sections_;
};

// A snapshot image in memory: mapped from a file or owned. Immutable; shared by readers.
class SnapshotImage {
 public:
  ~SnapshotImage();
  SnapshotImage(const SnapshotImage&) = delete;
  SnapshotImage& operator=(const SnapshotImage&) = delete;

  // The reader's own checks of a snapshot's sections (NameIndex::Open()).
  using SectionCheck = std::function<Status(const std::shared_ptr<const SnapshotImage>&)>;
  // Maps `path` read-only and checks it (magic, version, size, checksum, section bounds), and
  // runs `check` on it, when given, at the same time as the checksum. The checksum's error
  // comes first: a corrupt file fails the reader's checks too, and says less so.
  static Result<std::shared_ptr<const SnapshotImage>> Map(const std::string& path,
                                                          const SectionCheck& check = {});
  // Takes an image built in memory (SnapshotWriter::Finish) and checks it the same way.
  static Result<std::shared_ptr<const SnapshotImage>> FromBytes(std::string bytes,
                                                                std::string source);

  // The section's bytes; empty when absent.
  std::span<const std::byte> Section(std::uint32_t id) const;
  bool HasSection(std::uint32_t id) const;
  template <typename T>
  std::span<const T> Array(std::uint32_t id) const {
    std::span<const std::byte> bytes = Section(id);
    return {reinterpret_cast<const T*>(bytes.data()), bytes.size() / sizeof(T)};
  }
  std::string_view Bytes() const { return {data_, size_}; }
  std::uint64_t created_unix() const { return created_unix_; }
  const std::string& source() const { return source_; }
  bool mapped() const { return mapped_; }
  // How much of a mapped image the kernel maps with 2 MiB pages now (base::HugePageMappedBytes).
  std::uint64_t HugePageBytes() const;

 private:
  SnapshotImage() = default;
  // Magic, version, size and section bounds.
  Status ValidateLayout();
  std::uint64_t Checksum(std::atomic<std::size_t>* hashed = nullptr) const;
  // Reads one byte of each page from the end of the image back to where `hashed` says the
  // checksum has read: the first touch of a page in the page cache maps it.
  void TouchBackTo(const std::atomic<std::size_t>& hashed) const;
  Status CompareChecksum(std::uint64_t checksum) const;

  const char* data_ = nullptr;
  std::size_t size_ = 0;
  bool mapped_ = false;
  std::string owned_;
  std::string source_;
  std::uint64_t created_unix_ = 0;
  std::uint64_t expected_checksum_ = 0;
  struct Entry {
    std::uint32_t id;
    std::uint64_t offset;
    std::uint64_t size;
  };
  std::vector<Entry> sections_;
};

}  // namespace cordon::index

#endif  // CORDON_INDEX_SNAPSHOT_FILE_H_
