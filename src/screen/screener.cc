// The Screener: a NameIndex over a snapshot image (built in memory or mapped from a file),
// entities decoded from the image when a hit or evidence needs them.
#include <algorithm>
#include <atomic>
#include <bit>
#include <cctype>
#include <chrono>
#include <cmath>
#include <thread>
#include <unordered_map>

#include "cordon/screen.h"

#include "base/file.h"
#include "index/entity_codec.h"
#include "index/name_index.h"
#include "match/evidence.h"
#include "match/name_scorer.h"
#include "match/prepared_name.h"
#include "match/similarity.h"
#include "screen/explain.h"
#include "text/normalize.h"
#include "text/tokens.h"
#include "text/transcription.h"

namespace cordon {
namespace {

// Full scoring always covers the first kAlwaysScored (or `limit`) candidates, then stops at the
// first whose
// estimated score is below kEstimateCut x the best score so far (measured with
// `cordon eval`: no recall lost on the development set at these values).
constexpr std::size_t kAlwaysScored = 10;
constexpr double kEstimateCut = 0.6;

double MillisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

// `name`'s letters and digits, lower-case (other characters as they are): a name as written,
// but for case, spaces and punctuation.
std::string LettersOf(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u) != 0) out.push_back(static_cast<char>(std::tolower(u)));
  }
  return out;
}

bool HasEvidence(const Query& query) {
  return query.schema || !query.birth_date.empty() || !query.country.empty() ||
         !query.id_number.empty();
}

// A name's readings: as written and as text::OtherReadings() reads it besides. A name written
// by sound in Han, Hangul or kana is also read as its Latin respellings: 巴拉巴诺夫 read as
// "barabanov" meets Balabanov, which its romanisation "ba la ba nuo fu" does not; ウサマ・ビン・
// ラディン as "usama bin radin" and, with l for r, "usama bin ladin". An Arabic name is also read
// with a ta marbuta before another word as t: هيئة تحرير الشام as "hyyt thryr alsham", Hay'at
// Tahrir al-Sham. Screening scores each listed name with every reading and keeps the best
// (the index holds such listed names every way: NameIndex::Build()).
// A name in Han characters is also read as Korean (text::SinoKoreanReading(): 金正恩 as
// "kim jong un"), a reading that counts only where it meets a listed name whole (Counts()).
struct Readings {
  // As written and up to three other readings: an Arabic name's construct-state, foreign ch
  // and Persian readings; a Han name's two respellings and its Korean reading.
  static constexpr std::size_t kMax = 4;
  std::array<match::PreparedName, kMax> prepared;
  std::array<std::vector<match::TokenView>, kMax> tokens;
  std::array<match::NameView, kMax> views;
  std::array<bool, kMax> korean{};
  std::size_t count = 0;

  void Read(const std::string& name, bool person, const match::RaritySource* rarity) {
    prepared[0] = match::PrepareName(name, rarity);
    count = 1;
    korean.fill(false);
    auto add = [&](const std::string& other) {
      prepared[count] = match::PrepareName(other, rarity);
      const bool seen = std::any_of(
          prepared.begin(), prepared.begin() + static_cast<std::ptrdiff_t>(count),
          [&](const match::PreparedName& p) { return p.normalized == prepared[count].normalized; });
      if (prepared[count].tokens.empty() || seen) return false;
      ++count;
      return true;
    };
    if (prepared[0].transcribed || prepared[0].vowelless || name.find('(') != std::string::npos) {
      for (const std::string& other : text::OtherReadings(name)) {
        if (count == kMax) break;
        add(other);
      }
    }
    if (prepared[0].transcribed && count < kMax) {
      if (const std::string reading = text::SinoKoreanReading(name); !reading.empty()) {
        if (add(reading)) korean[count - 1] = true;
      }
    }
    for (std::size_t r = 0; r < count; ++r) {
      views[r] = match::ViewOf(prepared[r], &tokens[r]);
      views[r].person = person;
      views[r].respelled = r > 0;
    }
  }
  // A Han name read as Korean is most often a Chinese name, and as short Korean names go, such a
  // reading meets some listed Korean name by part of it ("jang su" in JANG BOM SU, "son yong
  // kang" as JANG YONG SON): it counts only where every token of both names meets its like
  // (spelling variants allowed), as a Korean name written in Han characters meets its listed
  // romanisation. On 1,000 Chinese names screened against the development list, counted
  // like the other readings it took those alerting from 5.8% to 11.5%.
  bool Counts(std::size_t reading, const match::NameScore& score) const {
    constexpr double kWholeMatch = 0.965;  // every token the same or a variant (0.97)
    return !korean[reading] ||
           (score.query_coverage >= kWholeMatch && score.candidate_coverage >= kWholeMatch);
  }
  // The respelling a reading holds, for explanations ("" for the name as written).
  std::string_view ReadAs(std::size_t reading) const {
    return reading > 0 ? std::string_view(prepared[reading].normalized) : std::string_view();
  }
};

class IndexScreener final : public Screener {
 public:
  IndexScreener(std::unique_ptr<index::NameIndex> index, ScreenerInfo info)
      : index_(std::move(index)),
        info_(std::move(info)),
        decoded_(new std::atomic<const Entity*>[index_->entity_count()]) {
    for (std::size_t e = 0; e < index_->entity_count(); ++e) decoded_[e].store(nullptr);
    index::IndexCounts counts = index_->counts();
    info_.entities = counts.entities;
    info_.names = counts.names;
    info_.tokens = counts.tokens;
    info_.fuzzy_keys = counts.fuzzy_keys;
    info_.token_pairs = counts.token_pairs;
    info_.bytes = counts.bytes;
    info_.mapped = index_->image().mapped();
    info_.created_unix = static_cast<std::int64_t>(index_->image().created_unix());
    info_.metadata = std::string(index_->metadata());
    for (auto& [name, count] : index_->datasets()) info_.datasets.emplace_back(name, count);
  }

