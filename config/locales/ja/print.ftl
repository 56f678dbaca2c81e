# Words printed on the paper ticket (crates/print). Variables: $n, $minutes, $floor, $counters.
print-number = 受付番号
print-position = お待ちの方：{ $n }人
print-wait = 待ち時間の目安：約{ $minutes }分
print-bring = お持ちいただくもの
print-scan = スマートフォンで順番を確認できます
print-where = { $floor }、{ $counters }
