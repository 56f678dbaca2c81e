# Madoguchi life events — Tagalog.
# Translation of ../ja/life-events.ftl (the reference), following ../en/life-events.ftl.
# One message per life event (life-<id>) and per yes/no question (question-<id>).
# Plain text only: no placeables (curly braces) in values.

## Life events

life-moving-in = Lumipat ako rito mula sa ibang lungsod
life-moving-out = Lilipat ako palabas ng lungsod
life-moving-within = Lumipat ako ng bahay sa loob ng lungsod
life-birth = May isinilang na sanggol
life-death = May pumanaw na miyembro ng pamilya
life-marriage = Ikakasal ako
life-divorce = Makikipagdiborsiyo ako
life-school = Papasok o lilipat ng paaralan ang anak ko
life-turning-65 = Magiging 65 taong gulang ako (long-term care insurance)
life-turning-75 = Magiging 75 taong gulang ako (medical care para sa edad 75 pataas)
life-retirement = Umalis ako sa trabaho (National Health Insurance at pension)

## Questions

question-children = May anak po ba kayong wala pang 18 taong gulang?
question-school = May anak po ba kayong nag-aaral sa elementarya o junior high school?
question-nhi = Kasali po ba kayo (o sasali) sa National Health Insurance? Piliin ang “Hindi” kung may health insurance kayo mula sa trabaho.
question-pension = May edad 20–59 po ba sa inyo na hindi kasali sa pension ng kompanya (厚生年金)?
question-care = Tumanggap po ba ang pumanaw ng serbisyo o sertipikasyon ng long-term care insurance?
question-elderly75 = 75 taong gulang o higit pa po ba ang pumanaw?
