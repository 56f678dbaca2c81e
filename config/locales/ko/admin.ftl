# The administration page (/admin/). Variables: $mae.
admin-title = 관리
admin-sign-in = 로그인
admin-username = 사용자 이름
admin-password = 비밀번호
admin-sign-in-failed = 사용자 이름 또는 비밀번호가 틀립니다
admin-office = 청사
admin-pages = 단말 화면
admin-kiosk = 발권기
admin-display = 호출 표시 화면
admin-calendar = 혼잡 예상 달력
admin-desk = 창구 단말
admin-chart-title = 예상과 실적
admin-chart-desc = 지난 8주의 실적(점), 예상(선, 띠는 10~90% 범위), 앞으로 4주의 예상.
admin-queue = 대기열
admin-actual = 실적
admin-forecast = 예상
admin-interval = 예상 범위(10~90%)
admin-error = 지난 8주 평균 오차: 하루 { $mae }명
admin-week-title = 앞으로 7일의 예상과 열 창구 수
admin-date = 날짜
admin-arrivals = 예상 방문자 수
admin-counters = 창구 수
admin-level = 혼잡도
admin-source-prior = 아직 실적이 없어 일반적인 구청 데이터로 예상합니다.
admin-no-history = 이 대기열의 실적이 아직 없습니다.
admin-sign-out = 로그아웃

# The audit trail of staff actions.
admin-audit-title = 작업 기록
admin-audit-desc = 그날의 모든 변경 사항과 처리한 사람입니다. 최신 항목이 위에 있습니다.
admin-audit-date = 날짜
admin-audit-time = 시각
admin-audit-action = 내용
admin-audit-number = 번호
admin-audit-counter = 창구
admin-audit-who = 처리자
admin-audit-empty = 이 날에는 기록이 없습니다.
admin-ev-issued = 번호표 발급
admin-ev-called = 호출
admin-ev-recalled = 재호출
admin-ev-started = 업무 시작
admin-ev-finished = 완료
admin-ev-advanced = 다음 단계로
admin-ev-no-show = 부재
admin-ev-cancelled = 취소
admin-ev-transferred = 이관
admin-ev-journey-changed = 단계 변경
admin-ev-day-started = 새로운 날
admin-ev-printer-attention = 프린터 확인 필요

# Links to the platform's pages.
admin-portal = 구 서비스 목록
admin-moderation = 게시물 확인
