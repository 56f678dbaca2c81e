# Madoguchi life events — 繁體中文（台灣用語）.
# Translation of ../ja/life-events.ftl (the reference), following ../en/life-events.ftl.
# One message per life event (life-<id>) and per yes/no question (question-<id>).
# Plain text only: no placeables (curly braces) in values.

## Life events

life-moving-in = 從其他城市搬來了（遷入）
life-moving-out = 要搬到市外（遷出）
life-moving-within = 在市內搬家了（遷居）
life-birth = 孩子出生了
life-death = 家人過世了
life-marriage = 要結婚
life-divorce = 要離婚
life-school = 孩子要上國小、國中或轉學
life-turning-65 = 即將年滿65歲（長期照護保險）
life-turning-75 = 即將年滿75歲（75歲以上長者醫療）
life-retirement = 離職了（國民健康保險與國民年金）

## Questions

question-children = 您有未滿18歲的孩子嗎？
question-school = 您有正在就讀國小或國中的孩子嗎？
question-nhi = 您是否（將）加入國民健康保險？如果您透過公司加入了健康保險，請選擇「否」。
question-pension = 是否有20～59歲、未加入公司年金（厚生年金）的人？
question-care = 往生者生前是否使用過長期照護保險服務或接受過照護認定？
question-elderly75 = 往生者是否年滿75歲？
