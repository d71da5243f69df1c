// LoadLists / ParseListBytes: from paths or bytes to LoadedLists, dispatching to the parsers.
#include <algorithm>
#include <filesystem>
#include <map>

#include <unicode/ucnv.h>

#include "cordon/ingest.h"

#include "base/file.h"
#include "base/strings.h"
#include "ingest/format.h"
#include "ingest/parse_context.h"
#include "ingest/parsers.h"

namespace cordon {
namespace {

namespace fs = std::filesystem;
using ingest::OfacCsvRole;
using ingest::SourceFile;

// Converts UTF-16 input (with a byte-order mark) to UTF-8 with ICU.
Result<std::string> Utf16ToUtf8(const std::string& data, const std::string& path) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(data.size() * 2 + 16, '\0');
  int32_t written = ucnv_convert("UTF-8", "UTF-16", out.data(), static_cast<int32_t>(out.size()),
                                 data.data(), static_cast<int32_t>(data.size()), &status);
  if (U_FAILURE(status)) {
    return Status::ParseError(path + ": invalid UTF-16 text (" + u_errorName(status) + ")");
  }
  out.resize(static_cast<std::size_t>(written));
  if (out.starts_with("\xEF\xBB\xBF")) out.erase(0, 3);
  return out;
}

// Brings file content to UTF-8: refuses binary data, converts UTF-16, and reads text that is
// not valid UTF-8 as Windows-1252 (what older list exports use), with a warning.
Status ToUtf8(SourceFile* file, std::vector<ListWarning>* warnings) {
  std::string& data = file->data;
  if (data.starts_with("\xFF\xFE") || data.starts_with("\xFE\xFF")) {
    CORDON_ASSIGN_OR_RETURN(data, Utf16ToUtf8(data, file->path));
    return Status::Ok();
  }
  std::size_t nul = data.find('\0');
  if (nul != std::string::npos) {
    return Status::ParseError(file->path + ": binary data, not a list file (NUL byte at offset " +
                              std::to_string(nul) + ", line " +
                              std::to_string(base::LineIndex(data).LineOf(nul)) + ")");
  }
  std::size_t bad = base::FindInvalidUtf8(data);
  if (bad != std::string::npos) {
    std::uint64_t line = base::LineIndex(data).LineOf(bad);
    warnings->push_back({file->path, line,
                         "not valid UTF-8 (byte offset " + std::to_string(bad) +
                             "); the file was read as Windows-1252"});
    data = base::Windows1252ToUtf8(data);
  }
  return Status::Ok();
}

Result<SourceFile> ReadSource(const std::string& path, const LoadOptions& options,
                              std::vector<ListWarning>* warnings) {
  SourceFile file;
  file.path = path;
  CORDON_ASSIGN_OR_RETURN(file.data, base::ReadFile(path, options.max_file_bytes));
  CORDON_RETURN_IF_ERROR(ToUtf8(&file, warnings));
  return file;
}

Status Dispatch(ListFormat format, const std::vector<SourceFile>& files,
                ingest::ParseContext* ctx) {
  if (format == ListFormat::kOfacCsv) {
    ingest::OfacCsvFiles set;
    for (const SourceFile& file : files) {
      switch (ingest::OfacCsvRoleOf(file.path)) {
        case OfacCsvRole::kAliases:
          set.aliases = &file;
          break;
        case OfacCsvRole::kAddresses:
          set.addresses = &file;
          break;
        case OfacCsvRole::kComments:
          set.comments = &file;
          break;
        case OfacCsvRole::kPrimary:
        case OfacCsvRole::kNone:
          set.primary = &file;
          break;
      }
    }
    if (!set.primary) {
      return Status::InvalidArgument(files.front().path +
                                     ": OFAC alias/address/comment file without its primary "
                                     "file (sdn.csv or cons_prim.csv) beside it");
    }
    return ingest::ParseOfacCsv(set, ctx);
  }
  const SourceFile& file = files.front();
  switch (format) {
    case ListFormat::kOfacXml:
      return ingest::ParseOfacXml(file, ctx);
    case ListFormat::kUnScXml:
      return ingest::ParseUnScXml(file, ctx);
    case ListFormat::kEuFsfXml:
      return ingest::ParseEuFsfXml(file, ctx);
    case ListFormat::kUkHmtCsv:
      return ingest::ParseUkHmtCsv(file, ctx);
    case ListFormat::kFtmJson:
      return ingest::ParseFtmJson(file, ctx);
    case ListFormat::kCordonCsv:
      return ingest::ParseCordonCsv(file, ctx);
    case ListFormat::kUsTradeCsl:
      return ingest::ParseUsTradeCsl(file, ctx);
    case ListFormat::kCaSemaXml:
      return ingest::ParseCaSemaXml(file, ctx);
    default:
      break;
  }
  return Status::Internal("no parser for format " + std::string(ListFormatName(format)));
}

// Parses one list made of `files` (one file, or an OFAC CSV set).
Result<LoadedList> ParseFiles(const std::string& path, std::vector<SourceFile> files,
                              ListFormat format, std::vector<ListWarning> warnings,
                              const LoadOptions& options) {
  LoadedList list;
  list.path = path;
  list.format = format;
  list.warnings = std::move(warnings);
  for (const SourceFile& file : files) list.bytes += file.data.size();
  std::string content_path = files.front().path;
  for (const SourceFile& file : files) {
    if (ingest::OfacCsvRoleOf(file.path) == OfacCsvRole::kPrimary) content_path = file.path;
  }
  list.dataset = options.dataset.empty() ? ingest::ResolveDataset(format, path, content_path)
                                         : options.dataset;
  list.version = ingest::VersionOf(path);
  ingest::ParseContext ctx(options, &list);
  CORDON_RETURN_IF_ERROR(Dispatch(format, files, &ctx));
  if (!options.dataset.empty()) {
    // An explicit dataset overrides the names that entities carry themselves.
    for (Entity& entity : list.entities) {
      entity.dataset = options.dataset;
      entity.id = entity.dataset + ":" + entity.list_id;
    }
  }
  return list;
}

ListFormat FormatOf(const SourceFile& file, const LoadOptions& options) {
  return options.format != ListFormat::kAuto ? options.format
                                             : ingest::DetectFormat(file.path, file.data);
}

bool IsSkippableName(const fs::path& path) {
  std::string name = base::ToLowerAscii(path.filename().string());
  return name.starts_with(".") || name.ends_with(".md") || name.ends_with(".txt") ||
         name.ends_with(".sha256") || name.ends_with(".pdf");
}

Status LoadDirectory(const fs::path& dir, const LoadOptions& options, std::vector<LoadedList>* out);

Status LoadFile(const std::string& path, const LoadOptions& options, std::vector<LoadedList>* out) {
  std::vector<ListWarning> warnings;
  CORDON_ASSIGN_OR_RETURN(SourceFile file, ReadSource(path, options, &warnings));
  ListFormat format = FormatOf(file, options);
  if (format == ListFormat::kAuto) {
    return Status::Unsupported(path + ": cannot tell which list format this is (" +
                               base::Excerpt(file.data, 40) +
                               "); name it with --format (cordon lists formats)");
  }
  if (format == ListFormat::kOfacCsv && ingest::OfacCsvRoleOf(path) != OfacCsvRole::kPrimary &&
      ingest::OfacCsvRoleOf(path) != OfacCsvRole::kNone) {
    return Status::InvalidArgument(path +
                                   ": this is part of an OFAC CSV set; give the directory "
                                   "holding sdn.csv (or cons_prim.csv) instead");
  }
  std::vector<SourceFile> files;
  files.push_back(std::move(file));
  CORDON_ASSIGN_OR_RETURN(LoadedList list,
                          ParseFiles(path, std::move(files), format, std::move(warnings), options));
  out->push_back(std::move(list));
  return Status::Ok();
}

Status LoadDirectory(const fs::path& dir, const LoadOptions& options,
                     std::vector<LoadedList>* out) {
  std::vector<fs::path> files;
  std::vector<fs::path> subdirs;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (IsSkippableName(entry.path())) continue;
    if (entry.is_directory(ec)) {
      subdirs.push_back(entry.path());
    } else if (entry.is_regular_file(ec)) {
      files.push_back(entry.path());
    }
  }
  if (ec) return Status::IoError(dir.string() + ": cannot list directory (" + ec.message() + ")");
  std::sort(files.begin(), files.end());
  std::sort(subdirs.begin(), subdirs.end());

