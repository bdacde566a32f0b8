// Door: who lives here, one tap to talk with a person, one tap for what
// happened when nobody could talk (Not home, Inaccessible, ...). Come Back asks
// when; Language Barrier asks which language was heard.
#include <vector>

#include "i18n/text_conventions.h"
#include "imgui.h"
#include "responses/attempt_time.h"
#include "results/result_code.h"
#include "script/localized_text.h"
#include "ui/app.h"
#include "ui/platform.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace puerta {


void DrawDoorScreen(ScreenContext& ctx) {
  const Household* h = ctx.app.CurrentHousehold();
  if (!h) {
    ctx.app.Back();
    return;
  }
  const std::optional<ResultCode> asking = ctx.app.flow().asking();
  if (BeginScreen("##door", ctx, h->address.display)) {
    if (asking && Info(*asking).needs == FollowUpNeed::kTime) {
      DrawAskWhen(ctx);
    } else if (asking) {
      DrawAskLanguage(ctx);
    } else {
      DrawScriptChoice(ctx);
      DrawPeople(ctx, *h, UiText::kTapPersonToTalk);
      DrawResults(ctx, Channel::kDoor, {UiText::kDoorResults, UiText::kEveryoneTalkedWith, UiText::kNextDoor});
    }
    if (asking) {
      ImGui::Spacing();
      if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kCancel) + "##cancel").c_str())) ctx.app.flow().CancelAsking();
    }
  }
  EndScreen();
}

}  // namespace puerta
