# Madoguchi page strings — नेपाली.

language-name = नेपाली

## Shared

mode-large = ठूलो अक्षर
mode-contrast = उच्च कन्ट्रास्ट
modes-label = देखाउने विकल्पहरू

## Kiosk

kiosk-page-title = नम्बर लिनुहोस्
kiosk-welcome = स्वागत छ। कृपया नम्बर लिनुहोस्
kiosk-choose-language = भाषा छान्नुहोस्
kiosk-what-need = आज तपाईंलाई के काम छ?
kiosk-search-label = शब्दबाट खोज्नुहोस्
kiosk-search-placeholder = जस्तै: निवास प्रमाणपत्र, सरेर आउनु, बाल भत्ता
kiosk-search-button = खोज्नुहोस्
kiosk-search-results = “{ $query }” को नतिजा
kiosk-search-none = केही भेटिएन। विषयबाट छान्नुहोस् वा कर्मचारीलाई सोध्नुहोस्।
kiosk-services-unavailable = सेवाहरूको सूची खुल्न सकेन। कृपया कर्मचारीलाई सोध्नुहोस्।
kiosk-back = पछाडि
kiosk-choose-service = तपाईंलाई चाहिने काम छान्नुहोस्
kiosk-confirm-title = यो ठीक हो?
kiosk-where = कहाँ जाने
kiosk-waiting-now = अहिले पर्खिरहेका
kiosk-take-ticket = नम्बर लिनुहोस्
kiosk-choose-again = फेरि छान्नुहोस्
kiosk-issuing = तपाईंको नम्बर निकालिँदै छ…
kiosk-your-number = तपाईंको नम्बर
kiosk-ahead = तपाईंभन्दा अगाडि पर्खिरहेका मानिस
kiosk-ahead-none = अब तपाईंको पालो हो
kiosk-estimated-wait = अनुमानित पर्खाइ
kiosk-bring = कृपया यी ल्याउनुहोस्
kiosk-please-wait = तपाईंको नम्बर स्क्रिनमा देखिनेछ र बोलाइनेछ। कृपया प्रतीक्षा स्थानमा पर्खनुहोस्।
kiosk-qr-caption = आफ्नो पालो हेर्न फोनले स्क्यान गर्नुहोस्
kiosk-qr-label = तपाईंको पालो देखाउने पेजको QR कोड
kiosk-printing = तपाईंको टिकट छापिँदै छ। कृपया लिनुहोस्।
kiosk-print-again = फेरि छाप्नुहोस्
kiosk-done = सकियो
kiosk-not-issued-title = नम्बर निकालिएन
kiosk-error-offline = यो मेसिन कार्यालयको प्रणालीसँग जोडिन सकेन।
kiosk-error-timeout = कार्यालयको प्रणालीले जवाफ दिएन, त्यसैले नम्बर निस्कियो कि निस्किएन थाहा भएन।
kiosk-error-setup = यो मेसिन नम्बर दिन मिल्ने गरी मिलाइएको छैन।
kiosk-error-busy = कार्यालयको प्रणाली केही बेरका लागि चल्दैन।
kiosk-error-other = तपाईंको नम्बर निकाल्न सकिएन।
kiosk-ask-staff-now = कृपया नजिकैका कर्मचारीसँग मद्दत माग्नुहोस्।
kiosk-try-again = फेरि प्रयास गर्नुहोस्
kiosk-start-over = सुरुमा फर्कनुहोस्
kiosk-idle-countdown = { $seconds } सेकेन्डमा सुरुको स्क्रिनमा फर्किन्छ। जारी राख्न स्क्रिन छुनुहोस्।
kiosk-idle-continue = जारी राख्नुहोस्
kiosk-ask-staff = थाहा भएन भने कर्मचारीलाई सोध्नुहोस् — हामी खुसीसाथ सहयोग गर्छौं।
kiosk-offline = अहिले कार्यालयको प्रणालीसँग जोडिन नसकेकाले नम्बर दिन सकिँदैन। कृपया कर्मचारीलाई सोध्नुहोस्।
kiosk-not-set-up = यो मेसिन अझै तयार छैन। कृपया कर्मचारीलाई सोध्नुहोस्।
kiosk-people-count = { $count } जना
kiosk-queue-waiting = पर्खिरहेका: { $count }
kiosk-wait-minutes = करिब { $minutes } मिनेट
kiosk-wait-none = प्रायः पर्खनु पर्दैन
kiosk-wait-unknown = जाँच हुँदै छ…

