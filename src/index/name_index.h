// The screening index: every listed name prepared, keyed and laid out in flat arrays inside a
// snapshot image, so that it is built once, written to a file, and read in place by mapping it.
//
// Two levels, so that fuzzy keys cost memory per distinct token, not per name:
//   token dictionary   each distinct listed token once (text, variant, skeleton, phonetic key,
//                      class, rarity weight); fuzzy keys -> tokens: the token's text, variant,
//                      skeleton, phonetic key, 4-letter prefix and one-deletion neighbourhood
//                      (symmetric deletion, as in Garbe's SymSpell: two tokens within one edit
//                      share a key)
//   postings           token -> the names that contain it (sorted name ids)
//   name keys          adjacent token pairs written as one word, and initials of multi-word
//                      names (acronyms) -> names
// plus the names (entity, kind, tokens), the entities themselves (compact binary records, decoded
// only when a hit needs them), an entity id table and an identifier table.
//
// Candidates(): each query token looks up its keys, keeps the listed tokens it really resembles,
// and each name accumulates, per query token, the best weight x similarity that reached it.
// The rarest query tokens go first; a common token (more than kCommonPostings postings) only
// adds to the names already reached and to those another common token reaches too (the
// two-hit rule: a name that one common token alone reaches ties with thousands of others).
// Names are then ranked by an estimate of their final score.
#ifndef CORDON_INDEX_NAME_INDEX_H_
#define CORDON_INDEX_NAME_INDEX_H_

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cordon/entity.h"
#include "cordon/result.h"

#include "index/hash_postings.h"
#include "index/snapshot_file.h"
#include "match/prepared_name.h"

namespace cordon::index {

namespace gather {
struct Scratch;
struct Unit;
}  // namespace gather

inline constexpr std::size_t kMaxNameTokens = 16;  // longer names are scored on their first 16
// Candidates() with this many: every name reached, unranked (see NameIndex::Reach).
inline constexpr std::size_t kReachAll = static_cast<std::size_t>(-1);

struct TokenRecord {
  // match::CharSignature() of text, canonical and phonetic: most token comparisons of a query
  // with a candidate's tokens are ruled out by these alone.
  std::uint64_t text_signature;
  std::uint64_t canonical_signature;
  std::uint64_t phonetic_signature;
  std::uint32_t text;  // string offsets into the arena: text, canonical, skeleton, phonetic
  std::uint32_t canonical;
  std::uint32_t skeleton;
  std::uint32_t phonetic;
  std::uint8_t text_size;
  std::uint8_t canonical_size;
  std::uint8_t skeleton_size;
  std::uint8_t phonetic_size;
  float weight;
  std::uint8_t token_class;
  // text[0], so that the initials of a name are read without its strings; 0 in snapshots
  // written before it was kept (the text is read then).
  char initial;
  // 1 when a name written without short vowels (Arabic, Hebrew) holds the token: a Latin query
  // token is compared with it as with such a name's (snapshot format 6).
  std::uint8_t written;
  std::uint8_t reserved;
  std::uint32_t nicknames;  // text::NicknameMask() of canonical (snapshot format 8)
};
static_assert(sizeof(TokenRecord) == 56);

struct NameRecord {
  std::uint32_t entity;
  std::uint32_t token_begin;  // into the name-token array
  std::uint16_t position;     // index in Entity::names
  std::uint8_t token_count;
  // bits 0-1: NameKind, bit 2: vowelless, bit 3: transcribed (a vowelless name, never
  // transcribed: its first letter is a waw or ya, match::NameView::glide_start), bit 4: a person's,
  // bit 5: another reading of the entity's name at `position` (text::OtherReadings(): a respelling
  // of Han, Hangul or kana, an Arabic construct state), kept as a name of its own, bits 6 and 7: a
  // vowelless name's first and last letters write no vowel (match::NameView::consonant_start,
  // consonant_end). Bits 4 to 7 are 0 in snapshots written before they were kept.
  std::uint8_t flags;
  float total_weight;
  NameKind kind() const { return static_cast<NameKind>(flags & 3U); }
  bool vowelless() const { return (flags & 4U) != 0; }
  bool transcribed() const { return (flags & 12U) == 8U; }
  bool glide_start() const { return (flags & 12U) == 12U; }
  bool person() const { return (flags & 16U) != 0; }
  bool respelled() const { return (flags & 32U) != 0; }
  bool consonant_start() const { return (flags & 64U) != 0; }
  bool consonant_end() const { return (flags & 128U) != 0; }
};
static_assert(sizeof(NameRecord) == 16);

struct EntityRecord {
  std::uint32_t first_name;  // first NameRecord of the entity
  std::uint32_t name_count;  // 0 when the entity is not screenable (relationships)
};

struct IndexCounts {
  std::uint64_t entities = 0;
  std::uint64_t names = 0;
  std::uint64_t tokens = 0;
  std::uint64_t fuzzy_keys = 0;
  std::uint64_t name_keys = 0;
  std::uint64_t token_pairs = 0;  // distinct pairs of common tokens names hold
  std::uint64_t postings = 0;
  std::uint64_t bytes = 0;  // the whole image
};

// Builds the snapshot image of `entities` (prepared on `threads` threads; 0 = all cores).
// `metadata` is stored as is (a JSON object describing the lists, for catalogs).
std::string BuildIndexImage(const std::vector<Entity>& entities, const std::string& metadata,
                            unsigned threads);
// The same image written to the snapshot file `path` as it is built, without a copy of it in
// memory (at a million names that copy is 300 MB of fresh pages).
Status WriteIndexSnapshot(const std::vector<Entity>& entities, const std::string& metadata,
                          unsigned threads, const std::string& path);

class NameIndex final : public match::RaritySource {
 public:
  static constexpr std::size_t kCommonPostings = 2048;

