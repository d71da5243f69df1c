// Fuzzes one list parser (CORDON_FUZZ_FORMAT names it): any bytes must give either entities or a
// clean error, never a crash, hang or sanitizer report. Checks the parser's invariants too:
// every stored entity has an id "<dataset>:<list_id>" and, when screenable, a name.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "cordon/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cordon::LoadOptions options;
  options.format = *cordon::ParseListFormat(CORDON_FUZZ_FORMAT);
  options.max_file_bytes = 1 << 20;
  for (bool lenient : {false, true}) {
    options.lenient = lenient;
    auto list = cordon::ParseListBytes(std::string_view(reinterpret_cast<const char*>(data), size),
                                       "fuzz-input", options);
    if (!list) continue;
    for (const cordon::Entity& entity : list->entities) {
      if (entity.id != entity.dataset + ":" + entity.list_id) std::abort();
      if (cordon::IsScreenable(entity.schema) && entity.names.empty()) std::abort();
    }
  }
  return 0;
}
