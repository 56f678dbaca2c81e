# Madoguchi page strings — English.

language-name = English

## Shared

mode-large = Larger text
mode-contrast = High contrast
modes-label = Display options

## Kiosk

kiosk-page-title = Take a number
kiosk-welcome = Welcome. Please take a number.
kiosk-choose-language = Choose your language
kiosk-what-need = What do you need today?
kiosk-search-label = Search by keyword
kiosk-search-placeholder = e.g. residence record, moving in, child allowance
kiosk-search-button = Search
kiosk-search-results = Results for “{ $query }”
kiosk-search-none = Nothing found. Choose from the topics, or ask a staff member.
kiosk-services-unavailable = The list of services cannot be loaded. Please ask a staff member.
kiosk-back = Back
kiosk-choose-service = Choose what you need
kiosk-confirm-title = Is this right?
kiosk-where = Where to go
kiosk-waiting-now = Waiting now
kiosk-take-ticket = Take a number
kiosk-choose-again = Choose again
kiosk-issuing = Getting your number…
kiosk-your-number = Your number
kiosk-ahead = People ahead of you
kiosk-ahead-none = You are next
kiosk-estimated-wait = Estimated wait
kiosk-bring = Please bring
kiosk-please-wait = Your number will be shown on the screen and called out. Please wait in the waiting area.
kiosk-qr-caption = Scan with your phone to follow your turn
kiosk-qr-label = QR code for the page that shows your turn
kiosk-printing = Your ticket is printing. Please take it.
kiosk-print-again = Print again
kiosk-done = Done
kiosk-not-issued-title = No number was issued
kiosk-error-offline = The kiosk cannot reach the office system.
kiosk-error-timeout = The office system did not answer, so we cannot tell whether a number was issued.
kiosk-error-setup = This kiosk is not set up to issue numbers.
kiosk-error-busy = The office system is briefly unavailable.
kiosk-error-other = Your number could not be issued.
kiosk-ask-staff-now = Please ask a staff member nearby for help.
kiosk-try-again = Try again
kiosk-start-over = Start over
kiosk-idle-countdown = Going back to the start in { $seconds } seconds. Touch the screen to continue.
kiosk-idle-continue = Continue
kiosk-ask-staff = Not sure? Please ask a staff member — we are happy to help.
kiosk-offline = The kiosk cannot reach the office system right now, so no numbers can be issued. Please ask a staff member.
kiosk-not-set-up = This kiosk is not ready yet. Please ask a staff member.
kiosk-people-count = { $count }
kiosk-queue-waiting = Waiting: { $count }
kiosk-wait-minutes = About { $minutes } min
kiosk-wait-none = Little or no wait
kiosk-wait-unknown = Checking…

kiosk-life-title = Several procedures at once
kiosk-life-hint = One number takes you to every counter you need, in turn.
kiosk-yes = Yes
kiosk-no = No
kiosk-life-steps = Your counters, in this order
kiosk-journey-note = Keep your ticket. Each time one counter is done, you will be called to the next one with the same number.
kiosk-fee = Fee
kiosk-time-needed = Time needed
wait-range = About { $minutes } min (at most about { $max })
kiosk-printer-failed = The printer is not working, so no paper ticket came out. Please remember your number or scan the QR code. Staff have been told.

## Staff desk

desk-page-title = Counter desk
desk-language = Language
desk-sign-out = Sign out
desk-connection-lost = Connection lost. Reconnecting automatically — the list may be out of date.
desk-sign-in-title = Staff sign-in
desk-sign-in-hint = Enter your staff user name and password.
desk-username = User name
desk-password = Password
desk-sign-in = Sign in
desk-sign-in-missing = Enter your user name and password.
desk-sign-in-wrong = The user name or password is not correct.
desk-sign-in-throttled = Too many failed attempts. Please wait a moment and try again.
desk-session-expired = Your sign-in has expired. Please sign in again.
desk-choose-counter = Which counter is this desk?
desk-current-title = At this counter now
desk-current-empty = No one at this counter. Press “Call next”.
desk-service = Service
desk-ticket-language = Language
desk-waited = Waited
desk-called-at = Called
desk-called-ago = { $time } ({ $minutes } min ago)
desk-journey = Steps
desk-step-pending = to do
desk-step-current = now
desk-step-done = done
desk-step-skipped = skipped
desk-status-called = Called
desk-status-serving = Being served
desk-recalls = Recalled ×{ $count }
desk-minutes = { $minutes } min
desk-actions = Actions
desk-call-next = Call next
desk-recall = Recall
desk-start = Start
desk-no-show = No-show
desk-transfer = Transfer
desk-finish = Finish
desk-did-call = Called { $number }
desk-did-recall = Called { $number } again
desk-did-start = Serving { $number }
desk-did-no-show = { $number } marked as no-show
desk-did-finish = { $number } finished
desk-did-transfer = { $number } transferred
desk-nobody-waiting = No one is waiting for this counter
desk-error-offline = The server cannot be reached. The action may not have gone through.
desk-error-forbidden = You are not allowed to do this.
desk-error-conflict = The ticket has changed, so this is no longer possible. Check the list.
desk-error-not-found = This ticket cannot be found.
desk-error-unavailable = The system is briefly unavailable. Please try again in a moment.
desk-error-other = The action failed.
desk-waiting-title = Waiting for this counter
desk-waiting-empty = No one is waiting
desk-col-number = Number
desk-col-service = Service
desk-col-language = Language
desk-col-waiting = Waiting
desk-longest = Longest wait
desk-queue-figures = { $count } waiting · about { $minutes } min
desk-live = Live
desk-connecting = Connecting
desk-offline = Offline
desk-transfer-title = Transfer { $number }
desk-transfer-to = Transfer to
desk-transfer-queue = Queue
desk-transfer-service = Service
desk-transfer-confirm = Transfer
desk-cancel = Cancel
desk-printer-attention = Printer “{ $printer }” needs attention (paper, power or cable).
desk-dismiss = Dismiss
desk-journey-skip = Skip
desk-journey-skip-label = Skip step { $position }: { $section }, { $service }
desk-journey-add = Add a step
desk-skip-title = Skip a step of { $number }?
desk-skip-text = { $number } will not be sent to { $section } for { $service }. The other steps stay as they are.
desk-skip-confirm = Skip this step
desk-add-title = Add a step for { $number }
desk-add-hint = After this counter, { $number } waits again, with the same number, at the counter of the service you choose.
desk-add-service = Service to add
desk-add-confirm = Add the step
desk-did-skip = { $number }: { $section } skipped
desk-did-add = { $number }: { $service } added after this counter
desk-error-step-changed = The steps of this ticket have changed. Check them and try again.
desk-error-unknown-service = This office does not handle that service.

