// PLACEHOLDER: to be replaced by the real parser.
#include "ingest/parsers.h"

namespace cordon::ingest {

Status ParseUkHmtCsv(const SourceFile& file, ParseContext* /*ctx*/) {
  (void)file;
  return Status::Unsupported("format not implemented yet");
}

}  // namespace cordon::ingest
