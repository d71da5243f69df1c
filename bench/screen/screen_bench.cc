// Matching micro-benchmarks and the candidate step's recall, on the development set in
// ../shared/data/eval (skipped with a message when it is absent):
//   Normalize     PrepareName on names in several scripts
//   Similarity    OsaDistance and TokenSimilarity on token pairs
//   Candidates    the index's candidate step for one query (query prepared beforehand)
//   ScoreName     full scoring of one query against one listed name
//   Screen        Screener::Screen end to end (prepare, candidates, scoring, hits)
//   CandidateRecall/K   share of positive queries whose expected entity is among the K
//                 candidates (counter "candidate_recall") and in Screen's top 10 (counter
//                 "recall_at_10"), so that candidate recall is measured apart from scoring.
//
//   scripts/bench.sh            (all benchmarks, Release build)
//   build-bench/bench/cordon_bench --benchmark_filter='Screen|Candidate'
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "cordon/ingest.h"
#include "cordon/screen.h"

#include "base/strings.h"
#include "index/name_index.h"
#include "match/name_scorer.h"
#include "match/prepared_name.h"
#include "match/similarity.h"

namespace cordon {
namespace {

struct EvalQuery {
  std::string text;
  std::string expected;
};

// The development index and queries, loaded once for all benchmarks.
struct DevSet {
  std::unique_ptr<index::NameIndex> index;
  std::unique_ptr<Screener> screener;
  std::vector<EvalQuery> queries;
  std::vector<match::PreparedName> prepared;
  std::string error;
};

const DevSet& Dev() {
  static const DevSet* dev = [] {
    auto* out = new DevSet();
    std::filesystem::path dir = std::filesystem::path(CORDON_SHARED_DIR) / "data" / "eval";
    std::filesystem::path list = dir / "dev_index.ftm.json";
    std::filesystem::path queries = dir / "dev_queries.tsv";
    if (!std::filesystem::exists(list) || !std::filesystem::exists(queries)) {
      out->error = "../shared/data/eval absent: matching benchmarks skipped";
      return out;
    }
    auto lists = LoadLists(list.string(), LoadOptions());
    if (!lists) {
      out->error = lists.error().ToString();
      return out;
    }
    std::vector<Entity> entities = std::move((*lists)[0].entities);
    auto image =
        index::SnapshotImage::FromBytes(index::BuildIndexImage(entities, "{}", 0), "bench");
    out->index = std::move(index::NameIndex::Open(std::move(*image)).value());
    out->screener = std::move(Screener::Create(std::move(entities)).value());
    std::ifstream in(queries);
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      std::vector<std::string_view> fields = base::Split(line, '\t', false);
      if (fields.size() < 4) continue;
      out->queries.push_back(EvalQuery{std::string(fields[1]), std::string(fields[2])});
      out->prepared.push_back(match::PrepareName(fields[1], out->index.get()));
    }
    return out;
  }();
  return *dev;
}

void Normalize(benchmark::State& state) {
  const std::vector<std::string> names = {"Mohammed Omar AL-BAGHDADI",
                                          "محمد عمر",
                                          "Дмитрий Геннадьевич ГУСЕВ",
                                          "Tehrik-e Taliban Pakistan",
                                          "JSC \"Vector\" Trading Co., Ltd.",
                                          "金正恩",
                                          "Ayşe Gökçe ÖZTÜRK",
                                          "José María Núñez"};
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(match::PrepareName(names[i++ % names.size()], nullptr));
  }
}
BENCHMARK(Normalize);

void OsaDistance(benchmark::State& state) {
  const std::vector<std::pair<std::string, std::string>> pairs = {{"muhammad", "mohammed"},
                                                                  {"abdulrahman", "abdurrahman"},
                                                                  {"gusev", "gusyev"},
                                                                  {"balochistan", "baluchistan"},
                                                                  {"kadyrov", "kadirov"}};
  std::size_t i = 0;
  for (auto _ : state) {
    const auto& [a, b] = pairs[i++ % pairs.size()];
    benchmark::DoNotOptimize(match::OsaDistance(a, b));
  }
}
BENCHMARK(OsaDistance);

