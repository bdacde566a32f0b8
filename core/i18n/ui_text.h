// The interface's words in every language Puerta ships. Each entry is written
// for a volunteer on a doorstep: short, plain, no jargon. Texts with %u take a
// number (printf style). The table itself is in ui_text.cpp.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace puerta {

enum class UiText {
  // start, PIN, welcome
  kTagline, kStart, kContinue, kOpenSampleTurf, kOpenTurfFile, kNoTurfYet, kOpeningTurf,
  kCreatePinTitle, kCreatePinHelp, kConfirmPin, kPinsDiffer, kUnlockTitle, kUnlock, kForgotPin,
  kWipeAndStartOver, kPinLabel, kWrongPin, kPinTooShort, kPinWait, kPinManyWrong, kWelcome, kYourName, kOrganization, kLanguage,
  kSampleMissing, kTurfCannotOpen, kRecordsDamaged, kOtherTurfHeld, kStoredTurfUnreadable,
  // overview
  kDoorsDone, kRemaining, kConversations, kFollowUps, kNextDoor, kWalkList, kMap, kMyNumbers,
  kSendResults, kSettings, kAllDoorsTried, kDoorsOfTotal,
  // walk list
  kFilterToDo, kFilterDone, kFilterFollowUp, kFilterAll, kUnits, kNextTag, kNotYet, kBack, kNothingHere,
  // door
  kTapPersonToTalk, kDoorResults, kWhenComeBack, kInOneHour, kThisEvening, kTomorrow, kWhichLanguage,
  kCancel, kSaved, kApartment, kTalkedWith, kEveryoneTalkedWith, kHeardOther,
  kAnotherTime, kPickDay, kPickTime, kSaveThisTime, kSundayShort, kMondayShort, kTuesdayShort, kWednesdayShort,
  kThursdayShort, kFridayShort, kSaturdayShort, kDayOfMonth, kHourMorning, kNoon, kHourAfternoon, kHourEvening,
  // conversation
  kStepOf, kNext, kSkip, kPleaseAnswer, kNotes, kSaveConversation, kTalkWithSomeoneElse,
  kConversationSaved, kYes, kNo, kTypeHere, kEndOfScript, kScriptLanguage, kLeaveConversation, kKeepGoing,
  kLeaveWithoutSaving, kAnswerNotNumber, kAnswerOutOfRange, kAnswerBadDate, kAnswerNotTaken,
  // numbers, export, settings, map
  kToday, kDoorsKnocked, kContactRate, kSupporters, kSendResultsHelp, kShareSpreadsheet, kShareLossless,
  kShareVan, kSealedNote, kNotSealedWarning, kResultsUnsentDays, kWipePhone, kWipeConfirm, kYesWipe, kResponsesOnPhone, kTextSize, kNormal,
  kLarge, kLarger, kHighContrast, kOn, kOff, kPracticeMode, kLockNow, kShowMyLocation, kLocationOff,
  kStorageFull, kSavedOnDevice, kStartedTimes, kPeople, kDoorsInTurf,
  kFileShared, kFileDownloaded, kFileSavedTo, kFileNotSaved,
  kWhichDoor, kClearPractice, kPracticeCleared, kForOrganizer, kOtherFiles, kAfterSending,
  // how the browser keeps the work (settings, start), a second tab
  kStoragePersistent, kStorageBestEffort, kNoOfflineHere, kAddToHomeScreenTitle, kAddToHomeScreenHelp,
  kOpenInAnotherTab, kOpenInAnotherTabHelp,
  // the PIN's lock bound to the device (unlock screen, settings)
  kPinOtherDevice, kPinNoDeviceSecret, kPinOnlyHere,
  // a turf link that does not open (crypto/package_cipher.h)
  kTurfKeyMissing, kTurfKeyWrong, kTurfCutShort, kTurfDamaged, kTurfNewerFormat, kTurfNothingChanged,
  // what went wrong, said here instead of the core's English reasons (ui/app*.cpp)
  kSettingsUnreadable, kCopyNotOpened, kNoRoomForTurf, kTurfNotDownloaded, kTurfLinkGone, kEraseIncomplete,
  kFilesNotMade, kNotRecorded,
  // the sample turf's own words, shown in the interface language (its package holds English data)
  kSampleTurfName, kSampleOrganization,
  // Send results on the desktop (a platform that can write .xlsx)
  kShareWorkbook,
  // the organizer's receipt (receipts/, docs/receipts.md): what arrived, and the erase warning
  kNotYetReceived, kAllReceived, kEnterReceipt, kReceiptHelp, kReceiptCode, kCheckReceipt, kResultsReceived,
  kReceiptMistyped, kReceiptNotACode, kReceiptOtherPhone, kReceiptNoMatch, kWipeUnreceived, kEraseAnyway,
  // The web page around the app (web-shell/shell.js), before the app runs or
  // when it cannot: written into words.js at build time (cmake/shell_words.py).
  kShellLoading, kShellLoadingKb, kShellCannotDownload, kShellCheckConnection, kShellStopped, kShellSavedStays,
  kShellUpdated, kShellScreenStopped, kShellCannotStart, kShellNoWasm, kShellNoWebGl,
  // a turf's last day (turf/turf_expiry.h): "Until {}" and a day in each month
  kTurfUntil, kTurfExpired, kDayInJanuary, kDayInFebruary, kDayInMarch, kDayInApril, kDayInMay, kDayInJune,
  kDayInJuly, kDayInAugust, kDayInSeptember, kDayInOctober, kDayInNovember, kDayInDecember,
  // the desktop's "Hand out a turf" window (native/handout/): the link as a QR code on screen
  kHandOutTitle, kHandOutLink, kHandOutScan, kHandOutNotALink, kHandOutNoKey, kHandOutKeyOpens, kHandOutKeyWrong,
  // its Print action (native/handout/print_sheets.h): the three sheets as PDFs beside the package
  kHandOutPaper, kHandOutPaperLetter, kHandOutPrintLanguages, kHandOutPrint, kHandOutPrinted, kHandOutPrintFailed,
  // printed sheets (native/print, `puerta print`). The booklet fills in {q}
  // (a question), {a} (an answer) and {c} (a condition) itself, not printf.
  kPrintCampaign, kPrintLanguagesSpoken, kPrintLanguageNotGiven, kPrintScanLink, kPrintHowTo, kPrintInstructions,
  kPrintKeepPrivate, kPrintPageOf, kPrintDoorsOnPage, kPrintContinued, kPrintWalkSheetHelp, kPrintScriptBooklet,
  kPrintQuestion, kPrintOnlyIf, kPrintAnswerIs, kPrintAnswerIsNot, kPrintAnswerIsOneOf, kPrintAnswered, kPrintAnd,
  kPrintOr, kPrintNot, kPrintTickOne, kPrintTickAll, kPrintWriteAnswer,
  // the printed campaign report (native/print/report_pdf.h, `puerta report --format pdf`)
  kReportTitle, kReportDays, kReportAllDays, kReportAttempts, kReportHouseholdsContacted, kReportTotal,
  kReportCanvasser, kReportTurf, kReportDay, kReportChannel, kReportScript, kReportResultsByDay,
  kReportIdComposition, kReportContactRates, kReportUsualBand, kReportFewDoors, kReportFollowUpsWaiting,
  kReportNothing,
  // the call screen (ui/screens/call_screen.cpp): a call list's number. kCallNumber fills in {} (the number).
  kCallNumber, kWhoAnswered, kCallResults, kNextCall, kSkipNumber, kWhenCallBack, kEveryoneOnLineTalked,
  kLastCalls, kCorrectCall, kCallAgain, kAllNumbersTried,
  kCount_,
};

