#include "ingest/format.h"

#include <array>
#include <filesystem>

#include "base/strings.h"

namespace cordon {

namespace {
struct FormatName {
  ListFormat format;
  std::string_view name;
};
constexpr std::array<FormatName, 10> kFormatNames = {{
    {ListFormat::kAuto, "auto"},
    {ListFormat::kOfacXml, "ofac-xml"},
    {ListFormat::kOfacCsv, "ofac-csv"},
    {ListFormat::kUnScXml, "un-xml"},
    {ListFormat::kEuFsfXml, "eu-xml"},
    {ListFormat::kUkHmtCsv, "uk-csv"},
    {ListFormat::kFtmJson, "ftm"},
    {ListFormat::kCordonCsv, "csv"},
    {ListFormat::kUsTradeCsl, "csl"},
    {ListFormat::kCaSemaXml, "sema-xml"},
}};
}  // namespace

std::string_view ListFormatName(ListFormat format) {
  for (const auto& entry : kFormatNames) {
    if (entry.format == format) return entry.name;
  }
  return "auto";
}

std::optional<ListFormat> ParseListFormat(std::string_view name) {
  for (const auto& entry : kFormatNames) {
    if (base::EqualsIgnoreCaseAscii(entry.name, name)) return entry.format;
  }
  return std::nullopt;
}

std::vector<ListFormat> AllListFormats() {
  std::vector<ListFormat> out;
  for (const auto& entry : kFormatNames) {
    if (entry.format != ListFormat::kAuto) out.push_back(entry.format);
  }
  return out;
}

std::string ListWarning::ToString() const {
  std::string out = source;
  if (line > 0) out += ":" + std::to_string(line);
  out += ": " + message;
  return out;
}

namespace ingest {
namespace {

// File name without directories and without a trailing ".gz", lower-cased.
std::string PlainFileName(std::string_view path) {
  std::string name = base::ToLowerAscii(std::filesystem::path(path).filename().string());
  if (name.size() > 3 && name.ends_with(".gz")) name.resize(name.size() - 3);
  return name;
}

std::string_view SkipXmlProlog(std::string_view s) {
  for (;;) {
    s = base::Trim(s);
    if (s.starts_with("<?") || s.starts_with("<!")) {
      std::string_view end_mark = s.starts_with("<!--") ? "-->" : ">";
      std::size_t end = s.find(end_mark);
      if (end == std::string_view::npos) return {};
      s.remove_prefix(end + end_mark.size());
      continue;
    }
    return s;
  }
}

std::string_view XmlRootName(std::string_view content) {
  std::string_view s = SkipXmlProlog(content);
  if (!s.starts_with("<")) return {};
  s.remove_prefix(1);
  std::size_t end = s.find_first_of(" \t\r\n>/");
  std::string_view name = s.substr(0, end);
  std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool LooksLikeDatasetName(std::string_view name) {
  if (name.size() < 2) return false;
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return name.find('_') != std::string_view::npos;
}

bool LooksLikeVersion(std::string_view name) {
  if (name.empty()) return false;
  if (name == "latest" || name == "current") return true;
  return name[0] >= '0' && name[0] <= '9';
}

// (dataset, version) of a "<dataset>/<version>/" directory holding `path`.
std::pair<std::string, std::string> Layout(std::string_view path) {
  namespace fs = std::filesystem;
  // The error_code overloads: a vanished working directory or an unreadable path must not
  // throw (a fuzzer found this); the layout is then simply unknown.
  std::error_code ec;
  fs::path p = fs::absolute(fs::path(path), ec);
  if (ec) return {};
  p = p.lexically_normal();
  if (!fs::is_directory(p, ec)) p = p.parent_path();
  std::string version = p.filename().string();
  std::string dataset = p.parent_path().filename().string();
  if (LooksLikeVersion(version) && LooksLikeDatasetName(dataset)) return {dataset, version};
  return {};
}

}  // namespace

OfacCsvRole OfacCsvRoleOf(std::string_view path) {
  std::string name = PlainFileName(path);
  if (name == "sdn.csv" || name == "cons_prim.csv" || name == "prim.csv") {
    return OfacCsvRole::kPrimary;
  }
  if (name == "alt.csv" || name == "cons_alt.csv") return OfacCsvRole::kAliases;
  if (name == "add.csv" || name == "cons_add.csv") return OfacCsvRole::kAddresses;
  if (name == "sdn_comments.csv" || name == "cons_comments.csv" || name == "comments.csv") {
    return OfacCsvRole::kComments;
  }
  return OfacCsvRole::kNone;
}

ListFormat DetectFormat(std::string_view path, std::string_view content) {
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  std::string_view head = base::Trim(content.substr(0, 4096));
  if (head.starts_with("<")) {
    std::string_view root = XmlRootName(content.substr(0, 65536));
    if (root == "sdnList") return ListFormat::kOfacXml;
    if (root == "CONSOLIDATED_LIST") return ListFormat::kUnScXml;
    if (root == "export") return ListFormat::kEuFsfXml;
    if (root == "data-set") return ListFormat::kCaSemaXml;
    return ListFormat::kAuto;
  }
  if (head.starts_with("{")) return ListFormat::kFtmJson;
  std::string_view first_line = head.substr(0, head.find_first_of("\r\n"));
  std::string lower = base::ToLowerAscii(first_line);
  if (lower.find("_id") != std::string::npos && lower.find("entity_number") != std::string::npos) {
    return ListFormat::kUsTradeCsl;
  }
  if (lower.starts_with("last updated") || lower.find("group id") != std::string::npos) {
    return ListFormat::kUkHmtCsv;
  }
  auto columns = base::Split(lower, ',', false);
  bool has_id = false;
  bool has_name = false;
  for (std::string_view column : columns) {
    std::string_view col = column;
    if (col.size() >= 2 && col.front() == '"' && col.back() == '"')
      col = col.substr(1, col.size() - 2);
    has_id |= col == "id";
    has_name |= col == "name";
  }
  if (has_id && has_name) return ListFormat::kCordonCsv;
  std::uint64_t ent_num = 0;
  if (!columns.empty() && base::ParseUint(columns[0], &ent_num) &&
      (OfacCsvRoleOf(path) != OfacCsvRole::kNone ||
       first_line.find("-0-") != std::string_view::npos)) {
    return ListFormat::kOfacCsv;
  }
  return ListFormat::kAuto;
}

std::string ResolveDataset(ListFormat format, std::string_view path,
                           std::string_view content_path) {
  switch (format) {
    case ListFormat::kUnScXml:
      return "un_sc_sanctions";
    case ListFormat::kEuFsfXml:
      return "eu_fsf";
    case ListFormat::kUkHmtCsv:
      return "gb_hmt_sanctions";
    case ListFormat::kUsTradeCsl:
      return "us_trade_csl";
    case ListFormat::kCaSemaXml:
      return "ca_dfatd_sema_sanctions";
    default:
      break;
  }
  auto [dataset, version] = Layout(path);
  if (!dataset.empty()) return dataset;
  std::string name = PlainFileName(content_path);
  if (format == ListFormat::kOfacCsv || format == ListFormat::kOfacXml) {
    if (name.starts_with("cons_") || name.starts_with("consolidated")) return "us_ofac_cons";
    if (name.starts_with("sdn")) return "us_ofac_sdn";
  }
  std::string stem = std::filesystem::path(name).stem().string();
  // "entities.ftm.json" -> "entities"
  std::size_t dot = stem.find('.');
  if (dot != std::string::npos) stem.resize(dot);
  return stem.empty() ? "list" : stem;
}

std::string VersionOf(std::string_view path) { return Layout(path).second; }

}  // namespace ingest
}  // namespace cordon
