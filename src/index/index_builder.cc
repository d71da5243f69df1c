// The index builder: names prepared on all cores, folded into the token dictionary, and
// written as the snapshot's sections (see index_layout.h).
#include <algorithm>
#include <array>
#include <cstring>
#include <ctime>
#include <map>
#include <thread>

#include "base/string_ids.h"
#include "index/entity_codec.h"
#include "index/index_layout.h"
#include "index/name_index.h"
#include "match/evidence.h"
#include "match/name_scorer.h"
#include "match/prepared_name.h"
#include "text/normalize.h"
#include "text/tokens.h"
#include "text/transcription.h"
#include "text/translation.h"

namespace cordon::index {
namespace {

// Names prepared at a time on all threads, then folded into the dictionary while the next are.
constexpr std::size_t kPrepareChunk = 1 << 15;

class IndexBuilder {
 public:
  explicit IndexBuilder(const std::vector<Entity>& entities) : entities_(entities) {}

  // The snapshot's sections.
  SnapshotWriter Build(const std::string& metadata, unsigned threads) {
    if (threads == 0) threads = std::max(1U, std::thread::hardware_concurrency());
    CollectNames(threads);
    PrepareAll(threads);
    Weigh();
    // The names' postings and keys, the tokens' keys and the entities are written from what is
    // built by now, each reading it only: on threads of their own when there are cores for them.
    SnapshotWriter writer;
    SnapshotWriter token_sections;
    SnapshotWriter entity_sections;
    {
      std::vector<std::thread> pool;
      auto run = [&](auto&& write) {
        if (threads > 1 && names_.size() >= kPrepareChunk / 8) {
          pool.emplace_back(write);
        } else {
          write();
        }
      };
      run([&] { WriteEntities(&entity_sections); });
      run([&] { WriteTokens(&token_sections); });
      WriteNames(&writer);
      for (std::thread& thread : pool) thread.join();
    }
    writer.Append(std::move(token_sections));
    writer.Add(kStrings, std::move(arena_));  // after the others: they read tokens' strings here
    writer.AddArray(kTokens, tokens_);
    writer.Append(std::move(entity_sections));
    Meta meta{entities_.size(), names_.size(), tokens_.size(), names_.size()};
    std::string meta_bytes(sizeof(meta), '\0');
    std::memcpy(meta_bytes.data(), &meta, sizeof(meta));
    writer.Add(kMeta, std::move(meta_bytes));
    writer.Add(kMetadataJson, metadata);
    return writer;
  }

 private:
  struct Source {
    std::uint32_t entity;
    std::uint16_t position;
    // 0: the name as written; k: its other reading readings_[k - 1] (OtherReadingsOf()).
    std::uint32_t reading = 0;
  };

  // A name with other readings (text::OtherReadings(): the Latin respellings of a name written
  // by sound in Han, Hangul or kana, the construct state of an Arabic one) is also indexed as
  // each, a name of its own of the same entity and kind: "Balabanov" then finds 巴拉巴诺夫, whose
  // romanisation "ba la ba nuo fu" it does not, and "Hay'at Tahrir al-Sham" finds هيئة تحرير
  // الشام. Those that normalise as the name or an earlier reading does are left out.
  // The acronyms in parentheses of a name of anything but a person (text::ParenthesisedAcronyms():
  // "HQN" of HAQQANI NETWORK (HQN)) are readings too.
  static std::vector<std::string> OtherReadingsOf(const std::string& name, bool person) {
    std::vector<std::string> out = text::OtherReadings(name);
    if (!person) {
      for (std::string& word : text::ParenthesisedAcronyms(name)) out.push_back(std::move(word));
    }
    if (out.empty()) return out;
    std::vector<std::string> seen{text::NormalizeText(name)};
    std::size_t kept = 0;
    for (std::size_t k = 0; k < out.size(); ++k) {
      std::string normalized = text::NormalizeText(out[k]);
      if (normalized.empty() || std::find(seen.begin(), seen.end(), normalized) != seen.end()) {
        continue;
      }
      seen.push_back(std::move(normalized));
      if (kept != k) out[kept] = std::move(out[k]);
      ++kept;
    }
    out.resize(kept);
    return out;
  }

