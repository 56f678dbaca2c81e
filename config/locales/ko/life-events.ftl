# Madoguchi life events — 한국어.
# Translation of ../ja/life-events.ftl (the reference), following ../en/life-events.ftl.
# One message per life event (life-<id>) and per yes/no question (question-<id>).
# Plain text only: no placeables (curly braces) in values.

## Life events

life-moving-in = 다른 도시에서 이사 왔습니다 (전입)
life-moving-out = 시 밖으로 이사합니다 (전출)
life-moving-within = 시내에서 이사했습니다 (전거)
life-birth = 아기가 태어났습니다
life-death = 가족이 돌아가셨습니다
life-marriage = 결혼합니다
life-divorce = 이혼합니다
life-school = 자녀가 초등학교·중학교에 입학하거나 전학합니다
life-turning-65 = 65세가 됩니다 (개호보험)
life-turning-75 = 75세가 됩니다 (후기고령자의료)
life-retirement = 회사를 그만두었습니다 (국민건강보험·국민연금)

## Questions

question-children = 18세 미만의 자녀가 있습니까?
question-school = 초등학교나 중학교에 다니는 자녀가 있습니까?
question-nhi = 국민건강보험에 가입합니까(가입되어 있습니까)? 회사의 건강보험에 가입한 분은 '아니요'를 선택해 주세요.
question-pension = 20~59세 중에 회사 연금(후생연금, 厚生年金)에 가입하지 않은 분이 있습니까?
question-care = 돌아가신 분이 개호보험 서비스를 이용하거나 요개호 인정을 받으셨습니까?
question-elderly75 = 돌아가신 분은 75세 이상이셨습니까?