  using Screener::Screen;

  ~IndexScreener() override {
    for (std::size_t e = 0; e < index_->entity_count(); ++e) delete decoded_[e].load();
  }

  void Screen(const Query& query, const ScreenOptions& options,
              std::vector<Hit>* hits) const override {
    thread_local Readings readings;
    readings.Read(query.name, query.schema == Schema::kPerson, index_.get());
    thread_local std::vector<std::uint32_t> candidates;
    thread_local std::vector<float> estimates;
    double best_score = 0;

    const bool evidence = HasEvidence(query);
    struct Scored {
      std::uint32_t entity;
      std::uint32_t name;
      double score;
      std::uint32_t result;      // its name score and alignment in `results`
      double support = 0;        // the entity's next-best name score
      std::uint8_t reading = 0;  // the query's reading that scored it (Readings)
      std::uint32_t order = 0;   // when it was scored: the names in turn, from 0
    };
    // Each name's score and, when hits are explained, its token alignment: a hit's explanation
    // is written from them, without scoring its name again.
    struct NameResult {
      match::NameScore score;
      match::Alignment alignment;
    };
    thread_local std::vector<Scored> scored;
    thread_local std::vector<NameResult> results;
    thread_local match::SimilarityMemo memo;
    scored.clear();
    results.clear();
    std::array<match::TokenView, index::kMaxNameTokens> storage;
    // Once a hit is found, a name scoring below the threshold changes neither the hits nor the
    // best score that the estimate cut compares with: its scoring may stop as soon as its name
    // score certainly falls below `name_floor` (match::ScoreName()'s floor), the least that
    // can reach the threshold (with the query's birth date and country, which may lift it;
    // an identifier may lift any). Such names are kept aside in `bounded`: they are scored
    // in full only if an entity they may support (Scored::support) ties with another.
    const double name_floor = options.threshold <= 0    ? 0
                              : !evidence               ? options.threshold
                              : query.id_number.empty() ? LeastNameScoreFor(options.threshold)
                                                        : 0;
    struct Bounded {
      std::uint32_t entity;
      std::uint32_t name;
      std::uint8_t reading;
      std::uint32_t order;
    };
    thread_local std::vector<Bounded> bounded;
    bounded.clear();
    std::uint32_t names_scored = 0;
    // Scores a listed name with a reading of the query; returns its score, or 0 when the
    // reading does not count for it (Readings::Counts()) or the score is below `floor`.
    // `order`: when the name was first asked for (a name kept aside keeps its turn).
    auto score_name = [&](std::uint32_t name_id, std::uint8_t reading, double floor,
                          std::uint32_t order) {
      const index::NameRecord& record = index_->name(name_id);
      if (!AcronymMet(name_id, readings, reading)) return 0.0;
      NameResult& result = results.emplace_back();
      result.score =
          match::ScoreName(readings.views[reading], index_->View(name_id, &storage), nullptr, &memo,
                           options.explain ? &result.alignment : nullptr, floor);
      if (result.score.below_floor) {
        results.pop_back();
        bounded.push_back(Bounded{record.entity, name_id, reading, order});
        return 0.0;
      }
      if (!readings.Counts(reading, result.score)) {
        results.pop_back();
        return 0.0;
      }
      const Entity& entity = evidence ? EntityAt(record.entity) : kNoEvidence;
      double score =
          screen::ApplyEvidence(result.score.score, record.kind(), query, entity, nullptr);
      scored.push_back(Scored{record.entity, name_id, score,
                              static_cast<std::uint32_t>(results.size() - 1), 0, reading, order});
      return score;
    };
    for (std::uint8_t reading = 0; reading < readings.count; ++reading) {
      memo.Clear();  // the memo is keyed by the query's tokens
      index_->Candidates(readings.prepared[reading], std::max<std::size_t>(options.candidates, 1),
                         &candidates, &estimates, options.exhaustive);
      // Candidates come best estimate first. Past the first few, one whose estimate falls far
      // below the best score found so far is not worth a full scoring, nor are those after it.
      // Each candidate's token ids, then its token records, are likely cache misses in a large
      // list: asked for two and one candidates ahead.
      for (std::size_t c = 0; c < std::min<std::size_t>(2, candidates.size()); ++c) {
        index_->PrefetchView(candidates[c], 0);
      }
      if (!candidates.empty()) index_->PrefetchView(candidates[0], 1);
      for (std::size_t c = 0; c < candidates.size(); ++c) {
        if (c >= std::max(kAlwaysScored, options.limit) && !scored.empty() &&
            estimates[c] < kEstimateCut * best_score) {
          break;
        }
        if (c + 2 < candidates.size()) index_->PrefetchView(candidates[c + 2], 0);
        if (c + 1 < candidates.size()) index_->PrefetchView(candidates[c + 1], 1);
        const double floor = best_score >= options.threshold ? name_floor : 0;
        best_score =
            std::max(best_score, score_name(candidates[c], reading, floor, names_scored++));
      }
    }
    // Identifier hits, even when the name differs.
    if (!query.id_number.empty()) {
      if (readings.count > 1) memo.Clear();  // it holds the last reading's tokens
      std::string key = match::NormalizeIdentifier(query.id_number);
      for (std::uint32_t e : index_->EntitiesWithIdentifier(key)) {
        const index::EntityRecord& record = index_->entity_record(e);
        if (record.name_count > 0) score_name(record.first_name, 0, 0, names_scored++);
      }
    }
    // The best-scoring name of each entity; of equal scores, the one scored first (the better
    // estimate), so that the order is the same whatever else was scored.
    thread_local std::vector<Scored> ranked;
    auto rank_entities = [&] {
      std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
        if (a.entity != b.entity) return a.entity < b.entity;
        return a.score != b.score ? a.score > b.score : a.order < b.order;
      });
      ranked.clear();
      for (std::size_t i = 0, end = 0; i < scored.size(); i = end) {
        for (end = i + 1; end < scored.size() && scored[end].entity == scored[i].entity;) ++end;
        if (scored[i].score < options.threshold) continue;
        ranked.push_back(scored[i]);
        // The next best of the entity's other listed names: not the same name again, scored
        // by another reading of the query or through its respelling (NameRecord::position).
        const std::uint16_t best_position = index_->name(scored[i].name).position;
        for (std::size_t k = i + 1; k < end; ++k) {
          if (index_->name(scored[k].name).position != best_position) {
            ranked.back().support = scored[k].score;
            break;
          }
        }
      }
    };
    rank_entities();
    // The names kept aside (see `bounded`) may support an entity that ties with another: those
    // of tied entities are scored in full, and the entities ranked again.
    if (!bounded.empty() && ranked.size() > 1) {
      thread_local std::vector<std::pair<double, std::uint32_t>> by_score;
      by_score.clear();
      for (const Scored& entry : ranked) by_score.emplace_back(entry.score, entry.entity);
      std::sort(by_score.begin(), by_score.end());
      thread_local std::vector<std::uint32_t> tied;
      tied.clear();
      for (std::size_t i = 0; i + 1 < by_score.size(); ++i) {
        if (by_score[i].first == by_score[i + 1].first) {
          tied.push_back(by_score[i].second);
          tied.push_back(by_score[i + 1].second);
        }
      }
      bool rescored = false;
      for (const Bounded& name : bounded) {
        if (std::find(tied.begin(), tied.end(), name.entity) == tied.end()) continue;
        memo.Clear();  // it holds another reading's tokens, or none of this name's
        score_name(name.name, name.reading, 0, name.order);
        rescored = true;
      }
      if (rescored) rank_entities();
    }
    // Equal scores: the entity more of whose names match first (the same person listed twice
    // is told apart by the rest of each record), then by id so that the order is stable.
    std::sort(ranked.begin(), ranked.end(), [&](const Scored& a, const Scored& b) {
      if (a.score != b.score) return a.score > b.score;
      if (a.support != b.support) return a.support > b.support;
      return index_->EntityId(a.entity) < index_->EntityId(b.entity);
    });
    // Among equal scores, before those: a listed name written as the query is, letter for
    // letter ("JOINT STOCK COMPANY AVRORA" ties with another entity's AVRORA JSC once both are
    // read as "jsc avrora").
    // (Only the ties among the hits returned: the names of the others are not read.)
    std::string query_letters;
    for (std::size_t i = 0, end = 0; i < ranked.size() && i < options.limit; i = end) {
      for (end = i + 1; end < ranked.size() && ranked[end].score == ranked[i].score;) ++end;
      if (end - i < 2) continue;
      if (query_letters.empty()) query_letters = LettersOf(query.name);
      auto literal = [&](const Scored& tied) {
        const index::NameRecord& record = index_->name(tied.name);
        return !record.respelled() &&
               LettersOf(ListedNameText(HeadAt(tied.entity), record)) == query_letters;
      };
      std::stable_partition(ranked.begin() + static_cast<std::ptrdiff_t>(i),
                            ranked.begin() + static_cast<std::ptrdiff_t>(end), literal);
    }
    if (ranked.size() > options.limit) ranked.resize(options.limit);
    // Hits already in `hits` are written over, so that their strings keep their capacity.
    hits->resize(ranked.size());
    // The whole entities when the caller wants them or the query's evidence is compared with
    // them; otherwise the hits' fields are read in place (the same text, nothing decoded).
    const bool whole = options.entities || evidence;
    PrefetchEntities(ranked, whole);
    for (std::size_t h = 0; h < ranked.size(); ++h) {
      const NameResult& result = results[ranked[h].result];
      MakeHit(query, readings.views[ranked[h].reading], readings.ReadAs(ranked[h].reading),
              ranked[h].entity, ranked[h].name, options, whole, result.score, result.alignment,
              &(*hits)[h]);
    }
  }

  std::vector<double> ScoreEntities(const Query& query,
                                    const std::vector<std::size_t>& entities) const override {
    thread_local Readings readings;
    readings.Read(query.name, query.schema == Schema::kPerson, index_.get());
    const bool evidence = HasEvidence(query);
    thread_local match::SimilarityMemo memo;
    memo.Clear();  // for the name as written
    std::array<match::TokenView, index::kMaxNameTokens> storage;
    std::vector<double> scores;
    scores.reserve(entities.size());
    for (std::size_t e : entities) {
      double best = 0;
      if (e < index_->entity_count()) {
        const index::EntityRecord& record = index_->entity_record(static_cast<std::uint32_t>(e));
        const Entity& entity = evidence ? EntityAt(e) : kNoEvidence;
        for (std::uint32_t n = 0; n < record.name_count; ++n) {
          const std::uint32_t name_id = record.first_name + n;
          const match::NameView listed = index_->View(name_id, &storage);
          for (std::size_t r = 0; r < readings.count; ++r) {
            if (!AcronymMet(name_id, readings, r)) continue;
            match::NameScore name_score =
                match::ScoreName(readings.views[r], listed, nullptr, r == 0 ? &memo : nullptr);
            if (!readings.Counts(r, name_score)) continue;
            best =
                std::max(best, screen::ApplyEvidence(name_score.score, index_->name(name_id).kind(),
                                                     query, entity, nullptr));
          }
        }
      }
      scores.push_back(best);
    }
    return scores;
  }

  std::vector<std::size_t> NameMatchesAmong(const Screener& other, std::size_t entity,
                                            const std::vector<std::size_t>& positions,
                                            double least) const override {
    std::vector<std::size_t> passed;
    const auto* source = dynamic_cast<const IndexScreener*>(&other);
    if (source == nullptr || entity >= index_->entity_count()) return passed;
    const index::NameIndex& names_index = *source->index_;
    const index::EntityRecord& listed = index_->entity_record(static_cast<std::uint32_t>(entity));
    std::vector<std::array<match::TokenView, index::kMaxNameTokens>> storage(listed.name_count);
    std::vector<match::NameView> names;
    std::vector<bool> acronym_names;  // IsAcronymName(): met only as MeetsAcronym() says
    for (std::uint32_t n = 0; n < listed.name_count; ++n) {
      names.push_back(index_->View(listed.first_name + n, &storage[n]));
      acronym_names.push_back(IsAcronymName(listed.first_name + n));
    }
    if (names.empty()) return passed;
    const double least_coverage = std::pow(least, 1.0 / match::kQueryExponent) - 1e-9;
    const match::TokenBounder bounder(names);
    // Codes are also compared whole (match::IsCode()), which no token bound covers: against a
    // listed code, every customer is scored.
    // Nor does any bound cover the syllables of a name romanised from Han, Hangul or kana,
    // which ScoreName() compares joined and by consonants: against such a name, likewise.
    const bool listed_unbounded =
        std::any_of(names.begin(), names.end(), match::IsCode) ||
        std::any_of(names.begin(), names.end(),
                    [](const match::NameView& name) { return name.transcribed; });
    const bool listed_vowelless = std::any_of(
        names.begin(), names.end(), [](const match::NameView& name) { return name.vowelless; });
    // What the listed names offer to joins and acronyms, for the quick first bound: their
    // tokens that two joined query tokens may match (length and letters), and their short
    // tokens that may spell the initials of query tokens.
    auto letters = [](std::string_view text) {
      std::uint64_t mask = 0;
      for (char c : text) mask |= std::uint64_t{1} << (static_cast<unsigned char>(c) & 63);
      return mask;
    };
    std::vector<std::pair<std::size_t, std::uint64_t>> wholes;
    std::vector<std::string_view> acronyms;
    for (const match::NameView& name : names) {
      for (const match::TokenView& token : name.tokens) {
        for (std::string_view form : {token.text, token.canonical}) {
          if (form.size() >= 4) wholes.emplace_back(form.size(), letters(form));
        }
        if (token.text.size() >= 2 && token.text.size() <= index::kMaxNameTokens) {
          acronyms.push_back(token.text);
        }
      }
    }
    // JoinedSimilarity() needs an edit similarity of 0.8 between the joined pair and a whole
    // listed token: the length gap and the letters one lacks bound the distance from below.
    auto joinable = [&](std::size_t total, std::uint64_t joined) {
      for (const auto& [length, mask] : wholes) {
        const std::size_t longest = std::max(total, length);
        const std::size_t gap = total > length ? total - length : length - total;
        if (5 * gap > longest) continue;  // the length alone rules it out
        const std::size_t differing =
            (static_cast<std::size_t>(std::popcount(joined ^ mask)) + 1) / 2;
        if (5 * differing <= longest) return true;
      }
      return false;
    };

    // Kept per thread between calls for the same pair of Screeners: the weights stay, the
    // bounds (which depend on `entity`) are reset by a new stamp.
    struct TokenMemo {
      float weight = -1;
      match::Vocabulary vocabulary = match::Vocabulary::kUnknown;
      std::uint32_t stamp = 0;
      std::array<float, 2> bound{-1, -1};  // loose (TokenBounder without `exact`)
      std::array<float, 2> exact{-1, -1};
      std::uint8_t length = 0;
      char initial = 0;
      std::uint64_t letters = 0;
    };
    thread_local std::vector<TokenMemo> token_memo;
    thread_local std::pair<std::uint64_t, std::uint64_t> memo_owner{0, 0};
    thread_local std::uint32_t stamp = 0;
    if (memo_owner != std::make_pair(instance_, source->instance_)) {
      token_memo.assign(names_index.counts().tokens, TokenMemo{});
      memo_owner = {instance_, source->instance_};
      stamp = 0;
    }
    ++stamp;
    std::array<match::TokenView, index::kMaxNameTokens> tokens;
    std::array<double, index::kMaxNameTokens> bounds;
    // The loop is bound by memory latency (each customer's record, its name's token ids, their
    // memos: random reads in a large index), so the reads of the customers a few steps ahead
    // are started early, in stages.
    constexpr std::size_t kRecordAhead = 16;  // the customer's entity record
    constexpr std::size_t kNameAhead = 11;    // its first name's record
    constexpr std::size_t kIdsAhead = 6;      // that name's token ids
    constexpr std::size_t kMemoAhead = 2;     // their memos
    auto entity_ahead = [&](std::size_t ahead) -> const index::EntityRecord* {
      if (ahead >= positions.size() || positions[ahead] >= names_index.entity_count()) {
        return nullptr;
      }
      return &names_index.entity_record(static_cast<std::uint32_t>(positions[ahead]));
    };
    for (std::size_t at = 0; at < positions.size(); ++at) {
      if (const auto* ahead = entity_ahead(at + kRecordAhead)) __builtin_prefetch(ahead);
      if (const auto* ahead = entity_ahead(at + kNameAhead); ahead && ahead->name_count > 0) {
        __builtin_prefetch(&names_index.name(ahead->first_name));
      }
      if (const auto* ahead = entity_ahead(at + kIdsAhead); ahead && ahead->name_count > 0) {
        __builtin_prefetch(names_index.NameTokenIds(ahead->first_name).data());
      }
      if (const auto* ahead = entity_ahead(at + kMemoAhead); ahead && ahead->name_count > 0) {
        for (std::uint32_t id : names_index.NameTokenIds(ahead->first_name)) {
          __builtin_prefetch(&token_memo[id]);
        }
      }
      const std::size_t position = positions[at];
      if (position >= names_index.entity_count()) continue;
      const index::EntityRecord& record =
          names_index.entity_record(static_cast<std::uint32_t>(position));
      if (record.name_count == 0) continue;
      // The customer's first name as written and as its other readings (text::OtherReadings():
      // respellings, the construct state, the name without its parts in parentheses): names of
      // their own of the customer, after those it was given (NameRecord::respelled()), which
      // Screen() reads too (but an organisation's acronyms in parentheses, which it does not).
      std::array<std::uint32_t, Readings::kMax> query_names{record.first_name};
      std::size_t query_name_count = 1;
      for (std::uint32_t n = 1; n < record.name_count && query_name_count < query_names.size();
           ++n) {
        const index::NameRecord& other_name = names_index.name(record.first_name + n);
        if (other_name.respelled() && other_name.position == 0 &&
            !source->IsAcronymName(record.first_name + n)) {
          query_names[query_name_count++] = record.first_name + n;
        }
      }
      auto passes = [&](std::uint32_t name_id, bool written) {
        const std::span<const std::uint32_t> ids = names_index.NameTokenIds(name_id);
        const bool vowelless = names_index.name(name_id).vowelless();
        const bool unbounded = listed_unbounded || names_index.name(name_id).transcribed();
        const std::size_t count = ids.size();
        // 1. A bound from each token's memo, every join and acronym taken as possible. A token
        //    whose bound is not known yet counts 1 until it is needed: the heaviest are bounded
        //    first, and the customer is ruled out as soon as even that optimism falls short.
        double total = 0;
        char initials[index::kMaxNameTokens];
        std::size_t initial_count = 0;
        for (std::size_t k = 0; k < count; ++k) {
          TokenMemo& memo = token_memo[ids[k]];
          if (memo.weight < 0) {
            const match::TokenView token = names_index.TokenAt(ids[k]);
            const match::RaritySource::Standing standing = index_->StandingOf(token.canonical);
            memo.weight =
                static_cast<float>(text::ClassWeight(token.token_class)) * standing.rarity;
            memo.vocabulary = standing.vocabulary;
            memo.length = static_cast<std::uint8_t>(std::min<std::size_t>(token.text.size(), 255));
            const bool acronym_part = token.token_class == text::TokenClass::kWord ||
                                      token.token_class == text::TokenClass::kGenericOrg ||
                                      token.token_class == text::TokenClass::kHonorific;
            memo.initial = acronym_part && !token.text.empty() ? token.text[0] : 0;
            memo.letters = letters(token.text);
          }
          if (memo.stamp != stamp) {
            memo.stamp = stamp;
            memo.bound = {-1, -1};
            memo.exact = {-1, -1};
          }
          if (memo.initial != 0) initials[initial_count++] = memo.initial;
          total += memo.weight;
        }
        if (total <= 0) return false;
        bool acronym = false;
        if (initial_count >= 2) {
          const std::string_view initial_text(initials, initial_count);
          for (std::string_view candidate : acronyms) {
            if (candidate.size() > initial_count) continue;
            std::size_t read = 0;
            for (char c : initial_text) read += read < candidate.size() && candidate[read] == c;
            acronym = acronym || read == candidate.size();
          }
        }
        // Adjacent pairs that may be written as one listed token.
        std::array<bool, index::kMaxNameTokens> joins{};
        for (std::size_t k = 0; k + 1 < count; ++k) {
          const TokenMemo& a = token_memo[ids[k]];
          const TokenMemo& b = token_memo[ids[k + 1]];
          // (Between vowelless names consonants alone may join: any pair may.)
          joins[k] = vowelless || listed_vowelless ||
                     joinable(std::size_t{a.length} + b.length, a.letters | b.letters);
        }
        // Each token's share: its bound, raised by a possible acronym or join; 1 while unknown.
        const double needed = least_coverage * total;
        double covered = 0;
        std::array<std::uint8_t, index::kMaxNameTokens> unknown{};
        std::size_t unknown_count = 0;
        for (std::size_t k = 0; k < count; ++k) {
          const TokenMemo& memo = token_memo[ids[k]];
          const bool joined = (k > 0 && joins[k - 1]) || joins[k];
          const float bound = memo.bound[vowelless ? 1 : 0];
          double best = joined || unbounded ? 1.0 : bound < 0 ? 1.0 : bound;
          if (acronym) best = std::max(best, 0.9);
          bounds[k] = best;
          covered += memo.weight * best;
          if (!joined && bound < 0) unknown[unknown_count++] = static_cast<std::uint8_t>(k);
        }
        std::sort(unknown.begin(), unknown.begin() + static_cast<std::ptrdiff_t>(unknown_count),
                  [&](std::uint8_t x, std::uint8_t y) {
                    return token_memo[ids[x]].weight > token_memo[ids[y]].weight;
                  });
        for (std::size_t u = 0; u < unknown_count && covered >= needed; ++u) {
          const std::size_t k = unknown[u];
          TokenMemo& memo = token_memo[ids[k]];
          float& bound = memo.bound[vowelless ? 1 : 0];
          match::TokenView token = names_index.TokenAt(ids[k]);
          token.vocabulary = memo.vocabulary;
          bound = static_cast<float>(bounder.Bound(token, vowelless, /*exact=*/false));
          const double best = unbounded ? 1.0 : acronym ? std::max<double>(bound, 0.9) : bound;
          covered -= memo.weight * (bounds[k] - best);
          bounds[k] = best;
        }
        if (covered < needed) return false;
        // 2. The precise bound: each token's best similarity, the joins that really match; the
        //    heaviest tokens first, each replacing its share from step 1 (never lower), until the
        //    customer is ruled out or every token is bounded.
        match::NameView query = names_index.View(name_id, &tokens);
        query.total_weight = 0;
        std::array<std::uint8_t, index::kMaxNameTokens> order{};
        for (std::size_t k = 0; k < count; ++k) {
          const TokenMemo& memo = token_memo[ids[k]];
          tokens[k].weight = memo.weight;
          tokens[k].vocabulary = memo.vocabulary;
          query.total_weight += tokens[k].weight;
          order[k] = static_cast<std::uint8_t>(k);
        }
        std::sort(
            order.begin(), order.begin() + static_cast<std::ptrdiff_t>(count),
            [&](std::uint8_t x, std::uint8_t y) { return tokens[x].weight > tokens[y].weight; });
        std::array<double, index::kMaxNameTokens> pair_bound;
        pair_bound.fill(-1);
        auto joined_with_next = [&](std::size_t k) {  // k and k + 1 written as one listed token
          if (!joins[k]) return 0.0;
          if (pair_bound[k] < 0) {
            pair_bound[k] = match::PairBound(tokens[k], tokens[k + 1], names, vowelless);
          }
          return pair_bound[k];
        };
        for (std::size_t u = 0; u < count && covered >= needed; ++u) {
          const std::size_t k = order[u];
          float& exact = token_memo[ids[k]].exact[vowelless ? 1 : 0];
          if (exact < 0) exact = static_cast<float>(bounder.Bound(tokens[k], vowelless));
          double best = exact;
          if (k > 0) best = std::max(best, joined_with_next(k - 1));
          if (k + 1 < count) best = std::max(best, joined_with_next(k));
          if (acronym) best = std::max(best, 0.9);
          if (unbounded) best = 1;
          covered -= tokens[k].weight * (bounds[k] - best);
          bounds[k] = best;
        }
        if (covered < needed) return false;
        // 3. Scored exactly.
        query.ids = {};
        double best = 0;
        for (std::size_t n = 0; n < names.size(); ++n) {
          if (acronym_names[n] && !MeetsAcronym(query, written, names[n])) continue;
          best = std::max(best, match::ScoreName(query, names[n], nullptr).score);
        }
        return best >= least;
      };
      for (std::size_t q = 0; q < query_name_count; ++q) {
        if (passes(query_names[q], q == 0)) {
          passed.push_back(position);
          break;
        }
      }
    }
    return passed;
  }

  std::vector<std::size_t> Reach(const Query& query, double min_share,
                                 const Screener* forward) const override {
    std::vector<std::size_t> entities;
    if (!query.name.empty()) {
      match::PreparedName prepared = match::PrepareName(query.name, index_.get());
      std::vector<std::uint32_t> names;
      const auto* forward_index = dynamic_cast<const IndexScreener*>(forward);
      index_->Reach(prepared, static_cast<float>(min_share), &names,
                    forward_index ? forward_index->index_.get() : nullptr);
      entities.reserve(names.size());
      for (std::uint32_t name : names) entities.push_back(index_->name(name).entity);
    }
    if (!query.id_number.empty()) {
      for (std::uint32_t e :
           index_->EntitiesWithIdentifier(match::NormalizeIdentifier(query.id_number))) {
        entities.push_back(e);
      }
    }
    std::sort(entities.begin(), entities.end());
    entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
    return entities;
  }

  void Prepare(unsigned concurrency) const override {
    text::PrepareTransliterators();
    if (concurrency == 0) concurrency = std::max(1U, std::thread::hardware_concurrency());
    index_->Prepare(concurrency);
  }

  Status Save(const std::string& path) const override {
    return base::WriteFile(path, index_->image().Bytes());
  }

  std::size_t entity_count() const override { return index_->entity_count(); }
  std::size_t name_count() const override { return index_->name_count(); }

  // The hits' entities are read one after another, and each is a chain of cache misses: its
  // pointer, its record, its names, their strings (`decoded`), or its offset and its encoding.
  // They are asked for link by link, each link for every hit before the next, so that the
  // misses of all the hits overlap. (`Ranked` holds an `entity` and a `name` id; an entity not
  // decoded yet is left to EntityAt().) Ten explained hits a query ran 2-9% faster so.
  template <typename Ranked>
  void PrefetchEntities(const std::vector<Ranked>& hits, bool decoded) const {
    if (!decoded) {
      for (const Ranked& hit : hits) index_->PrefetchEntity(hit.entity, 0);
      for (const Ranked& hit : hits) index_->PrefetchEntity(hit.entity, 1);
      return;
    }
    for (const Ranked& hit : hits) __builtin_prefetch(&decoded_[hit.entity]);
    for (const Ranked& hit : hits) {
      if (const Entity* entity = decoded_[hit.entity].load(std::memory_order_acquire)) {
        __builtin_prefetch(entity);
        __builtin_prefetch(reinterpret_cast<const char*>(entity) + 64);
      }
    }
    for (const Ranked& hit : hits) {
      const Entity* entity = decoded_[hit.entity].load(std::memory_order_acquire);
      if (entity == nullptr || entity->names.empty()) continue;
      __builtin_prefetch(entity->id.data());
      __builtin_prefetch(entity->names.data());  // the caption's
      const std::uint16_t position = index_->name(hit.name).position;
      if (position < entity->names.size()) __builtin_prefetch(&entity->names[position]);
    }
    for (const Ranked& hit : hits) {
      const Entity* entity = decoded_[hit.entity].load(std::memory_order_acquire);
      if (entity == nullptr || entity->names.empty()) continue;
      __builtin_prefetch(entity->Caption().data());
      const std::uint16_t position = index_->name(hit.name).position;
      if (position < entity->names.size()) __builtin_prefetch(entity->names[position].full.data());
    }
  }

  // What a hit shows of entity `e`, read in place (index::EntityHead); as EntityAt() does, only
  // the id when the record cannot be read (the checksum passed, so that would be a bug).
  index::EntityHead HeadAt(std::uint32_t e) const {
    index::EntityHead head;
    if (!index::ReadEntityHead(index_->EntityBytes(e), &head)) head.id = index_->EntityId(e);
    return head;
  }
  // ListedName()'s text and kind, from the entity's head.
  static std::string_view ListedNameText(const index::EntityHead& head,
                                         const index::NameRecord& record,
                                         NameKind* kind = nullptr) {
    std::string_view full;
    NameKind read = NameKind::kPrimary;
    if (!index::ReadHeadName(head, record.position, &full, &read)) {
      full = {};
      read = NameKind::kPrimary;
    }
    if (kind) *kind = read;
    return full;
  }

  // The name of entity `e` that `record` reads; an empty name when a damaged snapshot's record
  // points past the entity's names.
  const Name& ListedName(std::uint32_t e, const index::NameRecord& record) const {
    static const Name kUnknown{};
    const Entity& entity = EntityAt(e);
    return record.position < entity.names.size() ? entity.names[record.position] : kUnknown;
  }

  // Whether the listed name `name_id` is an acronym in parentheses, indexed as a reading of its
  // own ("HQN" of HAQQANI NETWORK (HQN): text::ParenthesisedAcronyms()).
  bool IsAcronymName(std::uint32_t name_id) const {
    const index::NameRecord& record = index_->name(name_id);
    if (!record.respelled() || record.token_count != 1 || record.vowelless() ||
        record.transcribed() || record.person()) {
      return false;
    }
    const std::string& full = ListedName(record.entity, record).full;
    if (full.find('(') == std::string::npos) return false;
    const std::string_view token = index_->TokenAt(index_->NameTokenIds(name_id)[0]).text;
    const std::vector<std::string> acronyms = text::ParenthesisedAcronyms(full);
    return std::any_of(acronyms.begin(), acronyms.end(), [&](const std::string& acronym) {
      return text::NormalizeText(acronym) == token;
    });
  }

  // Such an acronym is met only by the same token in a query as written in Latin letters. Met
  // by its consonants or a near spelling, it alerted for short names of every script: Hebrew
  // מיט ("myt") met MIT, katakana モリス ("morisu") MOIS. `written`: the query's name as written
  // (not another reading of it).
  static bool MeetsAcronym(const match::NameView& query, bool written,
                           const match::NameView& acronym) {
    return written && !query.vowelless && !query.transcribed &&
           std::any_of(query.tokens.begin(), query.tokens.end(),
                       [&](const match::TokenView& t) { return t.text == acronym.tokens[0].text; });
  }

  bool AcronymMet(std::uint32_t name_id, const Readings& readings, std::size_t reading) const {
    if (!IsAcronymName(name_id)) return true;
    std::array<match::TokenView, index::kMaxNameTokens> storage;
    return MeetsAcronym(readings.views[reading], reading == 0, index_->View(name_id, &storage));
  }

  const Entity& EntityAt(std::size_t e) const override {
    const Entity* entity = decoded_[e].load(std::memory_order_acquire);
    if (entity) return *entity;
    auto fresh = std::make_unique<Entity>();
    if (!index::DecodeEntity(index_->EntityBytes(static_cast<std::uint32_t>(e)), fresh.get())) {
      // The checksum passed, so this is a bug, not a damaged file; keep the id at least.
      *fresh = Entity();
      fresh->id = std::string(index_->EntityId(static_cast<std::uint32_t>(e)));
    }
    const Entity* expected = nullptr;
    if (decoded_[e].compare_exchange_strong(expected, fresh.get(), std::memory_order_acq_rel)) {
      return *fresh.release();
    }
    return *expected;  // another thread decoded it first
  }

  const Entity* FindEntity(const std::string& id) const override {
    std::int64_t e = index_->FindEntity(id);
    return e < 0 ? nullptr : &EntityAt(static_cast<std::size_t>(e));
  }

  const ScreenerInfo& info() const override { return info_; }
  std::size_t HugePageBytes() const override { return index_->image().HugePageBytes(); }

 private:
  // Writes over `hit` the hit of entity `e` through its name `name_id`, whose ScoreName()
  // against the query gave `name_score` and (when options.explain) `alignment`. `query_view`
  // is the query's reading that scored it: its respelling `read_as` when that is not empty.
  // With `whole`, the entity is decoded (and kept) and the hit's fields are read from it;
  // otherwise they are read from its encoding in place.
  void MakeHit(const Query& query, const match::NameView& query_view, std::string_view read_as,
               std::uint32_t e, std::uint32_t name_id, const ScreenOptions& options, bool whole,
               const match::NameScore& name_score, const match::Alignment& alignment,
               Hit* hit) const {
    const index::NameRecord& record = index_->name(name_id);
    const Entity* entity = whole ? &EntityAt(e) : nullptr;
    hit->datasets.resize(1);
    if (entity) {
      const Name& name = ListedName(e, record);
      hit->entity_id.assign(entity->id);
      hit->schema = entity->schema;
      hit->caption.assign(entity->Caption());
      hit->matched_name.assign(name.full);
      hit->matched_kind = name.kind;
      hit->datasets[0].assign(entity->dataset);
    } else {
      const index::EntityHead head = HeadAt(e);
      NameKind kind = NameKind::kPrimary;
      hit->entity_id.assign(head.id);
      hit->schema = head.schema;
      hit->caption.assign(index::HeadCaption(head));
      hit->matched_name.assign(ListedNameText(head, record, &kind));
      hit->matched_kind = kind;
      hit->datasets[0].assign(head.dataset);
    }
    hit->entity = options.entities ? entity : nullptr;
    std::vector<Feature>* features = nullptr;
    if (options.explain) {
      std::array<match::TokenView, index::kMaxNameTokens> storage;
      match::NameView listed = index_->View(name_id, &storage);
      thread_local std::vector<match::TokenPair> pairs;
      pairs.clear();
      match::AppendAlignedPairs(query_view, listed, alignment, &pairs);
      hit->explanation.resize(1);
      // A listed name's respelling is shown as read (NameRecord::respelled()).
      thread_local std::string listed_read_as;
      listed_read_as.clear();
      if (record.respelled()) {
        for (const match::TokenView& token : listed.tokens) {
          if (!listed_read_as.empty()) listed_read_as.push_back(' ');
          listed_read_as.append(token.text);
        }
      }
      screen::NameFeature(query.name, query_view, hit->matched_name, hit->matched_kind, listed,
                          name_score, pairs, &hit->explanation[0], read_as, listed_read_as);
      features = &hit->explanation;
    } else {
      hit->explanation.clear();
    }
    hit->score = screen::ApplyEvidence(name_score.score, hit->matched_kind, query,
                                       entity ? *entity : kNoEvidence, features);
    hit->match = hit->score >= options.threshold;
  }

  static const Entity kNoEvidence;
  static std::uint64_t NextInstance() {
    static std::atomic<std::uint64_t> next{1};
    return next++;
  }
  const std::uint64_t instance_ = NextInstance();
  std::unique_ptr<index::NameIndex> index_;
  ScreenerInfo info_;
  std::unique_ptr<std::atomic<const Entity*>[]> decoded_;
};

