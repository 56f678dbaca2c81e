# Pages for members of organisations (shops, facilities, companies, schools,
# citizen centres, groups). Variables: $organisation, $name.
members-language = Language
members-join-title = Become a member
members-join-intro = Enter the invitation code you were given by ward office staff, then choose a user name and a password. As a member you act for the organisation that invited you: you can, for example, submit its shop information and events.
members-code = Invitation code
members-code-hint = 12 characters (e.g. K7QM-2XPD-9TRA). Case and dashes do not matter.
members-code-ok = You will become a member of “{ $organisation }”.
members-account = Your account
members-display-name = Display name (optional)
members-username = User name
members-password = Password
members-password-hint = At least 8 characters. Do not reuse a password from another service.
members-join-submit = Become a member
members-joined-title = Welcome
members-joined = { $name }, you are now a member of “{ $organisation }”. Next time, sign in with your user name and password.
members-to-portal = To the ward's services
members-error-not-found = No invitation has this code. Check the code, or ask the counter that gave it to you.
members-error-gone = This invitation was used already or has expired. Ask the counter for a new one.
members-error-taken = That user name is taken. Please choose another.
members-error-invalid = Please check what you entered (a user name of at most 100 characters, a password of at least 8).
members-error-slow-down = Too many tries. Please wait a moment and try again.
members-error-busy = The server is busy. Please wait a moment and try again.
members-error-offline = Cannot reach the server. Please check the network.

# Signing in, and the moderation queue (/m/moderation/). Variables: $count.
members-sign-in = Sign in
members-sign-out = Sign out
members-sign-in-failed = Wrong user name or password
members-mod-title = Moderation
members-mod-show = Show
members-mod-pending = Waiting for review
members-mod-approved = Public
members-mod-hidden = Hidden
members-mod-rejected = Rejected
members-mod-all = All
members-mod-count = { $count } items
members-mod-module = Initiative
members-mod-submitted = Submitted
members-mod-submitter = Submitted by
members-mod-status = Status
members-mod-reason = Reason
members-mod-reason-label = Reason (required to hide or reject; the submitter is told)
members-mod-approve = Approve
members-mod-hide = Hide
members-mod-reject = Reject
members-mod-error-reason = Give a reason to hide or reject.
members-mod-error-no-change = It is in that state already.
members-mod-error-gone = This item is gone. Reload the list.
members-mod-error-forbidden = This account may not moderate.

# The shared sign-in (/m/signin/). Variables: $name.
members-signed-in = You are signed in as { $name }.
members-continue = Continue
