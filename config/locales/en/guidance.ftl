# Madoguchi resident guidance — English.
# Translation of ../ja/guidance.ftl (the reference). Same keys and attributes.
# Plain, simple English for foreign residents; Japanese names of documents in
# parentheses where residents will see them on forms.
# Plain text only: no placeables (curly braces) in values.

## Categories

cat-moving = Moving
cat-certificates = Certificates
cat-my-number = My Number Card
cat-children = Pregnancy, birth and children
cat-marriage = Marriage, divorce and family register
cat-bereavement = Bereavement (when a family member dies)
cat-insurance-pension = Health insurance and pension
cat-elderly-care = Elderly care, long-term care and disability
cat-welfare = Health, welfare and living support
cat-community = Community, roads, parks and other

## Sections

sec-somu-kikaku = General Affairs and Planning Section
sec-community-shien = Community Support Section
sec-shimin = Citizens Affairs Section
sec-kokuho-nenkin = National Health Insurance and Pension Section
sec-machizukuri = Urban Development and Maintenance Section
sec-hoken-fukushi = Health and Welfare Section
sec-hogo-1 = Public Assistance Section 1
sec-hogo-2 = Public Assistance Section 2
sec-orio-branch = Orio Branch Office
sec-kojaku-branch = Kojaku Branch Office
sec-yahataminami-branch = Yahataminami Branch Office

## Services — Citizens Affairs: residence registration

svc-moving-in = Moving-in notification (転入届)
    .description = Register your new address when you move to Kitakyushu from another city, town or village.
    .who = The person who moved, or a member of the same household. Anyone else needs a letter of proxy (委任状).
    .bring = Moving-out certificate (転出証明書) from your old city (not needed if you moved out with your My Number Card)
        Photo ID (My Number Card, driving licence, residence card, etc.)
        My Number Cards of everyone who has one
        Residence cards (在留カード) of every foreign household member
        Passport (if you are moving in from abroad)
    .fee = Free
    .time = About 20–30 minutes
    .deadline = Within 14 days of starting to live at the new address
    .notes = You may also need to do National Health Insurance, National Pension or child allowance procedures afterwards.

svc-moving-out = Moving-out notification (転出届)
    .description = Tell the city when you move from Kitakyushu to another city, town or village. Also needed when you move abroad.
    .who = The person who is moving, or a member of the same household. Anyone else needs a letter of proxy (委任状).
    .bring = Photo ID (My Number Card, driving licence, residence card, etc.)
        My Number Cards of everyone who has one
        National Health Insurance eligibility certificate (資格確認書) or similar, if you are enrolled
    .fee = Free
    .time = About 15 minutes
    .deadline = Before you move (from about 14 days before). If you have already moved, within 14 days
    .notes = With a My Number Card you can also do this online through Mynaportal. In that case no moving-out certificate is issued.

svc-moving-within = Change-of-address notification (転居届)
    .description = Register your new address when you move within Kitakyushu. If you move to Yahatanishi from another ward of the city, you also register here.
    .who = The person who moved, or a member of the same household. Anyone else needs a letter of proxy (委任状).
    .bring = Photo ID (My Number Card, driving licence, residence card, etc.)
        My Number Cards of everyone who has one
        Residence cards (在留カード) of every foreign household member
        National Health Insurance eligibility certificate (資格確認書) or similar, if you are enrolled
    .fee = Free
    .time = About 20 minutes
    .deadline = Within 14 days of starting to live at the new address
    .notes = A move from another ward is registered as a transfer between wards; you do not need to go to your old ward office. You may also need to update your address for the child medical certificate, child allowance and similar.

