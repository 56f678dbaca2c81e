# Madoguchi page strings — 한국어.

language-name = 한국어

## Shared

mode-large = 글자 크게
mode-contrast = 고대비
modes-label = 화면 표시 설정

## Kiosk

kiosk-page-title = 번호표 발급
kiosk-welcome = 어서 오세요. 번호표를 받아 주세요
kiosk-choose-language = 언어를 선택해 주세요
kiosk-what-need = 오늘은 어떤 용무로 오셨습니까?
kiosk-search-label = 키워드로 찾기
kiosk-search-placeholder = 예: 주민표, 전입, 아동수당
kiosk-search-button = 찾기
kiosk-search-results = “{ $query }” 검색 결과
kiosk-search-none = 찾지 못했습니다. 분류에서 선택하시거나 직원에게 문의해 주세요.
kiosk-services-unavailable = 업무 목록을 불러올 수 없습니다. 직원에게 문의해 주세요.
kiosk-back = 뒤로
kiosk-choose-service = 업무를 선택해 주세요
kiosk-confirm-title = 이 업무가 맞습니까?
kiosk-where = 장소
kiosk-waiting-now = 현재 대기
kiosk-take-ticket = 번호표 받기
kiosk-choose-again = 다시 선택
kiosk-issuing = 번호표를 발급하고 있습니다…
kiosk-your-number = 고객님의 번호
kiosk-ahead = 앞에 기다리는 사람
kiosk-ahead-none = 다음 순서입니다
kiosk-estimated-wait = 예상 대기 시간
kiosk-bring = 지참하실 것
kiosk-please-wait = 번호가 화면에 표시되고 음성으로 호출됩니다. 대기 장소에서 기다려 주세요.
kiosk-qr-caption = 휴대전화로 읽으면 순서를 언제든지 확인할 수 있습니다
kiosk-qr-label = 순서 확인 페이지의 QR 코드
kiosk-printing = 번호표를 인쇄하고 있습니다. 받아 가세요.
kiosk-print-again = 다시 인쇄
kiosk-done = 완료
kiosk-not-issued-title = 번호표가 발급되지 않았습니다
kiosk-error-offline = 접수 시스템에 연결할 수 없습니다.
kiosk-error-timeout = 접수 시스템의 응답이 없어 번호표가 발급되었는지 확인할 수 없습니다.
kiosk-error-setup = 이 단말기는 번호표를 발급하도록 설정되어 있지 않습니다.
kiosk-error-busy = 접수 시스템을 잠시 사용할 수 없습니다.
kiosk-error-other = 번호표를 발급하지 못했습니다.
kiosk-ask-staff-now = 번거로우시겠지만 가까운 직원에게 말씀해 주세요.
kiosk-try-again = 다시 시도
kiosk-start-over = 처음으로
kiosk-idle-countdown = { $seconds }초 후에 처음 화면으로 돌아갑니다. 계속하려면 화면을 터치해 주세요.
kiosk-idle-continue = 계속
kiosk-ask-staff = 모르시는 것이 있으면 언제든지 직원에게 말씀해 주세요.
kiosk-offline = 지금은 접수 시스템에 연결할 수 없어 번호표를 발급할 수 없습니다. 직원에게 말씀해 주세요.
kiosk-not-set-up = 이 단말기는 준비 중입니다. 직원에게 말씀해 주세요.
kiosk-people-count = { $count }명
kiosk-queue-waiting = 대기 { $count }명
kiosk-wait-minutes = 약 { $minutes }분
kiosk-wait-none = 거의 기다리지 않습니다
kiosk-wait-unknown = 확인 중

kiosk-life-title = 여러 절차를 한 번에
kiosk-life-hint = 번호표 한 장으로 필요한 창구를 차례로 안내합니다.
kiosk-yes = 예
kiosk-no = 아니요
kiosk-life-steps = 안내할 창구 (이 순서입니다)
kiosk-journey-note = 번호표를 끝까지 가지고 계세요. 창구 하나가 끝날 때마다 같은 번호로 다음 창구에 호출합니다.
kiosk-fee = 수수료
kiosk-time-needed = 소요 시간
wait-range = 약 { $minutes }분 (길어도 { $max }분 정도)
kiosk-printer-failed = 프린터를 사용할 수 없어 번호표를 인쇄하지 못했습니다. 번호를 기억하시거나 QR 코드를 읽어 주세요. 직원에게도 알렸습니다.

## Staff desk

