# Madoguchi life events — नेपाली.
# Translation of ../ja/life-events.ftl (the reference), following ../en/life-events.ftl.
# One message per life event (life-<id>) and per yes/no question (question-<id>).
# Plain text only: no placeables (curly braces) in values.

## Life events

life-moving-in = म अर्को सहरबाट यहाँ सरेर आएँ
life-moving-out = म सहर बाहिर सर्दै छु
life-moving-within = म सहरभित्रै घर सरेँ
life-birth = बच्चा जन्मियो
life-death = परिवारका सदस्यको मृत्यु भयो
life-marriage = म विवाह गर्दै छु
life-divorce = म सम्बन्धविच्छेद गर्दै छु
life-school = मेरो बच्चा विद्यालय भर्ना हुँदै छ वा विद्यालय सर्दै छ
life-turning-65 = म 65 वर्ष पुग्दै छु (दीर्घकालीन हेरचाह बीमा)
life-turning-75 = म 75 वर्ष पुग्दै छु (75 वर्ष र माथिकाका लागि स्वास्थ्य उपचार)
life-retirement = मैले जागिर छाडेँ (राष्ट्रिय स्वास्थ्य बीमा र पेन्सन)

## Questions

question-children = तपाईंका 18 वर्षमुनिका बालबालिका छन्?
question-school = प्राथमिक वा निम्न माध्यमिक (जुनियर हाई) विद्यालयमा पढ्ने बालबालिका छन्?
question-nhi = तपाईं राष्ट्रिय स्वास्थ्य बीमामा हुनुहुन्छ (वा हुनुहुनेछ)? कामबाट स्वास्थ्य बीमा छ भने “होइन” छान्नुहोस्।
question-pension = 20 देखि 59 वर्षसम्मका कोही कम्पनीको पेन्सन (厚生年金) मा नभएका व्यक्ति हुनुहुन्छ?
question-care = मृत्यु हुनुभएका व्यक्तिले दीर्घकालीन हेरचाह बीमाका सेवा वा प्रमाणीकरण पाउनुभएको थियो?
question-elderly75 = मृत्यु हुनुभएका व्यक्ति 75 वर्ष वा सोभन्दा माथिका हुनुहुन्थ्यो?
