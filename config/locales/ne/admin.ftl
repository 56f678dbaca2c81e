# The administration page (/admin/). Variables: $mae.
admin-title = व्यवस्थापन
admin-sign-in = साइन इन
admin-username = प्रयोगकर्ता नाम
admin-password = पासवर्ड
admin-sign-in-failed = प्रयोगकर्ता नाम वा पासवर्ड मिलेन
admin-office = कार्यालय
admin-pages = उपकरणका पृष्ठहरू
admin-kiosk = टिकट मेसिन
admin-display = बोलाउने पर्दा
admin-calendar = भीड पात्रो
admin-desk = काउन्टर पर्दा
admin-chart-title = पूर्वानुमान र वास्तविक
admin-chart-desc = पछिल्ला ८ हप्ताका वास्तविक सङ्ख्या (थोप्ला), पूर्वानुमान (रेखा, पट्टी: १०–९०% दायरा) र आउने ४ हप्ता।
admin-queue = लाइन
admin-actual = वास्तविक
admin-forecast = पूर्वानुमान
admin-interval = पूर्वानुमान दायरा (१०–९०%)
admin-error = पछिल्ला ८ हप्ताको औसत त्रुटि: दिनमा { $mae } जना
admin-week-title = आउने ७ दिन: पूर्वानुमान र खोल्नुपर्ने काउन्टर
admin-date = मिति
admin-arrivals = अपेक्षित आगन्तुक
admin-counters = काउन्टर
admin-level = भीड
admin-source-prior = अहिलेसम्म इतिहास छैन: सामान्य वडा कार्यालयबाट अनुमान।
admin-no-history = यो लाइनको वास्तविक सङ्ख्या अझै छैन।
admin-sign-out = साइन आउट

# The audit trail of staff actions.
admin-audit-title = कार्य अभिलेख
admin-audit-desc = दिनभरका सबै परिवर्तन र गर्ने व्यक्ति, नयाँ माथि।
admin-audit-date = दिन
admin-audit-time = समय
admin-audit-action = के भयो
admin-audit-number = नम्बर
admin-audit-counter = काउन्टर
admin-audit-who = को
admin-audit-empty = यो दिन केही भएन।
admin-ev-issued = टिकट जारी
admin-ev-called = बोलाइयो
admin-ev-recalled = फेरि बोलाइयो
admin-ev-started = सेवा सुरु
admin-ev-finished = सकियो
admin-ev-advanced = अर्को चरणमा
admin-ev-no-show = अनुपस्थित
admin-ev-cancelled = रद्द
admin-ev-transferred = स्थानान्तरण
admin-ev-journey-changed = चरण परिवर्तन
admin-ev-day-started = नयाँ दिन
admin-ev-printer-attention = प्रिन्टर हेर्नुहोस्

# Links to the platform's pages.
admin-portal = वडाका सेवाहरू
admin-moderation = सामग्री जाँच
