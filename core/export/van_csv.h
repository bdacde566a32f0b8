// VAN-style CSVs for bulk upload ("Upload Contact History" and "Upload
// Survey Responses" in VAN's bulk uploader). Practice attempts left out.
//  - contact history: one row per attempt, every result code (Canvassed too);
//  - survey responses: one row per answer value of each conversation
//    (a multiple choice gives one row per option chosen), in script order,
//    only for steps whose answers VAN takes as fixed responses
//    (Step::GoesToVanSurvey: choices, scale, yes/no; a number only when the
//    script says so). Text and dates never go: VAN would refuse them, and
//    free text can hold things a voter said in confidence. Without the
//    attempt's script nothing is known of its questions, so none go.
// Dates are MM/DD/YYYY in the organization's UTC offset.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "responses/contact_attempt.h"
#include "results/result_code_set.h"
#include "script/script.h"

namespace puerta {

struct VanExportOptions {
  std::int32_t utc_offset_minutes = 0;
  std::span<const Script> scripts;          // for question names and response labels
  const ResultCodeSet* result_codes = nullptr;  // VAN names; canonical when null
};

struct VanExport {
  std::string contact_history;
  std::string survey_responses;
  std::size_t answers_without_script = 0;  // answers left out because their script was not given
};

std::span<const std::string_view> VanContactHistoryColumns();
std::span<const std::string_view> VanSurveyResponseColumns();

VanExport ExportVan(std::span<const ContactAttempt> attempts, const VanExportOptions& options);

}  // namespace puerta
