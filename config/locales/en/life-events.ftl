# Madoguchi life events — English.
# Translation of ../ja/life-events.ftl (the reference). Same keys; the texts
# are the TOML's en names.
# Plain text only: no placeables (curly braces) in values.

## Life events

life-moving-in = I moved here from another city
life-moving-out = I am moving out of the city
life-moving-within = I moved within the city
life-birth = A baby was born
life-death = A family member has died
life-marriage = I am getting married
life-divorce = I am getting divorced
life-school = My child is starting or changing school
life-turning-65 = I am turning 65 (long-term care insurance)
life-turning-75 = I am turning 75 (medical care for people 75 and over)
life-retirement = I left my job (National Health Insurance and pension)

## Questions

question-children = Do you have children under 18?
question-school = Do you have children at elementary or junior high school?
question-nhi = Are you (or will you be) in National Health Insurance? Answer no if you have health insurance through work.
question-pension = Is anyone aged 20–59 not in a workplace pension (厚生年金)?
question-care = Did the person receive long-term care services or certification?
question-elderly75 = Was the person who died 75 or older?
