// Ingest throughput: ParseListBytes on each real list file in ../shared/data/lists (bytes read
// and decompressed once, outside the timed loop), LoadLists on whole directories (reading and
// gunzip included), and the Cordon CSV parser on a generated list (no real file uses it).
//
//   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release && ninja -C build-rel cordon_bench
//   build-rel/bench/cordon_bench --benchmark_filter=Ingest
#include <array>
#include <cstdint>
#include <filesystem>
#include <string>

#include <benchmark/benchmark.h>

#include "cordon/ingest.h"

#include "base/file.h"

namespace cordon {
namespace {

// Lenient throughout: the CSL copy in ../shared ends with a truncated row, which strict mode
// refuses; skipping it costs nothing measurable.
LoadOptions BenchOptions(ListFormat format = ListFormat::kAuto) {
  LoadOptions options;
  options.format = format;
  options.lenient = true;
  return options;
}

std::string SharedPath(const std::string& relative) {
  return (std::filesystem::path(CORDON_SHARED_DIR) / relative).string();
}

// Times ParseListBytes on one real file.
void IngestFile(benchmark::State& state, const std::string& relative, ListFormat format) {
  std::string path = SharedPath(relative);
  if (!std::filesystem::exists(path)) {
    state.SkipWithError(("../shared/" + relative + " absent").c_str());
    return;
  }
  auto bytes = base::ReadFile(path, std::size_t{4} << 30);
  if (!bytes) {
    state.SkipWithError(bytes.error().ToString().c_str());
    return;
  }
  LoadOptions options = BenchOptions(format);
  std::size_t entities = 0;
  for (auto _ : state) {
    auto list = ParseListBytes(*bytes, path, options);
    if (!list) {
      state.SkipWithError(list.error().ToString().c_str());
      return;
    }
    entities = list->entities.size();
    benchmark::DoNotOptimize(list->entities.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes->size()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * entities));
  state.counters["entities"] = static_cast<double>(entities);
  state.SetLabel(relative);
}

// Times LoadLists on a directory (file reading, gunzip and every parser it holds).
void IngestDirectory(benchmark::State& state, const std::string& relative) {
  std::string path = SharedPath(relative);
  if (!std::filesystem::exists(path)) {
    state.SkipWithError(("../shared/" + relative + " absent").c_str());
    return;
  }
  LoadOptions options = BenchOptions();
  std::uint64_t bytes = 0;
  std::size_t entities = 0;
  std::size_t lists = 0;
  for (auto _ : state) {
    auto loaded = LoadLists(path, options);
    if (!loaded) {
      state.SkipWithError(loaded.error().ToString().c_str());
      return;
    }
    bytes = 0;
    entities = 0;
    for (const LoadedList& list : *loaded) {
      bytes += list.bytes;
      entities += list.entities.size();
    }
    lists = loaded->size();
    benchmark::DoNotOptimize(loaded->data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * entities));
  state.counters["entities"] = static_cast<double>(entities);
  state.counters["lists"] = static_cast<double>(lists);
  state.SetLabel(relative);
}

void BM_Ingest_OfacCsv(benchmark::State& state) {
  // sdn.csv alone (primary records); BM_Ingest_OfacCsvSet reads the trio with alt.csv/add.csv.
  IngestFile(state, "data/lists/us_ofac_sdn/2022-01-31/sdn.csv.gz", ListFormat::kOfacCsv);
}
void BM_Ingest_OfacCsvSet(benchmark::State& state) {
  IngestDirectory(state, "data/lists/us_ofac_sdn/2022-01-31");
}
void BM_Ingest_OfacXml(benchmark::State& state) {
  IngestFile(state, "data/lists/us_ofac_cons/2025-03-28/consolidated.xml", ListFormat::kOfacXml);
}
void BM_Ingest_UnScXml(benchmark::State& state) {
  IngestFile(state, "data/lists/un_sc_sanctions/2026-02-27/consolidated.xml.gz",
             ListFormat::kUnScXml);
}
void BM_Ingest_UsTradeCsl(benchmark::State& state) {
  IngestFile(state, "data/lists/us_trade_csl/2023-11/consolidated_screening_list.csv.gz",
             ListFormat::kUsTradeCsl);
}
void BM_Ingest_CaSemaXml(benchmark::State& state) {
  IngestFile(state, "data/lists/ca_dfatd_sema_sanctions/2025-05/sema.xml.gz",
             ListFormat::kCaSemaXml);
}
void BM_Ingest_FtmJson(benchmark::State& state) {
  IngestFile(state, "data/lists/opensanctions_sample/sa_wiki_peps_v2/entities.ftm.json.gz",
             ListFormat::kFtmJson);
}
void BM_Ingest_AllLists(benchmark::State& state) { IngestDirectory(state, "data/lists"); }

// A Cordon CSV list of `rows` generated entities, every column filled.
std::string GeneratedCordonCsv(int rows) {
  constexpr std::array<const char*, 8> kGiven = {"Ahmad",  "Maria", "Abdul Rahman", "Olena",
                                                 "Nguyen", "José",  "Fatima",       "Ivan"};
  constexpr std::array<const char*, 8> kFamily = {"AL-HASSAN", "IVANOVA", "MEHSUD",  "GARCÍA",
                                                  "TRAN",      "OKAFOR",  "KHALILI", "PETROV"};
  constexpr std::array<const char*, 4> kCountries = {"Pakistan", "Iran", "Russia", "Syria"};
  std::string out =
      "id,name,schema,aliases,weak_aliases,birth_date,birth_place,country,nationality,"
      "addresses,identifiers,programs,listed_on,remarks,gender,titles\n";
  for (int row = 0; row < rows; ++row) {
    std::size_t a = static_cast<std::size_t>(row) % 8;
    std::size_t b = static_cast<std::size_t>(row / 8) % 8;
    std::size_t c = static_cast<std::size_t>(row) % 4;
    std::string name = std::string(kGiven[a]) + " " + kFamily[b];
    out += "G-" + std::to_string(row) + ",\"" + name + "\",Person,\"" + kFamily[b] + ", " +
           kGiven[a] + ";" + kGiven[b] + " " + kFamily[a] + "\",Abu " + kGiven[a] + "," +
           std::to_string(1950 + row % 50) + "-0" + std::to_string(1 + row % 9) + "-1" +
           std::to_string(row % 10) + "," + kCountries[c] + "," + kCountries[c] + "," +
           kCountries[c] + ",\"" + std::to_string(row) + " Main Road, " + kCountries[c] +
           "\",passport:P" + std::to_string(1000000 + row) + ":" + kCountries[c] +
           ",SDGT;IRAN,2020-01-15,\"Generated record " + std::to_string(row) + ".\"," +
           (row % 2 == 0 ? "male" : "female") + ",Commander\n";
  }
  return out;
}

void BM_Ingest_CordonCsv(benchmark::State& state) {
  const std::string bytes = GeneratedCordonCsv(20000);
  LoadOptions options;
  options.format = ListFormat::kCordonCsv;
  std::size_t entities = 0;
  for (auto _ : state) {
    auto list = ParseListBytes(bytes, "generated.csv", options);
    if (!list) {
      state.SkipWithError(list.error().ToString().c_str());
      return;
    }
    entities = list->entities.size();
    benchmark::DoNotOptimize(list->entities.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * entities));
  state.counters["entities"] = static_cast<double>(entities);
  state.SetLabel("generated: 20000 rows");
}

BENCHMARK(BM_Ingest_OfacCsv)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Ingest_OfacCsvSet)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Ingest_OfacXml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Ingest_UnScXml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Ingest_UsTradeCsl)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Ingest_CaSemaXml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Ingest_FtmJson)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Ingest_CordonCsv)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Ingest_AllLists)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace cordon
