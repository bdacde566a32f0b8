// Choosing the PIN and entering it. Its own file because the words it says
// (a wrong PIN, a wait, a copy from another phone) are shown on the first
// screens, before any font is fetched: cmake/Assets.cmake cuts the shipped
// CJK font from the texts this file and the PIN screens name.
#include "crypto/pin.h"
#include "i18n/ui_text.h"
#include "ui/app.h"
#include "ui/platform.h"

namespace puerta {

bool App::CreatePin(const std::string& pin, const std::string& again) {
  if (pin != again) {
    pin_error_ = std::string(Tr(UiText::kPinsDiffer, lang()));
    fields_.clear();
    return false;
  }
  if (!CheckPinRules(pin)) {
    pin_error_ = std::string(Tr(UiText::kPinTooShort, lang()));
    fields_.clear();
    return false;
  }
  if (Status s = session_->OpenTurf(pending_turf_, pin); !s) {
    pin_error_ = std::string(Tr(session_->storage_full() ? UiText::kNoRoomForTurf : UiText::kCopyNotOpened, lang()));
    fields_.clear();
    return false;
  }
  pending_turf_.clear();
  pin_error_.clear();
  AfterSessionChange();
  return true;
}

bool App::Unlock(const std::string& pin) {
  const std::int64_t now = platform::NowUnixSeconds();
  if (Status s = session_->Unlock(pin, now); !s) {
    switch (session_->last_refusal()) {
      case CanvassSession::UnlockRefusal::kWrongPin:
        pin_error_ = session_->failed_unlocks() >= kOfferEraseAfterWrongPins
                         ? FormatText(Tr(UiText::kPinManyWrong, lang()), session_->failed_unlocks())
                         : std::string(Tr(UiText::kWrongPin, lang()));
        break;
      case CanvassSession::UnlockRefusal::kWait:
        pin_error_ = FormatText(Tr(UiText::kPinWait, lang()), static_cast<unsigned>(session_->SecondsToWait(now)));
        break;
      case CanvassSession::UnlockRefusal::kOtherDevice:  // no PIN opens it here: erasing is the way on
        pin_error_ = std::string(Tr(UiText::kPinOtherDevice, lang()));
        break;
      case CanvassSession::UnlockRefusal::kNoDeviceSecret:
        pin_error_ = std::string(Tr(UiText::kPinNoDeviceSecret, lang()));
        break;
      default:  // the PIN opened the lock, but the copy behind it did not open
        pin_error_ = std::string(Tr(UiText::kCopyNotOpened, lang()));
    }
    fields_.clear();
    return false;
  }
  pin_error_.clear();
  AfterSessionChange();
  if (!turf_after_unlock_.empty()) {
    const std::string bytes = std::move(turf_after_unlock_);
    const std::string key = std::move(turf_key_after_unlock_);
    turf_after_unlock_.clear();
    turf_key_after_unlock_.clear();
    OpenTurfBytes(bytes, "link", key);
  }
  return true;
}

}  // namespace puerta