  // Reads the index in `image` (kept alive by the index); checks that its arrays fit together.
  static Result<std::unique_ptr<NameIndex>> Open(std::shared_ptr<const SnapshotImage> image);

  std::size_t entity_count() const { return entities_.size(); }
  std::size_t name_count() const { return names_.size(); }
  IndexCounts counts() const;
  const SnapshotImage& image() const { return *image_; }
  std::string_view metadata() const;
  // Entities per dataset, by dataset name.
  std::vector<std::pair<std::string, std::uint64_t>> datasets() const;

  const NameRecord& name(std::uint32_t id) const { return names_[id]; }
  const EntityRecord& entity_record(std::uint32_t e) const { return entities_[e]; }
  // The listed name `id` as views into the index; `storage` receives the tokens.
  match::NameView View(std::uint32_t id,
                       std::array<match::TokenView, kMaxNameTokens>* storage) const;
  // Asks for what View(id) reads, ahead of it: the name's token ids, then (`stage` 1, when
  // those have come) its token records.
  void PrefetchView(std::uint32_t id, int stage) const {
    const NameRecord& name = names_[id];
    if (stage == 0) {
      __builtin_prefetch(name_tokens_.data() + name.token_begin);
      return;
    }
    const std::size_t count = std::min<std::size_t>(name.token_count, kMaxNameTokens);
    for (std::size_t k = 0; k < count; ++k) {
      __builtin_prefetch(&tokens_[name_tokens_[name.token_begin + k]]);
    }
  }

  // Asks for the memory EntityBytes(e) reads: stage 0 its offset, stage 1 its first bytes.
  void PrefetchEntity(std::uint32_t e, int stage) const {
    if (stage == 0) {
      __builtin_prefetch(&entity_offsets_[e]);
      return;
    }
    const char* bytes = entity_blob_.data() + entity_offsets_[e];
    __builtin_prefetch(bytes);
    __builtin_prefetch(bytes + 64);
  }

  // The dictionary ids of the tokens of name `id` (at most kMaxNameTokens), and one token.
  std::span<const std::uint32_t> NameTokenIds(std::uint32_t id) const;
  match::TokenView TokenAt(std::uint32_t token) const;
  // The names holding listed token `token` (sorted ids).
  std::span<const std::uint32_t> PostingsOf(std::uint32_t token) const {
    return token_posts_.subspan(token_post_begin_[token],
                                token_post_begin_[token + 1] - token_post_begin_[token]);
  }
  // The first letter of a token's text ('\0' for an empty one).
  char InitialOf(const TokenRecord& token) const {
    if (token.initial != '\0' || token.text_size == 0) return token.initial;
    return strings_[token.text];
  }

  // How many listed names hold a canonical token (match::RaritySource::StandingOf()).
  std::size_t Frequency(std::string_view canonical_token) const override;
  std::size_t corpus_names() const override { return corpus_names_; }
  std::uint64_t fixed_id() const override { return instance_; }

  // Readies `concurrency` queries at once: the working memory of each (a mark per listed
  // name, megabytes at millions of names, and its slots) is allocated and its pages touched
  // now, not in the first queries. Servers and batches call it before they take queries.
  void Prepare(unsigned concurrency) const;

