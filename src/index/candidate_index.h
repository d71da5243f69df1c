// Candidate generation: from a prepared query name to the few listed names worth scoring,
// without scanning every name.
//
// Every listed token is indexed under several keys: its text, its canonical variant, its
// consonant skeleton, and its one-deletion neighbourhood (the symmetric-deletion scheme of
// Garbe's SymSpell: two tokens within one edit share a key). Joined adjacent token pairs and,
// for multi-word names, their initials (acronym) are indexed too. A query token looks up the
// same keys; each listed name accumulates the weight of the query tokens that reached it, and
// the heaviest names are returned.
#ifndef CORDON_INDEX_CANDIDATE_INDEX_H_
#define CORDON_INDEX_CANDIDATE_INDEX_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "match/prepared_name.h"

namespace cordon::index {

class CandidateIndex {
 public:
  // `names` must outlive the index; name ids are positions in `names`.
  void Build(const std::vector<match::PreparedName>& names);

  // Up to `max_candidates` name ids, heaviest first.
  std::vector<std::uint32_t> Candidates(const match::PreparedName& query,
                                        std::size_t max_candidates) const;
  std::size_t key_count() const { return postings_.size(); }

 private:
  void AddKey(const std::string& key, std::uint32_t name_id);
  std::unordered_map<std::string, std::vector<std::uint32_t>> postings_;
  std::size_t name_count_ = 0;
  const std::vector<match::PreparedName>* names_ = nullptr;
};

// The lookup keys of one token (exposed for tests).
std::vector<std::string> TokenKeys(const match::PreparedToken& token, bool with_deletions);

}  // namespace cordon::index

#endif  // CORDON_INDEX_CANDIDATE_INDEX_H_