void TokenSimilarity(benchmark::State& state) {
  match::PreparedName a = match::PrepareName("muhammad abdulrahman gusev kadyrov", nullptr);
  match::PreparedName b = match::PrepareName("mohammed abdurrahman gusyev kadirov", nullptr);
  std::size_t i = 0;
  for (auto _ : state) {
    std::size_t k = i++ % a.tokens.size();
    match::TokenMatchKind kind;
    benchmark::DoNotOptimize(match::TokenSimilarity(match::ViewOf(a.tokens[k]),
                                                    match::ViewOf(b.tokens[k]), false, &kind));
  }
}
BENCHMARK(TokenSimilarity);

void Candidates(benchmark::State& state) {
  const DevSet& dev = Dev();
  if (!dev.error.empty()) {
    state.SkipWithError(dev.error.c_str());
    return;
  }
  std::vector<std::uint32_t> out;
  std::size_t i = 0;
  auto k = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    dev.index->Candidates(dev.prepared[i++ % dev.prepared.size()], k, &out);
    benchmark::DoNotOptimize(out.data());
  }
}
BENCHMARK(Candidates)->Arg(30)->Arg(100);

void ScoreName(benchmark::State& state) {
  const DevSet& dev = Dev();
  if (!dev.error.empty()) {
    state.SkipWithError(dev.error.c_str());
    return;
  }
  // Each query against its first candidate, pairs prepared beforehand.
  std::vector<std::pair<std::size_t, std::uint32_t>> pairs;
  std::vector<std::uint32_t> out;
  for (std::size_t q = 0; q < dev.prepared.size(); ++q) {
    dev.index->Candidates(dev.prepared[q], 1, &out);
    if (!out.empty()) pairs.emplace_back(q, out[0]);
  }
  std::array<match::TokenView, index::kMaxNameTokens> storage;
  std::vector<match::TokenView> query_tokens;
  std::size_t i = 0;
  for (auto _ : state) {
    const auto& [q, name] = pairs[i++ % pairs.size()];
    match::NameView query = match::ViewOf(dev.prepared[q], &query_tokens);
    benchmark::DoNotOptimize(match::ScoreName(query, dev.index->View(name, &storage), nullptr));
  }
}
BENCHMARK(ScoreName);

void Screen(benchmark::State& state) {
  const DevSet& dev = Dev();
  if (!dev.error.empty()) {
    state.SkipWithError(dev.error.c_str());
    return;
  }
  ScreenOptions options;
  options.explain = state.range(0) != 0;
  std::size_t i = 0;
  Query query;
  for (auto _ : state) {
    query.name = dev.queries[i++ % dev.queries.size()].text;
    benchmark::DoNotOptimize(dev.screener->Screen(query, options));
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(Screen)->ArgName("explain")->Arg(0)->Arg(1);

void CandidateRecall(benchmark::State& state) {
  const DevSet& dev = Dev();
  if (!dev.error.empty()) {
    state.SkipWithError(dev.error.c_str());
    return;
  }
  auto k = static_cast<std::size_t>(state.range(0));
  std::size_t positives = 0;
  std::size_t in_candidates = 0;
  std::size_t in_top10 = 0;
  ScreenOptions options;
  options.threshold = 0;
  options.explain = false;
  options.candidates = k;
  for (auto _ : state) {
    positives = in_candidates = in_top10 = 0;
    std::vector<std::uint32_t> out;
    for (std::size_t q = 0; q < dev.queries.size(); ++q) {
      const EvalQuery& query = dev.queries[q];
      if (query.expected.empty()) continue;
      ++positives;
      dev.index->Candidates(dev.prepared[q], k, &out);
      for (std::uint32_t name : out) {
        if (dev.index->EntityId(dev.index->name(name).entity) == query.expected) {
          ++in_candidates;
          break;
        }
      }
      Query screen_query;
      screen_query.name = query.text;
      for (const Hit& hit : dev.screener->Screen(screen_query, options)) {
        if (hit.entity_id == query.expected) {
          ++in_top10;
          break;
        }
      }
    }
  }
  state.counters["candidate_recall"] =
      static_cast<double>(in_candidates) / static_cast<double>(std::max<std::size_t>(positives, 1));
  state.counters["recall_at_10"] =
      static_cast<double>(in_top10) / static_cast<double>(std::max<std::size_t>(positives, 1));
}
BENCHMARK(CandidateRecall)
    ->Arg(10)
    ->Arg(30)
    ->Arg(100)
    ->Arg(300)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace cordon
