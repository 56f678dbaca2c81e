# Madoguchi resident guidance — Bahasa Indonesia.
# Translation of ../en/guidance.ftl (reference: ../ja/guidance.ftl). Same keys and attributes.
# Bahasa yang sederhana dan ramah untuk warga asing; nama dokumen resmi dalam
# bahasa Jepang ditulis dalam kurung, seperti yang terlihat di formulir.
# Plain text only: no placeables (curly braces) in values.

## Categories

cat-moving = Pindahan
cat-certificates = Surat keterangan
cat-my-number = Kartu My Number
cat-children = Kehamilan, kelahiran, dan anak
cat-marriage = Pernikahan, perceraian, dan daftar keluarga
cat-bereavement = Duka (saat anggota keluarga meninggal)
cat-insurance-pension = Asuransi kesehatan dan pensiun
cat-elderly-care = Lansia, perawatan jangka panjang, dan disabilitas
cat-welfare = Kesehatan, kesejahteraan, dan bantuan kehidupan
cat-community = Lingkungan, jalan, taman, dan lainnya

## Sections

sec-somu-kikaku = Bagian Urusan Umum dan Perencanaan
sec-community-shien = Bagian Dukungan Komunitas
sec-shimin = Bagian Urusan Warga
sec-kokuho-nenkin = Bagian Asuransi Kesehatan Nasional dan Pensiun
sec-machizukuri = Bagian Pembangunan dan Pemeliharaan Kota
sec-hoken-fukushi = Bagian Kesehatan dan Kesejahteraan
sec-hogo-1 = Bagian Bantuan Sosial 1
sec-hogo-2 = Bagian Bantuan Sosial 2
sec-orio-branch = Kantor Cabang Orio
sec-kojaku-branch = Kantor Cabang Kojaku
sec-yahataminami-branch = Kantor Cabang Yahataminami

## Services — Citizens Affairs: residence registration

svc-moving-in = Pemberitahuan pindah masuk (転入届)
    .description = Daftarkan alamat baru Anda saat pindah ke Kitakyushu dari kota, kota kecil, atau desa lain.
    .who = Orang yang pindah, atau anggota rumah tangga yang sama. Orang lain perlu membawa surat kuasa (委任状).
    .bring = Surat keterangan pindah (転出証明書) dari kota lama Anda (tidak perlu jika Anda pindah keluar dengan Kartu My Number)
        Kartu identitas berfoto (Kartu My Number, SIM, kartu izin tinggal, dll.)
        Kartu My Number semua orang yang memilikinya
        Kartu izin tinggal (在留カード) semua anggota rumah tangga berkewarganegaraan asing
        Paspor (jika Anda pindah masuk dari luar negeri)
    .fee = Gratis
    .time = Sekitar 20–30 menit
    .deadline = Dalam 14 hari sejak mulai tinggal di alamat baru
    .notes = Setelah itu, Anda mungkin juga perlu mengurus Asuransi Kesehatan Nasional, Pensiun Nasional, atau tunjangan anak.

svc-moving-out = Pemberitahuan pindah keluar (転出届)
    .description = Beri tahu kantor kota saat Anda pindah dari Kitakyushu ke kota, kota kecil, atau desa lain. Juga diperlukan jika Anda pindah ke luar negeri.
    .who = Orang yang akan pindah, atau anggota rumah tangga yang sama. Orang lain perlu membawa surat kuasa (委任状).
    .bring = Kartu identitas berfoto (Kartu My Number, SIM, kartu izin tinggal, dll.)
        Kartu My Number semua orang yang memilikinya
        Sertifikat kepesertaan Asuransi Kesehatan Nasional (資格確認書) atau sejenisnya, jika Anda terdaftar
    .fee = Gratis
    .time = Sekitar 15 menit
    .deadline = Sebelum pindah (mulai sekitar 14 hari sebelumnya). Jika sudah pindah, dalam 14 hari
    .notes = Dengan Kartu My Number, Anda juga bisa melakukannya secara online lewat Mynaportal. Dalam hal ini, surat keterangan pindah tidak diterbitkan.

svc-moving-within = Pemberitahuan pindah alamat dalam kota (転居届)
    .description = Daftarkan alamat baru Anda saat pindah di dalam Kitakyushu. Jika Anda pindah ke Yahatanishi dari distrik (ku) lain di kota ini, Anda juga mendaftar di sini.
    .who = Orang yang pindah, atau anggota rumah tangga yang sama. Orang lain perlu membawa surat kuasa (委任状).
    .bring = Kartu identitas berfoto (Kartu My Number, SIM, kartu izin tinggal, dll.)
        Kartu My Number semua orang yang memilikinya
        Kartu izin tinggal (在留カード) semua anggota rumah tangga berkewarganegaraan asing
        Sertifikat kepesertaan Asuransi Kesehatan Nasional (資格確認書) atau sejenisnya, jika Anda terdaftar
    .fee = Gratis
    .time = Sekitar 20 menit
    .deadline = Dalam 14 hari sejak mulai tinggal di alamat baru
    .notes = Pindah dari distrik lain dicatat sebagai perpindahan antardistrik; Anda tidak perlu datang ke kantor distrik yang lama. Anda mungkin juga perlu mengubah alamat untuk sertifikat medis anak, tunjangan anak, dan sejenisnya.

svc-household-change = Pemberitahuan perubahan rumah tangga (世帯変更届)
    .description = Beri tahu kantor kota saat kepala rumah tangga berganti, atau saat orang-orang di alamat yang sama memisahkan diri atau bergabung menjadi satu rumah tangga.
    .who = Orang yang bersangkutan, atau anggota rumah tangga yang sama. Orang lain perlu membawa surat kuasa (委任状).
    .bring = Kartu identitas berfoto (Kartu My Number, SIM, kartu izin tinggal, dll.)
        Sertifikat kepesertaan Asuransi Kesehatan Nasional (資格確認書) atau sejenisnya, jika Anda terdaftar
    .fee = Gratis
    .time = Sekitar 15 menit
    .deadline = Dalam 14 hari setelah perubahan
    .notes = Juga diperlukan jika kepala rumah tangga meninggal atau pindah, dan masih ada dua orang atau lebih yang berusia 15 tahun ke atas. Orang yang berbagi biaya hidup mungkin tidak bisa memisahkan rumah tangganya.