const Entity IndexScreener::kNoEvidence{};

// The metadata stored with an index: the options', or an empty JSON object.
const std::string& MetadataOf(const ScreenerOptions& options) {
  static const std::string kEmpty = "{}";
  return options.metadata.empty() ? kEmpty : options.metadata;
}

}  // namespace

Result<std::unique_ptr<Screener>> Screener::Create(std::vector<Entity> entities,
                                                   const ScreenerOptions& options) {
  auto start = std::chrono::steady_clock::now();
  std::string image = index::BuildIndexImage(entities, MetadataOf(options), options.threads);
  entities.clear();
  entities.shrink_to_fit();
  CORDON_ASSIGN_OR_RETURN(auto mapped, index::SnapshotImage::FromBytes(std::move(image), "memory"));
  CORDON_ASSIGN_OR_RETURN(auto index, index::NameIndex::Open(std::move(mapped)));
  ScreenerInfo info;
  info.source = "memory";
  info.ready_ms = MillisecondsSince(start);
  return std::unique_ptr<Screener>(new IndexScreener(std::move(index), std::move(info)));
}

Status Screener::WriteSnapshot(std::vector<Entity> entities, const ScreenerOptions& options,
                               const std::string& path) {
  return index::WriteIndexSnapshot(entities, MetadataOf(options), options.threads, path);
}