svc-household-change = Household change notification (世帯変更届)
    .description = Tell the city when the head of household changes, or when people at the same address split into or join households.
    .who = The person concerned, or a member of the same household. Anyone else needs a letter of proxy (委任状).
    .bring = Photo ID (My Number Card, driving licence, residence card, etc.)
        National Health Insurance eligibility certificate (資格確認書) or similar, if you are enrolled
    .fee = Free
    .time = About 15 minutes
    .deadline = Within 14 days of the change
    .notes = Also needed when the head of household dies or moves out and two or more people aged 15 or over remain. People who share living costs may not be able to split their household.

svc-school-enrolment = School enrolment and transfer (転入学通知書)
    .description = When your move means your child enters or changes to a city elementary or junior high school, we give you the school transfer notice.
    .who = The child's parent or guardian
    .bring = Certificate of enrolment and textbook certificate (在学証明書・教科書給与証明書) from the old school, if you have them
        Photo ID of the parent or guardian (My Number Card, driving licence, residence card, etc.)
    .fee = Free
    .time = About 10–15 minutes (you can do it right after the moving-in or change-of-address notification)
    .deadline = At the same time as the moving-in or change-of-address notification. Contact the new school early
    .notes = Take the school transfer notice to the new school to complete the procedure. Children starting elementary school receive an entry notice by post by the end of January of the year they start.

svc-seal-registration = Personal seal registration (印鑑登録)
    .description = Register a personal seal (hanko) as your official seal (jitsuin). You receive a seal registration card (北九州市民カード).
    .who = The person themselves, aged 15 or over and registered as a resident of Kitakyushu. Through a proxy, registration is completed on a later day.
    .bring = The seal to register (rubber stamps and other seals that change shape are not accepted)
        Photo ID (My Number Card, driving licence, residence card, etc.)
    .fee = Free
    .time = About 15 minutes
    .deadline = None
    .notes = Without photo ID, we send you a letter by post and you complete registration on a later day. If you come with a guarantor who has a registered seal in Kitakyushu, you can register the same day.

## Services — Citizens Affairs: certificates

svc-residence-certificate = Copy of residence record (住民票の写し)
    .description = A certificate of your address and household. It can cover the whole household or only some members.
    .who = The person themselves, or a member of the same household. Anyone else needs a letter of proxy (委任状).
    .bring = Photo ID (My Number Card, driving licence, residence card, etc.)
        Letter of proxy (委任状), if you come for someone else
    .fee = ¥300 per copy
    .time = About 10 minutes
    .deadline = None
    .notes = With a My Number Card you can also get it at a convenience store. If you need a copy that shows your My Number, write this on the application form.

svc-family-register-certificate = Family register certificate (戸籍証明: 謄本・抄本)
    .description = A certificate of the Japanese family register (koseki): for everyone in the register (謄本) or for one person (抄本).
    .who = The person in the register, their spouse, parents, grandparents, children or grandchildren. Anyone else needs a letter of proxy (委任状).
    .bring = Photo ID (My Number Card, driving licence, etc.)
        A note of the registered domicile (本籍) and the head of the register (筆頭者)
        Letter of proxy (委任状), if you come for someone else
    .fee = ¥450 per copy (¥750 for closed or older registers: 除籍・改製原戸籍)
    .time = About 10 minutes (registers from other municipalities can take an hour or more)
    .deadline = None
    .notes = Since March 2024 you can also request a register held by another municipality (広域交付). For this you must come yourself; a proxy cannot.

svc-family-register-attachment = Copy of family register address record (戸籍の附票の写し)
    .description = A certificate of your past and present addresses, kept with your family register.
    .who = The person in the register, their spouse, parents, grandparents, children or grandchildren. Anyone else needs a letter of proxy (委任状).
    .bring = Photo ID (My Number Card, driving licence, etc.)
        A note of the registered domicile (本籍) and the head of the register (筆頭者)
        Letter of proxy (委任状), if you come for someone else
    .fee = ¥300 per copy
    .time = About 10 minutes
    .deadline = None
    .notes = Only for family registers held in Kitakyushu. For a register held elsewhere, ask the municipality where it is held.