svc-school-enrolment = Pendaftaran dan pindah sekolah (転入学通知書)
    .description = Jika karena pindahan anak Anda masuk atau pindah ke SD atau SMP negeri milik kota, kami memberikan surat pemberitahuan pindah sekolah.
    .who = Orang tua atau wali anak
    .bring = Surat keterangan bersekolah dan surat keterangan buku pelajaran (在学証明書・教科書給与証明書) dari sekolah lama, jika ada
        Kartu identitas berfoto orang tua atau wali (Kartu My Number, SIM, kartu izin tinggal, dll.)
    .fee = Gratis
    .time = Sekitar 10–15 menit (bisa langsung setelah pemberitahuan pindah masuk atau pindah alamat)
    .deadline = Bersamaan dengan pemberitahuan pindah masuk atau pindah alamat. Hubungi sekolah baru sedini mungkin
    .notes = Bawa surat pemberitahuan pindah sekolah ke sekolah baru untuk menyelesaikan prosedurnya. Anak yang akan masuk SD menerima surat pemberitahuan masuk sekolah lewat pos paling lambat akhir Januari tahun masuknya.

svc-seal-registration = Pendaftaran stempel pribadi (印鑑登録)
    .description = Daftarkan stempel pribadi (hanko) sebagai stempel resmi Anda (jitsuin). Anda akan menerima kartu pendaftaran stempel (北九州市民カード).
    .who = Orang yang bersangkutan sendiri, berusia 15 tahun ke atas dan terdaftar sebagai penduduk Kitakyushu. Jika melalui kuasa, pendaftaran selesai di hari lain.
    .bring = Stempel yang akan didaftarkan (stempel karet dan stempel lain yang mudah berubah bentuk tidak diterima)
        Kartu identitas berfoto (Kartu My Number, SIM, kartu izin tinggal, dll.)
    .fee = Gratis
    .time = Sekitar 15 menit
    .deadline = Tidak ada
    .notes = Tanpa kartu identitas berfoto, kami mengirim surat lewat pos dan pendaftaran selesai di hari lain. Jika Anda datang bersama penjamin yang memiliki stempel terdaftar di Kitakyushu, Anda bisa mendaftar di hari yang sama.

## Services — Citizens Affairs: certificates

svc-residence-certificate = Salinan surat keterangan domisili (住民票の写し)
    .description = Surat yang menerangkan alamat dan rumah tangga Anda. Bisa untuk seluruh rumah tangga atau hanya sebagian anggotanya.
    .who = Orang yang bersangkutan, atau anggota rumah tangga yang sama. Orang lain perlu membawa surat kuasa (委任状).
    .bring = Kartu identitas berfoto (Kartu My Number, SIM, kartu izin tinggal, dll.)
        Surat kuasa (委任状), jika Anda datang mewakili orang lain
    .fee = ¥300 per lembar
    .time = Sekitar 10 menit
    .deadline = Tidak ada
    .notes = Dengan Kartu My Number, Anda juga bisa mendapatkannya di minimarket (konbini). Jika Anda perlu salinan yang mencantumkan nomor My Number, tuliskan hal itu di formulir permohonan.

svc-family-register-certificate = Surat keterangan daftar keluarga (戸籍証明: 謄本・抄本)
    .description = Surat keterangan dari daftar keluarga Jepang (koseki): untuk semua orang dalam daftar (謄本) atau untuk satu orang (抄本).
    .who = Orang yang ada dalam daftar, suami/istri, orang tua, kakek/nenek, anak, atau cucunya. Orang lain perlu membawa surat kuasa (委任状).
    .bring = Kartu identitas berfoto (Kartu My Number, SIM, dll.)
        Catatan berisi domisili terdaftar (本籍) dan kepala daftar (筆頭者)
        Surat kuasa (委任状), jika Anda datang mewakili orang lain
    .fee = ¥450 per lembar (¥750 untuk daftar yang sudah ditutup atau versi lama: 除籍・改製原戸籍)
    .time = Sekitar 10 menit (daftar dari kota lain bisa memakan waktu satu jam atau lebih)
    .deadline = Tidak ada
    .notes = Sejak Maret 2024 Anda juga bisa meminta daftar yang disimpan di kota lain (広域交付). Untuk ini Anda harus datang sendiri; tidak bisa diwakilkan.

svc-family-register-attachment = Salinan catatan alamat daftar keluarga (戸籍の附票の写し)
    .description = Surat yang menerangkan alamat Anda dulu dan sekarang, yang disimpan bersama daftar keluarga Anda.
    .who = Orang yang ada dalam daftar, suami/istri, orang tua, kakek/nenek, anak, atau cucunya. Orang lain perlu membawa surat kuasa (委任状).
    .bring = Kartu identitas berfoto (Kartu My Number, SIM, dll.)
        Catatan berisi domisili terdaftar (本籍) dan kepala daftar (筆頭者)
        Surat kuasa (委任状), jika Anda datang mewakili orang lain
    .fee = ¥300 per lembar
    .time = Sekitar 10 menit
    .deadline = Tidak ada
    .notes = Hanya untuk daftar keluarga yang disimpan di Kitakyushu. Untuk daftar yang disimpan di tempat lain, tanyakan ke kota tempat daftar itu disimpan.

