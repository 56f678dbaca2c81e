# Words printed on the paper ticket (crates/print). Variables: $n, $minutes, $floor, $counters.
print-number = तपाईंको नम्बर
print-position = तपाईंभन्दा अगाडि: { $n } जना
print-wait = अनुमानित प्रतीक्षा: करिब { $minutes } मिनेट
print-bring = कृपया ल्याउनुहोस्
print-scan = फोनमा आफ्नो पालो हेर्न स्क्यान गर्नुहोस्
print-where = { $floor }, { $counters }
