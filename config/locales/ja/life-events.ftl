# Madoguchi life events — Japanese, the reference catalog.
# One message per life event (life-<id>) and per yes/no question (question-<id>)
# of config/yahatanishi.toml ([[life_events]] and [[questions]]); the texts are
# the TOML's ja names.
# Plain text only: no placeables (curly braces) in values.

## Life events

life-moving-in = 引っ越してきた（転入）
life-moving-out = 市外へ引っ越す（転出）
life-moving-within = 市内で引っ越した（転居）
life-birth = 子どもが生まれた（出生）
life-death = 家族が亡くなった（おくやみ）
life-marriage = 結婚する（婚姻）
life-divorce = 離婚する（離婚）
life-school = 子どもが小学校・中学校に入る、転校する（就学）
life-turning-65 = 65歳になる（介護保険）
life-turning-75 = 75歳になる（後期高齢者医療）
life-retirement = 会社を辞めた（国民健康保険・国民年金へ）

## Questions

question-children = 18歳未満のお子さんはいますか？
question-school = 小学校・中学校に通うお子さんはいますか？
question-nhi = 国民健康保険に入りますか（入っていますか）？　会社の健康保険の方は「いいえ」です。
question-pension = 20歳から59歳で、会社の年金（厚生年金）に入っていない方はいますか？
question-care = 介護保険のサービスや認定を受けていましたか？
question-elderly75 = 亡くなった方は75歳以上でしたか？
