// `cordon eval`: accuracy on a labelled query set (qid, query, expected_entity_id, family).
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "cordon/screen.h"

#include "cli/commands.h"
#include "cli/output.h"

namespace cordon::cli {
namespace {

struct EvalArgs {
  ListOptions lists;
  std::string queries;
  std::string plot;
  std::string misses;  // write misses here (TSV) for analysis
  double threshold = kDefaultThreshold;
  std::size_t candidates = ScreenOptions().candidates;
};

struct EvalQuery {
  std::string qid;
  std::string text;
  std::string expected;
  std::string family;
};

struct Outcome {
  const EvalQuery* query = nullptr;
  int rank = 0;               // 1-based rank of the expected entity in the top 10, 0 if absent
  double expected_score = 0;  // score of the expected entity when found
  double top_score = 0;
  std::string top_id;
};

Result<std::vector<EvalQuery>> ReadQueries(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::vector<EvalQuery> out;
  std::string line;
  std::uint64_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<std::string> cols;
    std::stringstream stream(line);
    std::string col;
    while (std::getline(stream, col, '\t')) cols.push_back(col);
    if (line.back() == '\t') cols.emplace_back();
    if (number == 1 && !cols.empty() && cols[0] == "qid") continue;
    if (cols.size() < 4) {
      return Status::ParseError(path + ":" + std::to_string(number) +
                                ": expected 4 tab-separated columns (qid, query, "
                                "expected_entity_id, family)");
    }
    out.push_back(EvalQuery{cols[0], cols[1], cols[2], cols[3]});
  }
  return out;
}

std::string Pct(double value) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(1) << value * 100 << "%";
  return out.str();
}

struct CurvePoint {
  double threshold;
  double recall;     // positives whose expected entity scores >= threshold
  double fpr;        // negatives whose top hit scores >= threshold
  double precision;  // alerts (top hit >= threshold) whose top hit is the expected entity
};

std::vector<CurvePoint> Curve(const std::vector<Outcome>& outcomes) {
  std::vector<CurvePoint> points;
  for (int step = 0; step <= 20; ++step) {
    double t = step * 0.05;
    std::size_t positives = 0, recalled = 0, negatives = 0, false_alerts = 0, alerts = 0,
                good_alerts = 0;
    for (const Outcome& o : outcomes) {
      bool negative = o.query->expected.empty();
      bool alert = o.top_score >= t && !o.top_id.empty();
      if (negative) {
        ++negatives;
        if (alert) ++false_alerts;
      } else {
        ++positives;
        if (o.rank > 0 && o.expected_score >= t) ++recalled;
      }
      if (alert) {
        ++alerts;
        if (!negative && o.top_id == o.query->expected) ++good_alerts;
      }
    }
    points.push_back(CurvePoint{
        t, positives ? static_cast<double>(recalled) / static_cast<double>(positives) : 0,
        negatives ? static_cast<double>(false_alerts) / static_cast<double>(negatives) : 0,
        alerts ? static_cast<double>(good_alerts) / static_cast<double>(alerts) : 1});
  }
  return points;
}

Status WritePlot(const std::string& path, const std::vector<CurvePoint>& points, double threshold) {
  std::ofstream out(path);
  if (!out) return Status::IoError(path + ": cannot create");
  const int w = 640, h = 400, left = 60, top = 30, pw = 540, ph = 320;
  auto x = [&](double t) { return left + t * pw; };
  auto y = [&](double v) { return top + (1 - v) * ph; };
  out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << w << "\" height=\"" << h
      << "\" font-family=\"sans-serif\" font-size=\"12\">\n"
      << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
      << "<text x=\"" << left << "\" y=\"18\" font-size=\"14\">Cordon: precision, recall and "
      << "false-positive rate against threshold</text>\n";
  for (int tick = 0; tick <= 10; ++tick) {
    double v = tick / 10.0;
    out << "<line x1=\"" << x(0) << "\" x2=\"" << x(1) << "\" y1=\"" << y(v) << "\" y2=\"" << y(v)
        << "\" stroke=\"#eee\"/>\n"
        << "<text x=\"" << left - 35 << "\" y=\"" << y(v) + 4 << "\">" << tick * 10 << "%</text>\n"
        << "<text x=\"" << x(v) - 8 << "\" y=\"" << top + ph + 18 << "\">" << v << "</text>\n";
  }
  out << "<line x1=\"" << x(threshold) << "\" x2=\"" << x(threshold) << "\" y1=\"" << y(0)
      << "\" y2=\"" << y(1) << "\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>\n"
      << "<text x=\"" << x(threshold) + 4 << "\" y=\"" << y(1) + 12
      << "\">default threshold</text>\n"
      << "<text x=\"" << left + pw / 2 - 30 << "\" y=\"" << h - 8 << "\">threshold</text>\n";
  auto series = [&](const char* color, const char* label, int row, auto value) {
    out << "<polyline fill=\"none\" stroke=\"" << color << "\" stroke-width=\"2\" points=\"";
    for (const CurvePoint& p : points) out << x(p.threshold) << "," << y(value(p)) << " ";
    out << "\"/>\n<text x=\"" << left + 10 << "\" y=\"" << top + ph - 50 + row * 16 << "\" fill=\""
        << color << "\">" << label << "</text>\n";
  };
  series("#1f77b4", "recall (alert recall, positives)", 0,
         [](const CurvePoint& p) { return p.recall; });
  series("#2ca02c", "precision (alerts whose top hit is right)", 1,
         [](const CurvePoint& p) { return p.precision; });
  series("#d62728", "false-positive rate (negatives)", 2,
         [](const CurvePoint& p) { return p.fpr; });
  out << "</svg>\n";
  return out ? Status::Ok() : Status::IoError(path + ": write failed");
}

