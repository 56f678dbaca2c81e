# Pages for members of organisations (shops, facilities, companies, schools,
# citizen centres, groups). Variables: $organisation, $name.
members-language = 言語
members-join-title = メンバー登録
members-join-intro = 区役所の職員から受け取った招待コードを入力し、ユーザー名とパスワードを決めてください。登録すると、招待された団体の担当者として、お店やイベントの情報などを登録できます。
members-code = 招待コード
members-code-hint = 12文字（例：K7QM-2XPD-9TRA）。大文字・小文字とハイフンは区別しません。
members-code-ok = 「{ $organisation }」のメンバーとして登録します。
members-account = アカウント
members-display-name = 表示名（任意）
members-username = ユーザー名
members-password = パスワード
members-password-hint = 8文字以上。ほかのサービスと同じものは使わないでください。
members-join-submit = 登録する
members-joined-title = 登録しました
members-joined = { $name }さん、「{ $organisation }」のメンバーとして登録しました。次回からはユーザー名とパスワードでサインインできます。
members-to-portal = 区のサービス一覧へ
members-error-not-found = この招待コードは見つかりません。コードを確かめるか、受け取った窓口にお問い合わせください。
members-error-gone = この招待コードは使用済みか、有効期限が切れています。新しいコードを窓口で受け取ってください。
members-error-taken = このユーザー名はすでに使われています。別の名前にしてください。
members-error-invalid = 入力を確かめてください（ユーザー名は100文字まで、パスワードは8文字以上）。
members-error-slow-down = 試行が多すぎます。少し待ってからもう一度お試しください。
members-error-busy = ただいま混み合っています。少し待ってからもう一度お試しください。
members-error-offline = サーバーに接続できません。ネットワークを確かめてください。

# Signing in, and the moderation queue (/m/moderation/). Variables: $count.
members-sign-in = サインイン
members-sign-out = サインアウト
members-sign-in-failed = ユーザー名またはパスワードが違います
members-mod-title = 投稿の確認（モデレーション）
members-mod-show = 表示する投稿
members-mod-pending = 確認待ち
members-mod-approved = 公開中
members-mod-hidden = 非表示
members-mod-rejected = 却下
members-mod-all = すべて
members-mod-count = { $count }件
members-mod-module = 取り組み
members-mod-submitted = 投稿日時
members-mod-submitter = 投稿者
members-mod-status = 状態
members-mod-reason = 理由
members-mod-reason-label = 理由（非表示・却下のときは必須。投稿者に伝わります）
members-mod-approve = 公開する
members-mod-hide = 非表示にする
members-mod-reject = 却下する
members-mod-error-reason = 非表示・却下には理由を書いてください。
members-mod-error-no-change = すでにその状態です。
members-mod-error-gone = この投稿は見つかりません。一覧を更新してください。
members-mod-error-forbidden = このアカウントには確認の権限がありません。

# The shared sign-in (/m/signin/). Variables: $name.
members-signed-in = { $name }さんとしてサインインしています。
members-continue = 続ける
