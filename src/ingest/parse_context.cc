#include "ingest/parse_context.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <new>
#include <thread>

#include "base/strings.h"

namespace cordon::ingest {

ParseContext::ParseContext(const LoadOptions& options, LoadedList* out)
    : options_(options), out_(out) {}

Status ParseContext::FileError(std::string_view path, std::uint64_t line, std::string_view reason) {
  std::string msg(path);
  if (line > 0) msg += ":" + std::to_string(line);
  msg += ": ";
  msg += reason;
  return Status::ParseError(std::move(msg));
}

Status ParseContext::BadRecord(std::string_view path, std::uint64_t line, std::string_view reason) {
  if (!options_.lenient) {
    std::string why(reason);
    why += " (use --lenient to skip bad records)";
    return FileError(path, line, why);
  }
  Warn(path, line, "skipped: " + std::string(reason));
  ++out_->skipped_records;
  return Status::Ok();
}

void ParseContext::Warn(std::string_view path, std::uint64_t line, std::string message) {
  if (piece_) warned_after_.push_back(out_->entities.size());
  out_->warnings.push_back(ListWarning{std::string(path), line, std::move(message)});
}

Status ParseContext::CheckFieldSize(std::string_view path, std::uint64_t line,
                                    std::string_view field, std::string_view value) {
  if (value.size() <= options_.max_field_bytes) return Status::Ok();
  return BadRecord(path, line,
                   "field " + std::string(field) + " is " + std::to_string(value.size()) +
                       " bytes, over the limit of " + std::to_string(options_.max_field_bytes));
}

Status ParseContext::Add(Entity entity, std::string_view path, std::uint64_t line) {
  entity.list_id = std::string(base::Trim(entity.list_id));
  if (entity.list_id.empty()) return BadRecord(path, line, "record has no id");
  if (entity.dataset.empty()) entity.dataset = out_->dataset;
  entity.id = entity.dataset + ":" + entity.list_id;

  // The names kept move to the front, in order.
  std::vector<Name>& names = entity.names;
  std::size_t kept = 0;
  for (std::size_t n = 0; n < names.size(); ++n) {
    Name& name = names[n];
    base::CollapseWhitespaceInPlace(&name.full);
    base::CollapseWhitespaceInPlace(&name.given);
    base::CollapseWhitespaceInPlace(&name.family);
    if (name.full.empty()) continue;
    // Entities have a handful of names: a linear look-up beats hashing them.
    bool repeated = false;
    for (std::size_t k = 0; k < kept; ++k) repeated |= names[k].full == name.full;
    if (repeated) continue;
    name.script = DetectScript(name.full);
    if (kept != n) names[kept] = std::move(name);
    ++kept;
  }
  names.erase(names.begin() + static_cast<std::ptrdiff_t>(kept), names.end());
  if (entity.names.empty() && IsScreenable(entity.schema)) {
    return BadRecord(path, line, "record " + entity.list_id + " has no name");
  }
  for (const Name& name : entity.names) {
    CORDON_RETURN_IF_ERROR(CheckFieldSize(path, line, "name", name.full));
  }

  if (piece_) {  // the id is checked when the piece is merged
    out_->entities.push_back(std::move(entity));
    lines_.push_back(line);
    return Status::Ok();
  }
  return Store(std::move(entity), path, line);
}

Status ParseContext::Store(Entity&& entity, std::string_view path, std::uint64_t line) {
  if (out_->entities.size() >= 0xFFFFFFFFU) {
    return FileError(path, line, "more than 4,294,967,294 records: split the list");
  }
  auto [earlier, inserted] =
      index_by_id_.TryEmplace(entity.id, static_cast<std::uint32_t>(out_->entities.size()));
  if (!inserted) {
    Warn(path, line,
         "id clash: " + entity.id + " (\"" + base::Excerpt(entity.Caption()) +
             "\") clashes with the earlier record \"" +
             base::Excerpt(out_->entities[earlier].Caption()) +
             "\"; the later record is skipped, not merged");
    ++out_->skipped_records;
    return Status::Ok();
  }
  out_->entities.push_back(std::move(entity));
  return Status::Ok();
}

unsigned ParseContext::Threads() const {
  return options_.threads != 0 ? options_.threads
                               : std::max(1U, std::thread::hardware_concurrency());
}

std::vector<ParseContext::Piece> ParseContext::Split(
    std::string_view data, std::size_t begin, std::size_t end, std::uint64_t line,
    const std::function<std::size_t(std::size_t)>& record_at) const {
  // A few pieces per thread, so that a thread done early takes another (see ParsePieces).
  const std::size_t bytes = end > begin ? end - begin : 0;
  const std::size_t count = std::clamp<std::size_t>(
      bytes / std::max<std::size_t>(options_.piece_bytes, 1), 1, kPiecesPerThread * Threads());
  std::vector<Piece> pieces;
  std::size_t start = begin;
  for (std::size_t k = 1; k <= count && start < end; ++k) {
    // (A record longer than a piece leaves the next piece empty: it is left out.)
    const std::size_t cut =
        k == count ? end : std::min(end, record_at(std::max(start, begin + bytes / count * k)));
    if (cut <= start) continue;
    const auto breaks =
        static_cast<std::size_t>(std::count(data.begin() + static_cast<std::ptrdiff_t>(start),
                                            data.begin() + static_cast<std::ptrdiff_t>(cut), '\n'));
    pieces.push_back(Piece{start, cut, line, breaks});
    line += breaks;
    start = cut;
  }
  if (pieces.empty()) pieces.push_back(Piece{begin, std::max(begin, end), line, 0});
  return pieces;
}

namespace {

// `parse` on `piece`, with an exception (out of memory) as a failure: a piece parsed on a
// thread of its own must not end the process, nor leave the other threads unjoined.
Status ParseGuarded(const std::function<Status(const ParseContext::Piece&, ParseContext*)>& parse,
                    const ParseContext::Piece& piece, ParseContext* ctx) {
  try {
    return parse(piece, ctx);
  } catch (const std::bad_alloc&) {
    return Status::ResourceExhausted("out of memory while reading the list");
  } catch (const std::exception& e) {
    return Status::Internal(std::string("reading the list failed: ") + e.what());
  }
}

}  // namespace

Status ParseContext::ParsePieces(std::string_view path, const std::vector<Piece>& pieces,
                                 std::size_t min_record_bytes,
                                 const std::function<Status(const Piece&, ParseContext*)>& parse) {
  if (pieces.empty()) return Status::Ok();
  // Room for a record a line, at most one per `min_record_bytes` (a file of blank lines
  // reserves little): records are then not moved as the list grows. This context reserves for
  // all the pieces, whose records it takes in the end.
  auto records = [min_record_bytes](const Piece& piece) {
    return std::min(piece.line_breaks + 1,
                    (piece.end - piece.begin) / std::max<std::size_t>(min_record_bytes, 1));
  };
  std::size_t all = 0;
  for (const Piece& piece : pieces) all += records(piece);
  Reserve(all);
  if (pieces.size() == 1) return parse(pieces.front(), this);
  // The first piece is parsed here, the later ones by whichever thread takes them next, each
  // into a context of its own; this thread merges them in order, and parses one that nobody
  // has taken while the next to merge is not ready. So no thread waits while pieces remain,
  // and merging overlaps parsing but for the last pieces.
  const std::size_t later = pieces.size() - 1;
  std::vector<LoadedList> lists(later);
  std::vector<std::unique_ptr<ParseContext>> contexts;
  for (LoadedList& list : lists) {
    list.dataset = out_->dataset;
    list.path = out_->path;
    list.format = out_->format;
    contexts.push_back(std::make_unique<ParseContext>(options_, &list));
    contexts.back()->MakePiece();
  }
  for (std::size_t k = 0; k < later; ++k) contexts[k]->Reserve(records(pieces[k + 1]));
  std::vector<Status> results(later);
  std::vector<char> parsed(later, 0);  // guarded by `mutex`
  std::mutex mutex;
  std::condition_variable ready;
  std::atomic<std::size_t> next{0};  // the next later piece nobody has taken
  auto parse_one = [&](std::size_t k) {
    Status status = ParseGuarded(parse, pieces[k + 1], contexts[k].get());
    {
      std::lock_guard<std::mutex> lock(mutex);
      results[k] = std::move(status);
      parsed[k] = 1;
    }
    ready.notify_all();
  };
  std::vector<std::thread> pool;
  // Stops handing out pieces and waits for those being parsed: on every way out.
  struct Joiner {
    std::atomic<std::size_t>& next;
    std::size_t later;
    std::vector<std::thread>& pool;
    ~Joiner() {
      next = later;
      for (std::thread& thread : pool) thread.join();
    }
  } joiner{next, later, pool};
  const std::size_t workers = std::min<std::size_t>(Threads() - 1, later);
  for (std::size_t w = 0; w < workers; ++w) {
    pool.emplace_back([&] {
      for (std::size_t k = next++; k < later; k = next++) parse_one(k);
    });
  }
  CORDON_RETURN_IF_ERROR(ParseGuarded(parse, pieces.front(), this));
  for (std::size_t k = 0; k < later; ++k) {
    for (;;) {
      {
        std::unique_lock<std::mutex> lock(mutex);
        if (parsed[k] != 0) break;
      }
      if (const std::size_t mine = next++; mine < later) {
        parse_one(mine);
        continue;
      }
      std::unique_lock<std::mutex> lock(mutex);
      ready.wait(lock, [&] { return parsed[k] != 0; });
      break;
    }
    CORDON_RETURN_IF_ERROR(results[k]);
    CORDON_RETURN_IF_ERROR(Merge(path, *contexts[k]));
    contexts[k].reset();
    lists[k] = LoadedList();  // its memory back before the next piece moves in
  }
  return Status::Ok();
}

Status ParseContext::Merge(std::string_view path, ParseContext& piece) {
  LoadedList& in = *piece.out_;
  // The piece's warnings and its clashes in the order one pass would have given them: a clash
  // is found when its record is added, after the warnings given before that.
  std::size_t warning = 0;
  auto warnings_before = [&](std::size_t entity) {
    for (; warning < in.warnings.size() && piece.warned_after_[warning] <= entity; ++warning) {
      out_->warnings.push_back(std::move(in.warnings[warning]));
    }
  };
  for (std::size_t i = 0; i < in.entities.size(); ++i) {
    warnings_before(i);
    CORDON_RETURN_IF_ERROR(Store(std::move(in.entities[i]), path, piece.lines_[i]));
  }
  warnings_before(in.entities.size());
  out_->skipped_records += in.skipped_records;
  return Status::Ok();
}

void ParseContext::Reserve(std::size_t count) {
  out_->entities.reserve(out_->entities.size() + count);
  if (piece_) {
    lines_.reserve(lines_.size() + count);
  } else {
    index_by_id_.Reserve(index_by_id_.size() + count);
  }
}

Entity* ParseContext::Find(std::string_view id) {
  const std::uint32_t* position = index_by_id_.Find(id);
  return position == nullptr ? nullptr : &out_->entities[*position];
}

void AddUnique(std::vector<std::string>* values, std::string value) {
  if (value.empty()) return;
  for (const std::string& existing : *values) {
    if (existing == value) return;
  }
  values->push_back(std::move(value));
}

Name MakeName(std::string_view full, NameKind kind) {
  Name name;
  name.full = std::string(full);
  name.kind = kind;
  return name;
}

}  // namespace cordon::ingest