kiosk-life-title = धेरै काम एकैपटक
kiosk-life-hint = एउटै नम्बरले तपाईंलाई चाहिने हरेक काउन्टरमा पालैपालो पुर्‍याउँछ।
kiosk-yes = हो
kiosk-no = होइन
kiosk-life-steps = तपाईंका काउन्टरहरू, यही क्रममा
kiosk-journey-note = आफ्नो टिकट राख्नुहोस्। एउटा काउन्टरको काम सकिएपछि उही नम्बरले अर्को काउन्टरमा बोलाइनेछ।
kiosk-fee = शुल्क
kiosk-time-needed = लाग्ने समय
wait-range = करिब { $minutes } मिनेट (बढीमा करिब { $max })
kiosk-printer-failed = प्रिन्टरले काम गरेन, त्यसैले टिकट छापिएन। कृपया आफ्नो नम्बर सम्झनुहोस् वा QR कोड स्क्यान गर्नुहोस्। कर्मचारीलाई खबर गरिएको छ।

## Staff desk

desk-page-title = काउन्टर डेस्क
desk-language = भाषा
desk-sign-out = साइन आउट
desk-connection-lost = जडान टुट्यो। आफैँ फेरि जोडिँदै छ — सूची पुरानो हुन सक्छ।
desk-sign-in-title = कर्मचारी साइन इन
desk-sign-in-hint = कर्मचारीको प्रयोगकर्ता नाम र पासवर्ड लेख्नुहोस्।
desk-username = प्रयोगकर्ता नाम
desk-password = पासवर्ड
desk-sign-in = साइन इन
desk-sign-in-missing = प्रयोगकर्ता नाम र पासवर्ड लेख्नुहोस्।
desk-sign-in-wrong = प्रयोगकर्ता नाम वा पासवर्ड मिलेन।
desk-sign-in-throttled = धेरै पटक गलत भयो। केही बेर पर्खेर फेरि प्रयास गर्नुहोस्।
desk-session-expired = साइन इनको समय सकियो। फेरि साइन इन गर्नुहोस्।
desk-choose-counter = यो डेस्क कुन काउन्टरको हो?
desk-current-title = यो काउन्टरमा अहिले
desk-current-empty = काउन्टरमा कोही छैन। “अर्को बोलाउनुहोस्” थिच्नुहोस्।
desk-service = सेवा
desk-ticket-language = भाषा
desk-waited = पर्खेको समय
desk-called-at = बोलाइएको
desk-called-ago = { $time } ({ $minutes } मिनेट अघि)
desk-journey = चरणहरू
desk-step-pending = बाँकी
desk-step-current = अहिले
desk-step-done = सकियो
desk-step-skipped = छाडियो
desk-status-called = बोलाइयो
desk-status-serving = सेवा हुँदै छ
desk-recalls = फेरि बोलाइयो ×{ $count }
desk-minutes = { $minutes } मिनेट
desk-actions = कार्यहरू
desk-call-next = अर्को बोलाउनुहोस्
desk-recall = फेरि बोलाउनुहोस्
desk-start = सुरु गर्नुहोस्
desk-no-show = उपस्थित छैनन्
desk-transfer = स्थानान्तरण
desk-finish = सक्नुहोस्
desk-did-call = { $number } बोलाइयो
desk-did-recall = { $number } फेरि बोलाइयो
desk-did-start = { $number } को सेवा सुरु भयो
desk-did-no-show = { $number } अनुपस्थित भनी राखियो
desk-did-finish = { $number } सकियो
desk-did-transfer = { $number } स्थानान्तरण गरियो
desk-nobody-waiting = यो काउन्टरका लागि कोही पर्खिरहेका छैनन्
desk-error-offline = सर्भरसँग जोडिन सकिएन। कार्य पूरा नभएको हुन सक्छ।
desk-error-forbidden = तपाईंलाई यो गर्ने अनुमति छैन।
desk-error-conflict = टिकटको अवस्था बदलियो, त्यसैले अब यो गर्न सकिँदैन। सूची हेर्नुहोस्।
desk-error-not-found = यो टिकट भेटिएन।
desk-error-unavailable = प्रणाली केही बेरका लागि चल्दैन। केही बेरपछि फेरि प्रयास गर्नुहोस्।
desk-error-other = कार्य असफल भयो।
desk-waiting-title = यो काउन्टरका लागि पर्खिरहेका
desk-waiting-empty = कोही पर्खिरहेका छैनन्
desk-col-number = नम्बर
desk-col-service = सेवा
desk-col-language = भाषा
desk-col-waiting = पर्खेको
desk-longest = सबैभन्दा लामो पर्खाइ
desk-queue-figures = { $count } जना पर्खिरहेका · करिब { $minutes } मिनेट
desk-live = जोडिएको
desk-connecting = जोडिँदै
desk-offline = जडान छैन
desk-transfer-title = { $number } स्थानान्तरण
desk-transfer-to = कहाँ पठाउने
desk-transfer-queue = लाइन
desk-transfer-service = सेवा
desk-transfer-confirm = स्थानान्तरण गर्नुहोस्
desk-cancel = रद्द गर्नुहोस्
desk-printer-attention = प्रिन्टर “{ $printer }” जाँच्नुहोस् (कागज, बिजुली वा तार)।
desk-dismiss = बन्द गर्नुहोस्
desk-journey-skip = छोड्नुहोस्
desk-journey-skip-label = चरण { $position } छोड्नुहोस्: { $section }, { $service }
desk-journey-add = चरण थप्नुहोस्
desk-skip-title = { $number } को एउटा चरण छोड्ने?
desk-skip-text = { $number } लाई { $service } का लागि { $section } मा पठाइने छैन। अरू चरणहरू जस्ताको तस्तै रहन्छन्।
desk-skip-confirm = यो चरण छोड्नुहोस्
desk-add-title = { $number } का लागि चरण थप्नुहोस्
desk-add-hint = यो काउन्टरपछि { $number } उही नम्बरमा, तपाईंले छानेको सेवाको काउन्टरमा फेरि पर्खन्छ।
desk-add-service = थप्ने सेवा
desk-add-confirm = चरण थप्नुहोस्
desk-did-skip = { $number }: { $section } छोडियो
desk-did-add = { $number }: यो काउन्टरपछि { $service } थपियो
desk-error-step-changed = यो नम्बरका चरणहरू बदलिएका छन्। जाँचेर फेरि प्रयास गर्नुहोस्।
desk-error-unknown-service = यो कार्यालयले त्यो सेवा दिँदैन।