  // The sources of every name: each entity's names as written, then their other readings.
  // Readings (ICU) are found on all threads.
  void CollectNames(unsigned threads) {
    if (threads == 0) threads = std::max(1U, std::thread::hardware_concurrency());
    std::vector<Source> written;
    for (std::uint32_t e = 0; e < entities_.size(); ++e) {
      const Entity& entity = entities_[e];
      if (!IsScreenable(entity.schema)) continue;
      const std::size_t count = std::min<std::size_t>(entity.names.size(), 0xFFFF);
      for (std::size_t n = 0; n < count; ++n) {
        written.push_back(Source{e, static_cast<std::uint16_t>(n)});
      }
    }
    std::vector<std::vector<std::string>> others(written.size());
    auto work = [&](std::size_t worker, std::size_t workers) {
      for (std::size_t i = worker; i < written.size(); i += workers) {
        const Entity& entity = entities_[written[i].entity];
        others[i] = OtherReadingsOf(entity.names[written[i].position].full,
                                    entity.schema == Schema::kPerson);
      }
    };
    const std::size_t workers =
        std::max<std::size_t>(1, std::min<std::size_t>(threads, (written.size() + 255) / 256));
    std::vector<std::thread> pool;
    for (std::size_t w = 1; w < workers; ++w) pool.emplace_back(work, w, workers);
    work(0, workers);
    for (std::thread& thread : pool) thread.join();

    entity_records_.resize(entities_.size());
    for (std::uint32_t e = 0; e < entities_.size(); ++e) {
      entity_records_[e].first_name = 0;
      entity_records_[e].name_count = 0;
    }
    for (std::size_t i = 0; i < written.size();) {
      const std::uint32_t e = written[i].entity;
      std::size_t end = i;
      while (end < written.size() && written[end].entity == e) ++end;
      entity_records_[e].first_name = static_cast<std::uint32_t>(sources_.size());
      for (std::size_t k = i; k < end; ++k) sources_.push_back(written[k]);
      for (std::size_t k = i; k < end; ++k) {
        for (std::string& other : others[k]) {
          readings_.push_back(std::move(other));
          sources_.push_back(
              Source{e, written[k].position, static_cast<std::uint32_t>(readings_.size())});
        }
      }
      entity_records_[e].name_count =
          static_cast<std::uint32_t>(sources_.size() - entity_records_[e].first_name);
      i = end;
    }
    // Entities with no names start where the next names would.
    std::uint32_t next = static_cast<std::uint32_t>(sources_.size());
    for (std::size_t e = entities_.size(); e-- > 0;) {
      if (entity_records_[e].name_count == 0) {
        entity_records_[e].first_name = next;
      } else {
        next = entity_records_[e].first_name;
      }
    }
  }

  // Normalisation (ICU) dominates the build: names are prepared in chunks on all threads, and
  // each chunk is folded into the dictionary (one thread: it interns) while the next chunk is
  // prepared, so that no core waits for the other and memory stays flat.
  void PrepareAll(unsigned threads) {
    if (threads == 0) threads = std::max(1U, std::thread::hardware_concurrency());
    std::array<std::vector<match::PreparedName>, 2> chunks;
    auto prepare = [this, threads](std::size_t start, std::vector<match::PreparedName>* chunk) {
      const std::size_t count = std::min(kPrepareChunk, sources_.size() - start);
      chunk->assign(count, match::PreparedName());
      auto work = [&](std::size_t worker, std::size_t workers) {
        for (std::size_t i = worker; i < count; i += workers) {
          const Source& source = sources_[start + i];
          const std::string& full = entities_[source.entity].names[source.position].full;
          (*chunk)[i] = match::PrepareName(
              source.reading == 0 ? full : readings_[source.reading - 1], nullptr);
        }
      };
      const std::size_t workers =
          std::max<std::size_t>(1, std::min<std::size_t>(threads, (count + 255) / 256));
      std::vector<std::thread> pool;
      for (std::size_t w = 1; w < workers; ++w) pool.emplace_back(work, w, workers);
      work(0, workers);
      for (std::thread& thread : pool) thread.join();
    };
    if (sources_.empty()) return;
    prepare(0, &chunks[0]);
    for (std::size_t start = 0, which = 0; start < sources_.size();
         start += kPrepareChunk, which ^= 1) {
      const std::size_t next = start + kPrepareChunk;
      std::thread ahead;
      if (next < sources_.size()) ahead = std::thread(prepare, next, &chunks[which ^ 1]);
      const std::vector<match::PreparedName>& chunk = chunks[which];
      for (std::size_t i = 0; i < chunk.size(); ++i) AddName(sources_[start + i], chunk[i]);
      if (ahead.joinable()) ahead.join();
    }
  }

