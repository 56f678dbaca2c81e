# Madoguchi resident guidance — やさしい日本語 (ja-x-easy).
# Rewrite of ../ja/guidance.ftl in easy Japanese (出入国在留管理庁・文化庁
# 「在留支援のためのやさしい日本語ガイドライン」): short sentences, です/ます,
# Western-calendar years, words separated by spaces, furigana on every kanji
# as HTML ruby (<ruby>漢字<rt>かんじ</rt></ruby>).
# Plain text only: no placeables (curly braces) in values.

## Categories

cat-moving = <ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>し
cat-certificates = <ruby>証明書<rt>しょうめいしょ</rt></ruby>
cat-my-number = マイナンバーカード
cat-children = <ruby>妊娠<rt>にんしん</rt></ruby>・<ruby>出産<rt>しゅっさん</rt></ruby>・<ruby>子育<rt>こそだ</rt></ruby>て
cat-marriage = <ruby>結婚<rt>けっこん</rt></ruby>・<ruby>離婚<rt>りこん</rt></ruby>・<ruby>戸籍<rt>こせき</rt></ruby>
cat-bereavement = <ruby>家族<rt>かぞく</rt></ruby>が <ruby>亡<rt>な</rt></ruby>くなった とき
cat-insurance-pension = <ruby>国民健康保険<rt>こくみんけんこうほけん</rt></ruby>・<ruby>年金<rt>ねんきん</rt></ruby>
cat-elderly-care = お<ruby>年寄<rt>としよ</rt></ruby>り・<ruby>介護<rt>かいご</rt></ruby>・<ruby>障害<rt>しょうがい</rt></ruby>
cat-welfare = <ruby>健康<rt>けんこう</rt></ruby>・<ruby>福祉<rt>ふくし</rt></ruby>・<ruby>生活<rt>せいかつ</rt></ruby>の <ruby>相談<rt>そうだん</rt></ruby>
cat-community = <ruby>地域<rt>ちいき</rt></ruby>・<ruby>道路<rt>どうろ</rt></ruby>・<ruby>公園<rt>こうえん</rt></ruby>・その ほか

## Sections

sec-somu-kikaku = <ruby>総務企画課<rt>そうむきかくか</rt></ruby>
sec-community-shien = コミュニティ<ruby>支援課<rt>しえんか</rt></ruby>
sec-shimin = <ruby>市民課<rt>しみんか</rt></ruby>
sec-kokuho-nenkin = <ruby>国保年金課<rt>こくほねんきんか</rt></ruby>
sec-machizukuri = まちづくり<ruby>整備課<rt>せいびか</rt></ruby>
sec-hoken-fukushi = <ruby>保健福祉課<rt>ほけんふくしか</rt></ruby>
sec-hogo-1 = <ruby>保護第一課<rt>ほごだいいっか</rt></ruby>
sec-hogo-2 = <ruby>保護第二課<rt>ほごだいにか</rt></ruby>
sec-orio-branch = <ruby>折尾出張所<rt>おりおしゅっちょうじょ</rt></ruby>
sec-kojaku-branch = <ruby>上津役出張所<rt>こうじゃくしゅっちょうじょ</rt></ruby>
sec-yahataminami-branch = <ruby>八幡南出張所<rt>やはたみなみしゅっちょうじょ</rt></ruby>

## Services — 市民課

svc-moving-in = <ruby>転入届<rt>てんにゅうとどけ</rt></ruby>（ほかの <ruby>市<rt>し</rt></ruby>や <ruby>町<rt>まち</rt></ruby>から <ruby>来<rt>き</rt></ruby>た とき）
    .description = ほかの <ruby>市<rt>し</rt></ruby>や <ruby>町<rt>まち</rt></ruby>から <ruby>北九州市<rt>きたきゅうしゅうし</rt></ruby>に <ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>して きた ときの <ruby>届<rt>とど</rt></ruby>けです。
    .who = <ruby>新<rt>あたら</rt></ruby>しい <ruby>住所<rt>じゅうしょ</rt></ruby>に <ruby>住<rt>す</rt></ruby>む <ruby>人<rt>ひと</rt></ruby>か、<ruby>同<rt>おな</rt></ruby>じ <ruby>世帯<rt>せたい</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>です。<ruby>代<rt>か</rt></ruby>わりの <ruby>人<rt>ひと</rt></ruby>が <ruby>来<rt>く</rt></ruby>る ときは、<ruby>委任状<rt>いにんじょう</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>です。
    .bring = <ruby>転出証明書<rt>てんしゅつしょうめいしょ</rt></ruby>（マイナンバーカードで <ruby>転出<rt>てんしゅつ</rt></ruby>した <ruby>人<rt>ひと</rt></ruby>は いりません）
        <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
        マイナンバーカード（<ruby>持<rt>も</rt></ruby>って いる <ruby>人<rt>ひと</rt></ruby> <ruby>全員<rt>ぜんいん</rt></ruby>の <ruby>分<rt>ぶん</rt></ruby>）
        <ruby>在留<rt>ざいりゅう</rt></ruby>カード（<ruby>外国<rt>がいこく</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>は <ruby>世帯<rt>せたい</rt></ruby>の <ruby>全員<rt>ぜんいん</rt></ruby>の <ruby>分<rt>ぶん</rt></ruby>）
        パスポート（<ruby>外国<rt>がいこく</rt></ruby>から <ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>して きた <ruby>人<rt>ひと</rt></ruby>）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 20～30<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = <ruby>住<rt>す</rt></ruby>み<ruby>始<rt>はじ</rt></ruby>めてから 14<ruby>日<rt>にち</rt></ruby><ruby>以内<rt>いない</rt></ruby>
    .notes = この <ruby>後<rt>あと</rt></ruby>で、<ruby>国民健康保険<rt>こくみんけんこうほけん</rt></ruby>・<ruby>国民年金<rt>こくみんねんきん</rt></ruby>・<ruby>児童手当<rt>じどうてあて</rt></ruby>などの <ruby>手続<rt>てつづ</rt></ruby>きが <ruby>必要<rt>ひつよう</rt></ruby>な ことが あります。

svc-moving-out = <ruby>転出届<rt>てんしゅつとどけ</rt></ruby>（ほかの <ruby>市<rt>し</rt></ruby>や <ruby>町<rt>まち</rt></ruby>へ <ruby>行<rt>い</rt></ruby>く とき）
    .description = <ruby>北九州市<rt>きたきゅうしゅうし</rt></ruby>から ほかの <ruby>市<rt>し</rt></ruby>や <ruby>町<rt>まち</rt></ruby>へ <ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>す ときの <ruby>届<rt>とど</rt></ruby>けです。<ruby>外国<rt>がいこく</rt></ruby>へ <ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>す ときも <ruby>必要<rt>ひつよう</rt></ruby>です。
    .who = <ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>す <ruby>人<rt>ひと</rt></ruby>か、<ruby>同<rt>おな</rt></ruby>じ <ruby>世帯<rt>せたい</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>です。<ruby>代<rt>か</rt></ruby>わりの <ruby>人<rt>ひと</rt></ruby>が <ruby>来<rt>く</rt></ruby>る ときは、<ruby>委任状<rt>いにんじょう</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>です。
    .bring = <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
        マイナンバーカード（<ruby>持<rt>も</rt></ruby>って いる <ruby>人<rt>ひと</rt></ruby> <ruby>全員<rt>ぜんいん</rt></ruby>の <ruby>分<rt>ぶん</rt></ruby>）
        <ruby>国民健康保険<rt>こくみんけんこうほけん</rt></ruby>などの <ruby>資格確認書<rt>しかくかくにんしょ</rt></ruby>（<ruby>入<rt>はい</rt></ruby>って いる <ruby>人<rt>ひと</rt></ruby>）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 15<ruby>分<rt>ふん</rt></ruby>ぐらい
    .deadline = <ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>す <ruby>前<rt>まえ</rt></ruby>に <ruby>出<rt>だ</rt></ruby>します（14<ruby>日<rt>にち</rt></ruby>ぐらい <ruby>前<rt>まえ</rt></ruby>から できます）。<ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>した <ruby>後<rt>あと</rt></ruby>は 14<ruby>日<rt>にち</rt></ruby><ruby>以内<rt>いない</rt></ruby>です。
    .notes = マイナンバーカードが あれば、マイナポータルで インターネットから <ruby>出<rt>だ</rt></ruby>す ことも できます。その ときは、<ruby>転出証明書<rt>てんしゅつしょうめいしょ</rt></ruby>は <ruby>出<rt>で</rt></ruby>ません。

svc-moving-within = <ruby>転居届<rt>てんきょとどけ</rt></ruby>（<ruby>北九州市<rt>きたきゅうしゅうし</rt></ruby>の <ruby>中<rt>なか</rt></ruby>で <ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>した とき）
    .description = <ruby>北九州市<rt>きたきゅうしゅうし</rt></ruby>の <ruby>中<rt>なか</rt></ruby>で <ruby>住所<rt>じゅうしょ</rt></ruby>が <ruby>変<rt>か</rt></ruby>わった ときの <ruby>届<rt>とど</rt></ruby>けです。<ruby>市<rt>し</rt></ruby>の ほかの <ruby>区<rt>く</rt></ruby>から <ruby>八幡西区<rt>やはたにしく</rt></ruby>に <ruby>来<rt>き</rt></ruby>た ときも、ここで <ruby>出<rt>だ</rt></ruby>します。
    .who = <ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>した <ruby>人<rt>ひと</rt></ruby>か、<ruby>同<rt>おな</rt></ruby>じ <ruby>世帯<rt>せたい</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>です。<ruby>代<rt>か</rt></ruby>わりの <ruby>人<rt>ひと</rt></ruby>が <ruby>来<rt>く</rt></ruby>る ときは、<ruby>委任状<rt>いにんじょう</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>です。
    .bring = <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
        マイナンバーカード（<ruby>持<rt>も</rt></ruby>って いる <ruby>人<rt>ひと</rt></ruby> <ruby>全員<rt>ぜんいん</rt></ruby>の <ruby>分<rt>ぶん</rt></ruby>）
        <ruby>在留<rt>ざいりゅう</rt></ruby>カード（<ruby>外国<rt>がいこく</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>は <ruby>世帯<rt>せたい</rt></ruby>の <ruby>全員<rt>ぜんいん</rt></ruby>の <ruby>分<rt>ぶん</rt></ruby>）
        <ruby>国民健康保険<rt>こくみんけんこうほけん</rt></ruby>などの <ruby>資格確認書<rt>しかくかくにんしょ</rt></ruby>（<ruby>入<rt>はい</rt></ruby>って いる <ruby>人<rt>ひと</rt></ruby>）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 20<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = <ruby>住<rt>す</rt></ruby>み<ruby>始<rt>はじ</rt></ruby>めてから 14<ruby>日<rt>にち</rt></ruby><ruby>以内<rt>いない</rt></ruby>
    .notes = ほかの <ruby>区<rt>く</rt></ruby>から <ruby>来<rt>き</rt></ruby>た <ruby>人<rt>ひと</rt></ruby>は、<ruby>前<rt>まえ</rt></ruby>の <ruby>区<rt>く</rt></ruby>での <ruby>手続<rt>てつづ</rt></ruby>きは いりません。<ruby>子<rt>こ</rt></ruby>ども<ruby>医療証<rt>いりょうしょう</rt></ruby>や <ruby>児童手当<rt>じどうてあて</rt></ruby>なども、<ruby>住所<rt>じゅうしょ</rt></ruby>の <ruby>変更<rt>へんこう</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>な ことが あります。

svc-household-change = <ruby>世帯変更届<rt>せたいへんこうとどけ</rt></ruby>（<ruby>世帯主<rt>せたいぬし</rt></ruby>の <ruby>変更<rt>へんこう</rt></ruby>など）
    .description = <ruby>同<rt>おな</rt></ruby>じ <ruby>住所<rt>じゅうしょ</rt></ruby>で、<ruby>世帯主<rt>せたいぬし</rt></ruby>が <ruby>変<rt>か</rt></ruby>わる とき、<ruby>世帯<rt>せたい</rt></ruby>を <ruby>分<rt>わ</rt></ruby>ける とき、<ruby>一<rt>ひと</rt></ruby>つに する ときの <ruby>届<rt>とど</rt></ruby>けです。
    .who = <ruby>本人<rt>ほんにん</rt></ruby>か、<ruby>同<rt>おな</rt></ruby>じ <ruby>世帯<rt>せたい</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>です。<ruby>代<rt>か</rt></ruby>わりの <ruby>人<rt>ひと</rt></ruby>が <ruby>来<rt>く</rt></ruby>る ときは、<ruby>委任状<rt>いにんじょう</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>です。
    .bring = <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
        <ruby>国民健康保険<rt>こくみんけんこうほけん</rt></ruby>などの <ruby>資格確認書<rt>しかくかくにんしょ</rt></ruby>（<ruby>入<rt>はい</rt></ruby>って いる <ruby>人<rt>ひと</rt></ruby>）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 15<ruby>分<rt>ふん</rt></ruby>ぐらい
    .deadline = <ruby>変<rt>か</rt></ruby>わった <ruby>日<rt>ひ</rt></ruby>から 14<ruby>日<rt>にち</rt></ruby><ruby>以内<rt>いない</rt></ruby>
    .notes = <ruby>世帯主<rt>せたいぬし</rt></ruby>が <ruby>亡<rt>な</rt></ruby>くなった ときや <ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>した ときも、<ruby>必要<rt>ひつよう</rt></ruby>な ことが あります。<ruby>生活費<rt>せいかつひ</rt></ruby>が <ruby>一緒<rt>いっしょ</rt></ruby>の ときは、<ruby>世帯<rt>せたい</rt></ruby>を <ruby>分<rt>わ</rt></ruby>けられない ことが あります。

svc-school-enrolment = <ruby>学校<rt>がっこう</rt></ruby>の <ruby>手続<rt>てつづ</rt></ruby>き（<ruby>転入学通知書<rt>てんにゅうがくつうちしょ</rt></ruby>）
    .description = <ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>しで、<ruby>市<rt>し</rt></ruby>の <ruby>小学校<rt>しょうがっこう</rt></ruby>・<ruby>中学校<rt>ちゅうがっこう</rt></ruby>に <ruby>入<rt>はい</rt></ruby>る ときや <ruby>転校<rt>てんこう</rt></ruby>する ときに、<ruby>転入学通知書<rt>てんにゅうがくつうちしょ</rt></ruby>を わたします。
    .who = <ruby>子<rt>こ</rt></ruby>どもの <ruby>親<rt>おや</rt></ruby>などです。
    .bring = <ruby>前<rt>まえ</rt></ruby>の <ruby>学校<rt>がっこう</rt></ruby>で もらった <ruby>在学証明書<rt>ざいがくしょうめいしょ</rt></ruby>・<ruby>教科書給与証明書<rt>きょうかしょきゅうよしょうめいしょ</rt></ruby>（<ruby>持<rt>も</rt></ruby>って いる とき）
        <ruby>親<rt>おや</rt></ruby>などの <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 10～15<ruby>分<rt>ふん</rt></ruby>ぐらい（<ruby>転入届<rt>てんにゅうとどけ</rt></ruby>・<ruby>転居届<rt>てんきょとどけ</rt></ruby>の <ruby>後<rt>あと</rt></ruby>に、<ruby>続<rt>つづ</rt></ruby>けて <ruby>手続<rt>てつづ</rt></ruby>き できます）
    .deadline = <ruby>転入届<rt>てんにゅうとどけ</rt></ruby>・<ruby>転居届<rt>てんきょとどけ</rt></ruby>と <ruby>同<rt>おな</rt></ruby>じ ときに <ruby>手続<rt>てつづ</rt></ruby>きを します。<ruby>新<rt>あたら</rt></ruby>しい <ruby>学校<rt>がっこう</rt></ruby>には <ruby>早<rt>はや</rt></ruby>めに <ruby>連絡<rt>れんらく</rt></ruby>して ください。
    .notes = <ruby>転入学通知書<rt>てんにゅうがくつうちしょ</rt></ruby>を <ruby>持<rt>も</rt></ruby>って、<ruby>新<rt>あたら</rt></ruby>しい <ruby>学校<rt>がっこう</rt></ruby>で <ruby>手続<rt>てつづ</rt></ruby>きを して ください。<ruby>小学校<rt>しょうがっこう</rt></ruby>に <ruby>入学<rt>にゅうがく</rt></ruby>する <ruby>子<rt>こ</rt></ruby>どもには、<ruby>入学<rt>にゅうがく</rt></ruby>する <ruby>年<rt>とし</rt></ruby>の 1<ruby>月<rt>がつ</rt></ruby>の <ruby>終<rt>お</rt></ruby>わりまでに、<ruby>入学通知書<rt>にゅうがくつうちしょ</rt></ruby>が <ruby>郵便<rt>ゆうびん</rt></ruby>で <ruby>届<rt>とど</rt></ruby>きます。

