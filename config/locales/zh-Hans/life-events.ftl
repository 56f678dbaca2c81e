# Madoguchi life events — 简体中文.
# Translation of ../ja/life-events.ftl (the reference), following ../en/life-events.ftl.
# One message per life event (life-<id>) and per yes/no question (question-<id>).
# Plain text only: no placeables (curly braces) in values.

## Life events

life-moving-in = 从其他城市搬来了（迁入）
life-moving-out = 要搬到市外（迁出）
life-moving-within = 在市内搬家了（迁居）
life-birth = 孩子出生了
life-death = 家人去世了
life-marriage = 要结婚
life-divorce = 要离婚
life-school = 孩子上小学、初中或转学
life-turning-65 = 即将年满65岁（护理保险）
life-turning-75 = 即将年满75岁（75岁以上老年人医疗）
life-retirement = 辞职了（国民健康保险与国民年金）

## Questions

question-children = 您有未满18岁的孩子吗？
question-school = 您有正在上小学或初中的孩子吗？
question-nhi = 您是否（将）加入国民健康保险？如果您通过工作单位加入了健康保险，请选择“否”。
question-pension = 是否有20～59岁、未加入公司养老金（厚生年金）的人？
question-care = 逝者生前是否使用过护理保险服务或接受过护理认定？
question-elderly75 = 逝者是否年满75岁？
