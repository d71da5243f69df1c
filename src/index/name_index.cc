#include "index/name_index.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstring>
#include <functional>

#include "index/array_checks.h"
#include "index/gather_scratch.h"
#include "index/index_layout.h"
#include "match/name_scorer.h"
#include "match/similarity.h"
#include "text/tokens.h"

namespace cordon::index {
namespace {

using gather::CommonToken;
using gather::Expansion;
using gather::kMaxSpelledRun;
using gather::Matched;
using gather::Ranked;
using gather::Scratch;
using gather::ScratchLease;
using gather::Slot;
using gather::TokenSet;
using gather::Unit;

constexpr float kMinWeight = 0.05F;
constexpr double kMinCredit = 0.5;
constexpr std::size_t kLooseKeyTokens = 48;
constexpr std::size_t kVowellessKeyTokens = 256;
constexpr double kStrongSimilarity = 0.7;
// A similarity of one half or less is credited as kMinCredit, and is weak: Expand() asks only
// those above one half exactly (match::TokenSimilarityAboveHalf()).
static_assert(kMinCredit == 0.5 && kStrongSimilarity > kMinCredit);
constexpr std::size_t kExpansionCacheSize = 1 << 14;
// A number the query writes as a listed name does, of kCodeDigits digits or more and held by
// kCodeNames names or fewer, brings those names to full scoring (see Gather).
constexpr std::size_t kCodeDigits = 3;
constexpr std::size_t kCodeNames = 4;
std::atomic<std::uint64_t> next_instance{1};
// Legal forms, generic organisation words, particles and honorifics: words that many listed
// names share and that say little of which name is meant.
bool IsLowInformation(text::TokenClass token_class) {
  switch (token_class) {
    case text::TokenClass::kParticle:
    case text::TokenClass::kHonorific:
    case text::TokenClass::kLegalForm:
    case text::TokenClass::kGenericOrg:
      return true;
    default:
      return false;
  }
}

// A bit for each character a normalised token holds ([a-z0-9]); none for any other ('\0').
std::uint64_t CharBit(char c) {
  if (c >= 'a' && c <= 'z') return std::uint64_t{1} << (10 + (c - 'a'));
  if (c >= '0' && c <= '9') return std::uint64_t{1} << (c - '0');
  return 0;
}

// Gather's first cut keeps `lead` names by the query weight they reached, as ranking keys in
// s->order (after SelectLargest(): the lead-th largest at lead - 1). A one-token query written
// without short vowels ("ymany") or of a common name may reach thousands of names at one credit,
// which the cut then took by id: a listed "Yamani" lost to every "Mohammad Amin" before it. Names
// tied at the cut are taken by the share of their own weight reached instead (up to kMaxTiesRead of
// them: each is a record read).
constexpr std::size_t kMaxTiesRead = 2048;
void BreakLeadTies(std::size_t lead, std::span<const NameRecord> names, gather::Scratch* s) {
  gather::Keys& order = s->order;
  const std::uint64_t cut = order[lead - 1] >> 32;
  auto tied = [cut](std::uint64_t key) { return (key >> 32) == cut; };
  const auto lead_end = order.begin() + static_cast<std::ptrdiff_t>(lead);
  if (std::none_of(lead_end, order.end(), tied)) return;
  // The tied names as one range: those kept last in the lead, those cut first after it.
  const auto first =
      std::partition(order.begin(), lead_end, [&](std::uint64_t k) { return !tied(k); });
  const auto last = std::partition(lead_end, order.end(), tied);
  const auto keep = lead_end - first;
  const auto end = first + std::min<std::ptrdiff_t>(last - first, kMaxTiesRead);
  constexpr std::ptrdiff_t kAhead = 8;
  for (auto it = first; it < end; ++it) {
    if (it + kAhead < end) __builtin_prefetch(&names[~static_cast<std::uint32_t>(it[kAhead])]);
    const auto name = ~static_cast<std::uint32_t>(*it);
    const float share =
        s->slots.Find(name)->listed / std::max(names[name].total_weight, kMinWeight);
    *it =
        std::uint64_t{std::bit_cast<std::uint32_t>(share)} << 32 | static_cast<std::uint32_t>(*it);
  }
  std::nth_element(first, first + keep, end, std::greater<>());
  for (auto it = first; it < end; ++it) *it = cut << 32 | static_cast<std::uint32_t>(*it);
}

// The candidate step's estimate of a name's score from the shares of the query's weight (q) and
// of the listed name's (c) it reached: q^0.75 x c^0.3125, near the scorer's q^0.75 x c^0.35,
// from square roots only.
float Estimate(float q, float c) {
  const float q_root = std::sqrt(q);
  const float c_root = std::sqrt(std::sqrt(c));
  return q_root * std::sqrt(q_root) * c_root * std::sqrt(std::sqrt(c_root));
}

// A ranking key in the order of Estimate(q, c), highest first, then by id: the estimate's 16th
// power, q^12 x c^5, from products alone, as the top 32 bits of a double (a value >= 0 orders as
// its bits; they keep 20 bits of mantissa, as fine as the estimate's float), above the inverted
// id. Estimate()'s six dependent square roots, for each of a query's hundreds of leading names,
// took a twentieth of a query's time on the OFAC list.
std::uint64_t PowerKey(float q, float c, std::uint32_t name) {
  const double q2 = static_cast<double>(q) * q;
  const double q4 = q2 * q2;
  const double c2 = static_cast<double>(c) * c;
  const double power = q4 * q4 * q4 * (c2 * c2 * c);
  return (std::bit_cast<std::uint64_t>(power) & 0xFFFFFFFF00000000ULL) |
         static_cast<std::uint32_t>(~name);
}

}  // namespace

NameIndex::NameIndex(std::shared_ptr<const SnapshotImage> image)
    : image_(std::move(image)), instance_(next_instance++) {
  const SnapshotImage& in = *image_;
  auto bytes = [&](std::uint32_t id) {
    std::span<const std::byte> section = in.Section(id);
    return std::string_view(reinterpret_cast<const char*>(section.data()), section.size());
  };
  strings_ = bytes(kStrings);
  tokens_ = in.Array<TokenRecord>(kTokens);
  token_post_begin_ = in.Array<std::uint32_t>(kTokenPostBegin);
  token_posts_ = in.Array<std::uint32_t>(kTokenPosts);
  names_ = in.Array<NameRecord>(kNames);
  name_tokens_ = in.Array<std::uint32_t>(kNameTokens);
  entities_ = in.Array<EntityRecord>(kEntities);
  entity_offsets_ = in.Array<std::uint64_t>(kEntityOffsets);
  entity_blob_ = bytes(kEntityBlob);
  entity_id_offsets_ = in.Array<std::uint32_t>(kEntityIdOffsets);
  entity_ids_ = bytes(kEntityIds);
  fuzzy_ = HashPostings(in, kFuzzyKeys);
  name_keys_ = HashPostings(in, kNameKeys);
  token_pairs_ = HashPostings(in, kTokenPairs);
  frequencies_ = HashPostings(in, kFrequencies);
  entity_ids_table_ = HashPostings(in, kEntityIdTable);
  identifiers_ = HashPostings(in, kIdentifierKeys);
  std::span<const Meta> meta = in.Array<Meta>(kMeta);
  if (!meta.empty()) corpus_names_ = meta[0].corpus_names;
}

Result<std::unique_ptr<NameIndex>> NameIndex::Open(std::shared_ptr<const SnapshotImage> image) {
  std::unique_ptr<NameIndex> index(new NameIndex(std::move(image)));
  CORDON_RETURN_IF_ERROR(index->Check());
  index->written_patterns_ = !index->fuzzy_.Find(KeyHash(kWrittenPattern, {})).empty();
  return index;
}

Status NameIndex::Check() const {
  auto bad = [&](const std::string& what) {
    return Status::CorruptSnapshot(image_->source() + ": snapshot index is inconsistent (" + what +
                                   "): rebuild it with `cordon index build`");
  };
  std::span<const Meta> meta = image_->Array<Meta>(kMeta);
  if (meta.size() != 1) return bad("no header section");
  if (meta[0].entities != entities_.size() || meta[0].names != names_.size() ||
      meta[0].tokens != tokens_.size()) {
    return bad("counts");
  }
  if (token_post_begin_.size() != tokens_.size() + 1 ||
      token_post_begin_.back() != token_posts_.size() ||
      entity_offsets_.size() != entities_.size() + 1 ||
      entity_offsets_.back() != entity_blob_.size() ||
      entity_id_offsets_.size() != entities_.size() + 1 ||
      entity_id_offsets_.back() != entity_ids_.size()) {
    return bad("array sizes");
  }
  if (!fuzzy_.Consistent(tokens_.size()) || !name_keys_.Consistent(names_.size()) ||
      !token_pairs_.Consistent(names_.size()) || !frequencies_.Consistent(std::uint64_t{1} << 32) ||
      !entity_ids_table_.Consistent(entities_.size()) ||
      !identifiers_.Consistent(entities_.size())) {
    return bad("key table");
  }
  if (!Ascending(token_post_begin_) || !AllBelow(token_posts_, names_.size())) {
    return bad("postings");
  }
  bool outside = false;
  for (const TokenRecord& token : tokens_) {
    for (auto [offset, size] : {std::pair{token.text, token.text_size},
                                {token.canonical, token.canonical_size},
                                {token.skeleton, token.skeleton_size},
                                {token.phonetic, token.phonetic_size}}) {
      outside |= std::size_t{offset} + size > strings_.size();
    }
  }
  if (outside) return bad("token strings");
  for (const NameRecord& name : names_) {
    outside |= name.entity >= entities_.size();
    outside |= std::size_t{name.token_begin} + name.token_count > name_tokens_.size();
  }
  if (outside) return bad("names");
  if (!AllBelow(name_tokens_, tokens_.size())) return bad("name tokens");
  for (std::size_t e = 0; e < entities_.size(); ++e) {
    outside |= entity_offsets_[e] > entity_offsets_[e + 1];
    outside |= entity_id_offsets_[e] > entity_id_offsets_[e + 1];
    outside |= std::size_t{entities_[e].first_name} + entities_[e].name_count > names_.size();
  }
  if (outside) return bad("entities");
  return Status::Ok();
}

IndexCounts NameIndex::counts() const {
  IndexCounts out;
  out.entities = entities_.size();
  out.names = names_.size();
  out.tokens = tokens_.size();
  out.fuzzy_keys = fuzzy_.key_count();
  out.name_keys = name_keys_.key_count();
  out.token_pairs = token_pairs_.key_count();
  out.postings = token_posts_.size();
  out.bytes = image_->Bytes().size();
  return out;
}

std::vector<std::pair<std::string, std::uint64_t>> NameIndex::datasets() const {
  std::span<const std::byte> section = image_->Section(kDatasets);
  std::string_view text(reinterpret_cast<const char*>(section.data()), section.size());
  std::vector<std::pair<std::string, std::uint64_t>> out;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    std::size_t tab = line.rfind('\t');
    if (tab == std::string_view::npos) continue;
    std::uint64_t count = 0;
    for (char c : line.substr(tab + 1)) {
      if (c >= '0' && c <= '9') count = count * 10 + static_cast<std::uint64_t>(c - '0');
    }
    out.emplace_back(std::string(line.substr(0, tab)), count);
  }
  return out;
}