svc-seal-registration = <ruby>印鑑登録<rt>いんかんとうろく</rt></ruby>（はんこの <ruby>登録<rt>とうろく</rt></ruby>）
    .description = <ruby>実印<rt>じついん</rt></ruby>に する はんこを <ruby>登録<rt>とうろく</rt></ruby>します。<ruby>登録<rt>とうろく</rt></ruby>すると、<ruby>印鑑登録証<rt>いんかんとうろくしょう</rt></ruby>（<ruby>北九州市民<rt>きたきゅうしゅうしみん</rt></ruby>カード）を わたします。
    .who = <ruby>北九州市<rt>きたきゅうしゅうし</rt></ruby>に <ruby>住民登録<rt>じゅうみんとうろく</rt></ruby>が ある 15<ruby>歳<rt>さい</rt></ruby><ruby>以上<rt>いじょう</rt></ruby>の <ruby>本人<rt>ほんにん</rt></ruby>です。<ruby>代<rt>か</rt></ruby>わりの <ruby>人<rt>ひと</rt></ruby>が <ruby>来<rt>く</rt></ruby>る ときは、<ruby>登録<rt>とうろく</rt></ruby>は <ruby>後<rt>あと</rt></ruby>の <ruby>日<rt>ひ</rt></ruby>に なります。
    .bring = <ruby>登録<rt>とうろく</rt></ruby>する はんこ（ゴムの はんこは <ruby>使<rt>つか</rt></ruby>えません）
        <ruby>顔写真<rt>かおじゃしん</rt></ruby>が ある <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 15<ruby>分<rt>ふん</rt></ruby>ぐらい
    .deadline = ありません。
    .notes = <ruby>顔写真<rt>かおじゃしん</rt></ruby>が ある <ruby>書類<rt>しょるい</rt></ruby>を <ruby>持<rt>も</rt></ruby>って いない ときは、<ruby>家<rt>いえ</rt></ruby>に <ruby>手紙<rt>てがみ</rt></ruby>を <ruby>送<rt>おく</rt></ruby>ります。<ruby>登録<rt>とうろく</rt></ruby>は その <ruby>後<rt>あと</rt></ruby>に なります。<ruby>市内<rt>しない</rt></ruby>で <ruby>印鑑登録<rt>いんかんとうろく</rt></ruby>を して いる <ruby>保証人<rt>ほしょうにん</rt></ruby>と <ruby>一緒<rt>いっしょ</rt></ruby>に <ruby>来<rt>く</rt></ruby>ると、その <ruby>日<rt>ひ</rt></ruby>に <ruby>登録<rt>とうろく</rt></ruby>できます。

svc-residence-certificate = <ruby>住民票<rt>じゅうみんひょう</rt></ruby>の <ruby>写<rt>うつ</rt></ruby>し
    .description = <ruby>住所<rt>じゅうしょ</rt></ruby>や <ruby>世帯<rt>せたい</rt></ruby>（<ruby>一緒<rt>いっしょ</rt></ruby>に <ruby>住<rt>す</rt></ruby>む <ruby>家族<rt>かぞく</rt></ruby>）を <ruby>証明<rt>しょうめい</rt></ruby>する <ruby>紙<rt>かみ</rt></ruby>です。
    .who = <ruby>本人<rt>ほんにん</rt></ruby>か、<ruby>同<rt>おな</rt></ruby>じ <ruby>世帯<rt>せたい</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>です。ほかの <ruby>人<rt>ひと</rt></ruby>は <ruby>委任状<rt>いにんじょう</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>です。
    .bring = <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
        <ruby>委任状<rt>いにんじょう</rt></ruby>（<ruby>代<rt>か</rt></ruby>わりの <ruby>人<rt>ひと</rt></ruby>が <ruby>来<rt>く</rt></ruby>る とき）
    .fee = 1<ruby>通<rt>つう</rt></ruby> 300<ruby>円<rt>えん</rt></ruby>
    .time = 10<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = ありません。
    .notes = マイナンバーカードが あれば、コンビニでも もらえます。マイナンバーが <ruby>書<rt>か</rt></ruby>いて ある <ruby>写<rt>うつ</rt></ruby>しが ほしい ときは、<ruby>申請書<rt>しんせいしょ</rt></ruby>に そう <ruby>書<rt>か</rt></ruby>いて ください。

svc-family-register-certificate = <ruby>戸籍<rt>こせき</rt></ruby>の <ruby>証明<rt>しょうめい</rt></ruby>（<ruby>謄本<rt>とうほん</rt></ruby>・<ruby>抄本<rt>しょうほん</rt></ruby>）
    .description = <ruby>戸籍<rt>こせき</rt></ruby>を <ruby>証明<rt>しょうめい</rt></ruby>する <ruby>紙<rt>かみ</rt></ruby>です。<ruby>全員<rt>ぜんいん</rt></ruby>の <ruby>分<rt>ぶん</rt></ruby>（<ruby>謄本<rt>とうほん</rt></ruby>）と、<ruby>一部<rt>いちぶ</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>の <ruby>分<rt>ぶん</rt></ruby>（<ruby>抄本<rt>しょうほん</rt></ruby>）が あります。
    .who = <ruby>戸籍<rt>こせき</rt></ruby>に <ruby>書<rt>か</rt></ruby>いて ある <ruby>本人<rt>ほんにん</rt></ruby>、<ruby>夫<rt>おっと</rt></ruby>や <ruby>妻<rt>つま</rt></ruby>、<ruby>親<rt>おや</rt></ruby>・<ruby>祖父母<rt>そふぼ</rt></ruby>、<ruby>子<rt>こ</rt></ruby>ども・<ruby>孫<rt>まご</rt></ruby>などです。ほかの <ruby>人<rt>ひと</rt></ruby>は <ruby>委任状<rt>いにんじょう</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>です。
    .bring = <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
        <ruby>本籍<rt>ほんせき</rt></ruby>と <ruby>筆頭者<rt>ひっとうしゃ</rt></ruby>が わかる メモ
        <ruby>委任状<rt>いにんじょう</rt></ruby>（<ruby>代<rt>か</rt></ruby>わりの <ruby>人<rt>ひと</rt></ruby>が <ruby>来<rt>く</rt></ruby>る とき）
    .fee = 1<ruby>通<rt>つう</rt></ruby> 450<ruby>円<rt>えん</rt></ruby>（<ruby>除籍<rt>じょせき</rt></ruby>・<ruby>改製原戸籍<rt>かいせいげんこせき</rt></ruby>は 1<ruby>通<rt>つう</rt></ruby> 750<ruby>円<rt>えん</rt></ruby>）
    .time = 10<ruby>分<rt>ぷん</rt></ruby>ぐらい（ほかの <ruby>市<rt>し</rt></ruby>や <ruby>町<rt>まち</rt></ruby>の <ruby>戸籍<rt>こせき</rt></ruby>は、1<ruby>時間<rt>じかん</rt></ruby><ruby>以上<rt>いじょう</rt></ruby> かかる ことが あります）
    .deadline = ありません。
    .notes = 2024<ruby>年<rt>ねん</rt></ruby>3<ruby>月<rt>がつ</rt></ruby>から、ほかの <ruby>市<rt>し</rt></ruby>や <ruby>町<rt>まち</rt></ruby>に <ruby>本籍<rt>ほんせき</rt></ruby>が ある <ruby>戸籍<rt>こせき</rt></ruby>も <ruby>頼<rt>たの</rt></ruby>む ことが できます。この ときは、<ruby>本人<rt>ほんにん</rt></ruby>が <ruby>窓口<rt>まどぐち</rt></ruby>に <ruby>来<rt>き</rt></ruby>て ください。<ruby>代<rt>か</rt></ruby>わりの <ruby>人<rt>ひと</rt></ruby>は できません。

svc-family-register-attachment = <ruby>戸籍<rt>こせき</rt></ruby>の <ruby>附票<rt>ふひょう</rt></ruby>の <ruby>写<rt>うつ</rt></ruby>し
    .description = <ruby>今<rt>いま</rt></ruby>までの <ruby>住所<rt>じゅうしょ</rt></ruby>の <ruby>変化<rt>へんか</rt></ruby>を <ruby>証明<rt>しょうめい</rt></ruby>する <ruby>紙<rt>かみ</rt></ruby>です。<ruby>本籍<rt>ほんせき</rt></ruby>が ある <ruby>市<rt>し</rt></ruby>や <ruby>町<rt>まち</rt></ruby>が <ruby>記録<rt>きろく</rt></ruby>して います。
    .who = <ruby>戸籍<rt>こせき</rt></ruby>に <ruby>書<rt>か</rt></ruby>いて ある <ruby>本人<rt>ほんにん</rt></ruby>、<ruby>夫<rt>おっと</rt></ruby>や <ruby>妻<rt>つま</rt></ruby>、<ruby>親<rt>おや</rt></ruby>・<ruby>祖父母<rt>そふぼ</rt></ruby>、<ruby>子<rt>こ</rt></ruby>ども・<ruby>孫<rt>まご</rt></ruby>などです。ほかの <ruby>人<rt>ひと</rt></ruby>は <ruby>委任状<rt>いにんじょう</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>です。
    .bring = <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
        <ruby>本籍<rt>ほんせき</rt></ruby>と <ruby>筆頭者<rt>ひっとうしゃ</rt></ruby>が わかる メモ
        <ruby>委任状<rt>いにんじょう</rt></ruby>（<ruby>代<rt>か</rt></ruby>わりの <ruby>人<rt>ひと</rt></ruby>が <ruby>来<rt>く</rt></ruby>る とき）
    .fee = 1<ruby>通<rt>つう</rt></ruby> 300<ruby>円<rt>えん</rt></ruby>
    .time = 10<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = ありません。
    .notes = <ruby>本籍<rt>ほんせき</rt></ruby>が <ruby>北九州市<rt>きたきゅうしゅうし</rt></ruby>に ある <ruby>人<rt>ひと</rt></ruby>の <ruby>分<rt>ぶん</rt></ruby>を <ruby>出<rt>だ</rt></ruby>す ことが できます。ほかの <ruby>市<rt>し</rt></ruby>や <ruby>町<rt>まち</rt></ruby>に <ruby>本籍<rt>ほんせき</rt></ruby>が ある ときは、その <ruby>市<rt>し</rt></ruby>や <ruby>町<rt>まち</rt></ruby>に <ruby>頼<rt>たの</rt></ruby>んで ください。

svc-seal-certificate = <ruby>印鑑登録証明書<rt>いんかんとうろくしょうめいしょ</rt></ruby>
    .description = <ruby>登録<rt>とうろく</rt></ruby>した はんこ（<ruby>実印<rt>じついん</rt></ruby>）を <ruby>証明<rt>しょうめい</rt></ruby>する <ruby>紙<rt>かみ</rt></ruby>です。<ruby>家<rt>いえ</rt></ruby>や <ruby>車<rt>くるま</rt></ruby>の <ruby>手続<rt>てつづ</rt></ruby>きなどで <ruby>使<rt>つか</rt></ruby>います。
    .who = <ruby>本人<rt>ほんにん</rt></ruby>か、<ruby>印鑑登録証<rt>いんかんとうろくしょう</rt></ruby>（<ruby>北九州市民<rt>きたきゅうしゅうしみん</rt></ruby>カード）を <ruby>持<rt>も</rt></ruby>って きた <ruby>代<rt>か</rt></ruby>わりの <ruby>人<rt>ひと</rt></ruby>です。
    .bring = <ruby>印鑑登録証<rt>いんかんとうろくしょう</rt></ruby>（<ruby>北九州市民<rt>きたきゅうしゅうしみん</rt></ruby>カード）
        <ruby>来<rt>き</rt></ruby>た <ruby>人<rt>ひと</rt></ruby>の <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby> など）
    .fee = 1<ruby>通<rt>つう</rt></ruby> 300<ruby>円<rt>えん</rt></ruby>
    .time = 5～10<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = ありません。
    .notes = <ruby>印鑑登録証<rt>いんかんとうろくしょう</rt></ruby>を かならず <ruby>持<rt>も</rt></ruby>って きて ください。<ruby>委任状<rt>いにんじょう</rt></ruby>では もらえません。マイナンバーカードが あれば、コンビニでも もらえます。

svc-tax-certificate = <ruby>税<rt>ぜい</rt></ruby>の <ruby>証明書<rt>しょうめいしょ</rt></ruby>（<ruby>所得<rt>しょとく</rt></ruby>・<ruby>課税証明書<rt>かぜいしょうめいしょ</rt></ruby>）
    .description = <ruby>前<rt>まえ</rt></ruby>の <ruby>年<rt>とし</rt></ruby>の <ruby>所得<rt>しょとく</rt></ruby>（<ruby>収入<rt>しゅうにゅう</rt></ruby>）と、<ruby>市<rt>し</rt></ruby>や <ruby>県<rt>けん</rt></ruby>の <ruby>税金<rt>ぜいきん</rt></ruby>の <ruby>額<rt>がく</rt></ruby>を <ruby>証明<rt>しょうめい</rt></ruby>する <ruby>紙<rt>かみ</rt></ruby>です。
    .who = <ruby>本人<rt>ほんにん</rt></ruby>か、<ruby>同<rt>おな</rt></ruby>じ <ruby>世帯<rt>せたい</rt></ruby>の <ruby>家族<rt>かぞく</rt></ruby>です。ほかの <ruby>人<rt>ひと</rt></ruby>は <ruby>委任状<rt>いにんじょう</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>です。
    .bring = <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
        <ruby>委任状<rt>いにんじょう</rt></ruby>（<ruby>代<rt>か</rt></ruby>わりの <ruby>人<rt>ひと</rt></ruby>が <ruby>来<rt>く</rt></ruby>る とき）
    .fee = 1<ruby>枚<rt>まい</rt></ruby> 300<ruby>円<rt>えん</rt></ruby>
    .time = 10<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = ありません。
    .notes = その <ruby>年<rt>とし</rt></ruby>の 1<ruby>月<rt>がつ</rt></ruby><ruby>1日<rt>ついたち</rt></ruby>に <ruby>北九州市<rt>きたきゅうしゅうし</rt></ruby>に <ruby>住<rt>す</rt></ruby>んで いた <ruby>人<rt>ひと</rt></ruby>の <ruby>証明<rt>しょうめい</rt></ruby>です。<ruby>新<rt>あたら</rt></ruby>しい <ruby>年度<rt>ねんど</rt></ruby>の <ruby>証明<rt>しょうめい</rt></ruby>は、6<ruby>月<rt>がつ</rt></ruby>の はじめから もらえます。<ruby>税<rt>ぜい</rt></ruby>の <ruby>申告<rt>しんこく</rt></ruby>を して いない ときは、<ruby>出<rt>だ</rt></ruby>す ことが できません。

