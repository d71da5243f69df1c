// Fuzzes the snapshot reader. The checksum would turn away nearly every mutation before the
// structure is read, so the harness first makes the header's size and checksum agree with the
// bytes: what is fuzzed is the section table, the index's consistency checks, entity decoding
// (whole, and in place for hits) and screening over whatever passes them. Nothing may crash or
// read out of bounds.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <xxhash.h>

#include "cordon/screen.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (bytes.size() >= 64) {
    std::uint64_t file_size = bytes.size();
    std::memcpy(bytes.data() + 16, &file_size, sizeof(file_size));
    std::uint64_t checksum = XXH3_64bits(bytes.data() + 64, bytes.size() - 64);
    std::memcpy(bytes.data() + 24, &checksum, sizeof(checksum));
  }
  auto screener = cordon::Screener::FromSnapshotBytes(std::move(bytes), "fuzz");
  if (!screener) return 0;
  const cordon::Screener& s = **screener;
  for (std::size_t e = 0; e < s.entity_count() && e < 64; ++e) {
    const cordon::Entity& entity = s.EntityAt(e);
    (void)s.FindEntity(entity.id);
  }
  for (const char* name : {"Mohammed Omar", "Taliban", "BLA", "a b c d", "x"}) {
    cordon::Query query;
    query.name = name;
    query.id_number = "AB123456";
    query.birth_date = "1960";
    cordon::ScreenOptions options;
    options.threshold = 0;
    (void)s.Screen(query, options);
    // Without evidence or Hit::entity, the hits' fields are read from the entities in place.
    cordon::Query plain;
    plain.name = name;
    options.entities = false;
    (void)s.Screen(plain, options);
  }
  return 0;
}
