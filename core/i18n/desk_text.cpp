#include "i18n/desk_text.h"

#include <array>
#include <iterator>

#include "i18n/ui_text.h"

namespace puerta {
namespace {

struct Row {
  DeskText id;
  std::array<std::string_view, 6> text;  // en es zh vi ko tl, as UiLanguages() orders them
};

// Written for an organizer at a laptop: the words of a campaign office, not
// of a doorstep. Chinese is Simplified; Korean uses 해요체 for sentences.
constexpr Row kTable[] = {
    {DeskText::kDeskTitle, {"Organizer's desk", "Mesa de organización", "组织者工作台", "Bàn làm việc của người tổ chức",
                            "조직자 작업 공간", "Mesa ng organizer"}},
    {DeskText::kCampaign, {"Campaign", "Campaña", "活动", "Chiến dịch", "캠페인", "Kampanya"}},
    {DeskText::kResults, {"Results", "Resultados", "结果", "Kết quả", "결과", "Mga resulta"}},
    {DeskText::kReview, {"Review", "Revisión", "审核", "Xem xét", "검토", "Suriin"}},
    {DeskText::kPractice, {"Practice", "Práctica", "练习", "Luyện tập", "연습", "Pagsasanay"}},

    {DeskText::kNoCampaign,
     {"No campaign is open. Give its file (or a postgresql:// address) and open it; a new file name starts a new campaign.",
      "No hay ninguna campaña abierta. Indica su archivo (o una dirección postgresql://) y ábrela; un nombre nuevo crea una campaña nueva.",
      "尚未打开活动。请输入活动文件（或 postgresql:// 地址）并打开；输入新文件名即新建活动。",
      "Chưa mở chiến dịch nào. Nhập tệp của chiến dịch (hoặc địa chỉ postgresql://) rồi mở; tên tệp mới sẽ tạo chiến dịch mới.",
      "열린 캠페인이 없어요. 캠페인 파일(또는 postgresql:// 주소)을 입력하고 여세요. 새 파일 이름을 쓰면 새 캠페인이 시작돼요.",
      "Walang bukas na kampanya. Ilagay ang file nito (o isang postgresql:// na address) at buksan; ang bagong pangalan ng file ay bagong kampanya."}},
    {DeskText::kCampaignFile, {"Campaign file", "Archivo de la campaña", "活动文件", "Tệp chiến dịch", "캠페인 파일",
                               "File ng kampanya"}},
    {DeskText::kOpen, {"Open", "Abrir", "打开", "Mở", "열기", "Buksan"}},
    {DeskText::kCannotOpen, {"Cannot open {}", "No se puede abrir {}", "无法打开 {}", "Không mở được {}", "{}을(를) 열 수 없어요",
                             "Hindi mabuksan ang {}"}},
    {DeskText::kFilesCollected, {"%u file collected|%u files collected", "%u archivo recogido|%u archivos recogidos",
                                 "已收集 %u 个文件", "Đã thu %u tệp", "파일 %u개 수집됨", "%u file ang nakolekta"}},
    {DeskText::kResultsHeld, {"%u result held|%u results held", "%u resultado guardado|%u resultados guardados",
                              "共 %u 条结果", "Có %u kết quả", "결과 %u건 보관 중", "%u resulta ang nakatago"}},
    {DeskText::kDropToCollect,
     {"Drop canvassers' result files on this window to collect them. Collecting the same file twice adds nothing twice.",
      "Suelta aquí los archivos de resultados de los voluntarios para recogerlos. Recoger dos veces el mismo archivo no duplica nada.",
      "把志愿者的结果文件拖到此窗口即可收集。同一文件收集两次不会重复计算。",
      "Kéo thả tệp kết quả của tình nguyện viên vào cửa sổ này để thu. Thu một tệp hai lần cũng không bị tính trùng.",
      "봉사자의 결과 파일을 이 창에 끌어다 놓으면 수집돼요. 같은 파일을 두 번 수집해도 중복되지 않아요.",
      "I-drop dito ang mga results file ng mga canvasser para makolekta. Hindi nadodoble kahit dalawang beses kolektahin ang parehong file."}},
    {DeskText::kSecretKey, {"Organizer's secret key file (for sealed results)", "Archivo de la clave secreta (para resultados sellados)",
                            "组织者私钥文件（用于加密结果）", "Tệp khóa bí mật của người tổ chức (cho kết quả đã niêm phong)",
                            "조직자 비밀 키 파일(봉인된 결과용)", "File ng secret key ng organizer (para sa sealed na resulta)"}},
    {DeskText::kCollectedFile, {"{}: %u new, %u already had", "{}: %u nuevos, %u ya estaban", "{}：新增 %u 条，已有 %u 条",
                                "{}: %u mới, %u đã có", "{}: 새 결과 %u건, 이미 있던 결과 %u건", "{}: %u bago, %u mayroon na"}},
    {DeskText::kNotCollected, {"{}: not collected", "{}: no se recogió", "{}：未收集", "{}: chưa thu được", "{}: 수집 안 됨",
                               "{}: hindi nakolekta"}},
    {DeskText::kLinesRefused, {"%u line refused|%u lines refused", "%u línea rechazada|%u líneas rechazadas",
                               "%u 行被拒收", "%u dòng bị từ chối", "%u줄 거부됨", "%u linya ang tinanggihan"}},

    {DeskText::kGroupBy, {"Group by", "Agrupar por", "分组方式", "Nhóm theo", "묶음 기준", "Igrupo ayon sa"}},
    {DeskText::kByOrganization, {"Organization", "Organización", "组织", "Tổ chức", "단체", "Organisasyon"}},
    {DeskText::kByCanvasser, {"Canvasser", "Voluntario", "志愿者", "Tình nguyện viên", "봉사자", "Canvasser"}},
    {DeskText::kByTurf, {"Turf", "Zona", "片区", "Khu vực", "구역", "Turf"}},
    {DeskText::kByDay, {"Day", "Día", "日期", "Ngày", "날짜", "Araw"}},
    {DeskText::kByLanguage, {"Language", "Idioma", "语言", "Ngôn ngữ", "언어", "Wika"}},
    {DeskText::kTotal, {"Total", "Total", "合计", "Tổng", "합계", "Kabuuan"}},
    {DeskText::kAttempts, {"Attempts", "Intentos", "尝试次数", "Lượt tiếp cận", "시도", "Mga pagtatangka"}},
    {DeskText::kDoorsKnocked, {"Doors knocked", "Puertas tocadas", "已敲门", "Cửa đã gõ", "방문한 집", "Pintong kinatok"}},
    {DeskText::kHouseholdsContacted, {"Households contacted", "Hogares contactados", "已接触住户", "Hộ đã liên lạc",
                                      "연락된 가구", "Sambahayang nakausap"}},
    {DeskText::kConversations, {"Conversations", "Conversaciones", "对话", "Cuộc trò chuyện", "대화", "Mga pag-uusap"}},
    {DeskText::kContactRate, {"Contact rate", "Tasa de contacto", "接触率", "Tỷ lệ liên lạc", "연락률", "Contact rate"}},
    {DeskText::kSupportIds, {"Support IDs", "Apoyos identificados", "确认支持", "Người ủng hộ đã xác định", "지지 확인",
                             "Mga support ID"}},
    {DeskText::kFollowUps, {"Follow-ups", "Seguimientos", "待跟进", "Cần theo dõi", "후속 방문", "Mga follow-up"}},
    {DeskText::kNoResultsYet, {"No results collected yet.", "Todavía no se ha recogido ningún resultado.", "尚未收集任何结果。",
                               "Chưa thu được kết quả nào.", "아직 수집된 결과가 없어요.", "Wala pang nakolektang resulta."}},
    {DeskText::kResultsByDay, {"Results by day", "Resultados por día", "每日结果", "Kết quả theo ngày", "날짜별 결과",
                               "Mga resulta bawat araw"}},
    {DeskText::kContacted, {"Contacted", "Contactados", "已接触", "Đã liên lạc", "연락됨", "Nakausap"}},
    {DeskText::kNotContacted, {"Not contacted", "Sin contacto", "未接触", "Chưa liên lạc", "연락 안 됨", "Hindi nakausap"}},
    {DeskText::kIdsByAnswer, {"Answers to {}", "Respuestas a {}", "“{}”的回答", "Câu trả lời cho {}", "{}에 대한 답",
                              "Mga sagot sa {}"}},
    {DeskText::kContactRateByCanvasser, {"Contact rate by canvasser", "Tasa de contacto por voluntario", "各志愿者接触率",
                                         "Tỷ lệ liên lạc theo tình nguyện viên", "봉사자별 연락률", "Contact rate bawat canvasser"}},
    {DeskText::kUsualBand, {"usual band %u–%u", "rango habitual %u–%u", "常见范围 %u–%u", "khoảng thường gặp %u–%u",
                            "일반적인 범위 %u–%u", "karaniwang saklaw %u–%u"}},
    {DeskText::kFollowUpsByLanguage, {"Follow-ups waiting, by language", "Seguimientos pendientes, por idioma",
                                      "按语言统计的待跟进", "Cần theo dõi, theo ngôn ngữ", "언어별 대기 중인 후속 방문",
                                      "Mga naghihintay na follow-up, ayon sa wika"}},
    {DeskText::kLanguageNotGiven, {"not given", "sin indicar", "未注明", "không ghi", "미기재", "hindi nakasaad"}},
    {DeskText::kNothingToChart, {"Nothing to show yet.", "Todavía no hay nada que mostrar.", "暂无数据。", "Chưa có gì để hiển thị.",
                                 "아직 표시할 내용이 없어요.", "Wala pang maipapakita."}},

    {DeskText::kCollectedFiles, {"Collected files", "Archivos recogidos", "已收集的文件", "Tệp đã thu", "수집된 파일",
                                 "Mga nakolektang file"}},
    {DeskText::kFile, {"File", "Archivo", "文件", "Tệp", "파일", "File"}},
    {DeskText::kDevice, {"Device", "Dispositivo", "设备", "Thiết bị", "기기", "Device"}},
    {DeskText::kState, {"State", "Estado", "状态", "Trạng thái", "상태", "Katayuan"}},
    {DeskText::kApproved, {"Approved", "Aprobado", "已批准", "Đã duyệt", "승인됨", "Aprubado"}},
    {DeskText::kHasIssues, {"Has issues", "Con problemas", "有问题", "Có vấn đề", "문제 있음", "May problema"}},
    {DeskText::kRejected, {"Rejected", "Rechazado", "已拒绝", "Đã từ chối", "거부됨", "Tinanggihan"}},
    {DeskText::kApproveFile, {"Approve", "Aprobar", "批准", "Duyệt", "승인", "Aprubahan"}},
    {DeskText::kRejectFile, {"Reject", "Rechazar", "拒绝", "Từ chối", "거부", "Tanggihan"}},
    {DeskText::kQualityFlags, {"Quality flags", "Alertas de calidad", "质量提示", "Cảnh báo chất lượng", "품질 경고",
                               "Mga quality flag"}},
    {DeskText::kNoFlags, {"No flags: every collected result looks sound.", "Sin alertas: todos los resultados parecen correctos.",
                          "没有提示：所有结果看起来都正常。", "Không có cảnh báo: mọi kết quả đều ổn.",
                          "경고 없음: 수집된 결과가 모두 정상으로 보여요.", "Walang flag: maayos ang lahat ng resulta."}},
    {DeskText::kNewResults, {"New", "Nuevos", "新增", "Mới", "새 결과", "Bago"}},
    {DeskText::kFlagContactRate, {"Contact rate outside the usual band", "Tasa de contacto fuera del rango habitual",
                                  "接触率超出常见范围", "Tỷ lệ liên lạc ngoài khoảng thường gặp", "연락률이 일반 범위를 벗어남",
                                  "Contact rate na labas sa karaniwang saklaw"}},
    {DeskText::kFlagFastDoors, {"Doors faster than a person walks", "Puertas más rápido de lo que se camina",
                                "敲门速度快于步行速度", "Gõ cửa nhanh hơn tốc độ đi bộ", "걸어서 갈 수 없는 속도의 방문",
                                "Mas mabilis sa lakad ng tao ang mga pinto"}},
    {DeskText::kFlagLocationFar, {"Recorded far from the door", "Registrado lejos de la puerta", "记录地点离门口太远",
                                  "Ghi xa cửa nhà", "집에서 먼 곳에서 기록됨", "Naitala nang malayo sa pinto"}},
    {DeskText::kFlagLocationMissing, {"No location recorded", "Sin ubicación registrada", "没有记录位置", "Không ghi vị trí",
                                      "위치 기록 없음", "Walang naitalang lokasyon"}},
    {DeskText::kFlagLocationInaccurate, {"Location too vague to check", "Ubicación demasiado imprecisa", "位置过于模糊，无法核对",
                                         "Vị trí quá mơ hồ để kiểm tra", "위치가 너무 부정확해 확인 불가",
                                         "Masyadong malabo ang lokasyon para masuri"}},
    {DeskText::kFlagPermanentResult, {"Permanent result to confirm (Deceased, Moved, Hostile)",
                                      "Resultado permanente por confirmar (Fallecido, Se mudó, Hostil)",
                                      "需确认的永久结果（已故、已搬走、敌意）", "Kết quả vĩnh viễn cần xác nhận (Đã mất, Đã chuyển đi, Thù địch)",
                                      "확인이 필요한 영구 결과(사망, 이사, 적대적)",
                                      "Permanenteng resulta na kukumpirmahin (Pumanaw, Lumipat, Galit)"}},

    {DeskText::kFlaggedResults, {"%u result|%u results", "%u resultado|%u resultados", "%u 条结果", "%u kết quả",
                                 "결과 %u건", "%u resulta"}},

    {DeskText::kConfirmResult, {"Confirm", "Confirmar", "确认", "Xác nhận", "확인", "Kumpirmahin"}},

    {DeskText::kTurfs, {"Turfs", "Zonas", "片区", "Khu vực", "구역", "Mga turf"}},
    {DeskText::kVoterFile, {"Voter file", "Archivo de votantes", "选民文件", "Tệp cử tri", "유권자 파일", "File ng mga botante"}},
    {DeskText::kLoad, {"Load", "Cargar", "载入", "Tải", "불러오기", "I-load"}},
    {DeskText::kVoterFileSummary, {"%u households, %u people", "%u hogares, %u personas", "%u 户，%u 人", "%u hộ, %u người",
                                   "%u가구, %u명", "%u sambahayan, %u tao"}},
    {DeskText::kWithoutCoordinates, {"%u household without coordinates: cut by street|%u households without coordinates: cut by street",
                                     "%u hogar sin coordenadas: se corta por calle|%u hogares sin coordenadas: se cortan por calle",
                                     "%u 户没有坐标：按街道划分", "%u hộ không có tọa độ: chia theo đường phố",
                                     "좌표가 없는 %u가구: 거리별로 나눠요", "%u sambahayan na walang coordinates: hatiin ayon sa kalye"}},
    {DeskText::kRowsRefused, {"%u row not read (see puerta list inspect)|%u rows not read (see puerta list inspect)",
                              "%u fila no leída (ver puerta list inspect)|%u filas no leídas (ver puerta list inspect)",
                              "%u 行未读取（见 puerta list inspect）", "%u dòng không đọc được (xem puerta list inspect)",
                              "%u행을 읽지 못했어요(puerta list inspect 참고)", "%u hilera ang hindi nabasa (tingnan ang puerta list inspect)"}},
    {DeskText::kSelected, {"Selected", "Selección", "已选择", "Đã chọn", "선택됨", "Napili"}},
    {DeskText::kDoorsCount, {"%u door|%u doors", "%u puerta|%u puertas", "%u 户门", "%u cửa", "%u집", "%u pinto"}},
    {DeskText::kPeopleCount, {"%u person|%u people", "%u persona|%u personas", "%u 人", "%u người", "%u명", "%u tao"}},
    {DeskText::kMapHelp, {"Drag to move · scroll to zoom · Shift+drag to select · double-click to see all",
                          "Arrastra para mover · rueda para acercar · Mayús+arrastrar para seleccionar · doble clic para ver todo",
                          "拖动移动 · 滚轮缩放 · Shift+拖动选择 · 双击查看全部",
                          "Kéo để di chuyển · cuộn để phóng to · Shift+kéo để chọn · nhấp đúp để xem tất cả",
                          "끌어서 이동 · 스크롤로 확대 · Shift+끌기로 선택 · 두 번 클릭하면 전체 보기",
                          "I-drag para ilipat · i-scroll para mag-zoom · Shift+drag para pumili · i-double click para makita lahat"}},
    {DeskText::kLanguagesHere, {"Preferred languages", "Idiomas preferidos", "偏好语言", "Ngôn ngữ ưa dùng", "선호 언어",
                                "Mga gustong wika"}},

    {DeskText::kPracticeHelp,
     {"Trainers rehearse the canvasser's screens here, with the sample turf. Practice results stay in practice: they are never exported as real.",
      "Aquí se ensayan las pantallas del voluntario con la zona de ejemplo. Los resultados de práctica nunca se exportan como reales.",
      "培训人员可在此用示范片区演练志愿者的界面。练习结果不会作为真实结果导出。",
      "Người huấn luyện tập các màn hình của tình nguyện viên ở đây với khu vực mẫu. Kết quả luyện tập không bao giờ được xuất như thật.",
      "트레이너는 여기서 예시 구역으로 봉사자 화면을 연습해요. 연습 결과는 실제 결과로 내보내지지 않아요.",
      "Dito nagsasanay ang mga trainer sa mga screen ng canvasser gamit ang sample na turf. Hindi kailanman ine-export bilang totoo ang resulta ng pagsasanay."}},
    {DeskText::kOpenPractice, {"Open the canvasser's screens", "Abrir las pantallas del voluntario", "打开志愿者界面",
                               "Mở màn hình của tình nguyện viên", "봉사자 화면 열기", "Buksan ang mga screen ng canvasser"}},
    {DeskText::kPracticeOpened, {"The canvasser's screens opened in their own window.", "Las pantallas del voluntario se abrieron en otra ventana.",
                                 "志愿者界面已在新窗口中打开。", "Màn hình của tình nguyện viên đã mở trong cửa sổ riêng.",
                                 "봉사자 화면이 새 창에서 열렸어요.", "Nabuksan ang mga screen ng canvasser sa sariling window."}},
    {DeskText::kPracticeFailed, {"Could not open the canvasser's screens: {}", "No se pudieron abrir las pantallas del voluntario: {}",
                                 "无法打开志愿者界面：{}", "Không mở được màn hình của tình nguyện viên: {}",
                                 "봉사자 화면을 열 수 없어요: {}", "Hindi mabuksan ang mga screen ng canvasser: {}"}},
};
static_assert(std::size(kTable) == static_cast<std::size_t>(DeskText::kCount_), "one row per DeskText");

}  // namespace

std::string_view Tr(DeskText text, std::string_view language) {
  std::size_t column = 0;
  const auto languages = UiLanguages();
  for (std::size_t i = 0; i < languages.size(); ++i)
    if (languages[i].code == language) column = i;
  return kTable[static_cast<std::size_t>(text)].text[column];
}

int TableRowOf(DeskText text) {
  for (std::size_t i = 0; i < std::size(kTable); ++i)
    if (kTable[i].id == text) return static_cast<int>(i);
  return -1;
}

}  // namespace puerta
