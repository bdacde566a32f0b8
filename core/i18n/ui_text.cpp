#include "i18n/ui_text.h"

#include <array>
#include <cstdio>

namespace puerta {
namespace {

constexpr std::array<UiLanguage, 6> kLanguages = {{
    {"en", "English"}, {"es", "Español"}, {"zh", "中文"},
    {"vi", "Tiếng Việt"}, {"ko", "한국어"}, {"tl", "Tagalog"},
}};

// The languages Puerta's communities speak most, by their own names.
// "العربية" is written in Arabic Presentation Forms-B, last letter first
// (ة ي ب ر ع ل ا in their joined forms), so that a left-to-right renderer
// without shaping draws it as it is read.
constexpr std::array<UiLanguage, 10> kHeard = {{
    {"es", "Español"}, {"zh", "中文"}, {"vi", "Tiếng Việt"}, {"ko", "한국어"}, {"tl", "Tagalog"},
    {"ar", "\uFE94\uFEF4\uFE91\uFEAE\uFECC\uFEDF\uFE8D"}, {"ht", "Kreyòl ayisyen"}, {"pt", "Português"},
    {"ru", "Русский"}, {"so", "Soomaali"},
}};

struct Row {
  UiText id;
  std::array<std::string_view, 6> text;  // en es zh vi ko tl
};

// Chinese is Simplified, Mandarin wording; Korean uses the polite 해요체;
// Vietnamese keeps every diacritic; Tagalog is conversational (Taglish where
// that is what volunteers say).
constexpr Row kTable[] = {
    {UiText::kTagline, {"Knock doors. Talk with neighbors.", "Toca puertas. Habla con tus vecinos.", "敲门，和邻居聊聊。",
                        "Gõ cửa. Trò chuyện với hàng xóm.", "문을 두드리고 이웃과 이야기해요.", "Kumatok sa pinto. Kausapin ang kapitbahay."}},
    {UiText::kStart, {"Start", "Empezar", "开始", "Bắt đầu", "시작", "Simulan"}},
    {UiText::kContinue, {"Continue", "Continuar", "继续", "Tiếp tục", "계속", "Ituloy"}},
    {UiText::kOpenSampleTurf, {"Practice with the sample turf", "Practicar con la zona de ejemplo", "用示范片区练习",
                               "Tập với khu vực mẫu", "예시 구역으로 연습하기", "Mag-practice sa sample na turf"}},
    {UiText::kOpenTurfFile, {"Open a turf file", "Abrir un archivo de zona", "打开片区文件", "Mở tệp khu vực",
                             "구역 파일 열기", "Buksan ang turf file"}},
    {UiText::kNoTurfYet, {"Ask your organizer for your turf link. To practice, use the sample turf.",
                          "Pide a tu organizador el enlace de tu zona. Para practicar, usa la zona de ejemplo.",
                          "请向组织者索取你的片区链接。想练习的话，可以用示范片区。",
                          "Hãy xin người tổ chức đường link khu vực của bạn. Muốn tập thì dùng khu vực mẫu.",
                          "담당 오거나이저에게 구역 링크를 받으세요. 연습하려면 예시 구역을 쓰세요.",
                          "Hingin sa organizer mo ang link ng turf mo. Para mag-practice, gamitin ang sample na turf."}},
    {UiText::kOpeningTurf, {"Opening your turf…", "Abriendo tu zona…", "正在打开片区…", "Đang mở khu vực của bạn…",
                            "구역을 여는 중…", "Binubuksan ang turf mo…"}},
    {UiText::kCreatePinTitle, {"Choose a PIN", "Elige un PIN", "设置一个密码", "Chọn mã PIN", "PIN을 정하세요",
                               "Pumili ng PIN"}},
    {UiText::kCreatePinHelp,
     {"This list names real families. Your PIN keeps it private on this phone. If you forget it, nobody can recover it: you would erase the phone's copy and start again.",
      "Esta lista tiene nombres de familias reales. Tu PIN la protege en este teléfono. Si lo olvidas, nadie puede recuperarlo: tendrías que borrar la copia del teléfono y empezar de nuevo.",
      "这份名单上是真实的家庭。密码让名单在这部手机上保密。如果忘了密码，谁也找不回来：只能清除手机上的资料，重新开始。",
      "Danh sách này có tên các gia đình thật. Mã PIN giữ kín danh sách trên điện thoại này. Nếu quên mã, không ai lấy lại được: bạn sẽ phải xóa dữ liệu trên máy và bắt đầu lại.",
      "이 명단에는 실제 가족들의 이름이 있어요. PIN이 이 휴대폰에서 명단을 지켜 줘요. PIN을 잊으면 아무도 찾아 줄 수 없어요. 휴대폰의 자료를 지우고 다시 시작해야 해요.",
      "May tunay na pangalan ng mga pamilya sa listahang ito. Pinoprotektahan ito ng PIN mo sa teleponong ito. Kapag nakalimutan mo, hindi na ito mababawi: buburahin mo ang kopya sa telepono at magsisimula ulit."}},
    {UiText::kConfirmPin, {"Enter it again", "Escríbelo otra vez", "再输入一次", "Nhập lại lần nữa", "한 번 더 입력하세요",
                           "Ilagay ulit"}},
    {UiText::kPinsDiffer, {"The two PINs are different. Try again.", "Los dos PIN no coinciden. Inténtalo otra vez.",
                           "两次输入的密码不一样，请再试一次。", "Hai mã PIN không giống nhau. Thử lại nhé.",
                           "두 PIN이 달라요. 다시 해 보세요.", "Magkaiba ang dalawang PIN. Subukan ulit."}},
    {UiText::kUnlockTitle, {"Enter your PIN", "Escribe tu PIN", "输入你的密码", "Nhập mã PIN của bạn", "PIN을 입력하세요",
                            "Ilagay ang PIN mo"}},
    {UiText::kUnlock, {"Unlock", "Desbloquear", "解锁", "Mở khóa", "잠금 해제", "I-unlock"}},
    {UiText::kForgotPin, {"Forgot your PIN?", "¿Olvidaste tu PIN?", "忘记密码了？", "Quên mã PIN?", "PIN을 잊으셨나요?",
                          "Nakalimutan ang PIN?"}},
    {UiText::kWipeAndStartOver, {"Erase this phone's copy and start over", "Borrar la copia del teléfono y empezar de nuevo",
                                 "清除手机上的资料，重新开始", "Xóa dữ liệu trên máy và bắt đầu lại",
                                 "휴대폰 자료를 지우고 다시 시작", "Burahin ang kopya at magsimula ulit"}},
    {UiText::kPinLabel, {"PIN", "PIN", "密码", "Mã PIN", "PIN", "PIN"}},
    {UiText::kWrongPin, {"Wrong PIN. Try again.", "PIN incorrecto. Inténtalo otra vez.", "密码不对，请再试一次。",
                         "Mã PIN sai. Hãy thử lại.", "PIN이 틀렸어요. 다시 해 보세요.", "Mali ang PIN. Subukan ulit."}},
    {UiText::kPinTooShort, {"Use at least 6 digits, numbers only.", "Usa al menos 6 dígitos, solo números.",
                            "请至少用 6 位数字。", "Dùng ít nhất 6 chữ số.", "숫자로 6자리 이상 입력하세요.",
                            "Gumamit ng hindi bababa sa 6 na numero."}},
    {UiText::kPinWait, {"Too many wrong PINs. Try again in %u seconds.",
                        "Demasiados PIN incorrectos. Inténtalo de nuevo en %u segundos.",
                        "密码错误次数太多。请在 %u 秒后再试。",
                        "Nhập sai mã PIN quá nhiều lần. Hãy thử lại sau %u giây.",
                        "PIN을 너무 많이 틀렸어요. %u초 후에 다시 해 보세요.",
                        "Masyadong maraming maling PIN. Subukan ulit pagkalipas ng %u segundo."}},
    {UiText::kPinManyWrong, {"%u wrong PINs. If you forgot it, erase this phone's copy below and ask your organizer for the link again.",
                             "%u PIN incorrectos. Si lo olvidaste, borra abajo la copia de este teléfono y pide otra vez el enlace a tu organizador.",
                             "已经输错 %u 次。如果忘了密码，请在下面清除手机上的资料，再向组织者要一次链接。",
                             "Đã nhập sai %u lần. Nếu quên mã PIN, hãy xóa dữ liệu trên điện thoại ở bên dưới rồi xin lại đường link từ người tổ chức.",
                             "PIN을 %u번 틀렸어요. 잊어버렸다면 아래에서 이 휴대폰의 자료를 지우고 오거나이저에게 링크를 다시 받으세요.",
                             "%u beses nang mali ang PIN. Kung nakalimutan mo, burahin sa ibaba ang kopya sa teleponong ito at hingin ulit sa organizer ang link."}},
    {UiText::kWelcome, {"Welcome!", "¡Bienvenida, bienvenido!", "欢迎！", "Chào mừng bạn!", "환영해요!", "Maligayang pagdating!"}},
    {UiText::kYourName, {"Your name", "Tu nombre", "你的名字", "Tên của bạn", "이름", "Pangalan mo"}},
    {UiText::kOrganization, {"Organization", "Organización", "组织", "Tổ chức", "단체", "Organisasyon"}},
    {UiText::kLanguage, {"Language", "Idioma", "语言", "Ngôn ngữ", "언어", "Wika"}},
    {UiText::kSampleMissing, {"The sample turf is missing from this copy of Puerta.", "Falta la zona de ejemplo en esta copia de Puerta.",
                              "这个版本的 Puerta 缺少示范片区。", "Bản Puerta này thiếu khu vực mẫu.",
                              "이 Puerta에는 예시 구역이 없어요.", "Walang sample na turf sa kopyang ito ng Puerta."}},
    {UiText::kTurfCannotOpen, {"This turf file cannot be opened. Ask your organizer for the link again.",
                               "No se puede abrir este archivo de zona. Pide otra vez el enlace a tu organizador.",
                               "这个片区文件打不开。请再向组织者要一次链接。",
                               "Không mở được tệp khu vực này. Hãy xin lại đường link từ người tổ chức.",
                               "이 구역 파일을 열 수 없어요. 오거나이저에게 링크를 다시 받으세요.",
                               "Hindi mabuksan ang turf file na ito. Hingin ulit sa organizer mo ang link."}},
    {UiText::kRecordsDamaged, {"%u saved records were damaged and skipped.", "%u registros guardados estaban dañados y se omitieron.",
                               "有 %u 条保存的记录已损坏，已跳过。", "%u bản ghi đã lưu bị hỏng và đã bị bỏ qua.",
                               "저장된 기록 %u개가 손상되어 건너뛰었어요.", "%u naka-save na record ang sira at nilaktawan."}},
    {UiText::kOtherTurfHeld,
     {"This phone still holds %u responses from another turf. Send them to your organizer and erase this phone's copy before opening a new turf.",
      "Este teléfono aún guarda %u respuestas de otra zona. Envíalas a tu organizador y borra la copia del teléfono antes de abrir una zona nueva.",
      "这部手机上还有另一个片区的 %u 条回答。请先发给组织者，清除手机上的资料，再打开新的片区。",
      "Điện thoại này vẫn còn %u câu trả lời của khu vực khác. Hãy gửi cho người tổ chức và xóa dữ liệu trên máy trước khi mở khu vực mới.",
      "이 휴대폰에 다른 구역의 응답 %u개가 아직 있어요. 오거나이저에게 보내고 휴대폰의 자료를 지운 뒤 새 구역을 여세요.",
      "May %u sagot pa mula sa ibang turf sa teleponong ito. Ipadala muna sa organizer mo at burahin ang kopya sa telepono bago magbukas ng bagong turf."}},
    {UiText::kStoredTurfUnreadable, {"The turf saved on this phone cannot be read. Open it again from its link.",
                                     "No se puede leer la zona guardada en este teléfono. Ábrela otra vez desde su enlace.",
                                     "这部手机上保存的片区读不出来。请从链接重新打开。",
                                     "Không đọc được khu vực đã lưu trên máy này. Hãy mở lại từ đường link.",
                                     "이 휴대폰에 저장된 구역을 읽을 수 없어요. 링크로 다시 여세요.",
                                     "Hindi mabasa ang turf na naka-save sa teleponong ito. Buksan ulit mula sa link nito."}},
    {UiText::kDoorsDone, {"Done", "Hechas", "已走访", "Đã gõ", "방문 완료", "Tapos na"}},
    {UiText::kRemaining, {"To do", "Faltan", "未走访", "Còn lại", "미방문", "Natitira"}},
    {UiText::kConversations, {"Conversations", "Conversaciones", "交谈", "Cuộc trò chuyện", "대화", "Nakausap"}},
    {UiText::kFollowUps, {"Follow-ups", "Por volver", "需回访", "Cần quay lại", "재방문", "Babalikan"}},
    {UiText::kNextDoor, {"Next door", "Siguiente puerta", "下一户", "Nhà tiếp theo", "다음 집", "Susunod na pinto"}},
    {UiText::kWalkList, {"Walk list", "Lista de casas", "走访名单", "Danh sách nhà", "방문 목록", "Listahan ng bahay"}},
    {UiText::kMap, {"Map", "Mapa", "地图", "Bản đồ", "지도", "Mapa"}},
    {UiText::kMyNumbers, {"My numbers", "Mis números", "我的统计", "Số liệu của tôi", "내 통계", "Mga numero ko"}},
    {UiText::kSendResults, {"Send results", "Enviar resultados", "发送结果", "Gửi kết quả", "결과 보내기", "Ipadala ang resulta"}},
    {UiText::kSettings, {"Settings", "Ajustes", "设置", "Cài đặt", "설정", "Pagsasaayos"}},
    {UiText::kAllDoorsTried, {"Every door has been tried. Thank you!", "Ya tocaste todas las puertas. ¡Gracias!",
                              "每一户都去过了。谢谢你！", "Đã gõ hết các nhà. Cảm ơn bạn!", "모든 집을 다 방문했어요. 고마워요!",
                              "Nakatok na ang lahat ng pinto. Salamat!"}},
    {UiText::kDoorsOfTotal, {"%u of %u doors", "%u de %u puertas", "%u / %u 户", "%u / %u nhà", "%u / %u 집",
                             "%u sa %u pinto"}},
    {UiText::kFilterToDo, {"To do", "Faltan", "未走访", "Chưa gõ", "미방문", "Hindi pa"}},
    {UiText::kFilterDone, {"Done", "Hechas", "已走访", "Đã gõ", "방문 완료", "Tapos na"}},
    {UiText::kFilterFollowUp, {"Follow-up", "Por volver", "需回访", "Cần quay lại", "재방문", "Babalikan"}},
    {UiText::kFilterAll, {"All", "Todas", "全部", "Tất cả", "전체", "Lahat"}},
    {UiText::kUnits, {"%u doors", "%u puertas", "%u 户", "%u căn", "집 %u곳", "%u pinto"}},
    {UiText::kNextTag, {"Next", "Sigue", "下一户", "Kế tiếp", "다음", "Susunod"}},
    {UiText::kNotYet, {"Not yet", "Pendiente", "未走访", "Chưa gõ", "미방문", "Hindi pa napuntahan"}},
    {UiText::kBack, {"Back", "Atrás", "返回", "Trở lại", "뒤로", "Bumalik"}},
    {UiText::kNothingHere, {"No doors here.", "No hay puertas aquí.", "这里没有住户。", "Không có nhà nào ở đây.",
                            "여기에는 집이 없어요.", "Walang pinto dito."}},
    {UiText::kTapPersonToTalk, {"Who came to the door? Tap the person to start.", "¿Quién abrió? Toca a la persona para empezar.",
                                "谁来开门了？点一下这个人开始。", "Ai ra mở cửa? Chạm vào tên người đó để bắt đầu.",
                                "누가 나왔나요? 그 사람을 눌러 시작하세요.", "Sino ang lumabas? I-tap ang tao para magsimula."}},
    {UiText::kDoorResults, {"Nobody to talk with? Tap what happened:", "¿Nadie con quien hablar? Toca lo que pasó:",
                            "没能交谈？点一下发生了什么：", "Không nói chuyện được? Chọn điều đã xảy ra:",
                            "대화를 못 했나요? 무슨 일이 있었는지 누르세요:", "Walang nakausap? I-tap kung ano ang nangyari:"}},
    {UiText::kWhenComeBack, {"When should someone come back?", "¿Cuándo hay que volver?", "什么时候再来？",
                             "Khi nào nên quay lại?", "언제 다시 올까요?", "Kailan babalik?"}},
    {UiText::kInOneHour, {"In an hour", "En una hora", "一小时后", "Một tiếng nữa", "한 시간 뒤", "Pagkalipas ng isang oras"}},
    {UiText::kThisEvening, {"This evening", "Esta noche", "今晚", "Tối nay", "오늘 저녁", "Mamayang gabi"}},
    {UiText::kTomorrow, {"Tomorrow", "Mañana", "明天", "Ngày mai", "내일", "Bukas"}},
    {UiText::kWhichLanguage, {"Which language did you hear?", "¿Qué idioma escuchaste?", "你听到的是哪种语言？",
                              "Họ nói tiếng gì?", "어떤 언어였나요?", "Anong wika ang narinig mo?"}},
    {UiText::kCancel, {"Cancel", "Cancelar", "取消", "Hủy", "취소", "Kanselahin"}},
    {UiText::kSaved, {"Saved", "Guardado", "已保存", "Đã lưu", "저장됨", "Na-save"}},
    {UiText::kApartment, {"Apt", "Apto", "房号", "Căn", "호", "Unit"}},
    {UiText::kTalkedWith, {"talked with", "ya habló", "已交谈", "đã nói chuyện", "대화함", "nakausap na"}},
    {UiText::kEveryoneTalkedWith, {"You talked with everyone at this door.", "Ya hablaste con todas las personas de esta puerta.",
                                   "这户的每个人你都已经谈过了。", "Bạn đã nói chuyện với mọi người ở nhà này.",
                                   "이 집의 모든 분과 대화했어요.", "Nakausap mo na ang lahat sa pintong ito."}},
    {UiText::kHeardOther, {"Other", "Otro", "其他", "Tiếng khác", "기타", "Iba pa"}},
    {UiText::kStepOf, {"Step %u of %u", "Paso %u de %u", "第 %u 步，共 %u 步", "Bước %u / %u", "%u / %u 단계",
                       "Hakbang %u sa %u"}},
    {UiText::kNext, {"Next", "Siguiente", "下一步", "Tiếp", "다음", "Susunod"}},
    {UiText::kSkip, {"Skip", "Saltar", "跳过", "Bỏ qua", "건너뛰기", "Laktawan"}},
    {UiText::kPleaseAnswer, {"This one needs an answer.", "Esta pregunta necesita respuesta.", "这一题需要回答。",
                             "Câu này cần có câu trả lời.", "이 질문은 답이 필요해요.", "Kailangang sagutin ito."}},
    {UiText::kNotes, {"Notes (optional)", "Notas (opcional)", "备注（可不填）", "Ghi chú (không bắt buộc)", "메모 (선택)",
                      "Tala (opsyonal)"}},
    {UiText::kSaveConversation, {"Save conversation", "Guardar conversación", "保存这次交谈", "Lưu cuộc trò chuyện",
                                 "대화 저장", "I-save ang usapan"}},
    {UiText::kTalkWithSomeoneElse, {"Talk with someone else here", "Hablar con otra persona aquí", "和这里的另一个人聊",
                                    "Nói chuyện với người khác ở đây", "여기 다른 사람과 이야기하기", "Kausapin ang iba pa dito"}},
    {UiText::kConversationSaved, {"Conversation saved", "Conversación guardada", "交谈已保存", "Đã lưu cuộc trò chuyện",
                                  "대화를 저장했어요", "Na-save ang usapan"}},
    {UiText::kYes, {"Yes", "Sí", "是", "Có", "네", "Oo"}},
    {UiText::kNo, {"No", "No", "否", "Không", "아니요", "Hindi"}},
    {UiText::kTypeHere, {"Tap to type", "Toca para escribir", "点这里输入", "Chạm để nhập", "눌러서 입력", "I-tap para mag-type"}},
    {UiText::kEndOfScript, {"That's the end of the script.", "Aquí termina el guion.", "脚本到这里结束。",
                            "Kịch bản đến đây là hết.", "대본이 여기서 끝나요.", "Tapos na ang script."}},
    {UiText::kScriptLanguage, {"Speak in", "Hablar en", "交谈语言", "Nói bằng", "대화 언어", "Wikang gagamitin"}},
    {UiText::kLeaveConversation, {"Leave this conversation? The answers you noted will not be saved.",
                                  "¿Salir de esta conversación? Las respuestas que anotaste no se guardarán.",
                                  "要离开这次交谈吗？你记下的回答不会保存。",
                                  "Rời cuộc trò chuyện này? Các câu trả lời bạn đã ghi sẽ không được lưu.",
                                  "이 대화를 나갈까요? 기록한 답변은 저장되지 않아요.",
                                  "Aalis ka na sa usapang ito? Hindi mase-save ang mga sagot na naitala mo."}},
    {UiText::kKeepGoing, {"Keep going", "Seguir", "继续交谈", "Tiếp tục", "계속하기", "Ituloy"}},
    {UiText::kLeaveWithoutSaving, {"Leave without saving", "Salir sin guardar", "不保存，离开", "Rời đi, không lưu",
                                   "저장하지 않고 나가기", "Umalis nang hindi sine-save"}},
    {UiText::kAnswerNotNumber, {"Type a number.", "Escribe un número.", "请输入数字。", "Hãy nhập một con số.",
                                "숫자를 입력하세요.", "Mag-type ng numero."}},
    {UiText::kAnswerOutOfRange, {"That number is outside what this question allows.", "Ese número no está en el rango permitido.",
                                 "这个数字超出了允许的范围。", "Con số này nằm ngoài khoảng cho phép.",
                                 "허용 범위를 벗어난 숫자예요.", "Lampas sa puwedeng numero ang sagot na iyan."}},
    {UiText::kAnswerBadDate, {"Write the date as year-month-day, e.g. 2026-11-22 18:00.",
                              "Escribe la fecha como año-mes-día, p. ej. 2026-11-22 18:00.",
                              "请按“年-月-日”填写日期，例如 2026-11-22 18:00。",
                              "Hãy ghi ngày theo dạng năm-tháng-ngày, ví dụ 2026-11-22 18:00.",
                              "날짜는 연-월-일 순서로 쓰세요. 예: 2026-11-22 18:00",
                              "Isulat ang petsa bilang taon-buwan-araw, hal. 2026-11-22 18:00."}},
    {UiText::kAnswerNotTaken, {"This answer cannot be taken. Check it and try again.",
                               "No se puede guardar esta respuesta. Revísala e inténtalo otra vez.",
                               "这个回答无法记录。请检查后再试一次。", "Không ghi được câu trả lời này. Hãy kiểm tra rồi thử lại.",
                               "이 답변은 기록할 수 없어요. 확인하고 다시 해 보세요.",
                               "Hindi maitala ang sagot na ito. Tingnan at subukan ulit."}},
    {UiText::kToday, {"Today", "Hoy", "今天", "Hôm nay", "오늘", "Ngayon"}},
    {UiText::kDoorsKnocked, {"Doors knocked", "Puertas tocadas", "走访户数", "Nhà đã gõ", "방문한 집", "Pintong kinatok"}},
    {UiText::kContactRate, {"Contact rate", "Tasa de contacto", "交谈率", "Tỉ lệ gặp được", "대화 비율", "Bahagdan ng nakausap"}},
    {UiText::kSupporters, {"Supporters identified", "Simpatizantes identificados", "确认的支持者", "Người ủng hộ",
                           "확인된 지지자", "Mga sumusuporta"}},
    {UiText::kSendResultsHelp, {"Send your results to your organizer. Pick a kind of file:",
                                "Envía tus resultados a tu organizador. Elige el tipo de archivo:",
                                "把结果发给组织者。选择文件类型：", "Gửi kết quả cho người tổ chức. Chọn loại tệp:",
                                "결과를 오거나이저에게 보내세요. 파일 종류를 고르세요:",
                                "Ipadala ang resulta sa organizer mo. Pumili ng klase ng file:"}},
    {UiText::kShareSpreadsheet, {"Spreadsheet (CSV)", "Hoja de cálculo (CSV)", "表格（CSV）", "Bảng tính (CSV)",
                                 "스프레드시트 (CSV)", "Talahanayan (CSV)"}},
    {UiText::kShareLossless, {"Full record for organizers", "Registro completo para organizadores", "给组织者的完整记录",
                              "Bản ghi đầy đủ cho người tổ chức", "오거나이저용 전체 기록", "Buong record para sa organizer"}},
    {UiText::kShareVan, {"VAN files", "Archivos de VAN", "VAN 文件", "Tệp VAN", "VAN 파일", "Mga VAN file"}},
    {UiText::kSealedNote, {"Files are locked so that only your organizer can open them.",
                           "Los archivos van cifrados: solo tu organizador puede abrirlos.", "文件已加密，只有你的组织者能打开。",
                           "Tệp đã được khóa, chỉ người tổ chức mới mở được.", "파일은 잠겨 있어서 오거나이저만 열 수 있어요.",
                           "Naka-lock ang mga file kaya organizer mo lang ang makakabukas."}},
    {UiText::kNotSealedWarning,
     {"These files are NOT locked: anyone who gets them can read voters' names and answers. Send them only to your organizer.",
      "Estos archivos NO van cifrados: quien los reciba puede leer los nombres y las respuestas. Envíalos solo a tu organizador.",
      "这些文件没有加密：任何拿到文件的人都能看到选民的姓名和回答。只发给你的组织者。",
      "Các tệp này KHÔNG được khóa: ai có tệp cũng đọc được tên và câu trả lời của cử tri. Chỉ gửi cho người tổ chức của bạn.",
      "이 파일은 잠겨 있지 않아요. 파일을 받은 사람은 누구나 유권자 이름과 답변을 볼 수 있어요. 오거나이저에게만 보내세요.",
      "HINDI naka-lock ang mga file na ito: mababasa ng kahit sinong makakuha ang pangalan at sagot ng mga botante. Sa organizer mo lang ipadala."}},
    {UiText::kResultsUnsentDays,
     {"Results from %u days ago are still only on this phone. Send them to your organizer today.",
      "Hay resultados de hace %u días que solo están en este teléfono. Envíalos hoy a tu organizador.",
      "有 %u 天前的结果还只存在这部手机上。请今天发给你的组织者。",
      "Có kết quả từ %u ngày trước vẫn chỉ nằm trên điện thoại này. Hãy gửi cho người tổ chức ngay hôm nay.",
      "%u일 전 결과가 아직 이 휴대폰에만 있어요. 오늘 오거나이저에게 보내세요.",
      "May resulta mula %u araw na ang nakalipas na nasa teleponong ito lang. Ipadala sa organizer mo ngayong araw."}},
    {UiText::kWipePhone, {"Erase this phone's copy", "Borrar la copia de este teléfono", "清除手机上的资料",
                          "Xóa dữ liệu trên máy này", "이 휴대폰의 자료 지우기", "Burahin ang kopya sa teleponong ito"}},
    {UiText::kWipeConfirm,
     {"Erase the walk list and every response from this phone? Do this only after your organizer has your results.",
      "¿Borrar la lista y todas las respuestas de este teléfono? Hazlo solo cuando tu organizador ya tenga tus resultados.",
      "要清除这部手机上的名单和所有回答吗？请确认组织者已经收到你的结果。",
      "Xóa danh sách và mọi câu trả lời khỏi máy này? Chỉ làm khi người tổ chức đã nhận kết quả của bạn.",
      "이 휴대폰에서 명단과 모든 응답을 지울까요? 오거나이저가 결과를 받은 뒤에만 지우세요.",
      "Burahin ang listahan at lahat ng sagot sa teleponong ito? Gawin lang ito kapag natanggap na ng organizer ang resulta mo."}},
    {UiText::kYesWipe, {"Yes, erase everything", "Sí, borrar todo", "是的，全部清除", "Có, xóa hết", "네, 모두 지우기",
                        "Oo, burahin lahat"}},
    {UiText::kResponsesOnPhone, {"%u responses on this phone", "%u respuestas en este teléfono", "这部手机上有 %u 条回答",
                                 "%u câu trả lời trên máy này", "이 휴대폰에 응답 %u개", "%u sagot sa teleponong ito"}},
    {UiText::kTextSize, {"Text size", "Tamaño del texto", "字体大小", "Cỡ chữ", "글자 크기", "Laki ng letra"}},
    {UiText::kNormal, {"Normal", "Normal", "标准", "Vừa", "보통", "Karaniwan"}},
    {UiText::kLarge, {"Large", "Grande", "大", "Lớn", "크게", "Malaki"}},
    {UiText::kLarger, {"Larger", "Más grande", "更大", "Lớn hơn", "더 크게", "Mas malaki"}},
    {UiText::kHighContrast, {"High contrast", "Alto contraste", "高对比度", "Tương phản cao", "고대비", "Mas malinaw na kulay"}},
    {UiText::kOn, {"On", "Sí", "开", "Bật", "켜기", "Nakabukas"}},
    {UiText::kOff, {"Off", "No", "关", "Tắt", "끄기", "Nakapatay"}},
    {UiText::kPracticeMode, {"Practice (not counted)", "Práctica (no cuenta)", "练习（不计入）", "Tập (không tính)",
                             "연습 (집계 안 함)", "Pagsasanay (hindi binibilang)"}},
    {UiText::kLockNow, {"Lock now", "Bloquear ahora", "立即锁定", "Khóa ngay", "지금 잠그기", "I-lock ngayon"}},
    {UiText::kShowMyLocation, {"Show where I am", "Mostrar dónde estoy", "显示我的位置", "Cho biết tôi đang ở đâu",
                               "내 위치 보기", "Ipakita kung nasaan ako"}},
    {UiText::kLocationOff, {"Location is off or not allowed.", "La ubicación está apagada o no permitida.",
                            "定位已关闭或未允许。", "Định vị đang tắt hoặc chưa được cho phép.", "위치가 꺼져 있거나 허용되지 않았어요.",
                            "Naka-off o hindi pinapayagan ang location."}},
    {UiText::kStorageFull, {"Storage is full — export your responses now.", "El almacenamiento está lleno: envía tus respuestas ya.",
                            "存储空间已满——请马上发送你的回答。", "Bộ nhớ đã đầy — hãy gửi các câu trả lời ngay.",
                            "저장 공간이 가득 찼어요. 지금 응답을 보내세요.", "Puno na ang storage — ipadala na ang mga sagot mo."}},
    {UiText::kSavedOnDevice, {"Saved on this phone", "Guardado en este teléfono", "已保存在这部手机上", "Đã lưu trên điện thoại này",
                              "이 휴대폰에 저장됨", "Naka-save sa teleponong ito"}},
    {UiText::kStartedTimes, {"Times started on this phone: %u", "Veces que empezaste en este teléfono: %u",
                             "在这部手机上开始的次数：%u", "Số lần bắt đầu trên điện thoại này: %u", "이 휴대폰에서 시작한 횟수: %u",
                             "Ilang beses sinimulan sa teleponong ito: %u"}},
    {UiText::kPeople, {"%u people", "%u personas", "%u 人", "%u người", "%u명", "%u tao"}},
    {UiText::kDoorsInTurf, {"%u doors in this turf", "%u puertas en esta zona", "本片区共 %u 户", "%u nhà trong khu vực này",
                            "이 구역: 집 %u곳", "%u pinto sa turf na ito"}},
    {UiText::kFileShared, {"Shared", "Compartido", "已分享", "Đã chia sẻ", "공유함", "Naibahagi"}},
    {UiText::kFileDownloaded, {"Downloaded", "Descargado", "已下载", "Đã tải xuống", "다운로드함", "Na-download"}},
    {UiText::kFileSavedTo, {"Saved to", "Guardado en", "已保存到", "Đã lưu vào", "저장한 곳", "Na-save sa"}},
    {UiText::kFileNotSaved, {"Could not save the file", "No se pudo guardar el archivo", "文件没能保存", "Không lưu được tệp",
                             "파일을 저장하지 못했어요", "Hindi na-save ang file"}},
    {UiText::kStoragePersistent, {"Storage: kept by this browser", "Almacenamiento: este navegador lo conserva",
                                  "存储：这个浏览器会保留", "Lưu trữ: trình duyệt này sẽ giữ lại", "저장: 이 브라우저가 보관해요",
                                  "Storage: itatago ito ng browser na ito"}},
    {UiText::kStorageBestEffort, {"Storage: may be cleared by the browser", "Almacenamiento: el navegador podría borrarlo",
                                  "存储：浏览器可能会清除", "Lưu trữ: trình duyệt có thể xóa đi", "저장: 브라우저가 지울 수도 있어요",
                                  "Storage: puwedeng burahin ng browser"}},
    {UiText::kNoOfflineHere,
     {"At this address Puerta does not work offline: without internet it will not open again. Send your results the same day.",
      "En esta dirección Puerta no funciona sin conexión: sin internet no se volverá a abrir. Envía tus resultados el mismo día.",
      "Puerta 在这个网址上无法离线使用：没有网络就打不开。请在当天把结果发出去。",
      "Ở địa chỉ này Puerta không chạy được khi mất mạng: không có internet thì sẽ không mở lại được. Hãy gửi kết quả ngay trong ngày.",
      "이 주소에서는 Puerta를 오프라인으로 쓸 수 없어요. 인터넷이 없으면 다시 열리지 않아요. 결과는 그날 바로 보내세요.",
      "Sa address na ito, hindi gagana ang Puerta nang offline: kapag walang internet, hindi na ito magbubukas ulit. "
      "Ipadala ang resulta mo sa araw ding iyon."}},
    {UiText::kAddToHomeScreenTitle, {"Add Puerta to your Home Screen", "Agrega Puerta a tu pantalla de inicio",
                                     "把 Puerta 添加到主屏幕", "Thêm Puerta vào Màn hình chính", "Puerta를 홈 화면에 추가하세요",
                                     "Idagdag ang Puerta sa Home Screen mo"}},
    {UiText::kAddToHomeScreenHelp,
     {"Tap the Share button, then “Add to Home Screen”, and open Puerta from that icon. Otherwise Safari "
      "deletes your saved work after 7 days without a visit.",
      "Toca el botón Compartir, luego “Agregar a inicio”, y abre Puerta desde ese ícono. Si no, Safari borra "
      "lo que guardaste después de 7 días sin abrirla.",
      "点“分享”按钮，再点“添加到主屏幕”，以后从那个图标打开 Puerta。不然连续 7 天没打开的话，Safari 会删掉你保存的内容。",
      "Bấm nút Chia sẻ, chọn “Thêm vào MH chính”, rồi mở Puerta từ biểu tượng đó. Nếu không, Safari sẽ xóa "
      "những gì bạn đã lưu sau 7 ngày không mở.",
      "공유 버튼을 누르고 ‘홈 화면에 추가’를 고른 뒤 그 아이콘으로 Puerta를 여세요. 그러지 않으면 7일 동안 "
      "열지 않았을 때 Safari가 저장한 내용을 지워요.",
      "I-tap ang Share button, tapos “Add to Home Screen”, at doon sa icon buksan ang Puerta. Kung hindi, "
      "buburahin ng Safari ang mga naka-save mo kapag 7 araw mo itong hindi nabuksan."}},
    {UiText::kOpenInAnotherTab, {"Puerta is open in another tab", "Puerta está abierta en otra pestaña",
                                 "Puerta 已在另一个标签页中打开", "Puerta đang mở ở một thẻ khác", "Puerta가 다른 탭에서 열려 있어요",
                                 "Bukas ang Puerta sa ibang tab"}},
    {UiText::kOpenInAnotherTabHelp,
     {"Use that tab. This one saves nothing, and opens Puerta by itself once the other tab is closed.",
      "Usa esa pestaña. Esta no guarda nada y abrirá Puerta sola cuando cierres la otra.",
      "请用那个标签页。这个标签页不会保存任何内容，等你关掉另一个后会自动打开 Puerta。",
      "Hãy dùng thẻ đó. Thẻ này không lưu gì cả, và sẽ tự mở Puerta khi bạn đóng thẻ kia.",
      "그 탭을 쓰세요. 이 탭은 아무것도 저장하지 않고, 다른 탭을 닫으면 Puerta가 여기서 저절로 열려요.",
      "Gamitin ang tab na iyon. Walang sine-save ang tab na ito, at kusang magbubukas dito ang Puerta kapag isinara mo ang isa."}},
};
static_assert(std::size(kTable) == static_cast<std::size_t>(UiText::kCount_), "one row per UiText");

}  // namespace

std::span<const UiLanguage> UiLanguages() { return kLanguages; }

std::span<const UiLanguage> HeardLanguages() { return kHeard; }

std::string_view PickUiLanguage(std::span<const std::string> preferred) {
  for (const std::string& tag : preferred) {
    std::string primary = tag.substr(0, tag.find_first_of("-_"));
    for (char& c : primary) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (primary == "fil") primary = "tl";  // Filipino: Tagalog as the phone names it
    for (const UiLanguage& language : kLanguages)
      if (language.code == primary) return language.code;
  }
  return "en";
}

std::string_view Tr(UiText text, std::string_view language) {
  std::size_t column = 0;
  for (std::size_t i = 0; i < kLanguages.size(); ++i)
    if (kLanguages[i].code == language) column = i;
  return kTable[static_cast<std::size_t>(text)].text[column];
}

int TableRowOf(UiText text) {
  for (std::size_t i = 0; i < std::size(kTable); ++i)
    if (kTable[i].id == text) return static_cast<int>(i);
  return -1;
}

std::string FormatText(std::string_view pattern, unsigned a, unsigned b) {
  char buffer[512];
  std::snprintf(buffer, sizeof buffer, std::string(pattern).c_str(), a, b);
  return buffer;
}

}  // namespace puerta