  // The OFAC CSV files of a directory form one list; every other file is a list of its own.
  std::vector<SourceFile> ofac_set;
  std::vector<ListWarning> ofac_warnings;
  for (const fs::path& path : files) {
    if (ingest::OfacCsvRoleOf(path.string()) != OfacCsvRole::kNone &&
        options.format == ListFormat::kAuto) {
      CORDON_ASSIGN_OR_RETURN(SourceFile file, ReadSource(path.string(), options, &ofac_warnings));
      ofac_set.push_back(std::move(file));
      continue;
    }
    CORDON_RETURN_IF_ERROR(LoadFile(path.string(), options, out));
  }
  if (!ofac_set.empty()) {
    CORDON_ASSIGN_OR_RETURN(LoadedList list,
                            ParseFiles(dir.string(), std::move(ofac_set), ListFormat::kOfacCsv,
                                       std::move(ofac_warnings), options));
    out->push_back(std::move(list));
  }
  for (const fs::path& sub : subdirs) CORDON_RETURN_IF_ERROR(LoadDirectory(sub, options, out));
  return Status::Ok();
}

}  // namespace

Result<std::vector<LoadedList>> LoadLists(const std::string& path, const LoadOptions& options) {
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return Status::NotFound(path + ": no such file or directory");
  std::vector<LoadedList> lists;
  if (fs::is_directory(status)) {
    CORDON_RETURN_IF_ERROR(LoadDirectory(path, options, &lists));
    if (lists.empty()) return Status::NotFound(path + ": directory holds no list file");
  } else {
    CORDON_RETURN_IF_ERROR(LoadFile(path, options, &lists));
  }
  return lists;
}

Result<LoadedList> ParseListBytes(std::string_view bytes, const std::string& source,
                                  const LoadOptions& options) {
  std::vector<ListWarning> warnings;
  SourceFile file{source, std::string(bytes)};
  if (file.data.size() >= 2 && static_cast<unsigned char>(file.data[0]) == 0x1f &&
      static_cast<unsigned char>(file.data[1]) == 0x8b) {
    CORDON_ASSIGN_OR_RETURN(file.data, base::Gunzip(bytes, source, options.max_file_bytes));
  }
  CORDON_RETURN_IF_ERROR(ToUtf8(&file, &warnings));
  ListFormat format = FormatOf(file, options);
  if (format == ListFormat::kAuto) {
    return Status::Unsupported(source + ": cannot tell which list format this is");
  }
  std::vector<SourceFile> files;
  files.push_back(std::move(file));
  return ParseFiles(source, std::move(files), format, std::move(warnings), options);
}

}  // namespace cordon
