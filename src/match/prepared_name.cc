#include "match/prepared_name.h"

#include <algorithm>
#include <cmath>

#include "base/string_ids.h"
#include "match/similarity.h"
#include "text/normalize.h"

namespace cordon::match {

std::size_t TokenRarity::Frequency(std::string_view canonical_token) const {
  auto it = counts_.find(std::string(canonical_token));
  return it == counts_.end() ? 0 : it->second;
}

float RarityFromFrequency(std::size_t frequency, std::size_t names) {
  if (names == 0) return 1.0F;
  double df = static_cast<double>(frequency);
  double n = static_cast<double>(names);
  // idf scaled so that a token in one name of the corpus weighs 1.
  double idf = std::log((n + 1.0) / (df + 1.0));
  double top = std::log((n + 1.0) / 2.0);
  double rarity = top > 0 ? idf / top : 1.0;
  return static_cast<float>(std::clamp(rarity, static_cast<double>(kMinRarity), 1.0));
}

TokenView ViewOf(const PreparedToken& token) {
  // A form equal to the text is viewed at the text's bytes, so that SameText() tells it by its
  // address, as it does a snapshot's interned strings.
  auto at_text = [&token](const std::string& form) {
    return form == token.text ? std::string_view(token.text) : std::string_view(form);
  };
  return TokenView{token.text,
                   at_text(token.canonical),
                   at_text(token.skeleton),
                   at_text(token.phonetic),
                   token.token_class,
                   token.weight,
                   token.vocabulary,
                   token.text_signature,
                   token.canonical_signature,
                   token.phonetic_signature,
                   token.nicknames};
}

NameView ViewOf(const PreparedName& name, std::vector<TokenView>* storage) {
  storage->clear();
  storage->reserve(name.tokens.size());
  for (const PreparedToken& token : name.tokens) storage->push_back(ViewOf(token));
  NameView view{std::span<const TokenView>(*storage),
                name.vowelless,
                name.total_weight,
                {},
                name.transcribed};
  view.consonant_start = name.consonant_start;
  view.consonant_end = name.consonant_end;
  view.glide_start = name.glide_start;
  return view;
}

namespace {

// What PrepareName() derives from a token's text alone: its forms, class and signatures.
struct TokenFacts {
  std::string canonical;
  std::string skeleton;
  std::string phonetic;
  text::TokenClass token_class = text::TokenClass::kWord;
  std::uint64_t text_signature = 0;
  std::uint64_t canonical_signature = 0;
  std::uint64_t phonetic_signature = 0;
  std::uint32_t nicknames = 0;
  // The token's standing in the RaritySource whose fixed_id() is `standing_source` (0: none
  // yet). Its frequency is a cache miss in a large index, one per query token otherwise.
  std::uint64_t standing_source = 0;
  RaritySource::Standing standing{1.0F, Vocabulary::kUnseen};
};

TokenFacts FactsOf(std::string_view token) {
  TokenFacts facts;
  facts.canonical = std::string(text::CanonicalToken(token));
  facts.skeleton = text::Skeleton(facts.canonical == token ? token : facts.canonical);
  facts.phonetic = text::PhoneticKey(facts.canonical);
  facts.token_class = text::ClassifyToken(token);
  facts.text_signature = CharSignature(token);
  facts.canonical_signature = CharSignature(facts.canonical);
  facts.phonetic_signature = CharSignature(facts.phonetic);
  facts.nicknames = text::NicknameMask(facts.canonical);
  return facts;
}

// FactsOf(token), from the tokens this thread prepared last. Names share their tokens (a batch
// of customers, the queries of a service, a list's own names), and finding a token's facts
// costs a tenth of deriving them: its class alone is five look-ups of its text. Valid until
// the next call.
TokenFacts& CachedFactsOf(std::string_view token) {
  constexpr std::size_t kCachedTokens = std::size_t{1} << 14;
  thread_local base::StringIds ids;
  thread_local std::vector<TokenFacts> facts;
  if (const std::uint32_t* id = ids.Find(token); id != nullptr) return facts[*id];
  if (facts.size() >= kCachedTokens) {
    ids.Clear();
    facts.clear();
  }
  ids.TryEmplace(token, static_cast<std::uint32_t>(facts.size()));
  facts.push_back(FactsOf(token));
  return facts.back();
}

}  // namespace

PreparedName PrepareName(std::string_view utf8, const RaritySource* rarity) {
  PreparedName out;
  text::NormalizedName normalized = text::NormalizeName(utf8);
  out.normalized = std::move(normalized.text);
  out.vowelless = normalized.vowelless;
  out.transcribed = normalized.transcribed;
  out.consonant_start = normalized.consonant_start;
  out.consonant_end = normalized.consonant_end;
  out.glide_start = normalized.glide_start;
  out.tokens.reserve(normalized.tokens.size());
  for (std::string& token : normalized.tokens) {
    TokenFacts& facts = CachedFactsOf(token);
    PreparedToken prepared;
    prepared.canonical = facts.canonical;
    prepared.skeleton = facts.skeleton;
    prepared.phonetic = facts.phonetic;
    prepared.token_class = facts.token_class;
    // The syllables of a name from Han, Hangul or kana are not words: "a" (아) is no initial,
    // "de" (德) no particle, "sa" (사) no legal form.
    // (But the organisation words that normalisation translates, 有限公司 "co ltd": no syllable
    // is one of them, nor is "co".)
    const bool translated = (prepared.token_class == text::TokenClass::kLegalForm ||
                             prepared.token_class == text::TokenClass::kGenericOrg) &&
                            (token.size() >= 3 || token == "co");
    if (out.transcribed && prepared.token_class != text::TokenClass::kNumber && !translated) {
      prepared.token_class = text::TokenClass::kWord;
    }
    // Nor is an e of a name written without short vowels a Latin particle's: it is an alef
    // maqsura (or an Urdu yeh barree), so على "le" is Ali, not the French article.
    if (out.vowelless && prepared.token_class == text::TokenClass::kParticle &&
        token.find('e') != std::string::npos) {
      prepared.token_class = text::TokenClass::kWord;
    }
    // Nor are the honorifics of Latin names its honorifics: عمر "mr" is Omar, not Mr.
    if (out.vowelless && prepared.token_class == text::TokenClass::kHonorific &&
        !text::IsWrittenHonorific(token)) {
      prepared.token_class = text::TokenClass::kWord;
    }
    float class_weight = static_cast<float>(text::ClassWeight(prepared.token_class));
    float token_rarity = 1.0F;
    if (rarity) {
      const std::uint64_t source = rarity->fixed_id();
      if (source == 0 || facts.standing_source != source) {
        facts.standing = rarity->StandingOf(prepared.canonical);
        facts.standing_source = source;
      }
      token_rarity = facts.standing.rarity;
      prepared.vocabulary = facts.standing.vocabulary;
    }
    prepared.weight = class_weight * token_rarity;
    prepared.text = std::move(token);
    prepared.text_signature = facts.text_signature;
    prepared.canonical_signature = facts.canonical_signature;
    prepared.nicknames = facts.nicknames;
    prepared.phonetic_signature = facts.phonetic_signature;
    out.total_weight += prepared.weight;
    out.tokens.push_back(std::move(prepared));
  }
  return out;
}

}  // namespace cordon::match
