// The plumbing every list parser shares: its input, where its entities go, and how bad records
// are reported (fail with file:line in strict mode, skip and count in lenient mode).
#ifndef CORDON_INGEST_PARSE_CONTEXT_H_
#define CORDON_INGEST_PARSE_CONTEXT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "cordon/entity.h"
#include "cordon/ingest.h"
#include "cordon/status.h"

#include "base/string_ids.h"

namespace cordon::ingest {

// One input file, already read (and decompressed) into memory, valid UTF-8 or converted to it.
struct SourceFile {
  std::string path;  // as given by the user; used in every message
  std::string data;
};

class ParseContext {
 public:
  // `out->dataset` must be set: it is the dataset of entities that do not name their own.
  ParseContext(const LoadOptions& options, LoadedList* out);
  ParseContext(const ParseContext&) = delete;
  ParseContext& operator=(const ParseContext&) = delete;

  const LoadOptions& options() const { return options_; }
  const std::string& dataset() const { return out_->dataset; }
  bool lenient() const { return options_.lenient; }

  // A record that cannot be read. Strict mode: returns a kParseError "path:line: reason".
  // Lenient mode: records a warning, counts a skipped record and returns OK so parsing goes on.
  Status BadRecord(std::string_view path, std::uint64_t line, std::string_view reason);
  // A problem that never stops the load (orphan rows, unknown values): a warning only.
  void Warn(std::string_view path, std::uint64_t line, std::string message);
  // A problem of the file as a whole (not well-formed XML, no header): always an error.
  static Status FileError(std::string_view path, std::uint64_t line, std::string_view reason);

  // Checks a field against LoadOptions::max_field_bytes; BadRecord-style result.
  Status CheckFieldSize(std::string_view path, std::uint64_t line, std::string_view field,
                        std::string_view value);

  // Completes and stores an entity: sets dataset (when empty) and id "<dataset>:<list_id>",
  // trims and collapses whitespace in names, drops empty and repeated names, detects each
  // name's script. An entity without list_id or without any name is a bad record; an id seen
  // before in this list is a clash: warned about and the later record skipped, never merged.
  Status Add(Entity entity, std::string_view path, std::uint64_t line);

  // Room for `count` more entities, so that a parser that knows its record count (an XML
  // document's children, a CSV's lines) does not move every entity as the list grows.
  void Reserve(std::size_t count);

  void SetPublished(std::string iso_date) { out_->published = std::move(iso_date); }
  // The entity stored under `id` ("<dataset>:<list_id>"), or nullptr. Valid until the next Add.
  Entity* Find(std::string_view id);
  // Counts a record skipped for a reason already warned about (e.g. an orphan alias row).
  void CountSkipped() { ++out_->skipped_records; }

  static constexpr std::size_t kPiecesPerThread = 4;
  // A run of whole records of one file: bytes [begin, end), the first on line `line`, and the
  // line breaks within.
  struct Piece {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::uint64_t line = 1;
    std::size_t line_breaks = 0;
  };
  // Cuts bytes [begin, end) of `data` (whose line `line` starts at or before `begin`) into
  // pieces for ParsePieces(): kPiecesPerThread per thread (LoadOptions::threads) at most, of at
  // least LoadOptions::piece_bytes each, or one piece. `record_at(pos)` is the first position at or
  // after `pos` where a record may start (asked with `pos` rising), or `end`.
  std::vector<Piece> Split(std::string_view data, std::size_t begin, std::size_t end,
                           std::uint64_t line,
                           const std::function<std::size_t(std::size_t)>& record_at) const;
  // Parses `pieces` of the file `path` (consecutive, in file order) with `parse`: the first on
  // this thread into this context, the others on up to LoadOptions::threads threads, each into
  // a context of its own. Each context reserves room for a record a line, at most one per
  // `min_record_bytes` bytes.
  // What those find is then added here piece by piece, as one pass over the file would have
  // added it: the same entities in the same order, an id that an earlier piece holds a clash
  // (the later record skipped), warnings in the order one pass gives them. Returns the first
  // failure in file order.
  Status ParsePieces(std::string_view path, const std::vector<Piece>& pieces,
                     std::size_t min_record_bytes,
                     const std::function<Status(const Piece&, ParseContext*)>& parse);

 private:
  // Makes this the context of a later piece (see ParsePieces): its entities are kept with
  // their lines, their ids checked when they are merged.
  void MakePiece() { piece_ = true; }
  unsigned Threads() const;  // LoadOptions::threads, 0 being all cores
  // Adds what `piece` (the context of a later piece of `path`) found: see ParsePieces.
  Status Merge(std::string_view path, ParseContext& piece);
  // Stores `entity` unless an entity of its id is stored already (a clash: warned about, the
  // entity skipped).
  Status Store(Entity&& entity, std::string_view path, std::uint64_t line);

  const LoadOptions& options_;
  LoadedList* out_;
  base::StringIds index_by_id_;  // entity id -> position in out_->entities
  bool piece_ = false;
  std::vector<std::uint64_t> lines_;  // of out_->entities, in a piece's context
  // In a piece's context, for each warning, how many entities it held when it was given.
  std::vector<std::size_t> warned_after_;
};

// Makes a Name with the given kind; script is filled in by ParseContext::Add.
Name MakeName(std::string_view full, NameKind kind);

// Appends `value` unless it is empty or already present (lists repeat countries, programmes).
void AddUnique(std::vector<std::string>* values, std::string value);

}  // namespace cordon::ingest

#endif  // CORDON_INGEST_PARSE_CONTEXT_H_
