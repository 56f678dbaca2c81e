# The public congestion calendar (/calendar/{office}). Variables: $office.
calendar-title = { $office }: kalendaryo ng inaasahang dami ng tao
calendar-intro = Gamitin ito sa pagpili ng araw na kaunti ang tao. Kinukuwenta ang hula mula sa dating bilang ng bisita.
calendar-level-1 = Kaunti ang tao
calendar-level-2 = Medyo kaunti
calendar-level-3 = Karaniwan
calendar-level-4 = Marami
calendar-level-5 = Napakarami
calendar-closed = Sarado
calendar-best-hours = Pinakamagandang oras
calendar-previous = Nakaraang buwan
calendar-next = Susunod na buwan
calendar-pdf = PDF na ipi-print
calendar-csv = I-download ang CSV
calendar-legend = Palatandaan
calendar-weekdays = Lun,Mar,Miy,Huw,Biy,Sab,Lin
calendar-note = Gabay lamang ang hula; maaaring iba sa mismong araw.
calendar-language = Wika