svc-my-number-card-pickup = マイナンバーカードの <ruby>受<rt>う</rt></ruby>け<ruby>取<rt>と</rt></ruby>り
    .description = <ruby>申請<rt>しんせい</rt></ruby>した マイナンバーカードを <ruby>受<rt>う</rt></ruby>け<ruby>取<rt>と</rt></ruby>ります。この とき、<ruby>暗証番号<rt>あんしょうばんごう</rt></ruby>を <ruby>決<rt>き</rt></ruby>めます。
    .who = <ruby>申請<rt>しんせい</rt></ruby>した <ruby>本人<rt>ほんにん</rt></ruby>です。15<ruby>歳<rt>さい</rt></ruby>より <ruby>下<rt>した</rt></ruby>の <ruby>子<rt>こ</rt></ruby>どもは、<ruby>親<rt>おや</rt></ruby>など（<ruby>法定代理人<rt>ほうていだいりにん</rt></ruby>）と <ruby>一緒<rt>いっしょ</rt></ruby>に <ruby>来<rt>き</rt></ruby>て ください。
    .bring = <ruby>交付通知書<rt>こうふつうちしょ</rt></ruby>（はがき）
        <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、パスポート、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
        <ruby>通知<rt>つうち</rt></ruby>カード（<ruby>持<rt>も</rt></ruby>って いる <ruby>人<rt>ひと</rt></ruby>）
        <ruby>住民基本台帳<rt>じゅうみんきほんだいちょう</rt></ruby>カード（<ruby>持<rt>も</rt></ruby>って いる <ruby>人<rt>ひと</rt></ruby>）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 20～30<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = <ruby>交付通知書<rt>こうふつうちしょ</rt></ruby>に <ruby>書<rt>か</rt></ruby>いて ある <ruby>日<rt>ひ</rt></ruby>まで
    .notes = <ruby>予約<rt>よやく</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>な ことが あります。<ruby>交付通知書<rt>こうふつうちしょ</rt></ruby>を <ruby>見<rt>み</rt></ruby>て ください。<ruby>暗証番号<rt>あんしょうばんごう</rt></ruby>（<ruby>数字<rt>すうじ</rt></ruby> 4けたと、<ruby>英語<rt>えいご</rt></ruby>の <ruby>文字<rt>もじ</rt></ruby>と <ruby>数字<rt>すうじ</rt></ruby> 6～16けた）を <ruby>考<rt>かんが</rt></ruby>えて きて ください。

svc-my-number-card-renewal = マイナンバーカードの <ruby>更新<rt>こうしん</rt></ruby>・<ruby>再交付<rt>さいこうふ</rt></ruby>
    .description = <ruby>期限<rt>きげん</rt></ruby>が <ruby>近<rt>ちか</rt></ruby>い カードの <ruby>更新<rt>こうしん</rt></ruby>や、なくした カード・<ruby>壊<rt>こわ</rt></ruby>れた カードを <ruby>作<rt>つく</rt></ruby>り<ruby>直<rt>なお</rt></ruby>す <ruby>申請<rt>しんせい</rt></ruby>です。
    .who = <ruby>本人<rt>ほんにん</rt></ruby>です。15<ruby>歳<rt>さい</rt></ruby>より <ruby>下<rt>した</rt></ruby>の <ruby>子<rt>こ</rt></ruby>どもは、<ruby>親<rt>おや</rt></ruby>など（<ruby>法定代理人<rt>ほうていだいりにん</rt></ruby>）と <ruby>一緒<rt>いっしょ</rt></ruby>に <ruby>来<rt>き</rt></ruby>て ください。
    .bring = <ruby>今<rt>いま</rt></ruby>の マイナンバーカード（なくした ときは いりません）
        <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、パスポート、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
        <ruby>有効期限通知書<rt>ゆうこうきげんつうちしょ</rt></ruby>（<ruby>届<rt>とど</rt></ruby>いた <ruby>人<rt>ひと</rt></ruby>）
        <ruby>顔写真<rt>かおじゃしん</rt></ruby>（<ruby>縦<rt>たて</rt></ruby> 4.5cm × <ruby>横<rt>よこ</rt></ruby> 3.5cm、6か<ruby>月<rt>げつ</rt></ruby><ruby>以内<rt>いない</rt></ruby>に <ruby>撮<rt>と</rt></ruby>った もの）
    .fee = <ruby>更新<rt>こうしん</rt></ruby>は <ruby>無料<rt>むりょう</rt></ruby>です。なくした ときなどの <ruby>再交付<rt>さいこうふ</rt></ruby>は 1,000<ruby>円<rt>えん</rt></ruby>です（<ruby>電子証明書<rt>でんししょうめいしょ</rt></ruby>が ない ときは 800<ruby>円<rt>えん</rt></ruby>）。
    .time = <ruby>申請<rt>しんせい</rt></ruby>は 20～30<ruby>分<rt>ぷん</rt></ruby>ぐらい。<ruby>新<rt>あたら</rt></ruby>しい カードは 1か<ruby>月<rt>げつ</rt></ruby>ぐらい <ruby>後<rt>あと</rt></ruby>に <ruby>受<rt>う</rt></ruby>け<ruby>取<rt>と</rt></ruby>ります。
    .deadline = <ruby>期限<rt>きげん</rt></ruby>の 3か<ruby>月<rt>げつ</rt></ruby> <ruby>前<rt>まえ</rt></ruby>から <ruby>申請<rt>しんせい</rt></ruby>できます。
    .notes = なくした ときは、すぐ マイナンバー<ruby>総合<rt>そうごう</rt></ruby>フリーダイヤル（0120-95-0178）に <ruby>電話<rt>でんわ</rt></ruby>して、カードを <ruby>止<rt>と</rt></ruby>めて ください。<ruby>警察<rt>けいさつ</rt></ruby>にも <ruby>届<rt>とど</rt></ruby>けて ください。

svc-my-number-certificate = <ruby>電子証明書<rt>でんししょうめいしょ</rt></ruby>の <ruby>更新<rt>こうしん</rt></ruby>・<ruby>暗証番号<rt>あんしょうばんごう</rt></ruby>の <ruby>再設定<rt>さいせってい</rt></ruby>
    .description = マイナンバーカードの <ruby>電子証明書<rt>でんししょうめいしょ</rt></ruby>を <ruby>更新<rt>こうしん</rt></ruby>します。<ruby>忘<rt>わす</rt></ruby>れた <ruby>暗証番号<rt>あんしょうばんごう</rt></ruby>や、ロックされた <ruby>暗証番号<rt>あんしょうばんごう</rt></ruby>を <ruby>決<rt>き</rt></ruby>め<ruby>直<rt>なお</rt></ruby>します。
    .who = <ruby>本人<rt>ほんにん</rt></ruby>です。<ruby>代<rt>か</rt></ruby>わりの <ruby>人<rt>ひと</rt></ruby>の ときは、<ruby>手紙<rt>てがみ</rt></ruby>での <ruby>確認<rt>かくにん</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>です。その <ruby>日<rt>ひ</rt></ruby>には できません。
    .bring = マイナンバーカード
        <ruby>有効期限通知書<rt>ゆうこうきげんつうちしょ</rt></ruby>（<ruby>更新<rt>こうしん</rt></ruby>の とき、<ruby>届<rt>とど</rt></ruby>いた <ruby>人<rt>ひと</rt></ruby>）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 15<ruby>分<rt>ふん</rt></ruby>ぐらい
    .deadline = <ruby>電子証明書<rt>でんししょうめいしょ</rt></ruby>は、<ruby>期限<rt>きげん</rt></ruby>の 3か<ruby>月<rt>げつ</rt></ruby> <ruby>前<rt>まえ</rt></ruby>から <ruby>更新<rt>こうしん</rt></ruby>できます。
    .notes = <ruby>電子証明書<rt>でんししょうめいしょ</rt></ruby>の <ruby>期限<rt>きげん</rt></ruby>は、<ruby>作<rt>つく</rt></ruby>ってから 5<ruby>回目<rt>かいめ</rt></ruby>の <ruby>誕生日<rt>たんじょうび</rt></ruby>です。<ruby>期限<rt>きげん</rt></ruby>が <ruby>過<rt>す</rt></ruby>ぎると、コンビニで <ruby>証明書<rt>しょうめいしょ</rt></ruby>を もらう ことや、インターネットでの <ruby>申請<rt>しんせい</rt></ruby>が できなく なります。

svc-birth-registration = <ruby>出生届<rt>しゅっしょうとどけ</rt></ruby>（<ruby>赤<rt>あか</rt></ruby>ちゃんが <ruby>生<rt>う</rt></ruby>まれた とき）
    .description = <ruby>赤<rt>あか</rt></ruby>ちゃんが <ruby>生<rt>う</rt></ruby>まれた ときの <ruby>届<rt>とど</rt></ruby>けです。<ruby>赤<rt>あか</rt></ruby>ちゃんが <ruby>戸籍<rt>こせき</rt></ruby>と <ruby>住民票<rt>じゅうみんひょう</rt></ruby>に <ruby>入<rt>はい</rt></ruby>ります。
    .who = <ruby>父<rt>ちち</rt></ruby>か <ruby>母<rt>はは</rt></ruby>です（<ruby>出<rt>だ</rt></ruby>せない ときは、<ruby>一緒<rt>いっしょ</rt></ruby>に <ruby>住<rt>す</rt></ruby>む <ruby>人<rt>ひと</rt></ruby>、<ruby>医師<rt>いし</rt></ruby>、<ruby>助産師<rt>じょさんし</rt></ruby>など）。<ruby>窓口<rt>まどぐち</rt></ruby>に <ruby>持<rt>も</rt></ruby>って くるのは、ほかの <ruby>人<rt>ひと</rt></ruby>でも いいです。
    .bring = <ruby>出生届<rt>しゅっしょうとどけ</rt></ruby>（<ruby>右<rt>みぎ</rt></ruby>の <ruby>出生証明書<rt>しゅっしょうしょうめいしょ</rt></ruby>に <ruby>医師<rt>いし</rt></ruby>か <ruby>助産師<rt>じょさんし</rt></ruby>が <ruby>書<rt>か</rt></ruby>いた もの）
        <ruby>母子健康手帳<rt>ぼしけんこうてちょう</rt></ruby>
        <ruby>来<rt>き</rt></ruby>た <ruby>人<rt>ひと</rt></ruby>の <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 20～30<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = <ruby>生<rt>う</rt></ruby>まれた <ruby>日<rt>ひ</rt></ruby>を <ruby>入<rt>い</rt></ruby>れて 14<ruby>日<rt>にち</rt></ruby><ruby>以内<rt>いない</rt></ruby>（<ruby>外国<rt>がいこく</rt></ruby>で <ruby>生<rt>う</rt></ruby>まれた ときは 3か<ruby>月<rt>げつ</rt></ruby><ruby>以内<rt>いない</rt></ruby>）
    .notes = この <ruby>後<rt>あと</rt></ruby>、<ruby>児童手当<rt>じどうてあて</rt></ruby>・<ruby>子<rt>こ</rt></ruby>ども<ruby>医療証<rt>いりょうしょう</rt></ruby>・<ruby>健康保険<rt>けんこうほけん</rt></ruby>の <ruby>手続<rt>てつづ</rt></ruby>きも <ruby>必要<rt>ひつよう</rt></ruby>です。<ruby>外国<rt>がいこく</rt></ruby>の <ruby>国籍<rt>こくせき</rt></ruby>の <ruby>赤<rt>あか</rt></ruby>ちゃんは、30<ruby>日<rt>にち</rt></ruby><ruby>以内<rt>いない</rt></ruby>に <ruby>出入国在留管理局<rt>しゅつにゅうこくざいりゅうかんりきょく</rt></ruby>で <ruby>在留資格<rt>ざいりゅうしかく</rt></ruby>の <ruby>申請<rt>しんせい</rt></ruby>も <ruby>必要<rt>ひつよう</rt></ruby>です。

svc-marriage-registration = <ruby>婚姻届<rt>こんいんとどけ</rt></ruby>（<ruby>結婚<rt>けっこん</rt></ruby>する とき）
    .description = <ruby>結婚<rt>けっこん</rt></ruby>する ときの <ruby>届<rt>とど</rt></ruby>けです。<ruby>届<rt>とど</rt></ruby>けが <ruby>受理<rt>じゅり</rt></ruby>されると、<ruby>結婚<rt>けっこん</rt></ruby>が <ruby>成立<rt>せいりつ</rt></ruby>します。
    .who = <ruby>結婚<rt>けっこん</rt></ruby>する ふたりです（ふたりとも 18<ruby>歳<rt>さい</rt></ruby><ruby>以上<rt>いじょう</rt></ruby>）。<ruby>窓口<rt>まどぐち</rt></ruby>に <ruby>持<rt>も</rt></ruby>って くるのは、ほかの <ruby>人<rt>ひと</rt></ruby>でも いいです。
    .bring = <ruby>婚姻届<rt>こんいんとどけ</rt></ruby>（18<ruby>歳<rt>さい</rt></ruby><ruby>以上<rt>いじょう</rt></ruby>の <ruby>証人<rt>しょうにん</rt></ruby> ふたりの <ruby>署名<rt>しょめい</rt></ruby>が ある もの）
        <ruby>来<rt>き</rt></ruby>た <ruby>人<rt>ひと</rt></ruby>の <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>
        パスポートと <ruby>婚姻要件具備証明書<rt>こんいんようけんぐびしょうめいしょ</rt></ruby>と <ruby>日本語<rt>にほんご</rt></ruby>の <ruby>訳<rt>やく</rt></ruby>（<ruby>外国<rt>がいこく</rt></ruby>の <ruby>国籍<rt>こくせき</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 20～30<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = ありません（<ruby>届<rt>とど</rt></ruby>けを <ruby>出<rt>だ</rt></ruby>した <ruby>日<rt>ひ</rt></ruby>が、<ruby>結婚<rt>けっこん</rt></ruby>した <ruby>日<rt>ひ</rt></ruby>に なります）。
    .notes = 2024<ruby>年<rt>ねん</rt></ruby>3<ruby>月<rt>がつ</rt></ruby>から、<ruby>戸籍謄本<rt>こせきとうほん</rt></ruby>は ふつう いりません。<ruby>名字<rt>みょうじ</rt></ruby>や <ruby>住所<rt>じゅうしょ</rt></ruby>が <ruby>変<rt>か</rt></ruby>わる <ruby>人<rt>ひと</rt></ruby>は、マイナンバーカードなどの <ruby>手続<rt>てつづ</rt></ruby>きも <ruby>必要<rt>ひつよう</rt></ruby>な ことが あります。