  // Up to `max_candidates` name ids, best first.
  // `estimates`, when given, receives each candidate's estimated score (see above); it can
  // exceed 1 when joined-token keys add to token keys. `exhaustive` walks the postings of
  // every token, common and weakly similar ones included, instead of letting them only add to
  // names already reached: slower, but a name made only of common tokens is still found.
  void Candidates(const match::PreparedName& query, std::size_t max_candidates,
                  std::vector<std::uint32_t>* out, std::vector<float>* estimates = nullptr,
                  bool exhaustive = false) const;
  // Every name the exhaustive candidate step reaches from `query` (a name id each, in no
  // order) through fuzzy token keys, joined-pair or acronym keys, of which the query reaches at
  // least `min_share` of the weight (the listed share C of the estimate, rarity-weighted).
  // With `forward`, a loose key that Candidates() on `forward` skips as too common (it reaches
  // more than kLooseKeyTokens of forward's tokens) is skipped: a name reached only through it
  // could never be a candidate of the reverse query either.
  void Reach(const match::PreparedName& query, float min_share, std::vector<std::uint32_t>* out,
             const NameIndex* forward = nullptr) const;

  std::string_view EntityBytes(std::uint32_t e) const;
  std::string_view EntityId(std::uint32_t e) const;
  // Entity position of `id`, or -1.
  std::int64_t FindEntity(std::string_view id) const;
  // Entities carrying a normalised identifier (see match::NormalizeIdentifier).
  std::span<const std::uint32_t> EntitiesWithIdentifier(std::string_view normalized) const;

 private:
  // Candidates() and Reach(): with max_candidates == kReachAll, the names reached with at least
  // `min_share`, unranked; otherwise the best `max_candidates`.
  void Gather(const match::PreparedName& query, std::size_t max_candidates,
              std::vector<std::uint32_t>* out, std::vector<float>* estimates, bool exhaustive,
              float min_share, const NameIndex* forward = nullptr) const;
  // Gather's steps: what one query token reaches (appended to the scratch's matched tokens from
  // `matched_begin` on; returns their postings), and the ranking of the names reached.
  std::size_t Expand(const match::PreparedName& query, const match::PreparedToken& token,
                     const match::TokenView& view, float weight, bool several_words,
                     bool exhaustive, bool credited, const NameIndex* forward,
                     std::size_t matched_begin, gather::Scratch& s) const;
  void Rank(const match::PreparedName& query, std::size_t max_candidates, gather::Scratch& s,
            std::vector<std::uint32_t>* out, std::vector<float>* estimates) const;
  // The credits of a unit's names, and the two-hit rule's of the common units.
  void Walk(const gather::Unit& unit, std::uint32_t unit_stamp, bool reach_new, bool exhaustive,
            std::size_t max_candidates, gather::Scratch& s) const;
  void CreditCommonUnits(std::span<const gather::Unit> common, std::size_t max_candidates,
                         gather::Scratch& s) const;
  // True when the name holds `run` (letters, then zeros) as consecutive initials.
  bool HasInitials(std::uint32_t name_id, std::span<const char> run) const;
  // Candidates() of a name romanised from Han, Hangul or kana: its syllables also looked up
  // written together, their candidates merged into `out`.
  void AddTranscribedCandidates(const match::PreparedName& query, std::size_t max_candidates,
                                std::vector<std::uint32_t>* out, std::vector<float>* estimates,
                                bool exhaustive) const;
  explicit NameIndex(std::shared_ptr<const SnapshotImage> image);
  Status Check() const;

  std::shared_ptr<const SnapshotImage> image_;
  std::string_view strings_;
  std::span<const TokenRecord> tokens_;
  std::span<const std::uint32_t> token_post_begin_;
  std::span<const std::uint32_t> token_posts_;
  std::span<const NameRecord> names_;
  std::span<const std::uint32_t> name_tokens_;
  std::span<const EntityRecord> entities_;
  std::span<const std::uint64_t> entity_offsets_;
  std::string_view entity_blob_;
  std::span<const std::uint32_t> entity_id_offsets_;
  std::string_view entity_ids_;
  HashPostings fuzzy_;        // key -> tokens
  HashPostings name_keys_;    // joined pairs and acronyms -> names
  HashPostings token_pairs_;  // two common tokens a name holds -> names (the two-hit rule)
  HashPostings frequencies_;  // canonical token -> [document frequency]
  HashPostings entity_ids_table_;
  HashPostings identifiers_;
  std::uint64_t corpus_names_ = 0;
  std::uint64_t instance_ = 0;     // unique per index in this process (keys the scratch caches)
  bool written_patterns_ = false;  // tokens of written names are keyed by their patterns
};

}  // namespace cordon::index

#endif  // CORDON_INDEX_NAME_INDEX_H_