svc-seal-certificate = Surat keterangan stempel terdaftar (印鑑登録証明書)
    .description = Surat yang menerangkan stempel resmi Anda yang terdaftar (jitsuin), misalnya untuk urusan properti atau mobil.
    .who = Orang yang bersangkutan, atau wakil yang membawa kartu pendaftaran stempel
    .bring = Kartu pendaftaran stempel (北九州市民カード)
        Kartu identitas berfoto orang yang datang (Kartu My Number, SIM, dll.)
    .fee = ¥300 per lembar
    .time = Sekitar 5–10 menit
    .deadline = Tidak ada
    .notes = Selalu bawa kartu pendaftaran stempel; surat kuasa tidak bisa menggantikannya. Dengan Kartu My Number, Anda juga bisa mendapatkan surat ini di minimarket (konbini).

svc-tax-certificate = Surat keterangan pajak (所得・課税証明書)
    .description = Surat yang menerangkan penghasilan Anda tahun lalu serta pajak penduduk kota dan prefektur Anda (atau bahwa Anda tidak dikenai pajak).
    .who = Orang yang bersangkutan, atau kerabat dalam rumah tangga yang sama. Orang lain perlu membawa surat kuasa (委任状).
    .bring = Kartu identitas berfoto (Kartu My Number, SIM, kartu izin tinggal, dll.)
        Surat kuasa (委任状), jika Anda datang mewakili orang lain
    .fee = ¥300 per lembar
    .time = Sekitar 10 menit
    .deadline = Tidak ada
    .notes = Diterbitkan untuk orang yang tinggal di Kitakyushu pada 1 Januari tahun tersebut. Surat untuk tahun pajak yang baru tersedia mulai awal Juni. Jika Anda tidak melaporkan pajak, surat ini tidak bisa diterbitkan.

## Services — Citizens Affairs: My Number Card

svc-my-number-card-pickup = Kartu My Number: mengambil kartu baru
    .description = Ambil Kartu My Number yang sudah Anda ajukan. Anda membuat nomor PIN di loket.
    .who = Pemohon sendiri. Anak di bawah 15 tahun dan beberapa orang lain datang bersama wali hukumnya.
    .bring = Surat pemberitahuan penerbitan (交付通知書, berupa kartu pos)
        Kartu identitas berfoto (SIM, paspor, kartu izin tinggal, dll.)
        Kartu pemberitahuan (通知カード), jika ada
        Kartu Daftar Penduduk Dasar (住民基本台帳カード), jika ada
    .fee = Gratis
    .time = Sekitar 20–30 menit
    .deadline = Paling lambat tanggal yang tertulis di surat pemberitahuan penerbitan
    .notes = Anda mungkin perlu membuat janji; periksa surat pemberitahuan penerbitan. Tentukan PIN Anda sebelum datang: 4 angka, dan 6–16 huruf dan angka.

svc-my-number-card-renewal = Kartu My Number: perpanjangan atau penggantian
    .description = Ajukan kartu baru jika kartu Anda akan habis masa berlakunya, atau jika hilang atau rusak.
    .who = Pemegang kartu sendiri. Anak di bawah 15 tahun dan beberapa orang lain datang bersama wali hukumnya.
    .bring = Kartu My Number Anda saat ini (kecuali jika hilang)
        Kartu identitas berfoto (SIM, paspor, kartu izin tinggal, dll.)
        Surat pemberitahuan masa berlaku (有効期限通知書), jika Anda menerimanya
        Pasfoto (tinggi 4,5 cm × lebar 3,5 cm, diambil dalam 6 bulan terakhir)
    .fee = Perpanjangan gratis. Penggantian karena hilang dll. ¥1.000 (¥800 tanpa sertifikat elektronik)
    .time = Sekitar 20–30 menit untuk mengajukan (kartu baru diambil sekitar satu bulan kemudian)
    .deadline = Anda bisa mengajukan mulai 3 bulan sebelum tanggal habis berlaku
    .notes = Jika kartu Anda hilang, pertama-tama telepon layanan bebas pulsa My Number (0120-95-0178) untuk memblokirnya, dan laporkan ke polisi. Perpanjangan juga bisa diajukan secara online atau lewat pos.

svc-my-number-certificate = Kartu My Number: perpanjangan sertifikat elektronik dan reset PIN
    .description = Perpanjang sertifikat elektronik di Kartu My Number Anda, atau atur ulang PIN yang terlupa atau terkunci.
    .who = Pemegang kartu sendiri. Bisa diwakilkan, tetapi perlu surat lewat pos dan tidak bisa selesai di hari yang sama.
    .bring = Kartu My Number Anda
        Surat pemberitahuan masa berlaku (有効期限通知書), untuk perpanjangan, jika Anda menerimanya
    .fee = Gratis
    .time = Sekitar 15 menit
    .deadline = Sertifikat elektronik bisa diperpanjang mulai 3 bulan sebelum habis berlaku
    .notes = Sertifikat elektronik habis berlaku pada ulang tahun ke-5 Anda setelah diterbitkan. Setelah itu Anda tidak bisa mengambil surat keterangan di minimarket atau mengajukan permohonan online.

## Services — Citizens Affairs: family register notifications

svc-birth-registration = Pendaftaran kelahiran (出生届)
    .description = Daftarkan kelahiran bayi. Bayi dicatat dalam daftar keluarga dan catatan kependudukan.
    .who = Ayah atau ibu (jika tidak bisa, orang yang tinggal bersama mereka, dokter atau bidan, dll.). Siapa saja boleh membawakan formulirnya ke loket.
    .bring = Formulir pendaftaran kelahiran dengan bagian surat keterangan lahir (出生証明書) yang sudah diisi dokter atau bidan
        Buku Kesehatan Ibu dan Anak (母子健康手帳)
        Kartu identitas berfoto orang yang datang
    .fee = Gratis
    .time = Sekitar 20–30 menit
    .deadline = Dalam 14 hari, termasuk hari kelahiran (dalam 3 bulan jika bayi lahir di luar negeri)
    .notes = Setelah itu, ajukan tunjangan anak, sertifikat medis anak, dan asuransi kesehatan. Bayi berkewarganegaraan asing juga perlu mengajukan status izin tinggal di kantor imigrasi dalam 30 hari setelah lahir.

