# Madoguchi page strings — やさしい日本語 (Easy Japanese).
# Short sentences, です/ます, furigana as <ruby> on every kanji.

language-name = やさしい にほんご

## Shared

mode-large = <ruby>字<rt>じ</rt></ruby>を <ruby>大<rt>おお</rt></ruby>きく
mode-contrast = <ruby>見<rt>み</rt></ruby>やすい <ruby>色<rt>いろ</rt></ruby>
modes-label = <ruby>画面<rt>がめん</rt></ruby>の <ruby>見<rt>み</rt></ruby>え<ruby>方<rt>かた</rt></ruby>

## Kiosk

kiosk-page-title = <ruby>番号<rt>ばんごう</rt></ruby>の <ruby>紙<rt>かみ</rt></ruby>
kiosk-welcome = ようこそ。<ruby>番号<rt>ばんごう</rt></ruby>の <ruby>紙<rt>かみ</rt></ruby>を <ruby>取<rt>と</rt></ruby>ってください
kiosk-choose-language = ことばを <ruby>選<rt>えら</rt></ruby>んでください
kiosk-what-need = <ruby>今日<rt>きょう</rt></ruby>は なにを しますか？
kiosk-search-label = ことばで さがす
kiosk-search-placeholder = れい：じゅうみんひょう、ひっこし
kiosk-search-button = さがす
kiosk-search-results = 「{ $query }」の けっか
kiosk-search-none = みつかりませんでした。<ruby>係<rt>かかり</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>に <ruby>聞<rt>き</rt></ruby>いてください。
kiosk-services-unavailable = <ruby>手続<rt>てつづ</rt></ruby>きの リストが <ruby>出<rt>で</rt></ruby>ません。<ruby>係<rt>かかり</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>に <ruby>聞<rt>き</rt></ruby>いてください。
kiosk-back = もどる
kiosk-choose-service = <ruby>手続<rt>てつづ</rt></ruby>きを <ruby>選<rt>えら</rt></ruby>んでください
kiosk-confirm-title = これで いいですか？
kiosk-where = <ruby>行<rt>い</rt></ruby>くところ
kiosk-waiting-now = <ruby>今<rt>いま</rt></ruby> <ruby>待<rt>ま</rt></ruby>っている <ruby>人<rt>ひと</rt></ruby>
kiosk-take-ticket = <ruby>番号<rt>ばんごう</rt></ruby>の <ruby>紙<rt>かみ</rt></ruby>を <ruby>出<rt>だ</rt></ruby>す
kiosk-choose-again = <ruby>選<rt>えら</rt></ruby>びなおす
kiosk-issuing = <ruby>番号<rt>ばんごう</rt></ruby>の <ruby>紙<rt>かみ</rt></ruby>を <ruby>出<rt>だ</rt></ruby>しています…
kiosk-your-number = あなたの <ruby>番号<rt>ばんごう</rt></ruby>
kiosk-ahead = あなたの <ruby>前<rt>まえ</rt></ruby>に <ruby>待<rt>ま</rt></ruby>っている <ruby>人<rt>ひと</rt></ruby>
kiosk-ahead-none = つぎに よびます
kiosk-estimated-wait = <ruby>待<rt>ま</rt></ruby>つ <ruby>時間<rt>じかん</rt></ruby>（だいたい）
kiosk-bring = <ruby>持<rt>も</rt></ruby>ってくるもの
kiosk-please-wait = <ruby>番号<rt>ばんごう</rt></ruby>が <ruby>画面<rt>がめん</rt></ruby>に <ruby>出<rt>で</rt></ruby>ます。<ruby>声<rt>こえ</rt></ruby>でも よびます。いすに すわって <ruby>待<rt>ま</rt></ruby>ってください。
kiosk-qr-caption = スマートフォンで よみとると、あなたの <ruby>順番<rt>じゅんばん</rt></ruby>が わかります
kiosk-qr-label = <ruby>順番<rt>じゅんばん</rt></ruby>が わかる ページの QRコード
kiosk-printing = <ruby>番号<rt>ばんごう</rt></ruby>の <ruby>紙<rt>かみ</rt></ruby>が <ruby>出<rt>で</rt></ruby>ます。<ruby>取<rt>と</rt></ruby>ってください。
kiosk-print-again = もう <ruby>一度<rt>いちど</rt></ruby> <ruby>紙<rt>かみ</rt></ruby>を <ruby>出<rt>だ</rt></ruby>す
kiosk-done = おわり
kiosk-not-issued-title = <ruby>番号<rt>ばんごう</rt></ruby>の <ruby>紙<rt>かみ</rt></ruby>は <ruby>出<rt>で</rt></ruby>ていません
kiosk-error-offline = コンピューターに つながりません。
kiosk-error-timeout = コンピューターから <ruby>返事<rt>へんじ</rt></ruby>が ありません。<ruby>番号<rt>ばんごう</rt></ruby>が <ruby>出<rt>で</rt></ruby>たか わかりません。
kiosk-error-setup = この <ruby>機械<rt>きかい</rt></ruby>では <ruby>番号<rt>ばんごう</rt></ruby>を <ruby>出<rt>だ</rt></ruby>せません。
kiosk-error-busy = <ruby>今<rt>いま</rt></ruby>、コンピューターが つかえません。
kiosk-error-other = <ruby>番号<rt>ばんごう</rt></ruby>を <ruby>出<rt>だ</rt></ruby>せませんでした。
kiosk-ask-staff-now = <ruby>近<rt>ちか</rt></ruby>くの <ruby>係<rt>かかり</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>に <ruby>聞<rt>き</rt></ruby>いてください。
kiosk-try-again = もう <ruby>一度<rt>いちど</rt></ruby> やる
kiosk-start-over = はじめに もどる
kiosk-idle-countdown = { $seconds }<ruby>秒<rt>びょう</rt></ruby>で はじめの <ruby>画面<rt>がめん</rt></ruby>に もどります。つづけるときは <ruby>画面<rt>がめん</rt></ruby>を さわってください。
kiosk-idle-continue = つづける
kiosk-ask-staff = わからないときは、<ruby>係<rt>かかり</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>に <ruby>聞<rt>き</rt></ruby>いてください。
kiosk-offline = <ruby>今<rt>いま</rt></ruby>、コンピューターに つながりません。<ruby>番号<rt>ばんごう</rt></ruby>の <ruby>紙<rt>かみ</rt></ruby>を <ruby>出<rt>だ</rt></ruby>せません。<ruby>係<rt>かかり</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>に <ruby>聞<rt>き</rt></ruby>いてください。
kiosk-not-set-up = この <ruby>機械<rt>きかい</rt></ruby>は まだ つかえません。<ruby>係<rt>かかり</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>に <ruby>聞<rt>き</rt></ruby>いてください。
kiosk-people-count = { $count }<ruby>人<rt>にん</rt></ruby>
kiosk-queue-waiting = <ruby>待<rt>ま</rt></ruby>っている <ruby>人<rt>ひと</rt></ruby> { $count }<ruby>人<rt>にん</rt></ruby>
kiosk-wait-minutes = だいたい { $minutes }<ruby>分<rt>ふん</rt></ruby>
kiosk-wait-none = ほとんど <ruby>待<rt>ま</rt></ruby>ちません
kiosk-wait-unknown = しらべています

