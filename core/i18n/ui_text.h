// The interface's words in every language Puerta ships. Each entry is written
// for a volunteer on a doorstep: short, plain, no jargon. Texts with %u take a
// number (printf style). The table itself is in ui_text.cpp.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace puerta {

enum class UiText {
  // start, PIN, welcome
  kTagline, kStart, kContinue, kOpenSampleTurf, kOpenTurfFile, kNoTurfYet, kOpeningTurf,
  kCreatePinTitle, kCreatePinHelp, kConfirmPin, kPinsDiffer, kUnlockTitle, kUnlock, kForgotPin,
  kWipeAndStartOver, kPinLabel, kWrongPin, kPinTooShort, kPinWait, kPinManyWrong, kWelcome, kYourName, kOrganization, kLanguage,
  // overview
  kDoorsDone, kRemaining, kConversations, kFollowUps, kNextDoor, kWalkList, kMap, kMyNumbers,
  kSendResults, kSettings, kAllDoorsTried, kDoorsOfTotal,
  // walk list
  kFilterToDo, kFilterDone, kFilterFollowUp, kFilterAll, kUnits, kNextTag, kNotYet, kBack, kNothingHere,
  // door
  kTapPersonToTalk, kDoorResults, kWhenComeBack, kInOneHour, kThisEvening, kTomorrow, kWhichLanguage,
  kCancel, kSaved, kApartment, kTalkedWith, kEveryoneTalkedWith,
  // conversation
  kStepOf, kNext, kSkip, kPleaseAnswer, kNotes, kSaveConversation, kTalkWithSomeoneElse,
  kConversationSaved, kYes, kNo, kTypeHere, kEndOfScript, kScriptLanguage, kLeaveConversation, kKeepGoing,
  kLeaveWithoutSaving,
  // numbers, export, settings, map
  kToday, kDoorsKnocked, kContactRate, kSupporters, kSendResultsHelp, kShareSpreadsheet, kShareLossless,
  kShareVan, kSealedNote, kNotSealedWarning, kResultsUnsentDays, kWipePhone, kWipeConfirm, kYesWipe, kResponsesOnPhone, kTextSize, kNormal,
  kLarge, kLarger, kHighContrast, kOn, kOff, kPracticeMode, kLockNow, kShowMyLocation, kLocationOff,
  kStorageFull, kSavedOnDevice, kStartedTimes, kPeople, kDoorsInTurf,
  // how the browser keeps the work (settings, start), a second tab
  kStoragePersistent, kStorageBestEffort, kNoOfflineHere, kAddToHomeScreenTitle, kAddToHomeScreenHelp,
  kOpenInAnotherTab, kOpenInAnotherTabHelp,
  // a turf link that does not open (crypto/package_cipher.h)
  kTurfKeyMissing, kTurfKeyWrong, kTurfCutShort, kTurfDamaged, kTurfNewerFormat, kTurfNothingChanged,
  kCount_,
};

struct UiLanguage {
  std::string_view code;         // "es"
  std::string_view native_name;  // "Español"
};

// en, es, zh, vi, ko, tl: the order the language picker shows.
std::span<const UiLanguage> UiLanguages();

// The text in `language`, or English when that language is unknown.
std::string_view Tr(UiText text, std::string_view language);

// A translated text with its numbers filled in ("Step %u of %u").
std::string FormatText(std::string_view pattern, unsigned a, unsigned b = 0);

// For tests: the row of the table that defines `text` (order check).
int TableRowOf(UiText text);

}  // namespace puerta