svc-divorce-registration = <ruby>離婚届<rt>りこんとどけ</rt></ruby>（<ruby>離婚<rt>りこん</rt></ruby>する とき）
    .description = <ruby>離婚<rt>りこん</rt></ruby>する ときの <ruby>届<rt>とど</rt></ruby>けです。<ruby>夫婦<rt>ふうふ</rt></ruby>の <ruby>話<rt>はな</rt></ruby>し<ruby>合<rt>あ</rt></ruby>いで <ruby>決<rt>き</rt></ruby>める <ruby>離婚<rt>りこん</rt></ruby>と、<ruby>裁判所<rt>さいばんしょ</rt></ruby>の <ruby>手続<rt>てつづ</rt></ruby>きで <ruby>決<rt>き</rt></ruby>まる <ruby>離婚<rt>りこん</rt></ruby>が あります。
    .who = <ruby>話<rt>はな</rt></ruby>し<ruby>合<rt>あ</rt></ruby>いの <ruby>離婚<rt>りこん</rt></ruby>は、<ruby>夫<rt>おっと</rt></ruby>と <ruby>妻<rt>つま</rt></ruby>の ふたりです。<ruby>裁判所<rt>さいばんしょ</rt></ruby>の <ruby>離婚<rt>りこん</rt></ruby>は、<ruby>裁判所<rt>さいばんしょ</rt></ruby>に <ruby>申<rt>もう</rt></ruby>し<ruby>立<rt>た</rt></ruby>てた <ruby>人<rt>ひと</rt></ruby>です。
    .bring = <ruby>離婚届<rt>りこんとどけ</rt></ruby>（<ruby>話<rt>はな</rt></ruby>し<ruby>合<rt>あ</rt></ruby>いの <ruby>離婚<rt>りこん</rt></ruby>は、18<ruby>歳<rt>さい</rt></ruby><ruby>以上<rt>いじょう</rt></ruby>の <ruby>証人<rt>しょうにん</rt></ruby> ふたりの <ruby>署名<rt>しょめい</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>）
        <ruby>来<rt>き</rt></ruby>た <ruby>人<rt>ひと</rt></ruby>の <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>
        <ruby>裁判所<rt>さいばんしょ</rt></ruby>の <ruby>書類<rt>しょるい</rt></ruby>（<ruby>調停調書<rt>ちょうていちょうしょ</rt></ruby>の <ruby>謄本<rt>とうほん</rt></ruby>、または <ruby>審判<rt>しんぱん</rt></ruby>・<ruby>判決<rt>はんけつ</rt></ruby>の <ruby>謄本<rt>とうほん</rt></ruby>と <ruby>確定証明書<rt>かくていしょうめいしょ</rt></ruby>）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 20～30<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = <ruby>話<rt>はな</rt></ruby>し<ruby>合<rt>あ</rt></ruby>いの <ruby>離婚<rt>りこん</rt></ruby>は、<ruby>期限<rt>きげん</rt></ruby>は ありません。<ruby>裁判所<rt>さいばんしょ</rt></ruby>の <ruby>離婚<rt>りこん</rt></ruby>は、<ruby>決<rt>き</rt></ruby>まってから 10<ruby>日<rt>にち</rt></ruby><ruby>以内<rt>いない</rt></ruby>です。
    .notes = 18<ruby>歳<rt>さい</rt></ruby>より <ruby>下<rt>した</rt></ruby>の <ruby>子<rt>こ</rt></ruby>どもが いる ときは、<ruby>親権者<rt>しんけんしゃ</rt></ruby>を <ruby>決<rt>き</rt></ruby>めて <ruby>書<rt>か</rt></ruby>きます。2026<ruby>年<rt>ねん</rt></ruby>4<ruby>月<rt>がつ</rt></ruby>から、<ruby>父<rt>ちち</rt></ruby>と <ruby>母<rt>はは</rt></ruby>の ふたりを <ruby>親権者<rt>しんけんしゃ</rt></ruby>に する ことも できます。<ruby>離婚<rt>りこん</rt></ruby>の ときの <ruby>名字<rt>みょうじ</rt></ruby>を <ruby>使<rt>つか</rt></ruby>い<ruby>続<rt>つづ</rt></ruby>けたい <ruby>人<rt>ひと</rt></ruby>は、3か<ruby>月<rt>げつ</rt></ruby><ruby>以内<rt>いない</rt></ruby>に <ruby>別<rt>べつ</rt></ruby>の <ruby>届<rt>とど</rt></ruby>けが <ruby>必要<rt>ひつよう</rt></ruby>です。

svc-other-family-register = その ほかの <ruby>戸籍<rt>こせき</rt></ruby>の <ruby>届<rt>とど</rt></ruby>け（<ruby>養子縁組<rt>ようしえんぐみ</rt></ruby>・<ruby>転籍<rt>てんせき</rt></ruby>・<ruby>分籍<rt>ぶんせき</rt></ruby>など）
    .description = <ruby>養子縁組<rt>ようしえんぐみ</rt></ruby>、<ruby>養子離縁<rt>ようしりえん</rt></ruby>、<ruby>転籍<rt>てんせき</rt></ruby>（<ruby>本籍<rt>ほんせき</rt></ruby>を <ruby>移<rt>うつ</rt></ruby>す こと）、<ruby>分籍<rt>ぶんせき</rt></ruby>、<ruby>入籍<rt>にゅうせき</rt></ruby>などの <ruby>戸籍<rt>こせき</rt></ruby>の <ruby>届<rt>とど</rt></ruby>けです。
    .who = <ruby>届<rt>とど</rt></ruby>けの <ruby>種類<rt>しゅるい</rt></ruby>で <ruby>違<rt>ちが</rt></ruby>います（<ruby>例<rt>れい</rt></ruby>：<ruby>転籍<rt>てんせき</rt></ruby>は <ruby>筆頭者<rt>ひっとうしゃ</rt></ruby>と その <ruby>夫<rt>おっと</rt></ruby>か <ruby>妻<rt>つま</rt></ruby>。<ruby>分籍<rt>ぶんせき</rt></ruby>は 18<ruby>歳<rt>さい</rt></ruby><ruby>以上<rt>いじょう</rt></ruby>の <ruby>本人<rt>ほんにん</rt></ruby>）。
    .bring = <ruby>届<rt>とど</rt></ruby>けの <ruby>紙<rt>かみ</rt></ruby>（<ruby>種類<rt>しゅるい</rt></ruby>に よって、<ruby>証人<rt>しょうにん</rt></ruby> ふたりの <ruby>署名<rt>しょめい</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>）
        <ruby>来<rt>き</rt></ruby>た <ruby>人<rt>ひと</rt></ruby>の <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>
        <ruby>家庭裁判所<rt>かていさいばんしょ</rt></ruby>の <ruby>許可書<rt>きょかしょ</rt></ruby>など（<ruby>必要<rt>ひつよう</rt></ruby>な <ruby>届<rt>とど</rt></ruby>けの とき）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 20～30<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = <ruby>届<rt>とど</rt></ruby>けの <ruby>種類<rt>しゅるい</rt></ruby>で <ruby>違<rt>ちが</rt></ruby>います（<ruby>裁判所<rt>さいばんしょ</rt></ruby>で <ruby>決<rt>き</rt></ruby>まった ものは、<ruby>多<rt>おお</rt></ruby>くが 10<ruby>日<rt>にち</rt></ruby><ruby>以内<rt>いない</rt></ruby>）。
    .notes = 18<ruby>歳<rt>さい</rt></ruby>より <ruby>下<rt>した</rt></ruby>の <ruby>子<rt>こ</rt></ruby>どもを <ruby>養子<rt>ようし</rt></ruby>に する ときは、ふつう <ruby>家庭裁判所<rt>かていさいばんしょ</rt></ruby>の <ruby>許可<rt>きょか</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>です。<ruby>必要<rt>ひつよう</rt></ruby>な <ruby>書類<rt>しょるい</rt></ruby>が <ruby>違<rt>ちが</rt></ruby>うので、<ruby>前<rt>まえ</rt></ruby>もって <ruby>相談<rt>そうだん</rt></ruby>して ください。

svc-death-registration = <ruby>死亡届<rt>しぼうとどけ</rt></ruby>（<ruby>人<rt>ひと</rt></ruby>が <ruby>亡<rt>な</rt></ruby>くなった とき）
    .description = <ruby>人<rt>ひと</rt></ruby>が <ruby>亡<rt>な</rt></ruby>くなった ときの <ruby>届<rt>とど</rt></ruby>けです。<ruby>一緒<rt>いっしょ</rt></ruby>に、<ruby>火葬<rt>かそう</rt></ruby>の <ruby>許可証<rt>きょかしょう</rt></ruby>を わたします。
    .who = <ruby>家族<rt>かぞく</rt></ruby>・<ruby>親族<rt>しんぞく</rt></ruby>、<ruby>一緒<rt>いっしょ</rt></ruby>に <ruby>住<rt>す</rt></ruby>んで いた <ruby>人<rt>ひと</rt></ruby>、<ruby>家主<rt>やぬし</rt></ruby>などです。<ruby>窓口<rt>まどぐち</rt></ruby>に <ruby>持<rt>も</rt></ruby>って くるのは、<ruby>葬儀社<rt>そうぎしゃ</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>などでも いいです。
    .bring = <ruby>死亡届<rt>しぼうとどけ</rt></ruby>（<ruby>右<rt>みぎ</rt></ruby>の <ruby>死亡診断書<rt>しぼうしんだんしょ</rt></ruby>に <ruby>医師<rt>いし</rt></ruby>が <ruby>書<rt>か</rt></ruby>いた もの）
        <ruby>来<rt>き</rt></ruby>た <ruby>人<rt>ひと</rt></ruby>の <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>
        <ruby>火葬場<rt>かそうば</rt></ruby>の <ruby>使用料<rt>しようりょう</rt></ruby>（<ruby>火葬<rt>かそう</rt></ruby>の <ruby>許可<rt>きょか</rt></ruby>も <ruby>一緒<rt>いっしょ</rt></ruby>に <ruby>申請<rt>しんせい</rt></ruby>する とき）
    .fee = <ruby>届<rt>とど</rt></ruby>けは <ruby>無料<rt>むりょう</rt></ruby>です。<ruby>火葬場<rt>かそうば</rt></ruby>の <ruby>使用料<rt>しようりょう</rt></ruby>は、<ruby>市内<rt>しない</rt></ruby>に <ruby>住<rt>す</rt></ruby>んで いた <ruby>大人<rt>おとな</rt></ruby>で 15,000<ruby>円<rt>えん</rt></ruby>です。
    .time = 30<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = <ruby>亡<rt>な</rt></ruby>くなった ことを <ruby>知<rt>し</rt></ruby>った <ruby>日<rt>ひ</rt></ruby>から 7<ruby>日<rt>にち</rt></ruby><ruby>以内<rt>いない</rt></ruby>（<ruby>外国<rt>がいこく</rt></ruby>で <ruby>亡<rt>な</rt></ruby>くなった ときは 3か<ruby>月<rt>げつ</rt></ruby><ruby>以内<rt>いない</rt></ruby>）
    .notes = <ruby>死亡届<rt>しぼうとどけ</rt></ruby>は <ruby>返<rt>かえ</rt></ruby>して もらえません。<ruby>必要<rt>ひつよう</rt></ruby>なら、<ruby>出<rt>だ</rt></ruby>す <ruby>前<rt>まえ</rt></ruby>に コピーを とって ください。その <ruby>後<rt>あと</rt></ruby>の <ruby>手続<rt>てつづ</rt></ruby>きは、「おくやみ<ruby>手続<rt>てつづ</rt></ruby>きの <ruby>案内<rt>あんない</rt></ruby>」で <ruby>相談<rt>そうだん</rt></ruby>できます。

svc-bereavement-guidance = おくやみ<ruby>手続<rt>てつづ</rt></ruby>きの <ruby>案内<rt>あんない</rt></ruby>（おくやみコーナー）
    .description = <ruby>家族<rt>かぞく</rt></ruby>が <ruby>亡<rt>な</rt></ruby>くなった <ruby>後<rt>あと</rt></ruby>に <ruby>必要<rt>ひつよう</rt></ruby>な <ruby>区役所<rt>くやくしょ</rt></ruby>の <ruby>手続<rt>てつづ</rt></ruby>きを、まとめて <ruby>案内<rt>あんない</rt></ruby>します。
    .who = <ruby>亡<rt>な</rt></ruby>くなった <ruby>人<rt>ひと</rt></ruby>の <ruby>家族<rt>かぞく</rt></ruby>など、<ruby>手続<rt>てつづ</rt></ruby>きを する <ruby>人<rt>ひと</rt></ruby>です。
    .bring = <ruby>手続<rt>てつづ</rt></ruby>きを する <ruby>人<rt>ひと</rt></ruby>の <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>
        <ruby>亡<rt>な</rt></ruby>くなった <ruby>人<rt>ひと</rt></ruby>の <ruby>資格確認書<rt>しかくかくにんしょ</rt></ruby>など（<ruby>国民健康保険<rt>こくみんけんこうほけん</rt></ruby>・<ruby>後期高齢者医療<rt>こうきこうれいしゃいりょう</rt></ruby>・<ruby>介護保険<rt>かいごほけん</rt></ruby>）
        <ruby>亡<rt>な</rt></ruby>くなった <ruby>人<rt>ひと</rt></ruby>の マイナンバーカード（<ruby>持<rt>も</rt></ruby>って いた とき）
        お<ruby>金<rt>かね</rt></ruby>を <ruby>受<rt>う</rt></ruby>け<ruby>取<rt>と</rt></ruby>る <ruby>口座<rt>こうざ</rt></ruby>が わかる もの
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 60<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = ありません（<ruby>手続<rt>てつづ</rt></ruby>きごとに <ruby>期限<rt>きげん</rt></ruby>が あります。<ruby>年金<rt>ねんきん</rt></ruby>や <ruby>保険<rt>ほけん</rt></ruby>の <ruby>手続<rt>てつづ</rt></ruby>きは <ruby>早<rt>はや</rt></ruby>めに して ください）。
    .notes = <ruby>予約<rt>よやく</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>な ことが あります。<ruby>死亡届<rt>しぼうとどけ</rt></ruby>を <ruby>出<rt>だ</rt></ruby>した <ruby>後<rt>あと</rt></ruby>に <ruby>使<rt>つか</rt></ruby>えます。

## Services — 国保年金課