kiosk-life-title = まとめて <ruby>手続<rt>てつづ</rt></ruby>き
kiosk-life-hint = <ruby>番号<rt>ばんごう</rt></ruby>の <ruby>紙<rt>かみ</rt></ruby> 1<ruby>枚<rt>まい</rt></ruby>で、<ruby>行<rt>い</rt></ruby>く <ruby>窓口<rt>まどぐち</rt></ruby>を じゅんばんに よびます。
kiosk-yes = はい
kiosk-no = いいえ
kiosk-life-steps = <ruby>行<rt>い</rt></ruby>く <ruby>窓口<rt>まどぐち</rt></ruby>（この じゅんばんです）
kiosk-journey-note = <ruby>番号<rt>ばんごう</rt></ruby>の <ruby>紙<rt>かみ</rt></ruby>を なくさないで ください。<ruby>窓口<rt>まどぐち</rt></ruby>が 1つ おわったら、おなじ <ruby>番号<rt>ばんごう</rt></ruby>で つぎの <ruby>窓口<rt>まどぐち</rt></ruby>に よびます。
kiosk-fee = お<ruby>金<rt>かね</rt></ruby>
kiosk-time-needed = かかる <ruby>時間<rt>じかん</rt></ruby>
wait-range = だいたい { $minutes }<ruby>分<rt>ふん</rt></ruby>（<ruby>長<rt>なが</rt></ruby>くて { $max }<ruby>分<rt>ふん</rt></ruby>）
kiosk-printer-failed = プリンターが つかえません。<ruby>番号<rt>ばんごう</rt></ruby>を おぼえるか、QRコードを よみとって ください。<ruby>係<rt>かかり</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>にも しらせました。

