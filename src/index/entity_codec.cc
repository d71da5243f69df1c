#include "index/entity_codec.h"

#include <cstdint>

namespace cordon::index {
namespace {

void PutVarint(std::uint64_t value, std::string* out) {
  while (value >= 0x80) {
    out->push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out->push_back(static_cast<char>(value));
}

void PutString(std::string_view text, std::string* out) {
  PutVarint(text.size(), out);
  out->append(text);
}

void PutStrings(const std::vector<std::string>& values, std::string* out) {
  PutVarint(values.size(), out);
  for (const std::string& value : values) PutString(value, out);
}

void PutDate(const PartialDate& date, std::string* out) {
  PutVarint(static_cast<std::uint16_t>(date.year), out);
  out->push_back(static_cast<char>(date.month));
  out->push_back(static_cast<char>(date.day));
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool ok() const { return ok_; }
  bool done() const { return ok_ && pos_ == bytes_.size(); }

  std::uint64_t Varint() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= bytes_.size()) return Fail();
      auto byte = static_cast<std::uint8_t>(bytes_[pos_++]);
      value |= std::uint64_t{byte & 0x7FU} << shift;
      if ((byte & 0x80U) == 0) return value;
    }
    return Fail();
  }
  std::uint8_t Byte() {
    if (pos_ >= bytes_.size()) return static_cast<std::uint8_t>(Fail());
    return static_cast<std::uint8_t>(bytes_[pos_++]);
  }
  void String(std::string* out) { out->assign(View()); }
  // A string in place: a view into the bytes read.
  std::string_view View() {
    std::uint64_t size = Varint();
    if (!ok_ || size > bytes_.size() - pos_) {
      Fail();
      return {};
    }
    std::string_view out = bytes_.substr(pos_, size);
    pos_ += size;
    return out;
  }
  std::string_view Rest() const { return bytes_.substr(pos_); }
  // A count of items that each take at least one byte.
  std::size_t Count() {
    std::uint64_t count = Varint();
    if (!ok_ || count > bytes_.size() - pos_) return static_cast<std::size_t>(Fail());
    return static_cast<std::size_t>(count);
  }
  void Strings(std::vector<std::string>* out) {
    std::size_t count = Count();
    out->resize(count);
    for (std::string& value : *out) String(&value);
  }
  PartialDate Date() {
    PartialDate date;
    date.year = static_cast<std::int16_t>(static_cast<std::uint16_t>(Varint()));
    date.month = Byte();
    date.day = Byte();
    return date;
  }