std::string_view NameIndex::metadata() const {
  std::span<const std::byte> section = image_->Section(kMetadataJson);
  return {reinterpret_cast<const char*>(section.data()), section.size()};
}

match::TokenView NameIndex::TokenAt(std::uint32_t token) const {
  return ViewOfRecord(tokens_[token], strings_);
}

match::NameView NameIndex::View(std::uint32_t id,
                                std::array<match::TokenView, kMaxNameTokens>* storage) const {
  const NameRecord& name = names_[id];
  std::size_t count = std::min<std::size_t>(name.token_count, kMaxNameTokens);
  std::span<const std::uint32_t> ids = name_tokens_.subspan(name.token_begin, count);
  for (std::size_t k = 0; k < count; ++k) (*storage)[k] = TokenAt(ids[k]);
  return match::NameView{std::span<const match::TokenView>(storage->data(), count),
                         name.vowelless(),
                         name.total_weight,
                         ids,
                         name.transcribed(),
                         name.person(),
                         name.respelled(),
                         name.consonant_start(),
                         name.consonant_end(),
                         name.glide_start()};
}

std::span<const std::uint32_t> NameIndex::NameTokenIds(std::uint32_t id) const {
  const NameRecord& name = names_[id];
  return name_tokens_.subspan(name.token_begin,
                              std::min<std::size_t>(name.token_count, kMaxNameTokens));
}

std::size_t NameIndex::Frequency(std::string_view canonical_token) const {
  std::span<const std::uint32_t> found = frequencies_.Find(KeyHash('c', canonical_token));
  return found.empty() ? 0 : found[0];
}

void NameIndex::Prepare(unsigned concurrency) const {
  // Leased together, so that each is a different scratch of the pool.
  std::vector<std::unique_ptr<ScratchLease>> leases;
  for (unsigned q = 0; q < std::max(concurrency, 1U); ++q) {
    leases.push_back(std::make_unique<ScratchLease>());
    (**leases.back()).Prepare(names_.size());
  }
}

void NameIndex::Candidates(const match::PreparedName& query, std::size_t max_candidates,
                           std::vector<std::uint32_t>* out, std::vector<float>* estimates,
                           bool exhaustive) const {
  Gather(query, max_candidates, out, estimates, exhaustive, 0);
  if (query.transcribed && !query.tokens.empty()) {
    AddTranscribedCandidates(query, max_candidates, out, estimates, exhaustive);
  }
}

