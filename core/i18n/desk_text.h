// The organizer's desktop workspace's words (native/desk/), in every
// language Puerta ships. Apart from the canvasser's table (ui_text.h) so the
// phone's web app never carries them: nothing in the browser build refers to
// this table, and the linker leaves it out. Texts with %u take a number
// (FormatText), texts with {} a name (FillText); "one|many" as in ui_text.h.
#pragma once

#include <string_view>

namespace puerta {

enum class DeskText {
  // the workspace's sidebar
  kDeskTitle, kCampaign, kResults, kReview, kPractice,
  // campaign
  kNoCampaign, kCampaignFile, kOpen, kCannotOpen, kFilesCollected, kResultsHeld, kDropToCollect, kSecretKey,
  kCollectedFile, kNotCollected, kLinesRefused,
  // results
  kGroupBy, kByOrganization, kByCanvasser, kByTurf, kByDay, kByLanguage, kTotal, kAttempts, kDoorsKnocked,
  kHouseholdsContacted, kConversations, kContactRate, kSupportIds, kFollowUps, kNoResultsYet, kResultsByDay,
  kContacted, kNotContacted, kIdsByAnswer, kContactRateByCanvasser, kUsualBand, kFollowUpsByLanguage,
  kLanguageNotGiven, kNothingToChart,
  // review
  kCollectedFiles, kFile, kDevice, kState, kApproved, kHasIssues, kRejected, kApproveFile, kRejectFile,
  kQualityFlags, kNoFlags, kNewResults, kFlagContactRate, kFlagFastDoors, kFlagLocationFar, kFlagLocationMissing,
  kFlagLocationInaccurate, kFlagPermanentResult, kFlaggedResults, kConfirmResult,
  // turfs
  kTurfs, kVoterFile, kLoad, kVoterFileSummary, kWithoutCoordinates, kRowsRefused, kSelected, kDoorsCount, kPeopleCount,
  kMapHelp, kLanguagesHere, kDoorsPerTurf, kAutoCut, kCutByColumn, kColumn, kNewTurfFromSelection, kAddToTurf,
  kTakeOutOfTurfs, kMergeWith, kUndo, kRedo, kColourByLanguage, kColourByTurf, kNotInTurf, kSaveTurfs, kFolder,
  kSavedTurfs, kSplitHelp, kSplitDone, kSplitNothing, kTurfName, kNoTurfChosen, kCanvassersFile, kNobodySpeaks,
  kCanvassersRead, kPrintReport, kReportFile, kReportWritten,
  // practice
  kPracticeHelp, kOpenPractice, kPracticeOpened, kPracticeFailed,
  kCount_,
};

// The text in `language` (en, es, zh, vi, ko, tl), or English when that language is unknown.
std::string_view Tr(DeskText text, std::string_view language);

// For tests: the row of the table that defines `text` (order check).
int TableRowOf(DeskText text);

}  // namespace puerta