svc-nhi-enrolment = <ruby>国民健康保険<rt>こくみんけんこうほけん</rt></ruby>に <ruby>入<rt>はい</rt></ruby>る・やめる
    .description = <ruby>国民健康保険<rt>こくみんけんこうほけん</rt></ruby>に <ruby>入<rt>はい</rt></ruby>る とき（<ruby>仕事<rt>しごと</rt></ruby>を やめた とき など）と、やめる とき（<ruby>会社<rt>かいしゃ</rt></ruby>の <ruby>保険<rt>ほけん</rt></ruby>に <ruby>入<rt>はい</rt></ruby>った とき など）の <ruby>届<rt>とど</rt></ruby>けです。
    .who = <ruby>世帯主<rt>せたいぬし</rt></ruby>か、<ruby>同<rt>おな</rt></ruby>じ <ruby>世帯<rt>せたい</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>です。<ruby>代<rt>か</rt></ruby>わりの <ruby>人<rt>ひと</rt></ruby>が <ruby>来<rt>く</rt></ruby>る ときは、<ruby>委任状<rt>いにんじょう</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>です。
    .bring = <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
        <ruby>入<rt>はい</rt></ruby>る とき：<ruby>前<rt>まえ</rt></ruby>の <ruby>保険<rt>ほけん</rt></ruby>を やめた <ruby>日<rt>ひ</rt></ruby>が わかる <ruby>紙<rt>かみ</rt></ruby>（<ruby>資格喪失証明書<rt>しかくそうしつしょうめいしょ</rt></ruby> など）
        やめる とき：<ruby>新<rt>あたら</rt></ruby>しい <ruby>保険<rt>ほけん</rt></ruby>の <ruby>資格確認書<rt>しかくかくにんしょ</rt></ruby>か「<ruby>資格情報<rt>しかくじょうほう</rt></ruby>のお<ruby>知<rt>し</rt></ruby>らせ」
        <ruby>国民健康保険<rt>こくみんけんこうほけん</rt></ruby>の <ruby>資格確認書<rt>しかくかくにんしょ</rt></ruby>（<ruby>持<rt>も</rt></ruby>って いる <ruby>人<rt>ひと</rt></ruby>）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 15～20<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = <ruby>入<rt>はい</rt></ruby>る・やめる <ruby>理由<rt>りゆう</rt></ruby>が できた <ruby>日<rt>ひ</rt></ruby>から 14<ruby>日<rt>にち</rt></ruby><ruby>以内<rt>いない</rt></ruby>
    .notes = <ruby>届<rt>とど</rt></ruby>けが <ruby>遅<rt>おく</rt></ruby>れても、<ruby>保険料<rt>ほけんりょう</rt></ruby>は <ruby>前<rt>まえ</rt></ruby>の <ruby>月<rt>つき</rt></ruby>に さかのぼって かかります。やめる <ruby>届<rt>とど</rt></ruby>けを <ruby>出<rt>だ</rt></ruby>すまで、<ruby>国民健康保険<rt>こくみんけんこうほけん</rt></ruby>の <ruby>保険料<rt>ほけんりょう</rt></ruby>も かかる ことが あります。

svc-nhi-premium = <ruby>国民健康保険料<rt>こくみんけんこうほけんりょう</rt></ruby>の <ruby>相談<rt>そうだん</rt></ruby>（<ruby>払<rt>はら</rt></ruby>い<ruby>方<rt>かた</rt></ruby>・<ruby>減免<rt>げんめん</rt></ruby>）
    .description = <ruby>国民健康保険料<rt>こくみんけんこうほけんりょう</rt></ruby>の <ruby>払<rt>はら</rt></ruby>い<ruby>方<rt>かた</rt></ruby>の <ruby>相談<rt>そうだん</rt></ruby>です。<ruby>払<rt>はら</rt></ruby>うのが <ruby>難<rt>むずか</rt></ruby>しい ときは、<ruby>減免<rt>げんめん</rt></ruby>（<ruby>安<rt>やす</rt></ruby>く する こと）や <ruby>分割<rt>ぶんかつ</rt></ruby>の <ruby>相談<rt>そうだん</rt></ruby>も できます。
    .who = <ruby>世帯主<rt>せたいぬし</rt></ruby>か、<ruby>同<rt>おな</rt></ruby>じ <ruby>世帯<rt>せたい</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>です。
    .bring = <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
        <ruby>保険料<rt>ほけんりょう</rt></ruby>の <ruby>通知書<rt>つうちしょ</rt></ruby>か <ruby>納付書<rt>のうふしょ</rt></ruby>
        <ruby>収入<rt>しゅうにゅう</rt></ruby>が わかる <ruby>紙<rt>かみ</rt></ruby>（<ruby>減免<rt>げんめん</rt></ruby>の <ruby>相談<rt>そうだん</rt></ruby>の とき）
        <ruby>雇用保険受給資格者証<rt>こようほけんじゅきゅうしかくしゃしょう</rt></ruby>（<ruby>会社<rt>かいしゃ</rt></ruby>の <ruby>都合<rt>つごう</rt></ruby>で <ruby>仕事<rt>しごと</rt></ruby>を やめた とき）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 20<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = <ruby>減免<rt>げんめん</rt></ruby>の <ruby>申請<rt>しんせい</rt></ruby>には <ruby>期限<rt>きげん</rt></ruby>が あります。<ruby>早<rt>はや</rt></ruby>めに <ruby>相談<rt>そうだん</rt></ruby>して ください。
    .notes = <ruby>会社<rt>かいしゃ</rt></ruby>の <ruby>倒産<rt>とうさん</rt></ruby>や <ruby>解雇<rt>かいこ</rt></ruby>で <ruby>仕事<rt>しごと</rt></ruby>を やめた <ruby>人<rt>ひと</rt></ruby>は、<ruby>保険料<rt>ほけんりょう</rt></ruby>が <ruby>安<rt>やす</rt></ruby>く なる ことが あります。<ruby>口座振替<rt>こうざふりかえ</rt></ruby>の <ruby>申<rt>もう</rt></ruby>し<ruby>込<rt>こ</rt></ruby>みも できます。

svc-nhi-benefits = <ruby>国民健康保険<rt>こくみんけんこうほけん</rt></ruby>の <ruby>給付<rt>きゅうふ</rt></ruby>（<ruby>高額療養費<rt>こうがくりょうようひ</rt></ruby>・<ruby>出産育児一時金<rt>しゅっさんいくじいちじきん</rt></ruby>・<ruby>葬祭費<rt>そうさいひ</rt></ruby>）
    .description = <ruby>医療費<rt>いりょうひ</rt></ruby>が <ruby>高<rt>たか</rt></ruby>く なった ときの <ruby>払<rt>はら</rt></ruby>い<ruby>戻<rt>もど</rt></ruby>し、<ruby>出産<rt>しゅっさん</rt></ruby>の お<ruby>金<rt>かね</rt></ruby>、<ruby>葬式<rt>そうしき</rt></ruby>の お<ruby>金<rt>かね</rt></ruby>の <ruby>申請<rt>しんせい</rt></ruby>です。
    .who = <ruby>国民健康保険<rt>こくみんけんこうほけん</rt></ruby>の <ruby>世帯主<rt>せたいぬし</rt></ruby>です（<ruby>葬祭費<rt>そうさいひ</rt></ruby>は <ruby>葬式<rt>そうしき</rt></ruby>を した <ruby>人<rt>ひと</rt></ruby>）。
    .bring = <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
        お<ruby>金<rt>かね</rt></ruby>を <ruby>受<rt>う</rt></ruby>け<ruby>取<rt>と</rt></ruby>る <ruby>口座<rt>こうざ</rt></ruby>が わかる もの
        <ruby>病院<rt>びょういん</rt></ruby>の <ruby>領収書<rt>りょうしゅうしょ</rt></ruby>（<ruby>高額療養費<rt>こうがくりょうようひ</rt></ruby>・<ruby>出産育児一時金<rt>しゅっさんいくじいちじきん</rt></ruby>）
        <ruby>葬式<rt>そうしき</rt></ruby>の <ruby>領収書<rt>りょうしゅうしょ</rt></ruby>など、<ruby>喪主<rt>もしゅ</rt></ruby>が わかる もの（<ruby>葬祭費<rt>そうさいひ</rt></ruby>）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 15<ruby>分<rt>ふん</rt></ruby>ぐらい
    .deadline = ふつうは 2<ruby>年<rt>ねん</rt></ruby><ruby>以内<rt>いない</rt></ruby>です。
    .notes = <ruby>出産育児一時金<rt>しゅっさんいくじいちじきん</rt></ruby>は ふつう 50<ruby>万円<rt>まんえん</rt></ruby>です。<ruby>多<rt>おお</rt></ruby>くは <ruby>病院<rt>びょういん</rt></ruby>に <ruby>直接<rt>ちょくせつ</rt></ruby> <ruby>払<rt>はら</rt></ruby>われます。<ruby>葬祭費<rt>そうさいひ</rt></ruby>の <ruby>金額<rt>きんがく</rt></ruby>は、<ruby>窓口<rt>まどぐち</rt></ruby>で <ruby>聞<rt>き</rt></ruby>いて ください。

svc-national-pension = <ruby>国民年金<rt>こくみんねんきん</rt></ruby>の <ruby>手続<rt>てつづ</rt></ruby>き（<ruby>加入<rt>かにゅう</rt></ruby>・<ruby>免除<rt>めんじょ</rt></ruby>・<ruby>学生納付特例<rt>がくせいのうふとくれい</rt></ruby>）
    .description = <ruby>国民年金<rt>こくみんねんきん</rt></ruby>に <ruby>入<rt>はい</rt></ruby>る <ruby>手続<rt>てつづ</rt></ruby>き、<ruby>保険料<rt>ほけんりょう</rt></ruby>の <ruby>免除<rt>めんじょ</rt></ruby>・<ruby>納付猶予<rt>のうふゆうよ</rt></ruby>、<ruby>学生納付特例<rt>がくせいのうふとくれい</rt></ruby>の <ruby>申請<rt>しんせい</rt></ruby>です。
    .who = 20<ruby>歳<rt>さい</rt></ruby>から 59<ruby>歳<rt>さい</rt></ruby>までの <ruby>本人<rt>ほんにん</rt></ruby>です（<ruby>会社員<rt>かいしゃいん</rt></ruby>・<ruby>公務員<rt>こうむいん</rt></ruby>と、その <ruby>扶養<rt>ふよう</rt></ruby>に <ruby>入<rt>はい</rt></ruby>って いる <ruby>夫<rt>おっと</rt></ruby>や <ruby>妻<rt>つま</rt></ruby>は <ruby>違<rt>ちが</rt></ruby>います）。<ruby>代<rt>か</rt></ruby>わりの <ruby>人<rt>ひと</rt></ruby>は <ruby>委任状<rt>いにんじょう</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>です。
    .bring = <ruby>基礎年金番号<rt>きそねんきんばんごう</rt></ruby>が わかる もの（<ruby>基礎年金番号通知書<rt>きそねんきんばんごうつうちしょ</rt></ruby>か <ruby>年金手帳<rt>ねんきんてちょう</rt></ruby>）
        <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
        <ruby>離職票<rt>りしょくひょう</rt></ruby>など、<ruby>仕事<rt>しごと</rt></ruby>を やめた <ruby>日<rt>ひ</rt></ruby>が わかる <ruby>紙<rt>かみ</rt></ruby>（<ruby>仕事<rt>しごと</rt></ruby>を やめた とき）
        <ruby>学生証<rt>がくせいしょう</rt></ruby>か <ruby>在学証明書<rt>ざいがくしょうめいしょ</rt></ruby>（<ruby>学生納付特例<rt>がくせいのうふとくれい</rt></ruby>の とき）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 15～20<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = <ruby>入<rt>はい</rt></ruby>る <ruby>手続<rt>てつづ</rt></ruby>きは 14<ruby>日<rt>にち</rt></ruby><ruby>以内<rt>いない</rt></ruby>です。<ruby>免除<rt>めんじょ</rt></ruby>などは、2<ruby>年<rt>ねん</rt></ruby>1か<ruby>月<rt>げつ</rt></ruby> <ruby>前<rt>まえ</rt></ruby>の <ruby>分<rt>ぶん</rt></ruby>まで さかのぼって <ruby>申請<rt>しんせい</rt></ruby>できます。
    .notes = マイナポータルから インターネットで <ruby>申請<rt>しんせい</rt></ruby>する ことも できます。<ruby>学生納付特例<rt>がくせいのうふとくれい</rt></ruby>は、<ruby>毎年<rt>まいとし</rt></ruby>（4<ruby>月<rt>がつ</rt></ruby>から <ruby>次<rt>つぎ</rt></ruby>の <ruby>年<rt>とし</rt></ruby>の 3<ruby>月<rt>がつ</rt></ruby>まで）<ruby>申請<rt>しんせい</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>です。

svc-late-elderly-medical = <ruby>後期高齢者医療<rt>こうきこうれいしゃいりょう</rt></ruby>（75<ruby>歳<rt>さい</rt></ruby><ruby>以上<rt>いじょう</rt></ruby>の <ruby>医療保険<rt>いりょうほけん</rt></ruby>）
    .description = 75<ruby>歳<rt>さい</rt></ruby><ruby>以上<rt>いじょう</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>（<ruby>決<rt>き</rt></ruby>まった <ruby>障害<rt>しょうがい</rt></ruby>が ある 65<ruby>歳<rt>さい</rt></ruby><ruby>以上<rt>いじょう</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>も）の <ruby>医療保険<rt>いりょうほけん</rt></ruby>の <ruby>手続<rt>てつづ</rt></ruby>きです。
    .who = <ruby>本人<rt>ほんにん</rt></ruby>か、<ruby>同<rt>おな</rt></ruby>じ <ruby>世帯<rt>せたい</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>です。<ruby>代<rt>か</rt></ruby>わりの <ruby>人<rt>ひと</rt></ruby>は <ruby>委任状<rt>いにんじょう</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>です。
    .bring = <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
        <ruby>後期高齢者医療<rt>こうきこうれいしゃいりょう</rt></ruby>の <ruby>資格確認書<rt>しかくかくにんしょ</rt></ruby>（<ruby>持<rt>も</rt></ruby>って いる <ruby>人<rt>ひと</rt></ruby>）
        お<ruby>金<rt>かね</rt></ruby>を <ruby>受<rt>う</rt></ruby>け<ruby>取<rt>と</rt></ruby>る <ruby>口座<rt>こうざ</rt></ruby>が わかる もの（<ruby>払<rt>はら</rt></ruby>い<ruby>戻<rt>もど</rt></ruby>しの とき）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 15<ruby>分<rt>ふん</rt></ruby>ぐらい
    .deadline = <ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>しなどの ときは 14<ruby>日<rt>にち</rt></ruby><ruby>以内<rt>いない</rt></ruby>
    .notes = 75<ruby>歳<rt>さい</rt></ruby>に なると、<ruby>自動<rt>じどう</rt></ruby>で <ruby>入<rt>はい</rt></ruby>ります。<ruby>資格確認書<rt>しかくかくにんしょ</rt></ruby>などは <ruby>郵便<rt>ゆうびん</rt></ruby>で <ruby>届<rt>とど</rt></ruby>きます。

## Services — 保健福祉課