  std::uint32_t Intern(const std::string& text) {
    auto [offset, inserted] =
        string_offsets_.TryEmplace(text, static_cast<std::uint32_t>(arena_.size()));
    if (inserted) arena_ += text;
    return offset;
  }

  void AddName(const Source& source, const match::PreparedName& name) {
    NameRecord record{};
    record.entity = source.entity;
    record.position = source.position;
    record.token_begin = static_cast<std::uint32_t>(name_tokens_.size());
    record.token_count = static_cast<std::uint8_t>(std::min<std::size_t>(name.tokens.size(), 255));
    record.flags = static_cast<std::uint8_t>(
        static_cast<unsigned>(entities_[source.entity].names[source.position].kind) |
        (name.vowelless ? 4U : 0U) |
        (name.transcribed || (name.vowelless && name.glide_start) ? 8U : 0U) |
        (entities_[source.entity].schema == Schema::kPerson ? 16U : 0U) |
        (source.reading != 0 ? 32U : 0U) | (name.consonant_start ? 64U : 0U) |
        (name.consonant_end ? 128U : 0U));
    seen_canonical_.clear();
    for (std::size_t t = 0; t < record.token_count; ++t) {
      const match::PreparedToken& token = name.tokens[t];
      // A token is its text in its class: "ben" is a particle in "Usama ben Laden" and a
      // syllable (a word) in the romanised 奥萨马·本·拉登, and each name is scored with its own.
      token_key_.assign(token.text);
      token_key_.push_back(static_cast<char>(token.token_class));
      auto [token_id, inserted] =
          token_ids_.TryEmplace(token_key_, static_cast<std::uint32_t>(tokens_.size()));
      if (inserted) {
        TokenRecord out{};
        out.text = Intern(token.text);
        out.text_size = ClampSize(token.text.size());
        out.canonical = Intern(token.canonical);
        out.canonical_size = ClampSize(token.canonical.size());
        out.skeleton = Intern(token.skeleton);
        out.skeleton_size = ClampSize(token.skeleton.size());
        out.phonetic = Intern(token.phonetic);
        out.phonetic_size = ClampSize(token.phonetic.size());
        out.token_class = static_cast<std::uint8_t>(token.token_class);
        out.initial = token.text.empty() ? '\0' : token.text[0];
        out.text_signature = token.text_signature;
        out.canonical_signature = token.canonical_signature;
        out.phonetic_signature = token.phonetic_signature;
        out.nicknames = token.nicknames;
        tokens_.push_back(out);
        auto [canonical, added] = canonical_ids_.TryEmplace(
            token.canonical, static_cast<std::uint32_t>(canonical_texts_.size()));
        if (added) {
          canonical_texts_.push_back(token.canonical);
          canonical_names_.push_back(0);
        }
        token_canonical_.push_back(canonical);
      }
      name_tokens_.push_back(token_id);
      // An English word of a translated reading (text::TranslatedReading()) is no word written
      // without short vowels: "group" would meet "grip" by its consonants.
      if (name.vowelless && !text::IsTranslationWord(token.text)) tokens_[token_id].written = 1;
      // Names holding each canonical token (counted once a name), by id: no string hashing
      // a token occurrence beyond the one lookup above.
      const std::uint32_t canonical = token_canonical_[token_id];
      if (std::find(seen_canonical_.begin(), seen_canonical_.end(), canonical) ==
          seen_canonical_.end()) {
        seen_canonical_.push_back(canonical);
        ++canonical_names_[canonical];
      }
    }
    names_.push_back(record);
  }

  void Weigh() {
    for (std::size_t t = 0; t < tokens_.size(); ++t) {
      auto token_class = static_cast<text::TokenClass>(tokens_[t].token_class);
      tokens_[t].weight =
          static_cast<float>(text::ClassWeight(token_class)) *
          match::RarityFromFrequency(canonical_names_[token_canonical_[t]], names_.size());
    }
    for (NameRecord& name : names_) {
      name.total_weight = 0;
      for (std::uint32_t k = 0; k < name.token_count; ++k) {
        name.total_weight += tokens_[name_tokens_[name.token_begin + k]].weight;
      }
    }
  }

  match::TokenView ViewOf(const TokenRecord& token) const { return ViewOfRecord(token, arena_); }