## Waiting-room display

board-page-title = Calls
board-reconnecting = Connection lost. Reconnecting…
board-not-set-up = This screen is not set up yet
board-now-calling = Now calling
board-no-calls = Please wait for your number to be called
board-recent = Recent calls
board-col-number = Number
board-col-counter = Counter
board-col-time = Time
board-waiting = People waiting and estimated wait
board-waiting-count = { $count } waiting
board-wait-minutes = About { $minutes } min
board-wait-none = No wait
board-badge-new = New
board-badge-recalled = Called again
board-live-called = Number { $number }, please come to { $counter }
board-live-recalled = Number { $number }, calling again. Please come to { $counter }
board-sound-on = Sound on
board-sound-off = Sound off
board-sound-blocked = Turn on sound
board-notice-wait = Please wait in the waiting area until your number is called.
board-notice-watch = When your number appears on the screen, please go to the counter shown.
board-notice-phone = Scan the QR code on your ticket to follow your turn on your phone.
board-notice-help = If you need help, please ask a staff member nearby.

## Phone ticket page

phone-page-title = Your number
phone-language = Language
phone-offline = Connection lost. Reconnecting — what you see may be out of date.
phone-called-title = It is your turn
phone-called-text = Please go to { $counter }.
phone-near = Your turn is coming soon. Please return to the waiting area.
phone-your-number = Your number
phone-ahead = People ahead of you
phone-ahead-none = You are next
phone-people-count = { $count }
phone-estimated-wait = Estimated wait
phone-wait-minutes = About { $minutes } min
phone-wait-none = Very soon
phone-wait-unknown = Checking…
phone-where = Where to go
phone-journey = Your steps
phone-step-pending = next
phone-step-current = now
phone-step-done = done
phone-step-skipped = skipped
phone-status-waiting = Please wait for your turn
phone-status-called = Please go to { $counter }
phone-status-serving = Being served at { $counter }
phone-status-done = All done. Thank you for visiting.
phone-status-no-show = We called your number but could not find you. Please ask a staff member.
phone-status-cancelled = This ticket was cancelled.
phone-status-expired = This ticket was for { $day } and is no longer valid.
phone-not-found = Ticket not found
phone-not-found-help = Scan the QR code again, or ask a staff member.
phone-updated-live = Updated { $time } (updates automatically)
phone-updated-at = Last updated { $time }
phone-help = Not sure? Please ask a staff member
phone-notify-button = Notify me when my turn is near
phone-notify-on = This phone will notify you when your turn is near.
phone-notify-blocked = Notifications are off for this page. Keep it open: it shows a banner and plays a sound.
# Floors of the office building, counted as the resident counts them (see localize::floor).
floor-number = Floor { $n }
floor-ground = Ground floor
# Office names and numbered counters (see localize::office and localize::counter).
office-yahatanishi = Yahatanishi Ward Office
office-orio = Orio Branch Office
office-kojaku = Kojaku Branch Office
office-yahataminami = Yahataminami Branch Office
counter-number = Counter { $n }

# What the board shows between calls, and over everything in an emergency.
board-notices = Notices from the ward office
board-alert = Emergency
board-alert-exercise = Drill

# The portal of the ward's services (/m/).
portal-title = Yahatanishi Ward Office services
portal-intro = The ward office counters, and what is on in the community.
portal-counters = How busy the counters are
portal-calendar = Congestion calendar
portal-modules = Community initiatives
portal-no-modules = Coming soon.
portal-partners = For shops, facilities and groups
portal-join = Become a member with an invitation code
portal-moderation = Moderation (staff)