svc-seal-certificate = Seal registration certificate (印鑑登録証明書)
    .description = A certificate of your registered seal (jitsuin), used for example for property or car procedures.
    .who = The person themselves, or a proxy who brings the seal registration card
    .bring = Seal registration card (北九州市民カード)
        Photo ID of the person who comes (My Number Card, driving licence, etc.)
    .fee = ¥300 per copy
    .time = About 5–10 minutes
    .deadline = None
    .notes = Always bring the seal registration card; a letter of proxy cannot replace it. With a My Number Card you can also get this certificate at a convenience store.

svc-tax-certificate = Tax certificate (所得・課税証明書)
    .description = A certificate of your income for the previous year and your city and prefectural resident tax (or that you are not taxed).
    .who = The person themselves, or a relative in the same household. Anyone else needs a letter of proxy (委任状).
    .bring = Photo ID (My Number Card, driving licence, residence card, etc.)
        Letter of proxy (委任状), if you come for someone else
    .fee = ¥300 per copy
    .time = About 10 minutes
    .deadline = None
    .notes = Issued for people who lived in Kitakyushu on 1 January of the year. Certificates for the new tax year are available from early June. If you did not file a tax return, it cannot be issued.

## Services — Citizens Affairs: My Number Card

svc-my-number-card-pickup = My Number Card: collecting a new card
    .description = Collect the My Number Card you applied for. You set your PIN numbers at the counter.
    .who = The applicant in person. Children under 15 and some others come with their legal guardian.
    .bring = Notice of issue (交付通知書, a postcard)
        Photo ID (driving licence, passport, residence card, etc.)
        Notification card (通知カード), if you have one
        Basic Resident Register card (住民基本台帳カード), if you have one
    .fee = Free
    .time = About 20–30 minutes
    .deadline = By the date written on the notice of issue
    .notes = You may need to book a time; check the notice of issue. Decide your PINs before you come: 4 digits, and 6–16 letters and numbers.

svc-my-number-card-renewal = My Number Card: renewal or replacement
    .description = Apply for a new card when yours is about to expire, or when it is lost or broken.
    .who = The card holder in person. Children under 15 and some others come with their legal guardian.
    .bring = Your current My Number Card (unless it is lost)
        Photo ID (driving licence, passport, residence card, etc.)
        Expiry notice (有効期限通知書), if you received one
        Photo (4.5 cm high × 3.5 cm wide, taken within 6 months)
    .fee = Renewal is free. Replacement for a lost card etc. is ¥1,000 (¥800 without e-certificates)
    .time = About 20–30 minutes to apply (you collect the new card about one month later)
    .deadline = You can apply from 3 months before the expiry date
    .notes = If you lose your card, first call the My Number toll-free line (0120-95-0178) to stop it, and report it to the police. You can also apply for renewal online or by post.

svc-my-number-certificate = My Number Card: e-certificate renewal and PIN reset
    .description = Renew the electronic certificates on your My Number Card, or reset a PIN you forgot or that is locked.
    .who = The card holder in person. A proxy is possible, but it takes a letter by post and cannot be done the same day.
    .bring = Your My Number Card
        Expiry notice (有効期限通知書), for renewal, if you received one
    .fee = Free
    .time = About 15 minutes
    .deadline = E-certificates can be renewed from 3 months before they expire
    .notes = E-certificates expire on the 5th birthday after they were issued. After that you cannot get certificates at convenience stores or apply online.

## Services — Citizens Affairs: family register notifications

svc-birth-registration = Birth registration (出生届)
    .description = Register the birth of a baby. The baby is added to the family register and the residence record.
    .who = The father or mother (if they cannot, someone living with them, the doctor or midwife, etc.). Anyone may bring the form to the counter for them.
    .bring = Birth registration form with the birth certificate part (出生証明書) filled in by the doctor or midwife
        Maternal and Child Health Handbook (母子健康手帳)
        Photo ID of the person who comes
    .fee = Free
    .time = About 20–30 minutes
    .deadline = Within 14 days, counting the day of birth (within 3 months if the baby was born abroad)
    .notes = Next, apply for child allowance, the child medical certificate and health insurance. A baby of foreign nationality also needs a residence status application at the immigration office within 30 days of birth.

