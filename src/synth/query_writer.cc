// The query set writer: variants of listed names labelled with the entity they should find, and
// negatives (see cordon/synth.h).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "cordon/entity.h"
#include "cordon/synth.h"

#include "synth/rng.h"
#include "synth/spelling.h"

namespace cordon {
namespace synth {
namespace {

constexpr std::string_view kPositiveFamilies[] = {"exact",       "typo",     "reorder",
                                                  "drop_middle", "initials", "translit"};

// An entity queries can be drawn from: its primary name and strong aliases in Latin script.
struct QuerySource {
  const Entity* entity = nullptr;
  std::vector<const std::string*> names;  // names[0] is the primary name when it qualifies
  bool person = false;
};

bool IsLatinName(const Name& name) {
  Script script = name.script == Script::kUnknown ? DetectScript(name.full) : name.script;
  return script == Script::kLatin;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == ',' || c == '\t') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) {
    if (!out.empty()) out.push_back(' ');
    out += word;
  }
  return out;
}

bool IsParticle(std::string_view word) {
  static constexpr std::string_view kParticles[] = {
      "al",  "el",  "bin", "ibn", "bint", "abu", "abd", "ben", "de", "del",  "della", "di", "da",
      "dos", "das", "van", "von", "der",  "den", "la",  "le",  "ag", "ould", "y",     "e",  "i"};
  std::string lower = LowerAscii(word);
  for (std::string_view particle : kParticles) {
    if (lower == particle) return true;
  }
  return false;
}

bool IsTitle(std::string_view word) {
  static constexpr std::string_view kTitles[] = {"mullah", "maulana", "mufti",  "qari",   "haji",
                                                 "hafiz",  "maulvi",  "sheikh", "shaikh", "dr.",
                                                 "dr",     "mr",      "mr.",    "mrs",    "mrs."};
  std::string lower = LowerAscii(word);
  for (std::string_view title : kTitles) {
    if (lower == title) return true;
  }
  return false;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Lower-case ASCII letters and digits with single blanks: two names that differ only in case
// and punctuation have the same key.
std::string NameKey(std::string_view name) {
  std::string key;
  for (char c : AsciiFold(name)) {
    if (IsAsciiLetter(c) || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
      key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    } else if (!key.empty() && key.back() != ' ') {
      key.push_back(' ');
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

// One or two character edits on ASCII letters: substitution, deletion, insertion, transposition.
std::optional<std::string> Typo(const std::string& name, Rng& rng) {
  std::string out = name;
  int edits = rng.Below(100) < 70 ? 1 : 2;
  for (int edit = 0; edit < edits; ++edit) {
    std::vector<std::size_t> letters;
    for (std::size_t at = 1; at < out.size(); ++at) {
      if (IsAsciiLetter(out[at])) letters.push_back(at);
    }
    if (letters.size() < 3) return std::nullopt;
    std::size_t at = rng.Pick(letters);
    bool upper = out[at] >= 'A' && out[at] <= 'Z';
    char letter = static_cast<char>((upper ? 'A' : 'a') + rng.Below(26));
    switch (rng.Below(4)) {
      case 0:
        out[at] = letter;
        break;
      case 1:
        out.erase(at, 1);
        break;
      case 2:
        out.insert(at, 1, letter);
        break;
      default:
        if (at + 1 < out.size() && IsAsciiLetter(out[at + 1])) {
          std::swap(out[at], out[at + 1]);
        } else {
          out[at] = letter;
        }
        break;
    }
  }
  if (out == name) return std::nullopt;
  return out;
}

// "Dmitry Gennadyevich GUSEV" -> "GUSEV, Dmitry Gennadyevich" or "GUSEV Dmitry Gennadyevich".
std::optional<std::string> Reorder(const std::string& name, Rng& rng) {
  if (name.find(',') != std::string::npos) return std::nullopt;
  std::vector<std::string> words = Words(name);
  while (!words.empty() && IsTitle(words.front())) words.erase(words.begin());
  if (words.size() < 2) return std::nullopt;
  // The family name is the last word, with the particles before it ("van Dijk", "al Tamimi").
  std::size_t family_start = words.size() - 1;
  while (family_start > 1 && IsParticle(words[family_start - 1])) --family_start;
  std::vector<std::string> family(words.begin() + static_cast<std::ptrdiff_t>(family_start),
                                  words.end());
  std::vector<std::string> rest(words.begin(),
                                words.begin() + static_cast<std::ptrdiff_t>(family_start));
  std::string out = rng.Chance(0.5) ? JoinWords(family) + ", " + JoinWords(rest)
                                    : JoinWords(family) + " " + JoinWords(rest);
  if (NameKey(out) == NameKey(name)) return std::nullopt;
  return out;
}

// Drops one middle word (with a particle before it: "bin Abdullah").
std::optional<std::string> DropMiddle(const std::string& name, Rng& rng) {
  if (name.find(',') != std::string::npos) return std::nullopt;
  std::vector<std::string> words = Words(name);
  std::size_t first = 0;
  while (first < words.size() && IsTitle(words[first])) ++first;
  std::vector<std::size_t> middles;
  for (std::size_t at = first + 1; at + 1 < words.size(); ++at) {
    if (!IsParticle(words[at]) && !IsParticle(words[at - 1] + "") &&
        !(at + 1 < words.size() && IsParticle(words[at + 1]) && at + 2 == words.size())) {
      middles.push_back(at);
    }
  }
  // A word after a particle may go too, with its particle.
  for (std::size_t at = first + 2; at + 1 < words.size(); ++at) {
    if (IsParticle(words[at - 1]) && !IsParticle(words[at])) middles.push_back(at);
  }
  if (middles.empty()) return std::nullopt;
  std::size_t at = rng.Pick(middles);
  std::size_t from = at;
  if (from > first + 1 && IsParticle(words[from - 1])) --from;
  words.erase(words.begin() + static_cast<std::ptrdiff_t>(from),
              words.begin() + static_cast<std::ptrdiff_t>(at + 1));
  if (words.size() - first < 2) return std::nullopt;
  return JoinWords(words);
}

// Given (and some middle) names reduced to initials: "D. G. GUSEV", "D Gennadyevich GUSEV".
std::optional<std::string> Initials(const std::string& name, Rng& rng) {
  if (name.find(',') != std::string::npos) return std::nullopt;
  std::vector<std::string> words = Words(name);
  std::size_t first = 0;
  while (first < words.size() && IsTitle(words[first])) ++first;
  words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(first));
  if (words.size() < 2) return std::nullopt;
  bool dot = rng.Chance(0.5);
  bool changed = false;
  for (std::size_t at = 0; at + 1 < words.size(); ++at) {
    if (IsParticle(words[at]) || words[at].size() < 2 || !IsAsciiLetter(words[at][0])) continue;
    if (at > 0 && (IsParticle(words[at - 1]) || rng.Chance(0.5))) continue;
    char initial = words[at][0];
    if (initial >= 'a' && initial <= 'z') initial = static_cast<char>(initial - 'a' + 'A');
    words[at] = std::string(1, initial) + (dot ? "." : "");
    changed = true;
  }
  if (!changed) return std::nullopt;
  return JoinWords(words);
}

// One or two words spelled another way ("Mohammed" -> "Muhammad", "Sergeyevich" -> "Sergeevich",
// "al-Tamimi" -> "al-Tamimy" is not made: only known variants).
std::optional<std::string> Translit(const std::string& name, Rng& rng) {
  std::vector<std::string> words = Words(name);
  struct Choice {
    std::size_t word;
    std::string replacement;
  };
  std::vector<Choice> choices;
  for (std::size_t at = 0; at < words.size(); ++at) {
    // Hyphenated words are respelled piece by piece ("al-Masri", "Jong-un" stays).
    const std::string& word = words[at];
    std::size_t start = 0;
    while (start < word.size()) {
      std::size_t dash = word.find('-', start);
      if (dash == std::string::npos) dash = word.size();
      std::string piece = word.substr(start, dash - start);
      for (const std::string& spelling : SpellingsOf(piece)) {
        if (spelling == piece) continue;
        choices.push_back({at, word.substr(0, start) + spelling + word.substr(dash)});
      }
      start = dash + 1;
    }
  }
  if (choices.empty()) return std::nullopt;
  const Choice& choice = rng.Pick(choices);
  words[choice.word] = choice.replacement;
  if (rng.Chance(0.3)) {
    const Choice& second = rng.Pick(choices);
    if (second.word != choice.word) words[second.word] = second.replacement;
  }
  std::string out = JoinWords(words);
  if (out == name) return std::nullopt;
  return out;
}

std::optional<std::string> MakeVariant(std::string_view family, const std::string& name, Rng& rng) {
  if (family == "exact") return name;
  if (family == "typo") return Typo(name, rng);
  if (family == "reorder") return Reorder(name, rng);
  if (family == "drop_middle") return DropMiddle(name, rng);
  if (family == "initials") return Initials(name, rng);
  return Translit(name, rng);
}

bool PersonsOnly(std::string_view family) {
  return family == "reorder" || family == "drop_middle" || family == "initials";
}

std::string Sanitize(std::string text) {
  for (char& c : text) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

}  // namespace
}  // namespace synth

std::span<const std::string_view> QueryFamilies() { return synth::kPositiveFamilies; }

Status WriteSyntheticQueries(const std::vector<const Entity*>& entities,
                             const QueryGenOptions& options, std::ostream& out,
                             QueryGenSummary* summary) {
  using synth::IsLatinName;
  using synth::IsParticle;
  using synth::IsTitle;
  using synth::kPositiveFamilies;
  using synth::NameKey;
  using synth::QuerySource;
  using synth::Words;
  if (options.count < 1) {
    return Status::InvalidArgument("synthetic queries: the query count must be at least 1");
  }
  if (!(options.negatives >= 0 && options.negatives <= 1)) {
    return Status::InvalidArgument("synthetic queries: the negative share must lie in [0, 1]");
  }

  std::vector<QuerySource> sources;
  std::vector<std::size_t> persons;  // indexes into `sources` of persons with 2+ words
  std::vector<std::uint64_t> listed_keys;
  for (const Entity* entity : entities) {
    if (!IsScreenable(entity->schema)) continue;
    QuerySource source;
    source.entity = entity;
    source.person = entity->schema == Schema::kPerson;
    for (const Name& name : entity->names) {
      listed_keys.push_back(std::hash<std::string>{}(NameKey(name.full)));
      if (name.kind == NameKind::kWeakAlias || !IsLatinName(name)) continue;
      if (name.full.find('\t') != std::string::npos || NameKey(name.full).size() < 3) continue;
      source.names.push_back(&name.full);
    }
    if (source.names.empty()) continue;
    if (source.person && Words(*source.names[0]).size() >= 2) persons.push_back(sources.size());
    sources.push_back(std::move(source));
  }
  if (sources.empty()) {
    return Status::InvalidArgument(
        "synthetic queries: no entity has a Latin-script name to draw queries from");
  }
  std::sort(listed_keys.begin(), listed_keys.end());
  auto listed = [&](const std::string& name) {
    return std::binary_search(listed_keys.begin(), listed_keys.end(),
                              std::hash<std::string>{}(NameKey(name)));
  };

  std::uint64_t count = options.count;
  std::uint64_t negatives =
      static_cast<std::uint64_t>(static_cast<double>(count) * options.negatives + 0.5);
  if (negatives > 0 && persons.size() < 2) {
    return Status::InvalidArgument(
        "synthetic queries: negative queries recombine the names of two listed persons, and "
        "fewer than two persons have a Latin-script name (ask for no negatives)");
  }

  synth::Rng rng(options.seed);
  std::vector<bool> usable(std::size(kPositiveFamilies), true);
  std::size_t next_family = 0;
  std::size_t width = std::max<std::size_t>(6, std::to_string(count).size());
  std::unordered_map<std::string_view, std::uint64_t> by_family;
  std::string buffer = "qid\tquery\texpected_entity_id\tfamily\n";
  for (std::uint64_t index = 0; index < count; ++index) {
    // Negatives spread evenly: query `index` is one when the running share steps up.
    bool negative = (index + 1) * negatives / count > index * negatives / count;
    std::string query;
    std::string expected;
    std::string_view family;
    if (negative) {
      family = "negative";
      for (int attempt = 0; attempt < 1000 && query.empty(); ++attempt) {
        const QuerySource& a = sources[rng.Pick(persons)];
        const QuerySource& b = sources[rng.Pick(persons)];
        if (a.entity == b.entity) continue;
        std::vector<std::string> given = Words(*a.names[0]);
        std::vector<std::string> other = Words(*b.names[0]);
        while (!given.empty() && (IsTitle(given.front()) || IsParticle(given.front()))) {
          given.erase(given.begin());
        }
        if (given.empty() || IsParticle(other.back())) continue;
        std::string candidate = given.front();
        if (given.size() > 2 && rng.Chance(0.3)) candidate += " " + given[1];
        candidate += " " + other.back();
        if (NameKey(given.front()) == NameKey(other.back()) || listed(candidate)) continue;
        query = candidate;
      }
      if (query.empty()) {
        return Status::InvalidArgument(
            "synthetic queries: could not make a negative query that is not a listed name");
      }
    } else {
      while (query.empty()) {
        std::size_t tried = 0;
        while (!usable[next_family % usable.size()] && tried++ < usable.size()) ++next_family;
        if (tried > usable.size()) {
          return Status::InvalidArgument(
              "synthetic queries: no query family applies to the entities");
        }
        family = kPositiveFamilies[next_family % usable.size()];
        for (int attempt = 0; attempt < 300 && query.empty(); ++attempt) {
          const QuerySource& source = synth::PersonsOnly(family)
                                          ? sources[persons.empty() ? 0 : rng.Pick(persons)]
                                          : rng.Pick(sources);
          if (synth::PersonsOnly(family) && !source.person) continue;
          const std::string& name = rng.Chance(0.7) || source.names.size() == 1
                                        ? *source.names[0]
                                        : *source.names[1 + rng.Below(source.names.size() - 1)];
          std::optional<std::string> variant = synth::MakeVariant(family, name, rng);
          if (!variant || NameKey(*variant).empty()) continue;
          // A variant that is itself a listed name (often an alias of the same entity) would be
          // an exact query under another family's label.
          if (family != "exact" && listed(*variant)) continue;
          query = *variant;
          expected = source.entity->id;
        }
        if (query.empty()) {
          usable[next_family % usable.size()] = false;
        } else {
          ++next_family;
        }
      }
    }
    std::string qid = std::to_string(index + 1);
    buffer += "q" + std::string(width - qid.size(), '0') + qid + "\t" + synth::Sanitize(query) +
              "\t" + expected + "\t" + std::string(family) + "\n";
    ++by_family[family];
    if (buffer.size() >= (1 << 20)) {
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
      if (!out) return Status::IoError("write failed");
    }
  }
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  out.flush();
  if (!out) return Status::IoError("write failed");
  if (summary != nullptr) {
    summary->queries = count;
    summary->source_entities = sources.size();
    summary->by_family.clear();
    for (std::string_view name : kPositiveFamilies) {
      summary->by_family.emplace_back(name, by_family[name]);
    }
    summary->by_family.emplace_back("negative", by_family["negative"]);
  }
  return Status::Ok();
}

}  // namespace cordon
