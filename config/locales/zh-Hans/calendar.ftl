# The public congestion calendar (/calendar/{office}). Variables: $office.
calendar-title = { $office } 拥挤程度预测日历
calendar-intro = 请参考本日历选择前来办理的日期。预测根据以往的来访人数计算。
calendar-level-1 = 空闲
calendar-level-2 = 较空闲
calendar-level-3 = 一般
calendar-level-4 = 较拥挤
calendar-level-5 = 拥挤
calendar-closed = 休息日
calendar-best-hours = 推荐时段
calendar-previous = 上个月
calendar-next = 下个月
calendar-pdf = 打印用PDF
calendar-csv = 下载CSV
calendar-legend = 图例
calendar-weekdays = 一,二,三,四,五,六,日
calendar-note = 预测仅供参考，当天情况可能有所不同。
calendar-language = 语言