void NameIndex::AddTranscribedCandidates(const match::PreparedName& query,
                                         std::size_t max_candidates,
                                         std::vector<std::uint32_t>* out,
                                         std::vector<float>* estimates, bool exhaustive) const {
  // A name from Han, Hangul or kana comes one token per syllable ("ba la ba nuo fu" for
  // Balabanov, "xi jin ping"): its tokens alone reach little of what they spell together. So
  // the syllables are also looked up written as one word, and as two at each place the name
  // may divide ("xi jinping", "kim jongun"), by their consonants too (as a vowelless name
  // is: the syllables add vowels the listed spelling lacks). What these reach joins the
  // query's own candidates, by estimate; match::ScoreName() compares the syllables so.
  constexpr std::size_t kMaxSyllables = 8;
  const std::size_t count = std::min(query.tokens.size(), kMaxSyllables);
  std::vector<std::pair<float, std::uint32_t>> merged;
  for (std::size_t c = 0; c < out->size(); ++c) {
    merged.emplace_back(estimates != nullptr ? (*estimates)[c] : 0.0F, (*out)[c]);
  }
  std::vector<std::uint32_t> reached;
  std::vector<float> reached_estimates;
  std::string written;
  for (std::size_t split = 0; split < count; ++split) {
    written.clear();
    for (std::size_t t = 0; t < count; ++t) {
      if (t == split && t > 0) written += ' ';
      written += query.tokens[t].text;
    }
    match::PreparedName variant = match::PrepareName(written, this);
    variant.vowelless = true;
    Gather(variant, max_candidates, &reached, &reached_estimates, exhaustive, 0);
    for (std::size_t c = 0; c < reached.size(); ++c) {
      merged.emplace_back(reached_estimates[c], reached[c]);
    }
  }
  // Each name once, at its best estimate; the best first, as many as two lookups give.
  std::sort(merged.begin(), merged.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second < b.second : a.first > b.first;
  });
  merged.erase(std::unique(merged.begin(), merged.end(),
                           [](const auto& a, const auto& b) { return a.second == b.second; }),
               merged.end());
  std::stable_sort(merged.begin(), merged.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  if (merged.size() > 2 * max_candidates) merged.resize(2 * max_candidates);
  out->clear();
  if (estimates != nullptr) estimates->clear();
  for (const auto& [estimate, name] : merged) {
    out->push_back(name);
    if (estimates != nullptr) estimates->push_back(estimate);
  }
}

void NameIndex::Reach(const match::PreparedName& query, float min_share,
                      std::vector<std::uint32_t>* out, const NameIndex* forward) const {
  Gather(query, kReachAll, out, nullptr, true, min_share, forward);
}

// What one query token reaches, appended to s.matched from `matched_begin` on: each listed
// token its keys reach, with its credit (`weight` x its similarity) when `credited`. Returns the
// postings of those tokens, the cost of walking them. (See Gather.)
std::size_t NameIndex::Expand(const match::PreparedName& query, const match::PreparedToken& token,
                              const match::TokenView& view, float weight, bool several_words,
                              bool exhaustive, bool credited, const NameIndex* forward,
                              std::size_t matched_begin, Scratch& s) const {
  std::size_t cost = 0;
  std::array<std::pair<std::uint64_t, bool>, 2 * match::kMaxTokenLength + 8> keys{};
  std::size_t key_count = 0;
  // (Only a vowelless query looks its skeleton key up beyond kLooseKeyTokens.)
  const std::uint64_t skeleton_key =
      query.vowelless && token.skeleton.size() >= 2 ? KeyHash('s', token.skeleton) : 0;
  s.reached.Clear();
  ForEachKey(view, true, [&](std::uint64_t key, bool exact) {
    if (key_count < keys.size()) keys[key_count++] = {key, exact};
  });
  // An Arabic-script token with the article joined ("almsry") also looks up the skeleton
  // of the rest: lists write "al-Masri" or "Masri" (match::TokenSimilarity() agrees).
  std::uint64_t article_key = 0;
  if (query.vowelless && token.text.size() >= 5 && token.text.starts_with("al")) {
    article_key = KeyHash('s', text::Skeleton(std::string_view(token.text).substr(2)));
    if (key_count < keys.size()) keys[key_count++] = {article_key, false};
  }
  // And, in a query of several words, the skeletons of the Latin spellings
  // match::TokenSimilarity() meets otherwise: its letters read apart (כהן "khn": Cohen, not
  // "kn"), and an initial yod or ya spelled J (יעקב "yqb": Jacob). (Looked up for a single
  // word too, they let 0.4 points more of 1,000 unlisted Arabic names alert.)
  std::uint64_t unfolded_key = 0;
  std::uint64_t yod_key = 0;
  if (query.vowelless && several_words && token.text.find('h') != std::string::npos) {
    const std::string unfolded = text::UnfoldedSkeleton(token.text);
    if (unfolded.size() >= 2 && unfolded != token.skeleton) {
      unfolded_key = KeyHash('s', unfolded);
      if (key_count < keys.size()) keys[key_count++] = {unfolded_key, false};
    }
  }
  if (query.vowelless && several_words && token.text.starts_with('y') &&
      token.skeleton.size() >= 2) {
    yod_key = KeyHash('s', "j" + token.skeleton);
    if (key_count < keys.size()) keys[key_count++] = {yod_key, false};
  }
  // A short skeleton reaches many tokens: those whose vowels stand where this token writes
  // its own are looked up by their patterns; a written token of one consonant ("ly", Ali;
  // "dawd", Dawood) only in a query of several words, as alone it says too little (see
  // ForEachPatternKey). A Latin one is not looked up among written names: "Maria Si" met a
  // listed ثسشي "ssshy" so.
  const std::size_t pattern_first = key_count;
  const std::size_t min_letters = several_words ? 1 : 2;
  if (query.vowelless && token.skeleton.size() >= min_letters &&
      token.skeleton.size() <= kPatternLetters) {
    ForEachLatinPattern(token.text, min_letters, [&](std::string_view pattern) {
      if (key_count < keys.size()) keys[key_count++] = {KeyHash(kLatinPattern, pattern), false};
    });
  } else if (written_patterns_ && token.skeleton.size() >= 2 &&
             token.skeleton.size() <= kPatternLetters && key_count < keys.size()) {
    const std::string pattern = text::SkeletonPattern(token.text);
    if (PatternLetters(pattern) <= kPatternLetters) {
      keys[key_count++] = {KeyHash(kWrittenPattern, pattern), false};
    }
  }
  // Each lookup is a chain of two or three cache misses: the chains of all the token's
  // keys are followed side by side, a level at a time.
  for (int stage = 0; stage < 3; ++stage) {
    for (std::size_t k = 0; k < key_count; ++k) fuzzy_.Prefetch(keys[k].first, stage);
  }
  for (std::size_t k = 0; k < key_count; ++k) {
    std::span<const std::uint32_t> reached = fuzzy_.Find(keys[k].first);
    // A loose key shared by very many tokens (a short skeleton, a common prefix) says
    // little and would cost a comparison each: it is skipped.
    // Except the skeleton of a name written without short vowels (Arabic, Hebrew): its
    // consonants are all the query says, and common ones ("mhmd", "hmdn") reach many.
    const bool consonants = (skeleton_key != 0 && keys[k].first == skeleton_key) ||
                            (article_key != 0 && keys[k].first == article_key) ||
                            (unfolded_key != 0 && keys[k].first == unfolded_key) ||
                            (yod_key != 0 && keys[k].first == yod_key) || k >= pattern_first;
    const std::size_t loose_limit = consonants ? kVowellessKeyTokens : kLooseKeyTokens;
    if (!exhaustive && !keys[k].second && reached.size() > loose_limit) continue;
    if (forward != nullptr && !keys[k].second &&
        forward->fuzzy_.Find(keys[k].first).size() > kLooseKeyTokens) {
      continue;
    }
    for (std::uint32_t t : reached) {
      if (!credited) {  // duplicates are removed below
        s.matched.push_back(Matched{t, weight, tokens_[t].weight, false});
        continue;
      }
      const TokenSet::Inserted inserted = s.reached.Insert(t);
      if (inserted == TokenSet::Inserted::kSeen) continue;
      if (inserted == TokenSet::Inserted::kFull) {
        bool seen = false;
        for (std::size_t m = matched_begin; m < s.matched.size() && !seen; ++m) {
          seen = s.matched[m].token == t;
        }
        if (seen) continue;
      }
      // Exact keys need no comparison: the same text, or the same variant or sound. The
      // others are compared below, once every token reached is known.
      const bool exact = keys[k].second;
      s.matched.push_back(Matched{t, exact ? 1.0F : -1.0F, 0, false});
      __builtin_prefetch(&tokens_[t]);
      __builtin_prefetch(&token_post_begin_[t]);
    }
  }
  if (credited) {
    // Each listed token is a few cache misses (its record, then its strings, scattered
    // through the arena): all are requested before the first comparison waits for one.
    const std::size_t first = matched_begin;
    for (std::size_t m = first; m < s.matched.size(); ++m) {
      if (s.matched[m].credit >= 0) continue;
      const TokenRecord& record = tokens_[s.matched[m].token];
      for (std::uint32_t offset :
           {record.text, record.canonical, record.skeleton, record.phonetic}) {
        __builtin_prefetch(strings_.data() + offset);
      }
    }
    for (std::size_t m = first; m < s.matched.size(); ++m) {
      Matched& matched = s.matched[m];
      const std::uint32_t t = matched.token;
      double sim = 0.97;
      if (matched.credit < 0) {
        sim = match::TokenSimilarityAboveHalf(view, TokenAt(t),
                                              query.vowelless || tokens_[t].written != 0);
      }
      const double factor = std::max(sim, kMinCredit);
      matched = Matched{t, static_cast<float>(weight * factor),
                        static_cast<float>(tokens_[t].weight * factor), sim < kStrongSimilarity};
      cost += token_post_begin_[t + 1] - token_post_begin_[t];
    }
  }
  if (!credited) {
    auto first = s.matched.begin() + static_cast<std::ptrdiff_t>(matched_begin);
    std::sort(first, s.matched.end(),
              [](const Matched& a, const Matched& b) { return a.token < b.token; });
    s.matched.erase(
        std::unique(first, s.matched.end(),
                    [](const Matched& a, const Matched& b) { return a.token == b.token; }),
        s.matched.end());
    for (std::size_t m = matched_begin; m < s.matched.size(); ++m) {
      const std::uint32_t t = s.matched[m].token;
      cost += token_post_begin_[t + 1] - token_post_begin_[t];
    }
  }
  return cost;
}

