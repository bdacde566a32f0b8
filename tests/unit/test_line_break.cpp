// Line breaking (core/i18n/line_break.h), with every character one unit
// wide (two for Chinese and Korean, as on screen) so the cases read clearly.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "i18n/line_break.h"

using namespace puerta;

namespace {

float Advance(char32_t c) { return c >= 0x1100 ? 2.0f : 1.0f; }

std::vector<std::string> Wrap(std::string_view text, float width) {
  std::vector<std::string> out;
  for (std::string_view line : WrapLines(text, width, Advance)) out.emplace_back(line);
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("Latin text breaks at spaces, and the spaces are dropped") {
  CHECK(Wrap("Knock doors. Talk with neighbors.", 12) == Lines{"Knock doors.", "Talk with", "neighbors."});
  CHECK(Wrap("short", 40) == Lines{"short"});
  CHECK(Wrap("", 10) == Lines{""});
  CHECK(Wrap("one\ntwo three", 40) == Lines{"one", "two three"});
}

TEST_CASE("a word is never cut when a space is on the line; a hyphen may end a line") {
  CHECK(Wrap("Mark as follow-up", 12) == Lines{"Mark as", "follow-up"});
  CHECK(Wrap("Follow-up later", 8) == Lines{"Follow-", "up later"});
  CHECK_FALSE(BrokeInsideWord(WrapLines("Follow-up later", 8, Advance)));
}

TEST_CASE("a run with no break wider than the line is cut at the edge, never runs off it") {
  const Lines lines = Wrap("https://example.org/averyveryverylongpath", 10);
  for (const std::string& line : lines) CHECK(line.size() <= 10);
  CHECK(lines.front() == "https://");  // the slash is a place to break
  CHECK(BrokeInsideWord(WrapLines("Supercalifragilistic", 8, Advance)));
}

TEST_CASE("Chinese breaks between characters; closing punctuation never starts a line, opening never ends one") {
  // 敲门，和邻居聊聊。: eight characters two units wide.
  CHECK(Wrap("敲门，和邻居聊聊。", 6) == Lines{"敲门，", "和邻居", "聊聊。"});
  CHECK(Wrap("敲门，和邻居聊聊。", 4) == Lines{"敲", "门，", "和邻", "居聊", "聊。"});
  CHECK(Wrap("请输入（四位）数字", 10) == Lines{"请输入（四", "位）数字"});
  CHECK(Wrap("请输入（四位）", 8) == Lines{"请输入", "（四位）"});
  CHECK_FALSE(BrokeInsideWord(WrapLines("这份名单上是真实的家庭。密码让名单在这部手机上保密。", 14, Advance)));
  CHECK(MayBreakBetween(U'门', U'和'));
  CHECK_FALSE(MayBreakBetween(U'门', U'，'));
  CHECK_FALSE(MayBreakBetween(U'门', U'。'));
  CHECK_FALSE(MayBreakBetween(U'门', U'、'));
  CHECK_FALSE(MayBreakBetween(U'字', U'）'));
  CHECK_FALSE(MayBreakBetween(U'字', U'」'));
  CHECK_FALSE(MayBreakBetween(U'「', U'字'));
}

TEST_CASE("Chinese beside Latin breaks between them; Korean keeps words whole between spaces") {
  CHECK(Wrap("输入PIN码", 5) == Lines{"输入", "PIN码"});
  CHECK(Wrap("문을 두드리고 이웃과 이야기해요.", 14) == Lines{"문을 두드리고", "이웃과", "이야기해요."});
  CHECK_FALSE(MayBreakBetween(U'두', U'드'));
}

TEST_CASE("Vietnamese letters with their marks stay whole") {
  CHECK(Wrap("Gõ cửa. Trò chuyện với hàng xóm.", 14) == Lines{"Gõ cửa. Trò", "chuyện với", "hàng xóm."});
}
