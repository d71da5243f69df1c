#include "ingest/xml_document.h"

namespace cordon::ingest {

Status XmlDocument::Load(const SourceFile& file) {
  file_ = &file;
  line_index_ = std::make_unique<base::LineIndex>(file.data);
  // parse_default keeps entity decoding and whitespace rules sane; no copy of the buffer is
  // made beyond pugixml's own (load_buffer copies, keeping SourceFile::data intact for reuse).
  pugi::xml_parse_result result = doc_.load_buffer(file.data.data(), file.data.size(),
                                                   pugi::parse_default, pugi::encoding_utf8);
  if (!result) {
    auto offset = static_cast<std::size_t>(result.offset);
    return ParseContext::FileError(file.path, line_index_->LineOf(offset),
                                   std::string("XML error: ") + result.description() + " (byte " +
                                       std::to_string(offset) + ")");
  }
  if (!doc_.document_element()) {
    return ParseContext::FileError(file.path, 0, "XML document has no root element");
  }
  return Status::Ok();
}

std::uint64_t XmlDocument::LineOf(pugi::xml_node node) const {
  std::ptrdiff_t offset = node.offset_debug();
  if (offset < 0 || !line_index_) return 0;
  return line_index_->LineOf(static_cast<std::size_t>(offset));
}

std::string_view ChildText(pugi::xml_node parent, const char* name) {
  return base::Trim(parent.child(name).child_value());
}

std::string_view LocalName(pugi::xml_node node) {
  std::string_view name = node.name();
  std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace cordon::ingest
