// A name made ready for scoring: normalised once, tokens classified, keyed and weighted.
// Built for every listed name when the index is built and for the query once per screening,
// so that scoring a candidate allocates nothing.
#ifndef CORDON_MATCH_PREPARED_NAME_H_
#define CORDON_MATCH_PREPARED_NAME_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/tokens.h"

namespace cordon::match {

struct PreparedToken {
  std::string text;       // normalised token, e.g. "mohammed"
  std::string canonical;  // variant-table form, e.g. "muhammad"
  std::string skeleton;   // consonant skeleton, e.g. "mhmd"
  std::string phonetic;   // phonetic key, e.g. "rosicki" for "rositskiy"
  text::TokenClass token_class = text::TokenClass::kWord;
  float weight = 1.0F;  // class weight x rarity
};

struct PreparedName {
  std::string normalized;  // tokens joined by single spaces
  std::vector<PreparedToken> tokens;
  bool vowelless = false;  // romanised from Arabic/Hebrew script
  float total_weight = 0.0F;
};

// Rarity of tokens in a corpus of names: document frequencies give each token a weight in
// [kMinRarity, 1] (inverse document frequency, scaled so that a token seen once weighs 1).
class TokenRarity {
 public:
  static constexpr float kMinRarity = 0.2F;
  TokenRarity() = default;
  void Add(std::string_view canonical_token) { ++counts_[std::string(canonical_token)]; }
  void AddName() { ++names_; }
  float Rarity(std::string_view canonical_token) const;
  std::size_t names() const { return names_; }

 private:
  std::unordered_map<std::string, std::uint32_t> counts_;
  std::size_t names_ = 0;
};

// Prepares `utf8` for scoring; `rarity` may be null (every token then weighs its class weight).
PreparedName PrepareName(std::string_view utf8, const TokenRarity* rarity);

}  // namespace cordon::match

#endif  // CORDON_MATCH_PREPARED_NAME_H_