## Staff desk

desk-page-title = <ruby>窓口<rt>まどぐち</rt></ruby>の <ruby>画面<rt>がめん</rt></ruby>
desk-language = ことば
desk-sign-out = サインアウト
desk-connection-lost = つながりが きれました。<ruby>今<rt>いま</rt></ruby>、つなぎなおしています。リストが <ruby>古<rt>ふる</rt></ruby>いかもしれません。
desk-sign-in-title = <ruby>係<rt>かかり</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>の サインイン
desk-sign-in-hint = ユーザー<ruby>名<rt>めい</rt></ruby>と パスワードを <ruby>入<rt>い</rt></ruby>れてください。
desk-username = ユーザー<ruby>名<rt>めい</rt></ruby>
desk-password = パスワード
desk-sign-in = サインイン
desk-sign-in-missing = ユーザー<ruby>名<rt>めい</rt></ruby>と パスワードを <ruby>入<rt>い</rt></ruby>れてください。
desk-sign-in-wrong = ユーザー<ruby>名<rt>めい</rt></ruby>か パスワードが ちがいます。
desk-sign-in-throttled = <ruby>何回<rt>なんかい</rt></ruby>も まちがえました。すこし <ruby>待<rt>ま</rt></ruby>ってから やってください。
desk-session-expired = サインインの <ruby>時間<rt>じかん</rt></ruby>が おわりました。もう <ruby>一度<rt>いちど</rt></ruby> サインインしてください。
desk-choose-counter = この <ruby>画面<rt>がめん</rt></ruby>の <ruby>窓口<rt>まどぐち</rt></ruby>を <ruby>選<rt>えら</rt></ruby>んでください
desk-current-title = この <ruby>窓口<rt>まどぐち</rt></ruby>で <ruby>今<rt>いま</rt></ruby> <ruby>話<rt>はな</rt></ruby>している <ruby>人<rt>ひと</rt></ruby>
desk-current-empty = <ruby>今<rt>いま</rt></ruby>は だれも いません。「つぎを よぶ」を おしてください。
desk-service = <ruby>手続<rt>てつづ</rt></ruby>き
desk-ticket-language = ことば
desk-waited = <ruby>待<rt>ま</rt></ruby>った <ruby>時間<rt>じかん</rt></ruby>
desk-called-at = よんだ <ruby>時間<rt>じかん</rt></ruby>
desk-called-ago = { $time }（{ $minutes }<ruby>分<rt>ふん</rt></ruby> <ruby>前<rt>まえ</rt></ruby>）
desk-journey = <ruby>手続<rt>てつづ</rt></ruby>きの じゅんばん
desk-step-pending = これから
desk-step-current = <ruby>今<rt>いま</rt></ruby>
desk-step-done = おわり
desk-step-skipped = しない
desk-status-called = よんでいます
desk-status-serving = <ruby>話<rt>はな</rt></ruby>しています
desk-recalls = もう <ruby>一度<rt>いちど</rt></ruby> よんだ：{ $count }<ruby>回<rt>かい</rt></ruby>
desk-minutes = { $minutes }<ruby>分<rt>ふん</rt></ruby>
desk-actions = そうさ
desk-call-next = つぎを よぶ
desk-recall = もう <ruby>一度<rt>いちど</rt></ruby> よぶ
desk-start = <ruby>始<rt>はじ</rt></ruby>める
desk-no-show = いない
desk-transfer = ほかへ おくる
desk-finish = おわり
desk-did-call = { $number } を よびました
desk-did-recall = { $number } を もう <ruby>一度<rt>いちど</rt></ruby> よびました
desk-did-start = { $number } を <ruby>始<rt>はじ</rt></ruby>めました
desk-did-no-show = { $number } は いませんでした
desk-did-finish = { $number } が おわりました
desk-did-transfer = { $number } を ほかへ おくりました
desk-nobody-waiting = この <ruby>窓口<rt>まどぐち</rt></ruby>を <ruby>待<rt>ま</rt></ruby>っている <ruby>人<rt>ひと</rt></ruby>は いません
desk-error-offline = つながりません。できていないかもしれません。
desk-error-forbidden = これは できません。
desk-error-conflict = <ruby>番号<rt>ばんごう</rt></ruby>の ようすが かわりました。リストを <ruby>見<rt>み</rt></ruby>てください。
desk-error-not-found = この <ruby>番号<rt>ばんごう</rt></ruby>は ありません。
desk-error-unavailable = <ruby>今<rt>いま</rt></ruby>、つかえません。すこし <ruby>待<rt>ま</rt></ruby>ってから やってください。
desk-error-other = できませんでした。
desk-waiting-title = この <ruby>窓口<rt>まどぐち</rt></ruby>を <ruby>待<rt>ま</rt></ruby>っている <ruby>人<rt>ひと</rt></ruby>
desk-waiting-empty = <ruby>待<rt>ま</rt></ruby>っている <ruby>人<rt>ひと</rt></ruby>は いません
desk-col-number = <ruby>番号<rt>ばんごう</rt></ruby>
desk-col-service = <ruby>手続<rt>てつづ</rt></ruby>き
desk-col-language = ことば
desk-col-waiting = <ruby>待<rt>ま</rt></ruby>った <ruby>時間<rt>じかん</rt></ruby>
desk-longest = いちばん <ruby>長<rt>なが</rt></ruby>い
desk-queue-figures = { $count }<ruby>人<rt>にん</rt></ruby>・だいたい { $minutes }<ruby>分<rt>ふん</rt></ruby>
desk-live = つながっています
desk-connecting = つないでいます
desk-offline = つながっていません
desk-transfer-title = { $number } を ほかへ おくる
desk-transfer-to = おくるところ
desk-transfer-queue = <ruby>列<rt>れつ</rt></ruby>
desk-transfer-service = <ruby>手続<rt>てつづ</rt></ruby>き
desk-transfer-confirm = おくる
desk-cancel = やめる
desk-printer-attention = プリンター「{ $printer }」を <ruby>見<rt>み</rt></ruby>てください（<ruby>紙<rt>かみ</rt></ruby>・<ruby>電源<rt>でんげん</rt></ruby>・ケーブル）。
desk-dismiss = とじる
desk-journey-skip = しない
desk-journey-skip-label = { $position }ばんめの <ruby>手続<rt>てつづ</rt></ruby>きを しない：{ $section }・{ $service }
desk-journey-add = <ruby>手続<rt>てつづ</rt></ruby>きを ふやす
desk-skip-title = { $number } の <ruby>手続<rt>てつづ</rt></ruby>きを ひとつ しない ことに しますか？
desk-skip-text = { $number } は { $section }（{ $service }）に <ruby>行<rt>い</rt></ruby>きません。ほかの <ruby>手続<rt>てつづ</rt></ruby>きは そのままです。
desk-skip-confirm = この <ruby>手続<rt>てつづ</rt></ruby>きを しない
desk-add-title = { $number } に <ruby>手続<rt>てつづ</rt></ruby>きを ふやす
desk-add-hint = この <ruby>窓口<rt>まどぐち</rt></ruby>の あと、{ $number } は おなじ <ruby>番号<rt>ばんごう</rt></ruby>で、えらんだ <ruby>手続<rt>てつづ</rt></ruby>きの <ruby>窓口<rt>まどぐち</rt></ruby>で <ruby>待<rt>ま</rt></ruby>ちます。
desk-add-service = ふやす <ruby>手続<rt>てつづ</rt></ruby>き
desk-add-confirm = ふやす
desk-did-skip = { $number }：{ $section }は しない ことに しました
desk-did-add = { $number }：この <ruby>窓口<rt>まどぐち</rt></ruby>の あとに { $service }を ふやしました
desk-error-step-changed = この <ruby>番号<rt>ばんごう</rt></ruby>の <ruby>手続<rt>てつづ</rt></ruby>きが かわりました。たしかめてから、もう <ruby>一度<rt>いちど</rt></ruby> やってください。
desk-error-unknown-service = ここでは その <ruby>手続<rt>てつづ</rt></ruby>きは できません。