svc-maternal-handbook = <ruby>妊娠届<rt>にんしんとどけ</rt></ruby>・<ruby>母子健康手帳<rt>ぼしけんこうてちょう</rt></ruby>
    .description = <ruby>妊娠<rt>にんしん</rt></ruby>した ときの <ruby>届<rt>とど</rt></ruby>けです。<ruby>母子健康手帳<rt>ぼしけんこうてちょう</rt></ruby>と、<ruby>妊婦健診<rt>にんぷけんしん</rt></ruby>の <ruby>受診券<rt>じゅしんけん</rt></ruby>を わたします。
    .who = <ruby>妊娠<rt>にんしん</rt></ruby>した <ruby>本人<rt>ほんにん</rt></ruby>です（<ruby>代<rt>か</rt></ruby>わりの <ruby>人<rt>ひと</rt></ruby>は <ruby>委任状<rt>いにんじょう</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>です）。
    .bring = <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby>、<ruby>在留<rt>ざいりゅう</rt></ruby>カード など）
        マイナンバーが わかる もの
        <ruby>出産予定日<rt>しゅっさんよていび</rt></ruby>など、<ruby>病院<rt>びょういん</rt></ruby>で <ruby>聞<rt>き</rt></ruby>いた ことが わかる もの
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 30～60<ruby>分<rt>ぷん</rt></ruby>ぐらい（<ruby>保健師<rt>ほけんし</rt></ruby>などと <ruby>話<rt>はな</rt></ruby>す <ruby>時間<rt>じかん</rt></ruby>が あります）
    .deadline = <ruby>病院<rt>びょういん</rt></ruby>で <ruby>妊娠<rt>にんしん</rt></ruby>が わかったら、<ruby>早<rt>はや</rt></ruby>めに <ruby>来<rt>き</rt></ruby>て ください（<ruby>妊娠<rt>にんしん</rt></ruby> 11<ruby>週<rt>しゅう</rt></ruby>ごろまでが <ruby>目安<rt>めやす</rt></ruby>です）。
    .notes = <ruby>妊婦健診<rt>にんぷけんしん</rt></ruby>の お<ruby>金<rt>かね</rt></ruby>の <ruby>助成<rt>じょせい</rt></ruby>が あります。<ruby>妊婦<rt>にんぷ</rt></ruby>のための <ruby>支援給付<rt>しえんきゅうふ</rt></ruby>（5<ruby>万円<rt>まんえん</rt></ruby>）の <ruby>申請<rt>しんせい</rt></ruby>も できます。

svc-child-allowance = <ruby>児童手当<rt>じどうてあて</rt></ruby>
    .description = 18<ruby>歳<rt>さい</rt></ruby>に なった <ruby>後<rt>あと</rt></ruby>の <ruby>最初<rt>さいしょ</rt></ruby>の 3<ruby>月<rt>がつ</rt></ruby>31<ruby>日<rt>にち</rt></ruby>までの <ruby>子<rt>こ</rt></ruby>どもを <ruby>育<rt>そだ</rt></ruby>てて いる <ruby>人<rt>ひと</rt></ruby>が もらえる お<ruby>金<rt>かね</rt></ruby>の <ruby>申請<rt>しんせい</rt></ruby>です。
    .who = <ruby>子<rt>こ</rt></ruby>どもを <ruby>育<rt>そだ</rt></ruby>てて いる <ruby>父<rt>ちち</rt></ruby>と <ruby>母<rt>はは</rt></ruby>の うち、<ruby>主<rt>おも</rt></ruby>に <ruby>生活費<rt>せいかつひ</rt></ruby>を <ruby>出<rt>だ</rt></ruby>して いる <ruby>人<rt>ひと</rt></ruby>です（<ruby>公務員<rt>こうむいん</rt></ruby>は <ruby>職場<rt>しょくば</rt></ruby>で <ruby>申請<rt>しんせい</rt></ruby>します）。
    .bring = <ruby>申請<rt>しんせい</rt></ruby>する <ruby>人<rt>ひと</rt></ruby>の <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>（マイナンバーカード、<ruby>運転免許証<rt>うんてんめんきょしょう</rt></ruby> など）
        <ruby>申請<rt>しんせい</rt></ruby>する <ruby>人<rt>ひと</rt></ruby>の <ruby>名前<rt>なまえ</rt></ruby>の <ruby>口座<rt>こうざ</rt></ruby>が わかる もの
        <ruby>申請<rt>しんせい</rt></ruby>する <ruby>人<rt>ひと</rt></ruby>と、<ruby>夫<rt>おっと</rt></ruby>か <ruby>妻<rt>つま</rt></ruby>の マイナンバーが わかる もの
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 20<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = <ruby>生<rt>う</rt></ruby>まれた <ruby>日<rt>ひ</rt></ruby>・<ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>して きた <ruby>日<rt>ひ</rt></ruby>の <ruby>次<rt>つぎ</rt></ruby>の <ruby>日<rt>ひ</rt></ruby>から 15<ruby>日<rt>にち</rt></ruby><ruby>以内<rt>いない</rt></ruby>です。<ruby>遅<rt>おく</rt></ruby>れると、その <ruby>月<rt>つき</rt></ruby>の <ruby>分<rt>ぶん</rt></ruby>は もらえません。
    .notes = 2024<ruby>年<rt>ねん</rt></ruby>10<ruby>月<rt>がつ</rt></ruby>から、<ruby>収入<rt>しゅうにゅう</rt></ruby>が <ruby>多<rt>おお</rt></ruby>い <ruby>人<rt>ひと</rt></ruby>も もらえます。お<ruby>金<rt>かね</rt></ruby>は 2か<ruby>月<rt>げつ</rt></ruby>ごとに <ruby>払<rt>はら</rt></ruby>われます。

svc-child-rearing-allowance = <ruby>児童扶養手当<rt>じどうふようてあて</rt></ruby>（ひとり<ruby>親<rt>おや</rt></ruby>の <ruby>家庭<rt>かてい</rt></ruby>など）
    .description = ひとり<ruby>親<rt>おや</rt></ruby>の <ruby>家庭<rt>かてい</rt></ruby>などで <ruby>子<rt>こ</rt></ruby>どもを <ruby>育<rt>そだ</rt></ruby>てて いる <ruby>人<rt>ひと</rt></ruby>が もらえる お<ruby>金<rt>かね</rt></ruby>の <ruby>申請<rt>しんせい</rt></ruby>です。<ruby>収入<rt>しゅうにゅう</rt></ruby>が <ruby>多<rt>おお</rt></ruby>い ときは もらえません。
    .who = <ruby>離婚<rt>りこん</rt></ruby>や <ruby>死別<rt>しべつ</rt></ruby>などで、ひとりで <ruby>子<rt>こ</rt></ruby>どもを <ruby>育<rt>そだ</rt></ruby>てて いる <ruby>父<rt>ちち</rt></ruby>か <ruby>母<rt>はは</rt></ruby>、または <ruby>親<rt>おや</rt></ruby>の <ruby>代<rt>か</rt></ruby>わりに <ruby>育<rt>そだ</rt></ruby>てて いる <ruby>人<rt>ひと</rt></ruby>です。
    .bring = <ruby>申請<rt>しんせい</rt></ruby>する <ruby>人<rt>ひと</rt></ruby>と <ruby>子<rt>こ</rt></ruby>どもの <ruby>戸籍謄本<rt>こせきとうほん</rt></ruby>（1か<ruby>月<rt>げつ</rt></ruby><ruby>以内<rt>いない</rt></ruby>に もらった もの）
        <ruby>申請<rt>しんせい</rt></ruby>する <ruby>人<rt>ひと</rt></ruby>の <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>
        <ruby>申請<rt>しんせい</rt></ruby>する <ruby>人<rt>ひと</rt></ruby>の <ruby>名前<rt>なまえ</rt></ruby>の <ruby>口座<rt>こうざ</rt></ruby>が わかる もの
        <ruby>申請<rt>しんせい</rt></ruby>する <ruby>人<rt>ひと</rt></ruby>・<ruby>子<rt>こ</rt></ruby>ども・<ruby>扶養義務者<rt>ふようぎむしゃ</rt></ruby>の マイナンバーが わかる もの
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 60<ruby>分<rt>ぷん</rt></ruby>ぐらい（<ruby>面談<rt>めんだん</rt></ruby>が あります）
    .deadline = ありません（<ruby>申請<rt>しんせい</rt></ruby>した <ruby>月<rt>つき</rt></ruby>の <ruby>次<rt>つぎ</rt></ruby>の <ruby>月<rt>つき</rt></ruby>の <ruby>分<rt>ぶん</rt></ruby>から もらえます）。
    .notes = <ruby>必要<rt>ひつよう</rt></ruby>な <ruby>書類<rt>しょるい</rt></ruby>は、<ruby>家庭<rt>かてい</rt></ruby>に よって <ruby>違<rt>ちが</rt></ruby>います。<ruby>前<rt>まえ</rt></ruby>もって <ruby>相談<rt>そうだん</rt></ruby>して ください。

svc-child-medical = <ruby>子<rt>こ</rt></ruby>ども<ruby>医療費<rt>いりょうひ</rt></ruby>（<ruby>子<rt>こ</rt></ruby>ども<ruby>医療証<rt>いりょうしょう</rt></ruby>）
    .description = <ruby>子<rt>こ</rt></ruby>どもが <ruby>病院<rt>びょういん</rt></ruby>に かかった ときの お<ruby>金<rt>かね</rt></ruby>を <ruby>助<rt>たす</rt></ruby>ける <ruby>医療証<rt>いりょうしょう</rt></ruby>の <ruby>申請<rt>しんせい</rt></ruby>です（18<ruby>歳<rt>さい</rt></ruby>に なった <ruby>後<rt>あと</rt></ruby>の 3<ruby>月<rt>がつ</rt></ruby>31<ruby>日<rt>にち</rt></ruby>まで）。
    .who = <ruby>北九州市<rt>きたきゅうしゅうし</rt></ruby>に <ruby>住<rt>す</rt></ruby>んで いて、<ruby>健康保険<rt>けんこうほけん</rt></ruby>に <ruby>入<rt>はい</rt></ruby>って いる <ruby>子<rt>こ</rt></ruby>どもの <ruby>親<rt>おや</rt></ruby>などです。
    .bring = <ruby>子<rt>こ</rt></ruby>どもの <ruby>健康保険<rt>けんこうほけん</rt></ruby>が わかる もの（<ruby>資格確認書<rt>しかくかくにんしょ</rt></ruby> など）
        <ruby>親<rt>おや</rt></ruby>などの <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>
        <ruby>所得額証明書<rt>しょとくがくしょうめいしょ</rt></ruby>（<ruby>市<rt>し</rt></ruby>の <ruby>外<rt>そと</rt></ruby>から <ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>して きた ときなどに <ruby>必要<rt>ひつよう</rt></ruby>な ことが あります）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 15<ruby>分<rt>ふん</rt></ruby>ぐらい
    .deadline = <ruby>生<rt>う</rt></ruby>まれた <ruby>日<rt>ひ</rt></ruby>の <ruby>次<rt>つぎ</rt></ruby>の <ruby>日<rt>ひ</rt></ruby>から 1か<ruby>月<rt>げつ</rt></ruby><ruby>以内<rt>いない</rt></ruby>、<ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>して きた <ruby>日<rt>ひ</rt></ruby>の <ruby>次<rt>つぎ</rt></ruby>の <ruby>日<rt>ひ</rt></ruby>から 15<ruby>日<rt>にち</rt></ruby><ruby>以内<rt>いない</rt></ruby>
    .notes = <ruby>払<rt>はら</rt></ruby>う お<ruby>金<rt>かね</rt></ruby>は、<ruby>子<rt>こ</rt></ruby>どもの <ruby>年齢<rt>ねんれい</rt></ruby>で <ruby>違<rt>ちが</rt></ruby>います。<ruby>生活保護<rt>せいかつほご</rt></ruby>を <ruby>受<rt>う</rt></ruby>けて いる <ruby>人<rt>ひと</rt></ruby>は、この <ruby>医療証<rt>いりょうしょう</rt></ruby>の <ruby>対象<rt>たいしょう</rt></ruby>では ありません。

svc-single-parent-medical = ひとり<ruby>親<rt>おや</rt></ruby>の <ruby>家庭<rt>かてい</rt></ruby>などの <ruby>医療証<rt>いりょうしょう</rt></ruby>
    .description = ひとり<ruby>親<rt>おや</rt></ruby>の <ruby>家庭<rt>かてい</rt></ruby>などの <ruby>親<rt>おや</rt></ruby>と <ruby>子<rt>こ</rt></ruby>どもが <ruby>病院<rt>びょういん</rt></ruby>に かかった ときの お<ruby>金<rt>かね</rt></ruby>を <ruby>助<rt>たす</rt></ruby>ける <ruby>医療証<rt>いりょうしょう</rt></ruby>の <ruby>申請<rt>しんせい</rt></ruby>です。
    .who = ひとり<ruby>親<rt>おや</rt></ruby>の <ruby>家庭<rt>かてい</rt></ruby>の <ruby>父<rt>ちち</rt></ruby>か <ruby>母<rt>はは</rt></ruby>と、18<ruby>歳<rt>さい</rt></ruby>に なった <ruby>後<rt>あと</rt></ruby>の 3<ruby>月<rt>がつ</rt></ruby>31<ruby>日<rt>にち</rt></ruby>までの <ruby>子<rt>こ</rt></ruby>どもです（<ruby>収入<rt>しゅうにゅう</rt></ruby>の <ruby>制限<rt>せいげん</rt></ruby>が あります）。
    .bring = <ruby>申請<rt>しんせい</rt></ruby>する <ruby>人<rt>ひと</rt></ruby>と <ruby>子<rt>こ</rt></ruby>どもの <ruby>戸籍謄本<rt>こせきとうほん</rt></ruby>
        <ruby>健康保険<rt>けんこうほけん</rt></ruby>が わかる もの（<ruby>資格確認書<rt>しかくかくにんしょ</rt></ruby> など）
        <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>
        <ruby>所得額証明書<rt>しょとくがくしょうめいしょ</rt></ruby>（<ruby>市<rt>し</rt></ruby>の <ruby>外<rt>そと</rt></ruby>から <ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>して きた とき）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 20<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = ありません（<ruby>申請<rt>しんせい</rt></ruby>した <ruby>月<rt>つき</rt></ruby>から <ruby>使<rt>つか</rt></ruby>えます）。
    .notes = <ruby>親<rt>おや</rt></ruby>が いない <ruby>子<rt>こ</rt></ruby>どもを <ruby>育<rt>そだ</rt></ruby>てて いる <ruby>人<rt>ひと</rt></ruby>も、<ruby>対象<rt>たいしょう</rt></ruby>に なる ことが あります。<ruby>児童扶養手当<rt>じどうふようてあて</rt></ruby>と <ruby>一緒<rt>いっしょ</rt></ruby>に <ruby>手続<rt>てつづ</rt></ruby>き できる ことが あります。

