# The administration page (/admin/). Variables: $mae.
admin-title = <ruby>管理<rt>かんり</rt></ruby>
admin-sign-in = サインイン
admin-username = ユーザーの <ruby>名前<rt>なまえ</rt></ruby>
admin-password = パスワード
admin-sign-in-failed = <ruby>名前<rt>なまえ</rt></ruby>か パスワードが ちがいます
admin-office = <ruby>建物<rt>たてもの</rt></ruby>
admin-pages = <ruby>画面<rt>がめん</rt></ruby>
admin-kiosk = <ruby>番号<rt>ばんごう</rt></ruby>を とる <ruby>機械<rt>きかい</rt></ruby>
admin-display = <ruby>番号<rt>ばんごう</rt></ruby>を よぶ <ruby>画面<rt>がめん</rt></ruby>
admin-calendar = <ruby>混<rt>こ</rt></ruby>む <ruby>日<rt>ひ</rt></ruby>の カレンダー
admin-desk = <ruby>窓口<rt>まどぐち</rt></ruby>の <ruby>画面<rt>がめん</rt></ruby>
admin-chart-title = <ruby>予想<rt>よそう</rt></ruby>と <ruby>本当<rt>ほんとう</rt></ruby>の <ruby>数<rt>かず</rt></ruby>
admin-chart-desc = <ruby>前<rt>まえ</rt></ruby>の 8<ruby>週間<rt>しゅうかん</rt></ruby>と これからの 4<ruby>週間<rt>しゅうかん</rt></ruby>です。
admin-queue = <ruby>列<rt>れつ</rt></ruby>
admin-actual = <ruby>本当<rt>ほんとう</rt></ruby>の <ruby>数<rt>かず</rt></ruby>
admin-forecast = <ruby>予想<rt>よそう</rt></ruby>
admin-interval = <ruby>予想<rt>よそう</rt></ruby>の はば
admin-error = <ruby>平均<rt>へいきん</rt></ruby>の ずれ：1<ruby>日<rt>にち</rt></ruby> { $mae }<ruby>人<rt>にん</rt></ruby>
admin-week-title = これからの 7<ruby>日<rt>にち</rt></ruby>
admin-date = <ruby>日<rt>ひ</rt></ruby>
admin-arrivals = <ruby>来<rt>く</rt></ruby>る <ruby>人<rt>ひと</rt></ruby>の <ruby>数<rt>かず</rt></ruby>
admin-counters = <ruby>窓口<rt>まどぐち</rt></ruby>の <ruby>数<rt>かず</rt></ruby>
admin-level = <ruby>混<rt>こ</rt></ruby>み<ruby>具合<rt>ぐあい</rt></ruby>
admin-source-prior = まだ データが ありません。ふつうの <ruby>区役所<rt>くやくしょ</rt></ruby>の データで <ruby>予想<rt>よそう</rt></ruby>しています。
admin-no-history = この <ruby>列<rt>れつ</rt></ruby>の データは まだ ありません。
admin-sign-out = サインアウト

# The audit trail of staff actions.
admin-audit-title = <ruby>操作<rt>そうさ</rt></ruby>の <ruby>記録<rt>きろく</rt></ruby>
admin-audit-desc = その <ruby>日<rt>ひ</rt></ruby>に かわったことと、それを した <ruby>人<rt>ひと</rt></ruby>です。あたらしい ものが <ruby>上<rt>うえ</rt></ruby>です。
admin-audit-date = <ruby>日<rt>ひ</rt></ruby>にち
admin-audit-time = <ruby>時間<rt>じかん</rt></ruby>
admin-audit-action = したこと
admin-audit-number = <ruby>番号<rt>ばんごう</rt></ruby>
admin-audit-counter = <ruby>窓口<rt>まどぐち</rt></ruby>
admin-audit-who = した <ruby>人<rt>ひと</rt></ruby>
admin-audit-empty = この <ruby>日<rt>ひ</rt></ruby>の <ruby>記録<rt>きろく</rt></ruby>は ありません。
admin-ev-issued = <ruby>番号札<rt>ばんごうふだ</rt></ruby>を だした
admin-ev-called = よんだ
admin-ev-recalled = もう <ruby>一度<rt>いちど</rt></ruby> よんだ
admin-ev-started = はじめた
admin-ev-finished = おわった
admin-ev-advanced = <ruby>次<rt>つぎ</rt></ruby>の <ruby>窓口<rt>まどぐち</rt></ruby>へ
admin-ev-no-show = いなかった
admin-ev-cancelled = とりけした
admin-ev-transferred = ほかの <ruby>列<rt>れつ</rt></ruby>へ
admin-ev-journey-changed = てつづきを かえた
admin-ev-day-started = あたらしい <ruby>日<rt>ひ</rt></ruby>
admin-ev-printer-attention = プリンターを みてください

# Links to the platform's pages.
admin-portal = <ruby>区<rt>く</rt></ruby>の サービス
admin-moderation = とうこうの かくにん
