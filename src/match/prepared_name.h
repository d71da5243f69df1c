// A name made ready for scoring: normalised once, tokens classified, keyed and weighted.
// Built for every listed name when the index is built and for the query once per screening,
// so that scoring a candidate allocates nothing.
#ifndef CORDON_MATCH_PREPARED_NAME_H_
#define CORDON_MATCH_PREPARED_NAME_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/tokens.h"

namespace cordon::match {

// Whether a query token is itself a name the lists know. A known token close to a different
// listed token is most likely another name (Salmani / Salman); an unknown one, a misspelling.
enum class Vocabulary : std::uint8_t {
  kUnknown,  // not looked up (listed tokens; names compared without an index)
  kKnown,
  kUnseen,
};

struct PreparedToken {
  std::string text;       // normalised token, e.g. "mohammed"
  std::string canonical;  // variant-table form, e.g. "muhammad"
  std::string skeleton;   // consonant skeleton, e.g. "mhmd"
  std::string phonetic;   // phonetic key, e.g. "rosicki" for "rositskiy"
  text::TokenClass token_class = text::TokenClass::kWord;
  float weight = 1.0F;  // class weight x rarity
  Vocabulary vocabulary = Vocabulary::kUnknown;
  // CharSignature() of text, canonical and phonetic.
  std::uint64_t text_signature = 0;
  std::uint64_t canonical_signature = 0;
  std::uint64_t phonetic_signature = 0;
  std::uint32_t nicknames = 0;  // text::NicknameMask() of canonical
};

struct PreparedName {
  std::string normalized;  // tokens joined by single spaces
  std::vector<PreparedToken> tokens;
  bool vowelless = false;  // romanised from Arabic/Hebrew script
  float total_weight = 0.0F;
  bool transcribed = false;  // romanised from Han, Hangul or kana (text::NormalizedName)
  // A vowelless name's first and last letters write no vowel; its first is a waw or ya
  // (text::NormalizedName).
  bool consonant_start = false;
  bool consonant_end = false;
  bool glide_start = false;
};

// What scoring reads of a token and of a name: views, so that listed names can be scored
// straight from the index's string arena and a query from its PreparedName.
struct TokenView {
  std::string_view text;
  std::string_view canonical;
  std::string_view skeleton;
  std::string_view phonetic;
  text::TokenClass token_class = text::TokenClass::kWord;
  float weight = 1.0F;
  Vocabulary vocabulary = Vocabulary::kUnknown;
  // CharSignature() of text, canonical and phonetic, or 0 when not given (then computed where
  // needed): tokens from a PreparedName or an index carry them.
  std::uint64_t text_signature = 0;
  std::uint64_t canonical_signature = 0;
  std::uint64_t phonetic_signature = 0;
  std::uint32_t nicknames = 0;  // text::NicknameMask() of canonical (0: of no family)
};

struct NameView {
  std::span<const TokenView> tokens;
  bool vowelless = false;
  float total_weight = 0.0F;
  // Dictionary ids of the tokens when the name comes from an index (empty otherwise): they let
  // a SimilarityMemo reuse token comparisons across the candidates of one query.
  std::span<const std::uint32_t> ids;
  bool transcribed = false;  // romanised from Han, Hangul or kana
  bool person = false;       // a person's name (known from a list): its initials are no acronym
  // Another reading of a name (text::OtherReadings()): a respelling of Han, Hangul or kana
  // (Latin words, yet sounds, which spell no acronym either) or an Arabic construct state.
  bool respelled = false;
  // A vowelless name's first and last letters write no vowel (text::NormalizedName): its first
  // token then meets no Latin token that begins with a vowel by its consonants, nor its last
  // one that ends with one (but e, often silent).
  bool consonant_start = false;
  bool consonant_end = false;
  // A vowelless name's first letter is a waw or ya: its first token meets a Latin token by its
  // consonants only if that begins with the same sound (y, i, e or j; w, u, o or v).
  bool glide_start = false;
};

TokenView ViewOf(const PreparedToken& token);
// A view of `name`; `storage` holds the token views and must outlive the result.
NameView ViewOf(const PreparedName& name, std::vector<TokenView>* storage);

// Rarity of a token from its document frequency `df` among `names` names: a weight in
// [kMinRarity, 1] (inverse document frequency, scaled so that a token seen once weighs 1).
constexpr float kMinRarity = 0.2F;
float RarityFromFrequency(std::size_t df, std::size_t names);

// Where PrepareName finds token rarity: the counts of a corpus being built, or an index.
class RaritySource {
 public:
  virtual ~RaritySource() = default;
  // How many names of the corpus hold the token (by its canonical form).
  virtual std::size_t Frequency(std::string_view canonical_token) const = 0;
  // How many names the corpus holds.
  virtual std::size_t corpus_names() const = 0;
  // Nonzero when the frequencies never change while the source lives, and then unique among
  // the sources of the process: PrepareName() keeps a token's standing with its other facts,
  // per thread, and finds it again without a look-up. 0 (a corpus being counted): it asks.
  virtual std::uint64_t fixed_id() const { return 0; }
  // A token's rarity and whether the corpus holds it, from one look-up of its frequency.
  struct Standing {
    float rarity;
    Vocabulary vocabulary;
  };
  Standing StandingOf(std::string_view canonical_token) const {
    const std::size_t frequency = Frequency(canonical_token);
    return {RarityFromFrequency(frequency, corpus_names()),
            frequency > 0 ? Vocabulary::kKnown : Vocabulary::kUnseen};
  }
};

// Document frequencies counted in memory while a corpus of names is gathered.
class TokenRarity final : public RaritySource {
 public:
  TokenRarity() = default;
  void Add(std::string_view canonical_token) { ++counts_[std::string(canonical_token)]; }
  void AddName() { ++names_; }
  std::size_t Frequency(std::string_view canonical_token) const override;
  std::size_t corpus_names() const override { return names_; }

 private:
  std::unordered_map<std::string, std::uint32_t> counts_;
  std::size_t names_ = 0;
};

// Prepares `utf8` for scoring; `rarity` may be null (every token then weighs its class weight).
PreparedName PrepareName(std::string_view utf8, const RaritySource* rarity);

}  // namespace cordon::match

#endif  // CORDON_MATCH_PREPARED_NAME_H_
