#include "i18n/ui_text.h"

#include <array>

namespace puerta {
namespace {

constexpr std::array<UiLanguage, 6> kLanguages = {{
    {"en", "English"}, {"es", "Español"}, {"zh", "中文"},
    {"vi", "Tiếng Việt"}, {"ko", "한국어"}, {"tl", "Tagalog"},
}};

// One row per UiText, one column per language, in kLanguages order.
constexpr std::array<std::array<std::string_view, 6>, static_cast<std::size_t>(UiText::kCount_)> kTable = {{
    {"Knock doors. Talk with neighbors.", "Toca puertas. Habla con tus vecinos.", "敲门，和邻居聊聊。",
     "Gõ cửa. Trò chuyện với hàng xóm.", "문을 두드리고 이웃과 이야기해요.", "Kumatok sa pinto. Kausapin ang kapitbahay."},
    {"Start", "Empezar", "开始", "Bắt đầu", "시작", "Simulan"},
    {"Continue", "Continuar", "继续", "Tiếp tục", "계속", "Ituloy"},
    {"doors in this turf", "puertas en esta zona", "户在这个片区", "nhà trong khu này", "이 구역의 집", "pinto sa lugar na ito"},
    {"people", "personas", "人", "người", "명", "tao"},
    {"Times started on this phone: %u", "Veces que empezaste en este teléfono: %u", "在这部手机上开始的次数：%u",
     "Số lần bắt đầu trên điện thoại này: %u", "이 휴대폰에서 시작한 횟수: %u", "Ilang beses sinimulan sa teleponong ito: %u"},
    {"Walk list", "Lista de casas", "走访名单", "Danh sách nhà", "방문 목록", "Listahan ng bahay"},
    {"Back", "Atrás", "返回", "Quay lại", "뒤로", "Bumalik"},
    {"Language", "Idioma", "语言", "Ngôn ngữ", "언어", "Wika"},
    {"Saved on this phone", "Guardado en este teléfono", "已保存在这部手机上", "Đã lưu trên điện thoại này",
     "이 휴대폰에 저장됨", "Naka-save sa teleponong ito"},
}};

}  // namespace

std::span<const UiLanguage> UiLanguages() { return kLanguages; }

std::string_view Tr(UiText text, std::string_view language) {
  std::size_t column = 0;
  for (std::size_t i = 0; i < kLanguages.size(); ++i)
    if (kLanguages[i].code == language) column = i;
  return kTable[static_cast<std::size_t>(text)][column];
}

}  // namespace puerta