Result<std::unique_ptr<Screener>> Screener::Open(const std::string& snapshot_path) {
  auto start = std::chrono::steady_clock::now();
  // The index's checks run while the file's checksum is taken.
  std::unique_ptr<index::NameIndex> index;
  auto open = [&](const std::shared_ptr<const index::SnapshotImage>& image) -> Status {
    CORDON_ASSIGN_OR_RETURN(index, index::NameIndex::Open(image));
    return Status::Ok();
  };
  CORDON_RETURN_IF_ERROR(index::SnapshotImage::Map(snapshot_path, open).error());
  ScreenerInfo info;
  info.source = snapshot_path;
  info.ready_ms = MillisecondsSince(start);
  return std::unique_ptr<Screener>(new IndexScreener(std::move(index), std::move(info)));
}

Result<std::unique_ptr<Screener>> Screener::FromSnapshotBytes(std::string bytes,
                                                              const std::string& source) {
  auto start = std::chrono::steady_clock::now();
  CORDON_ASSIGN_OR_RETURN(auto image, index::SnapshotImage::FromBytes(std::move(bytes), source));
  CORDON_ASSIGN_OR_RETURN(auto index, index::NameIndex::Open(std::move(image)));
  ScreenerInfo info;
  info.source = source;
  info.ready_ms = MillisecondsSince(start);
  return std::unique_ptr<Screener>(new IndexScreener(std::move(index), std::move(info)));
}