// True when the name holds `run` (kMaxSpelledRun letters or fewer, then zeros) as
// consecutive initials.
bool NameIndex::HasInitials(std::uint32_t name_id, std::span<const char> run) const {
  const auto length =
      static_cast<std::size_t>(std::find(run.begin(), run.end(), '\0') - run.begin());
  const NameRecord& name = names_[name_id];
  std::size_t matched = 0;
  for (std::uint32_t k = 0; k < name.token_count && matched < length; ++k) {
    const TokenRecord& token = tokens_[name_tokens_[name.token_begin + k]];
    const bool initial =
        static_cast<text::TokenClass>(token.token_class) == text::TokenClass::kInitial;
    const char first = initial ? InitialOf(token) : '\0';
    matched = first != '\0' && first == run[matched] ? matched + 1
              : first != '\0' && first == run[0]     ? 1
                                                     : 0;
  }
  return matched == length;
}

// Credits the names `unit` reaches, with the stamp `unit_stamp`; with `reach_new` false, only
// the names already reached.
void NameIndex::Walk(const Unit& unit, std::uint32_t unit_stamp, bool reach_new, bool exhaustive,
                     std::size_t max_candidates, Scratch& s) const {
  if (reach_new) s.slots.Reserve(s.touched.size() + unit.cost);
  for (std::size_t m = unit.matched_begin; m < unit.matched_end; ++m) {
    const std::uint32_t t = s.matched[m].token;
    const bool weak = s.matched[m].weak;
    // A token the query token hardly resembles brings new names only while there are too
    // few: at scale its postings would otherwise dominate the work.
    if (weak && !exhaustive && s.touched.size() >= max_candidates) continue;
    // Each posting's slot is asked for kSlotAhead postings ahead (in a dense table, a likely
    // cache miss).
    constexpr std::uint32_t kSlotAhead = 8;
    const std::uint32_t end = token_post_begin_[t + 1];
    if (Slot* const dense = s.slots.dense()) {  // the common case of a small list, unrolled
      const std::uint32_t first = s.slots.first();
      for (std::uint32_t p = token_post_begin_[t]; p < end; ++p) {
        if (p + kSlotAhead < end) __builtin_prefetch(&dense[token_posts_[p + kSlotAhead]]);
        const std::uint32_t name = token_posts_[p];
        Slot& slot = dense[name];
        const bool fresh = slot.stamp < first;
        if (reach_new || !fresh) {
          s.Credit(slot, fresh, name, static_cast<std::uint32_t>(m), unit_stamp);
        }
      }
      continue;
    }
    for (std::uint32_t p = token_post_begin_[t]; p < end; ++p) {
      if (p + kSlotAhead < end) __builtin_prefetch(s.slots.Address(token_posts_[p + kSlotAhead]));
      const std::uint32_t name = token_posts_[p];
      if (reach_new || s.slots.Find(name) != nullptr) {
        s.Add(name, static_cast<std::uint32_t>(m), unit_stamp);
      }
    }
  }
  for (std::uint32_t name : unit.direct) {
    if (unit.spelled && !(reach_new || s.slots.Find(name) != nullptr)) continue;
    // A name key of spelled initials is either a listed pair of initials ("B S COMPANY")
    // or the acronym of a name ("Chen Huang" for "C. H."), which the initials pass below
    // credits already: only the first counts here.
    if (unit.spelled && !HasInitials(name, unit.run)) continue;
    s.Add(name, unit.direct_matched, unit_stamp);
  }
}