svc-marriage-registration = Marriage registration (婚姻届)
    .description = Register your marriage. The marriage is legally valid once the notification is accepted.
    .who = The two people getting married (both aged 18 or over). Anyone may bring the form to the counter for them.
    .bring = Marriage registration form signed by two witnesses aged 18 or over
        Photo ID of the person who comes
        For foreign nationals: passport and a certificate of legal capacity to marry (婚姻要件具備証明書) with a Japanese translation
    .fee = Free
    .time = About 20–30 minutes
    .deadline = None (the day you submit is your wedding date)
    .notes = Since March 2024 a copy of the family register is usually not needed. If your name or address changes, you may also need to update your My Number Card, seal registration and similar.

svc-divorce-registration = Divorce registration (離婚届)
    .description = Register a divorce, either by agreement between the couple (協議離婚) or through the family court.
    .who = For divorce by agreement, both spouses. For divorce through the court (mediation, ruling or judgment), the person who applied to the court.
    .bring = Divorce registration form (for divorce by agreement, signed by two witnesses aged 18 or over)
        Photo ID of the person who comes
        For divorce through the court: certified copy of the mediation record, or of the ruling or judgment with a certificate that it is final
    .fee = Free
    .time = About 20–30 minutes
    .deadline = Divorce by agreement: none. Through the court: within 10 days after it is settled or final
    .notes = If you have children under 18, write who will have parental authority (from April 2026, both parents together is also possible). To keep your married surname, a separate notification is needed within 3 months of the divorce.

