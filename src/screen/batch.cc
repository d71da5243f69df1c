#include "cordon/batch.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

#include <simdjson.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/file.h"
#include "base/latency.h"
#include "base/strings.h"
#include "ingest/csv_reader.h"

namespace cordon {
namespace {

Status FieldError(const std::string& source, std::uint64_t line, std::string_view reason) {
  return Status::InvalidArgument(source + ":" + std::to_string(line) + ": " + std::string(reason));
}

Status FillQuery(const std::string& source, std::uint64_t line, std::string_view schema,
                 BatchRecord* record) {
  if (record->id.empty()) return FieldError(source, line, "field 'id' is missing or empty");
  if (base::Trim(record->query.name).empty()) {
    return FieldError(source, line, "field 'name' is missing or empty");
  }
  if (!base::Trim(schema).empty()) {
    record->query.schema = ParseSchema(schema);
    if (!record->query.schema) {
      return FieldError(source, line,
                        "field 'schema': unknown schema '" + base::Excerpt(schema) + "'");
    }
  }
  if (!record->query.birth_date.empty() && !ParsePartialDate(record->query.birth_date)) {
    return FieldError(
        source, line,
        "field 'birth_date': not a date: '" + base::Excerpt(record->query.birth_date) + "'");
  }
  return Status::Ok();
}

Status ReadCsv(std::string_view data, const std::string& source,
               const std::function<Status(BatchRecord&&)>& sink) {
  ingest::CsvReader reader(data, source);
  std::vector<std::string_view> row;
  if (!reader.Next(&row)) {
    return reader.status().ok() ? Status::InvalidArgument(source + ": empty input")
                                : reader.status();
  }
  ingest::CsvHeader header(row);
  if (header.Find("id") < 0 || header.Find("name") < 0) {
    return FieldError(source, 1, "the CSV header must name the columns 'id' and 'name'");
  }
  while (reader.Next(&row)) {
    BatchRecord record;
    record.line = reader.line();
    record.id = std::string(header.Get(row, "id"));
    record.query.name = std::string(header.Get(row, "name"));
    record.query.birth_date = std::string(header.Get(row, "birth_date"));
    record.query.country = std::string(header.Get(row, "country"));
    record.query.id_number = std::string(header.Get(row, "id_number"));
    CORDON_RETURN_IF_ERROR(FillQuery(source, record.line, header.Get(row, "schema"), &record));
    record.end_offset = reader.offset();
    CORDON_RETURN_IF_ERROR(sink(std::move(record)));
  }
  return reader.status();
}

Status ReadJsonLines(std::string_view data, const std::string& source,
                     const std::function<Status(BatchRecord&&)>& sink) {
  simdjson::dom::parser parser;
  std::uint64_t line_number = 0;
  std::size_t start = 0;
  while (start < data.size()) {
    std::size_t end = data.find('\n', start);
    if (end == std::string_view::npos) end = data.size();
    std::string_view line = base::Trim(data.substr(start, end - start));
    start = end + 1;
    ++line_number;
    if (line.empty()) continue;
    simdjson::dom::element doc;
    auto error = parser.parse(line.data(), line.size()).get(doc);
    if (error) {
      return FieldError(source, line_number,
                        std::string("invalid JSON: ") + simdjson::error_message(error));
    }
    simdjson::dom::object object;
    if (doc.get_object().get(object)) {
      return FieldError(source, line_number, "a record must be a JSON object");
    }
    BatchRecord record;
    record.line = line_number;
    std::string schema;
    for (auto field : object) {
      std::string_view key = field.key;
      std::string value;
      if (field.value.is_string()) {
        value = std::string(std::string_view(field.value.get_string().value_unsafe()));
      } else if (field.value.is_int64() || field.value.is_uint64()) {
        value = simdjson::minify(field.value);
      } else if (field.value.is_null()) {
        continue;
      } else {
        if (key == "id" || key == "name" || key == "schema" || key == "birth_date" ||
            key == "country" || key == "id_number") {
          return FieldError(source, line_number,
                            "field '" + std::string(key) + "' must be a string");
        }
        continue;
      }
      if (key == "id") record.id = value;
      if (key == "name") record.query.name = value;
      if (key == "schema") schema = value;
      if (key == "birth_date") record.query.birth_date = value;
      if (key == "country") record.query.country = value;
      if (key == "id_number") record.query.id_number = value;
    }
    CORDON_RETURN_IF_ERROR(FillQuery(source, line_number, schema, &record));
    record.end_offset = std::min(start, data.size());
    CORDON_RETURN_IF_ERROR(sink(std::move(record)));
  }
  return Status::Ok();
}

}  // namespace

Status ReadBatchRecords(std::string_view data, const std::string& source,
                        const std::function<Status(BatchRecord&&)>& sink) {
  std::string_view head = base::Trim(data.substr(0, 64));
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  if (head.starts_with("{")) return ReadJsonLines(data, source, sink);
  return ReadCsv(data, source, sink);
}

Status ReadComparePairs(std::string_view data, const std::string& source,
                        const std::function<Status(const ComparePair&)>& sink) {
  ingest::CsvReader reader(data, source);
  std::vector<std::string_view> row;
  if (!reader.Next(&row)) {
    return reader.status().ok() ? Status::InvalidArgument(source + ": empty input")
                                : reader.status();
  }
  ingest::CsvHeader header(row);
  for (const char* column : {"id", "name1", "name2"}) {
    if (header.Find(column) < 0) {
      return FieldError(source, 1,
                        std::string("the CSV header must name the column '") + column + "'");
    }
  }
  while (reader.Next(&row)) {
    ComparePair pair;
    pair.line = reader.line();
    pair.id = std::string(header.Get(row, "id"));
    BatchRecord first{pair.id, {}, pair.line};
    first.query.name = std::string(header.Get(row, "name1"));
    first.query.birth_date = std::string(header.Get(row, "birth_date1"));
    first.query.country = std::string(header.Get(row, "country1"));
    BatchRecord second{pair.id, {}, pair.line};
    second.query.name = std::string(header.Get(row, "name2"));
    second.query.birth_date = std::string(header.Get(row, "birth_date2"));
    second.query.country = std::string(header.Get(row, "country2"));
    std::string_view schema = header.Get(row, "schema");
    CORDON_RETURN_IF_ERROR(FillQuery(source, pair.line, schema, &first));
    CORDON_RETURN_IF_ERROR(FillQuery(source, pair.line, schema, &second));
    pair.first = std::move(first.query);
    pair.second = std::move(second.query);
    CORDON_RETURN_IF_ERROR(sink(pair));
  }
  return reader.status();
}

namespace {
// The bytes a JSON string holds as they are: printable ASCII but the quote and the backslash.
constexpr std::array<bool, 256> kPlainJson = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x7F; ++c) plain[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
  return plain;
}();

// The end of the run of characters from `pos` that JSON takes as they are: ASCII other than
// control characters (and DEL), '"' and '\\'. Sixteen at a time where the SSE2 registers
// allow (one signed comparison finds both control characters and bytes of 0x80 and above).
std::size_t PlainRunEnd(std::string_view text, std::size_t pos) {
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(0x20);
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i del = _mm_set1_epi8(0x7F);
  while (pos + 16 <= text.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    const __m128i special =
        _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(v, space), _mm_cmpeq_epi8(v, del)),
                     _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(special));
    if (mask != 0) return pos + static_cast<std::size_t>(__builtin_ctz(mask));
    pos += 16;
  }
