#include "results/result_code.h"

#include <array>

namespace puerta {
namespace {

using R = ResultCode;
using F = FollowUpNeed;

constexpr std::size_t kCodes = static_cast<std::size_t>(ResultCode::kCount_);

constexpr std::array<ResultCodeInfo, kCodes> kInfo = {{
    //  code              key                  VAN name            door   phone  needs        stop
    {R::kCanvassed,       "canvassed",         "Canvassed",        true,  true,  F::kNone,     false},
    {R::kNotHome,         "not_home",          "Not Home",         true,  false, F::kNone,     false},
    {R::kRefused,         "refused",           "Refused",          true,  true,  F::kNone,     false},
    {R::kHostile,         "hostile",           "Hostile",          true,  false, F::kNone,     true},
    {R::kMoved,           "moved",             "Moved",            true,  true,  F::kNone,     true},
    {R::kDeceased,        "deceased",          "Deceased",         true,  true,  F::kNone,     true},
    {R::kInaccessible,    "inaccessible",      "Inaccessible",     true,  false, F::kNone,     false},
    {R::kWrongAddress,    "wrong_address",     "Wrong Address",    true,  false, F::kNone,     false},
    {R::kComeBack,        "come_back",         "Come Back",        true,  false, F::kTime,     false},
    {R::kLeftLiterature,  "left_literature",   "Left Literature",  true,  false, F::kNone,     false},
    {R::kLanguageBarrier, "language_barrier",  "Language Barrier", true,  true,  F::kLanguage, false},
    {R::kNoAnswer,        "no_answer",         "No Answer",        false, true,  F::kNone,     false},
    {R::kBusy,            "busy",              "Busy",             false, true,  F::kNone,     false},
    {R::kLeftMessage,     "left_message",      "Left Message",     false, true,  F::kNone,     false},
    {R::kWrongNumber,     "wrong_number",      "Wrong Number",     false, true,  F::kNone,     false},
    {R::kDisconnected,    "disconnected",      "Disconnected",     false, true,  F::kNone,     false},
    {R::kCallBack,        "call_back",         "Call Back",        false, true,  F::kTime,     false},
    {R::kDoNotCall,       "do_not_call",       "Do Not Call",      false, true,  F::kNone,     true},
    {R::kOptedOut,        "opted_out",         "Opted Out",        false, true,  F::kNone,     true},
}};

// Button labels, short enough for a phone. Columns: en es zh vi ko tl.
constexpr std::array<std::string_view, 6> kLanguageColumns = {"en", "es", "zh", "vi", "ko", "tl"};
constexpr std::array<std::array<std::string_view, 6>, kCodes> kLabels = {{
    {"Talked with them", "Hablamos", "聊过了", "Đã nói chuyện", "대화함", "Nakausap"},
    {"Not home", "No estaba", "没人在家", "Không có nhà", "집에 없음", "Wala sa bahay"},
    {"Refused", "No quiso hablar", "拒绝了", "Từ chối", "거절함", "Tumanggi"},
    {"Hostile / do not contact", "Hostil / no volver", "态度恶劣 / 请勿再联系", "Gay gắt / đừng liên lạc nữa",
     "적대적 / 연락 금지", "Galit / huwag nang balikan"},
    {"Moved", "Se mudó", "已搬走", "Đã dọn đi", "이사함", "Lumipat na"},
    {"Deceased", "Falleció", "已去世", "Đã qua đời", "돌아가심", "Pumanaw na"},
    {"Can't get in (gate, lock)", "No se pudo entrar (reja, llave)", "进不去（门禁、上锁）", "Không vào được (cổng, khóa)",
     "들어갈 수 없음 (출입문, 잠김)", "Hindi makapasok (gate, nakakandado)"},
    {"Wrong address / vacant", "Dirección equivocada / casa desocupada", "地址不对 / 空房", "Sai địa chỉ / nhà trống",
     "주소 틀림 / 빈집", "Maling address / bakante"},
    {"Come back later", "Volver más tarde", "晚点再来", "Quay lại sau", "나중에 다시 방문", "Bumalik mamaya"},
    {"Left a flyer", "Dejé un folleto", "留了传单", "Đã để lại tờ rơi", "전단지 두고 옴", "Nag-iwan ng flyer"},
    {"Language barrier", "No hablamos el mismo idioma", "语言不通", "Không cùng ngôn ngữ", "언어가 안 통함",
     "Hindi magkaintindihan sa wika"},
    {"No answer", "No contestó", "没人接", "Không ai nghe máy", "받지 않음", "Walang sumagot"},
    {"Busy", "Ocupado", "占线", "Máy bận", "통화 중", "Busy ang linya"},
    {"Left a message", "Dejé un mensaje", "留了言", "Đã để lại lời nhắn", "메시지 남김", "Nag-iwan ng mensahe"},
    {"Wrong number", "Número equivocado", "号码不对", "Sai số", "잘못된 번호", "Maling numero"},
    {"Disconnected", "Número desconectado", "号码已停用", "Số không còn dùng", "없는 번호", "Hindi na gumagana ang numero"},
    {"Call back later", "Llamar más tarde", "晚点再打", "Gọi lại sau", "나중에 다시 전화", "Tawagan ulit mamaya"},
    {"Do not call", "No llamar", "勿再致电", "Đừng gọi nữa", "전화 금지", "Huwag nang tawagan"},
    {"Opted out (STOP)", "Pidió no recibir mensajes", "已退订", "Đã từ chối nhận tin", "수신 거부함", "Ayaw nang makatanggap"},
}};

}  // namespace

std::string_view ChannelKey(Channel channel) {
  switch (channel) {
    case Channel::kPhone: return "phone";
    case Channel::kText: return "text";
    default: return "door";
  }
}

std::optional<Channel> ChannelFromKey(std::string_view key) {
  for (Channel c : {Channel::kDoor, Channel::kPhone, Channel::kText})
    if (ChannelKey(c) == key) return c;
  return std::nullopt;
}

std::string_view VanContactType(Channel channel) {
  switch (channel) {
    case Channel::kPhone: return "Phone";
    case Channel::kText: return "SMS Text";
    default: return "Walk";
  }
}

std::span<const ResultCodeInfo> AllResultCodes() { return kInfo; }

const ResultCodeInfo& Info(ResultCode code) {
  const auto i = static_cast<std::size_t>(code);
  return kInfo[i < kCodes ? i : 0];
}

std::optional<ResultCode> ResultCodeFromKey(std::string_view key) {
  for (const auto& info : kInfo)
    if (info.key == key) return info.code;
  return std::nullopt;
}

std::string_view ResultCodeLabel(ResultCode code, std::string_view language) {
  const auto row = static_cast<std::size_t>(Info(code).code);
  for (std::size_t col = 0; col < kLanguageColumns.size(); ++col)
    if (kLanguageColumns[col] == language) return kLabels[row][col];
  return kLabels[row][0];
}

}  // namespace puerta