## Waiting-room display

board-page-title = बोलाइएका नम्बर
board-reconnecting = जडान टुट्यो। फेरि जोडिँदै छ…
board-not-set-up = यो स्क्रिन अझै मिलाइएको छैन
board-now-calling = अहिले बोलाउँदै
board-no-calls = आफ्नो नम्बर नबोलाएसम्म कृपया पर्खनुहोस्
board-recent = भर्खर बोलाइएका
board-col-number = नम्बर
board-col-counter = काउन्टर
board-col-time = समय
board-waiting = पर्खिरहेका मानिस र अनुमानित पर्खाइ
board-waiting-count = { $count } जना पर्खिरहेका
board-wait-minutes = करिब { $minutes } मिनेट
board-wait-none = पर्खाइ छैन
board-badge-new = नयाँ
board-badge-recalled = फेरि बोलाइयो
board-live-called = नम्बर { $number }, कृपया { $counter } मा आउनुहोस्
board-live-recalled = नम्बर { $number }, फेरि बोलाउँदै। कृपया { $counter } मा आउनुहोस्
board-sound-on = आवाज खुला
board-sound-off = आवाज बन्द
board-sound-blocked = आवाज खोल्नुहोस्
board-notice-wait = आफ्नो नम्बर नबोलाएसम्म कृपया प्रतीक्षा स्थानमा पर्खनुहोस्।
board-notice-watch = स्क्रिनमा आफ्नो नम्बर देखिएपछि देखाइएको काउन्टरमा जानुहोस्।
board-notice-phone = टिकटको QR कोड स्क्यान गरेर फोनमै आफ्नो पालो हेर्नुहोस्।
board-notice-help = सहयोग चाहिएमा नजिकैका कर्मचारीलाई सोध्नुहोस्।