 private:
  std::uint64_t Fail() {
    ok_ = false;
    pos_ = bytes_.size();
    return 0;
  }
  std::string_view bytes_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace

void EncodeEntity(const Entity& entity, std::string* out) {
  PutString(entity.id, out);
  PutString(entity.dataset, out);
  PutString(entity.list_id, out);
  out->push_back(static_cast<char>(entity.schema));
  PutVarint(entity.names.size(), out);
  for (const Name& name : entity.names) {
    PutString(name.full, out);
    out->push_back(static_cast<char>(name.kind));
    out->push_back(static_cast<char>(name.script));
    PutString(name.given, out);
    PutString(name.family, out);
    PutString(name.type, out);
  }
  PutVarint(entity.birth_dates.size(), out);
  for (const BirthDate& date : entity.birth_dates) {
    PutDate(date.from, out);
    PutDate(date.to, out);
    out->push_back(static_cast<char>(date.approximate ? 1 : 0));
  }
  PutStrings(entity.birth_places, out);
  PutStrings(entity.nationalities, out);
  PutStrings(entity.countries, out);
  PutStrings(entity.addresses, out);
  PutVarint(entity.identifiers.size(), out);
  for (const Identifier& id : entity.identifiers) {
    PutString(id.type, out);
    PutString(id.value, out);
    PutString(id.country, out);
  }
  PutStrings(entity.programs, out);
  PutString(entity.gender, out);
  PutString(entity.listed_on, out);
  PutStrings(entity.remarks, out);
  PutStrings(entity.titles, out);
  PutStrings(entity.related, out);
}

bool DecodeEntity(std::string_view bytes, Entity* entity) {
  Reader in(bytes);
  in.String(&entity->id);
  in.String(&entity->dataset);
  in.String(&entity->list_id);
  std::uint8_t schema = in.Byte();
  if (schema > static_cast<std::uint8_t>(Schema::kRelationship)) return false;
  entity->schema = static_cast<Schema>(schema);
  entity->names.resize(in.Count());
  for (Name& name : entity->names) {
    in.String(&name.full);
    std::uint8_t kind = in.Byte();
    std::uint8_t script = in.Byte();
    if (kind > static_cast<std::uint8_t>(NameKind::kWeakAlias) ||
        script > static_cast<std::uint8_t>(Script::kMixed)) {
      return false;
    }
    name.kind = static_cast<NameKind>(kind);
    name.script = static_cast<Script>(script);
    in.String(&name.given);
    in.String(&name.family);
    in.String(&name.type);
  }
  entity->birth_dates.resize(in.Count());
  for (BirthDate& date : entity->birth_dates) {
    date.from = in.Date();
    date.to = in.Date();
    date.approximate = in.Byte() != 0;
  }
  in.Strings(&entity->birth_places);
  in.Strings(&entity->nationalities);
  in.Strings(&entity->countries);
  in.Strings(&entity->addresses);
  entity->identifiers.resize(in.Count());
  for (Identifier& id : entity->identifiers) {
    in.String(&id.type);
    in.String(&id.value);
    in.String(&id.country);
  }
  in.Strings(&entity->programs);
  in.String(&entity->gender);
  in.String(&entity->listed_on);
  in.Strings(&entity->remarks);
  in.Strings(&entity->titles);
  in.Strings(&entity->related);
  return in.done();
}

bool ReadEntityHead(std::string_view bytes, EntityHead* head) {
  Reader in(bytes);
  head->id = in.View();
  head->dataset = in.View();
  in.View();  // list_id
  const std::uint8_t schema = in.Byte();
  head->name_count = in.Count();
  head->names = in.Rest();
  if (!in.ok() || schema > static_cast<std::uint8_t>(Schema::kRelationship)) {
    *head = EntityHead{};
    return false;
  }
  head->schema = static_cast<Schema>(schema);
  return true;
}

namespace {

// Calls visit(position, full, kind) for the names of `head` in order, until it returns true;
// false when the names are damaged before that.
template <typename Visit>
bool VisitHeadNames(const EntityHead& head, Visit visit) {
  Reader in(head.names);
  for (std::size_t n = 0; n < head.name_count; ++n) {
    const std::string_view full = in.View();
    const std::uint8_t kind = in.Byte();
    in.Byte();  // script
    if (!in.ok() || kind > static_cast<std::uint8_t>(NameKind::kWeakAlias)) return false;
    if (visit(n, full, static_cast<NameKind>(kind))) return true;
    in.View();  // given
    in.View();  // family
    in.View();  // type
  }
  return true;
}

}  // namespace

bool ReadHeadName(const EntityHead& head, std::size_t position, std::string_view* full,
                  NameKind* kind) {
  bool found = false;
  const bool intact = VisitHeadNames(head, [&](std::size_t n, std::string_view text, NameKind k) {
    if (n != position) return false;
    *full = text;
    *kind = k;
    found = true;
    return true;
  });
  return intact && found;
}

std::string_view HeadCaption(const EntityHead& head) {
  std::string_view first = head.id;
  std::string_view primary;
  bool has_primary = false;
  const bool intact =
      VisitHeadNames(head, [&](std::size_t n, std::string_view full, NameKind kind) {
        if (n == 0) first = full;
        has_primary = kind == NameKind::kPrimary;
        if (has_primary) primary = full;
        return has_primary;
      });
  if (!intact) return head.id;
  return has_primary ? primary : first;
}

}  // namespace cordon::index