  void WriteTokens(SnapshotWriter* writer) {
    HashPostingsBuilder fuzzy;
    bool written_patterns = false;
    for (std::uint32_t t = 0; t < tokens_.size(); ++t) {
      if (!IsKeyToken(static_cast<text::TokenClass>(tokens_[t].token_class))) continue;
      const match::TokenView view = ViewOf(tokens_[t]);
      ForEachKey(view, true, [&](std::uint64_t key, bool) { fuzzy.Add(key, t); });
      ForEachPatternKey(view, tokens_[t].written != 0, [&](std::uint64_t key, bool written) {
        fuzzy.Add(key, t);
        written_patterns = written_patterns || written;
      });
      // A written token with the article joined ("alqadh", "almjyd") is also keyed as the rest
      // would be, which a Latin "Qaida" or "Majid" looks up (match::TokenSimilarity() meets
      // them so; a written query token looks up the rest's skeleton itself).
      if (tokens_[t].written != 0 && view.text.size() >= 5 && view.text.starts_with("al")) {
        const std::string rest(view.text.substr(2));
        const std::string skeleton = text::Skeleton(rest);
        if (skeleton.size() >= 2) fuzzy.Add(KeyHash('s', skeleton), t);
        if (skeleton.size() >= 2 && skeleton.size() <= kPatternLetters) {
          ForEachLatinPattern(rest, 2, [&](std::string_view pattern) {
            fuzzy.Add(KeyHash(kWrittenPattern, pattern), t);
            written_patterns = true;
          });
        }
      }
    }
    // Whether any written token is keyed by its pattern: Latin queries look them up then.
    if (written_patterns) fuzzy.Add(KeyHash(kWrittenPattern, {}), 0);
    fuzzy.Write(kFuzzyKeys, writer);
    HashPostingsBuilder frequencies;
    for (std::size_t c = 0; c < canonical_texts_.size(); ++c) {
      frequencies.Add(KeyHash('c', canonical_texts_[c]), canonical_names_[c]);
    }
    frequencies.Write(kFrequencies, writer);
    string_offsets_.Clear();
    token_ids_.Clear();
  }

  void WriteNames(SnapshotWriter* writer) {
    // Postings token -> names, by counting sort: names are visited in id order, so each list
    // comes out sorted; a token repeated within a name is listed once.
    std::vector<std::uint32_t> begin(tokens_.size() + 1, 0);
    std::vector<std::uint32_t> last(tokens_.size(), 0xFFFFFFFFU);
    for (std::uint32_t n = 0; n < names_.size(); ++n) {
      for (std::uint32_t k = 0; k < names_[n].token_count; ++k) {
        std::uint32_t t = name_tokens_[names_[n].token_begin + k];
        if (last[t] != n) {
          last[t] = n;
          ++begin[t + 1];
        }
      }
    }
    for (std::size_t t = 0; t < tokens_.size(); ++t) begin[t + 1] += begin[t];
    std::vector<std::uint32_t> posts(begin.back());
    std::vector<std::uint32_t> fill(begin.begin(), begin.end() - 1);
    std::fill(last.begin(), last.end(), 0xFFFFFFFFU);
    HashPostingsBuilder name_keys;
    for (std::uint32_t n = 0; n < names_.size(); ++n) {
      const NameRecord& name = names_[n];
      std::string acronym;
      for (std::uint32_t k = 0; k < name.token_count; ++k) {
        std::uint32_t t = name_tokens_[name.token_begin + k];
        if (last[t] != n) {
          last[t] = n;
          posts[fill[t]++] = n;
        }
        match::TokenView token = ViewOf(tokens_[t]);
        if (token.token_class == text::TokenClass::kWord ||
            token.token_class == text::TokenClass::kGenericOrg) {
          acronym += token.text[0];
        }
        if (k + 1 < name.token_count) {
          match::TokenView next = ViewOf(tokens_[name_tokens_[name.token_begin + k + 1]]);
          std::string joined(token.text);
          joined += next.text;
          name_keys.Add(KeyHash('t', joined), n);
          // A pair of a vowelless name that Latin spellings write as one word ("bd"+"allh",
          // Abdullah; "shms"+"aldyn", Shamsuddin): keyed by its joined consonants, and those
          // without an unsaid article's l, which a Latin query token looks up.
          if (name.vowelless() && match::ArabicCompound(token.text, next.text)) {
            for (const std::string& skeleton : match::JoinedSkeletons(token.text, next.text)) {
              if (skeleton.size() >= kMinJoinedSkeleton) {
                name_keys.Add(KeyHash(kWrittenJoin, skeleton), n);
              }
            }
          }
        }
      }
      if (acronym.size() >= 2 && name.token_count >= 2) name_keys.Add(KeyHash('t', acronym), n);
    }
    name_keys.Write(kNameKeys, writer);
    // The pairs of paired tokens each name holds (a token repeated in a name is one).
    HashPostingsBuilder pairs;
    std::vector<std::uint32_t> paired;
    for (std::uint32_t n = 0; n < names_.size(); ++n) {
      paired.clear();
      for (std::uint32_t k = 0; k < names_[n].token_count; ++k) {
        const std::uint32_t t = name_tokens_[names_[n].token_begin + k];
        if (begin[t + 1] - begin[t] >= kPairedPostings) paired.push_back(t);
      }
      std::sort(paired.begin(), paired.end());
      paired.erase(std::unique(paired.begin(), paired.end()), paired.end());
      for (std::size_t i = 0; i < paired.size(); ++i) {
        for (std::size_t j = i + 1; j < paired.size(); ++j) {
          pairs.Add(PairKey(paired[i], paired[j]), n);
        }
      }
    }
    pairs.Write(kTokenPairs, writer);
    writer->AddArray(kTokenPostBegin, begin);
    writer->AddArray(kTokenPosts, posts);
    writer->AddArray(kNames, names_);
    writer->AddArray(kNameTokens, name_tokens_);
  }