## Waiting-room display

board-page-title = よびだしの <ruby>画面<rt>がめん</rt></ruby>
board-reconnecting = つながりが きれました。つなぎなおしています…
board-not-set-up = この <ruby>画面<rt>がめん</rt></ruby>は まだ つかえません
board-now-calling = <ruby>今<rt>いま</rt></ruby> よんでいる <ruby>番号<rt>ばんごう</rt></ruby>
board-no-calls = <ruby>番号<rt>ばんごう</rt></ruby>が よばれるまで <ruby>待<rt>ま</rt></ruby>ってください
board-recent = <ruby>前<rt>まえ</rt></ruby>に よんだ <ruby>番号<rt>ばんごう</rt></ruby>
board-col-number = <ruby>番号<rt>ばんごう</rt></ruby>
board-col-counter = <ruby>窓口<rt>まどぐち</rt></ruby>
board-col-time = <ruby>時間<rt>じかん</rt></ruby>
board-waiting = <ruby>待<rt>ま</rt></ruby>っている <ruby>人<rt>ひと</rt></ruby>と <ruby>待<rt>ま</rt></ruby>つ <ruby>時間<rt>じかん</rt></ruby>
board-waiting-count = { $count }<ruby>人<rt>にん</rt></ruby> <ruby>待<rt>ま</rt></ruby>ち
board-wait-minutes = だいたい { $minutes }<ruby>分<rt>ふん</rt></ruby>
board-wait-none = <ruby>待<rt>ま</rt></ruby>ちません
board-badge-new = <ruby>新<rt>あたら</rt></ruby>しい
board-badge-recalled = もう <ruby>一度<rt>いちど</rt></ruby>
board-live-called = { $number } の <ruby>人<rt>ひと</rt></ruby>、{ $counter }へ <ruby>来<rt>き</rt></ruby>てください
board-live-recalled = { $number } の <ruby>人<rt>ひと</rt></ruby>、もう <ruby>一度<rt>いちど</rt></ruby> よびます。{ $counter }へ <ruby>来<rt>き</rt></ruby>てください
board-sound-on = <ruby>音<rt>おと</rt></ruby> あり
board-sound-off = <ruby>音<rt>おと</rt></ruby> なし
board-sound-blocked = <ruby>音<rt>おと</rt></ruby>を <ruby>出<rt>だ</rt></ruby>す
board-notice-wait = <ruby>番号<rt>ばんごう</rt></ruby>が よばれるまで、いすに すわって <ruby>待<rt>ま</rt></ruby>ってください。
board-notice-watch = <ruby>画面<rt>がめん</rt></ruby>に <ruby>番号<rt>ばんごう</rt></ruby>が <ruby>出<rt>で</rt></ruby>たら、その <ruby>窓口<rt>まどぐち</rt></ruby>へ <ruby>行<rt>い</rt></ruby>ってください。
board-notice-phone = <ruby>番号<rt>ばんごう</rt></ruby>の <ruby>紙<rt>かみ</rt></ruby>の QRコードを よみとると、スマートフォンで <ruby>順番<rt>じゅんばん</rt></ruby>が わかります。
board-notice-help = こまったときは、<ruby>近<rt>ちか</rt></ruby>くの <ruby>係<rt>かかり</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>に <ruby>聞<rt>き</rt></ruby>いてください。