svc-marriage-registration = Pendaftaran pernikahan (婚姻届)
    .description = Daftarkan pernikahan Anda. Pernikahan sah secara hukum setelah pemberitahuan diterima.
    .who = Kedua orang yang menikah (keduanya berusia 18 tahun ke atas). Siapa saja boleh membawakan formulirnya ke loket.
    .bring = Formulir pendaftaran pernikahan yang ditandatangani dua saksi berusia 18 tahun ke atas
        Kartu identitas berfoto orang yang datang
        Untuk warga negara asing: paspor dan surat keterangan memenuhi syarat untuk menikah (婚姻要件具備証明書) beserta terjemahan bahasa Jepang
    .fee = Gratis
    .time = Sekitar 20–30 menit
    .deadline = Tidak ada (tanggal penyerahan menjadi tanggal pernikahan Anda)
    .notes = Sejak Maret 2024, salinan daftar keluarga biasanya tidak diperlukan. Jika nama atau alamat Anda berubah, Anda mungkin juga perlu memperbarui Kartu My Number, pendaftaran stempel, dan sejenisnya.

svc-divorce-registration = Pendaftaran perceraian (離婚届)
    .description = Daftarkan perceraian, baik atas kesepakatan pasangan (協議離婚) maupun melalui pengadilan keluarga.
    .who = Untuk perceraian atas kesepakatan, kedua pasangan. Untuk perceraian melalui pengadilan (mediasi, penetapan, atau putusan), orang yang mengajukan ke pengadilan.
    .bring = Formulir pendaftaran perceraian (untuk perceraian atas kesepakatan, ditandatangani dua saksi berusia 18 tahun ke atas)
        Kartu identitas berfoto orang yang datang
        Untuk perceraian melalui pengadilan: salinan resmi berita acara mediasi, atau penetapan atau putusan beserta surat keterangan berkekuatan hukum tetap
    .fee = Gratis
    .time = Sekitar 20–30 menit
    .deadline = Perceraian atas kesepakatan: tidak ada. Melalui pengadilan: dalam 10 hari setelah selesai atau berkekuatan hukum tetap
    .notes = Jika Anda punya anak di bawah 18 tahun, tuliskan siapa yang memegang hak asuh (mulai April 2026, bisa juga kedua orang tua bersama). Untuk tetap memakai nama keluarga saat menikah, perlu pemberitahuan terpisah dalam 3 bulan setelah perceraian.

svc-other-family-register = Pemberitahuan daftar keluarga lainnya (養子縁組・転籍・分籍 dll.)
    .description = Pemberitahuan daftar keluarga seperti adopsi, pembatalan adopsi, memindahkan domisili terdaftar (転籍), atau keluar dari daftar orang tua (分籍).
    .who = Tergantung jenis pemberitahuan (misalnya 転籍: kepala daftar dan pasangannya; 分籍: orang yang bersangkutan, berusia 18 tahun ke atas).
    .bring = Formulir pemberitahuan (sebagian perlu tanda tangan dua saksi)
        Kartu identitas berfoto orang yang datang
        Izin pengadilan keluarga atau sejenisnya, jika diperlukan
    .fee = Gratis
    .time = Sekitar 20–30 menit
    .deadline = Tergantung jenis pemberitahuan (yang berdasarkan keputusan pengadilan kebanyakan dalam 10 hari)
    .notes = Mengadopsi anak di bawah umur biasanya perlu izin pengadilan keluarga. Dokumen yang diperlukan berbeda untuk setiap pemberitahuan, jadi silakan tanyakan kepada kami sebelum datang.

svc-death-registration = Pendaftaran kematian (死亡届)
    .description = Daftarkan kematian. Izin kremasi diterbitkan pada saat yang sama.
    .who = Kerabat, orang yang tinggal bersama almarhum, pemilik rumah, dll. Perusahaan pemakaman atau utusan lain boleh membawakan formulirnya.
    .bring = Formulir pendaftaran kematian dengan bagian surat keterangan kematian (死亡診断書 atau 死体検案書) yang sudah diisi dokter
        Kartu identitas berfoto orang yang datang
        Biaya krematorium (jika Anda mengajukan izin kremasi pada saat yang sama)
    .fee = Pendaftaran gratis. Biaya krematorium ¥15.000 untuk orang dewasa yang tinggal di kota ini
    .time = Sekitar 30 menit
    .deadline = Dalam 7 hari sejak mengetahui kematian (dalam 3 bulan jika meninggal di luar negeri)
    .notes = Formulir tidak dikembalikan, jadi buat salinan sebelum menyerahkannya jika Anda memerlukannya. Untuk urusan pensiun, asuransi, pajak, dan lainnya sesudahnya, gunakan layanan panduan setelah kematian.

svc-bereavement-guidance = Panduan prosedur setelah kematian (おくやみコーナー)
    .description = Kami menjelaskan sekaligus semua prosedur di kantor distrik yang diperlukan setelah anggota keluarga meninggal.
    .who = Anggota keluarga atau orang lain yang mengurus prosedurnya
    .bring = Kartu identitas berfoto orang yang datang
        Sertifikat kepesertaan asuransi (資格確認書) almarhum: asuransi kesehatan, layanan medis usia 75+, perawatan jangka panjang
        Kartu My Number almarhum, jika ada
        Data rekening bank untuk pembayaran (untuk ahli waris atau penerima lain)
    .fee = Gratis
    .time = Sekitar 60 menit
    .deadline = Tidak ada (setiap prosedur punya batas waktunya sendiri; segera urus pemberitahuan pensiun dan asuransi)
    .notes = Anda mungkin perlu membuat janji. Layanan ini bisa digunakan setelah pendaftaran kematian.

## Services — National Health Insurance and Pension

