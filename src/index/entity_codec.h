// A compact binary form of Entity for snapshots: length-prefixed strings and counts (LEB128
// varints), field by field in declaration order. Decoding checks every length against the
// bytes left, so a damaged record fails cleanly instead of reading past its end.
#ifndef CORDON_INDEX_ENTITY_CODEC_H_
#define CORDON_INDEX_ENTITY_CODEC_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "cordon/entity.h"

namespace cordon::index {

void EncodeEntity(const Entity& entity, std::string* out);
// False when `bytes` is not one whole encoded entity.
bool DecodeEntity(std::string_view bytes, Entity* entity);

// What a screening hit shows of an encoded entity (its id, dataset, schema and names), read in
// place: views into the encoded bytes, which must outlive it; nothing is decoded or allocated.
struct EntityHead {
  std::string_view id;
  std::string_view dataset;
  Schema schema = Schema::kLegalEntity;
  std::size_t name_count = 0;
  std::string_view names;  // the encoded names, the first one first
};
// False when `bytes` does not begin as an encoded entity does (the fields after the names are
// not read).
bool ReadEntityHead(std::string_view bytes, EntityHead* head);
// The text and kind of name `position` of `head`; false past its names or when they are damaged.
bool ReadHeadName(const EntityHead& head, std::size_t position, std::string_view* full,
                  NameKind* kind);
// Entity::Caption() of the entity: its first primary name, else its first name, else its id.
std::string_view HeadCaption(const EntityHead& head);

}  // namespace cordon::index

#endif  // CORDON_INDEX_ENTITY_CODEC_H_
