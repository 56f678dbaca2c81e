# The administration page (/admin/). Variables: $mae.
admin-title = Administration
admin-sign-in = Sign in
admin-username = User name
admin-password = Password
admin-sign-in-failed = Wrong user name or password
admin-office = Office
admin-pages = Device pages
admin-kiosk = Kiosk
admin-display = Waiting-room display
admin-calendar = Congestion calendar
admin-desk = Staff desk
admin-chart-title = Forecast and actual
admin-chart-desc = Actual arrivals of the last 8 weeks (dots), the forecast (line, band: 10–90% range) and the next 4 weeks.
admin-queue = Queue
admin-actual = Actual
admin-forecast = Forecast
admin-interval = Forecast range (10–90%)
admin-error = Mean error over the last 8 weeks: { $mae } residents a day
admin-week-title = The next 7 days: forecast and counters to open
admin-date = Date
admin-arrivals = Expected arrivals
admin-counters = Counters
admin-level = Level
admin-source-prior = No history yet: forecast from a typical ward office.
admin-no-history = No actual figures for this queue yet.
admin-sign-out = Sign out

# The audit trail of staff actions.
admin-audit-title = Audit trail
admin-audit-desc = Every change of the day and who made it, newest first.
admin-audit-date = Day
admin-audit-time = Time
admin-audit-action = What happened
admin-audit-number = Number
admin-audit-counter = Counter
admin-audit-who = Who
admin-audit-empty = Nothing happened on this day.
admin-ev-issued = Ticket issued
admin-ev-called = Called
admin-ev-recalled = Called again
admin-ev-started = Service started
admin-ev-finished = Finished
admin-ev-advanced = On to the next step
admin-ev-no-show = No-show
admin-ev-cancelled = Cancelled
admin-ev-transferred = Transferred
admin-ev-journey-changed = Steps changed
admin-ev-day-started = New day
admin-ev-printer-attention = Printer needs attention

# Links to the platform's pages.
admin-portal = Ward services (portal)
admin-moderation = Moderation
