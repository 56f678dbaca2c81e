# The public congestion calendar (/calendar/{office}). Variables: $office.
calendar-title = { $office } 擁擠程度預測行事曆
calendar-intro = 請參考本行事曆選擇前來辦理的日期。預測依過去的來訪人數計算。
calendar-level-1 = 空閒
calendar-level-2 = 較空閒
calendar-level-3 = 一般
calendar-level-4 = 較擁擠
calendar-level-5 = 擁擠
calendar-closed = 休息日
calendar-best-hours = 推薦時段
calendar-previous = 上個月
calendar-next = 下個月
calendar-pdf = 列印用PDF
calendar-csv = 下載CSV
calendar-legend = 圖例
calendar-weekdays = 一,二,三,四,五,六,日
calendar-note = 預測僅供參考，當天情況可能不同。
calendar-language = 語言
