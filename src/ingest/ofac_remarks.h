// OFAC's free text, shared by the OFAC XML and CSV parsers.
//
// OFAC's CSV files (sdn.csv, cons_prim.csv) carry most details of an entity only as text in the
// Remarks column: items separated by "; ", each starting with a keyword, optionally "alt. ":
//
//   DOB 14 Mar 1962; alt. DOB 1963; POB Shati, Gaza; nationality Pakistan; citizen Egypt;
//   Gender Male; Passport A1234567 (Pakistan) issued 01 Jan 2000; a.k.a. 'BLA';
//   Vessel Registration Identification IMO 9187629; Linked To: FOO.
//
// The XML files carry the same items as elements, the identifiers among them as <id> with an
// <idType> that is one of the same keywords ("Passport", "Gender", "Website", ...). OFAC calls
// these keywords "features"; ApplyOfacFeature() gives each its meaning in the entity model, and
// ParseOfacRemarks() reads the items of a remarks text. Items that carry no field of the model
// (Linked To, Website, sanctions notes, ...) are left to the remarks text, kept whole by callers.
// Keywords come from OFAC's own data (sdn.csv 2022 and 2024, cons_prim.csv 2024, the sdnList
// XML of 2025); docs: https://ofac.treasury.gov/sdn-list-data-formats-data-schemas
#ifndef CORDON_INGEST_OFAC_REMARKS_H_
#define CORDON_INGEST_OFAC_REMARKS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cordon/entity.h"

namespace cordon::ingest {

// Reads the structured items of an OFAC remarks text into `entity` (whose schema must be set):
// birth dates, birth places, nationalities and citizenships, gender, identifiers (type, value,
// country from the parentheses), countries (Nationality of Registration, Other Vessel Flag) and
// weak aliases (a.k.a./f.k.a./n.k.a. 'NAME', "LAST, First" turned around for persons). Does not
// store the text itself.
void ParseOfacRemarks(std::string_view remarks, Entity* entity);

// Splits a remarks text into its items: on ';' outside parentheses, trimmed, empty items
// dropped, the final full stop of the text removed.
std::vector<std::string_view> SplitOfacRemarks(std::string_view remarks);

// Applies one OFAC feature (an XML <id>: idType, idNumber, idCountry) to `entity`: an
// identifier, the gender, or a country. Returns false, changing nothing, for features that are
// only information (Website, Target Type, Secondary sanctions risk, ...): callers keep those as
// remarks.
bool ApplyOfacFeature(std::string_view type, std::string_view value, std::string_view country,
                      Entity* entity);

// An OFAC birth date: "1962", "14 Mar 1962", "Mar 1962", "circa 1960", "1973 to 1974",
// "01 Jan 1961 to 31 Dec 1962", "circa 1979-1982". Empty optional when not a date.
std::optional<BirthDate> ParseOfacBirthDate(std::string_view text);

// A person's name as OFAC writes it, "LAST, First": full "First LAST" with given and family
// set. A name without ", " is kept whole, without parts.
Name OfacPersonName(std::string_view text, NameKind kind);

// "male" / "female" for OFAC's "Male" / "Female" (any case, a final '.' ignored), else "".
std::string_view OfacGender(std::string_view text);

// Appends `value` (trimmed) unless empty or already present.
void AddUnique(std::vector<std::string>* values, std::string_view value);

}  // namespace cordon::ingest

#endif  // CORDON_INGEST_OFAC_REMARKS_H_
