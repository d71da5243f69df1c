// Telling which list format a file holds, from its content and its name.
#ifndef CORDON_INGEST_FORMAT_H_
#define CORDON_INGEST_FORMAT_H_

#include <string>
#include <string_view>

#include "cordon/ingest.h"

namespace cordon::ingest {

// Which file of a multi-file list a path is, by its OFAC file name (".gz" ignored).
enum class OfacCsvRole { kNone, kPrimary, kAliases, kAddresses, kComments };
OfacCsvRole OfacCsvRoleOf(std::string_view path);

// Detects the format from the first bytes of the (decompressed) content, using the file name
// only to tell OFAC CSV roles apart. kAuto when unknown.
ListFormat DetectFormat(std::string_view path, std::string_view content);

// The dataset name for a list (see cordon/ingest.h for the rules). `path` is the file or the
// directory given; `content_path` a file of the list (for file-name rules).
std::string ResolveDataset(ListFormat format, std::string_view path, std::string_view content_path);
// "<version>" when `path` lies in a "<dataset>/<version>/" layout, else "".
std::string VersionOf(std::string_view path);

}  // namespace cordon::ingest

#endif  // CORDON_INGEST_FORMAT_H_
