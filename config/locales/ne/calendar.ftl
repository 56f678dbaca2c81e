# The public congestion calendar (/calendar/{office}). Variables: $office.
calendar-title = { $office }: भीडको पूर्वानुमान पात्रो
calendar-intro = आउने दिन छान्न यो हेर्नुहोस्। पूर्वानुमान पहिलेका आगन्तुक सङ्ख्याबाट निकालिएको हो।
calendar-level-1 = खाली
calendar-level-2 = अलि खाली
calendar-level-3 = सामान्य
calendar-level-4 = भीड
calendar-level-5 = धेरै भीड
calendar-closed = बन्द
calendar-best-hours = राम्रो समय
calendar-previous = अघिल्लो महिना
calendar-next = अर्को महिना
calendar-pdf = छाप्ने PDF
calendar-csv = CSV डाउनलोड
calendar-legend = सङ्केत
calendar-weekdays = सोम,मङ्गल,बुध,बिही,शुक्र,शनि,आइत
calendar-note = पूर्वानुमान अनुमान मात्र हो; त्यस दिन फरक पर्न सक्छ।
calendar-language = भाषा
