# Madoguchi page strings — Tagalog.

language-name = Tagalog

## Shared

mode-large = Mas malaking titik
mode-contrast = Mataas na contrast
modes-label = Mga opsyon sa display

## Kiosk

kiosk-page-title = Kumuha ng numero
kiosk-welcome = Maligayang pagdating. Kumuha po ng numero
kiosk-choose-language = Piliin ang wika
kiosk-what-need = Ano po ang kailangan ninyo ngayon?
kiosk-search-label = Maghanap gamit ang keyword
kiosk-search-placeholder = hal. residence record, paglipat dito, child allowance
kiosk-search-button = Hanapin
kiosk-search-results = Mga resulta para sa “{ $query }”
kiosk-search-none = Walang nahanap. Pumili mula sa mga paksa, o magtanong sa kawani.
kiosk-services-unavailable = Hindi ma-load ang listahan ng serbisyo. Magtanong po sa kawani.
kiosk-back = Bumalik
kiosk-choose-service = Piliin ang kailangan ninyo
kiosk-confirm-title = Tama po ba ito?
kiosk-where = Saan pupunta
kiosk-waiting-now = Naghihintay ngayon
kiosk-take-ticket = Kumuha ng numero
kiosk-choose-again = Pumili muli
kiosk-issuing = Kinukuha ang inyong numero…
kiosk-your-number = Ang inyong numero
kiosk-ahead = Mga nauuna sa inyo
kiosk-ahead-none = Kayo na ang susunod
kiosk-estimated-wait = Tantiyang paghihintay
kiosk-bring = Pakidala
kiosk-please-wait = Ipapakita sa screen at tatawagin ang inyong numero. Maghintay po sa waiting area.
kiosk-qr-caption = I-scan gamit ang phone para masubaybayan ang inyong pila
kiosk-qr-label = QR code ng page na nagpapakita ng inyong pila
kiosk-printing = Ipinapa-print ang inyong tiket. Pakikuha po.
kiosk-print-again = I-print muli
kiosk-done = Tapos na
kiosk-not-issued-title = Walang naibigay na numero
kiosk-error-offline = Hindi makakonekta ang kiosk sa sistema ng opisina.
kiosk-error-timeout = Hindi sumagot ang sistema ng opisina, kaya hindi matiyak kung may naibigay na numero.
kiosk-error-setup = Hindi naka-set up ang kiosk na ito para magbigay ng numero.
kiosk-error-busy = Pansamantalang hindi magamit ang sistema ng opisina.
kiosk-error-other = Hindi maibigay ang inyong numero.
kiosk-ask-staff-now = Humingi po ng tulong sa malapit na kawani.
kiosk-try-again = Subukan muli
kiosk-start-over = Bumalik sa simula
kiosk-idle-countdown = Babalik sa simula sa loob ng { $seconds } segundo. Pindutin ang screen para magpatuloy.
kiosk-idle-continue = Magpatuloy
kiosk-ask-staff = Hindi sigurado? Magtanong po sa kawani — masaya kaming tumulong.
kiosk-offline = Hindi makakonekta ngayon ang kiosk sa sistema ng opisina, kaya walang maibibigay na numero. Magtanong po sa kawani.
kiosk-not-set-up = Hindi pa handa ang kiosk na ito. Magtanong po sa kawani.
kiosk-people-count = { $count } tao
kiosk-queue-waiting = Naghihintay: { $count }
kiosk-wait-minutes = Mga { $minutes } minuto
kiosk-wait-none = Halos walang paghihintay
kiosk-wait-unknown = Sinusuri…

kiosk-life-title = Ilang proseso nang sabay-sabay
kiosk-life-hint = Isang numero lang, dadalhin kayo sa bawat counter na kailangan ninyo, isa-isa.
kiosk-yes = Oo
kiosk-no = Hindi
kiosk-life-steps = Ang inyong mga counter, sa ganitong pagkakasunod
kiosk-journey-note = Itago ang inyong tiket. Tuwing matatapos ang isang counter, tatawagin kayo sa susunod gamit ang parehong numero.
kiosk-fee = Bayad
kiosk-time-needed = Gaano katagal
wait-range = Mga { $minutes } minuto (hanggang mga { $max })
kiosk-printer-failed = Hindi gumagana ang printer kaya walang lumabas na tiket. Tandaan po ang inyong numero o i-scan ang QR code. Naabisuhan na ang kawani.

## Staff desk