desk-page-title = 창구 단말기
desk-language = 표시 언어
desk-sign-out = 로그아웃
desk-connection-lost = 연결이 끊어졌습니다. 자동으로 다시 연결하는 중입니다. 목록이 최신이 아닐 수 있습니다.
desk-sign-in-title = 직원 로그인
desk-sign-in-hint = 직원 사용자 이름과 비밀번호를 입력해 주세요.
desk-username = 사용자 이름
desk-password = 비밀번호
desk-sign-in = 로그인
desk-sign-in-missing = 사용자 이름과 비밀번호를 입력해 주세요.
desk-sign-in-wrong = 사용자 이름 또는 비밀번호가 올바르지 않습니다.
desk-sign-in-throttled = 실패가 계속되었습니다. 잠시 후에 다시 시도해 주세요.
desk-session-expired = 로그인이 만료되었습니다. 다시 로그인해 주세요.
desk-choose-counter = 이 단말기의 창구를 선택해 주세요
desk-current-title = 이 창구에서 처리 중
desk-current-empty = 처리 중인 번호가 없습니다. “다음 호출”을 눌러 주세요.
desk-service = 업무
desk-ticket-language = 언어
desk-waited = 대기 시간
desk-called-at = 호출
desk-called-ago = { $time } ({ $minutes }분 전)
desk-journey = 처리 순서
desk-step-pending = 예정
desk-step-current = 처리 중
desk-step-done = 완료
desk-step-skipped = 생략
desk-status-called = 호출 중
desk-status-serving = 처리 중
desk-recalls = 재호출 { $count }회
desk-minutes = { $minutes }분
desk-actions = 조작
desk-call-next = 다음 호출
desk-recall = 재호출
desk-start = 처리 시작
desk-no-show = 부재
desk-transfer = 이관
desk-finish = 완료
desk-did-call = { $number }을(를) 호출했습니다
desk-did-recall = { $number }을(를) 다시 호출했습니다
desk-did-start = { $number } 처리를 시작했습니다
desk-did-no-show = { $number }을(를) 부재로 처리했습니다
desk-did-finish = { $number } 처리를 완료했습니다
desk-did-transfer = { $number }을(를) 이관했습니다
desk-nobody-waiting = 이 창구를 기다리는 사람이 없습니다
desk-error-offline = 서버에 연결할 수 없습니다. 조작이 반영되지 않았을 수 있습니다.
desk-error-forbidden = 이 조작을 할 권한이 없습니다.
desk-error-conflict = 번호의 상태가 바뀌어 이 조작을 할 수 없습니다. 목록을 확인해 주세요.
desk-error-not-found = 이 번호를 찾을 수 없습니다.
desk-error-unavailable = 시스템을 잠시 사용할 수 없습니다. 잠시 후에 다시 시도해 주세요.
desk-error-other = 조작에 실패했습니다.
desk-waiting-title = 이 창구 대기
desk-waiting-empty = 기다리는 사람이 없습니다
desk-col-number = 번호
desk-col-service = 업무
desk-col-language = 언어
desk-col-waiting = 대기 시간
desk-longest = 최장 대기
desk-queue-figures = { $count }명 · 약 { $minutes }분
desk-live = 연결됨
desk-connecting = 연결 중
desk-offline = 연결 끊김
desk-transfer-title = { $number } 이관
desk-transfer-to = 이관할 곳
desk-transfer-queue = 대기열
desk-transfer-service = 업무
desk-transfer-confirm = 이관
desk-cancel = 취소
desk-printer-attention = 프린터 “{ $printer }”를 확인해 주세요 (용지·전원·케이블).
desk-dismiss = 닫기
desk-journey-skip = 건너뛰기
desk-journey-skip-label = { $position }단계 건너뛰기: { $section }, { $service }
desk-journey-add = 절차 추가
desk-skip-title = { $number }의 절차 하나를 건너뛸까요?
desk-skip-text = { $number }은(는) { $section }({ $service })(으)로 안내되지 않습니다. 다른 절차는 그대로입니다.
desk-skip-confirm = 이 절차 건너뛰기
desk-add-title = { $number }에 절차 추가
desk-add-hint = 이 창구 다음에 { $number }은(는) 같은 번호로, 선택한 절차의 창구에서 다시 기다립니다.
desk-add-service = 추가할 절차
desk-add-confirm = 추가
desk-did-skip = { $number }: { $section } 건너뜀
desk-did-add = { $number }: 이 창구 다음에 { $service } 추가됨
desk-error-step-changed = 이 번호의 절차가 변경되었습니다. 확인한 후 다시 시도하세요.
desk-error-unknown-service = 이 청사에서는 그 절차를 취급하지 않습니다.

## Waiting-room display