svc-nhi-enrolment = Asuransi Kesehatan Nasional: mendaftar atau berhenti (国民健康保険)
    .description = Mendaftar Asuransi Kesehatan Nasional (setelah berhenti kerja, pindah masuk, dll.) atau berhenti dari asuransi ini (setelah mulai bekerja, dll.).
    .who = Kepala rumah tangga, atau anggota rumah tangga yang sama. Orang lain perlu membawa surat kuasa (委任状).
    .bring = Kartu identitas berfoto (Kartu My Number, SIM, kartu izin tinggal, dll.)
        Untuk mendaftar: dokumen yang menunjukkan kapan asuransi kesehatan Anda sebelumnya berakhir (資格喪失証明書, dll.)
        Untuk berhenti: sertifikat kepesertaan (資格確認書) asuransi baru Anda atau pemberitahuan informasi kepesertaan (資格情報のお知らせ)
        Sertifikat kepesertaan Asuransi Kesehatan Nasional Anda, jika ada
    .fee = Gratis
    .time = Sekitar 15–20 menit
    .deadline = Dalam 14 hari sejak ada alasan untuk mendaftar atau berhenti
    .notes = Meskipun Anda terlambat, iuran tetap ditagih mundur sampai bulan Anda mulai memenuhi syarat. Jika Anda tidak memberi tahu bahwa Anda sudah berhenti, Anda bisa membayar dua kali.

svc-nhi-premium = Iuran Asuransi Kesehatan Nasional: konsultasi pembayaran dan keringanan
    .description = Konsultasi cara membayar iuran Asuransi Kesehatan Nasional, serta keringanan atau cicilan jika sulit membayar.
    .who = Kepala rumah tangga, atau anggota rumah tangga yang sama
    .bring = Kartu identitas berfoto (Kartu My Number, SIM, kartu izin tinggal, dll.)
        Surat pemberitahuan iuran atau slip pembayaran
        Bukti penghasilan (untuk keringanan)
        Kartu penerima tunjangan asuransi ketenagakerjaan (雇用保険受給資格者証), jika Anda kehilangan pekerjaan karena alasan perusahaan
    .fee = Gratis
    .time = Sekitar 20 menit
    .deadline = Keringanan punya batas waktu pengajuan; silakan konsultasi sedini mungkin
    .notes = Jika Anda kehilangan pekerjaan karena perusahaan bangkrut, PHK, atau sejenisnya, iuran Anda mungkin dikurangi. Anda juga bisa mengajukan pembayaran dengan pendebetan otomatis dari rekening bank.

svc-nhi-benefits = Tunjangan Asuransi Kesehatan Nasional (biaya medis tinggi, tunjangan melahirkan, biaya pemakaman)
    .description = Ajukan pengembalian biaya medis yang tinggi, tunjangan melahirkan sekaligus, atau tunjangan biaya pemakaman.
    .who = Kepala rumah tangga peserta Asuransi Kesehatan Nasional (untuk biaya pemakaman: orang yang menyelenggarakan pemakaman)
    .bring = Kartu identitas berfoto (Kartu My Number, SIM, kartu izin tinggal, dll.)
        Data rekening bank untuk pembayaran
        Kuitansi dari rumah sakit (biaya medis tinggi, melahirkan)
        Kuitansi pemakaman atau dokumen lain yang menunjukkan siapa yang menyelenggarakan pemakaman (biaya pemakaman)
    .fee = Gratis
    .time = Sekitar 15 menit
    .deadline = Biasanya dalam 2 tahun (biaya medis tinggi: mulai tanggal 1 bulan berikutnya setelah berobat; melahirkan dan pemakaman: mulai hari berikutnya)
    .notes = Tunjangan melahirkan biasanya ¥500.000 dan sering dibayarkan langsung ke rumah sakit. Tanyakan di loket berapa jumlah tunjangan biaya pemakaman.

svc-national-pension = Prosedur Pensiun Nasional (国民年金: pendaftaran, pembebasan, penangguhan pelajar)
    .description = Mendaftar Pensiun Nasional, mengajukan pembebasan atau penundaan iuran, atau penangguhan khusus pelajar.
    .who = Orang berusia 20 sampai 59 tahun (bukan karyawan perusahaan atau pegawai negeri, atau pasangan yang mereka tanggung). Orang lain perlu membawa surat kuasa (委任状).
    .bring = Nomor pensiun dasar Anda (基礎年金番号通知書 atau 年金手帳)
        Kartu identitas berfoto (Kartu My Number, SIM, kartu izin tinggal, dll.)
        Dokumen yang menunjukkan hari terakhir Anda bekerja, seperti 離職票 (jika Anda berhenti kerja)
        Kartu pelajar atau surat keterangan bersekolah (untuk penangguhan pelajar)
    .fee = Gratis
    .time = Sekitar 15–20 menit
    .deadline = Pendaftaran dalam 14 hari. Pembebasan bisa diajukan mundur sampai bulan 2 tahun 1 bulan sebelumnya
    .notes = Anda juga bisa mengajukan secara online lewat Mynaportal. Penangguhan pelajar harus diajukan setiap tahun ajaran (April sampai Maret).

svc-late-elderly-medical = Sistem layanan medis untuk usia 75 tahun ke atas (後期高齢者医療)
    .description = Prosedur asuransi medis untuk orang berusia 75 tahun ke atas (dan orang berusia 65 tahun ke atas dengan disabilitas tertentu).
    .who = Orang yang bersangkutan, atau anggota rumah tangga yang sama. Orang lain perlu membawa surat kuasa (委任状).
    .bring = Kartu identitas berfoto (Kartu My Number, SIM, kartu izin tinggal, dll.)
        Sertifikat kepesertaan layanan medis usia 75+ Anda (資格確認書), jika ada
        Data rekening bank (untuk pengembalian uang)
    .fee = Gratis
    .time = Sekitar 15 menit
    .deadline = Dalam 14 hari untuk pindah masuk, pindah keluar, dan perubahan sejenis
    .notes = Anda otomatis terdaftar saat berusia 75 tahun, dan sertifikatnya dikirim lewat pos. Sistem ini dikelola oleh Asosiasi Layanan Medis Lansia Prefektur Fukuoka (福岡県後期高齢者医療広域連合).