svc-other-family-register = Other family register notifications (養子縁組・転籍・分籍 etc.)
    .description = Family register notifications such as adoption, ending an adoption, moving your registered domicile (転籍), or leaving a parent's register (分籍).
    .who = Depends on the notification (for example, 転籍: the head of the register and spouse; 分籍: the person, aged 18 or over).
    .bring = The notification form (some need two witnesses' signatures)
        Photo ID of the person who comes
        Family court permission or similar, if needed
    .fee = Free
    .time = About 20–30 minutes
    .deadline = Depends on the notification (those based on a court decision are mostly within 10 days)
    .notes = Adopting a minor usually needs permission from the family court. The documents differ for each notification, so please ask us before you come.

svc-death-registration = Death registration (死亡届)
    .description = Register a death. The cremation permit is issued at the same time.
    .who = A relative, someone who lived with the person, the landlord, etc. A funeral company or other messenger may bring the form.
    .bring = Death registration form with the death certificate part (死亡診断書 or 死体検案書) filled in by a doctor
        Photo ID of the person who comes
        Crematorium fee (if you apply for the cremation permit at the same time)
    .fee = The registration is free. The crematorium fee is ¥15,000 for an adult who lived in the city
    .time = About 30 minutes
    .deadline = Within 7 days of learning of the death (within 3 months if the person died abroad)
    .notes = The form is not returned, so make a copy before you submit it if you need one. For pension, insurance, tax and other procedures afterwards, use the bereavement guidance service.

svc-bereavement-guidance = Guidance on procedures after a death (おくやみコーナー)
    .description = We explain together all the ward office procedures needed after a family member dies.
    .who = A family member or other person handling the procedures
    .bring = Photo ID of the person who comes
        The deceased's insurance eligibility certificates (資格確認書): health insurance, 75+ medical care, long-term care
        The deceased's My Number Card, if they had one
        Bank account details for payments (for the heir or other recipient)
    .fee = Free
    .time = About 60 minutes
    .deadline = None (each procedure has its own deadline; do pension and insurance notifications early)
    .notes = You may need to book a time. This service is available after the death registration.

## Services — National Health Insurance and Pension

svc-nhi-enrolment = National Health Insurance: joining or leaving (国民健康保険)
    .description = Join National Health Insurance (after leaving a job, moving in, etc.) or leave it (after starting a job, etc.).
    .who = The head of household, or a member of the same household. Anyone else needs a letter of proxy (委任状).
    .bring = Photo ID (My Number Card, driving licence, residence card, etc.)
        To join: a paper showing when your previous health insurance ended (資格喪失証明書, etc.)
        To leave: your new insurance eligibility certificate (資格確認書) or notice of eligibility (資格情報のお知らせ)
        Your National Health Insurance eligibility certificate, if you have one
    .fee = Free
    .time = About 15–20 minutes
    .deadline = Within 14 days of the reason for joining or leaving
    .notes = Even if you are late, premiums are charged back to the month you became eligible. If you do not tell us you have left, you may pay twice.

svc-nhi-premium = National Health Insurance premiums: payment and reduction consultation
    .description = Advice on how to pay your National Health Insurance premiums, and on reductions or instalments if paying is difficult.
    .who = The head of household, or a member of the same household
    .bring = Photo ID (My Number Card, driving licence, residence card, etc.)
        Premium notice or payment slip
        Proof of income (for a reduction)
        Employment insurance eligibility card (雇用保険受給資格者証), if you lost your job for company reasons
    .fee = Free
    .time = About 20 minutes
    .deadline = Reductions have an application deadline; please ask early
    .notes = If you lost your job through bankruptcy, dismissal or similar, your premiums may be reduced. You can also apply for payment by bank transfer.

svc-nhi-benefits = National Health Insurance benefits (high-cost medical care, childbirth lump sum, funeral expenses)
    .description = Apply for a refund of high medical costs, the childbirth lump-sum grant, or the funeral expenses grant.
    .who = The head of a household in National Health Insurance (for funeral expenses: the person who held the funeral)
    .bring = Photo ID (My Number Card, driving licence, residence card, etc.)
        Bank account details for the payment
        Receipts from the hospital (high-cost care, childbirth)
        Funeral receipt or other paper showing who held the funeral (funeral expenses)
    .fee = Free
    .time = About 15 minutes
    .deadline = Usually within 2 years (high-cost care: from the 1st of the month after treatment; childbirth and funeral: from the next day)
    .notes = The childbirth grant is usually ¥500,000 and is often paid directly to the hospital. Ask at the counter for the amount of the funeral expenses grant.

svc-national-pension = National Pension procedures (国民年金: enrolment, exemption, student deferral)
    .description = Join the National Pension, apply for exemption or postponement of contributions, or for the student deferral.
    .who = People aged 20 to 59 (not company or government employees or their dependent spouses). Anyone else needs a letter of proxy (委任状).
    .bring = Your basic pension number (基礎年金番号通知書 or 年金手帳)
        Photo ID (My Number Card, driving licence, residence card, etc.)
        A paper showing your last day at work, such as 離職票 (if you left a job)
        Student ID or certificate of enrolment (for the student deferral)
    .fee = Free
    .time = About 15–20 minutes
    .deadline = Enrolment within 14 days. Exemptions can be applied for back to the month 2 years and 1 month earlier
    .notes = You can also apply online through Mynaportal. The student deferral must be applied for every school year (April to March).

svc-late-elderly-medical = Medical care system for people aged 75 and over (後期高齢者医療)
    .description = Procedures for the medical insurance for people aged 75 and over (and people aged 65 and over with certain disabilities).
    .who = The person themselves, or a member of the same household. Anyone else needs a letter of proxy (委任状).
    .bring = Photo ID (My Number Card, driving licence, residence card, etc.)
        Your 75+ medical care eligibility certificate (資格確認書), if you have one
        Bank account details (for refunds)
    .fee = Free
    .time = About 15 minutes
    .deadline = Within 14 days for moving in, moving out and similar changes
    .notes = You join automatically when you turn 75, and your certificate is sent by post. The system is run by the Fukuoka Prefecture Medical Association for the Elderly (福岡県後期高齢者医療広域連合).

## Services — Health and Welfare: children and families

svc-maternal-handbook = Pregnancy notification and Maternal and Child Health Handbook (母子健康手帳)
    .description = Report your pregnancy. You receive the Maternal and Child Health Handbook and vouchers for pregnancy check-ups.
    .who = The pregnant woman (a proxy needs a letter of proxy, 委任状)
    .bring = Photo ID (My Number Card, driving licence, residence card, etc.)
        Something showing your My Number
        What the clinic told you, such as your due date
    .fee = Free
    .time = About 30–60 minutes (including a talk with a public health nurse)
    .deadline = Soon after a clinic confirms the pregnancy (ideally by about week 11)
    .notes = Pregnancy check-up costs are subsidised. You can also apply for the pregnancy support payment (¥50,000).

svc-child-allowance = Child allowance (児童手当)
    .description = Apply for the allowance for people raising children up to high-school age (until the first 31 March after the child turns 18).
    .who = The parent who mainly supports the family (government employees apply at their workplace)
    .bring = Photo ID of the applicant (My Number Card, driving licence, etc.)
        Bank account details in the applicant's name
        Something showing the My Numbers of the applicant and spouse
    .fee = Free
    .time = About 20 minutes
    .deadline = Within 15 days from the day after the birth or move (if you are late, you lose the payment for those months)
    .notes = Since October 2024 there is no income limit. The allowance is paid every two months (in even-numbered months).

svc-child-rearing-allowance = Child-rearing allowance (児童扶養手当, single-parent families)
    .description = Apply for the allowance for single parents and others raising children alone. There is an income limit.
    .who = A father or mother raising children alone after divorce, death or similar, or a person raising children in place of the parents
    .bring = Family register copies (戸籍謄本) of the applicant and child, issued within 1 month
        Photo ID of the applicant
        Bank account details in the applicant's name
        Something showing the My Numbers of the applicant, child and supporting relatives
    .fee = Free
    .time = About 60 minutes (including an interview)
    .deadline = None (paid from the month after you apply)
    .notes = The documents depend on your family situation, so please ask us first. Children are covered until the first 31 March after they turn 18 (under 20 for children with disabilities).

svc-child-medical = Child medical expense subsidy (子ども医療証)
    .description = Apply for the child medical certificate, which reduces what you pay at hospitals and clinics (until the end of the school year in which the child turns 18).
    .who = Parents or guardians living in Kitakyushu whose child has health insurance
    .bring = The child's health insurance eligibility certificate (資格確認書) or other proof of insurance
        Photo ID of the parent or guardian
        Income certificate (所得額証明書), sometimes needed if you moved from outside the city
    .fee = Free
    .time = About 15 minutes
    .deadline = Within 1 month after birth, or 15 days after moving in (later, it applies only from the month you apply)
    .notes = The amount you pay depends on the child's age. Households receiving public assistance are not covered.

svc-single-parent-medical = Medical expense subsidy for single-parent families (ひとり親家庭等医療)
    .description = Apply for the medical certificate that reduces what single parents and their children pay at hospitals and clinics.
    .who = Single fathers or mothers and their children up to the end of the school year in which they turn 18 (there is an income limit)
    .bring = Family register copies (戸籍謄本) of the applicant and child
        Health insurance eligibility certificate (資格確認書) or other proof of insurance
        Photo ID
        Income certificate (所得額証明書), if you moved from outside the city
    .fee = Free
    .time = About 20 minutes
    .deadline = None (it applies from the month you apply)
    .notes = People raising children who have no parents may also be covered. You can often apply together with the child-rearing allowance.

svc-nursery-application = Nursery school application (保育所等の入所申込み)
    .description = Apply for a place at a nursery school (hoikusho) or certified centre (認定こども園) when you cannot care for your child at home during the day.
    .who = Parents living in Kitakyushu with a child not yet in elementary school, who need childcare because of work, pregnancy, illness, caring for someone, etc.
    .bring = Application form
        Proof that you need childcare, such as an employment certificate (就労証明書)
        Photo ID of the parent and something showing your My Number
    .fee = Applying is free (fees depend on income; ages 3–5 are usually free)
    .time = About 30 minutes
    .deadline = Each month has its own deadline (for April entry, applications are in the autumn of the year before)
    .notes = You may not get a place at the school you want. Visiting the schools before you apply is a good idea.

svc-child-family-consultation = Children and family consultation (parenting, single parents, domestic violence)
    .description = Talk to us about parenting worries, life as a single-parent family, or violence from a partner or family member (DV).
    .who = Anyone: parents, single-parent families, people suffering domestic violence
    .bring = Nothing in particular
    .fee = Free
    .time = About 30–60 minutes (depends on the matter)
    .deadline = None
    .notes = What you tell us is kept confidential. If you are in danger now, call 110 (police). If you notice child abuse, call 189 (nationwide).

## Services — Health and Welfare: older people and disability

svc-long-term-care = Long-term care insurance (介護保険: care-need certification, insurance card)
    .description = Apply for certification of care needs (要介護・要支援認定) and other procedures for the long-term care insurance card.
    .who = People aged 65 or over, or aged 40–64 with certain illnesses. Family members or a care manager can apply for them.
    .bring = Long-term care insurance card (介護保険被保険者証)
        Health insurance eligibility certificate (資格確認書) or similar (ages 40–64)
        Photo ID of the person applying
        Name of the family doctor and their hospital or clinic
    .fee = Free
    .time = About 20–30 minutes
    .deadline = None (the result usually arrives within 30 days of the application)
    .notes = After you apply, an assessor visits the person at home or elsewhere to ask about their condition. The insurance card is sent by post when you turn 65.

svc-elderly-welfare = Welfare services and consultation for older people
    .description = Talk to us about daily life, care, dementia, checking on older people or abuse; we explain the welfare services.
    .who = Anyone: older people, their family, neighbours
    .bring = Nothing in particular (please bring the long-term care insurance card if the person has one)
    .fee = Consultation is free (some services have a charge)
    .time = About 30 minutes
    .deadline = None
    .notes = We work with the Community General Support Centre (地域包括支援センター). We may refer you to the office for your area.

svc-disability-services = Disability certificates and disability welfare services
    .description = Apply for disability certificates (physical, intellectual 療育手帳, mental health) and get advice on disability welfare services.
    .who = The person with a disability or their family (the parent or guardian for under-18s)
    .bring = Doctor's certificate on the required form (physical and mental health certificates)
        Photo (4 cm high × 3 cm wide)
        Photo ID and something showing your My Number
        Your current disability certificate (for renewal or changes)
    .fee = Free (you pay the doctor for the medical certificate)
    .time = About 30 minutes
    .deadline = None (the mental health certificate is renewed every 2 years)
    .notes = For the intellectual disability certificate (療育手帳), an assessment appointment is needed. The certificate takes about 1–2 months to arrive.

## Services — Health and Welfare: health consultation

svc-health-consultation = Health consultation (check-ups and vaccinations)
    .description = Talk to a public health nurse or other staff about your health, check-ups (cancer screening, specific health check-ups), vaccinations, diet and more.
    .who = Anyone, such as residents of the ward
    .bring = Maternal and Child Health Handbook (for questions about a child's vaccinations)
        Your health check-up results, if you have them
    .fee = Consultation is free (check-ups and vaccinations may cost money)
    .time = About 15–30 minutes
    .deadline = None
    .notes = Some consultations need an appointment. Most check-ups and vaccinations are done at clinics and hospitals in the city.

svc-dog-registration = Dog registration and rabies vaccination tag
    .description = Register your dog (once in its life) and get the tag for its yearly rabies vaccination.
    .who = Owners of dogs aged 91 days or older
    .bring = Rabies vaccination certificate from the vet (狂犬病予防注射済証明書)
        The dog's registration tag (鑑札), if already registered
    .fee = Registration ¥3,000; vaccination tag ¥550
    .time = About 10 minutes
    .deadline = Within 30 days of getting the dog (for puppies under 90 days old, within 30 days after they reach 90 days)
    .notes = Dogs with a microchip registered with the Ministry of the Environment on or after 1 March 2023 do not need counter registration. Your dog needs a rabies vaccination once every year.

## Services — Public Assistance Sections

svc-public-assistance = Public assistance consultation (生活保護)
    .description = Advice for people who cannot make a living because of illness, job loss, old age or other reasons, and applications for public assistance.
    .who = Anyone having trouble making a living, or their family. Anyone may ask for advice.
    .bring = Nothing in particular (if you have them: photo ID, bank books, papers showing your income and rent)
    .fee = Free
    .time = About 60 minutes
    .deadline = None
    .notes = Applying for public assistance is a right of every resident who needs it. What you tell us is kept confidential. Public Assistance Section 1 or 2 handles your case depending on where you live.

## Services — Urban Development and Maintenance

svc-roads-parks = Roads, parks and local infrastructure
    .description = Report or ask about local roads and parks: potholes and damage, street lights, gutters, broken playground equipment.
    .who = Anyone
    .bring = A map or photo showing the place, if you have one
    .fee = Free
    .time = About 15 minutes
    .deadline = None
    .notes = For national roads managed by the national government, we tell you whom to contact. Please report dangerous places early.

## Services — Community Support

svc-community-associations = Neighbourhood associations and citizen centres
    .description = Information on joining a neighbourhood association (自治会・町内会), using a citizen centre (市民センター), and local groups.
    .who = Anyone
    .bring = Nothing in particular
    .fee = Free (renting a room at a citizen centre may cost money)
    .time = About 15 minutes
    .deadline = None
    .notes = We can give you the contact for the neighbourhood association in your area.

svc-community-activities = Community activities, volunteering and lifelong learning
    .description = Information and advice on local community activities, volunteering, and courses and other lifelong learning.
    .who = Anyone
    .bring = Nothing in particular
    .fee = Free (some courses have a charge)
    .time = About 15 minutes
    .deadline = None
    .notes = Course and event information is also in the city newsletter (市政だより) and on the city website.

## Services — General Affairs and Planning

svc-ward-general = Ward affairs, public information and disaster preparedness enquiries
    .description = Questions about the ward's work, public information, and disaster preparedness (evacuation shelters, hazard maps, etc.).
    .who = Anyone
    .bring = Nothing in particular
    .fee = Free
    .time = About 10 minutes
    .deadline = None
    .notes = If you are not sure which counter to go to, we will show you the right one.

svc-elections = Election enquiries
    .description = Questions about elections, such as the voter register, early voting and absentee voting.
    .who = Anyone
    .bring = Nothing in particular (photo ID for absentee voting requests and similar)
    .fee = Free
    .time = About 10 minutes
    .deadline = None (each election has its own dates)
    .notes = Japanese citizens aged 18 or over can vote. For 3 months after a move, you may have to vote at your old address.

svc-citizen-consultation = Citizen consultation (booking legal and other advice sessions)
    .description = Book free legal advice with a lawyer and other advice sessions, or talk to us about everyday problems.
    .who = Residents of Kitakyushu (some consultations have conditions)
    .bring = Nothing in particular (bring papers about your problem if you have them)
    .fee = Free
    .time = About 10 minutes to book (a legal advice session is about 30 minutes)
    .deadline = None (bookings are first come, first served)
    .notes = Legal advice is by appointment only, with set dates and a limited number of places. There may be a limit on how often you can ask about the same matter.
