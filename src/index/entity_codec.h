// A compact binary form of Entity for snapshots: length-prefixed strings and counts (LEB128
// varints), field by field in declaration order. Decoding checks every length against the
// bytes left, so a damaged record fails cleanly instead of reading past its end.
#ifndef CORDON_INDEX_ENTITY_CODEC_H_
#define CORDON_INDEX_ENTITY_CODEC_H_

#include <string>
#include <string_view>

#include "cordon/entity.h"

namespace cordon::index {

void EncodeEntity(const Entity& entity, std::string* out);
// False when `bytes` is not one whole encoded entity.
bool DecodeEntity(std::string_view bytes, Entity* entity);

}  // namespace cordon::index

#endif  // CORDON_INDEX_ENTITY_CODEC_H_
