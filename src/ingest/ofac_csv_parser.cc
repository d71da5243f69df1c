// PLACEHOLDER: to be replaced by the real parser.
#include "ingest/parsers.h"

namespace cordon::ingest {

Status ParseOfacCsv(const OfacCsvFiles& files, ParseContext* /*ctx*/) {
  (void)files;
  return Status::Unsupported("format not implemented yet");
}

}  // namespace cordon::ingest