## Services — Health and Welfare: children and families

svc-maternal-handbook = Pemberitahuan kehamilan dan Buku Kesehatan Ibu dan Anak (母子健康手帳)
    .description = Laporkan kehamilan Anda. Anda akan menerima Buku Kesehatan Ibu dan Anak serta kupon untuk pemeriksaan kehamilan.
    .who = Ibu hamil sendiri (wakil perlu surat kuasa, 委任状)
    .bring = Kartu identitas berfoto (Kartu My Number, SIM, kartu izin tinggal, dll.)
        Sesuatu yang menunjukkan nomor My Number Anda
        Keterangan dari klinik, seperti perkiraan tanggal lahir
    .fee = Gratis
    .time = Sekitar 30–60 menit (termasuk berbicara dengan perawat kesehatan masyarakat)
    .deadline = Segera setelah klinik memastikan kehamilan (sebaiknya sebelum sekitar minggu ke-11)
    .notes = Biaya pemeriksaan kehamilan mendapat subsidi. Anda juga bisa mengajukan tunjangan dukungan kehamilan (¥50.000).

svc-child-allowance = Tunjangan anak (児童手当)
    .description = Ajukan tunjangan bagi orang yang membesarkan anak sampai usia SMA (sampai 31 Maret pertama setelah anak berusia 18 tahun).
    .who = Orang tua yang menjadi penopang utama keluarga (pegawai negeri mengajukan di tempat kerjanya)
    .bring = Kartu identitas berfoto pemohon (Kartu My Number, SIM, dll.)
        Data rekening bank atas nama pemohon
        Sesuatu yang menunjukkan nomor My Number pemohon dan pasangannya
    .fee = Gratis
    .time = Sekitar 20 menit
    .deadline = Dalam 15 hari sejak hari setelah kelahiran atau pindahan (jika terlambat, tunjangan untuk bulan-bulan itu hilang)
    .notes = Sejak Oktober 2024 tidak ada batas penghasilan. Tunjangan dibayarkan setiap dua bulan (pada bulan genap).

svc-child-rearing-allowance = Tunjangan pengasuhan anak (児童扶養手当, keluarga orang tua tunggal)
    .description = Ajukan tunjangan bagi orang tua tunggal dan orang lain yang membesarkan anak seorang diri. Ada batas penghasilan.
    .who = Ayah atau ibu yang membesarkan anak seorang diri setelah perceraian, kematian pasangan, atau sejenisnya, atau orang yang membesarkan anak menggantikan orang tuanya
    .bring = Salinan daftar keluarga (戸籍謄本) pemohon dan anak, yang diterbitkan dalam 1 bulan terakhir
        Kartu identitas berfoto pemohon
        Data rekening bank atas nama pemohon
        Sesuatu yang menunjukkan nomor My Number pemohon, anak, dan kerabat yang ikut menanggung
    .fee = Gratis
    .time = Sekitar 60 menit (termasuk wawancara)
    .deadline = Tidak ada (dibayarkan mulai bulan setelah Anda mengajukan)
    .notes = Dokumen yang diperlukan tergantung situasi keluarga Anda, jadi silakan tanyakan kepada kami dulu. Anak ditanggung sampai 31 Maret pertama setelah berusia 18 tahun (di bawah 20 tahun untuk anak dengan disabilitas).

svc-child-medical = Subsidi biaya medis anak (子ども医療証)
    .description = Ajukan sertifikat medis anak, yang mengurangi biaya yang Anda bayar di rumah sakit dan klinik (sampai akhir tahun ajaran saat anak berusia 18 tahun).
    .who = Orang tua atau wali yang tinggal di Kitakyushu dan anaknya memiliki asuransi kesehatan
    .bring = Sertifikat kepesertaan asuransi kesehatan anak (資格確認書) atau bukti asuransi lainnya
        Kartu identitas berfoto orang tua atau wali
        Surat keterangan penghasilan (所得額証明書), kadang diperlukan jika Anda pindah dari luar kota
    .fee = Gratis
    .time = Sekitar 15 menit
    .deadline = Dalam 1 bulan setelah kelahiran, atau 15 hari setelah pindah masuk (jika terlambat, berlaku hanya mulai bulan pengajuan)
    .notes = Jumlah yang Anda bayar tergantung usia anak. Rumah tangga penerima bantuan sosial tidak termasuk.

svc-single-parent-medical = Subsidi biaya medis untuk keluarga orang tua tunggal (ひとり親家庭等医療)
    .description = Ajukan sertifikat medis yang mengurangi biaya yang dibayar orang tua tunggal dan anaknya di rumah sakit dan klinik.
    .who = Ayah atau ibu tunggal dan anaknya sampai akhir tahun ajaran saat anak berusia 18 tahun (ada batas penghasilan)
    .bring = Salinan daftar keluarga (戸籍謄本) pemohon dan anak
        Sertifikat kepesertaan asuransi kesehatan (資格確認書) atau bukti asuransi lainnya
        Kartu identitas berfoto
        Surat keterangan penghasilan (所得額証明書), jika Anda pindah dari luar kota
    .fee = Gratis
    .time = Sekitar 20 menit
    .deadline = Tidak ada (berlaku mulai bulan pengajuan)
    .notes = Orang yang membesarkan anak yang tidak punya orang tua mungkin juga termasuk. Sering kali bisa diajukan bersamaan dengan tunjangan pengasuhan anak.

