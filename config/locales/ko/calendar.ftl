# The public congestion calendar (/calendar/{office}). Variables: $office.
calendar-title = { $office } 혼잡 예상 달력
calendar-intro = 방문 날짜를 고를 때 참고하세요. 예상은 과거 방문자 수로 계산합니다.
calendar-level-1 = 한산함
calendar-level-2 = 약간 한산함
calendar-level-3 = 보통
calendar-level-4 = 약간 혼잡
calendar-level-5 = 혼잡
calendar-closed = 휴무
calendar-best-hours = 추천 시간
calendar-previous = 이전 달
calendar-next = 다음 달
calendar-pdf = 인쇄용 PDF
calendar-csv = CSV 내려받기
calendar-legend = 범례
calendar-weekdays = 월,화,수,목,금,토,일
calendar-note = 예상은 참고용이며 당일 상황에 따라 다를 수 있습니다.
calendar-language = 언어
