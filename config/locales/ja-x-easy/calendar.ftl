# The public congestion calendar (/calendar/{office}). Variables: $office.
calendar-title = { $office } <ruby>混<rt>こ</rt></ruby>む <ruby>日<rt>ひ</rt></ruby>の カレンダー
calendar-intro = <ruby>区役所<rt>くやくしょ</rt></ruby>に <ruby>来<rt>く</rt></ruby>る <ruby>日<rt>ひ</rt></ruby>を <ruby>決<rt>き</rt></ruby>めるときに <ruby>見<rt>み</rt></ruby>てください。
calendar-level-1 = すいています
calendar-level-2 = すこし すいています
calendar-level-3 = ふつうです
calendar-level-4 = すこし <ruby>混<rt>こ</rt></ruby>んでいます
calendar-level-5 = とても <ruby>混<rt>こ</rt></ruby>んでいます
calendar-closed = お<ruby>休<rt>やす</rt></ruby>み
calendar-best-hours = すいている <ruby>時間<rt>じかん</rt></ruby>
calendar-previous = <ruby>前<rt>まえ</rt></ruby>の <ruby>月<rt>つき</rt></ruby>
calendar-next = <ruby>次<rt>つぎ</rt></ruby>の <ruby>月<rt>つき</rt></ruby>
calendar-pdf = <ruby>印刷<rt>いんさつ</rt></ruby>する（PDF）
calendar-csv = CSVを ダウンロードする
calendar-legend = マークの <ruby>意味<rt>いみ</rt></ruby>
calendar-weekdays = <ruby>月<rt>げつ</rt></ruby>,<ruby>火<rt>か</rt></ruby>,<ruby>水<rt>すい</rt></ruby>,<ruby>木<rt>もく</rt></ruby>,<ruby>金<rt>きん</rt></ruby>,<ruby>土<rt>ど</rt></ruby>,<ruby>日<rt>にち</rt></ruby>
calendar-note = これは <ruby>予想<rt>よそう</rt></ruby>です。<ruby>本当<rt>ほんとう</rt></ruby>と ちがう ことが あります。
calendar-language = ことば
