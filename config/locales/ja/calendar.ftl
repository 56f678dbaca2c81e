# The public congestion calendar (/calendar/{office}). Variables: $office.
calendar-title = { $office } 混雑予想カレンダー
calendar-intro = 来庁する日を選ぶ参考にしてください。予想は過去の来庁者数から計算しています。
calendar-level-1 = 空いています
calendar-level-2 = やや空いています
calendar-level-3 = 通常
calendar-level-4 = やや混雑
calendar-level-5 = 混雑
calendar-closed = 閉庁
calendar-best-hours = おすすめの時間
calendar-previous = 前の月
calendar-next = 次の月
calendar-pdf = 印刷用PDF
calendar-csv = CSVダウンロード
calendar-legend = 凡例
calendar-weekdays = 月,火,水,木,金,土,日
calendar-note = 予想は目安です。当日の状況により変わることがあります。
calendar-language = 言語