desk-page-title = Desk ng counter
desk-language = Wika
desk-sign-out = Mag-sign out
desk-connection-lost = Naputol ang koneksyon. Awtomatikong kumokonekta muli — maaaring luma ang listahan.
desk-sign-in-title = Pag-sign in ng kawani
desk-sign-in-hint = Ilagay ang user name at password ng kawani.
desk-username = User name
desk-password = Password
desk-sign-in = Mag-sign in
desk-sign-in-missing = Ilagay ang user name at password.
desk-sign-in-wrong = Mali ang user name o password.
desk-sign-in-throttled = Masyadong maraming maling subok. Maghintay sandali at subukan muli.
desk-session-expired = Nag-expire na ang inyong sign-in. Mag-sign in muli.
desk-choose-counter = Aling counter ang desk na ito?
desk-current-title = Nasa counter na ito ngayon
desk-current-empty = Walang tao sa counter. Pindutin ang “Tawagin ang susunod”.
desk-service = Serbisyo
desk-ticket-language = Wika
desk-waited = Naghintay
desk-called-at = Tinawag
desk-called-ago = { $time } ({ $minutes } min ang nakalipas)
desk-journey = Mga hakbang
desk-step-pending = susunod
desk-step-current = ngayon
desk-step-done = tapos
desk-step-skipped = nilaktawan
desk-status-called = Tinawag
desk-status-serving = Pinagsisilbihan
desk-recalls = Tinawag muli ×{ $count }
desk-minutes = { $minutes } min
desk-actions = Mga aksyon
desk-call-next = Tawagin ang susunod
desk-recall = Tawagin muli
desk-start = Simulan
desk-no-show = Hindi dumating
desk-transfer = Ilipat
desk-finish = Tapusin
desk-did-call = Tinawag ang { $number }
desk-did-recall = Tinawag muli ang { $number }
desk-did-start = Pinagsisilbihan ang { $number }
desk-did-no-show = Itinalang hindi dumating ang { $number }
desk-did-finish = Tapos na ang { $number }
desk-did-transfer = Nailipat ang { $number }
desk-nobody-waiting = Walang naghihintay para sa counter na ito
desk-error-offline = Hindi maabot ang server. Maaaring hindi natuloy ang aksyon.
desk-error-forbidden = Hindi kayo pinapayagang gawin ito.
desk-error-conflict = Nagbago ang tiket kaya hindi na ito magagawa. Tingnan ang listahan.
desk-error-not-found = Hindi mahanap ang tiket na ito.
desk-error-unavailable = Pansamantalang hindi magamit ang sistema. Subukan muli mamaya.
desk-error-other = Hindi natuloy ang aksyon.
desk-waiting-title = Naghihintay para sa counter na ito
desk-waiting-empty = Walang naghihintay
desk-col-number = Numero
desk-col-service = Serbisyo
desk-col-language = Wika
desk-col-waiting = Naghintay
desk-longest = Pinakamatagal
desk-queue-figures = { $count } naghihintay · mga { $minutes } min
desk-live = Nakakonekta
desk-connecting = Kumokonekta
desk-offline = Walang koneksyon
desk-transfer-title = Ilipat ang { $number }
desk-transfer-to = Ilipat sa
desk-transfer-queue = Pila
desk-transfer-service = Serbisyo
desk-transfer-confirm = Ilipat
desk-cancel = Kanselahin
desk-printer-attention = Kailangang tingnan ang printer na “{ $printer }” (papel, kuryente o kable).
desk-dismiss = Isara
desk-journey-skip = Laktawan
desk-journey-skip-label = Laktawan ang hakbang { $position }: { $section }, { $service }
desk-journey-add = Magdagdag ng hakbang
desk-skip-title = Laktawan ang isang hakbang ng { $number }?
desk-skip-text = Hindi ipapadala ang { $number } sa { $section } para sa { $service }. Mananatili ang ibang hakbang.
desk-skip-confirm = Laktawan ang hakbang na ito
desk-add-title = Magdagdag ng hakbang para sa { $number }
desk-add-hint = Pagkatapos ng counter na ito, maghihintay muli ang { $number }, parehong numero, sa counter ng serbisyong pipiliin mo.
desk-add-service = Serbisyong idaragdag
desk-add-confirm = Idagdag ang hakbang
desk-did-skip = { $number }: nilaktawan ang { $section }
desk-did-add = { $number }: idinagdag ang { $service } pagkatapos ng counter na ito
desk-error-step-changed = Nagbago ang mga hakbang ng numerong ito. Suriin at subukang muli.
desk-error-unknown-service = Hindi hinahawakan ng tanggapang ito ang serbisyong iyon.

## Waiting-room display