svc-nursery-application = <ruby>保育所<rt>ほいくしょ</rt></ruby>などの <ruby>申<rt>もう</rt></ruby>し<ruby>込<rt>こ</rt></ruby>み
    .description = <ruby>仕事<rt>しごと</rt></ruby>や <ruby>病気<rt>びょうき</rt></ruby>などで、<ruby>家<rt>いえ</rt></ruby>で <ruby>子<rt>こ</rt></ruby>どもを <ruby>見<rt>み</rt></ruby>る ことが できない とき、<ruby>保育所<rt>ほいくしょ</rt></ruby>や <ruby>認定<rt>にんてい</rt></ruby>こども<ruby>園<rt>えん</rt></ruby>などに <ruby>申<rt>もう</rt></ruby>し<ruby>込<rt>こ</rt></ruby>みます。
    .who = <ruby>北九州市<rt>きたきゅうしゅうし</rt></ruby>に <ruby>住<rt>す</rt></ruby>む、<ruby>小学校<rt>しょうがっこう</rt></ruby>に <ruby>入<rt>はい</rt></ruby>る <ruby>前<rt>まえ</rt></ruby>の <ruby>子<rt>こ</rt></ruby>どもの <ruby>親<rt>おや</rt></ruby>などで、<ruby>保育<rt>ほいく</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>な <ruby>理由<rt>りゆう</rt></ruby>（<ruby>仕事<rt>しごと</rt></ruby>・<ruby>妊娠<rt>にんしん</rt></ruby>・<ruby>病気<rt>びょうき</rt></ruby>・<ruby>介護<rt>かいご</rt></ruby>など）が ある <ruby>人<rt>ひと</rt></ruby>です。
    .bring = <ruby>申込書<rt>もうしこみしょ</rt></ruby>
        <ruby>保育<rt>ほいく</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>な ことが わかる <ruby>紙<rt>かみ</rt></ruby>（<ruby>就労証明書<rt>しゅうろうしょうめいしょ</rt></ruby> など）
        <ruby>親<rt>おや</rt></ruby>などの <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>と、マイナンバーが わかる もの
    .fee = <ruby>申<rt>もう</rt></ruby>し<ruby>込<rt>こ</rt></ruby>みは <ruby>無料<rt>むりょう</rt></ruby>です。<ruby>保育料<rt>ほいくりょう</rt></ruby>は <ruby>収入<rt>しゅうにゅう</rt></ruby>で <ruby>決<rt>き</rt></ruby>まります（3～5<ruby>歳<rt>さい</rt></ruby>は ふつう <ruby>無料<rt>むりょう</rt></ruby>）。
    .time = 30<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = <ruby>入<rt>はい</rt></ruby>りたい <ruby>月<rt>つき</rt></ruby>ごとに <ruby>締<rt>し</rt></ruby>め<ruby>切<rt>き</rt></ruby>りが あります（4<ruby>月<rt>がつ</rt></ruby>に <ruby>入<rt>はい</rt></ruby>る ときは、<ruby>前<rt>まえ</rt></ruby>の <ruby>年<rt>とし</rt></ruby>の <ruby>秋<rt>あき</rt></ruby>ごろに <ruby>申<rt>もう</rt></ruby>し<ruby>込<rt>こ</rt></ruby>みます）。
    .notes = <ruby>希望<rt>きぼう</rt></ruby>の <ruby>施設<rt>しせつ</rt></ruby>に <ruby>入<rt>はい</rt></ruby>れない ことも あります。<ruby>前<rt>まえ</rt></ruby>もって <ruby>施設<rt>しせつ</rt></ruby>を <ruby>見<rt>み</rt></ruby>に <ruby>行<rt>い</rt></ruby>くと <ruby>安心<rt>あんしん</rt></ruby>です。

svc-child-family-consultation = <ruby>子<rt>こ</rt></ruby>ども・<ruby>家庭<rt>かてい</rt></ruby>の <ruby>相談<rt>そうだん</rt></ruby>（<ruby>子育<rt>こそだ</rt></ruby>て・ひとり<ruby>親<rt>おや</rt></ruby>・DV）
    .description = <ruby>子育<rt>こそだ</rt></ruby>ての なやみ、ひとり<ruby>親<rt>おや</rt></ruby>の <ruby>家庭<rt>かてい</rt></ruby>の <ruby>生活<rt>せいかつ</rt></ruby>、<ruby>夫<rt>おっと</rt></ruby>や <ruby>妻<rt>つま</rt></ruby>などからの <ruby>暴力<rt>ぼうりょく</rt></ruby>（DV）について、<ruby>相談<rt>そうだん</rt></ruby>できます。
    .who = だれでも <ruby>相談<rt>そうだん</rt></ruby>できます。
    .bring = <ruby>特<rt>とく</rt></ruby>に ありません。
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 30～60<ruby>分<rt>ぷん</rt></ruby>ぐらい（<ruby>内容<rt>ないよう</rt></ruby>に よります）
    .deadline = ありません。
    .notes = <ruby>相談<rt>そうだん</rt></ruby>した ことの <ruby>秘密<rt>ひみつ</rt></ruby>は <ruby>守<rt>まも</rt></ruby>ります。<ruby>危<rt>あぶ</rt></ruby>ない ときは、すぐ 110<ruby>番<rt>ばん</rt></ruby>に <ruby>電話<rt>でんわ</rt></ruby>して ください。<ruby>子<rt>こ</rt></ruby>どもへの <ruby>虐待<rt>ぎゃくたい</rt></ruby>に <ruby>気<rt>き</rt></ruby>づいたら、189<ruby>番<rt>ばん</rt></ruby>に <ruby>電話<rt>でんわ</rt></ruby>して ください。

svc-long-term-care = <ruby>介護保険<rt>かいごほけん</rt></ruby>（<ruby>要介護認定<rt>ようかいごにんてい</rt></ruby>・<ruby>被保険者証<rt>ひほけんしゃしょう</rt></ruby>）
    .description = <ruby>介護<rt>かいご</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>に なった ときの <ruby>認定<rt>にんてい</rt></ruby>（<ruby>要介護<rt>ようかいご</rt></ruby>・<ruby>要支援<rt>ようしえん</rt></ruby>）の <ruby>申請<rt>しんせい</rt></ruby>と、<ruby>介護保険<rt>かいごほけん</rt></ruby>の <ruby>被保険者証<rt>ひほけんしゃしょう</rt></ruby>の <ruby>手続<rt>てつづ</rt></ruby>きです。
    .who = 65<ruby>歳<rt>さい</rt></ruby><ruby>以上<rt>いじょう</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>、または <ruby>決<rt>き</rt></ruby>まった <ruby>病気<rt>びょうき</rt></ruby>が ある 40～64<ruby>歳<rt>さい</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>です。<ruby>家族<rt>かぞく</rt></ruby>や ケアマネジャーも <ruby>申請<rt>しんせい</rt></ruby>できます。
    .bring = <ruby>介護保険被保険者証<rt>かいごほけんひほけんしゃしょう</rt></ruby>
        <ruby>健康保険<rt>けんこうほけん</rt></ruby>の <ruby>資格確認書<rt>しかくかくにんしょ</rt></ruby>など（40～64<ruby>歳<rt>さい</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>）
        <ruby>申請<rt>しんせい</rt></ruby>する <ruby>人<rt>ひと</rt></ruby>の <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>
        かかりつけの <ruby>医師<rt>いし</rt></ruby>の <ruby>名前<rt>なまえ</rt></ruby>と <ruby>病院<rt>びょういん</rt></ruby>が わかる もの
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 20～30<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = ありません（<ruby>結果<rt>けっか</rt></ruby>は ふつう、<ruby>申請<rt>しんせい</rt></ruby>から 30<ruby>日<rt>にち</rt></ruby><ruby>以内<rt>いない</rt></ruby>に <ruby>届<rt>とど</rt></ruby>きます）。
    .notes = <ruby>申請<rt>しんせい</rt></ruby>の <ruby>後<rt>あと</rt></ruby>、<ruby>調査<rt>ちょうさ</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>が <ruby>家<rt>いえ</rt></ruby>などに <ruby>来<rt>き</rt></ruby>て、<ruby>体<rt>からだ</rt></ruby>や <ruby>心<rt>こころ</rt></ruby>の <ruby>様子<rt>ようす</rt></ruby>を <ruby>聞<rt>き</rt></ruby>きます。65<ruby>歳<rt>さい</rt></ruby>に なると、<ruby>被保険者証<rt>ひほけんしゃしょう</rt></ruby>が <ruby>郵便<rt>ゆうびん</rt></ruby>で <ruby>届<rt>とど</rt></ruby>きます。

svc-elderly-welfare = お<ruby>年寄<rt>としよ</rt></ruby>りの <ruby>福祉<rt>ふくし</rt></ruby>サービス・<ruby>相談<rt>そうだん</rt></ruby>
    .description = お<ruby>年寄<rt>としよ</rt></ruby>りの <ruby>生活<rt>せいかつ</rt></ruby>、<ruby>介護<rt>かいご</rt></ruby>、<ruby>認知症<rt>にんちしょう</rt></ruby>、<ruby>見守<rt>みまも</rt></ruby>り、<ruby>虐待<rt>ぎゃくたい</rt></ruby>などの <ruby>相談<rt>そうだん</rt></ruby>が できます。<ruby>福祉<rt>ふくし</rt></ruby>の サービスも <ruby>案内<rt>あんない</rt></ruby>します。
    .who = お<ruby>年寄<rt>としよ</rt></ruby>り、その <ruby>家族<rt>かぞく</rt></ruby>、<ruby>近所<rt>きんじょ</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>など、だれでも <ruby>相談<rt>そうだん</rt></ruby>できます。
    .bring = <ruby>特<rt>とく</rt></ruby>に ありません（<ruby>介護保険被保険者証<rt>かいごほけんひほけんしゃしょう</rt></ruby>が あれば <ruby>持<rt>も</rt></ruby>って きて ください）。
    .fee = <ruby>相談<rt>そうだん</rt></ruby>は <ruby>無料<rt>むりょう</rt></ruby>です（サービスに よって、お<ruby>金<rt>かね</rt></ruby>が かかります）。
    .time = 30<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = ありません。
    .notes = <ruby>地域包括支援<rt>ちいきほうかつしえん</rt></ruby>センターと <ruby>一緒<rt>いっしょ</rt></ruby>に <ruby>対応<rt>たいおう</rt></ruby>します。<ruby>住<rt>す</rt></ruby>んで いる <ruby>地域<rt>ちいき</rt></ruby>の <ruby>窓口<rt>まどぐち</rt></ruby>を <ruby>案内<rt>あんない</rt></ruby>する ことが あります。

svc-disability-services = <ruby>障害者手帳<rt>しょうがいしゃてちょう</rt></ruby>・<ruby>障害福祉<rt>しょうがいふくし</rt></ruby>サービス
    .description = <ruby>身体障害者手帳<rt>しんたいしょうがいしゃてちょう</rt></ruby>・<ruby>療育手帳<rt>りょういくてちょう</rt></ruby>・<ruby>精神障害者保健福祉手帳<rt>せいしんしょうがいしゃほけんふくしてちょう</rt></ruby>の <ruby>申請<rt>しんせい</rt></ruby>と、<ruby>障害福祉<rt>しょうがいふくし</rt></ruby>サービスの <ruby>相談<rt>そうだん</rt></ruby>です。
    .who = <ruby>障害<rt>しょうがい</rt></ruby>が ある <ruby>本人<rt>ほんにん</rt></ruby>か、その <ruby>家族<rt>かぞく</rt></ruby>です（18<ruby>歳<rt>さい</rt></ruby>より <ruby>下<rt>した</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>は <ruby>親<rt>おや</rt></ruby>など）。
    .bring = <ruby>診断書<rt>しんだんしょ</rt></ruby>（<ruby>身体障害者手帳<rt>しんたいしょうがいしゃてちょう</rt></ruby>・<ruby>精神障害者保健福祉手帳<rt>せいしんしょうがいしゃほけんふくしてちょう</rt></ruby>の とき。<ruby>決<rt>き</rt></ruby>まった <ruby>用紙<rt>ようし</rt></ruby>）
        <ruby>顔写真<rt>かおじゃしん</rt></ruby>（<ruby>縦<rt>たて</rt></ruby> 4cm × <ruby>横<rt>よこ</rt></ruby> 3cm）
        <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>と、マイナンバーが わかる もの
        <ruby>今<rt>いま</rt></ruby> <ruby>持<rt>も</rt></ruby>って いる <ruby>障害者手帳<rt>しょうがいしゃてちょう</rt></ruby>（<ruby>更新<rt>こうしん</rt></ruby>・<ruby>変更<rt>へんこう</rt></ruby>の とき）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です（<ruby>診断書<rt>しんだんしょ</rt></ruby>の お<ruby>金<rt>かね</rt></ruby>は <ruby>自分<rt>じぶん</rt></ruby>で <ruby>払<rt>はら</rt></ruby>います）。
    .time = 30<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = ありません（<ruby>精神障害者保健福祉手帳<rt>せいしんしょうがいしゃほけんふくしてちょう</rt></ruby>は、2<ruby>年<rt>ねん</rt></ruby>ごとに <ruby>更新<rt>こうしん</rt></ruby>します）。
    .notes = <ruby>療育手帳<rt>りょういくてちょう</rt></ruby>は、<ruby>判定<rt>はんてい</rt></ruby>の <ruby>予約<rt>よやく</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>です。<ruby>手帳<rt>てちょう</rt></ruby>が <ruby>届<rt>とど</rt></ruby>くまで、1～2か<ruby>月<rt>げつ</rt></ruby>ぐらい かかります。

svc-health-consultation = <ruby>健康<rt>けんこう</rt></ruby>の <ruby>相談<rt>そうだん</rt></ruby>（<ruby>検診<rt>けんしん</rt></ruby>・<ruby>予防接種<rt>よぼうせっしゅ</rt></ruby>）
    .description = <ruby>健康<rt>けんこう</rt></ruby>、<ruby>検診<rt>けんしん</rt></ruby>（がん<ruby>検診<rt>けんしん</rt></ruby>など）、<ruby>予防接種<rt>よぼうせっしゅ</rt></ruby>、<ruby>食事<rt>しょくじ</rt></ruby>などについて、<ruby>保健師<rt>ほけんし</rt></ruby>などに <ruby>相談<rt>そうだん</rt></ruby>できます。
    .who = <ruby>区<rt>く</rt></ruby>に <ruby>住<rt>す</rt></ruby>んで いる <ruby>人<rt>ひと</rt></ruby>など、だれでも <ruby>相談<rt>そうだん</rt></ruby>できます。
    .bring = <ruby>母子健康手帳<rt>ぼしけんこうてちょう</rt></ruby>（<ruby>子<rt>こ</rt></ruby>どもの <ruby>予防接種<rt>よぼうせっしゅ</rt></ruby>の <ruby>相談<rt>そうだん</rt></ruby>の とき）
        <ruby>健康診断<rt>けんこうしんだん</rt></ruby>の <ruby>結果<rt>けっか</rt></ruby>（<ruby>持<rt>も</rt></ruby>って いる <ruby>人<rt>ひと</rt></ruby>）
    .fee = <ruby>相談<rt>そうだん</rt></ruby>は <ruby>無料<rt>むりょう</rt></ruby>です（<ruby>検診<rt>けんしん</rt></ruby>や <ruby>予防接種<rt>よぼうせっしゅ</rt></ruby>は、お<ruby>金<rt>かね</rt></ruby>が かかる ことが あります）。
    .time = 15～30<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = ありません。
    .notes = <ruby>予約<rt>よやく</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>な <ruby>相談<rt>そうだん</rt></ruby>も あります。<ruby>検診<rt>けんしん</rt></ruby>や <ruby>予防接種<rt>よぼうせっしゅ</rt></ruby>の <ruby>多<rt>おお</rt></ruby>くは、<ruby>市内<rt>しない</rt></ruby>の <ruby>病院<rt>びょういん</rt></ruby>で <ruby>受<rt>う</rt></ruby>けます。

