# The administration page (/admin/). Variables: $mae.
admin-title = Pamamahala
admin-sign-in = Mag-sign in
admin-username = Pangalan ng user
admin-password = Password
admin-sign-in-failed = Mali ang pangalan ng user o password
admin-office = Tanggapan
admin-pages = Mga pahina ng device
admin-kiosk = Makina ng tiket
admin-display = Screen ng pagtawag
admin-calendar = Kalendaryo ng dami ng tao
admin-desk = Screen ng counter
admin-chart-title = Hula at aktuwal
admin-chart-desc = Aktuwal na dumating sa nakaraang 8 linggo (tuldok), ang hula (linya, banda: saklaw na 10–90%) at ang susunod na 4 na linggo.
admin-queue = Pila
admin-actual = Aktuwal
admin-forecast = Hula
admin-interval = Saklaw ng hula (10–90%)
admin-error = Karaniwang mali sa nakaraang 8 linggo: { $mae } tao bawat araw
admin-week-title = Susunod na 7 araw: hula at bilang ng counter na bubuksan
admin-date = Petsa
admin-arrivals = Inaasahang darating
admin-counters = Mga counter
admin-level = Antas
admin-source-prior = Wala pang datos: hula mula sa karaniwang ward office.
admin-no-history = Wala pang aktuwal na bilang ang pilang ito.
admin-sign-out = Mag-sign out

# The audit trail of staff actions.
admin-audit-title = Talaan ng mga aksyon
admin-audit-desc = Lahat ng pagbabago sa araw at kung sino ang gumawa, pinakabago sa itaas.
admin-audit-date = Araw
admin-audit-time = Oras
admin-audit-action = Nangyari
admin-audit-number = Numero
admin-audit-counter = Counter
admin-audit-who = Gumawa
admin-audit-empty = Walang nangyari sa araw na ito.
admin-ev-issued = Naibigay ang tiket
admin-ev-called = Tinawag
admin-ev-recalled = Tinawag muli
admin-ev-started = Sinimulan
admin-ev-finished = Tapos na
admin-ev-advanced = Sa susunod na hakbang
admin-ev-no-show = Hindi dumating
admin-ev-cancelled = Kinansela
admin-ev-transferred = Inilipat
admin-ev-journey-changed = Binago ang mga hakbang
admin-ev-day-started = Bagong araw
admin-ev-printer-attention = Kailangang tingnan ang printer

# Links to the platform's pages.
admin-portal = Mga serbisyo ng ward
admin-moderation = Pagsusuri ng mga post
