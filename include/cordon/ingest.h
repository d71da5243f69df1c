// Reading published lists into Entities.
//
// LoadLists() takes a file or a directory and returns one LoadedList per published list found:
// a file is one list (".gz" is read transparently); a directory holding list files is one list
// in its original file names (e.g. the OFAC CSV trio sdn.csv + alt.csv + add.csv); a directory
// holding only sub-directories is searched recursively ("<dataset>/<version>/" layout).
//
// The format is detected from content unless LoadOptions::format says otherwise. The dataset name
// comes from the format when that is unambiguous, else from a "<dataset>/<version>/" directory
// name, else from the file's stem; LoadOptions::dataset overrides all of these.
//
// Errors: a malformed file gives a kParseError naming file, line (or byte offset) and reason. With
// LoadOptions::lenient, bad records are skipped and counted instead, and the load goes on.
// Problems that are never fatal (orphan alias rows, clashing ids) are reported as warnings.
//
//   cordon::LoadOptions options;
//   auto lists = cordon::LoadLists("../shared/data/lists/us_ofac_sdn/2022-01-31", options);
//   if (!lists) return lists.error();
//   for (const cordon::Entity& e : (*lists)[0].entities) ...
#ifndef CORDON_INGEST_H_
#define CORDON_INGEST_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cordon/entity.h"
#include "cordon/result.h"

namespace cordon {

enum class ListFormat : std::uint8_t {
  kAuto,
  kOfacXml,     // OFAC sdnList XML (sdn.xml, consolidated.xml)
  kOfacCsv,     // OFAC CSV set: sdn.csv/alt.csv/add.csv, or cons_prim/alt/add/comments.csv
  kUnScXml,     // UN Security Council Consolidated List XML
  kEuFsfXml,    // EU Financial Sanctions Files XML
  kUkHmtCsv,    // UK HM Treasury / OFSI consolidated list CSV (ConList.csv)
  kFtmJson,     // FollowTheMoney JSON lines (entities.ftm.json)
  kCordonCsv,   // Cordon's own simple CSV for user and national lists (docs/formats.md)
  kUsTradeCsl,  // US trade.gov Consolidated Screening List CSV
  kCaSemaXml,   // Canada Special Economic Measures consolidated XML
};

// Short names used on the command line: "auto", "ofac-xml", "ofac-csv", "un-xml", "eu-xml",
// "uk-csv", "ftm", "csv", "csl", "sema-xml".
std::string_view ListFormatName(ListFormat format);
std::optional<ListFormat> ParseListFormat(std::string_view name);
// Every format but kAuto, in a stable order.
std::vector<ListFormat> AllListFormats();

struct LoadOptions {
  ListFormat format = ListFormat::kAuto;
  std::string dataset;                    // overrides the detected dataset name when not empty
  bool lenient = false;                   // skip and count bad records instead of failing
  std::size_t max_field_bytes = 1 << 20;  // a longer field is a bad record
  std::size_t max_file_bytes = std::size_t{4} << 30;  // a larger (decompressed) file is refused
  // A large Cordon CSV or FollowTheMoney file is parsed in pieces on several threads: up to
  // `threads` pieces (0 = all cores), of at least `piece_bytes` each. The result is the same,
  // entity for entity and warning for warning, as parsing it in one piece.
  unsigned threads = 0;
  std::size_t piece_bytes = std::size_t{4} << 20;
};

struct ListWarning {
  std::string source;      // file path
  std::uint64_t line = 0;  // 0 when not tied to a line
  std::string message;
  std::string ToString() const;  // "alt.csv:12: alias row for ent_num 99 has no primary record"
};

struct LoadedList {
  std::string dataset;  // dataset of the list (entities may carry their own, as FtM does)
  ListFormat format = ListFormat::kAuto;
  std::string path;                   // the file or directory given
  std::string version;                // "<version>" directory name when laid out so, else empty
  std::string published;              // publication date from the file itself (ISO), else empty
  std::vector<Entity> entities;       // screenable and relationship entities, in file order
  std::vector<ListWarning> warnings;  // reported problems that did not stop the load
  std::size_t skipped_records = 0;    // records skipped (lenient mode, orphans, clashes)
  std::uint64_t bytes = 0;            // bytes parsed (after decompression)
};

// Loads every list at `path` (file or directory, see above).
Result<std::vector<LoadedList>> LoadLists(const std::string& path, const LoadOptions& options);

// Parses one list from bytes already in memory. `source` names it in messages and is used
// for dataset detection like a path. Used by tests, fuzzers and the Python bindings.
Result<LoadedList> ParseListBytes(std::string_view bytes, const std::string& source,
                                  const LoadOptions& options);

}  // namespace cordon

#endif  // CORDON_INGEST_H_