board-page-title = 호출 표시
board-reconnecting = 연결이 끊어졌습니다. 다시 연결하는 중입니다…
board-not-set-up = 이 화면은 준비 중입니다
board-now-calling = 지금 호출 중
board-no-calls = 번호가 호출될 때까지 기다려 주세요
board-recent = 지난 호출
board-col-number = 번호
board-col-counter = 창구
board-col-time = 시각
board-waiting = 대기 인원과 예상 대기 시간
board-waiting-count = { $count }명 대기
board-wait-minutes = 약 { $minutes }분
board-wait-none = 대기 없음
board-badge-new = 새 호출
board-badge-recalled = 재호출
board-live-called = { $number }번 고객님, { $counter }(으)로 와 주세요
board-live-recalled = { $number }번 고객님, 다시 호출합니다. { $counter }(으)로 와 주세요
board-sound-on = 소리 켬
board-sound-off = 소리 끔
board-sound-blocked = 소리 켜기
board-notice-wait = 번호가 호출될 때까지 대기 장소에서 기다려 주세요.
board-notice-watch = 화면에 번호가 표시되면 표시된 창구로 가 주세요.
board-notice-phone = 번호표의 QR 코드를 읽으면 휴대전화로 순서를 확인할 수 있습니다.
board-notice-help = 도움이 필요하시면 가까운 직원에게 말씀해 주세요.

## Phone ticket page

phone-page-title = 접수 번호
phone-language = 언어
phone-offline = 연결이 끊어졌습니다. 다시 연결하는 중입니다. 표시 내용이 최신이 아닐 수 있습니다.
phone-called-title = 고객님 차례입니다
phone-called-text = { $counter }(으)로 와 주세요.
phone-near = 곧 차례입니다. 대기 장소로 돌아와 주세요.
phone-your-number = 고객님의 번호
phone-ahead = 앞에 기다리는 사람
phone-ahead-none = 다음이 고객님 차례입니다
phone-people-count = { $count }명
phone-estimated-wait = 예상 대기 시간
phone-wait-minutes = 약 { $minutes }분
phone-wait-none = 곧
phone-wait-unknown = 확인 중
phone-where = 장소
phone-journey = 처리 순서
phone-step-pending = 예정
phone-step-current = 지금
phone-step-done = 완료
phone-step-skipped = 생략
phone-status-waiting = 차례를 기다려 주세요
phone-status-called = { $counter }(으)로 와 주세요
phone-status-serving = { $counter }에서 처리 중입니다
phone-status-done = 업무가 끝났습니다. 감사합니다.
phone-status-no-show = 호출했지만 계시지 않았습니다. 직원에게 말씀해 주세요.
phone-status-cancelled = 이 번호표는 취소되었습니다.
phone-status-expired = 이 번호표는 { $day }의 번호표로, 지금은 사용할 수 없습니다.
phone-not-found = 번호표를 찾을 수 없습니다
phone-not-found-help = QR 코드를 다시 읽거나 직원에게 문의해 주세요.
phone-updated-live = { $time } 업데이트 (자동으로 업데이트됩니다)
phone-updated-at = 마지막 업데이트 { $time }
phone-help = 모르시는 것이 있으면 직원에게 말씀해 주세요
phone-notify-button = 차례가 가까워지면 알림 받기
phone-notify-on = 차례가 가까워지면 이 휴대전화로 알림이 옵니다.
phone-notify-blocked = 이 페이지의 알림이 꺼져 있습니다. 페이지를 열어 두시면 화면 표시와 소리로 알려 드립니다.
# Floors of the office building, counted as the resident counts them (see localize::floor).
floor-number = { $n }층
floor-ground = 1층(지상층)
# Office names and numbered counters (see localize::office and localize::counter).
office-yahatanishi = 야하타니시 구청
office-orio = 오리오 출장소
office-kojaku = 고자쿠 출장소
office-yahataminami = 야하타미나미 출장소
counter-number = { $n }번 창구

# What the board shows between calls, and over everything in an emergency.
board-notices = 구청 공지
board-alert = 긴급 정보
board-alert-exercise = 훈련

# The portal of the ward's services (/m/).
portal-title = 야하타니시 구청 서비스
portal-intro = 구청 창구와 지역 활동을 안내합니다.
portal-counters = 창구 혼잡 상황
portal-calendar = 혼잡 예측 달력
portal-modules = 지역 활동
portal-no-modules = 준비 중입니다.
portal-partners = 상점·시설·단체 여러분께
portal-join = 초대 코드로 회원 등록
portal-moderation = 게시물 확인(직원)
