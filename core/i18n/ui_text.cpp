#include "i18n/ui_text.h"

#include <array>

namespace puerta {
namespace {

constexpr std::array<UiLanguage, 6> kLanguages = {{
    {"en", "English"}, {"es", "Español"}, {"zh", "中文"},
    {"vi", "Tiếng Việt"}, {"ko", "한국어"}, {"tl", "Tagalog"},
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
                               "Tập với khu mẫu", "예시 구역으로 연습하기", "Mag-practice sa sample na lugar"}},
    {UiText::kOpenTurfFile, {"Open a turf file", "Abrir un archivo de zona", "打开片区文件", "Mở tệp khu vực",
                             "구역 파일 열기", "Buksan ang turf file"}},
    {UiText::kNoTurfYet, {"Ask your organizer for your turf link. To practice, use the sample turf.",
                          "Pide a tu organizador el enlace de tu zona. Para practicar, usa la zona de ejemplo.",
                          "请向组织者索取你的片区链接。想练习的话，可以用示范片区。",
                          "Hãy xin người tổ chức đường link khu của bạn. Muốn tập thì dùng khu mẫu.",
                          "담당 오거나이저에게 구역 링크를 받으세요. 연습하려면 예시 구역을 쓰세요.",
                          "Hingin sa organizer mo ang link ng turf mo. Para mag-practice, gamitin ang sample."}},
    {UiText::kOpeningTurf, {"Opening your turf…", "Abriendo tu zona…", "正在打开片区…", "Đang mở khu của bạn…",
                            "구역을 여는 중…", "Binubuksan ang turf mo…"}},
    {UiText::kCreatePinTitle, {"Choose a PIN", "Elige un PIN", "设置一个密码", "Chọn mã PIN", "PIN을 정하세요",
                               "Pumili ng PIN"}},
    {UiText::kCreatePinHelp,
     {"This list names real families. Your PIN keeps it private on this phone. If you forget it, nobody can recover it: you would erase the phone's copy and start again.",
      "Esta lista tiene nombres de familias reales. Tu PIN la protege en este teléfono. Si lo olvidas, nadie puede recuperarlo: tendrías que borrar la copia del teléfono y empezar de nuevo.",
      "这份名单上是真实的家庭。密码让名单在这部手机上保密。如果忘了密码，谁也找不回来：只能清除手机上的资料，重新开始。",
      "Danh sách này có tên các gia đình thật. Mã PIN giữ kín danh sách trên điện thoại này. Nếu quên mã, không ai lấy lại được: bạn sẽ phải xóa dữ liệu trên máy và bắt đầu lại.",
      "이 명단에는 실제 가족들의 이름이 있어요. PIN이 이 휴대폰에서 명단을 지켜 줘요. PIN을 잊으면 아무도 찾아 줄 수 없어요. 휴대폰의 자료를 지우고 다시 시작해야 해요.",
      "May tunay na pangalan ng mga pamilya sa listahang ito. Pinoprotektahan ito ng PIN mo sa teleponong ito. Kapag nakalimutan mo, walang makakabawi nito: buburahin mo ang kopya sa telepono at magsisimula ulit."}},
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
    {UiText::kWelcome, {"Welcome!", "¡Bienvenida, bienvenido!", "欢迎！", "Chào mừng bạn!", "환영해요!", "Maligayang pagdating!"}},
    {UiText::kYourName, {"Your name", "Tu nombre", "你的名字", "Tên của bạn", "이름", "Pangalan mo"}},
    {UiText::kOrganization, {"Organization", "Organización", "组织", "Tổ chức", "단체", "Organisasyon"}},
    {UiText::kLanguage, {"Language", "Idioma", "语言", "Ngôn ngữ", "언어", "Wika"}},
    {UiText::kDoorsDone, {"Done", "Hechas", "已完成", "Đã gõ", "완료", "Tapos na"}},
    {UiText::kRemaining, {"To do", "Faltan", "还剩", "Còn lại", "남음", "Natitira"}},
    {UiText::kConversations, {"Conversations", "Conversaciones", "交谈", "Cuộc trò chuyện", "대화", "Nakausap"}},
    {UiText::kFollowUps, {"Follow-ups", "Volver a visitar", "需回访", "Cần quay lại", "다시 방문", "Babalikan"}},
    {UiText::kNextDoor, {"Next door", "Siguiente puerta", "下一户", "Nhà tiếp theo", "다음 집", "Susunod na pinto"}},
    {UiText::kWalkList, {"Walk list", "Lista de casas", "走访名单", "Danh sách nhà", "방문 목록", "Listahan ng bahay"}},
    {UiText::kMap, {"Map", "Mapa", "地图", "Bản đồ", "지도", "Mapa"}},
    {UiText::kMyNumbers, {"My numbers", "Mis números", "我的数字", "Số liệu của tôi", "내 기록", "Mga numero ko"}},
    {UiText::kSendResults, {"Send results", "Enviar resultados", "发送结果", "Gửi kết quả", "결과 보내기", "Ipadala ang resulta"}},
    {UiText::kSettings, {"Settings", "Ajustes", "设置", "Cài đặt", "설정", "Settings"}},
    {UiText::kAllDoorsTried, {"Every door has been tried. Thank you!", "Ya tocaste todas las puertas. ¡Gracias!",
                              "每一户都去过了。谢谢你！", "Đã gõ hết các nhà. Cảm ơn bạn!", "모든 집을 다 방문했어요. 고마워요!",
                              "Nakatok na ang lahat ng pinto. Salamat!"}},
    {UiText::kDoorsOfTotal, {"%u of %u doors", "%u de %u puertas", "%u / %u 户", "%u / %u nhà", "%u / %u 집",
                             "%u sa %u pinto"}},
    {UiText::kFilterToDo, {"To do", "Faltan", "未去", "Chưa gõ", "남은 집", "Hindi pa"}},
    {UiText::kFilterDone, {"Done", "Hechas", "已去", "Đã gõ", "완료", "Tapos"}},
    {UiText::kFilterFollowUp, {"Follow-up", "Volver", "回访", "Quay lại", "재방문", "Babalikan"}},
    {UiText::kFilterAll, {"All", "Todas", "全部", "Tất cả", "전체", "Lahat"}},
    {UiText::kUnits, {"%u doors", "%u puertas", "%u 户", "%u căn", "%u 가구", "%u pinto"}},
    {UiText::kNextTag, {"Next", "Sigue", "下一户", "Kế tiếp", "다음", "Susunod"}},
    {UiText::kNotYet, {"Not yet", "Pendiente", "未去", "Chưa gõ", "아직", "Hindi pa"}},
    {UiText::kBack, {"Back", "Atrás", "返回", "Quay lại", "뒤로", "Bumalik"}},
    {UiText::kNothingHere, {"No doors here.", "No hay puertas aquí.", "这里没有门户。", "Không có nhà nào ở đây.",
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
    {UiText::kThisEvening, {"This evening", "Esta tarde-noche", "今天傍晚", "Chiều tối nay", "오늘 저녁", "Mamayang gabi"}},
    {UiText::kTomorrow, {"Tomorrow", "Mañana", "明天", "Ngày mai", "내일", "Bukas"}},
    {UiText::kWhichLanguage, {"Which language did you hear?", "¿Qué idioma escuchaste?", "你听到的是哪种语言？",
                              "Bạn nghe thấy tiếng gì?", "어떤 언어였나요?", "Anong wika ang narinig mo?"}},
    {UiText::kCancel, {"Cancel", "Cancelar", "取消", "Hủy", "취소", "Kanselahin"}},
    {UiText::kSaved, {"Saved", "Guardado", "已保存", "Đã lưu", "저장됨", "Na-save"}},
    {UiText::kApartment, {"Apt", "Apto", "单元", "Căn", "호", "Unit"}},
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
    {UiText::kNo, {"No", "No", "不是", "Không", "아니요", "Hindi"}},
    {UiText::kTypeHere, {"Tap to type", "Toca para escribir", "点这里输入", "Chạm để nhập", "눌러서 입력", "I-tap para mag-type"}},
    {UiText::kEndOfScript, {"That's the end of the script.", "Aquí termina el guion.", "话术到这里结束。",
                            "Kịch bản đến đây là hết.", "대본이 여기서 끝나요.", "Tapos na ang script."}},
    {UiText::kScriptLanguage, {"Speak in", "Hablar en", "用这个语言说", "Nói bằng", "대화 언어", "Wikang gagamitin"}},
    {UiText::kToday, {"Today", "Hoy", "今天", "Hôm nay", "오늘", "Ngayon"}},
    {UiText::kDoorsKnocked, {"Doors knocked", "Puertas tocadas", "敲过的门", "Nhà đã gõ", "방문한 집", "Pintong kinatok"}},
    {UiText::kContactRate, {"Contact rate", "Tasa de contacto", "接触率", "Tỉ lệ gặp được", "대화 비율", "Contact rate"}},
    {UiText::kSupporters, {"Supporters identified", "Simpatizantes identificados", "确认的支持者", "Người ủng hộ",
                           "확인된 지지자", "Mga sumusuporta"}},
    {UiText::kSendResultsHelp, {"Send your results to your organizer. Pick a kind of file:",
                                "Envía tus resultados a tu organizador. Elige el tipo de archivo:",
                                "把结果发给组织者。选择文件类型：", "Gửi kết quả cho người tổ chức. Chọn loại tệp:",
                                "결과를 오거나이저에게 보내세요. 파일 종류를 고르세요:",
                                "Ipadala ang resulta sa organizer mo. Pumili ng klase ng file:"}},
    {UiText::kShareSpreadsheet, {"Spreadsheet (CSV)", "Hoja de cálculo (CSV)", "表格（CSV）", "Bảng tính (CSV)",
                                 "스프레드시트 (CSV)", "Spreadsheet (CSV)"}},
    {UiText::kShareLossless, {"Full record for organizers", "Registro completo para organizadores", "给组织者的完整记录",
                              "Bản ghi đầy đủ cho người tổ chức", "오거나이저용 전체 기록", "Buong record para sa organizer"}},
    {UiText::kShareVan, {"VAN files", "Archivos de VAN", "VAN 文件", "Tệp VAN", "VAN 파일", "Mga VAN file"}},
    {UiText::kSealedNote, {"Files are locked so that only your organizer can open them.",
                           "Los archivos van cerrados: solo tu organizador puede abrirlos.", "文件已加密，只有你的组织者能打开。",
                           "Tệp đã được khóa, chỉ người tổ chức mới mở được.", "파일은 잠겨 있어서 오거나이저만 열 수 있어요.",
                           "Naka-lock ang mga file kaya organizer mo lang ang makakabukas."}},
    {UiText::kWipePhone, {"Erase this phone's copy", "Borrar la copia de este teléfono", "清除手机上的资料",
                          "Xóa dữ liệu trên máy này", "이 휴대폰의 자료 지우기", "Burahin ang kopya sa teleponong ito"}},
    {UiText::kWipeConfirm,
     {"Erase the walk list and every response from this phone? Do this only after your organizer has your results.",
      "¿Borrar la lista y todas las respuestas de este teléfono? Hazlo solo cuando tu organizador ya tenga tus resultados.",
      "要清除这部手机上的名单和所有回答吗？请确认组织者已经收到你的结果。",
      "Xóa danh sách và mọi câu trả lời khỏi máy này? Chỉ làm khi người tổ chức đã nhận kết quả của bạn.",
      "이 휴대폰에서 명단과 모든 응답을 지울까요? 오거나이저가 결과를 받은 뒤에만 지우세요.",
      "Burahin ang listahan at lahat ng sagot sa teleponong ito? Gawin lang ito kapag natanggap na ng organizer ang resulta mo."}},
    {UiText::kYesWipe, {"Yes, erase everything", "Sí, borrar todo", "是的，全部清除", "Đúng, xóa hết", "네, 모두 지워요",
                        "Oo, burahin lahat"}},
    {UiText::kResponsesOnPhone, {"%u responses on this phone", "%u respuestas en este teléfono", "这部手机上有 %u 条回答",
                                 "%u câu trả lời trên máy này", "이 휴대폰에 응답 %u개", "%u sagot sa teleponong ito"}},
    {UiText::kTextSize, {"Text size", "Tamaño del texto", "字体大小", "Cỡ chữ", "글자 크기", "Laki ng letra"}},
    {UiText::kNormal, {"Normal", "Normal", "标准", "Vừa", "보통", "Normal"}},
    {UiText::kLarge, {"Large", "Grande", "大", "Lớn", "크게", "Malaki"}},
    {UiText::kLarger, {"Larger", "Más grande", "更大", "Lớn hơn", "더 크게", "Mas malaki"}},
    {UiText::kHighContrast, {"High contrast", "Alto contraste", "高对比度", "Tương phản cao", "고대비", "High contrast"}},
    {UiText::kOn, {"On", "Sí", "开", "Bật", "켜짐", "On"}},
    {UiText::kOff, {"Off", "No", "关", "Tắt", "꺼짐", "Off"}},
    {UiText::kPracticeMode, {"Practice (not counted)", "Práctica (no cuenta)", "练习（不计入）", "Tập (không tính)",
                             "연습 (집계 안 함)", "Practice (hindi bilang)"}},
    {UiText::kLockNow, {"Lock now", "Bloquear ahora", "现在锁定", "Khóa ngay", "지금 잠그기", "I-lock ngayon"}},
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
    {UiText::kPeople, {"people", "personas", "人", "người", "명", "tao"}},
    {UiText::kDoorsInTurf, {"doors in this turf", "puertas en esta zona", "户在这个片区", "nhà trong khu này", "이 구역의 집",
                            "pinto sa lugar na ito"}},
};
static_assert(std::size(kTable) == static_cast<std::size_t>(UiText::kCount_), "one row per UiText");

}  // namespace

std::span<const UiLanguage> UiLanguages() { return kLanguages; }

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

}  // namespace puerta