  void WriteEntities(SnapshotWriter* writer) {
    std::string blob;
    std::vector<std::uint64_t> offsets;
    std::string ids;
    std::vector<std::uint32_t> id_offsets;
    HashPostingsBuilder id_table;
    HashPostingsBuilder identifiers;
    std::map<std::string, std::uint64_t> datasets;
    offsets.reserve(entities_.size() + 1);
    for (std::uint32_t e = 0; e < entities_.size(); ++e) {
      const Entity& entity = entities_[e];
      offsets.push_back(blob.size());
      EncodeEntity(entity, &blob);
      id_offsets.push_back(static_cast<std::uint32_t>(ids.size()));
      ids += entity.id;
      id_table.Add(KeyHash('e', entity.id), e);
      ++datasets[entity.dataset];
      if (!IsScreenable(entity.schema)) continue;
      for (const Identifier& id : entity.identifiers) {
        std::string key = match::NormalizeIdentifier(id.value);
        if (key.size() >= 4) identifiers.Add(KeyHash('i', key), e);
      }
    }
    offsets.push_back(blob.size());
    id_offsets.push_back(static_cast<std::uint32_t>(ids.size()));
    writer->AddArray(kEntities, entity_records_);
    writer->AddArray(kEntityOffsets, offsets);
    writer->Add(kEntityBlob, std::move(blob));
    writer->AddArray(kEntityIdOffsets, id_offsets);
    writer->Add(kEntityIds, std::move(ids));
    std::string dataset_lines;
    for (const auto& [name, count] : datasets) {
      dataset_lines += name + "\t" + std::to_string(count) + "\n";
    }
    writer->Add(kDatasets, std::move(dataset_lines));
    id_table.Write(kEntityIdTable, writer);
    identifiers.Write(kIdentifierKeys, writer);
  }

  const std::vector<Entity>& entities_;
  std::vector<Source> sources_;
  std::vector<std::string> readings_;  // other readings of names (Source::reading)
  std::vector<EntityRecord> entity_records_;
  std::string arena_;
  base::StringIds string_offsets_;
  base::StringIds token_ids_;  // by text and class
  std::string token_key_;
  std::vector<TokenRecord> tokens_;
  std::vector<std::uint32_t> token_canonical_;  // token -> canonical id
  base::StringIds canonical_ids_;
  std::vector<std::string> canonical_texts_;    // by canonical id
  std::vector<std::uint32_t> canonical_names_;  // names holding the canonical, by id
  std::vector<std::uint32_t> seen_canonical_;   // within the name being added
  std::vector<NameRecord> names_;
  std::vector<std::uint32_t> name_tokens_;
};

}  // namespace

std::string BuildIndexImage(const std::vector<Entity>& entities, const std::string& metadata,
                            unsigned threads) {
  return IndexBuilder(entities)
      .Build(metadata, threads)
      .Finish(static_cast<std::uint64_t>(std::time(nullptr)));
}

Status WriteIndexSnapshot(const std::vector<Entity>& entities, const std::string& metadata,
                          unsigned threads, const std::string& path) {
  return IndexBuilder(entities)
      .Build(metadata, threads)
      .WriteFile(path, static_cast<std::uint64_t>(std::time(nullptr)));
}

}  // namespace cordon::index