struct UiLanguage {
  std::string_view code;         // "es"
  std::string_view native_name;  // "Español"
};

// en, es, zh, vi, ko, tl: the order the language picker shows.
std::span<const UiLanguage> UiLanguages();

// The languages a canvasser may hear at a door (Language barrier), each named
// in its own script, whatever the interface language; after them comes
// "Other" (UiText::kHeardOther, code "other"). Arabic is stored already shaped
// and in drawing order (the screens draw text left to right, unshaped).
std::span<const UiLanguage> HeardLanguages();

// The interface language for a phone whose owner reads `preferred` (BCP 47
// tags, most preferred first: "ko-KR", "zh-Hant-TW", "fil-PH"): the first one
// Puerta speaks, matched on the primary subtag ("fil" is Tagalog), else "en".
std::string_view PickUiLanguage(std::span<const std::string> preferred);

// The text in `language`, or English when that language is unknown.
std::string_view Tr(UiText text, std::string_view language);

// A translated text with its numbers filled in ("Step %u of %u").
std::string FormatText(std::string_view pattern, unsigned a, unsigned b = 0);
// A translated text with a piece of text put where "{}" is ("Until {}",
// "{}까지"): the place of a date or a name differs between languages.
std::string FillText(std::string_view pattern, std::string_view value);
// A day of a month as `language` writes a short date ("12 Dec", "12月12日",
// "Dis 12"); month 1-12 (another month gives the day alone).
std::string DayInMonthText(std::string_view language, int month, int day);

// For tests: the row of the table that defines `text` (order check).
int TableRowOf(UiText text);

}  // namespace puerta
