# Words printed on the paper ticket (crates/print). Variables: $n, $minutes, $floor, $counters.
print-number = うけつけ ばんごう
print-position = まって いる ひと：{ $n }にん
print-wait = まつ じかん：だいたい { $minutes }ぷん
print-bring = もって くる もの
print-scan = スマートフォンで じゅんばんが わかります
print-where = { $floor }、{ $counters }
