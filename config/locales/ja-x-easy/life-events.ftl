# Madoguchi life events — やさしい日本語 (ja-x-easy).
# Rewrite of ../ja/life-events.ftl in easy Japanese: short sentences, です/ます,
# words separated by spaces, furigana on every kanji as HTML ruby
# (<ruby>漢字<rt>かんじ</rt></ruby>).
# Plain text only: no placeables (curly braces) in values.

## Life events

life-moving-in = ほかの <ruby>市<rt>し</rt></ruby>や <ruby>町<rt>まち</rt></ruby>から <ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>して きました（<ruby>転入<rt>てんにゅう</rt></ruby>）
life-moving-out = <ruby>北九州市<rt>きたきゅうしゅうし</rt></ruby>の <ruby>外<rt>そと</rt></ruby>へ <ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>します（<ruby>転出<rt>てんしゅつ</rt></ruby>）
life-moving-within = <ruby>北九州市<rt>きたきゅうしゅうし</rt></ruby>の <ruby>中<rt>なか</rt></ruby>で <ruby>引<rt>ひ</rt></ruby>っ<ruby>越<rt>こ</rt></ruby>しました（<ruby>転居<rt>てんきょ</rt></ruby>）
life-birth = <ruby>子<rt>こ</rt></ruby>どもが <ruby>生<rt>う</rt></ruby>まれました（<ruby>出生<rt>しゅっしょう</rt></ruby>）
life-death = <ruby>家族<rt>かぞく</rt></ruby>が <ruby>亡<rt>な</rt></ruby>くなりました
life-marriage = <ruby>結婚<rt>けっこん</rt></ruby>します（<ruby>婚姻<rt>こんいん</rt></ruby>）
life-divorce = <ruby>離婚<rt>りこん</rt></ruby>します
life-school = <ruby>子<rt>こ</rt></ruby>どもが <ruby>小学校<rt>しょうがっこう</rt></ruby>・<ruby>中学校<rt>ちゅうがっこう</rt></ruby>に <ruby>入<rt>はい</rt></ruby>ります。または <ruby>学校<rt>がっこう</rt></ruby>が <ruby>変<rt>か</rt></ruby>わります（<ruby>就学<rt>しゅうがく</rt></ruby>）
life-turning-65 = 65<ruby>歳<rt>さい</rt></ruby>に なります（<ruby>介護保険<rt>かいごほけん</rt></ruby>）
life-turning-75 = 75<ruby>歳<rt>さい</rt></ruby>に なります（<ruby>後期高齢者医療<rt>こうきこうれいしゃいりょう</rt></ruby>）
life-retirement = <ruby>会社<rt>かいしゃ</rt></ruby>を <ruby>辞<rt>や</rt></ruby>めました（<ruby>国民健康保険<rt>こくみんけんこうほけん</rt></ruby>・<ruby>国民年金<rt>こくみんねんきん</rt></ruby>）

## Questions

question-children = 18<ruby>歳<rt>さい</rt></ruby>より <ruby>下<rt>した</rt></ruby>の <ruby>子<rt>こ</rt></ruby>どもが いますか？
question-school = <ruby>小学校<rt>しょうがっこう</rt></ruby>や <ruby>中学校<rt>ちゅうがっこう</rt></ruby>に <ruby>行<rt>い</rt></ruby>って いる <ruby>子<rt>こ</rt></ruby>どもが いますか？
question-nhi = <ruby>国民健康保険<rt>こくみんけんこうほけん</rt></ruby>に <ruby>入<rt>はい</rt></ruby>りますか？ <ruby>今<rt>いま</rt></ruby> <ruby>入<rt>はい</rt></ruby>って いますか？ <ruby>会社<rt>かいしゃ</rt></ruby>の <ruby>健康保険<rt>けんこうほけん</rt></ruby>に <ruby>入<rt>はい</rt></ruby>って いる <ruby>人<rt>ひと</rt></ruby>は 「いいえ」です。
question-pension = 20<ruby>歳<rt>さい</rt></ruby>から 59<ruby>歳<rt>さい</rt></ruby>の <ruby>人<rt>ひと</rt></ruby>で、<ruby>会社<rt>かいしゃ</rt></ruby>の <ruby>年金<rt>ねんきん</rt></ruby>（<ruby>厚生年金<rt>こうせいねんきん</rt></ruby>）に <ruby>入<rt>はい</rt></ruby>って いない <ruby>人<rt>ひと</rt></ruby>が いますか？
question-care = <ruby>亡<rt>な</rt></ruby>くなった <ruby>人<rt>ひと</rt></ruby>は、<ruby>介護保険<rt>かいごほけん</rt></ruby>の サービスや <ruby>認定<rt>にんてい</rt></ruby>を <ruby>受<rt>う</rt></ruby>けて いましたか？
question-elderly75 = <ruby>亡<rt>な</rt></ruby>くなった <ruby>人<rt>ひと</rt></ruby>は 75<ruby>歳<rt>さい</rt></ruby><ruby>以上<rt>いじょう</rt></ruby>でしたか？
