# The public congestion calendar (/calendar/{office}). Variables: $office.
calendar-title = { $office }: congestion forecast
calendar-intro = Use it to pick a quiet day for your visit. The forecast is calculated from past visitor numbers.
calendar-level-1 = Quiet
calendar-level-2 = Fairly quiet
calendar-level-3 = Usual
calendar-level-4 = Busy
calendar-level-5 = Very busy
calendar-closed = Closed
calendar-best-hours = Best hours
calendar-previous = Previous month
calendar-next = Next month
calendar-pdf = Printable PDF
calendar-csv = Download CSV
calendar-legend = Legend
calendar-weekdays = Mon,Tue,Wed,Thu,Fri,Sat,Sun
calendar-note = Forecasts are a guide; the day itself may differ.
calendar-language = Language
