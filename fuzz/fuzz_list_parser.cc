// Fuzzes one list parser (CORDON_FUZZ_FORMAT names it): any bytes must give either entities or a
// clean error, never a crash, hang or sanitizer report. Checks the parser's invariants too:
// every stored entity has an id "<dataset>:<list_id>" and, when screenable, a name; and the
// input parsed in pieces of a few bytes on several threads (LoadOptions::piece_bytes) gives
// the same list, or the same error, as parsed in one piece.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "cordon/ingest.h"

namespace {

bool SameNames(const cordon::Entity& a, const cordon::Entity& b) {
  if (a.names.size() != b.names.size()) return false;
  for (std::size_t n = 0; n < a.names.size(); ++n) {
    if (a.names[n].full != b.names[n].full || a.names[n].kind != b.names[n].kind) return false;
  }
  return true;
}

bool SameList(const cordon::Result<cordon::LoadedList>& a,
              const cordon::Result<cordon::LoadedList>& b) {
  if (a.has_value() != b.has_value()) return false;
  if (!a) return a.error().ToString() == b.error().ToString();
  if (a->entities.size() != b->entities.size() || a->warnings.size() != b->warnings.size() ||
      a->skipped_records != b->skipped_records) {
    return false;
  }
  for (std::size_t e = 0; e < a->entities.size(); ++e) {
    if (a->entities[e].id != b->entities[e].id || !SameNames(a->entities[e], b->entities[e])) {
      return false;
    }
  }
  for (std::size_t w = 0; w < a->warnings.size(); ++w) {
    if (a->warnings[w].ToString() != b->warnings[w].ToString()) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  cordon::LoadOptions options;
  options.format = *cordon::ParseListFormat(CORDON_FUZZ_FORMAT);
  options.max_file_bytes = 1 << 20;
  options.threads = 1;
  cordon::LoadOptions pieces = options;
  pieces.threads = 3;
  pieces.piece_bytes = 16;
  for (bool lenient : {false, true}) {
    options.lenient = lenient;
    pieces.lenient = lenient;
    auto list = cordon::ParseListBytes(bytes, "fuzz-input", options);
    if (!SameList(list, cordon::ParseListBytes(bytes, "fuzz-input", pieces))) std::abort();
    if (!list) continue;
    for (const cordon::Entity& entity : list->entities) {
      if (entity.id != entity.dataset + ":" + entity.list_id) std::abort();
      if (cordon::IsScreenable(entity.schema) && entity.names.empty()) std::abort();
    }
  }
  return 0;
}
