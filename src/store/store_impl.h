// Store::Impl: the state behind cordon::Store, shared by store.cc (open, customers, alerts,
// decisions, audit) and screening_run.cc (Run, Rescreen).
#ifndef CORDON_STORE_STORE_IMPL_H_
#define CORDON_STORE_STORE_IMPL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "cordon/store.h"

#include "store/audit.h"
#include "store/sql.h"

namespace cordon {

// The listed entities of a Screener as the store records them.
struct ListState {
  struct DatasetState {
    std::string dataset;
    std::string content_hash;
    std::string published;
    std::int64_t entities = 0;
  };
  std::vector<DatasetState> datasets;                         // sorted by dataset
  std::unordered_map<std::string, std::string> fingerprints;  // entity id -> fingerprint
  std::unordered_map<std::string, std::size_t> positions;     // entity id -> Screener index
  std::string lists_hash;                                     // of all datasets' hashes
};

class Store::Impl {
 public:
  std::unique_ptr<store::Connection> db;
  std::string actor;
  std::string location;  // the URL as given
  std::string database_id;
  int migrated_from = 0;

  Result<std::string> GetMeta(const std::string& key);
  Status SetMeta(const std::string& key, const std::string& value);

  // Customers: their fingerprint over the screened fields, and as a query / an entity.
  static std::string CustomerFingerprint(const CustomerRecord& customer);
  static Query CustomerQuery(const CustomerRecord& customer);
  static Entity CustomerEntity(const CustomerRecord& customer);
  // "SELECT <columns> FROM customers" rows to records (seq in *seq when not null).
  static const char* CustomerColumns();
  static CustomerRecord CustomerOf(const store::Row& row, std::int64_t* seq);

  // In screening_run.cc.
  Result<RunReport> Run(const Screener& lists, const RunOptions& options);
  Result<RunReport> Rescreen(const Screener& lists, const RunOptions& options);
};

// Feature lists to and from the JSON kept with an alert.
std::string FeaturesToJson(const std::vector<Feature>& features);
std::vector<Feature> FeaturesFromJson(const std::string& json);

}  // namespace cordon

#endif  // CORDON_STORE_STORE_IMPL_H_