svc-nursery-application = Pendaftaran tempat penitipan anak (保育所等の入所申込み)
    .description = Ajukan tempat di tempat penitipan anak (hoikusho) atau pusat bersertifikat (認定こども園) jika Anda tidak bisa mengasuh anak di rumah pada siang hari.
    .who = Orang tua yang tinggal di Kitakyushu dengan anak yang belum masuk SD, yang memerlukan penitipan karena bekerja, hamil, sakit, merawat seseorang, dll.
    .bring = Formulir pendaftaran
        Bukti bahwa Anda memerlukan penitipan anak, seperti surat keterangan kerja (就労証明書)
        Kartu identitas berfoto orang tua dan sesuatu yang menunjukkan nomor My Number Anda
    .fee = Pendaftaran gratis (biaya penitipan tergantung penghasilan; usia 3–5 tahun biasanya gratis)
    .time = Sekitar 30 menit
    .deadline = Setiap bulan punya batas waktunya sendiri (untuk masuk bulan April, pendaftaran dibuka pada musim gugur tahun sebelumnya)
    .notes = Anda mungkin tidak mendapat tempat di penitipan yang Anda inginkan. Sebaiknya kunjungi tempat penitipan sebelum mendaftar.

svc-child-family-consultation = Konsultasi anak dan keluarga (pengasuhan anak, orang tua tunggal, kekerasan dalam rumah tangga)
    .description = Bicarakan dengan kami kekhawatiran tentang pengasuhan anak, kehidupan keluarga orang tua tunggal, atau kekerasan dari pasangan atau anggota keluarga (DV).
    .who = Siapa saja: orang tua, keluarga orang tua tunggal, korban kekerasan dalam rumah tangga
    .bring = Tidak ada yang khusus
    .fee = Gratis
    .time = Sekitar 30–60 menit (tergantung masalahnya)
    .deadline = Tidak ada
    .notes = Apa yang Anda ceritakan kepada kami dijaga kerahasiaannya. Jika Anda dalam bahaya sekarang, telepon 110 (polisi). Jika Anda melihat kekerasan terhadap anak, telepon 189 (seluruh Jepang).

## Services — Health and Welfare: older people and disability

svc-long-term-care = Asuransi perawatan jangka panjang (介護保険: penetapan kebutuhan perawatan, kartu asuransi)
    .description = Ajukan penetapan kebutuhan perawatan (要介護・要支援認定) dan prosedur lain untuk kartu asuransi perawatan jangka panjang.
    .who = Orang berusia 65 tahun ke atas, atau berusia 40–64 tahun dengan penyakit tertentu. Anggota keluarga atau manajer perawatan (care manager) bisa mengajukan untuk mereka.
    .bring = Kartu asuransi perawatan jangka panjang (介護保険被保険者証)
        Sertifikat kepesertaan asuransi kesehatan (資格確認書) atau sejenisnya (usia 40–64 tahun)
        Kartu identitas berfoto orang yang mengajukan
        Nama dokter keluarga dan rumah sakit atau kliniknya
    .fee = Gratis
    .time = Sekitar 20–30 menit
    .deadline = Tidak ada (hasilnya biasanya keluar dalam 30 hari setelah pengajuan)
    .notes = Setelah Anda mengajukan, petugas penilai mengunjungi orang tersebut di rumah atau tempat lain untuk menanyakan kondisinya. Kartu asuransi dikirim lewat pos saat Anda berusia 65 tahun.

svc-elderly-welfare = Layanan kesejahteraan dan konsultasi untuk lansia
    .description = Bicarakan dengan kami tentang kehidupan sehari-hari, perawatan, demensia, pemantauan lansia, atau penganiayaan; kami menjelaskan layanan kesejahteraan yang ada.
    .who = Siapa saja: lansia, keluarganya, tetangga
    .bring = Tidak ada yang khusus (bawa kartu asuransi perawatan jangka panjang jika orang tersebut memilikinya)
    .fee = Konsultasi gratis (sebagian layanan berbayar)
    .time = Sekitar 30 menit
    .deadline = Tidak ada
    .notes = Kami bekerja sama dengan Pusat Dukungan Komprehensif Komunitas (地域包括支援センター). Kami mungkin mengarahkan Anda ke kantor yang menangani wilayah Anda.

svc-disability-services = Buku disabilitas dan layanan kesejahteraan disabilitas
    .description = Ajukan buku disabilitas (fisik, intelektual 療育手帳, kesehatan jiwa) dan dapatkan saran tentang layanan kesejahteraan disabilitas.
    .who = Penyandang disabilitas atau keluarganya (orang tua atau wali untuk yang di bawah 18 tahun)
    .bring = Surat keterangan dokter dengan formulir yang ditentukan (buku disabilitas fisik dan kesehatan jiwa)
        Pasfoto (tinggi 4 cm × lebar 3 cm)
        Kartu identitas berfoto dan sesuatu yang menunjukkan nomor My Number Anda
        Buku disabilitas Anda saat ini (untuk perpanjangan atau perubahan)
    .fee = Gratis (biaya surat keterangan dokter Anda bayar sendiri ke dokter)
    .time = Sekitar 30 menit
    .deadline = Tidak ada (buku kesehatan jiwa diperpanjang setiap 2 tahun)
    .notes = Untuk buku disabilitas intelektual (療育手帳), perlu membuat janji untuk penilaian. Buku disabilitas memerlukan sekitar 1–2 bulan sampai diterima.

## Services — Health and Welfare: health consultation

svc-health-consultation = Konsultasi kesehatan (pemeriksaan kesehatan dan vaksinasi)
    .description = Bicarakan dengan perawat kesehatan masyarakat atau petugas lain tentang kesehatan Anda, pemeriksaan (skrining kanker, pemeriksaan kesehatan khusus), vaksinasi, pola makan, dan lainnya.
    .who = Siapa saja, misalnya warga distrik ini
    .bring = Buku Kesehatan Ibu dan Anak (untuk pertanyaan tentang vaksinasi anak)
        Hasil pemeriksaan kesehatan Anda, jika ada
    .fee = Konsultasi gratis (pemeriksaan dan vaksinasi mungkin berbayar)
    .time = Sekitar 15–30 menit
    .deadline = Tidak ada
    .notes = Sebagian konsultasi perlu membuat janji. Sebagian besar pemeriksaan dan vaksinasi dilakukan di klinik dan rumah sakit di kota ini.