int RunEval(const EvalArgs& args) {
  auto queries = ReadQueries(args.queries);
  if (!queries) return Fail(queries.error());
  auto screener = LoadScreener(args.lists, false);
  if (!screener) return Fail(screener.error());

  ScreenOptions options;
  options.threshold = 0;
  options.limit = 10;
  options.explain = false;
  options.entities = false;  // the hits' ids and scores are all it reads
  options.candidates = args.candidates;
  std::vector<Outcome> outcomes;
  auto start = std::chrono::steady_clock::now();
  for (const EvalQuery& q : *queries) {
    Query query;
    query.name = q.text;
    std::vector<Hit> hits = (*screener)->Screen(query, options);
    Outcome o;
    o.query = &q;
    if (!hits.empty()) {
      o.top_score = hits[0].score;
      o.top_id = hits[0].entity_id;
    }
    for (std::size_t pos = 0; pos < hits.size(); ++pos) {
      if (!q.expected.empty() && hits[pos].entity_id == q.expected) {
        o.rank = static_cast<int>(pos) + 1;
        o.expected_score = hits[pos].score;
        break;
      }
    }
    outcomes.push_back(o);
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  std::map<std::string, std::vector<const Outcome*>> by_family;
  for (const Outcome& o : outcomes) by_family[o.query->family].push_back(&o);
  std::cout << "Evaluated " << outcomes.size() << " queries against " << (*screener)->entity_count()
            << " entities (" << (*screener)->name_count() << " names) in " << std::fixed
            << std::setprecision(2) << seconds << " s; threshold " << args.threshold << "\n\n";
  TextTable table({false, true, true, true, true});
  table.AddRow({"family", "queries", "recall@1", "recall@10", "alert recall / FPR"});
  auto row = [&](const std::string& name, const std::vector<const Outcome*>& group) {
    std::size_t at1 = 0, at10 = 0, alerts = 0;
    bool negative = !group.empty() && group[0]->query->expected.empty();
    for (const Outcome* o : group) {
      if (negative) {
        if (o->top_score >= args.threshold && !o->top_id.empty()) ++alerts;
        continue;
      }
      if (o->rank == 1) ++at1;
      if (o->rank >= 1) ++at10;
      if (o->rank >= 1 && o->expected_score >= args.threshold) ++alerts;
    }
    double n = static_cast<double>(group.size());
    if (negative) {
      table.AddRow({name, std::to_string(group.size()), "-", "-", "FPR " + Pct(alerts / n)});
    } else {
      table.AddRow(
          {name, std::to_string(group.size()), Pct(at1 / n), Pct(at10 / n), Pct(alerts / n)});
    }
  };
  std::vector<const Outcome*> positives, positives_but_alias;
  for (const auto& [family, group] : by_family) {
    row(family, group);
    for (const Outcome* o : group) {
      if (o->query->expected.empty()) continue;
      positives.push_back(o);
      if (family != "alias") positives_but_alias.push_back(o);
    }
  }
  row("all positives", positives);
  row("all but alias", positives_but_alias);
  table.Print(std::cout);

  std::vector<CurvePoint> curve = Curve(outcomes);
  std::cout << "\nThreshold curve (all queries):\n";
  TextTable curve_table({true, true, true, true});
  curve_table.AddRow({"threshold", "alert recall", "precision", "FPR (negatives)"});
  for (const CurvePoint& p : curve) {
    if (p.threshold < 0.45) continue;
    std::ostringstream t;
    t << std::fixed << std::setprecision(2) << p.threshold;
    curve_table.AddRow({t.str(), Pct(p.recall), Pct(p.precision), Pct(p.fpr)});
  }
  curve_table.Print(std::cout);
  std::cout << "\n"
            << std::setprecision(0) << outcomes.size() / std::max(seconds, 1e-9)
            << " queries/s (one thread, with candidate generation and scoring)\n";

  if (!args.misses.empty()) {
    std::ofstream out(args.misses);
    out << "qid\tfamily\tquery\texpected\trank\texpected_score\ttop_id\ttop_score\n";
    for (const Outcome& o : outcomes) {
      bool negative = o.query->expected.empty();
      bool bad = negative ? o.top_score >= args.threshold
                          : (o.rank != 1 || o.expected_score < args.threshold);
      if (!bad) continue;
      out << o.query->qid << "\t" << o.query->family << "\t" << o.query->text << "\t"
          << o.query->expected << "\t" << o.rank << "\t" << o.expected_score << "\t" << o.top_id
          << "\t" << o.top_score << "\n";
    }
  }
  if (!args.plot.empty()) {
    Status status = WritePlot(args.plot, curve, args.threshold);
    if (!status.ok()) return Fail(status);
    std::cout << "threshold curve written to " << args.plot << "\n";
  }
  return kExitOk;
}

}  // namespace

void RegisterEvalCommand(CLI::App* app, Action* action) {
  auto args = std::make_shared<EvalArgs>();
  CLI::App* eval = app->add_subcommand("eval", "Measure accuracy on a labelled query set");
  AddListOptions(eval, &args->lists, true, true);
  eval->add_option("-q,--queries", args->queries,
                   "TSV: qid, query, expected_entity_id (empty for negatives), family")
      ->required();
  eval->add_option("--threshold", args->threshold, "Alert threshold")->capture_default_str();
  eval->add_option("--plot", args->plot, "Write the threshold curve as SVG");
  eval->add_option("--candidates", args->candidates,
                   "Listed names the index hands to full scoring per query")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  eval->add_option("--misses", args->misses, "Write missed and false-alert queries as TSV");
  eval->callback([args, action]() { *action = [args]() { return RunEval(*args); }; });
}

}  // namespace cordon::cli
