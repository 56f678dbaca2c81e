# Madoguchi resident guidance — Tagalog (Filipino).
# Translation of ../en/guidance.ftl (reference: ../ja/guidance.ftl). Same keys and attributes.
# Simple at magiliw na Tagalog para sa mga dayuhang residente. Ginagamit ang mga
# salitang Ingles na kilala ng mga Pilipino sa Japan (residence card, My Number Card);
# nasa panaklong ang pangalang Japanese ng mga dokumento, gaya ng nasa mga form.
# Plain text only: no placeables (curly braces) in values.

## Categories

cat-moving = Paglipat ng tirahan
cat-certificates = Mga sertipiko
cat-my-number = My Number Card (マイナンバーカード)
cat-children = Pagbubuntis, panganganak at mga anak
cat-marriage = Kasal, diborsyo at rehistro ng pamilya
cat-bereavement = Pagdadalamhati (kapag may namatay sa pamilya)
cat-insurance-pension = Health insurance at pensiyon
cat-elderly-care = Matatanda, pangmatagalang pag-aalaga at kapansanan
cat-welfare = Kalusugan, kapakanan at tulong sa pamumuhay
cat-community = Komunidad, kalsada, parke at iba pa

## Sections

sec-somu-kikaku = Seksyon ng Pangkalahatang Gawain at Pagpaplano
sec-community-shien = Seksyon ng Suporta sa Komunidad
sec-shimin = Seksyon ng mga Gawaing Pangmamamayan
sec-kokuho-nenkin = Seksyon ng National Health Insurance at Pensiyon
sec-machizukuri = Seksyon ng Pagpapaunlad at Pagpapanatili ng Lungsod
sec-hoken-fukushi = Seksyon ng Kalusugan at Kapakanan
sec-hogo-1 = Seksyon ng Pampublikong Tulong 1
sec-hogo-2 = Seksyon ng Pampublikong Tulong 2
sec-orio-branch = Sangay na Opisina ng Orio
sec-kojaku-branch = Sangay na Opisina ng Kojaku
sec-yahataminami-branch = Sangay na Opisina ng Yahataminami

## Services — Citizens Affairs: residence registration

