#include "index/candidate_index.h"

#include <algorithm>

namespace cordon::index {
namespace {

bool IsKeyToken(const match::PreparedToken& token) {
  switch (token.token_class) {
    case text::TokenClass::kWord:
    case text::TokenClass::kNumber:
    case text::TokenClass::kGenericOrg:
    case text::TokenClass::kHonorific:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::vector<std::string> TokenKeys(const match::PreparedToken& token, bool with_deletions) {
  std::vector<std::string> keys;
  keys.push_back("t" + token.text);
  if (token.canonical != token.text) keys.push_back("t" + token.canonical);
  if (token.skeleton.size() >= 2) keys.push_back("s" + token.skeleton);
  if (token.phonetic.size() >= 3 && token.phonetic != token.text) {
    keys.push_back("t" + token.phonetic);
  }
  if (with_deletions && token.text.size() >= 5) keys.push_back("p" + token.text.substr(0, 4));
  if (with_deletions && token.text.size() >= 3) {
    for (std::size_t pos = 0; pos < token.text.size(); ++pos) {
      std::string deleted = token.text;
      deleted.erase(pos, 1);
      keys.push_back("d" + deleted);
    }
    keys.push_back("d" + token.text);
  }
  return keys;
}

void CandidateIndex::AddKey(const std::string& key, std::uint32_t name_id) {
  std::vector<std::uint32_t>& posting = postings_[key];
  if (posting.empty() || posting.back() != name_id) posting.push_back(name_id);
}

void CandidateIndex::Build(const std::vector<match::PreparedName>& names) {
  name_count_ = names.size();
  names_ = &names;
  for (std::uint32_t id = 0; id < names.size(); ++id) {
    const match::PreparedName& name = names[id];
    std::string acronym;
    for (std::size_t pos = 0; pos < name.tokens.size(); ++pos) {
      const match::PreparedToken& token = name.tokens[pos];
      if (token.token_class == text::TokenClass::kWord ||
          token.token_class == text::TokenClass::kGenericOrg) {
        acronym += token.text[0];
      }
      if (pos + 1 < name.tokens.size()) {
        AddKey("t" + token.text + name.tokens[pos + 1].text, id);
      }
      if (!IsKeyToken(token)) continue;
      for (const std::string& key : TokenKeys(token, true)) AddKey(key, id);
    }
    if (acronym.size() >= 2 && name.tokens.size() >= 2) AddKey("t" + acronym, id);
  }
  // Postings were appended in id order, so each is sorted and free of duplicates.
}

std::vector<std::uint32_t> CandidateIndex::Candidates(const match::PreparedName& query,
                                                      std::size_t max_candidates) const {
  std::unordered_map<std::uint32_t, float> accumulated;
  std::vector<std::string> keys;
  auto visit = [&](const std::vector<std::string>& token_keys, float weight) {
    // One token adds its weight once per name, whichever of its keys reached it.
    std::unordered_map<std::uint32_t, bool> seen;
    for (const std::string& key : token_keys) {
      auto it = postings_.find(key);
      if (it == postings_.end()) continue;
      for (std::uint32_t id : it->second) {
        if (seen.emplace(id, true).second) accumulated[id] += weight;
      }
    }
  };
  const auto& tokens = query.tokens;
  for (std::size_t pos = 0; pos < tokens.size(); ++pos) {
    const match::PreparedToken& token = tokens[pos];
    float weight = std::max(token.weight, 0.05F);
    std::vector<std::string> token_keys = TokenKeys(token, true);
    if (token.token_class == text::TokenClass::kInitial) token_keys.clear();
    visit(token_keys, weight);
    // Two query tokens written as one listed token ("abdel jalil" / "abdeljalil") count for both.
    if (pos + 1 < tokens.size()) {
      visit({"t" + token.text + tokens[pos + 1].text},
            weight + std::max(tokens[pos + 1].weight, 0.05F));
    }
  }
  // Query initials ("M RAZA") reach nothing on their own; among the names the other tokens
  // reached, those with a token of the same first letter rise.
  for (const match::PreparedToken& token : tokens) {
    if (token.token_class != text::TokenClass::kInitial || !names_) continue;
    for (auto& [id, weight] : accumulated) {
      for (const match::PreparedToken& listed : (*names_)[id].tokens) {
        if (!listed.text.empty() && listed.text[0] == token.text[0]) {
          weight += std::max(token.weight, 0.05F);
          break;
        }
      }
    }
  }
  std::vector<std::pair<float, std::uint32_t>> ranked;
  ranked.reserve(accumulated.size());
  for (const auto& [id, weight] : accumulated) ranked.emplace_back(weight, id);
  std::size_t keep = std::min(max_candidates, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep),
                    ranked.end(), [](const auto& a, const auto& b) {
                      return a.first != b.first ? a.first > b.first : a.second < b.second;
                    });
  std::vector<std::uint32_t> out;
  out.reserve(keep);
  for (std::size_t pos = 0; pos < keep; ++pos) out.push_back(ranked[pos].second);
  return out;
}

}  // namespace cordon::index
