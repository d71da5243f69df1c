// Batch screening: a file of records (CSV with a header, or JSON lines) in, JSON lines out,
// one output line per input record, in input order.
//
// Input columns/keys: `id` and `name` required; `schema`, `birth_date`, `country`, `id_number`
// optional. Output lines: {"id": ..., "hits": [{"entity_id", "score", "match", "schema",
// "caption", "matched_name", "datasets", "explanation": [{"feature", "score", "detail"}]}]}.
// A malformed record stops the batch with an error naming its line (nothing is written for it).
#ifndef CORDON_BATCH_H_
#define CORDON_BATCH_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "cordon/screen.h"
#include "cordon/status.h"

namespace cordon {

struct BatchRecord {
  std::string id;
  Query query;
  std::uint64_t line = 0;
  std::size_t end_offset = 0;  // input bytes consumed once this record was read
};

struct BatchStats {
  std::size_t records = 0;
  std::size_t records_with_hits = 0;
  unsigned threads = 1;
  double seconds = 0;  // wall time of the whole batch (reading, screening, writing)
  double queries_per_second = 0;
  // Time of one Screen() call, in microseconds.
  double latency_p50_us = 0;
  double latency_p95_us = 0;
  double latency_p99_us = 0;
};

struct BatchProgress {
  std::size_t records = 0;
  std::size_t bytes_done = 0;
  std::size_t bytes_total = 0;
  double seconds = 0;
};

struct BatchOptions {
  unsigned threads = 0;  // screening threads; 0 = all cores
  // Records read ahead and screened together. Their output lines are kept in memory until the
  // chunk is written: 1,024 lines of ten explained hits take about 5 MB, reused from chunk to
  // chunk. At 4,096 (20 MB) the first chunk's fresh pages cost the kernel a sixth of a
  // 3,000-query batch in zeroing them.
  std::size_t chunk = 1024;
  // Called on the reading thread after each chunk is written (for a progress bar).
  std::function<void(const BatchProgress&)> progress;
};

// Reads query records from `data` (CSV or JSON lines, told apart by the first character) and
// calls `sink` for each, in order. `source` names the input in messages.
Status ReadBatchRecords(std::string_view data, const std::string& source,
                        const std::function<Status(BatchRecord&&)>& sink);

// A pair of names to compare (`cordon compare --input`): CSV with header id,schema,name1,name2
// and optional birth_date1, birth_date2, country1, country2.
struct ComparePair {
  std::string id;
  Query first;
  Query second;
  std::uint64_t line = 0;
};
Status ReadComparePairs(std::string_view data, const std::string& source,
                        const std::function<Status(const ComparePair&)>& sink);

// One JSON line (without the newline) for a record's hits.
std::string HitsToJsonLine(const std::string& id, const std::vector<Hit>& hits);
// The same, appended to `*out`.
void AppendHitsJsonLine(const std::string& id, const std::vector<Hit>& hits, std::string* out);
// JSON string literal for `text` (quotes included); control characters are escaped and bytes
// that are not valid UTF-8 become U+FFFD, so the output is always valid JSON.
std::string JsonString(std::string_view text);
// The same, appended to `*out`.
void AppendJsonString(std::string* out, std::string_view text);

// Screens every record of `data` and writes JSON lines to `out`.
// Screens every record of `data` (CSV or JSON lines, see ReadBatchRecords) on
// `batch.threads` threads and writes one JSON line per record to `out`, in input order. Records
// are read a chunk at a time, so memory does not grow with the input. A bad record stops the
// batch with an error naming its line; the lines before it have been written.
Result<BatchStats> ScreenBatch(const Screener& screener, std::string_view data,
                               const std::string& source, const ScreenOptions& options,
                               std::ostream& out, const BatchOptions& batch = {});
// The same over a file, mapped and handed back to the system as it is read.
Result<BatchStats> ScreenBatchFile(const Screener& screener, const std::string& path,
                                   const ScreenOptions& options, std::ostream& out,
                                   const BatchOptions& batch = {});

}  // namespace cordon

#endif  // CORDON_BATCH_H_
