// Loading an XML list file with pugixml, with errors that name the file and line.
#ifndef CORDON_INGEST_XML_DOCUMENT_H_
#define CORDON_INGEST_XML_DOCUMENT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "cordon/status.h"

#include "base/strings.h"
#include "ingest/parse_context.h"

namespace cordon::ingest {

class XmlDocument {
 public:
  // Parses `file` (which must outlive this object). Not well-formed XML is a kParseError
  // "path:line: XML error: <pugixml's description>".
  Status Load(const SourceFile& file);

  pugi::xml_node root() const { return doc_.document_element(); }
  // 1-based line of a node, for messages.
  std::uint64_t LineOf(pugi::xml_node node) const;

 private:
  pugi::xml_document doc_;
  const SourceFile* file_ = nullptr;
  std::unique_ptr<base::LineIndex> line_index_;
};

// The trimmed text of a child element, or "" when absent: <parent><name>text</name></parent>.
std::string_view ChildText(pugi::xml_node parent, const char* name);
// The local name of a node ("sdnEntry" for "ns:sdnEntry").
std::string_view LocalName(pugi::xml_node node);

}  // namespace cordon::ingest

#endif  // CORDON_INGEST_XML_DOCUMENT_H_