svc-dog-registration = <ruby>犬<rt>いぬ</rt></ruby>の <ruby>登録<rt>とうろく</rt></ruby>・<ruby>狂犬病予防注射済票<rt>きょうけんびょうよぼうちゅうしゃずみひょう</rt></ruby>
    .description = <ruby>飼<rt>か</rt></ruby>い<ruby>犬<rt>いぬ</rt></ruby>の <ruby>登録<rt>とうろく</rt></ruby>（<ruby>一生<rt>いっしょう</rt></ruby>に 1<ruby>回<rt>かい</rt></ruby>）と、<ruby>毎年<rt>まいとし</rt></ruby>の <ruby>狂犬病<rt>きょうけんびょう</rt></ruby>の <ruby>予防注射<rt>よぼうちゅうしゃ</rt></ruby>の <ruby>注射済票<rt>ちゅうしゃずみひょう</rt></ruby>を わたします。
    .who = <ruby>生<rt>う</rt></ruby>まれて 91<ruby>日<rt>にち</rt></ruby><ruby>以上<rt>いじょう</rt></ruby>の <ruby>犬<rt>いぬ</rt></ruby>の <ruby>飼<rt>か</rt></ruby>い<ruby>主<rt>ぬし</rt></ruby>です。
    .bring = <ruby>狂犬病予防注射済証明書<rt>きょうけんびょうよぼうちゅうしゃずみしょうめいしょ</rt></ruby>（<ruby>動物病院<rt>どうぶつびょういん</rt></ruby>で もらった もの）
        <ruby>犬<rt>いぬ</rt></ruby>の <ruby>鑑札<rt>かんさつ</rt></ruby>（もう <ruby>登録<rt>とうろく</rt></ruby>して いる とき）
    .fee = <ruby>登録<rt>とうろく</rt></ruby>は 3,000<ruby>円<rt>えん</rt></ruby>、<ruby>注射済票<rt>ちゅうしゃずみひょう</rt></ruby>は 550<ruby>円<rt>えん</rt></ruby>です。
    .time = 10<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = <ruby>犬<rt>いぬ</rt></ruby>を <ruby>飼<rt>か</rt></ruby>い<ruby>始<rt>はじ</rt></ruby>めてから 30<ruby>日<rt>にち</rt></ruby><ruby>以内<rt>いない</rt></ruby>（<ruby>生<rt>う</rt></ruby>まれて 90<ruby>日<rt>にち</rt></ruby>までの <ruby>犬<rt>いぬ</rt></ruby>は、90<ruby>日<rt>にち</rt></ruby>を <ruby>過<rt>す</rt></ruby>ぎてから 30<ruby>日<rt>にち</rt></ruby><ruby>以内<rt>いない</rt></ruby>）
    .notes = 2023<ruby>年<rt>ねん</rt></ruby>3<ruby>月<rt>がつ</rt></ruby><ruby>1日<rt>ついたち</rt></ruby><ruby>以降<rt>いこう</rt></ruby>に、<ruby>環境省<rt>かんきょうしょう</rt></ruby>の マイクロチップの <ruby>登録<rt>とうろく</rt></ruby>を した <ruby>犬<rt>いぬ</rt></ruby>は、<ruby>窓口<rt>まどぐち</rt></ruby>での <ruby>登録<rt>とうろく</rt></ruby>は いりません。<ruby>狂犬病<rt>きょうけんびょう</rt></ruby>の <ruby>予防注射<rt>よぼうちゅうしゃ</rt></ruby>は、<ruby>毎年<rt>まいとし</rt></ruby> 1<ruby>回<rt>かい</rt></ruby> <ruby>受<rt>う</rt></ruby>けさせて ください。

## Services — 保護第一課・保護第二課

svc-public-assistance = <ruby>生活保護<rt>せいかつほご</rt></ruby>の <ruby>相談<rt>そうだん</rt></ruby>
    .description = <ruby>病気<rt>びょうき</rt></ruby>、<ruby>仕事<rt>しごと</rt></ruby>を なくした、<ruby>年<rt>とし</rt></ruby>を とった などで、<ruby>生活<rt>せいかつ</rt></ruby>に <ruby>困<rt>こま</rt></ruby>った ときの <ruby>相談<rt>そうだん</rt></ruby>と、<ruby>生活保護<rt>せいかつほご</rt></ruby>の <ruby>申請<rt>しんせい</rt></ruby>です。
    .who = <ruby>生活<rt>せいかつ</rt></ruby>に <ruby>困<rt>こま</rt></ruby>って いる <ruby>人<rt>ひと</rt></ruby>や、その <ruby>家族<rt>かぞく</rt></ruby>です。だれでも <ruby>相談<rt>そうだん</rt></ruby>できます。
    .bring = <ruby>特<rt>とく</rt></ruby>に ありません（あれば <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>、<ruby>通帳<rt>つうちょう</rt></ruby>、<ruby>収入<rt>しゅうにゅう</rt></ruby>や <ruby>家賃<rt>やちん</rt></ruby>が わかる <ruby>紙<rt>かみ</rt></ruby>）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 60<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = ありません。
    .notes = <ruby>生活保護<rt>せいかつほご</rt></ruby>の <ruby>申請<rt>しんせい</rt></ruby>は、<ruby>必要<rt>ひつよう</rt></ruby>な <ruby>人<rt>ひと</rt></ruby>の <ruby>権利<rt>けんり</rt></ruby>です。<ruby>相談<rt>そうだん</rt></ruby>した ことの <ruby>秘密<rt>ひみつ</rt></ruby>は <ruby>守<rt>まも</rt></ruby>ります。<ruby>住<rt>す</rt></ruby>んで いる <ruby>地区<rt>ちく</rt></ruby>に よって、<ruby>保護第一課<rt>ほごだいいっか</rt></ruby>か <ruby>保護第二課<rt>ほごだいにか</rt></ruby>が <ruby>担当<rt>たんとう</rt></ruby>します。

## Services — まちづくり整備課

svc-roads-parks = <ruby>道路<rt>どうろ</rt></ruby>・<ruby>公園<rt>こうえん</rt></ruby>の <ruby>相談<rt>そうだん</rt></ruby>
    .description = <ruby>道路<rt>どうろ</rt></ruby>の <ruby>穴<rt>あな</rt></ruby>や <ruby>壊<rt>こわ</rt></ruby>れた ところ、<ruby>街灯<rt>がいとう</rt></ruby>、<ruby>溝<rt>みぞ</rt></ruby>、<ruby>公園<rt>こうえん</rt></ruby>の <ruby>遊具<rt>ゆうぐ</rt></ruby>の <ruby>故障<rt>こしょう</rt></ruby>などを <ruby>知<rt>し</rt></ruby>らせる ことが できます。
    .who = だれでも <ruby>相談<rt>そうだん</rt></ruby>できます。
    .bring = <ruby>場所<rt>ばしょ</rt></ruby>が わかる <ruby>地図<rt>ちず</rt></ruby>や <ruby>写真<rt>しゃしん</rt></ruby>（あれば）
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 15<ruby>分<rt>ふん</rt></ruby>ぐらい
    .deadline = ありません。
    .notes = <ruby>国<rt>くに</rt></ruby>が <ruby>管理<rt>かんり</rt></ruby>する <ruby>国道<rt>こくどう</rt></ruby>などは、<ruby>担当<rt>たんとう</rt></ruby>の <ruby>窓口<rt>まどぐち</rt></ruby>を <ruby>案内<rt>あんない</rt></ruby>します。<ruby>危<rt>あぶ</rt></ruby>ない <ruby>場所<rt>ばしょ</rt></ruby>は、<ruby>早<rt>はや</rt></ruby>めに <ruby>知<rt>し</rt></ruby>らせて ください。

## Services — コミュニティ支援課

svc-community-associations = <ruby>自治会<rt>じちかい</rt></ruby>・<ruby>町内会<rt>ちょうないかい</rt></ruby>・<ruby>市民<rt>しみん</rt></ruby>センター
    .description = <ruby>自治会<rt>じちかい</rt></ruby>（<ruby>町内会<rt>ちょうないかい</rt></ruby>）に <ruby>入<rt>はい</rt></ruby>る こと、<ruby>市民<rt>しみん</rt></ruby>センターの <ruby>使<rt>つか</rt></ruby>い<ruby>方<rt>かた</rt></ruby>、<ruby>地域<rt>ちいき</rt></ruby>の <ruby>団体<rt>だんたい</rt></ruby>について <ruby>相談<rt>そうだん</rt></ruby>できます。
    .who = だれでも <ruby>相談<rt>そうだん</rt></ruby>できます。
    .bring = <ruby>特<rt>とく</rt></ruby>に ありません。
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です（<ruby>市民<rt>しみん</rt></ruby>センターの <ruby>部屋<rt>へや</rt></ruby>を <ruby>使<rt>つか</rt></ruby>う ときは、お<ruby>金<rt>かね</rt></ruby>が かかる ことが あります）。
    .time = 15<ruby>分<rt>ふん</rt></ruby>ぐらい
    .deadline = ありません。
    .notes = <ruby>住<rt>す</rt></ruby>んで いる <ruby>地域<rt>ちいき</rt></ruby>の <ruby>自治会<rt>じちかい</rt></ruby>の <ruby>連絡先<rt>れんらくさき</rt></ruby>を <ruby>教<rt>おし</rt></ruby>えます。

svc-community-activities = <ruby>地域<rt>ちいき</rt></ruby>の <ruby>活動<rt>かつどう</rt></ruby>・ボランティア・<ruby>生涯学習<rt>しょうがいがくしゅう</rt></ruby>
    .description = <ruby>地域<rt>ちいき</rt></ruby>の まちづくりの <ruby>活動<rt>かつどう</rt></ruby>、ボランティア、<ruby>講座<rt>こうざ</rt></ruby>などの <ruby>学<rt>まな</rt></ruby>びについて <ruby>案内<rt>あんない</rt></ruby>します。
    .who = だれでも <ruby>相談<rt>そうだん</rt></ruby>できます。
    .bring = <ruby>特<rt>とく</rt></ruby>に ありません。
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です（<ruby>講座<rt>こうざ</rt></ruby>に よって、お<ruby>金<rt>かね</rt></ruby>が かかる ことが あります）。
    .time = 15<ruby>分<rt>ふん</rt></ruby>ぐらい
    .deadline = ありません。
    .notes = <ruby>講座<rt>こうざ</rt></ruby>や イベントの お<ruby>知<rt>し</rt></ruby>らせは、「<ruby>市政<rt>しせい</rt></ruby>だより」や <ruby>市<rt>し</rt></ruby>の ホームページでも <ruby>見<rt>み</rt></ruby>る ことが できます。

## Services — 総務企画課

svc-ward-general = <ruby>区<rt>く</rt></ruby>の <ruby>仕事<rt>しごと</rt></ruby>・お<ruby>知<rt>し</rt></ruby>らせ・<ruby>防災<rt>ぼうさい</rt></ruby>の <ruby>問<rt>と</rt></ruby>い<ruby>合<rt>あ</rt></ruby>わせ
    .description = <ruby>区<rt>く</rt></ruby>の <ruby>取<rt>と</rt></ruby>り<ruby>組<rt>く</rt></ruby>み、お<ruby>知<rt>し</rt></ruby>らせ、<ruby>防災<rt>ぼうさい</rt></ruby>（<ruby>避難所<rt>ひなんじょ</rt></ruby>・ハザードマップ など）について <ruby>聞<rt>き</rt></ruby>く ことが できます。
    .who = だれでも <ruby>聞<rt>き</rt></ruby>く ことが できます。
    .bring = <ruby>特<rt>とく</rt></ruby>に ありません。
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 10<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = ありません。
    .notes = どの <ruby>窓口<rt>まどぐち</rt></ruby>に <ruby>行<rt>い</rt></ruby>けば いいか わからない ときも、ここで <ruby>案内<rt>あんない</rt></ruby>します。

svc-elections = <ruby>選挙<rt>せんきょ</rt></ruby>の <ruby>問<rt>と</rt></ruby>い<ruby>合<rt>あ</rt></ruby>わせ
    .description = <ruby>選挙人名簿<rt>せんきょにんめいぼ</rt></ruby>、<ruby>期日前投票<rt>きじつぜんとうひょう</rt></ruby>、<ruby>不在者投票<rt>ふざいしゃとうひょう</rt></ruby>など、<ruby>選挙<rt>せんきょ</rt></ruby>について <ruby>聞<rt>き</rt></ruby>く ことが できます。
    .who = だれでも <ruby>聞<rt>き</rt></ruby>く ことが できます。
    .bring = <ruby>特<rt>とく</rt></ruby>に ありません（<ruby>不在者投票<rt>ふざいしゃとうひょう</rt></ruby>の <ruby>請求<rt>せいきゅう</rt></ruby>などは <ruby>本人確認書類<rt>ほんにんかくにんしょるい</rt></ruby>）。
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = 10<ruby>分<rt>ぷん</rt></ruby>ぐらい
    .deadline = ありません（<ruby>選挙<rt>せんきょ</rt></ruby>ごとに <ruby>日<rt>ひ</rt></ruby>にちが <ruby>決<rt>き</rt></ruby>まって います）。
    .notes = <ruby>選挙<rt>せんきょ</rt></ruby>で <ruby>投票<rt>とうひょう</rt></ruby>できるのは、18<ruby>歳<rt>さい</rt></ruby><ruby>以上<rt>いじょう</rt></ruby>で <ruby>日本<rt>にほん</rt></ruby>の <ruby>国籍<rt>こくせき</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>です。<ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>してから 3か<ruby>月<rt>げつ</rt></ruby>の <ruby>間<rt>あいだ</rt></ruby>は、<ruby>前<rt>まえ</rt></ruby>の <ruby>住所<rt>じゅうしょ</rt></ruby>で <ruby>投票<rt>とうひょう</rt></ruby>する ことが あります。

svc-citizen-consultation = <ruby>市民相談<rt>しみんそうだん</rt></ruby>（<ruby>法律相談<rt>ほうりつそうだん</rt></ruby>などの <ruby>予約<rt>よやく</rt></ruby>）
    .description = <ruby>弁護士<rt>べんごし</rt></ruby>の <ruby>無料<rt>むりょう</rt></ruby>の <ruby>法律相談<rt>ほうりつそうだん</rt></ruby>などの <ruby>予約<rt>よやく</rt></ruby>と、<ruby>暮<rt>く</rt></ruby>らしの <ruby>困<rt>こま</rt></ruby>りごとの <ruby>相談<rt>そうだん</rt></ruby>です。
    .who = <ruby>北九州市<rt>きたきゅうしゅうし</rt></ruby>に <ruby>住<rt>す</rt></ruby>んで いる <ruby>人<rt>ひと</rt></ruby>です（<ruby>相談<rt>そうだん</rt></ruby>の <ruby>種類<rt>しゅるい</rt></ruby>に よって <ruby>条件<rt>じょうけん</rt></ruby>が あります）。
    .bring = <ruby>特<rt>とく</rt></ruby>に ありません（<ruby>相談<rt>そうだん</rt></ruby>に <ruby>関係<rt>かんけい</rt></ruby>する <ruby>書類<rt>しょるい</rt></ruby>が あれば、<ruby>持<rt>も</rt></ruby>って きて ください）。
    .fee = <ruby>無料<rt>むりょう</rt></ruby>です。
    .time = <ruby>予約<rt>よやく</rt></ruby>は 10<ruby>分<rt>ぷん</rt></ruby>ぐらい（<ruby>法律相談<rt>ほうりつそうだん</rt></ruby>は 1<ruby>回<rt>かい</rt></ruby> 30<ruby>分<rt>ぷん</rt></ruby>ぐらい）
    .deadline = ありません（<ruby>予約<rt>よやく</rt></ruby>は <ruby>早<rt>はや</rt></ruby>い <ruby>順<rt>じゅん</rt></ruby>です）。
    .notes = <ruby>法律相談<rt>ほうりつそうだん</rt></ruby>は <ruby>予約<rt>よやく</rt></ruby>が <ruby>必要<rt>ひつよう</rt></ruby>です。<ruby>日<rt>ひ</rt></ruby>にちと <ruby>人数<rt>にんずう</rt></ruby>が <ruby>決<rt>き</rt></ruby>まって います。