// The two-hit rule (see Gather) for the query's `common` units, after the rare ones.
void NameIndex::CreditCommonUnits(std::span<const Unit> common, std::size_t max_candidates,
                                  Scratch& s) const {
  constexpr std::size_t kSlotsAhead = 8;
  const bool skip_weak = s.touched.size() >= max_candidates;
  const std::uint32_t first_stamp = s.stamp + 1;  // of the first common unit
  // Each listed token the common units credit, with the stamp of its unit.
  auto for_each_common_token = [&](auto&& visit) __attribute__((always_inline)) {
    for (std::size_t u = 0; u < common.size(); ++u) {
      const auto unit_stamp = first_stamp + static_cast<std::uint32_t>(u);
      for (std::size_t m = common[u].matched_begin; m < common[u].matched_end; ++m) {
        if (!(s.matched[m].weak && skip_weak)) {
          visit(s.matched[m], static_cast<std::uint32_t>(m), unit_stamp);
        }
      }
    }
  };
  if (!s.touched.empty() || common.size() >= 2) {
    s.stamp += static_cast<std::uint32_t>(common.size());
    s.SizeEligibleBits(names_.size());
    std::uint64_t* const bits = s.eligible_bits.data();
    auto is_eligible = [bits](std::uint32_t name) __attribute__((always_inline)) {
      return ((bits[name >> 6] >> (name & 63)) & 1) != 0;
    };
    auto make_eligible = [&](std::span<const std::uint32_t> names) {
      for (std::uint32_t name : names) {
        std::uint64_t& word = bits[name >> 6];
        const std::uint64_t bit = std::uint64_t{1} << (name & 63);
        if ((word & bit) == 0) {
          word |= bit;
          s.eligible.push_back(name);
        }
      }
    };
    s.eligible.clear();
    make_eligible(std::span<const std::uint32_t>(s.touched.begin(), s.touched.size()));
    // The common units' listed tokens, by token, each with its unit and credits; and their
    // postings, counted.
    std::size_t postings = 0;
    s.common.clear();
    for_each_common_token([&](const Matched& matched, std::uint32_t m, std::uint32_t unit_stamp) {
      postings += token_post_begin_[matched.token + 1] - token_post_begin_[matched.token];
      s.common.push_back(CommonToken{matched.token, unit_stamp, m});
    });
    std::sort(s.common.begin(), s.common.end(),
              [](const CommonToken& a, const CommonToken& b) { return a.token < b.token; });
    // Hits are counted by listed token, each once: two query tokens that reach the same
    // listed one ("Mohammed ... Mohammad", or a token repeated) are one hit in a name that
    // holds it once, not two. (Counted by unit, every name holding a Mohammed became a
    // candidate of such a query, tens of thousands at a million names.) The names holding two
    // paired tokens are listed under the pair: looking the pairs up costs a few hundred probes
    // where walking the postings of "Mohammed", "Abdul" and "Rahman" read tens of thousands.
    // A counted token of fewer postings makes its names eligible alone: they are few.
    // Low-information words (legal forms, generic words, particles, honorifics) make a name
    // eligible only with an informative word: thousands of listed companies share any two of
    // "International Trading Group Co. Ltd.", and "Kerman Joint Stock Company" still reaches
    // every Kerman JSC. When all the common words are such, they count alone in a query that
    // reached no name otherwise ("International Trading Group"), and not at all in one that
    // did ("Chenghu International Trading Group").
    std::size_t informative_units = 0;
    for (std::size_t u = 0; u < common.size(); ++u) {
      if (!common[u].low_information) ++informative_units;
    }
    const bool low_information_count = informative_units == 0 && s.touched.empty();
    auto is_paired = [&](std::uint32_t token) {
      return PostingsOf(token).size() >= kPairedPostings;
    };
    if (low_information_count || informative_units > 0) {
      s.counted.clear();
      for (std::size_t u = 0; u < common.size(); ++u) {
        if (common[u].low_information && !low_information_count) continue;
        for (std::size_t m = common[u].matched_begin; m < common[u].matched_end; ++m) {
          if (!(s.matched[m].weak && skip_weak)) s.counted.push_back(s.matched[m].token);
        }
      }
      std::sort(s.counted.begin(), s.counted.end());
      s.counted.erase(std::unique(s.counted.begin(), s.counted.end()), s.counted.end());
      for (std::uint32_t token : s.counted) {
        if (!is_paired(token)) make_eligible(PostingsOf(token));
      }
      if (common.size() >= 2) {
        // Each pair of a counted token and another common one, once.
        s.pair_keys.clear();
        for (std::uint32_t a : s.counted) {
          if (!is_paired(a)) continue;
          for (std::size_t c = 0; c < s.common.size(); ++c) {
            const std::uint32_t b = s.common[c].token;
            if ((c > 0 && s.common[c - 1].token == b) || b == a || !is_paired(b)) continue;
            if (b < a && std::binary_search(s.counted.begin(), s.counted.end(), b)) continue;
            s.pair_keys.push_back(PairKey(a, b));
          }
        }
        for (int stage = 0; stage < 3; ++stage) {
          for (std::uint64_t key : s.pair_keys) token_pairs_.Prefetch(key, stage);
        }
        for (std::uint64_t key : s.pair_keys) make_eligible(token_pairs_.Find(key));
      }
    }
    // The names credited below: the eligible, and those the units' name keys reach.
    std::size_t direct = 0;
    for (std::size_t u = 0; u < common.size(); ++u) direct += common[u].direct.size();
    s.slots.Reserve(s.eligible.size() + direct);
    constexpr std::size_t kPostingsPerNameRead = 64;
    if (postings > kPostingsPerNameRead * s.eligible.size()) {
      // Two cache misses a name, its record then its token ids, and its slot: records are
      // asked for 2 x kAhead names ahead, token ids (from a record asked for then) and slots
      // kAhead names ahead.
      constexpr std::size_t kAhead = 8;
      const std::size_t eligible = s.eligible.size();
      for (std::size_t i = 0; i < std::min(2 * kAhead, eligible); ++i) {
        __builtin_prefetch(&names_[s.eligible[i]]);
      }
      for (std::size_t i = 0; i < eligible; ++i) {
        if (i + 2 * kAhead < eligible) __builtin_prefetch(&names_[s.eligible[i + 2 * kAhead]]);
        if (i + kAhead < eligible) {
          __builtin_prefetch(&name_tokens_[names_[s.eligible[i + kAhead]].token_begin]);
          __builtin_prefetch(s.slots.Address(s.eligible[i + kAhead]));
        }
        const std::uint32_t name = s.eligible[i];
        const NameRecord& record = names_[name];
        // The name's tokens come in its order, their units interleaved ("Hwan-hwan": both
        // tokens reached by two units): credited unit by unit, as the postings walk does, so
        // that a unit counts once per name.
        s.name_hits.clear();
        for (std::uint32_t k = 0; k < record.token_count; ++k) {
          const std::uint32_t t = name_tokens_[record.token_begin + k];
          auto found = std::lower_bound(
              s.common.begin(), s.common.end(), t,
              [](const CommonToken& entry, std::uint32_t token) { return entry.token < token; });
          for (; found != s.common.end() && found->token == t; ++found) {
            s.name_hits.push_back(*found);
          }
        }
        std::sort(s.name_hits.begin(), s.name_hits.end(),
                  [](const CommonToken& a, const CommonToken& b) {
                    return a.unit_stamp != b.unit_stamp ? a.unit_stamp < b.unit_stamp
                                                        : a.matched < b.matched;
                  });
        for (const CommonToken& hit : s.name_hits) s.Add(name, hit.matched, hit.unit_stamp);
      }
    } else {
      for_each_common_token([&](const Matched& matched, std::uint32_t m, std::uint32_t unit_stamp) {
        const std::span<const std::uint32_t> names = PostingsOf(matched.token);
        if (s.marked.size() < names.size()) s.marked.resize(names.size());
        const std::size_t marked = gather::SelectMarked(names, bits, s.marked.data());
        for (std::size_t i = 0; i < marked; ++i) {
          // (Each slot a likely cache miss in a large list: asked for kSlotsAhead ahead.)
          if (i + kSlotsAhead < marked) {
            __builtin_prefetch(s.slots.Address(s.marked[i + kSlotsAhead]));
          }
          s.Add(s.marked[i], m, unit_stamp);
        }
      });
    }
    for (std::size_t u = 0; u < common.size(); ++u) {
      const std::uint32_t unit_stamp = first_stamp + static_cast<std::uint32_t>(u);
      for (std::uint32_t name : common[u].direct) {
        // (A low-information pair, "trading group" written as one word, is such a word.)
        if (common[u].low_information && !low_information_count && !is_eligible(name)) {
          continue;
        }
        s.Add(name, common[u].direct_matched, unit_stamp);
      }
    }
    for (std::uint32_t name : s.eligible) bits[name >> 6] = 0;
  }
}

