# Madoguchi life events — Bahasa Indonesia.
# Translation of ../ja/life-events.ftl (the reference), following ../en/life-events.ftl.
# One message per life event (life-<id>) and per yes/no question (question-<id>).
# Plain text only: no placeables (curly braces) in values.

## Life events

life-moving-in = Saya pindah ke sini dari kota lain
life-moving-out = Saya akan pindah ke luar kota
life-moving-within = Saya pindah rumah di dalam kota
life-birth = Bayi telah lahir
life-death = Anggota keluarga meninggal dunia
life-marriage = Saya akan menikah
life-divorce = Saya akan bercerai
life-school = Anak saya masuk atau pindah sekolah
life-turning-65 = Saya akan berusia 65 tahun (asuransi perawatan lansia)
life-turning-75 = Saya akan berusia 75 tahun (layanan kesehatan untuk usia 75 tahun ke atas)
life-retirement = Saya berhenti bekerja (Asuransi Kesehatan Nasional dan pensiun)

## Questions

question-children = Apakah Anda punya anak di bawah 18 tahun?
question-school = Apakah Anda punya anak yang bersekolah di SD atau SMP?
question-nhi = Apakah Anda ikut (atau akan ikut) Asuransi Kesehatan Nasional? Jawab “Tidak” jika Anda punya asuransi kesehatan dari tempat kerja.
question-pension = Apakah ada orang berusia 20–59 tahun yang tidak ikut pensiun perusahaan (厚生年金)?
question-care = Apakah almarhum menerima layanan atau sertifikasi dari asuransi perawatan lansia?
question-elderly75 = Apakah almarhum berusia 75 tahun atau lebih?
