// Synthetic organisations: companies and groups (armed groups, fronts, charities), each with the
// candidate aliases a list would give it.
#ifndef CORDON_SYNTH_ORG_NAMES_H_
#define CORDON_SYNTH_ORG_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "synth/name_pools.h"
#include "synth/rng.h"

namespace cordon::synth {

struct OrgDraft {
  std::string name;
  std::vector<std::string> aliases;  // candidates, most natural first
  std::vector<std::string> weak;     // acronyms
  bool company = true;
};

// "Balochistan Liberation Army" -> "BLA"; "Tehrik-e-Taliban Pakistan" -> "TTP". "" when fewer
// than two letters would result.
std::string Acronym(std::string_view name);

OrgDraft MakeCompany(Tradition tradition, Rng& rng);
OrgDraft MakeGroup(Tradition tradition, Rng& rng);

}  // namespace cordon::synth

#endif  // CORDON_SYNTH_ORG_NAMES_H_