## Phone ticket page

phone-page-title = あなたの <ruby>番号<rt>ばんごう</rt></ruby>
phone-language = ことば
phone-offline = つながりが きれました。つなぎなおしています。<ruby>古<rt>ふる</rt></ruby>い じょうほうかもしれません。
phone-called-title = あなたの <ruby>番<rt>ばん</rt></ruby>です
phone-called-text = { $counter }へ <ruby>来<rt>き</rt></ruby>てください。
phone-near = もうすぐ あなたの <ruby>番<rt>ばん</rt></ruby>です。<ruby>待<rt>ま</rt></ruby>つところへ もどってください。
phone-your-number = あなたの <ruby>番号<rt>ばんごう</rt></ruby>
phone-ahead = あなたの <ruby>前<rt>まえ</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>
phone-ahead-none = つぎは あなたです
phone-people-count = { $count }<ruby>人<rt>にん</rt></ruby>
phone-estimated-wait = <ruby>待<rt>ま</rt></ruby>つ <ruby>時間<rt>じかん</rt></ruby>（だいたい）
phone-wait-minutes = だいたい { $minutes }<ruby>分<rt>ふん</rt></ruby>
phone-wait-none = もうすぐ
phone-wait-unknown = しらべています
phone-where = <ruby>行<rt>い</rt></ruby>くところ
phone-journey = <ruby>手続<rt>てつづ</rt></ruby>きの じゅんばん
phone-step-pending = これから
phone-step-current = <ruby>今<rt>いま</rt></ruby> ここ
phone-step-done = おわり
phone-step-skipped = しない
phone-status-waiting = <ruby>順番<rt>じゅんばん</rt></ruby>を <ruby>待<rt>ま</rt></ruby>ってください
phone-status-called = { $counter }へ <ruby>来<rt>き</rt></ruby>てください
phone-status-serving = { $counter }で <ruby>話<rt>はな</rt></ruby>しています
phone-status-done = <ruby>手続<rt>てつづ</rt></ruby>きは おわりました。ありがとうございました。
phone-status-no-show = よびましたが、いませんでした。<ruby>係<rt>かかり</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>に <ruby>聞<rt>き</rt></ruby>いてください。
phone-status-cancelled = この <ruby>番号<rt>ばんごう</rt></ruby>は とりけしました。
phone-status-expired = この <ruby>番号<rt>ばんごう</rt></ruby>は { $day }の ものです。<ruby>今<rt>いま</rt></ruby>は つかえません。
phone-not-found = <ruby>番号<rt>ばんごう</rt></ruby>が みつかりません
phone-not-found-help = もう <ruby>一度<rt>いちど</rt></ruby> QRコードを よみとるか、<ruby>係<rt>かかり</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>に <ruby>聞<rt>き</rt></ruby>いてください。
phone-updated-live = { $time }に <ruby>新<rt>あたら</rt></ruby>しく しました（<ruby>自動<rt>じどう</rt></ruby>で かわります）
phone-updated-at = { $time }の じょうほう
phone-help = わからないときは <ruby>係<rt>かかり</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>に <ruby>聞<rt>き</rt></ruby>いてください
phone-notify-button = <ruby>番<rt>ばん</rt></ruby>が <ruby>近<rt>ちか</rt></ruby>くなったら しらせる
phone-notify-on = あなたの <ruby>番<rt>ばん</rt></ruby>が <ruby>近<rt>ちか</rt></ruby>くなると、この でんわに しらせが きます。
phone-notify-blocked = この ページの しらせは とまっています。ページを あけたままに してください。<ruby>画面<rt>がめん</rt></ruby>と <ruby>音<rt>おと</rt></ruby>で しらせます。
# Floors of the office building, counted as the resident counts them (see localize::floor).
floor-number = { $n }<ruby>階<rt>かい</rt></ruby>
floor-ground = 1<ruby>階<rt>かい</rt></ruby>
# Office names and numbered counters (see localize::office and localize::counter).
office-yahatanishi = <ruby>八幡西区役所<rt>やはたにしくやくしょ</rt></ruby>
office-orio = <ruby>折尾<rt>おりお</rt></ruby> <ruby>出張所<rt>しゅっちょうじょ</rt></ruby>
office-kojaku = <ruby>上津役<rt>こうじゃく</rt></ruby> <ruby>出張所<rt>しゅっちょうじょ</rt></ruby>
office-yahataminami = <ruby>八幡南<rt>やはたみなみ</rt></ruby> <ruby>出張所<rt>しゅっちょうじょ</rt></ruby>
counter-number = { $n }<ruby>番<rt>ばん</rt></ruby> <ruby>窓口<rt>まどぐち</rt></ruby>