#endif
  while (pos < text.size() && kPlainJson[static_cast<unsigned char>(text[pos])]) ++pos;
  return pos;
}
}  // namespace

void AppendJsonString(std::string* out, std::string_view text) {
  out->reserve(out->size() + text.size() + 2);
  out->push_back('"');
  std::size_t pos = 0;
  while (pos < text.size()) {
    // A run of characters that need no escape is appended at once.
    std::size_t run = PlainRunEnd(text, pos);
    out->append(text.substr(pos, run - pos));
    pos = run;
    if (pos == text.size()) break;
    const char c = text[pos];
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) {
      std::size_t length = base::Utf8SequenceLength(text, pos);
      if (length == 0) {
        out->append("\xEF\xBF\xBD");  // U+FFFD REPLACEMENT CHARACTER
        ++pos;
      } else {
        out->append(text.substr(pos, length));
        pos += length;
      }
      continue;
    }
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      case '\b':
        out->append("\\b");
        break;
      case '\f':
        out->append("\\f");
        break;
      default: {
        char buffer[8];
        std::snprintf(buffer, sizeof(buffer), "\\u%04x", static_cast<unsigned>(u));
        out->append(buffer);
      }
    }
    ++pos;
  }
  out->push_back('"');
}

std::string JsonString(std::string_view text) {
  std::string out;
  AppendJsonString(&out, text);
  return out;
}