svc-moving-in = Abiso ng paglipat dito (転入届)
    .description = Iparehistro ang inyong bagong address kapag lumipat kayo sa Kitakyushu mula sa ibang lungsod, bayan o nayon.
    .who = Ang taong lumipat, o miyembro ng parehong sambahayan. Ang ibang tao ay kailangang magdala ng authorization letter (委任状).
    .bring = Moving-out certificate (転出証明書) mula sa dati ninyong lungsod (hindi kailangan kung lumipat kayo gamit ang My Number Card)
        ID na may litrato (My Number Card, driver's license, residence card, atbp.)
        My Number Card ng bawat isa na mayroon nito
        Residence card (在留カード) ng bawat dayuhang miyembro ng sambahayan
        Pasaporte (kung lilipat kayo rito mula sa ibang bansa)
    .fee = Libre
    .time = Mga 20–30 minuto
    .deadline = Sa loob ng 14 na araw mula nang magsimula kayong tumira sa bagong address
    .notes = Pagkatapos nito, maaaring kailangan din ninyong asikasuhin ang National Health Insurance, National Pension o child allowance.

svc-moving-out = Abiso ng paglipat palabas ng lungsod (転出届)
    .description = Ipaalam sa lungsod kapag lilipat kayo mula sa Kitakyushu papunta sa ibang lungsod, bayan o nayon. Kailangan din ito kapag lilipat kayo sa ibang bansa.
    .who = Ang taong lilipat, o miyembro ng parehong sambahayan. Ang ibang tao ay kailangang magdala ng authorization letter (委任状).
    .bring = ID na may litrato (My Number Card, driver's license, residence card, atbp.)
        My Number Card ng bawat isa na mayroon nito
        Eligibility certificate ng National Health Insurance (資格確認書) o katulad nito, kung miyembro kayo
    .fee = Libre
    .time = Mga 15 minuto
    .deadline = Bago kayo lumipat (mula mga 14 na araw bago). Kung nakalipat na kayo, sa loob ng 14 na araw
    .notes = Kung may My Number Card kayo, magagawa rin ito online sa Mynaportal. Sa ganitong kaso, walang ibibigay na moving-out certificate.

svc-moving-within = Abiso ng pagbabago ng address sa loob ng lungsod (転居届)
    .description = Iparehistro ang inyong bagong address kapag lumipat kayo sa loob ng Kitakyushu. Kung lumipat kayo sa Yahatanishi mula sa ibang ward ng lungsod, dito rin kayo magpaparehistro.
    .who = Ang taong lumipat, o miyembro ng parehong sambahayan. Ang ibang tao ay kailangang magdala ng authorization letter (委任状).
    .bring = ID na may litrato (My Number Card, driver's license, residence card, atbp.)
        My Number Card ng bawat isa na mayroon nito
        Residence card (在留カード) ng bawat dayuhang miyembro ng sambahayan
        Eligibility certificate ng National Health Insurance (資格確認書) o katulad nito, kung miyembro kayo
    .fee = Libre
    .time = Mga 20 minuto
    .deadline = Sa loob ng 14 na araw mula nang magsimula kayong tumira sa bagong address
    .notes = Ang paglipat mula sa ibang ward ay irerehistro bilang paglipat sa pagitan ng mga ward; hindi na kailangang pumunta sa dati ninyong ward office. Maaaring kailangan din ninyong baguhin ang address sa child medical certificate, child allowance at iba pa.

svc-household-change = Abiso ng pagbabago sa sambahayan (世帯変更届)
    .description = Ipaalam sa lungsod kapag nagbago ang head of household, o kapag ang mga taong nakatira sa iisang address ay maghihiwalay o magsasama sa isang sambahayan.
    .who = Ang taong may kinalaman, o miyembro ng parehong sambahayan. Ang ibang tao ay kailangang magdala ng authorization letter (委任状).
    .bring = ID na may litrato (My Number Card, driver's license, residence card, atbp.)
        Eligibility certificate ng National Health Insurance (資格確認書) o katulad nito, kung miyembro kayo
    .fee = Libre
    .time = Mga 15 minuto
    .deadline = Sa loob ng 14 na araw mula sa pagbabago
    .notes = Kailangan din ito kapag namatay o lumipat ang head of household at may natitirang dalawa o higit pang tao na edad 15 pataas. Ang mga taong magkasama sa gastusin sa pamumuhay ay maaaring hindi makapaghiwalay ng sambahayan.

svc-school-enrolment = Pagpasok at paglipat ng paaralan (転入学通知書)
    .description = Kapag dahil sa paglipat ay papasok o lilipat ang inyong anak sa pampublikong elementary o junior high school ng lungsod, bibigyan namin kayo ng abiso ng paglipat ng paaralan.
    .who = Magulang o guardian ng bata
    .bring = Sertipiko ng pag-aaral at sertipiko ng textbook (在学証明書・教科書給与証明書) mula sa dating paaralan, kung mayroon
        ID na may litrato ng magulang o guardian (My Number Card, driver's license, residence card, atbp.)
    .fee = Libre
    .time = Mga 10–15 minuto (magagawa agad pagkatapos ng abiso ng paglipat dito o ng pagbabago ng address)
    .deadline = Kasabay ng abiso ng paglipat dito o ng pagbabago ng address. Kontakin agad ang bagong paaralan
    .notes = Dalhin ang abiso ng paglipat ng paaralan sa bagong paaralan para matapos ang proseso. Ang mga batang papasok sa elementary ay makakatanggap ng abiso ng pagpasok sa koreo bago matapos ang Enero ng taon ng kanilang pagpasok.

svc-seal-registration = Pagpaparehistro ng personal na selyo (印鑑登録)
    .description = Iparehistro ang personal na selyo (hanko) bilang inyong opisyal na selyo (jitsuin). Makakatanggap kayo ng seal registration card (北九州市民カード).
    .who = Ang tao mismo, edad 15 pataas at nakarehistrong residente ng Kitakyushu. Kung sa pamamagitan ng kinatawan, matatapos ang pagpaparehistro sa ibang araw.
    .bring = Ang selyong ipaparehistro (hindi tinatanggap ang rubber stamp at iba pang selyong madaling magbago ang hugis)
        ID na may litrato (My Number Card, driver's license, residence card, atbp.)
    .fee = Libre
    .time = Mga 15 minuto
    .deadline = Wala
    .notes = Kung wala kayong ID na may litrato, magpapadala kami ng sulat sa koreo at matatapos ang pagpaparehistro sa ibang araw. Kung may kasama kayong guarantor na may nakarehistrong selyo sa Kitakyushu, makakapagparehistro kayo sa araw ding iyon.

## Services — Citizens Affairs: certificates

svc-residence-certificate = Kopya ng residence record (住民票の写し)
    .description = Sertipiko ng inyong address at sambahayan. Maaaring para sa buong sambahayan o para lang sa ilang miyembro.
    .who = Ang tao mismo, o miyembro ng parehong sambahayan. Ang ibang tao ay kailangang magdala ng authorization letter (委任状).
    .bring = ID na may litrato (My Number Card, driver's license, residence card, atbp.)
        Authorization letter (委任状), kung kumukuha kayo para sa ibang tao
    .fee = ¥300 bawat kopya
    .time = Mga 10 minuto
    .deadline = Wala
    .notes = Kung may My Number Card kayo, makukuha rin ito sa convenience store. Kung kailangan ninyo ng kopyang may nakasulat na My Number, isulat ito sa application form.

svc-family-register-certificate = Sertipiko ng rehistro ng pamilya (戸籍証明: 謄本・抄本)
    .description = Sertipiko ng Japanese na rehistro ng pamilya (koseki): para sa lahat ng nasa rehistro (謄本) o para sa isang tao (抄本).
    .who = Ang taong nasa rehistro, ang kanyang asawa, magulang, lolo o lola, anak o apo. Ang ibang tao ay kailangang magdala ng authorization letter (委任状).
    .bring = ID na may litrato (My Number Card, driver's license, atbp.)
        Isang papel na may nakasulat na rehistradong domicile (本籍) at pinuno ng rehistro (筆頭者)
        Authorization letter (委任状), kung kumukuha kayo para sa ibang tao
    .fee = ¥450 bawat kopya (¥750 para sa sarado o lumang rehistro: 除籍・改製原戸籍)
    .time = Mga 10 minuto (ang rehistro mula sa ibang munisipyo ay maaaring umabot ng isang oras o higit pa)
    .deadline = Wala
    .notes = Mula Marso 2024, maaari na rin kayong humiling ng rehistrong hawak ng ibang munisipyo (広域交付). Para dito, kayo mismo ang dapat pumunta; hindi puwede ang kinatawan.

svc-family-register-attachment = Kopya ng talaan ng address ng rehistro ng pamilya (戸籍の附票の写し)
    .description = Sertipiko ng inyong mga dati at kasalukuyang address, na nakatabi kasama ng inyong rehistro ng pamilya.
    .who = Ang taong nasa rehistro, ang kanyang asawa, magulang, lolo o lola, anak o apo. Ang ibang tao ay kailangang magdala ng authorization letter (委任状).
    .bring = ID na may litrato (My Number Card, driver's license, atbp.)
        Isang papel na may nakasulat na rehistradong domicile (本籍) at pinuno ng rehistro (筆頭者)
        Authorization letter (委任状), kung kumukuha kayo para sa ibang tao
    .fee = ¥300 bawat kopya
    .time = Mga 10 minuto
    .deadline = Wala
    .notes = Para lamang sa mga rehistro ng pamilya na hawak ng Kitakyushu. Para sa rehistrong hawak ng ibang lugar, magtanong sa munisipyong may hawak nito.

svc-seal-certificate = Sertipiko ng rehistradong selyo (印鑑登録証明書)
    .description = Sertipiko ng inyong rehistradong selyo (jitsuin), na ginagamit halimbawa sa mga transaksyon sa lupa, bahay o sasakyan.
    .who = Ang tao mismo, o kinatawang may dalang seal registration card
    .bring = Ang inyong seal registration card (北九州市民カード)
        ID na may litrato ng taong pupunta (My Number Card, driver's license, atbp.)
    .fee = ¥300 bawat kopya
    .time = Mga 5–10 minuto
    .deadline = Wala
    .notes = Laging dalhin ang seal registration card; hindi ito mapapalitan ng authorization letter. Kung may My Number Card kayo, makukuha rin ang sertipikong ito sa convenience store.

svc-tax-certificate = Sertipiko ng buwis (所得・課税証明書)
    .description = Sertipiko ng inyong kita noong nakaraang taon at ng inyong city at prefectural resident tax (o na hindi kayo binubuwisan).
    .who = Ang tao mismo, o kamag-anak sa parehong sambahayan. Ang ibang tao ay kailangang magdala ng authorization letter (委任状).
    .bring = ID na may litrato (My Number Card, driver's license, residence card, atbp.)
        Authorization letter (委任状), kung kumukuha kayo para sa ibang tao
    .fee = ¥300 bawat kopya
    .time = Mga 10 minuto
    .deadline = Wala
    .notes = Ibinibigay ito para sa mga nakatira sa Kitakyushu noong Enero 1 ng taong iyon. Makukuha ang sertipiko para sa bagong taon ng buwis mula unang bahagi ng Hunyo. Kung hindi kayo nag-file ng tax return, hindi ito maibibigay.

## Services — Citizens Affairs: My Number Card

svc-my-number-card-pickup = My Number Card: pagkuha ng bagong card
    .description = Kunin ang My Number Card na inapply ninyo. Itatakda ninyo ang inyong mga PIN sa counter.
    .who = Ang nag-apply mismo. Ang mga batang wala pang 15 taong gulang at ilang iba pa ay dapat may kasamang legal guardian.
    .bring = Abiso ng pag-isyu (交付通知書, isang postcard)
        ID na may litrato (driver's license, pasaporte, residence card, atbp.)
        Notification card (通知カード), kung mayroon kayo
        Basic Resident Register card (住民基本台帳カード), kung mayroon kayo
    .fee = Libre
    .time = Mga 20–30 minuto
    .deadline = Hanggang sa petsang nakasulat sa abiso ng pag-isyu
    .notes = Maaaring kailangan ninyong magpa-book ng oras; tingnan ang abiso ng pag-isyu. Pagpasyahan ang inyong mga PIN bago pumunta: 4 na numero, at 6–16 na titik at numero.

svc-my-number-card-renewal = My Number Card: renewal o pagpapalit
    .description = Mag-apply ng bagong card kapag malapit nang mag-expire ang inyong card, o kapag nawala o nasira ito.
    .who = Ang may-ari ng card mismo. Ang mga batang wala pang 15 taong gulang at ilang iba pa ay dapat may kasamang legal guardian.
    .bring = Ang kasalukuyan ninyong My Number Card (maliban kung nawala ito)
        ID na may litrato (driver's license, pasaporte, residence card, atbp.)
        Abiso ng expiration (有効期限通知書), kung nakatanggap kayo
        Litrato (4.5 cm ang taas × 3.5 cm ang lapad, kinunan sa loob ng nakaraang 6 na buwan)
    .fee = Libre ang renewal. Ang pagpapalit dahil nawala atbp. ay ¥1,000 (¥800 kung walang e-certificate)
    .time = Mga 20–30 minuto para mag-apply (makukuha ang bagong card pagkalipas ng mga isang buwan)
    .deadline = Puwede kayong mag-apply mula 3 buwan bago ang petsa ng expiration
    .notes = Kung nawala ang inyong card, tumawag muna sa toll-free line ng My Number (0120-95-0178) para ipahinto ito, at i-report sa pulis. Maaari ring mag-apply ng renewal online o sa koreo.

svc-my-number-certificate = My Number Card: renewal ng e-certificate at pag-reset ng PIN
    .description = I-renew ang mga electronic certificate sa inyong My Number Card, o i-reset ang PIN na nakalimutan ninyo o na-lock.
    .who = Ang may-ari ng card mismo. Puwede ang kinatawan, pero kailangan ng sulat sa koreo at hindi ito matatapos sa araw ding iyon.
    .bring = Ang inyong My Number Card
        Abiso ng expiration (有効期限通知書), para sa renewal, kung nakatanggap kayo
    .fee = Libre
    .time = Mga 15 minuto
    .deadline = Maaaring i-renew ang e-certificate mula 3 buwan bago ito mag-expire
    .notes = Nag-e-expire ang e-certificate sa inyong ika-5 kaarawan mula nang ito ay ibigay. Pagkatapos noon, hindi na kayo makakakuha ng mga sertipiko sa convenience store o makakapag-apply online.

## Services — Citizens Affairs: family register notifications

svc-birth-registration = Pagpaparehistro ng kapanganakan (出生届)
    .description = Iparehistro ang kapanganakan ng sanggol. Maidaragdag ang sanggol sa rehistro ng pamilya at sa residence record.
    .who = Ang ama o ina (kung hindi nila kaya, ang kasama nila sa bahay, ang doktor o midwife, atbp.). Kahit sino ay puwedeng magdala ng form sa counter para sa kanila.
    .bring = Form ng pagpaparehistro ng kapanganakan na may bahaging birth certificate (出生証明書) na pinunan ng doktor o midwife
        Maternal and Child Health Handbook (母子健康手帳, boshi techo)
        ID na may litrato ng taong pupunta
    .fee = Libre
    .time = Mga 20–30 minuto
    .deadline = Sa loob ng 14 na araw, kasama ang araw ng kapanganakan (sa loob ng 3 buwan kung sa ibang bansa ipinanganak ang sanggol)
    .notes = Pagkatapos, mag-apply ng child allowance, child medical certificate at health insurance. Ang sanggol na dayuhan ang nasyonalidad ay kailangan ding mag-apply ng status of residence sa immigration office sa loob ng 30 araw mula nang ipanganak.

svc-marriage-registration = Pagpaparehistro ng kasal (婚姻届)
    .description = Iparehistro ang inyong kasal. Legal na may bisa ang kasal kapag tinanggap na ang abiso.
    .who = Ang dalawang taong ikakasal (parehong edad 18 pataas). Kahit sino ay puwedeng magdala ng form sa counter para sa kanila.
    .bring = Form ng pagpaparehistro ng kasal na pinirmahan ng dalawang saksi na edad 18 pataas
        ID na may litrato ng taong pupunta
        Para sa mga dayuhan: pasaporte at certificate of legal capacity to marry (婚姻要件具備証明書) na may salin sa Japanese
    .fee = Libre
    .time = Mga 20–30 minuto
    .deadline = Wala (ang araw ng pagsusumite ang magiging petsa ng inyong kasal)
    .notes = Mula Marso 2024, karaniwang hindi na kailangan ang kopya ng rehistro ng pamilya. Kung magbabago ang inyong pangalan o address, maaaring kailangan din ninyong i-update ang My Number Card, ang rehistro ng selyo at iba pa.

svc-divorce-registration = Pagpaparehistro ng diborsyo (離婚届)
    .description = Iparehistro ang diborsyo, sa pamamagitan man ng kasunduan ng mag-asawa (協議離婚) o sa family court.
    .who = Sa diborsyo sa pamamagitan ng kasunduan, ang mag-asawa. Sa diborsyo sa korte (mediation, ruling o judgment), ang taong nag-apply sa korte.
    .bring = Form ng pagpaparehistro ng diborsyo (sa diborsyo sa pamamagitan ng kasunduan, pinirmahan ng dalawang saksi na edad 18 pataas)
        ID na may litrato ng taong pupunta
        Sa diborsyo sa korte: certified copy ng mediation record, o ng ruling o judgment kasama ang sertipikong pinal na ito
    .fee = Libre
    .time = Mga 20–30 minuto
    .deadline = Diborsyo sa pamamagitan ng kasunduan: wala. Sa korte: sa loob ng 10 araw mula nang maayos o maging pinal ito
    .notes = Kung may anak kayong wala pang 18 taong gulang, isulat kung sino ang magkakaroon ng parental authority (mula Abril 2026, puwede na rin ang parehong magulang). Para magamit pa rin ang apelyido noong kasal, kailangan ng hiwalay na abiso sa loob ng 3 buwan mula sa diborsyo.

svc-other-family-register = Iba pang abiso sa rehistro ng pamilya (養子縁組・転籍・分籍 atbp.)
    .description = Mga abiso sa rehistro ng pamilya tulad ng pag-aampon, pagtatapos ng pag-aampon, paglipat ng rehistradong domicile (転籍), o pag-alis sa rehistro ng magulang (分籍).
    .who = Depende sa abiso (halimbawa, 転籍: ang pinuno ng rehistro at asawa; 分籍: ang tao mismo, edad 18 pataas).
    .bring = Ang form ng abiso (may ilang kailangan ng pirma ng dalawang saksi)
        ID na may litrato ng taong pupunta
        Pahintulot ng family court o katulad nito, kung kailangan
    .fee = Libre
    .time = Mga 20–30 minuto
    .deadline = Depende sa abiso (ang mga batay sa desisyon ng korte ay kadalasang sa loob ng 10 araw)
    .notes = Ang pag-aampon ng menor de edad ay karaniwang nangangailangan ng pahintulot ng family court. Iba-iba ang mga dokumento sa bawat abiso, kaya magtanong po muna sa amin bago pumunta.

svc-death-registration = Pagpaparehistro ng pagkamatay (死亡届)
    .description = Iparehistro ang pagkamatay. Kasabay nitong ibibigay ang cremation permit.
    .who = Isang kamag-anak, kasama sa bahay ng namatay, ang may-ari ng bahay, atbp. Puwedeng magdala ng form ang funeral company o ibang inutusan.
    .bring = Form ng pagpaparehistro ng pagkamatay na may bahaging death certificate (死亡診断書 o 死体検案書) na pinunan ng doktor
        ID na may litrato ng taong pupunta
        Bayad sa crematorium (kung sabay kayong mag-a-apply ng cremation permit)
    .fee = Libre ang pagpaparehistro. Ang bayad sa crematorium ay ¥15,000 para sa adultong nakatira sa lungsod
    .time = Mga 30 minuto
    .deadline = Sa loob ng 7 araw mula nang malaman ang pagkamatay (sa loob ng 3 buwan kung sa ibang bansa namatay)
    .notes = Hindi na ibabalik ang form, kaya kung kailangan ninyo, magpa-kopya bago ito isumite. Para sa mga susunod na proseso sa pensiyon, insurance, buwis at iba pa, gamitin ang serbisyo ng gabay pagkatapos ng pagkamatay.

svc-bereavement-guidance = Gabay sa mga proseso pagkatapos ng pagkamatay (おくやみコーナー)
    .description = Sabay-sabay naming ipapaliwanag ang lahat ng prosesong kailangan sa ward office pagkatapos mamatay ang isang miyembro ng pamilya.
    .who = Miyembro ng pamilya o ibang taong nag-aasikaso ng mga proseso
    .bring = ID na may litrato ng taong pupunta
        Mga eligibility certificate (資格確認書) ng namatay: health insurance, medical care para sa 75 pataas, long-term care
        My Number Card ng namatay, kung mayroon siya
        Detalye ng bank account para sa bayad (para sa tagapagmana o ibang tatanggap)
    .fee = Libre
    .time = Mga 60 minuto
    .deadline = Wala (may sariling deadline ang bawat proseso; asikasuhin agad ang mga abiso sa pensiyon at insurance)
    .notes = Maaaring kailangan ninyong magpa-book ng oras. Magagamit ang serbisyong ito pagkatapos ng pagpaparehistro ng pagkamatay.

## Services — National Health Insurance and Pension

svc-nhi-enrolment = National Health Insurance: pagsali o pag-alis (国民健康保険)
    .description = Sumali sa National Health Insurance (pagkatapos umalis sa trabaho, lumipat dito, atbp.) o umalis dito (pagkatapos magsimula sa trabaho, atbp.).
    .who = Ang head of household, o miyembro ng parehong sambahayan. Ang ibang tao ay kailangang magdala ng authorization letter (委任状).
    .bring = ID na may litrato (My Number Card, driver's license, residence card, atbp.)
        Para sumali: papel na nagpapakita kung kailan natapos ang dati ninyong health insurance (資格喪失証明書, atbp.)
        Para umalis: eligibility certificate (資格確認書) ng bago ninyong insurance o abiso ng impormasyon ng eligibility (資格情報のお知らせ)
        Ang inyong eligibility certificate ng National Health Insurance, kung mayroon
    .fee = Libre
    .time = Mga 15–20 minuto
    .deadline = Sa loob ng 14 na araw mula sa dahilan ng pagsali o pag-alis
    .notes = Kahit huli kayo, sisingilin ang premium pabalik sa buwan kung kailan kayo naging eligible. Kung hindi ninyo ipaalam na umalis na kayo, maaaring dalawang beses kayong magbayad.

svc-nhi-premium = Premium ng National Health Insurance: konsultasyon sa pagbabayad at pagbabawas
    .description = Payo kung paano magbayad ng premium ng National Health Insurance, at tungkol sa pagbabawas o hulugan kung nahihirapan kayong magbayad.
    .who = Ang head of household, o miyembro ng parehong sambahayan
    .bring = ID na may litrato (My Number Card, driver's license, residence card, atbp.)
        Abiso ng premium o payment slip
        Patunay ng kita (para sa pagbabawas)
        Employment insurance eligibility card (雇用保険受給資格者証), kung nawalan kayo ng trabaho dahil sa kumpanya
    .fee = Libre
    .time = Mga 20 minuto
    .deadline = May deadline ang pag-apply ng pagbabawas; magtanong po agad
    .notes = Kung nawalan kayo ng trabaho dahil sa pagkalugi ng kumpanya, pagkatanggal o katulad nito, maaaring bumaba ang inyong premium. Maaari rin kayong mag-apply ng awtomatikong bayad mula sa bank account.

svc-nhi-benefits = Mga benepisyo ng National Health Insurance (mataas na gastos medikal, lump sum sa panganganak, gastos sa libing)
    .description = Mag-apply ng refund ng mataas na gastos medikal, ng childbirth lump-sum grant, o ng funeral expenses grant.
    .who = Ang head ng sambahayang miyembro ng National Health Insurance (para sa gastos sa libing: ang taong nag-asikaso ng libing)
    .bring = ID na may litrato (My Number Card, driver's license, residence card, atbp.)
        Detalye ng bank account para sa bayad
        Mga resibo mula sa ospital (mataas na gastos medikal, panganganak)
        Resibo ng libing o ibang papel na nagpapakita kung sino ang nag-asikaso ng libing (gastos sa libing)
    .fee = Libre
    .time = Mga 15 minuto
    .deadline = Karaniwang sa loob ng 2 taon (mataas na gastos medikal: mula ika-1 ng buwan pagkatapos ng pagpapagamot; panganganak at libing: mula sa susunod na araw)
    .notes = Ang childbirth grant ay karaniwang ¥500,000 at madalas na direktang ibinabayad sa ospital. Magtanong sa counter tungkol sa halaga ng funeral expenses grant.

svc-national-pension = Mga proseso sa National Pension (国民年金: pagsali, exemption, student deferral)
    .description = Sumali sa National Pension, mag-apply ng exemption o pagpapaliban ng kontribusyon, o ng student deferral.
    .who = Mga taong edad 20 hanggang 59 (hindi empleyado ng kumpanya o ng gobyerno o ang kanilang dependent na asawa). Ang ibang tao ay kailangang magdala ng authorization letter (委任状).
    .bring = Ang inyong basic pension number (基礎年金番号通知書 o 年金手帳)
        ID na may litrato (My Number Card, driver's license, residence card, atbp.)
        Papel na nagpapakita ng huling araw ninyo sa trabaho, gaya ng 離職票 (kung umalis kayo sa trabaho)
        Student ID o sertipiko ng pag-aaral (para sa student deferral)
    .fee = Libre
    .time = Mga 15–20 minuto
    .deadline = Pagsali sa loob ng 14 na araw. Ang exemption ay maaaring i-apply pabalik hanggang sa buwan ng 2 taon at 1 buwan na nakaraan
    .notes = Maaari rin kayong mag-apply online sa Mynaportal. Ang student deferral ay dapat i-apply bawat school year (Abril hanggang Marso).

svc-late-elderly-medical = Sistema ng medical care para sa edad 75 pataas (後期高齢者医療)
    .description = Mga proseso para sa medical insurance ng mga taong edad 75 pataas (at ng edad 65 pataas na may partikular na kapansanan).
    .who = Ang tao mismo, o miyembro ng parehong sambahayan. Ang ibang tao ay kailangang magdala ng authorization letter (委任状).
    .bring = ID na may litrato (My Number Card, driver's license, residence card, atbp.)
        Ang inyong eligibility certificate ng medical care para sa 75 pataas (資格確認書), kung mayroon
        Detalye ng bank account (para sa refund)
    .fee = Libre
    .time = Mga 15 minuto
    .deadline = Sa loob ng 14 na araw para sa paglipat dito, paglipat palabas at mga katulad na pagbabago
    .notes = Awtomatiko kayong sasali pagsapit ng 75 taong gulang, at ipapadala sa koreo ang inyong sertipiko. Pinapatakbo ang sistema ng Fukuoka Prefecture Medical Association for the Elderly (福岡県後期高齢者医療広域連合).

## Services — Health and Welfare: children and families

svc-maternal-handbook = Abiso ng pagbubuntis at Maternal and Child Health Handbook (母子健康手帳, boshi techo)
    .description = Iulat ang inyong pagbubuntis. Makakatanggap kayo ng Maternal and Child Health Handbook at mga voucher para sa check-up sa pagbubuntis.
    .who = Ang buntis mismo (ang kinatawan ay kailangan ng authorization letter, 委任状)
    .bring = ID na may litrato (My Number Card, driver's license, residence card, atbp.)
        Anumang nagpapakita ng inyong My Number
        Ang sinabi ng klinika, gaya ng inyong due date
    .fee = Libre
    .time = Mga 30–60 minuto (kasama ang pakikipag-usap sa public health nurse)
    .deadline = Agad pagkatapos kumpirmahin ng klinika ang pagbubuntis (mas mabuti kung bago ang mga ika-11 linggo)
    .notes = May subsidiya para sa gastos ng check-up sa pagbubuntis. Maaari rin kayong mag-apply ng pregnancy support payment (¥50,000).

svc-child-allowance = Child allowance: tulong pinansyal sa pagpapalaki ng anak (児童手当)
    .description = Mag-apply ng allowance para sa mga nagpapalaki ng anak hanggang edad high school (hanggang sa unang Marso 31 pagkatapos mag-18 ang anak).
    .who = Ang magulang na pangunahing bumubuhay sa pamilya (ang mga empleyado ng gobyerno ay mag-a-apply sa kanilang trabaho)
    .bring = ID na may litrato ng nag-a-apply (My Number Card, driver's license, atbp.)
        Detalye ng bank account na nakapangalan sa nag-a-apply
        Anumang nagpapakita ng My Number ng nag-a-apply at ng asawa
    .fee = Libre
    .time = Mga 20 minuto
    .deadline = Sa loob ng 15 araw mula sa araw pagkatapos ng kapanganakan o paglipat (kung mahuli kayo, mawawala ang bayad para sa mga buwang iyon)
    .notes = Mula Oktubre 2024, wala nang limitasyon sa kita. Ibinibigay ang allowance tuwing dalawang buwan (sa mga even na buwan).

svc-child-rearing-allowance = Child-rearing allowance (児童扶養手当, para sa mga single parent)
    .description = Mag-apply ng allowance para sa mga single parent at iba pang nag-iisang nagpapalaki ng anak. May limitasyon sa kita.
    .who = Ama o ina na mag-isang nagpapalaki ng anak dahil sa diborsyo, pagkamatay ng asawa o katulad nito, o taong nagpapalaki ng anak bilang kapalit ng mga magulang
    .bring = Kopya ng rehistro ng pamilya (戸籍謄本) ng nag-a-apply at ng anak, na inisyu sa loob ng 1 buwan
        ID na may litrato ng nag-a-apply
        Detalye ng bank account na nakapangalan sa nag-a-apply
        Anumang nagpapakita ng My Number ng nag-a-apply, ng anak at ng mga kamag-anak na tumutulong sa pagsuporta
    .fee = Libre
    .time = Mga 60 minuto (kasama ang interview)
    .deadline = Wala (ibibigay mula sa buwan pagkatapos ninyong mag-apply)
    .notes = Nakadepende ang mga dokumento sa sitwasyon ng inyong pamilya, kaya magtanong po muna sa amin. Sakop ang mga anak hanggang sa unang Marso 31 pagkatapos nilang mag-18 (wala pang 20 taong gulang para sa mga batang may kapansanan).

svc-child-medical = Subsidiya sa gastos medikal ng bata (子ども医療証)
    .description = Mag-apply ng child medical certificate, na nagpapababa ng binabayaran ninyo sa ospital at klinika (hanggang matapos ang school year kung kailan magiging 18 ang bata).
    .who = Mga magulang o guardian na nakatira sa Kitakyushu at may health insurance ang anak
    .bring = Eligibility certificate ng health insurance ng bata (資格確認書) o ibang patunay ng insurance
        ID na may litrato ng magulang o guardian
        Income certificate (所得額証明書), kung minsan ay kailangan kung lumipat kayo mula sa labas ng lungsod
    .fee = Libre
    .time = Mga 15 minuto
    .deadline = Sa loob ng 1 buwan pagkatapos ng kapanganakan, o 15 araw pagkatapos lumipat dito (kung mahuli, magsisimula lamang ito sa buwan ng pag-apply)
    .notes = Nakadepende sa edad ng bata ang halagang babayaran ninyo. Hindi sakop ang mga sambahayang tumatanggap ng public assistance.

svc-single-parent-medical = Subsidiya sa gastos medikal para sa mga single-parent na pamilya (ひとり親家庭等医療)
    .description = Mag-apply ng medical certificate na nagpapababa ng binabayaran ng mga single parent at kanilang mga anak sa ospital at klinika.
    .who = Mga single na ama o ina at kanilang mga anak hanggang matapos ang school year kung kailan sila magiging 18 (may limitasyon sa kita)
    .bring = Kopya ng rehistro ng pamilya (戸籍謄本) ng nag-a-apply at ng anak
        Eligibility certificate ng health insurance (資格確認書) o ibang patunay ng insurance
        ID na may litrato
        Income certificate (所得額証明書), kung lumipat kayo mula sa labas ng lungsod
    .fee = Libre
    .time = Mga 20 minuto
    .deadline = Wala (magsisimula ito sa buwan ng pag-apply)
    .notes = Maaari ring sakop ang mga taong nagpapalaki ng batang walang magulang. Kadalasan ay puwedeng mag-apply kasabay ng child-rearing allowance.

svc-nursery-application = Aplikasyon sa nursery school (保育所等の入所申込み)
    .description = Mag-apply ng puwesto sa nursery school (hoikusho) o certified centre (認定こども園) kapag hindi ninyo maalagaan ang inyong anak sa bahay sa araw.
    .who = Mga magulang na nakatira sa Kitakyushu na may anak na hindi pa nag-eelementary, at kailangan ng childcare dahil sa trabaho, pagbubuntis, sakit, pag-aalaga sa ibang tao, atbp.
    .bring = Form ng aplikasyon
        Patunay na kailangan ninyo ng childcare, gaya ng employment certificate (就労証明書)
        ID na may litrato ng magulang at anumang nagpapakita ng inyong My Number
    .fee = Libre ang pag-apply (nakadepende sa kita ang bayad; ang edad 3–5 ay karaniwang libre)
    .time = Mga 30 minuto
    .deadline = May sariling deadline ang bawat buwan (para pumasok sa Abril, ang aplikasyon ay sa taglagas ng nakaraang taon)
    .notes = Maaaring hindi kayo makakuha ng puwesto sa paaralang gusto ninyo. Mabuting bisitahin muna ang mga paaralan bago mag-apply.

svc-child-family-consultation = Konsultasyon tungkol sa mga bata at pamilya (pagpapalaki ng anak, single parent, karahasan sa tahanan)
    .description = Kausapin kami tungkol sa mga alalahanin sa pagpapalaki ng anak, buhay bilang single-parent na pamilya, o karahasan mula sa partner o miyembro ng pamilya (DV).
    .who = Kahit sino: mga magulang, single-parent na pamilya, mga biktima ng karahasan sa tahanan
    .bring = Walang espesyal na kailangang dalhin
    .fee = Libre
    .time = Mga 30–60 minuto (depende sa usapin)
    .deadline = Wala
    .notes = Kumpidensyal ang anumang sasabihin ninyo sa amin. Kung nasa panganib kayo ngayon, tumawag sa 110 (pulis). Kung may napansin kayong pang-aabuso sa bata, tumawag sa 189 (sa buong Japan).

## Services — Health and Welfare: older people and disability

svc-long-term-care = Long-term care insurance (介護保険: sertipikasyon ng pangangailangan sa pag-aalaga, insurance card)
    .description = Mag-apply ng sertipikasyon ng pangangailangan sa pag-aalaga (要介護・要支援認定) at iba pang proseso para sa long-term care insurance card.
    .who = Mga taong edad 65 pataas, o edad 40–64 na may partikular na sakit. Maaaring mag-apply para sa kanila ang pamilya o care manager.
    .bring = Insurance card ng long-term care (介護保険被保険者証)
        Eligibility certificate ng health insurance (資格確認書) o katulad nito (edad 40–64)
        ID na may litrato ng taong nag-a-apply
        Pangalan ng family doctor at ng kanyang ospital o klinika
    .fee = Libre
    .time = Mga 20–30 minuto
    .deadline = Wala (karaniwang dumarating ang resulta sa loob ng 30 araw mula sa pag-apply)
    .notes = Pagkatapos mag-apply, bibisitahin ng assessor ang tao sa bahay o sa ibang lugar para tanungin ang kanyang kalagayan. Ipapadala sa koreo ang insurance card pagsapit ninyo ng 65 taong gulang.

svc-elderly-welfare = Mga serbisyong pangkapakanan at konsultasyon para sa matatanda
    .description = Kausapin kami tungkol sa araw-araw na pamumuhay, pag-aalaga, dementia, pagbabantay sa matatanda o pang-aabuso; ipapaliwanag namin ang mga serbisyong pangkapakanan.
    .who = Kahit sino: matatanda, kanilang pamilya, mga kapitbahay
    .bring = Walang espesyal na kailangang dalhin (pakidala ang long-term care insurance card kung mayroon ang tao)
    .fee = Libre ang konsultasyon (may bayad ang ilang serbisyo)
    .time = Mga 30 minuto
    .deadline = Wala
    .notes = Nakikipagtulungan kami sa Community General Support Centre (地域包括支援センター). Maaari namin kayong i-refer sa opisinang para sa inyong lugar.

svc-disability-services = Disability certificate at mga serbisyong pangkapakanan para sa may kapansanan
    .description = Mag-apply ng disability certificate (pisikal, intelektwal 療育手帳, mental health) at humingi ng payo tungkol sa mga serbisyong pangkapakanan para sa may kapansanan.
    .who = Ang taong may kapansanan o kanyang pamilya (ang magulang o guardian para sa wala pang 18 taong gulang)
    .bring = Sertipiko ng doktor sa itinakdang form (para sa pisikal at mental health na certificate)
        Litrato (4 cm ang taas × 3 cm ang lapad)
        ID na may litrato at anumang nagpapakita ng inyong My Number
        Ang kasalukuyan ninyong disability certificate (para sa renewal o pagbabago)
    .fee = Libre (kayo ang magbabayad sa doktor para sa medical certificate)
    .time = Mga 30 minuto
    .deadline = Wala (nire-renew ang mental health certificate tuwing 2 taon)
    .notes = Para sa intellectual disability certificate (療育手帳), kailangan ng appointment para sa assessment. Inaabot ng mga 1–2 buwan bago dumating ang certificate.

## Services — Health and Welfare: health consultation

svc-health-consultation = Konsultasyon sa kalusugan (check-up at bakuna)
    .description = Kausapin ang public health nurse o ibang kawani tungkol sa inyong kalusugan, mga check-up (cancer screening, specific health check-up), bakuna, pagkain at iba pa.
    .who = Kahit sino, gaya ng mga residente ng ward
    .bring = Maternal and Child Health Handbook (para sa mga tanong tungkol sa bakuna ng bata)
        Ang resulta ng inyong health check-up, kung mayroon
    .fee = Libre ang konsultasyon (maaaring may bayad ang check-up at bakuna)
    .time = Mga 15–30 minuto
    .deadline = Wala
    .notes = May ilang konsultasyong kailangan ng appointment. Karamihan ng check-up at bakuna ay ginagawa sa mga klinika at ospital sa lungsod.

svc-dog-registration = Pagpaparehistro ng aso at tag ng bakuna laban sa rabies
    .description = Iparehistro ang inyong aso (minsan lang sa buong buhay nito) at kunin ang tag para sa taunang bakuna nito laban sa rabies.
    .who = Mga may-ari ng asong edad 91 araw pataas
    .bring = Sertipiko ng bakuna laban sa rabies mula sa beterinaryo (狂犬病予防注射済証明書)
        Registration tag ng aso (鑑札), kung nakarehistro na
    .fee = Pagpaparehistro ¥3,000; tag ng bakuna ¥550
    .time = Mga 10 minuto
    .deadline = Sa loob ng 30 araw mula nang magkaroon kayo ng aso (para sa tutang wala pang 90 araw, sa loob ng 30 araw pagkatapos nitong umabot ng 90 araw)
    .notes = Ang mga asong may microchip na nairehistro sa Ministry of the Environment noong o pagkatapos ng Marso 1, 2023 ay hindi na kailangang iparehistro sa counter. Kailangang mabakunahan ang inyong aso laban sa rabies minsan bawat taon.

## Services — Public Assistance Sections

svc-public-assistance = Konsultasyon sa public assistance (生活保護)
    .description = Payo para sa mga hindi makapaghanapbuhay dahil sa sakit, pagkawala ng trabaho, katandaan o ibang dahilan, at aplikasyon para sa public assistance.
    .who = Kahit sinong nahihirapang mabuhay, o ang kanilang pamilya. Kahit sino ay puwedeng humingi ng payo.
    .bring = Walang espesyal na kailangang dalhin (kung mayroon: ID na may litrato, bankbook, mga papel na nagpapakita ng inyong kita at upa)
    .fee = Libre
    .time = Mga 60 minuto
    .deadline = Wala
    .notes = Ang pag-apply para sa public assistance ay karapatan ng bawat residenteng nangangailangan nito. Kumpidensyal ang anumang sasabihin ninyo sa amin. Ang Seksyon ng Pampublikong Tulong 1 o 2 ang hahawak sa inyong kaso, depende sa inyong tinitirhan.

## Services — Urban Development and Maintenance

svc-roads-parks = Kalsada, parke at imprastraktura sa lugar
    .description = Mag-report o magtanong tungkol sa mga kalsada at parke sa inyong lugar: butas at sira sa kalsada, ilaw sa kalye, kanal, sirang kagamitan sa palaruan.
    .who = Kahit sino
    .bring = Mapa o litratong nagpapakita ng lugar, kung mayroon
    .fee = Libre
    .time = Mga 15 minuto
    .deadline = Wala
    .notes = Para sa mga national road na hawak ng pambansang gobyerno, sasabihin namin kung sino ang dapat kontakin. I-report po agad ang mga mapanganib na lugar.

## Services — Community Support

svc-community-associations = Neighbourhood association at citizen centre
    .description = Impormasyon tungkol sa pagsali sa neighbourhood association (自治会・町内会), paggamit ng citizen centre (市民センター), at mga lokal na grupo.
    .who = Kahit sino
    .bring = Walang espesyal na kailangang dalhin
    .fee = Libre (maaaring may bayad ang pag-upa ng kuwarto sa citizen centre)
    .time = Mga 15 minuto
    .deadline = Wala
    .notes = Maibibigay namin ang contact ng neighbourhood association sa inyong lugar.

svc-community-activities = Mga gawain sa komunidad, pagboboluntaryo at panghabambuhay na pag-aaral
    .description = Impormasyon at payo tungkol sa mga gawain sa lokal na komunidad, pagboboluntaryo, mga kurso at iba pang panghabambuhay na pag-aaral.
    .who = Kahit sino
    .bring = Walang espesyal na kailangang dalhin
    .fee = Libre (may bayad ang ilang kurso)
    .time = Mga 15 minuto
    .deadline = Wala
    .notes = Makikita rin ang impormasyon tungkol sa mga kurso at event sa newsletter ng lungsod (市政だより) at sa website ng lungsod.

## Services — General Affairs and Planning

svc-ward-general = Mga tanong tungkol sa ward, pampublikong impormasyon at paghahanda sa sakuna
    .description = Mga tanong tungkol sa gawain ng ward, pampublikong impormasyon, at paghahanda sa sakuna (evacuation center, hazard map, atbp.).
    .who = Kahit sino
    .bring = Walang espesyal na kailangang dalhin
    .fee = Libre
    .time = Mga 10 minuto
    .deadline = Wala
    .notes = Kung hindi kayo sigurado kung aling counter ang pupuntahan, ituturo namin sa inyo ang tamang counter.

svc-elections = Mga tanong tungkol sa eleksyon
    .description = Mga tanong tungkol sa eleksyon, gaya ng listahan ng mga botante, maagang pagboto at absentee voting.
    .who = Kahit sino
    .bring = Walang espesyal na kailangang dalhin (ID na may litrato para sa request ng absentee voting at mga katulad nito)
    .fee = Libre
    .time = Mga 10 minuto
    .deadline = Wala (may sariling mga petsa ang bawat eleksyon)
    .notes = Ang mga mamamayang Japanese na edad 18 pataas ay puwedeng bumoto. Sa loob ng 3 buwan pagkatapos lumipat, maaaring kailangan ninyong bumoto sa dati ninyong address.

svc-citizen-consultation = Konsultasyon para sa mamamayan (pag-book ng legal advice at iba pang konsultasyon)
    .description = Mag-book ng libreng legal advice mula sa abogado at iba pang konsultasyon, o kausapin kami tungkol sa mga problema sa araw-araw.
    .who = Mga residente ng Kitakyushu (may kondisyon ang ilang konsultasyon)
    .bring = Walang espesyal na kailangang dalhin (dalhin ang mga papel tungkol sa inyong problema, kung mayroon)
    .fee = Libre
    .time = Mga 10 minuto para mag-book (ang isang legal advice session ay mga 30 minuto)
    .deadline = Wala (first come, first served ang pag-book)
    .notes = Sa appointment lamang ang legal advice, sa mga takdang petsa at limitadong bilang ng puwesto. Maaaring may limitasyon kung ilang beses kayong puwedeng magtanong tungkol sa parehong usapin.