# What the board shows between calls, and over everything in an emergency.
board-notices = <ruby>区役所<rt>くやくしょ</rt></ruby>からの おしらせ
board-alert = <ruby>緊急<rt>きんきゅう</rt></ruby>の おしらせ
board-alert-exercise = <ruby>訓練<rt>くんれん</rt></ruby>（れんしゅう）

# The portal of the ward's services (/m/).
portal-title = <ruby>八幡西区役所<rt>やはたにしくやくしょ</rt></ruby>の サービス
portal-intro = <ruby>区役所<rt>くやくしょ</rt></ruby>の <ruby>窓口<rt>まどぐち</rt></ruby>と、<ruby>地域<rt>ちいき</rt></ruby>の とりくみを しょうかいします。
portal-counters = <ruby>窓口<rt>まどぐち</rt></ruby>の こみぐあい
portal-calendar = こみぐあいの カレンダー
portal-modules = <ruby>地域<rt>ちいき</rt></ruby>の とりくみ
portal-no-modules = じゅんびを しています。
portal-partners = お<ruby>店<rt>みせ</rt></ruby>・<ruby>施設<rt>しせつ</rt></ruby>・グループの かたへ
portal-join = しょうたいコードで メンバーに なる
portal-moderation = とうこうの かくにん（しょくいん）