Comparison Compare(const Query& a, const Query& b, double threshold) {
  Comparison out;
  // Both names in each of their readings, as Screen() reads a query and the index a listed
  // name, the Korean reading of either counting only for a whole match: the best pair counts.
  Readings left;
  Readings right;
  left.Read(a.name, a.schema == Schema::kPerson, nullptr);
  right.Read(b.name, b.schema == Schema::kPerson, nullptr);
  std::size_t best_left = 0;
  std::size_t best_right = 0;
  double best = -1;
  for (std::size_t l = 0; l < left.count; ++l) {
    for (std::size_t r = 0; r < right.count; ++r) {
      const match::NameScore pair = match::ScoreName(left.views[l], right.views[r], nullptr);
      if (!left.Counts(l, pair) || !right.Counts(r, pair)) continue;
      const double score = pair.score;
      if (score > best) {
        best = score;
        best_left = l;
        best_right = r;
      }
    }
  }
  std::vector<match::TokenPair> pairs;
  const match::NameScore name_score =
      match::ScoreName(left.views[best_left], right.views[best_right], &pairs);
  screen::NameFeature(a.name, left.views[best_left], b.name, NameKind::kPrimary,
                      right.views[best_right], name_score, pairs, &out.explanation.emplace_back(),
                      left.ReadAs(best_left), right.ReadAs(best_right));
  // The second name's evidence, as if it were listed.
  Entity listed;
  listed.schema = b.schema.value_or(Schema::kLegalEntity);
  if (auto date = ParsePartialDate(b.birth_date)) listed.birth_dates.push_back({*date, *date});
  if (!b.country.empty()) listed.countries.push_back(b.country);
  if (!b.id_number.empty()) listed.identifiers.push_back({"id", b.id_number, ""});
  out.score =
      screen::ApplyEvidence(name_score.score, NameKind::kPrimary, a, listed, &out.explanation);
  out.match = out.score >= threshold;
  return out;
}

}  // namespace cordon