void NameIndex::Gather(const match::PreparedName& query, std::size_t max_candidates,
                       std::vector<std::uint32_t>* out, std::vector<float>* estimates,
                       bool exhaustive, float min_share, const NameIndex* forward) const {
  out->clear();
  if (estimates) estimates->clear();
  ScratchLease lease;
  Scratch& s = *lease;
  s.StartQuery(names_.size());

  std::array<Unit, 2 * kMaxNameTokens> units{};
  // The names of written pairs a Latin token meets (see below), each span with its credits'
  // entry in s.matched.
  std::array<std::pair<std::span<const std::uint32_t>, std::uint32_t>, kMaxNameTokens>
      written_joins{};
  std::size_t written_join_count = 0;
  std::size_t unit_count = 0;
  s.matched.clear();
  const auto& tokens = query.tokens;
  const std::size_t count = std::min(tokens.size(), kMaxNameTokens);
  // Expansions filtered by another index (Reach with `forward`) are neither kept nor reused.
  const bool cacheable = forward == nullptr;
  // Reach() with no least share needs no credits: no token comparison, only the postings.
  const bool credited = max_candidates != kReachAll || min_share > 0;
  std::array<std::uint64_t, kMaxNameTokens> spelled_keys{};
  std::size_t spelled_count = 0;
  // Some lookups of a name written without short vowels say too little of a single word (a
  // token of one consonant, the letters of a digraph read apart): only a query of several words
  // makes them.
  const bool several_words =
      std::count_if(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(count),
                    [](const match::PreparedToken& token) {
                      return token.token_class != text::TokenClass::kInitial;
                    }) >= 2;
  for (std::size_t pos = 0; pos < count; ++pos) {
    const match::PreparedToken& token = tokens[pos];
    if (token.token_class == text::TokenClass::kInitial) {
      // Initials reach nothing alone, but a run of them may spell a listed word ("B S COMPANY"
      // for "BS COMPANY"): each run from here, of two letters or more, is looked up whole.
      std::array<char, kMaxSpelledRun> run{};
      std::size_t length = 0;
      float run_weight = 0;
      for (std::size_t k = pos; k < count && length < run.size() && !tokens[k].text.empty() &&
                                tokens[k].token_class == text::TokenClass::kInitial;
           ++k) {
        run[length++] = tokens[k].text[0];
        run_weight += std::max(tokens[k].weight, kMinWeight);
        // (Room is left for the units of the tokens that follow, two each at most.)
        if (length < 2 || unit_count + 2 * (count - pos) >= units.size()) continue;
        const std::uint64_t key = KeyHash('t', std::string_view(run.data(), length));
        // The same letters spelled from another initial of the run ("M M M": "mm" twice) are
        // looked up once.
        const auto spelled_end = spelled_keys.begin() + static_cast<std::ptrdiff_t>(spelled_count);
        if (std::find(spelled_keys.begin(), spelled_end, key) != spelled_end) continue;
        if (spelled_count < spelled_keys.size()) spelled_keys[spelled_count++] = key;
        Unit spelled{s.matched.size(), 0, name_keys_.Find(key), run_weight, 0, true, run};
        for (std::uint32_t t : fuzzy_.Find(key)) {
          s.matched.push_back(Matched{t, run_weight, tokens_[t].weight, false});
          spelled.cost += token_post_begin_[t + 1] - token_post_begin_[t];
        }
        spelled.matched_end = s.matched.size();
        spelled.cost += spelled.direct.size();
        if (spelled.cost > 0) units[unit_count++] = spelled;
      }
      continue;
    }
    const float weight = std::max(token.weight, kMinWeight);
    match::TokenView view = match::ViewOf(token);
    Unit unit{s.matched.size(), 0, {}, weight, 0};
    unit.low_information = IsLowInformation(token.token_class);
    // The expansion of a query token depends on its text and this index only: batches and
    // services see the same tokens again and again, so each scratch keeps the last ones.
    std::string& cache_key = s.cache_key;
    cache_key.assign(token.text);
    cache_key.push_back(query.vowelless ? '1' : '0');
    cache_key.push_back(exhaustive ? 'x' : '-');
    cache_key.push_back(several_words ? 'o' : '-');
    if (s.cache_owner != instance_) {
      s.cache.Clear();
      s.expansions.clear();
      s.cache_owner = instance_;
    }
    if (const std::uint32_t* hit = cacheable ? s.cache.Find(cache_key) : nullptr; hit != nullptr) {
      const Expansion& expansion = s.expansions[*hit];
      s.matched.insert(s.matched.end(), expansion.matched.begin(), expansion.matched.end());
      unit.direct = expansion.direct;
      unit.cost = expansion.cost;
      unit.matched_end = s.matched.size();
    } else {
      unit.cost = Expand(query, token, view, weight, several_words, exhaustive, credited, forward,
                         unit.matched_begin, s);
      unit.matched_end = s.matched.size();
      unit.direct = name_keys_.Find(KeyHash('t', token.text));
      unit.cost += unit.direct.size();
      if (cacheable) {
        if (s.expansions.size() >= kExpansionCacheSize) {
          s.cache.Clear();
          s.expansions.clear();
        }
        s.cache.TryEmplace(cache_key, static_cast<std::uint32_t>(s.expansions.size()));
        s.expansions.push_back(
            Expansion{std::vector<Matched>(
                          s.matched.begin() + static_cast<std::ptrdiff_t>(unit.matched_begin),
                          s.matched.end()),
                      unit.direct, unit.cost});
      }
    }
    units[unit_count++] = unit;
    // A Latin token may be a pair of a listed name written without short vowels, written as
    // one word: "abdullah" for عبد الله "bd allh", "shamsuddin" for شمس الدین "shms aldyn".
    if (written_patterns_ && !query.vowelless && token.skeleton.size() >= kMinJoinedSkeleton) {
      const std::span<const std::uint32_t> pairs =
          name_keys_.Find(KeyHash(kWrittenJoin, token.skeleton));
      if (!pairs.empty() && pairs.size() <= kMaxWrittenJoinNames &&
          written_join_count < written_joins.size()) {
        const float join_credit = weight * static_cast<float>(match::kVowellessJoin);
        s.matched.push_back(Matched{0, join_credit, join_credit, false});
        written_joins[written_join_count++] = {pairs,
                                               static_cast<std::uint32_t>(s.matched.size() - 1)};
      }
    }
    // Two query tokens written as one listed token ("abdel jalil" / "abdeljalil").
    if (pos + 1 < count) {
      const match::PreparedToken& next = tokens[pos + 1];
      std::string_view a = std::string_view(token.text).substr(0, match::kMaxTokenLength);
      std::string_view b = std::string_view(next.text).substr(0, match::kMaxTokenLength);
      std::array<char, 2 * match::kMaxTokenLength> joined{};
      std::memcpy(joined.data(), a.data(), a.size());
      std::memcpy(joined.data() + a.size(), b.data(), b.size());
      std::uint64_t key = KeyHash('t', std::string_view(joined.data(), a.size() + b.size()));
      const float pair_weight = weight + std::max(next.weight, kMinWeight);
      Unit pair{s.matched.size(), 0, name_keys_.Find(key), pair_weight, 0};
      pair.low_information = unit.low_information && IsLowInformation(next.token_class);
      for (std::uint32_t t : fuzzy_.Find(key)) {
        s.matched.push_back(Matched{t, pair_weight, tokens_[t].weight, false});
        pair.cost += token_post_begin_[t + 1] - token_post_begin_[t];
      }
      // Written without short vowels, the pair may be a listed token's consonants ("bd" +
      // "allh" for "abdullah"), as the scorer counts them.
      // (Also without the article's l where it is not said: "shms"+"aldyn" for "shamsuddin".
      // A token both reach is credited once per name all the same: a unit keeps its best.)
      if (query.vowelless && match::ArabicCompound(a, b)) {
        for (const std::string& skeleton : match::JoinedSkeletons(a, b)) {
          std::span<const std::uint32_t> reached = skeleton.size() >= 3
                                                       ? fuzzy_.Find(KeyHash('s', skeleton))
                                                       : std::span<const std::uint32_t>{};
          if (reached.size() > kVowellessKeyTokens) continue;
          constexpr auto kJoinedConsonants = static_cast<float>(match::kVowellessJoin);
          for (std::uint32_t t : reached) {
            s.matched.push_back(Matched{t, pair_weight * kJoinedConsonants,
                                        tokens_[t].weight * kJoinedConsonants, false});
            pair.cost += token_post_begin_[t + 1] - token_post_begin_[t];
          }
        }
      }
      pair.matched_end = s.matched.size();
      pair.cost += pair.direct.size();
      if (pair.cost > 0) units[unit_count++] = pair;
    }
  }
  // The credits of each unit's name keys, as an entry of s.matched for Scratch::Add().
  for (std::size_t u = 0; u < unit_count; ++u) {
    Unit& unit = units[u];
    if (unit.direct.empty()) continue;
    s.matched.push_back(Matched{0, unit.direct_credit, unit.direct_credit, false});
    unit.direct_matched = static_cast<std::uint32_t>(s.matched.size() - 1);
  }
  // Words first, rarest first, so that common tokens can stay within the names already
  // reached; spelled initials last (see below).
  std::sort(units.begin(), units.begin() + static_cast<std::ptrdiff_t>(unit_count),
            [](const Unit& a, const Unit& b) {
              return a.spelled != b.spelled ? b.spelled : a.cost < b.cost;
            });
  std::size_t word_units = 0;
  while (word_units < unit_count && !units[word_units].spelled) ++word_units;
  // Common units (more than kCommonPostings postings) come after the rare ones. Walking them
  // into the accumulators costs a cache miss a posting; see the two-hit rule below.
  std::size_t common_begin = 0;
  while (common_begin < word_units && (exhaustive || units[common_begin].cost <= kCommonPostings)) {
    ++common_begin;
  }
  // The rare units' postings bound the names they reach: room for them all, while the slots
  // are empty.
  std::size_t rare_postings = 0;
  for (std::size_t u = 0; u < common_begin; ++u) rare_postings += units[u].cost;
  s.slots.Reserve(rare_postings);
  for (std::size_t u = 0; u < common_begin; ++u) {
    Walk(units[u], ++s.stamp, true, exhaustive, max_candidates, s);
  }
  // The two-hit rule. A name that only one common query token reaches ("Ahmed" among tens of
  // thousands of Ahmeds) ties with all the others and proves nothing; only the names already
  // reached by rarer tokens, and those that two common tokens reach (read from the snapshot's
  // pairs of common tokens), gain their credits. Those eligible names are marked in a bit each,
  // then credited by a pass over the common postings or, when the postings are many more than
  // the names, by reading each name's tokens. A one-token query, or one whose common tokens
  // share no name, falls back to walking its cheapest common unit.
  if (common_begin < word_units) {
    CreditCommonUnits(std::span<const Unit>(units.data() + common_begin, word_units - common_begin),
                      max_candidates, s);
    if (s.touched.empty()) {
      Walk(units[common_begin], ++s.stamp, true, exhaustive, max_candidates, s);
    }
  }
  // The written pairs come last: a rare unit of their own, they would keep a common query
  // token from reaching the names it alone reaches ("H Faisal" then found only the فضل الله
  // pairs "Faisal" meets, not Hakimullah Faisal).
  for (std::size_t j = 0; j < written_join_count; ++j) {
    const std::uint32_t stamp = ++s.stamp;
    s.slots.Reserve(s.touched.size() + written_joins[j].first.size());
    for (std::uint32_t name : written_joins[j].first) s.Add(name, written_joins[j].second, stamp);
  }

  // Spelled initials prove little on their own ("G I Sidorov": a "Gi" is no better a
  // candidate than any Sidorov, "J. U. Pyong" is more likely Jung Un than Ju): they add to the
  // names words reached, and reach names themselves only when words reached none ("B S") or
  // the query holds no word but legal forms, generic words and the like ("E. S. Co.": "co"
  // reaches thousands of names, none better than another). A common one (a frequent syllable)
  // is left to the scorer then.
  const bool reach_new =
      s.touched.empty() ||
      std::none_of(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(count),
                   [](const match::PreparedToken& token) {
                     return token.token_class == text::TokenClass::kWord;
                   });
  for (std::size_t u = word_units; u < unit_count; ++u) {
    if (reach_new || units[u].cost <= kCommonPostings) {
      Walk(units[u], ++s.stamp, reach_new, exhaustive, max_candidates, s);
    }
  }

  if (max_candidates == kReachAll) {  // Reach(): the names reached enough, unranked
    for (std::uint32_t name : s.touched) {
      const float share =
          s.slots.Find(name)->listed / std::max(names_[name].total_weight, kMinWeight);
      if (share >= min_share) out->push_back(name);
    }
    return;
  }
  Rank(query, max_candidates, s, out, estimates);
}