std::string HitsToJsonLine(const std::string& id, const std::vector<Hit>& hits) {
  std::string out;
  AppendHitsJsonLine(id, hits, &out);
  return out;
}

void AppendHitsJsonLine(const std::string& id, const std::vector<Hit>& hits, std::string* line) {
  std::string& out = *line;
  out.reserve(out.size() + 64 + 512 * hits.size());
  out.append("{\"id\": ");
  AppendJsonString(&out, id);
  out.append(", \"hits\": [");
  for (std::size_t h = 0; h < hits.size(); ++h) {
    const Hit& hit = hits[h];
    if (h) out.append(", ");
    out.append("{\"entity_id\": ");
    AppendJsonString(&out, hit.entity_id);
    out.append(", \"score\": ");
    base::AppendFixed(hit.score, 4, &out);
    out.append(", \"match\": ").append(hit.match ? "true" : "false");
    out.append(", \"schema\": ");
    AppendJsonString(&out, SchemaName(hit.schema));
    out.append(", \"caption\": ");
    AppendJsonString(&out, hit.caption);
    out.append(", \"matched_name\": ");
    AppendJsonString(&out, hit.matched_name);
    out.append(", \"datasets\": [");
    for (std::size_t d = 0; d < hit.datasets.size(); ++d) {
      if (d) out.append(", ");
      AppendJsonString(&out, hit.datasets[d]);
    }
    out.append("], \"explanation\": [");
    for (std::size_t f = 0; f < hit.explanation.size(); ++f) {
      const Feature& feature = hit.explanation[f];
      if (f) out.append(", ");
      out.append("{\"feature\": ");
      AppendJsonString(&out, feature.feature);
      out.append(", \"score\": ");
      base::AppendFixed(feature.score, 4, &out);
      out.append(", \"detail\": ");
      AppendJsonString(&out, feature.detail);
      out.append("}");
    }
    out.append("]}");
  }
  out.append("]}");
}

namespace {

double Seconds(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Screens chunks of records on a fixed set of threads; the calling thread reads the next
// records and writes results, in input order, between chunks.
class ParallelScreener {
 public:
  ParallelScreener(const Screener& screener, const ScreenOptions& options, unsigned threads)
      : screener_(screener),
        options_(options),
        threads_(threads),
        histograms_(threads),
        hits_(threads) {}

  // Screens `records` into `lines` (one JSON line each); returns how many had hits. The lines
  // and each worker's hits are written over from one chunk to the next, keeping their memory.
  std::size_t Run(const std::vector<BatchRecord>& records, std::vector<std::string>* lines) {
    lines->resize(records.size());
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> with_hits{0};
    auto work = [&](unsigned worker) {
      base::LatencyHistogram& histogram = histograms_[worker];
      std::vector<Hit>& hits = hits_[worker];
      std::size_t local_hits = 0;
      for (std::size_t i = next.fetch_add(1); i < records.size(); i = next.fetch_add(1)) {
        auto start = std::chrono::steady_clock::now();
        screener_.Screen(records[i].query, options_, &hits);
        histogram.Record(
            static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                           std::chrono::steady_clock::now() - start)
                                           .count()));
        if (!hits.empty()) ++local_hits;
        std::string& line = (*lines)[i];
        line.clear();
        AppendHitsJsonLine(records[i].id, hits, &line);
      }
      with_hits += local_hits;
    };
    unsigned workers =
        std::max(1U, std::min<unsigned>(threads_, static_cast<unsigned>(records.size())));
    std::vector<std::thread> pool;
    for (unsigned w = 1; w < workers; ++w) pool.emplace_back(work, w);
    work(0);
    for (std::thread& thread : pool) thread.join();
    return with_hits.load();
  }

