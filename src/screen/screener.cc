// The in-memory Screener: prepared names, token rarity, candidate index, identifier index.
#include <algorithm>
#include <unordered_map>

#include "cordon/screen.h"

#include "index/candidate_index.h"
#include "match/evidence.h"
#include "match/name_scorer.h"
#include "match/prepared_name.h"
#include "screen/explain.h"

namespace cordon {
namespace {

constexpr std::size_t kMaxCandidates = 300;

struct NameRef {
  std::uint32_t entity;
  std::uint32_t name;  // position in Entity::names
};

class MemoryScreener final : public Screener {
 public:
  explicit MemoryScreener(std::vector<Entity> entities) : entities_(std::move(entities)) {
    for (std::uint32_t e = 0; e < entities_.size(); ++e) {
      const Entity& entity = entities_[e];
      by_id_.emplace(entity.id, e);
      if (!IsScreenable(entity.schema)) continue;
      for (std::uint32_t n = 0; n < entity.names.size(); ++n) refs_.push_back(NameRef{e, n});
      for (const Identifier& id : entity.identifiers) {
        std::string key = match::NormalizeIdentifier(id.value);
        if (key.size() >= 4) by_identifier_[key].push_back(e);
      }
    }
    // Rarity first (it needs every name), then the prepared names with their weights.
    std::vector<std::vector<std::string>> canonical_tokens;
    for (const NameRef& ref : refs_) {
      match::PreparedName plain =
          match::PrepareName(entities_[ref.entity].names[ref.name].full, nullptr);
      rarity_.AddName();
      std::vector<std::string> seen;
      for (const match::PreparedToken& token : plain.tokens) {
        if (std::find(seen.begin(), seen.end(), token.canonical) != seen.end()) continue;
        seen.push_back(token.canonical);
        rarity_.Add(token.canonical);
      }
      prepared_.push_back(std::move(plain));
    }
    for (match::PreparedName& name : prepared_) Reweight(&name);
    index_.Build(prepared_);
  }

  std::vector<Hit> Screen(const Query& query, const ScreenOptions& options) const override {
    match::PreparedName prepared = match::PrepareName(query.name, &rarity_);
    std::vector<std::uint32_t> candidates = index_.Candidates(prepared, kMaxCandidates);

    // Best-scoring name per entity.
    struct Best {
      double score = -1;
      double name_score = 0;
      std::uint32_t name_id = 0;
    };
    std::unordered_map<std::uint32_t, Best> best;
    for (std::uint32_t name_id : candidates) {
      const NameRef& ref = refs_[name_id];
      const Entity& entity = entities_[ref.entity];
      match::NameScore name_score = match::ScoreName(prepared, prepared_[name_id], nullptr);
      NameKind kind = entity.names[ref.name].kind;
      double score = screen::ApplyEvidence(name_score.score, kind, query, entity, nullptr);
      Best& slot = best[ref.entity];
      if (score > slot.score) slot = Best{score, name_score.score, name_id};
    }
    // Identifier hits, even when the name differs.
    std::string id_key = match::NormalizeIdentifier(query.id_number);
    if (auto it = by_identifier_.find(id_key); id_key.size() >= 4 && it != by_identifier_.end()) {
      for (std::uint32_t e : it->second) {
        if (best.count(e)) continue;
        const Entity& entity = entities_[e];
        std::uint32_t name_id = FirstNameId(e);
        match::NameScore name_score = match::ScoreName(prepared, prepared_[name_id], nullptr);
        double score =
            screen::ApplyEvidence(name_score.score, entity.names[0].kind, query, entity, nullptr);
        best[e] = Best{score, name_score.score, name_id};
      }
    }
    std::vector<std::pair<double, std::uint32_t>> ranked;
    for (const auto& [e, slot] : best) {
      if (slot.score >= options.threshold) ranked.emplace_back(slot.score, e);
    }
    std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first
                                : entities_[a.second].id < entities_[b.second].id;
    });
    if (ranked.size() > options.limit) ranked.resize(options.limit);

    std::vector<Hit> hits;
    for (const auto& [score, e] : ranked) {
      const Best& slot = best[e];
      hits.push_back(MakeHit(query, prepared, e, slot.name_id, options));
    }
    return hits;
  }

  std::size_t entity_count() const override { return entities_.size(); }
  std::size_t name_count() const override { return refs_.size(); }
  const Entity* FindEntity(const std::string& id) const override {
    auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : &entities_[it->second];
  }
  const std::vector<Entity>& entities() const override { return entities_; }

 private:
  void Reweight(match::PreparedName* name) const {
    name->total_weight = 0;
    for (match::PreparedToken& token : name->tokens) {
      token.weight = static_cast<float>(text::ClassWeight(token.token_class)) *
                     rarity_.Rarity(token.canonical);
      name->total_weight += token.weight;
    }
  }

  std::uint32_t FirstNameId(std::uint32_t entity) const {
    auto it = std::lower_bound(refs_.begin(), refs_.end(), entity,
                               [](const NameRef& ref, std::uint32_t e) { return ref.entity < e; });
    return static_cast<std::uint32_t>(it - refs_.begin());
  }

  Hit MakeHit(const Query& query, const match::PreparedName& prepared, std::uint32_t e,
              std::uint32_t name_id, const ScreenOptions& options) const {
    const Entity& entity = entities_[e];
    const Name& name = entity.names[refs_[name_id].name];
    Hit hit;
    hit.entity_id = entity.id;
    hit.schema = entity.schema;
    hit.caption = entity.Caption();
    hit.matched_name = name.full;
    hit.matched_kind = name.kind;
    hit.datasets = {entity.dataset};
    hit.entity = &entity;
    std::vector<match::TokenPair> pairs;
    match::NameScore name_score = match::ScoreName(prepared, prepared_[name_id], &pairs);
    std::vector<Feature> features;
    if (options.explain) {
      features.push_back(screen::NameFeature(query.name, prepared, name.full, name.kind,
                                             prepared_[name_id], name_score, pairs));
    }
    hit.score = screen::ApplyEvidence(name_score.score, name.kind, query, entity,
                                      options.explain ? &features : nullptr);
    hit.match = hit.score >= options.threshold;
    hit.explanation = std::move(features);
    return hit;
  }

  std::vector<Entity> entities_;
  std::vector<NameRef> refs_;
  std::vector<match::PreparedName> prepared_;
  match::TokenRarity rarity_;
  index::CandidateIndex index_;
  std::unordered_map<std::string, std::uint32_t> by_id_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_identifier_;
};

}  // namespace

Result<std::unique_ptr<Screener>> Screener::Create(std::vector<Entity> entities) {
  return std::unique_ptr<Screener>(new MemoryScreener(std::move(entities)));
}

Comparison Compare(const Query& a, const Query& b, double threshold) {
  Comparison out;
  match::PreparedName left = match::PrepareName(a.name, nullptr);
  match::PreparedName right = match::PrepareName(b.name, nullptr);
  std::vector<match::TokenPair> pairs;
  match::NameScore name_score = match::ScoreName(left, right, &pairs);
  out.explanation.push_back(
      screen::NameFeature(a.name, left, b.name, NameKind::kPrimary, right, name_score, pairs));
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