// Gather's last step: the names reached, in `s`, ranked by an estimate of their score; the best
// `max_candidates` to `out`, best first (and their estimates to `estimates`, when given).
void NameIndex::Rank(const match::PreparedName& query, std::size_t max_candidates, Scratch& s,
                     std::vector<std::uint32_t>* out, std::vector<float>* estimates) const {
  const auto& tokens = query.tokens;
  const std::size_t count = std::min(tokens.size(), kMaxNameTokens);
  // Rank by an estimate of the final score: the share of the query's weight reached (Q) and
  // of the listed name's (C), as Q^0.75 x C^0.3125, near the scorer's Q^0.75 x C^0.35 (square
  // roots only). First the leading names by Q alone, then the estimate among them.
  float query_weight = 0;
  for (std::size_t pos = 0; pos < count; ++pos) {
    query_weight += std::max(tokens[pos].weight, kMinWeight);
  }
  query_weight = std::max(query_weight, kMinWeight);
  // Names are ranked by a key, highest first, then by id: the key's bits (a key is >= 0, so
  // they order as the floats do) above the inverted id make one integer, compared at one
  // instruction.
  auto rank_key = [](float key, std::uint32_t name) {
    return std::uint64_t{std::bit_cast<std::uint32_t>(key)} << 32 |
           static_cast<std::uint32_t>(~name);
  };
  const bool initials = std::any_of(tokens.begin(), tokens.begin() + count, [](const auto& token) {
    return token.token_class == text::TokenClass::kInitial && !token.text.empty();
  });
  // The leading names by Q alone. Query initials count only after this cut (they reach
  // nothing, and crediting them means reading each name): a query with initials keeps four
  // times as many, since its names tie more ("G. I. Sidorov": every Sidorov reached ties
  // until the initials are counted). On the synthetic million-name set, initials queries'
  // recall@10 rises from 94.3% to 96.8% so.
  const std::size_t lead_factor = initials ? 4 : 1;
  const std::size_t lead =
      std::min(s.touched.size(), lead_factor * std::max<std::size_t>(max_candidates * 8, 256));
  s.ranked.resize(lead);
  if (lead < s.touched.size()) {
    s.order.resize(s.touched.size());
    for (std::size_t i = 0; i < s.touched.size(); ++i) {
      s.order[i] = rank_key(s.slots.Find(s.touched[i])->total, s.touched[i]);
    }
    gather::SelectLargest(lead, &s.order, &s.spare);
    // (A query of one token, or written without short vowels: at a million names, breaking
    // the ties of every query cost a sixth of the throughput and changed no recall.)
    if (query.vowelless || count == 1) BreakLeadTies(lead, names_, &s);
    for (std::size_t i = 0; i < lead; ++i) {
      const auto name = ~static_cast<std::uint32_t>(s.order[i]);
      s.ranked[i] = Ranked{s.slots.Find(name), name};
    }
  } else {  // every name reached leads (most queries of a list the size of OFAC's)
    for (std::size_t i = 0; i < lead; ++i) {
      s.ranked[i] = Ranked{s.slots.Find(s.touched[i]), s.touched[i]};
    }
  }
  // The few names holding a number that the query writes as they do go to full scoring
  // whatever their estimate, and are ranked with the leading names for it: a code such as an
  // aircraft's registration ("RF-78838") whose letters are mistyped ("DF-78838") reaches its
  // name by the number alone, and the estimate ranks that name below the many names that the
  // letters reach as an acronym (Dibagaran Farayand). Full scoring tells a code from an acronym.
  std::array<std::uint32_t, kMaxNameTokens * kCodeNames> coded{};
  std::size_t coded_count = 0;
  for (std::size_t pos = 0; pos < count; ++pos) {
    const match::PreparedToken& token = tokens[pos];
    if (token.token_class != text::TokenClass::kNumber || token.text.size() < kCodeDigits) continue;
    for (std::uint32_t t : fuzzy_.Find(KeyHash('t', token.text))) {
      const std::span<const std::uint32_t> holders = PostingsOf(t);
      if (holders.size() > kCodeNames || TokenAt(t).text != token.text) continue;
      for (std::uint32_t name : holders) {
        const auto end = coded.begin() + static_cast<std::ptrdiff_t>(coded_count);
        Slot* const slot = s.slots.Find(name);
        if (slot == nullptr || coded_count == coded.size() ||
            std::find(coded.begin(), end, name) != end) {
          continue;
        }
        coded[coded_count++] = name;
        const bool leading = std::any_of(s.ranked.begin(), s.ranked.end(),
                                         [name](const Ranked& r) { return r.name == name; });
        if (!leading) s.ranked.push_back(Ranked{slot, name});
      }
    }
  }
  // Each leading name's record is a likely cache miss: ask for them all before reading any.
  for (const Ranked& leading : s.ranked) __builtin_prefetch(&names_[leading.name]);
  // Query initials ("M RAZA") reach nothing on their own; among the leading names, those with
  // a token of the same first letter gain the initial's weight. A name's token ids, then its
  // token records, are cache misses: asked for kIdsAhead and kRecordsAhead names ahead.
  constexpr std::size_t kIdsAhead = 8;
  constexpr std::size_t kRecordsAhead = 4;
  const std::size_t leading = s.ranked.size();
  s.order.resize(leading);  // (its lead keys are read)
  for (std::size_t r = 0; r < leading; ++r) {
    const auto [slot, name_id] = s.ranked[r];
    float reached = slot->total;
    const NameRecord& name = names_[name_id];
    if (initials) {
      if (r + kIdsAhead < leading) {
        __builtin_prefetch(&name_tokens_[names_[s.ranked[r + kIdsAhead].name].token_begin]);
      }
      if (r + kRecordsAhead < leading) {
        const NameRecord& ahead = names_[s.ranked[r + kRecordsAhead].name];
        for (std::uint32_t k = 0; k < ahead.token_count; ++k) {
          __builtin_prefetch(&tokens_[name_tokens_[ahead.token_begin + k]]);
        }
      }
      // The first letters of the name's tokens, read once for all the query's initials.
      std::uint64_t firsts = 0;
      for (std::uint32_t k = 0; k < name.token_count; ++k) {
        firsts |= CharBit(InitialOf(tokens_[name_tokens_[name.token_begin + k]]));
      }
      for (std::size_t pos = 0; pos < count; ++pos) {
        const match::PreparedToken& token = tokens[pos];
        if (token.token_class != text::TokenClass::kInitial || token.text.empty()) continue;
        if ((firsts & CharBit(token.text[0])) != 0) reached += std::max(token.weight, kMinWeight);
      }
    }
    // Not capped at 1: a name reached both token by token and as joined pairs (both count)
    // holds more evidence than one reached token by token only, and must rank above it.
    const float q = reached / query_weight;
    const float c = slot->listed / std::max(name.total_weight, kMinWeight);
    slot->total = q;
    slot->listed = c;
    s.order[r] = PowerKey(q, c, name_id);
  }
  // The best `keep` by estimate, as integers again. (A total order: this is the partial sort's
  // result, without its heap.)
  const std::size_t keep = std::min(max_candidates, s.ranked.size());
  gather::SelectLargest(keep, &s.order, &s.spare);
  std::sort(s.order.begin(), s.order.begin() + static_cast<std::ptrdiff_t>(keep), std::greater<>());
  // The names holding a code the query writes (above) first, whatever their estimate.
  const auto coded_end = coded.begin() + static_cast<std::ptrdiff_t>(coded_count);
  out->reserve(keep + coded_count);
  out->insert(out->end(), coded.begin(), coded_end);
  for (std::size_t r = 0; r < keep; ++r) {
    const auto name = ~static_cast<std::uint32_t>(s.order[r]);
    if (std::find(coded.begin(), coded_end, name) == coded_end) out->push_back(name);
  }
  if (estimates) {
    for (std::uint32_t name : *out) {
      const Slot& slot = *s.slots.Find(name);
      estimates->push_back(Estimate(slot.total, slot.listed));
    }
  }
}

std::string_view NameIndex::EntityBytes(std::uint32_t e) const {
  return entity_blob_.substr(entity_offsets_[e], entity_offsets_[e + 1] - entity_offsets_[e]);
}

std::string_view NameIndex::EntityId(std::uint32_t e) const {
  return entity_ids_.substr(entity_id_offsets_[e],
                            entity_id_offsets_[e + 1] - entity_id_offsets_[e]);
}

std::int64_t NameIndex::FindEntity(std::string_view id) const {
  for (std::uint32_t e : entity_ids_table_.Find(KeyHash('e', id))) {
    if (EntityId(e) == id) return e;
  }
  return -1;
}

std::span<const std::uint32_t> NameIndex::EntitiesWithIdentifier(
    std::string_view normalized) const {
  if (normalized.size() < 4) return {};
  return identifiers_.Find(KeyHash('i', normalized));
}

}  // namespace cordon::index