svc-dog-registration = Pendaftaran anjing dan tanda vaksinasi rabies
    .description = Daftarkan anjing Anda (sekali seumur hidupnya) dan dapatkan tanda untuk vaksinasi rabies tahunannya.
    .who = Pemilik anjing yang berusia 91 hari atau lebih
    .bring = Surat keterangan vaksinasi rabies dari dokter hewan (狂犬病予防注射済証明書)
        Tanda pendaftaran anjing (鑑札), jika sudah terdaftar
    .fee = Pendaftaran ¥3.000; tanda vaksinasi ¥550
    .time = Sekitar 10 menit
    .deadline = Dalam 30 hari setelah mulai memelihara anjing (untuk anak anjing di bawah 90 hari, dalam 30 hari setelah berusia 90 hari)
    .notes = Anjing dengan microchip yang didaftarkan ke Kementerian Lingkungan Hidup pada atau setelah 1 Maret 2023 tidak perlu didaftarkan di loket. Anjing Anda perlu divaksinasi rabies sekali setiap tahun.

## Services — Public Assistance Sections

svc-public-assistance = Konsultasi bantuan sosial (生活保護)
    .description = Konsultasi bagi orang yang tidak bisa mencukupi kebutuhan hidup karena sakit, kehilangan pekerjaan, usia lanjut, atau alasan lain, dan pengajuan bantuan sosial.
    .who = Siapa saja yang kesulitan mencukupi kebutuhan hidup, atau keluarganya. Siapa saja boleh meminta saran.
    .bring = Tidak ada yang khusus (jika ada: kartu identitas berfoto, buku tabungan, dokumen yang menunjukkan penghasilan dan biaya sewa rumah)
    .fee = Gratis
    .time = Sekitar 60 menit
    .deadline = Tidak ada
    .notes = Mengajukan bantuan sosial adalah hak setiap warga yang membutuhkannya. Apa yang Anda ceritakan kepada kami dijaga kerahasiaannya. Bagian Bantuan Sosial 1 atau 2 menangani kasus Anda, tergantung tempat tinggal Anda.

## Services — Urban Development and Maintenance

svc-roads-parks = Jalan, taman, dan fasilitas lingkungan
    .description = Laporkan atau tanyakan tentang jalan dan taman di lingkungan Anda: jalan berlubang dan rusak, lampu jalan, selokan, alat bermain yang rusak.
    .who = Siapa saja
    .bring = Peta atau foto yang menunjukkan lokasinya, jika ada
    .fee = Gratis
    .time = Sekitar 15 menit
    .deadline = Tidak ada
    .notes = Untuk jalan nasional yang dikelola pemerintah pusat, kami memberi tahu Anda siapa yang harus dihubungi. Mohon segera laporkan tempat yang berbahaya.

## Services — Community Support

svc-community-associations = Rukun warga dan pusat warga
    .description = Informasi tentang bergabung dengan rukun warga (自治会・町内会), menggunakan pusat warga (市民センター), dan kelompok setempat.
    .who = Siapa saja
    .bring = Tidak ada yang khusus
    .fee = Gratis (menyewa ruangan di pusat warga mungkin berbayar)
    .time = Sekitar 15 menit
    .deadline = Tidak ada
    .notes = Kami bisa memberikan kontak rukun warga di wilayah Anda.

svc-community-activities = Kegiatan masyarakat, relawan, dan pembelajaran seumur hidup
    .description = Informasi dan saran tentang kegiatan masyarakat setempat, kegiatan relawan, kursus, dan pembelajaran seumur hidup lainnya.
    .who = Siapa saja
    .bring = Tidak ada yang khusus
    .fee = Gratis (sebagian kursus berbayar)
    .time = Sekitar 15 menit
    .deadline = Tidak ada
    .notes = Informasi kursus dan acara juga ada di buletin kota (市政だより) dan di situs web kota.

## Services — General Affairs and Planning

svc-ward-general = Pertanyaan tentang urusan distrik, informasi publik, dan kesiapsiagaan bencana
    .description = Pertanyaan tentang kegiatan distrik, informasi publik, dan kesiapsiagaan bencana (tempat pengungsian, peta bahaya, dll.).
    .who = Siapa saja
    .bring = Tidak ada yang khusus
    .fee = Gratis
    .time = Sekitar 10 menit
    .deadline = Tidak ada
    .notes = Jika Anda tidak yakin harus ke loket mana, kami akan menunjukkan loket yang tepat.

svc-elections = Pertanyaan tentang pemilu
    .description = Pertanyaan tentang pemilu, seperti daftar pemilih, pemungutan suara lebih awal, dan pemungutan suara di luar tempat terdaftar.
    .who = Siapa saja
    .bring = Tidak ada yang khusus (kartu identitas berfoto untuk permintaan pemungutan suara di luar tempat terdaftar dan sejenisnya)
    .fee = Gratis
    .time = Sekitar 10 menit
    .deadline = Tidak ada (setiap pemilu punya jadwalnya sendiri)
    .notes = Warga negara Jepang berusia 18 tahun ke atas bisa memilih. Selama 3 bulan setelah pindah, Anda mungkin harus memilih di alamat lama.

svc-citizen-consultation = Konsultasi warga (pemesanan konsultasi hukum dan lainnya)
    .description = Pesan konsultasi hukum gratis dengan pengacara dan sesi konsultasi lainnya, atau bicarakan masalah sehari-hari dengan kami.
    .who = Warga Kitakyushu (sebagian konsultasi punya syarat)
    .bring = Tidak ada yang khusus (bawa dokumen terkait masalah Anda jika ada)
    .fee = Gratis
    .time = Sekitar 10 menit untuk memesan (satu sesi konsultasi hukum sekitar 30 menit)
    .deadline = Tidak ada (pemesanan berdasarkan urutan kedatangan)
    .notes = Konsultasi hukum hanya dengan janji, pada tanggal tertentu dan dengan tempat terbatas. Mungkin ada batas berapa kali Anda bisa bertanya tentang masalah yang sama.