board-page-title = Mga tawag
board-reconnecting = Naputol ang koneksyon. Kumokonekta muli…
board-not-set-up = Hindi pa naka-set up ang screen na ito
board-now-calling = Tinatawag ngayon
board-no-calls = Maghintay po hanggang tawagin ang inyong numero
board-recent = Mga naunang tawag
board-col-number = Numero
board-col-counter = Counter
board-col-time = Oras
board-waiting = Mga naghihintay at tantiyang paghihintay
board-waiting-count = { $count } naghihintay
board-wait-minutes = Mga { $minutes } minuto
board-wait-none = Walang pila
board-badge-new = Bago
board-badge-recalled = Tinawag muli
board-live-called = Numero { $number }, pumunta po sa { $counter }
board-live-recalled = Numero { $number }, tinatawag muli. Pumunta po sa { $counter }
board-sound-on = May tunog
board-sound-off = Walang tunog
board-sound-blocked = Buksan ang tunog
board-notice-wait = Maghintay po sa waiting area hanggang tawagin ang inyong numero.
board-notice-watch = Kapag lumabas sa screen ang inyong numero, pumunta po sa ipinakitang counter.
board-notice-phone = I-scan ang QR code sa inyong tiket para masubaybayan ang pila sa inyong phone.
board-notice-help = Kung kailangan ng tulong, magtanong po sa malapit na kawani.

## Phone ticket page

phone-page-title = Ang inyong numero
phone-language = Wika
phone-offline = Naputol ang koneksyon. Kumokonekta muli — maaaring luma ang nakikita ninyo.
phone-called-title = Kayo na po
phone-called-text = Pumunta po sa { $counter }.
phone-near = Malapit na ang inyong turno. Bumalik po sa waiting area.
phone-your-number = Ang inyong numero
phone-ahead = Mga nauuna sa inyo
phone-ahead-none = Kayo na ang susunod
phone-people-count = { $count } tao
phone-estimated-wait = Tantiyang paghihintay
phone-wait-minutes = Mga { $minutes } minuto
phone-wait-none = Malapit na
phone-wait-unknown = Sinusuri…
phone-where = Saan pupunta
phone-journey = Ang inyong mga hakbang
phone-step-pending = susunod
phone-step-current = ngayon
phone-step-done = tapos
phone-step-skipped = nilaktawan
phone-status-waiting = Maghintay po ng inyong turno
phone-status-called = Pumunta po sa { $counter }
phone-status-serving = Pinagsisilbihan sa { $counter }
phone-status-done = Tapos na po lahat. Salamat sa pagbisita.
phone-status-no-show = Tinawag namin ang inyong numero pero wala kayo. Magtanong po sa kawani.
phone-status-cancelled = Kinansela ang tiket na ito.
phone-status-expired = Para sa { $day } ang tiket na ito at hindi na ito magagamit.
phone-not-found = Hindi mahanap ang tiket
phone-not-found-help = I-scan muli ang QR code, o magtanong sa kawani.
phone-updated-live = Na-update { $time } (awtomatikong nag-a-update)
phone-updated-at = Huling update { $time }
phone-help = Hindi sigurado? Magtanong po sa kawani
phone-notify-button = Abisuhan ako kapag malapit na ang turno ko
phone-notify-on = Makakatanggap ang teleponong ito ng abiso kapag malapit na ang inyong turno.
phone-notify-blocked = Naka-off ang mga abiso para sa pahinang ito. Panatilihin itong bukas: magpapakita ito ng paalala at tutunog.
# Floors of the office building, counted as the resident counts them (see localize::floor).
floor-number = Ika-{ $n } palapag
floor-ground = Unang palapag
# Office names and numbered counters (see localize::office and localize::counter).
office-yahatanishi = Tanggapan ng Ward ng Yahatanishi
office-orio = Sangay na Tanggapan ng Orio
office-kojaku = Sangay na Tanggapan ng Kojaku
office-yahataminami = Sangay na Tanggapan ng Yahataminami
counter-number = Counter { $n }

# What the board shows between calls, and over everything in an emergency.
board-notices = Mga abiso mula sa ward office
board-alert = Pang-emergency na abiso
board-alert-exercise = Pagsasanay

# The portal of the ward's services (/m/).
portal-title = Mga serbisyo ng Yahatanishi Ward Office
portal-intro = Ang mga counter ng ward office at ang mga gawain sa komunidad.
portal-counters = Gaano kasikip ang mga counter
portal-calendar = Kalendaryo ng inaasahang dami ng tao
portal-modules = Mga gawain sa komunidad
portal-no-modules = Inihahanda pa.
portal-partners = Para sa mga tindahan, pasilidad at grupo
portal-join = Maging miyembro gamit ang invitation code
portal-moderation = Pagsusuri ng mga post (kawani)