  base::LatencyHistogram Latencies() const {
    base::LatencyHistogram all;
    for (const base::LatencyHistogram& histogram : histograms_) all.Merge(histogram);
    return all;
  }

 private:
  const Screener& screener_;
  const ScreenOptions& options_;
  unsigned threads_;
  std::vector<base::LatencyHistogram> histograms_;
  std::vector<std::vector<Hit>> hits_;  // per worker
};

Result<BatchStats> RunBatch(const Screener& screener, std::string_view data,
                            const std::string& source, const ScreenOptions& options,
                            std::ostream& out, const BatchOptions& batch,
                            base::MappedFile* mapped) {
  unsigned threads = batch.threads;
  if (threads == 0) threads = std::max(1U, std::thread::hardware_concurrency());
  screener.Prepare(threads);  // set-up, like the index: not part of the screening time
  auto start = std::chrono::steady_clock::now();
  // The JSON lines need no Hit::entity: none is decoded and kept for them.
  ScreenOptions line_options = options;
  line_options.entities = false;
  ParallelScreener parallel(screener, line_options, threads);
  const std::size_t chunk = std::max<std::size_t>(batch.chunk, 1);
  BatchStats stats;
  stats.threads = threads;
  std::vector<BatchRecord> records;
  std::vector<std::string> lines;
  std::size_t consumed = 0;
  auto flush = [&]() -> Status {
    if (records.empty()) return Status::Ok();
    stats.records_with_hits += parallel.Run(records, &lines);
    stats.records += records.size();
    consumed = records.back().end_offset;
    for (const std::string& line : lines) out << line << '\n';
    if (!out) return Status::IoError("writing the output failed");
    records.clear();
    if (mapped) mapped->Release(consumed);
    if (batch.progress) {
      batch.progress(BatchProgress{stats.records, consumed, data.size(), Seconds(start)});
    }
    return Status::Ok();
  };
  records.reserve(chunk);
  Status status = ReadBatchRecords(data, source, [&](BatchRecord&& record) {
    records.push_back(std::move(record));
    return records.size() >= chunk ? flush() : Status::Ok();
  });
  // Records read before a bad one are still screened and written.
  Status last = flush();
  if (!status.ok()) return status;
  if (!last.ok()) return last;
  out.flush();
  stats.seconds = Seconds(start);
  stats.queries_per_second =
      stats.seconds > 0 ? static_cast<double>(stats.records) / stats.seconds : 0;
  base::LatencyHistogram latencies = parallel.Latencies();
  stats.latency_p50_us = static_cast<double>(latencies.Percentile(0.50)) / 1000.0;
  stats.latency_p95_us = static_cast<double>(latencies.Percentile(0.95)) / 1000.0;
  stats.latency_p99_us = static_cast<double>(latencies.Percentile(0.99)) / 1000.0;
  return stats;
}

}  // namespace

Result<BatchStats> ScreenBatch(const Screener& screener, std::string_view data,
                               const std::string& source, const ScreenOptions& options,
                               std::ostream& out, const BatchOptions& batch) {
  return RunBatch(screener, data, source, options, out, batch, nullptr);
}

Result<BatchStats> ScreenBatchFile(const Screener& screener, const std::string& path,
                                   const ScreenOptions& options, std::ostream& out,
                                   const BatchOptions& batch) {
  CORDON_ASSIGN_OR_RETURN(std::unique_ptr<base::MappedFile> file, base::MappedFile::Open(path));
  return RunBatch(screener, file->data(), path, options, out, batch, file.get());
}

}  // namespace cordon