## Phone ticket page

phone-page-title = तपाईंको नम्बर
phone-language = भाषा
phone-offline = जडान टुट्यो। फेरि जोडिँदै छ — देखिएको जानकारी पुरानो हुन सक्छ।
phone-called-title = तपाईंको पालो आयो
phone-called-text = कृपया { $counter } मा जानुहोस्।
phone-near = तपाईंको पालो छिट्टै आउँदै छ। कृपया प्रतीक्षा स्थानमा फर्कनुहोस्।
phone-your-number = तपाईंको नम्बर
phone-ahead = तपाईंभन्दा अगाडिका मानिस
phone-ahead-none = अब तपाईंको पालो हो
phone-people-count = { $count } जना
phone-estimated-wait = अनुमानित पर्खाइ
phone-wait-minutes = करिब { $minutes } मिनेट
phone-wait-none = छिट्टै
phone-wait-unknown = जाँच हुँदै छ…
phone-where = कहाँ जाने
phone-journey = तपाईंका चरणहरू
phone-step-pending = बाँकी
phone-step-current = अहिले
phone-step-done = सकियो
phone-step-skipped = छाडियो
phone-status-waiting = कृपया आफ्नो पालो पर्खनुहोस्
phone-status-called = कृपया { $counter } मा जानुहोस्
phone-status-serving = { $counter } मा सेवा हुँदै छ
phone-status-done = सबै काम सकियो। धन्यवाद।
phone-status-no-show = हामीले तपाईंको नम्बर बोलायौं तर भेटिएन। कृपया कर्मचारीलाई सोध्नुहोस्।
phone-status-cancelled = यो टिकट रद्द गरियो।
phone-status-expired = यो टिकट { $day } को थियो, अब मान्य छैन।
phone-not-found = टिकट भेटिएन
phone-not-found-help = QR कोड फेरि स्क्यान गर्नुहोस् वा कर्मचारीलाई सोध्नुहोस्।
phone-updated-live = { $time } मा अद्यावधिक (आफैँ अद्यावधिक हुन्छ)
phone-updated-at = अन्तिम अद्यावधिक { $time }
phone-help = थाहा भएन भने कर्मचारीलाई सोध्नुहोस्
phone-notify-button = मेरो पालो नजिकिँदा सूचना दिनुहोस्
phone-notify-on = तपाईंको पालो नजिकिँदा यो फोनमा सूचना आउनेछ।
phone-notify-blocked = यो पृष्ठका सूचनाहरू बन्द छन्। पृष्ठ खुला राख्नुहोस्: यसले सन्देश देखाउँछ र आवाज बजाउँछ।
# Floors of the office building, counted as the resident counts them (see localize::floor).
floor-number = { $n } तल्ला
floor-ground = भुइँ तल्ला
# Office names and numbered counters (see localize::office and localize::counter).
office-yahatanishi = याहातानिशी वडा कार्यालय
office-orio = ओरिओ शाखा कार्यालय
office-kojaku = कोजाकु शाखा कार्यालय
office-yahataminami = याहातामिनामी शाखा कार्यालय
counter-number = काउन्टर नं. { $n }

# What the board shows between calls, and over everything in an emergency.
board-notices = वडा कार्यालयको सूचना
board-alert = आपतकालीन सूचना
board-alert-exercise = अभ्यास

# The portal of the ward's services (/m/).
portal-title = याहातानिशी वडा कार्यालयका सेवाहरू
portal-intro = वडा कार्यालयका काउन्टर र समुदायका गतिविधिहरूको जानकारी।
portal-counters = काउन्टरमा कति भीड छ
portal-calendar = भीडको पूर्वानुमान पात्रो
portal-modules = समुदायका गतिविधिहरू
portal-no-modules = तयारी हुँदैछ।
portal-partners = पसल, सुविधा र समूहहरूका लागि
portal-join = निमन्त्रणा कोडबाट सदस्य बन्नुहोस्
portal-moderation = सामग्री जाँच (कर्मचारी)
