<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Gui::AboutDialog</name>
    <message>
        <source>Pail</source>
        <translation>Pail</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>パブリックドメイン</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Built with Qt %1. Qt is used under the GNU LGPL version 3; its source code is available from &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.</source>
        <translation>Qt %1 でビルドされています。Qt は GNU LGPL バージョン 3 の下で使用しており、ソースコードは &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt; から入手できます。</translation>
    </message>
    <message>
        <source>About Pail</source>
        <translation>Pail について</translation>
    </message>
    <message>
        <source>A desktop manager for S3-compatible storage, with an embedded S3 engine that runs as a local sandbox.</source>
        <translation>S3 互換ストレージのためのデスクトップマネージャーです。組み込みの S3 エンジンがローカルサンドボックスとして動作します。</translation>
    </message>
    <message>
        <source>Pail is free software under the GNU General Public License, version 3 or later.</source>
        <translation>Pail は GNU 一般公衆利用許諾書 バージョン 3 またはそれ以降の下で配布されるフリーソフトウェアです。</translation>
    </message>
</context>
<context>
    <name>Gui::ActionPickerDialog</name>
    <message>
        <source>Choose actions</source>
        <translation>アクションを選択</translation>
    </message>
    <message>
        <source>Wildcards</source>
        <translation>ワイルドカード</translation>
    </message>
    <message>
        <source>List</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>More actions or patterns, separated by commas</source>
        <translation>その他のアクションまたはパターン（カンマ区切り）</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>その他:</translation>
    </message>
</context>
<context>
    <name>Gui::BucketActions</name>
    <message>
        <source>&amp;Bucket</source>
        <translation>バケット(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Lifecycle Rules...</source>
        <translation>ライフサイクルルール(&amp;L)...</translation>
    </message>
    <message>
        <source>Bucket &amp;Policy...</source>
        <translation>バケットポリシー(&amp;P)...</translation>
    </message>
    <message>
        <source>Bucket &amp;Settings...</source>
        <translation>バケット設定(&amp;S)...</translation>
    </message>
    <message>
        <source>S&amp;hare...</source>
        <translation>共有(&amp;H)...</translation>
    </message>
</context>
<context>
    <name>Gui::BucketSettingsDialog</name>
    <message>
        <source>Bucket settings - %1</source>
        <translation>バケット設定 - %1</translation>
    </message>
    <message>
        <source>Settings of bucket &lt;b&gt;%1&lt;/b&gt;. Each tab applies on its own.</source>
        <translation>バケット &lt;b&gt;%1&lt;/b&gt; の設定。各タブは個別に適用されます。</translation>
    </message>
    <message>
        <source>Enabled: keep every version of every object</source>
        <translation>有効: すべてのオブジェクトのすべてのバージョンを保持</translation>
    </message>
    <message>
        <source>Suspended: new writes replace the null version; existing versions stay</source>
        <translation>一時停止: 新しい書き込みは null バージョンを置き換え、既存のバージョンは残ります</translation>
    </message>
    <message>
        <source>Once versioning has been enabled it cannot be turned off again, only suspended. Existing versions are kept (and billed) until deleted or expired by a lifecycle rule.</source>
        <translation>バージョニングは一度有効にすると無効に戻せず、一時停止のみ可能です。既存のバージョンは削除されるかライフサイクルルールで期限切れになるまで保持され（課金され）ます。</translation>
    </message>
    <message>
        <source>Apply versioning</source>
        <translation>バージョニングを適用</translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation>バージョニング</translation>
    </message>
    <message>
        <source>None (no default encryption)</source>
        <translation>なし（デフォルト暗号化なし）</translation>
    </message>
    <message>
        <source>SSE-S3 (AES256, keys managed by the server)</source>
        <translation>SSE-S3（AES256、サーバー管理の鍵）</translation>
    </message>
    <message>
        <source>SSE-KMS (a KMS key)</source>
        <translation>SSE-KMS（KMS キー）</translation>
    </message>
    <message>
        <source>KMS key ID or ARN (empty: the AWS managed key)</source>
        <translation>KMS キー ID または ARN（空: AWS マネージドキー）</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>暗号化:</translation>
    </message>
    <message>
        <source>KMS key:</source>
        <translation>KMS キー:</translation>
    </message>
    <message>
        <source>Apply encryption</source>
        <translation>暗号化を適用</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>タグを追加</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>タグを削除</translation>
    </message>
    <message>
        <source>Apply tags</source>
        <translation>タグを適用</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Expose headers</source>
        <translation>公開ヘッダー</translation>
    </message>
    <message>
        <source>Max age (s)</source>
        <translation>最大有効期間 (秒)</translation>
    </message>
    <message>
        <source>Apply CORS</source>
        <translation>CORS を適用</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <source>Index document:</source>
        <translation>インデックスドキュメント:</translation>
    </message>
    <message>
        <source>Error document:</source>
        <translation>エラードキュメント:</translation>
    </message>
    <message>
        <source>Apply website</source>
        <translation>ウェブサイトを適用</translation>
    </message>
    <message>
        <source>Static website</source>
        <translation>静的ウェブサイト</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>読み込み中...</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Versioning is enabled.</source>
        <translation>バージョニングは有効です。</translation>
    </message>
    <message>
        <source>Versioning is suspended.</source>
        <translation>バージョニングは一時停止中です。</translation>
    </message>
    <message>
        <source>Versioning has never been enabled on this bucket.</source>
        <translation>このバケットでバージョニングが有効にされたことはありません。</translation>
    </message>
    <message>
        <source>Not configured.</source>
        <translation>未設定です。</translation>
    </message>
    <message>
        <source>This endpoint does not support this setting: it answered the capability probe with NotImplemented (or an error it does not explain).</source>
        <translation>このエンドポイントはこの設定をサポートしていません。機能の確認に NotImplemented（または説明のないエラー）で応答しました。</translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>適用中...</translation>
    </message>
    <message>
        <source>The server refused: %1
%2</source>
        <translation>サーバーが拒否しました: %1
%2</translation>
    </message>
    <message>
        <source>Default encryption removed.</source>
        <translation>デフォルト暗号化を削除しました。</translation>
    </message>
    <message>
        <source>Default encryption applied.</source>
        <translation>デフォルト暗号化を適用しました。</translation>
    </message>
    <message>
        <source>Tags removed.</source>
        <translation>タグを削除しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) applied.</source>
        <translation>
            <numerusform>%n 個のタグを適用しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>CORS configuration removed.</source>
        <translation>CORS 設定を削除しました。</translation>
    </message>
    <message>
        <source>CORS configuration applied.</source>
        <translation>CORS 設定を適用しました。</translation>
    </message>
    <message>
        <source>Apply ownership and access</source>
        <translation>所有権とアクセスを適用</translation>
    </message>
    <message>
        <source>Ownership / public access</source>
        <translation>所有権 / パブリックアクセス</translation>
    </message>
    <message>
        <source>Object Ownership</source>
        <translation>オブジェクト所有権</translation>
    </message>
    <message>
        <source>ACLs disabled: bucket owner enforced (recommended)</source>
        <translation>ACL 無効: バケット所有者の強制 (推奨)</translation>
    </message>
    <message>
        <source>All objects in this bucket are owned by this account. Access to this bucket and its objects is specified using only policies.</source>
        <translation>このバケットのすべてのオブジェクトはこのアカウントが所有します。バケットとオブジェクトへのアクセスはポリシーだけで指定します。</translation>
    </message>
    <message>
        <source>ACLs enabled: bucket owner preferred</source>
        <translation>ACL 有効: バケット所有者を優先</translation>
    </message>
    <message>
        <source>Objects in this bucket can be owned by other accounts and access can be granted with ACLs. If new objects written to this bucket specify the bucket-owner-full-control canned ACL, they are owned by the bucket owner. Otherwise, they are owned by the object writer.</source>
        <translation>このバケットのオブジェクトは他のアカウントが所有でき、ACL でアクセスを許可できます。新しいオブジェクトが既定 ACL bucket-owner-full-control を指定するとバケット所有者の所有になり、それ以外は書き込んだ側の所有になります。</translation>
    </message>
    <message>
        <source>ACLs enabled: object writer</source>
        <translation>ACL 有効: オブジェクトライター</translation>
    </message>
    <message>
        <source>Objects in this bucket can be owned by other accounts and access can be granted with ACLs. The object writer remains the object owner.</source>
        <translation>このバケットのオブジェクトは他のアカウントが所有でき、ACL でアクセスを許可できます。オブジェクトを書き込んだ側が所有者のままです。</translation>
    </message>
    <message>
        <source>Block Public Access (bucket settings)</source>
        <translation>パブリックアクセスをブロック (バケット設定)</translation>
    </message>
    <message>
        <source>Block all public access</source>
        <translation>パブリックアクセスをすべてブロック</translation>
    </message>
    <message>
        <source>Block public access to buckets and objects granted through new access control lists (ACLs)</source>
        <translation>新しいアクセスコントロールリスト (ACL) で許可されたバケットとオブジェクトへのパブリックアクセスをブロック</translation>
    </message>
    <message>
        <source>Block public access to buckets and objects granted through any access control lists (ACLs)</source>
        <translation>任意のアクセスコントロールリスト (ACL) で許可されたバケットとオブジェクトへのパブリックアクセスをブロック</translation>
    </message>
    <message>
        <source>Block public access to buckets and objects granted through new public bucket policies</source>
        <translation>新しいパブリックバケットポリシーで許可されたバケットとオブジェクトへのパブリックアクセスをブロック</translation>
    </message>
    <message>
        <source>Block public and cross-account access to buckets and objects through any public bucket policies</source>
        <translation>任意のパブリックバケットポリシーによるバケットとオブジェクトへのパブリックおよびクロスアカウントアクセスをブロック</translation>
    </message>
    <message>
        <source>Public access is granted to buckets and objects through ACLs and bucket policies. The server refuses new public grants while the matching setting is on.</source>
        <translation>バケットとオブジェクトへのパブリックアクセスは ACL とバケットポリシーで許可されます。対応する設定がオンの間、サーバーは新しいパブリック許可を拒否します。</translation>
    </message>
    <message>
        <source>The bucket policy makes this bucket public.</source>
        <translation>バケットポリシーによりこのバケットは公開されています。</translation>
    </message>
    <message>
        <source>The bucket policy does not make this bucket public.</source>
        <translation>バケットポリシーはこのバケットを公開しません。</translation>
    </message>
    <message>
        <source>The bucket has no bucket policy.</source>
        <translation>このバケットにはバケットポリシーがありません。</translation>
    </message>
    <message>
        <source>Policy status unknown: %1</source>
        <translation>ポリシーの状態が不明: %1</translation>
    </message>
    <message>
        <source>Object ownership and Block Public Access applied.</source>
        <translation>オブジェクト所有権とパブリックアクセスのブロックを適用しました。</translation>
    </message>
    <message>
        <source>Apply logging</source>
        <translation>ログ記録を適用</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>ログ記録</translation>
    </message>
    <message>
        <source>Log requests made to this bucket</source>
        <translation>このバケットへのリクエストを記録</translation>
    </message>
    <message>
        <source>Target bucket</source>
        <translation>ターゲットバケット</translation>
    </message>
    <message>
        <source>Target bucket:</source>
        <translation>ターゲットバケット:</translation>
    </message>
    <message>
        <source>Target prefix:</source>
        <translation>ターゲットプレフィックス:</translation>
    </message>
    <message>
        <source>Server access log records (one line per request, in S3&apos;s space-separated format) are delivered in batches as objects named &amp;lt;prefix&amp;gt;YYYY-MM-DD-hh-mm-ss-&amp;lt;id&amp;gt; in the target bucket. The target must exist and belong to the same owner; use a different bucket than this one, or the logs of the logs will be logged too.</source>
        <translation>サーバーアクセスログ (1 リクエスト 1 行、S3 の空白区切り形式) は、&amp;lt;プレフィックス&amp;gt;YYYY-MM-DD-hh-mm-ss-&amp;lt;ID&amp;gt; という名前のオブジェクトとしてまとめてターゲットバケットに配信されます。ターゲットは存在し、同じ所有者のものである必要があります。このバケットとは別のバケットを使わないと、ログ自体も記録されます。</translation>
    </message>
    <message>
        <source>Logging is off.</source>
        <translation>ログ記録はオフです。</translation>
    </message>
    <message>
        <source>Logging to %1 enabled.</source>
        <translation>%1 へのログ記録を有効にしました。</translation>
    </message>
    <message>
        <source>Logging turned off.</source>
        <translation>ログ記録をオフにしました。</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>許可するオリジン</translation>
    </message>
    <message>
        <source>Allowed headers</source>
        <translation>許可するヘッダー</translation>
    </message>
    <message>
        <source>One rule per row. Lists are separated by commas; an empty max age is left out.</source>
        <translation>1 行に 1 ルール。リストはカンマ区切りです。空の最大有効期間は省略されます。</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>ルールを追加</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>ルールを削除</translation>
    </message>
    <message>
        <source>Rules (kept in step with the XML below; no rules removes the CORS configuration):</source>
        <translation>ルール (下の XML と同期。ルールがなければ CORS 設定を削除):</translation>
    </message>
    <message>
        <source>Rule %1: the max age must be a whole number of seconds.</source>
        <translation>ルール %1: 最大有効期間は整数の秒数で指定してください。</translation>
    </message>
    <message>
        <source>Rule %1 needs at least one origin and one method.</source>
        <translation>ルール %1 には少なくとも 1 つのオリジンと 1 つのメソッドが必要です。</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>%1 行 %2 列: %3</translation>
    </message>
    <message>
        <source>The XML is not a valid CORS configuration: %1</source>
        <translation>この XML は有効な CORS 設定ではありません: %1</translation>
    </message>
    <message>
        <source>Enable static website hosting</source>
        <translation>静的ウェブサイトホスティングを有効にする</translation>
    </message>
    <message>
        <source>Hosting type</source>
        <translation>ホスティングの種類</translation>
    </message>
    <message>
        <source>Host a static website</source>
        <translation>静的ウェブサイトをホストする</translation>
    </message>
    <message>
        <source>Redirect every request to another host</source>
        <translation>すべてのリクエストを別のホストへリダイレクトする</translation>
    </message>
    <message>
        <source>Returned for requests to the root and to any folder (a key ending in /).</source>
        <translation>ルートと各フォルダー (/ で終わるキー) へのリクエストに返されます。</translation>
    </message>
    <message>
        <source>error.html (optional)</source>
        <translation>error.html (任意)</translation>
    </message>
    <message>
        <source>Returned, with status 404, when a requested object does not exist.</source>
        <translation>要求されたオブジェクトが存在しないとき、ステータス 404 とともに返されます。</translation>
    </message>
    <message>
        <source>Same as the request</source>
        <translation>リクエストと同じ</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>ホスト名:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>プロトコル:</translation>
    </message>
    <message>
        <source>Turning hosting off removes the website configuration. Visitors read objects anonymously: the bucket policy must allow s3:GetObject to everyone, and Block Public Access must not block it.</source>
        <translation>ホスティングをオフにするとウェブサイト設定が削除されます。訪問者はオブジェクトを匿名で読み取ります: バケットポリシーが全員に s3:GetObject を許可し、パブリックアクセスブロックがそれを妨げないようにしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n routing rule(s) of this bucket are kept as they are when hosting is applied.</source>
        <translation>
            <numerusform>このバケットの %n 個のルーティングルールは、ホスティングを適用してもそのまま保持されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Website endpoint: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>ウェブサイトエンドポイント: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Once hosting is applied, the website is served at %1</source>
        <translation>ホスティングを適用すると、ウェブサイトは %1 で配信されます</translation>
    </message>
    <message>
        <source>Website endpoint: none. The local sandbox keeps and checks the website configuration (tools such as aws-cli read it back), but it does not serve websites; on AWS the site would be at http://%1.s3-website-&amp;lt;region&amp;gt;.amazonaws.com.</source>
        <translation>ウェブサイトエンドポイント: なし。ローカルサンドボックスはウェブサイト設定を保存・検証します (aws-cli などのツールで読み戻せます) が、ウェブサイトは配信しません。AWS ではサイトは http://%1.s3-website-&amp;lt;リージョン&amp;gt;.amazonaws.com になります。</translation>
    </message>
    <message>
        <source>Website endpoint: this provider publishes websites on its own host names; see its documentation.</source>
        <translation>ウェブサイトエンドポイント: このプロバイダーは独自のホスト名でウェブサイトを公開します。そのドキュメントを参照してください。</translation>
    </message>
    <message>
        <source>Website hosting turned off; the configuration was removed.</source>
        <translation>ウェブサイトホスティングをオフにし、設定を削除しました。</translation>
    </message>
    <message>
        <source>Enter the host name to redirect every request to.</source>
        <translation>すべてのリクエストのリダイレクト先ホスト名を入力してください。</translation>
    </message>
    <message>
        <source>Every request is redirected to %1.</source>
        <translation>すべてのリクエストは %1 へリダイレクトされます。</translation>
    </message>
    <message>
        <source>Website hosting applied.</source>
        <translation>ウェブサイトホスティングを適用しました。</translation>
    </message>
</context>
<context>
    <name>Gui::BulkActions</name>
    <message>
        <source>Restore Folder to This Moment...</source>
        <translation>フォルダーをこの時点に復元...</translation>
    </message>
    <message>
        <source>Delete Selection with Folders...</source>
        <translation>選択項目をフォルダーごと削除...</translation>
    </message>
    <message>
        <source>Change Storage Class...</source>
        <translation>ストレージクラスを変更...</translation>
    </message>
    <message>
        <source>Copy Selection To...</source>
        <translation>選択項目のコピー先...</translation>
    </message>
    <message>
        <source>Restore from Glacier...</source>
        <translation>Glacier から復元...</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), %1</source>
        <translation>
            <numerusform>%n 個のオブジェクト、%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to %1</source>
        <translation>
            <numerusform>%n 個の項目を %1 へ移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n item(s) to %1</source>
        <translation>
            <numerusform>%n 個の項目を %1 へコピー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) and %1 object(s)</source>
        <translation>
            <numerusform>%n 個のフォルダーと %1 個のオブジェクト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::BulkPreviewDialog</name>
    <message>
        <source>Bring every object under %1 back to how it was at %2: deleted objects come back, changed objects get their old version copied back, and objects created since are deleted. Versions stay in the history.</source>
        <translation>%1 以下のすべてのオブジェクトを %2 の状態に戻します。削除されたオブジェクトは元に戻り、変更されたオブジェクトには古いバージョンがコピーし直され、その後に作成されたオブジェクトは削除されます。バージョンは履歴に残ります。</translation>
    </message>
    <message numerus="yes">
        <source>%n selected object(s) and %1 folder(s) in %2.</source>
        <translation>
            <numerusform>%2 で選択したオブジェクト %n 個とフォルダー %1 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>New storage class:</source>
        <translation>新しいストレージクラス:</translation>
    </message>
    <message>
        <source>folder/ (empty = top level)</source>
        <translation>folder/（空 = 最上位）</translation>
    </message>
    <message>
        <source>Destination bucket:</source>
        <translation>コピー先バケット:</translation>
    </message>
    <message>
        <source>Destination folder:</source>
        <translation>コピー先フォルダー:</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>大容量 (Bulk)</translation>
    </message>
    <message>
        <source>Expedited</source>
        <translation>迅速 (Expedited)</translation>
    </message>
    <message>
        <source>Keep the restored copy for (days):</source>
        <translation>復元コピーの保持期間（日）:</translation>
    </message>
    <message>
        <source>Retrieval tier:</source>
        <translation>取り出し階層:</translation>
    </message>
    <message>
        <source>Listing...</source>
        <translation>一覧を取得中...</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Delete in %1</source>
        <translation>%1 内で削除</translation>
    </message>
    <message>
        <source>Change storage class in %1</source>
        <translation>%1 内のストレージクラスを変更</translation>
    </message>
    <message>
        <source>Copy from %1</source>
        <translation>%1 からコピー</translation>
    </message>
    <message>
        <source>Restore from Glacier in %1</source>
        <translation>%1 内を Glacier から復元</translation>
    </message>
    <message>
        <source>Restore %1 to %2</source>
        <translation>%1 を %2 の状態に復元</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Listing... %n version(s)</source>
        <translation>
            <numerusform>一覧を取得中... %n 個のバージョン</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation>一覧の取得に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Listing... %n object(s)</source>
        <translation>
            <numerusform>一覧を取得中... %n 個のオブジェクト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change: the folder is as it was then (%n version(s) checked).</source>
        <translation>
            <numerusform>変更はありません。フォルダーは当時のままです（%n 個のバージョンを確認）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) come back (delete markers removed)</source>
        <translation>
            <numerusform>%n 個のオブジェクトが元に戻ります（削除マーカーを削除）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) get their old version copied back (%1)</source>
        <translation>
            <numerusform>%n 個のオブジェクトに古いバージョンをコピーし直します（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) created since are deleted</source>
        <translation>
            <numerusform>その後に作成された %n 個のオブジェクトを削除します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n object(s) needs this action.</source>
        <translation>
            <numerusform>%n 個のオブジェクトのいずれにもこの操作は不要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The selection holds no objects.</source>
        <translation>選択範囲にオブジェクトがありません。</translation>
    </message>
    <message>
        <source>Enter a destination bucket.</source>
        <translation>コピー先バケットを入力してください。</translation>
    </message>
    <message>
        <source>The destination is the folder the objects are in.</source>
        <translation>コピー先はオブジェクトがあるフォルダーそのものです。</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n object(s), %1, %2 request(s) (after %3 listing request(s)).</source>
        <translation>
            <numerusform>合計: %n 個のオブジェクト、%1、%2 件のリクエスト（一覧取得リクエスト %3 件の後）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) skipped: the action does not apply to them.</source>
        <translation>
            <numerusform>%n 個のオブジェクトをスキップ: この操作は適用されません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionDialog</name>
    <message>
        <source>New Connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Path style (host/bucket/key)</source>
        <translation>パス形式 (ホスト/バケット/キー)</translation>
    </message>
    <message>
        <source>Virtual-hosted (bucket.host/key)</source>
        <translation>仮想ホスト形式 (バケット.ホスト/キー)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>エンドポイント URL:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>リージョン:</translation>
    </message>
    <message>
        <source>Addressing:</source>
        <translation>アドレス指定:</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>アクセスキー:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>シークレットキー:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>バケット:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>プレフィックス:</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>The endpoint does not know this access key. Check the access key.</source>
        <translation>エンドポイントはこのアクセスキーを認識していません。アクセスキーを確認してください。</translation>
    </message>
    <message>
        <source>The secret key does not match the access key. Check the secret key.</source>
        <translation>シークレットキーがアクセスキーと一致しません。シークレットキーを確認してください。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is too far from the server&apos;s. Correct the clock (or enable time sync).</source>
        <translation>このコンピューターの時計がサーバーと大きくずれています。時計を修正してください (または時刻同期を有効にしてください)。</translation>
    </message>
    <message>
        <source>The host name could not be found (DNS). Check the endpoint URL.</source>
        <translation>ホスト名が見つかりません (DNS)。エンドポイント URL を確認してください。</translation>
    </message>
    <message>
        <source>The connection was refused: nothing listens at that address and port.</source>
        <translation>接続が拒否されました。そのアドレスとポートで待ち受けているものがありません。</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed: %1</source>
        <translation>セキュア接続 (TLS) に失敗しました: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>サーバーに接続できません: %1</translation>
    </message>
    <message>
        <source>The settings are incomplete: %1</source>
        <translation>設定が不完全です: %1</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>テスト中...</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>接続できました。</translation>
    </message>
    <message>
        <source>The secret key could not be stored: %1</source>
        <translation>シークレットキーを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionModel</name>
    <message>
        <source>Local sandbox</source>
        <translation>ローカルサンドボックス</translation>
    </message>
    <message>
        <source>%1 (starting...)</source>
        <translation>%1 (起動中...)</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (利用不可)</translation>
    </message>
</context>
<context>
    <name>Gui::CreateBucketDialog</name>
    <message>
        <source>Create Bucket</source>
        <translation>バケットを作成</translation>
    </message>
    <message>
        <source>Bucket name:</source>
        <translation>バケット名:</translation>
    </message>
    <message>
        <source>e.g. my-photos-2024</source>
        <translation>例: my-photos-2024</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <source>A bucket name needs at least 3 characters.</source>
        <translation>バケット名は 3 文字以上必要です。</translation>
    </message>
    <message>
        <source>A bucket name has at most 63 characters.</source>
        <translation>バケット名は 63 文字以内です。</translation>
    </message>
    <message>
        <source>Use lower-case letters only.</source>
        <translation>小文字のみを使用してください。</translation>
    </message>
    <message>
        <source>Only lower-case letters, digits, dots and hyphens are allowed (&quot;%1&quot; is not).</source>
        <translation>使用できるのは小文字、数字、ドット、ハイフンのみです (「%1」は使用できません)。</translation>
    </message>
    <message>
        <source>A bucket name must start and end with a letter or digit.</source>
        <translation>バケット名は英字または数字で始まり、英字または数字で終わる必要があります。</translation>
    </message>
    <message>
        <source>A bucket name cannot contain two dots in a row.</source>
        <translation>バケット名にドットを 2 つ続けて含めることはできません。</translation>
    </message>
    <message>
        <source>A bucket name cannot look like an IP address.</source>
        <translation>バケット名を IP アドレスのような形式にすることはできません。</translation>
    </message>
    <message>
        <source>This name breaks S3&apos;s bucket naming rules.</source>
        <translation>この名前は S3 のバケット命名規則に違反しています。</translation>
    </message>
    <message>
        <source>This name is valid.</source>
        <translation>この名前は有効です。</translation>
    </message>
</context>
<context>
    <name>Gui::DetailsPane</name>
    <message>
        <source>No object selected</source>
        <translation>オブジェクトが選択されていません</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>エラー:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>更新日時:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>タイプ:</translation>
    </message>
    <message>
        <source>Storage class:</source>
        <translation>ストレージクラス:</translation>
    </message>
    <message>
        <source>ETag:</source>
        <translation>ETag:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>復元:</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>タグなし</translation>
    </message>
    <message>
        <source>Tags:
%1</source>
        <translation>タグ:
%1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Version ID</source>
        <translation>バージョン ID</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>ダウンロード…</translation>
    </message>
    <message>
        <source>Restore as latest</source>
        <translation>最新として復元</translation>
    </message>
    <message>
        <source>Copy this version onto the object so that it becomes the latest version</source>
        <translation>このバージョンをオブジェクトにコピーして最新バージョンにします</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>バージョンを削除</translation>
    </message>
    <message>
        <source>Download Version</source>
        <translation>バージョンのダウンロード</translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation>バージョンの削除</translation>
    </message>
    <message>
        <source>Delete version %1 of “%2” permanently? This cannot be undone.</source>
        <translation>「%2」のバージョン %1 を完全に削除しますか？元に戻すことはできません。</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1（最新）</translation>
    </message>
    <message>
        <source>Delete marker</source>
        <translation>削除マーカー</translation>
    </message>
</context>
<context>
    <name>Gui::EditablePolicy</name>
    <message>
        <source>Expected a string or an array of strings</source>
        <translation>文字列または文字列の配列が必要です</translation>
    </message>
    <message>
        <source>Expected a string</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <source>A statement must be an object</source>
        <translation>ステートメントはオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>Condition must be an object</source>
        <translation>Condition はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>A condition operator must hold an object</source>
        <translation>条件演算子はオブジェクトを持つ必要があります</translation>
    </message>
    <message>
        <source>A policy must be a JSON object</source>
        <translation>ポリシーは JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>Statement must be an object or an array</source>
        <translation>Statement はオブジェクトまたは配列である必要があります</translation>
    </message>
</context>
<context>
    <name>Gui::ErrorText</name>
    <message>
        <source>Access denied. The keys of this connection are not allowed to do this.</source>
        <translation>アクセスが拒否されました。この接続のキーにはこの操作の権限がありません。</translation>
    </message>
    <message>
        <source>The access key is not known to this endpoint.</source>
        <translation>このアクセスキーはこのエンドポイントで認識されていません。</translation>
    </message>
    <message>
        <source>The secret key does not match the access key.</source>
        <translation>シークレットキーがアクセスキーと一致しません。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from the server&apos;s. Correct the clock and try again.</source>
        <translation>このコンピューターの時計がサーバーと大きくずれています。時計を修正してから再試行してください。</translation>
    </message>
    <message>
        <source>The bucket does not exist.</source>
        <translation>バケットが存在しません。</translation>
    </message>
    <message>
        <source>The object does not exist.</source>
        <translation>オブジェクトが存在しません。</translation>
    </message>
    <message>
        <source>That version of the object does not exist.</source>
        <translation>そのバージョンのオブジェクトは存在しません。</translation>
    </message>
    <message>
        <source>The bucket is not empty.</source>
        <translation>バケットが空ではありません。</translation>
    </message>
    <message>
        <source>That bucket name is taken. Bucket names are shared by all users of the endpoint.</source>
        <translation>そのバケット名は使用されています。バケット名はエンドポイントのすべてのユーザーで共有されます。</translation>
    </message>
    <message>
        <source>You already own a bucket with that name.</source>
        <translation>その名前のバケットはすでに所有しています。</translation>
    </message>
    <message>
        <source>That is not a valid bucket name.</source>
        <translation>有効なバケット名ではありません。</translation>
    </message>
    <message>
        <source>The object is archived. Restore it before reading it.</source>
        <translation>オブジェクトはアーカイブされています。読み取る前に復元してください。</translation>
    </message>
    <message>
        <source>The object name is longer than 1024 bytes.</source>
        <translation>オブジェクト名が 1024 バイトを超えています。</translation>
    </message>
    <message>
        <source>The file is too large for a single upload.</source>
        <translation>ファイルが大きすぎて 1 回のアップロードでは送れません。</translation>
    </message>
    <message>
        <source>The policy is not valid.</source>
        <translation>ポリシーが無効です。</translation>
    </message>
    <message>
        <source>The server did not accept the document.</source>
        <translation>サーバーがドキュメントを受け付けませんでした。</translation>
    </message>
    <message>
        <source>This endpoint does not support this feature.</source>
        <translation>このエンドポイントはこの機能をサポートしていません。</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>サーバーが混み合っています。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>サーバーに接続できません。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>A local file could not be read or written.</source>
        <translation>ローカルファイルの読み取りまたは書き込みができませんでした。</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>操作に失敗しました。</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
</context>
<context>
    <name>Gui::Format</name>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>Gui::LifecycleEditorDialog</name>
    <message>
        <source>Lifecycle rules - %1</source>
        <translation>ライフサイクルルール - %1</translation>
    </message>
    <message>
        <source>Lifecycle rules of bucket &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>バケット &lt;b&gt;%1&lt;/b&gt; のライフサイクルルール</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Archive logs (logs/: IA at 30 days, Glacier at 90, expire at 365)</source>
        <translation>ログをアーカイブ (logs/: 30 日で IA、90 日で Glacier、365 日で有効期限切れ)</translation>
    </message>
    <message>
        <source>Expire a temp/ prefix after 7 days</source>
        <translation>temp/ プレフィックスを 7 日後に有効期限切れにする</translation>
    </message>
    <message>
        <source>Clean incomplete multipart uploads after 7 days</source>
        <translation>不完全なマルチパートアップロードを 7 日後に削除</translation>
    </message>
    <message>
        <source>Keep 3 noncurrent versions</source>
        <translation>非現行バージョンを 3 つ保持</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>インポート...</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>エクスポート...</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>The configuration as `aws s3api put-bucket-lifecycle-configuration` reads it. Edits here update the form.</source>
        <translation>`aws s3api put-bucket-lifecycle-configuration` が読み込む形式の設定です。ここでの編集はフォームに反映されます。</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Apply to bucket</source>
        <translation>バケットに適用</translation>
    </message>
    <message>
        <source>Import lifecycle configuration</source>
        <translation>ライフサイクル設定をインポート</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export lifecycle configuration</source>
        <translation>ライフサイクル設定をエクスポート</translation>
    </message>
    <message>
        <source>Loading the lifecycle configuration...</source>
        <translation>ライフサイクル設定を読み込んでいます...</translation>
    </message>
    <message>
        <source>The bucket has no lifecycle rules yet.</source>
        <translation>このバケットにはまだライフサイクルルールがありません。</translation>
    </message>
    <message>
        <source>Could not load the lifecycle configuration: %1</source>
        <translation>ライフサイクル設定を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The bucket&apos;s lifecycle configuration cannot be read: %1</source>
        <translation>バケットのライフサイクル設定を読み取れません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n rule(s).</source>
        <translation>
            <numerusform>%n 個のルールを読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>適用中...</translation>
    </message>
    <message>
        <source>The server refused the configuration: %1
%2</source>
        <translation>サーバーが設定を拒否しました: %1
%2</translation>
    </message>
    <message>
        <source>The lifecycle configuration was deleted.</source>
        <translation>ライフサイクル設定を削除しました。</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n rule(s) to the bucket.</source>
        <translation>
            <numerusform>%n 個のルールをバケットに適用しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>有効化</translation>
    </message>
    <message>
        <source>The JSON cannot be read, so the form is locked until it is fixed: %1</source>
        <translation>JSON を読み取れないため、修正されるまでフォームはロックされます: %1</translation>
    </message>
    <message>
        <source>Locked while the JSON has an error</source>
        <translation>JSON にエラーがある間はロックされます</translation>
    </message>
    <message>
        <source>(rule %1, no ID)</source>
        <translation>(ルール %1、ID なし)</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (無効)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), no problems found.</source>
        <translation>
            <numerusform>%n 個のルール、問題は見つかりませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the server will refuse this configuration. First: %1</source>
        <translation>
            <numerusform>%n 件の問題: サーバーはこの設定を拒否します。最初の問題: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a lifecycle configuration.</source>
        <translation>%1 はライフサイクル設定としては大きすぎます。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
</context>
<context>
    <name>Gui::LifecyclePreviewWidget</name>
    <message numerus="yes">
        <source>%n object(s), %1</source>
        <translation>
            <numerusform>%n 個のオブジェクト、%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample up to</source>
        <translation>サンプル上限</translation>
    </message>
    <message>
        <source> objects</source>
        <translation> 個のオブジェクト</translation>
    </message>
    <message>
        <source>List objects and preview</source>
        <translation>オブジェクトを一覧表示してプレビュー</translation>
    </message>
    <message>
        <source>Press the button to list the bucket&apos;s objects.</source>
        <translation>ボタンを押すとバケットのオブジェクトを一覧表示します。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>今後 30 日間</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>今後 90 日間</translation>
    </message>
    <message>
        <source>Next 365 days</source>
        <translation>今後 365 日間</translation>
    </message>
    <message>
        <source>Affected keys within 365 days (of the sample):</source>
        <translation>365 日以内に影響を受けるキー (サンプル中):</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Listing objects...</source>
        <translation>オブジェクトを一覧表示しています...</translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation>一覧表示に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Listing objects... %n so far</source>
        <translation>
            <numerusform>オブジェクトを一覧表示しています... 現在 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample: the first %n object(s) of the bucket (it has more); counts cover the sample only.</source>
        <translation>
            <numerusform>サンプル: バケットの最初の %n 個のオブジェクト (ほかにもあります)。件数はサンプルのみを対象としています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n object(s) of the bucket were listed.</source>
        <translation>
            <numerusform>バケットの全 %n 個のオブジェクトを一覧表示しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags are not listed, so rules filtering on tags match no sampled object.</source>
        <translation>タグは一覧表示されないため、タグでフィルタリングするルールはサンプル中のどのオブジェクトにも一致しません。</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>%1 に移動</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>有効期限切れ</translation>
    </message>
    <message>
        <source>Delete noncurrent versions</source>
        <translation>非現行バージョンを削除</translation>
    </message>
    <message>
        <source>Remove delete markers</source>
        <translation>削除マーカーを削除</translation>
    </message>
    <message>
        <source>Abort uploads</source>
        <translation>アップロードを中止</translation>
    </message>
</context>
<context>
    <name>Gui::LifecycleRuleForm</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>generated by the server when empty</source>
        <translation>空の場合はサーバーが生成します</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Rule ID:</source>
        <translation>ルール ID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Filter (objects the rule applies to)</source>
        <translation>フィルター (ルールを適用するオブジェクト)</translation>
    </message>
    <message>
        <source>all objects when empty, e.g. logs/</source>
        <translation>空の場合はすべてのオブジェクト。例: logs/</translation>
    </message>
    <message>
        <source>Key prefix:</source>
        <translation>キーのプレフィックス:</translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>タグキー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <source>larger than</source>
        <translation>より大きい</translation>
    </message>
    <message>
        <source>smaller than</source>
        <translation>より小さい</translation>
    </message>
    <message>
        <source>Object size:</source>
        <translation>オブジェクトサイズ:</translation>
    </message>
    <message>
        <source>Current versions</source>
        <translation>現行バージョン</translation>
    </message>
    <message>
        <source>Transitions (days after creation, or a date):</source>
        <translation>移行 (作成後の日数、または日付):</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日付 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>ストレージクラス</translation>
    </message>
    <message>
        <source>Never expire</source>
        <translation>有効期限なし</translation>
    </message>
    <message>
        <source>Expire after days</source>
        <translation>日数で有効期限切れ</translation>
    </message>
    <message>
        <source>Expire on date</source>
        <translation>日付で有効期限切れ</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Remove expired object delete markers</source>
        <translation>期限切れのオブジェクト削除マーカーを削除</translation>
    </message>
    <message>
        <source>Noncurrent versions (versioned buckets)</source>
        <translation>非現行バージョン (バージョニングが有効なバケット)</translation>
    </message>
    <message>
        <source>Days noncurrent</source>
        <translation>非現行になってからの日数</translation>
    </message>
    <message>
        <source>Keep newer versions</source>
        <translation>保持する新しいバージョン数</translation>
    </message>
    <message>
        <source>Delete noncurrent versions after</source>
        <translation>次の期間後に非現行バージョンを削除</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>keep newer versions:</source>
        <translation>保持する新しいバージョン数:</translation>
    </message>
    <message>
        <source>Abort incomplete multipart uploads after</source>
        <translation>次の期間後に不完全なマルチパートアップロードを中止</translation>
    </message>
</context>
<context>
    <name>Gui::LifecycleTimelineWidget</name>
    <message>
        <source>Expired</source>
        <translation>有効期限切れ</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days on the timeline axis</comment>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>No rules</source>
        <translation>ルールなし</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>ルール %1</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (無効)</translation>
    </message>
    <message>
        <source>noncurrent</source>
        <translation>非現行</translation>
    </message>
    <message>
        <source>noncurrent versions</source>
        <translation>非現行バージョン</translation>
    </message>
    <message>
        <source>current version</source>
        <translation>現行バージョン</translation>
    </message>
    <message>
        <source>from day %1</source>
        <translation>%1 日目から</translation>
    </message>
    <message>
        <source>days %1 to %2</source>
        <translation>%1 日目から %2 日目</translation>
    </message>
    <message>
        <source>Day %1 (%2)
%3: %4, %5</source>
        <translation>%1 日目 (%2)
%3: %4、%5</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>Pail</source>
        <translation>Pail</translation>
    </message>
    <message>
        <source>New &amp;Connection...</source>
        <translation>新しい接続(&amp;C)...</translation>
    </message>
    <message>
        <source>Create &amp;Bucket...</source>
        <translation>バケットを作成(&amp;B)...</translation>
    </message>
    <message>
        <source>Delete Bucket...</source>
        <translation>バケットを削除...</translation>
    </message>
    <message>
        <source>&amp;Upload Files...</source>
        <translation>ファイルをアップロード(&amp;U)...</translation>
    </message>
    <message>
        <source>Upload &amp;Folder...</source>
        <translation>フォルダーをアップロード(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Download To...</source>
        <translation>ダウンロード先を指定(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;New Folder...</source>
        <translation>新しいフォルダー(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>名前を変更(&amp;R)...</translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation>削除(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>削除を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Link...</source>
        <translation>リンクをコピー(&amp;L)...</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>設定(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Pail</source>
        <translation>Pail について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>戻る (Alt+←)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>進む (Alt+→)</translation>
    </message>
    <message>
        <source>Up (Alt+Up)</source>
        <translation>上へ (Alt+↑)</translation>
    </message>
    <message>
        <source>Listing failed: %1 (press F5 to retry)</source>
        <translation>一覧表示に失敗しました: %1 (F5 キーで再試行)</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>ローカルサンドボックス</translation>
    </message>
    <message>
        <source>AWS: %1</source>
        <translation>AWS: %1</translation>
    </message>
    <message>
        <source>Select or create a bucket.</source>
        <translation>バケットを選択または作成してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded, loading more...</source>
        <translation>
            <numerusform>%n 個の項目を読み込みました。さらに読み込んでいます...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded, more on scroll (sorting covers loaded items only)</source>
        <translation>
            <numerusform>%n 個の項目を読み込みました。スクロールすると続きを読み込みます (並べ替えは読み込み済みの項目のみが対象)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 個の項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected (%1)</source>
        <translation>
            <numerusform>%n 個を選択 (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Starting sandbox...</source>
        <translation>サンドボックスを起動しています...</translation>
    </message>
    <message>
        <source>%1: unavailable</source>
        <translation>%1: 利用不可</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1: 接続済み</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; could not be created.</source>
        <translation>バケット「%1」を作成できませんでした。</translation>
    </message>
    <message>
        <source>Bucket &quot;%1&quot; created. Drop files here to upload them.</source>
        <translation>バケット「%1」を作成しました。ここにファイルをドロップするとアップロードされます。</translation>
    </message>
    <message>
        <source>Could not look into the bucket &quot;%1&quot;.</source>
        <translation>バケット「%1」の中身を確認できませんでした。</translation>
    </message>
    <message>
        <source>more than 1000 objects</source>
        <translation>1000 個を超えるオブジェクト</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクト</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Bucket</source>
        <translation>バケットを削除</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; still holds %2. Delete them first, then delete the bucket.</source>
        <translation>バケット「%1」にはまだ %2 が含まれています。先にそれらを削除してから、バケットを削除してください。</translation>
    </message>
    <message>
        <source>Delete the empty bucket &quot;%1&quot;?</source>
        <translation>空のバケット「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; could not be deleted.</source>
        <translation>バケット「%1」を削除できませんでした。</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>No credential store is available to keep the secret key.</source>
        <translation>シークレットキーを保管できる認証情報ストアがありません。</translation>
    </message>
    <message>
        <source>The connection could not be saved.</source>
        <translation>接続を保存できませんでした。</translation>
    </message>
    <message>
        <source>Upload Files</source>
        <translation>ファイルをアップロード</translation>
    </message>
    <message>
        <source>Upload Folder</source>
        <translation>フォルダーをアップロード</translation>
    </message>
    <message>
        <source>Download To</source>
        <translation>ダウンロード先</translation>
    </message>
    <message>
        <source>The folder could not be listed.</source>
        <translation>フォルダーを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新しいフォルダー</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>フォルダー名:</translation>
    </message>
    <message>
        <source>The folder could not be created.</source>
        <translation>フォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <source>S3 cannot rename: this copies %1 of data to the new name and then deletes the old object. Continue?</source>
        <translation>S3 では名前を変更できません。この操作では %1 のデータを新しい名前にコピーしてから古いオブジェクトを削除します。続行しますか?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be renamed.</source>
        <translation>「%1」の名前を変更できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクトを削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (including the contents of %n folder(s))</source>
        <translation>
            <numerusform> (%n 個のフォルダーの中身を含む)</numerusform>
        </translation>
    </message>
    <message>
        <source>This bucket keeps versions: S3 adds a delete marker and keeps the old versions. Undo (Ctrl+Z) removes the markers again.</source>
        <translation>このバケットはバージョンを保持します。S3 は削除マーカーを追加し、古いバージョンを残します。元に戻す (Ctrl+Z) でマーカーを再び削除できます。</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>The objects could not be deleted.</source>
        <translation>オブジェクトを削除できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be deleted.</source>
        <translation>
            <numerusform>%n 個のオブジェクトを削除できませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The delete could not be undone.</source>
        <translation>削除を元に戻せませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n object(s).</source>
        <translation>
            <numerusform>%n 個のオブジェクトを復元しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 日</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>The link works for:</source>
        <translation>リンクの有効期間:</translation>
    </message>
    <message>
        <source>No link could be made.</source>
        <translation>リンクを作成できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied to the clipboard.</source>
        <translation>
            <numerusform>%n 件のリンクをクリップボードにコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Versions</source>
        <translation>バージョンを表示(&amp;V)</translation>
    </message>
    <message>
        <source>List every version and delete marker of the objects</source>
        <translation>オブジェクトのすべてのバージョンと削除マーカーを一覧表示します</translation>
    </message>
    <message>
        <source>Nothing to undo: the delete markers are already gone.</source>
        <translation>元に戻す操作はありません: 削除マーカーはすでに削除されています。</translation>
    </message>
    <message numerus="yes">
        <source>%n delete marker(s) were already gone.</source>
        <translation>
            <numerusform>%n 個の削除マーカーはすでに削除されていました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse at Date</source>
        <translation>日時を指定して表示</translation>
    </message>
    <message>
        <source>Show this folder as it was at:</source>
        <translation>このフォルダーを次の時点の状態で表示:</translation>
    </message>
    <message>
        <source>Showing the objects as they were at %1 (read-only).</source>
        <translation>%1 時点のオブジェクトを表示しています（読み取り専用）。</translation>
    </message>
    <message>
        <source>Browse at &amp;Date…</source>
        <translation>日時を指定して表示(&amp;D)…</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>アップロード完了</translation>
    </message>
    <message>
        <source>%1 (%2) is in %3.</source>
        <translation>%1 (%2) は %3 にあります。</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>ダウンロード完了</translation>
    </message>
    <message>
        <source>%1 (%2) is saved.</source>
        <translation>%1 (%2) を保存しました。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not downloaded: its name cannot be a file name here.</source>
        <translation>「%1」はダウンロードされませんでした: その名前はここではファイル名にできません。</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) not downloaded: their keys cannot be paths inside the folder.</source>
        <translation>
            <numerusform>%n 個のオブジェクトはダウンロードされませんでした: キーをフォルダー内のパスにできません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ObjectListModel</name>
    <message>
        <source>Sorting orders the rows loaded so far; scroll down to load more.</source>
        <translation>並べ替えはこれまでに読み込んだ行のみが対象です。下にスクロールすると続きを読み込みます。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>ストレージクラス</translation>
    </message>
    <message>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <source>%1 (delete marker)</source>
        <translation>%1（削除マーカー）</translation>
    </message>
    <message>
        <source>%1 (older version)</source>
        <translation>%1（旧バージョン）</translation>
    </message>
    <message>
        <source>%1
Version: %2</source>
        <translation>%1
バージョン: %2</translation>
    </message>
</context>
<context>
    <name>Gui::PolicyEditorDialog</name>
    <message>
        <source>Public read of a prefix</source>
        <translation>プレフィックスの公開読み取り</translation>
    </message>
    <message>
        <source>Deny access without TLS</source>
        <translation>TLS なしのアクセスを拒否</translation>
    </message>
    <message>
        <source>Deny unencrypted uploads</source>
        <translation>暗号化されていないアップロードを拒否</translation>
    </message>
    <message>
        <source>Grant a user read/write on a prefix</source>
        <translation>ユーザーにプレフィックスの読み書きを許可</translation>
    </message>
    <message>
        <source>Restrict access to an IP range</source>
        <translation>アクセスを IP 範囲に制限</translation>
    </message>
    <message>
        <source>Read-only for a user</source>
        <translation>ユーザーに読み取り専用</translation>
    </message>
    <message>
        <source>Write-only drop box for a user</source>
        <translation>ユーザー用の書き込み専用ドロップボックス</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>バケット:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>プレフィックス:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>アカウント ID:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <source>Address range (CIDR):</source>
        <translation>アドレス範囲 (CIDR):</translation>
    </message>
    <message>
        <source>Bucket policy - %1</source>
        <translation>バケットポリシー - %1</translation>
    </message>
    <message>
        <source>Bucket policy of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>バケット &lt;b&gt;%1&lt;/b&gt; のポリシー</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Sid</source>
        <translation>Sid</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>効果</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>プリンシパル</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Edit a cell to change the statement. Lists are separated by commas; &quot;NOT &quot; in front writes NotPrincipal, NotAction or NotResource.</source>
        <translation>セルを編集するとステートメントが変わります。リストはカンマ区切りです。先頭に &quot;NOT &quot; を付けると NotPrincipal、NotAction、NotResource になります。</translation>
    </message>
    <message>
        <source>Conditions of the selected statement (all must hold):</source>
        <translation>選択したステートメントの条件（すべて満たす必要があります）:</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>演算子</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>条件を追加</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>条件を削除</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>ステートメントを追加</translation>
    </message>
    <message>
        <source>Remove statement</source>
        <translation>ステートメントを削除</translation>
    </message>
    <message>
        <source>Actions...</source>
        <translation>アクション...</translation>
    </message>
    <message>
        <source>Resources...</source>
        <translation>リソース...</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>ステートメント</translation>
    </message>
    <message>
        <source>The policy as `aws s3api put-bucket-policy` reads it. Edits here update the table.</source>
        <translation>`aws s3api put-bucket-policy` が読む形式のポリシー。ここでの編集は表に反映されます。</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Anonymous (no credentials)</source>
        <translation>匿名（認証情報なし）</translation>
    </message>
    <message>
        <source>Account root (bucket owner)</source>
        <translation>アカウントのルート（バケット所有者）</translation>
    </message>
    <message>
        <source>IAM ARN...</source>
        <translation>IAM ARN...</translation>
    </message>
    <message>
        <source>empty: the bucket itself</source>
        <translation>空: バケット自体</translation>
    </message>
    <message>
        <source>s3:prefix of a listing (empty: not set)</source>
        <translation>一覧の s3:prefix（空: 未設定）</translation>
    </message>
    <message>
        <source>The request arrives over TLS (aws:SecureTransport)</source>
        <translation>リクエストは TLS 経由で届く (aws:SecureTransport)</translation>
    </message>
    <message>
        <source>Principal:</source>
        <translation>プリンシパル:</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>アクション:</translation>
    </message>
    <message>
        <source>Object key:</source>
        <translation>オブジェクトキー:</translation>
    </message>
    <message>
        <source>List prefix:</source>
        <translation>一覧のプレフィックス:</translation>
    </message>
    <message>
        <source>Source IP:</source>
        <translation>送信元 IP:</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>シミュレート</translation>
    </message>
    <message>
        <source>The simulator evaluates the policy in this editor (also before it is applied), as the server evaluates requests. The deciding statement is highlighted in the Statements table.</source>
        <translation>シミュレーターはこのエディターのポリシーを（適用前でも）サーバーと同じ方法で評価します。決定したステートメントはステートメント表で強調表示されます。</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>シミュレーター</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>ポリシーを削除</translation>
    </message>
    <message>
        <source>Apply to bucket</source>
        <translation>バケットに適用</translation>
    </message>
    <message>
        <source>Loading the bucket policy...</source>
        <translation>バケットポリシーを読み込み中...</translation>
    </message>
    <message>
        <source>The bucket has no policy yet.</source>
        <translation>このバケットにはまだポリシーがありません。</translation>
    </message>
    <message>
        <source>Could not load the bucket policy: %1</source>
        <translation>バケットポリシーを読み込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n statement(s).</source>
        <translation>
            <numerusform>%n 個のステートメントを読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>適用中...</translation>
    </message>
    <message>
        <source>The server refused the policy: %1
%2</source>
        <translation>サーバーがポリシーを拒否しました: %1
%2</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n statement(s) to the bucket.</source>
        <translation>
            <numerusform>%n 個のステートメントをバケットに適用しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the bucket policy...</source>
        <translation>バケットポリシーを削除中...</translation>
    </message>
    <message>
        <source>The server refused to delete the policy: %1
%2</source>
        <translation>サーバーがポリシーの削除を拒否しました: %1
%2</translation>
    </message>
    <message>
        <source>The bucket policy was deleted.</source>
        <translation>バケットポリシーを削除しました。</translation>
    </message>
    <message>
        <source>Edit the conditions in the table below.</source>
        <translation>条件は下の表で編集します。</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3. The table is locked until the JSON is fixed.</source>
        <translation>%1 行 %2 列: %3。JSON が修正されるまで表はロックされます。</translation>
    </message>
    <message>
        <source>Locked while the JSON has an error</source>
        <translation>JSON にエラーがある間はロックされます</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>%1 行 %2 列: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s), no problems found.</source>
        <translation>
            <numerusform>%n 個のステートメント、問題は見つかりません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the server will refuse this policy.</source>
        <translation>
            <numerusform>%n 件の問題: サーバーはこのポリシーを拒否します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>ステートメント %1</translation>
    </message>
    <message>
        <source>Statement %1 (%2)</source>
        <translation>ステートメント %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;anyone on the internet, also without credentials&lt;/b&gt;</source>
        <translation>&lt;b&gt;インターネット上の誰でも（認証情報なしでも）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;everyone except %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 以外の全員&lt;/b&gt;</translation>
    </message>
    <message>
        <source>every action except %1</source>
        <translation>%1 以外のすべてのアクション</translation>
    </message>
    <message>
        <source>everything except %1</source>
        <translation>%1 以外のすべて</translation>
    </message>
    <message>
        <source>%1 lets %2 do %3 on %4</source>
        <translation>%1 は %2 に %4 への %3 を許可します</translation>
    </message>
    <message>
        <source>, when %1</source>
        <translation>（条件: %1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;This policy makes the bucket public.&lt;/b&gt;</source>
        <translation>&lt;b&gt;このポリシーはバケットを公開します。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Added the template &quot;%1&quot;. Apply to send it to the bucket.</source>
        <translation>テンプレート「%1」を追加しました。適用するとバケットに送信されます。</translation>
    </message>
    <message>
        <source>Sandbox user %1</source>
        <translation>サンドボックスユーザー %1</translation>
    </message>
    <message>
        <source>Fix the policy first</source>
        <translation>先にポリシーを修正してください</translation>
    </message>
    <message>
        <source>Reading the user&apos;s policies...</source>
        <translation>ユーザーのポリシーを読み込み中...</translation>
    </message>
    <message>
        <source>Could not read the user&apos;s policies: %1</source>
        <translation>ユーザーのポリシーを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Deny (explicit)</source>
        <translation>拒否（明示的）</translation>
    </message>
    <message>
        <source>Deny (no statement allows it)</source>
        <translation>拒否（許可するステートメントなし）</translation>
    </message>
    <message>
        <source>Request: %1 %2 on %3</source>
        <translation>リクエスト: %1 %2（対象 %3）</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Decided by: the account root (allowed unless the bucket policy denies explicitly)</source>
        <translation>決定: アカウントのルート（バケットポリシーが明示的に拒否しない限り許可）</translation>
    </message>
    <message>
        <source>Decided by the user&apos;s identity policy &quot;%1&quot;, statement %2.</source>
        <translation>ユーザーの ID ポリシー「%1」のステートメント %2 で決定されました。</translation>
    </message>
    <message>
        <source>This endpoint does not support bucket policies (it answered the capability probe with NotImplemented). The editor and the simulator still work on the text.</source>
        <translation>このエンドポイントはバケットポリシーをサポートしていません（機能の確認に NotImplemented で応答しました）。エディターとシミュレーターはテキストに対して引き続き動作します。</translation>
    </message>
</context>
<context>
    <name>Gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>システムの既定 (%1)</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>配色(&amp;C):</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>A new language applies at once to the menus, the toolbar, the status bar and the column headers. Panels and dialogs that are already open, and the details pane, show it after Pail is restarted.</source>
        <translation>新しい言語はメニュー、ツールバー、ステータスバー、列見出しにすぐに適用されます。すでに開いているパネルやダイアログ、および詳細ペインには Pail の再起動後に適用されます。</translation>
    </message>
    <message>
        <source>The language applies after Pail is restarted.</source>
        <translation>言語は Pail の再起動後に適用されます。</translation>
    </message>
</context>
<context>
    <name>Gui::ResourcePickerDialog</name>
    <message>
        <source>Choose resources</source>
        <translation>リソースを選択</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>バケット:</translation>
    </message>
    <message>
        <source>The bucket itself (listing, bucket settings)</source>
        <translation>バケット自体（一覧、バケット設定）</translation>
    </message>
    <message>
        <source>All objects in the bucket</source>
        <translation>バケット内のすべてのオブジェクト</translation>
    </message>
    <message>
        <source>Objects under a prefix:</source>
        <translation>プレフィックス配下のオブジェクト:</translation>
    </message>
    <message>
        <source>e.g. public/</source>
        <translation>例: public/</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxMenu</name>
    <message>
        <source>&amp;Sandbox</source>
        <translation>サンドボックス(&amp;S)</translation>
    </message>
    <message>
        <source>Sandbox &amp;panel...</source>
        <translation>サンドボックスパネル(&amp;P)...</translation>
    </message>
    <message>
        <source>Serve the local sandbox on a port, with its keys, request log, clock and storage</source>
        <translation>ローカルサンドボックスをポートで公開 (キー、リクエストログ、時計、ストレージ)</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxPanel</name>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>エンドポイント URL:</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>アクセスキー ID:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>シークレットアクセスキー:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>リージョン:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>リクエストログ</translation>
    </message>
    <message>
        <source>aws-cli</source>
        <translation>aws-cli</translation>
    </message>
    <message>
        <source>boto3</source>
        <translation>boto3</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;&amp;#9679; Running&lt;/b&gt; on %1</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;&amp;#9679; 実行中&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#777&apos;&gt;&amp;#9679; Stopped&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#777&apos;&gt;&amp;#9679; 停止&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;&amp;#9679; Stopped:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;&amp;#9679; 停止:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1
operation: %2
request id: %3
bytes in/out: %4/%5</source>
        <translation>%1
操作: %2
リクエスト ID: %3
受信/送信バイト数: %4/%5</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>空いている任意のポート</translation>
    </message>
    <message>
        <source>Reachable from other computers</source>
        <translation>他のコンピューターから接続可能</translation>
    </message>
    <message>
        <source>Off: the server listens on 127.0.0.1 only (this computer). On: on every network interface; anyone who can reach the port and has the keys can use it.</source>
        <translation>オフ: サーバーは 127.0.0.1 (このコンピューター) のみで待ち受けます。オン: すべてのネットワークインターフェイスで待ち受け、ポートに到達できキーを持つ誰でも使えます。</translation>
    </message>
    <message>
        <source>HTTPS (self-signed certificate)</source>
        <translation>HTTPS (自己署名証明書)</translation>
    </message>
    <message>
        <source>A certificate for localhost, 127.0.0.1 and ::1 is generated in the sandbox&apos;s data directory; clients must trust it (see the snippets).</source>
        <translation>localhost、127.0.0.1、::1 用の証明書がサンドボックスのデータディレクトリに生成されます。クライアントはそれを信頼する必要があります (スニペットを参照)。</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>証明書:</translation>
    </message>
    <message>
        <source>Filter by method, path, status or user</source>
        <translation>メソッド、パス、ステータス、ユーザーで絞り込み</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>アクセスキー ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>実時間</translation>
    </message>
    <message>
        <source>Real seconds per simulated day: 60 makes a day pass every minute, so lifecycle rules and presigned link expiry can be watched.</source>
        <translation>シミュレートする 1 日あたりの実時間の秒数: 60 なら 1 分ごとに 1 日進み、ライフサイクルルールや署名付きリンクの期限切れを観察できます。</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>設定</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>進める</translation>
    </message>
    <message>
        <source>Sandbox time:</source>
        <translation>サンドボックス時刻:</translation>
    </message>
    <message>
        <source>Day length:</source>
        <translation>1 日の長さ:</translation>
    </message>
    <message>
        <source>Jump ahead:</source>
        <translation>先に進める:</translation>
    </message>
    <message>
        <source>Time only moves forward. Lifecycle rules run right after a jump; object dates, restores and presigned URL expiry follow the sandbox time.</source>
        <translation>時間は進むだけです。ジャンプ直後にライフサイクルルールが実行され、オブジェクトの日付、復元、署名付き URL の期限はサンドボックス時刻に従います。</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>時計</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>any free port (now %1)</source>
        <translation>空いている任意のポート (現在 %1)</translation>
    </message>
    <message>
        <source>plain HTTP: no certificate</source>
        <translation>通常の HTTP: 証明書なし</translation>
    </message>
    <message>
        <source>account root (full access)</source>
        <translation>アカウントのルート (フルアクセス)</translation>
    </message>
    <message>
        <source>user (access from policies)</source>
        <translation>ユーザー (ポリシーによるアクセス)</translation>
    </message>
    <message>
        <source>Not counted yet: press Refresh.</source>
        <translation>未集計です: 「更新」を押してください。</translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>サーバーは実行されていません。</translation>
    </message>
    <message>
        <source>This server has no sandbox clock.</source>
        <translation>このサーバーにはサンドボックス時計がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 UTC (%n day(s) ahead of real time)</source>
        <translation>
            <numerusform>%1 UTC (実時間より %n 日先)</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Identity policies</source>
        <translation>アイデンティティポリシー</translation>
    </message>
    <message>
        <source>New user name (A-Z a-z 0-9 +=,.@_-)</source>
        <translation>新しいユーザー名 (A-Z a-z 0-9 +=,.@_-)</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>ユーザーを追加</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>ユーザーを削除</translation>
    </message>
    <message>
        <source>The keys of a new user are shown here once</source>
        <translation>新しいユーザーのキーはここに一度だけ表示されます</translation>
    </message>
    <message>
        <source>Could not list the users: %1</source>
        <translation>ユーザーを一覧できませんでした: %1</translation>
    </message>
    <message>
        <source>The server refused the user: %1
%2</source>
        <translation>サーバーがユーザーを拒否しました: %1
%2</translation>
    </message>
    <message>
        <source>User %1 added. It can do nothing until an identity or bucket policy allows it; copy its keys now (access key ID, then secret), they are not shown again.</source>
        <translation>ユーザー %1 を追加しました。アイデンティティポリシーまたはバケットポリシーで許可されるまで何もできません。キー (アクセスキー ID、続いてシークレット) を今コピーしてください。再表示されません。</translation>
    </message>
    <message>
        <source>User %1 removed.</source>
        <translation>ユーザー %1 を削除しました。</translation>
    </message>
    <message>
        <source>The server refused: %1
%2</source>
        <translation>サーバーが拒否しました: %1
%2</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxWindow</name>
    <message>
        <source>Local sandbox</source>
        <translation>ローカルサンドボックス</translation>
    </message>
</context>
<context>
    <name>Gui::ShareDialog</name>
    <message>
        <source>Share - %1</source>
        <translation>共有 - %1</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>オブジェクト:</translation>
    </message>
    <message>
        <source>Download (GET)</source>
        <translation>ダウンロード (GET)</translation>
    </message>
    <message>
        <source>Upload (PUT)</source>
        <translation>アップロード (PUT)</translation>
    </message>
    <message>
        <source>Link lets others:</source>
        <translation>リンクで許可する操作:</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>7 days (maximum)</source>
        <translation>7 日 (最大)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Expires after:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <source>optional: the name the browser saves it as</source>
        <translation>省略可: ブラウザーが保存するときのファイル名</translation>
    </message>
    <message>
        <source>Download as:</source>
        <translation>ダウンロード時の名前:</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>リンクを作成</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>リンク:</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR コード</translation>
    </message>
    <message>
        <source>Links handed out (still valid):</source>
        <translation>発行済みのリンク (有効なもの):</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>A presigned link can last at most 7 days (a limit of AWS Signature Version 4).</source>
        <translation>署名付きリンクの有効期間は最大 7 日です (AWS 署名バージョン 4 の制限)。</translation>
    </message>
    <message>
        <source>Cannot create the link: %1</source>
        <translation>リンクを作成できません: %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>%1 まで有効</translation>
    </message>
    <message>
        <source>Too long for a QR code</source>
        <translation>QR コードにするには長すぎます</translation>
    </message>
    <message>
        <source>Double-click to copy</source>
        <translation>ダブルクリックでコピー</translation>
    </message>
</context>
<context>
    <name>Gui::StorageChart</name>
    <message>
        <source>Storage per bucket and class</source>
        <translation>バケットとクラスごとのストレージ</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>集計中...</translation>
    </message>
    <message>
        <source>Could not list the buckets: %1</source>
        <translation>バケットを一覧できませんでした: %1</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s), %1 in total.</source>
        <translation>
            <numerusform>%n 個のバケット、合計 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted from the first %1 objects only: %2.</source>
        <translation>最初の %1 個のオブジェクトのみで集計: %2。</translation>
    </message>
</context>
<context>
    <name>Gui::TransferDock</name>
    <message>
        <source>Transfers</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>完了した項目を消去</translation>
    </message>
</context>
<context>
    <name>Gui::TransferModel</name>
    <message>
        <source>%1 → %2/%3</source>
        <translation>%1 → %2/%3</translation>
    </message>
    <message>
        <source>%2/%3 → %1</source>
        <translation>%2/%3 → %1</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>失敗 (%1): %2</translation>
    </message>
    <message>
        <source>Bulk job</source>
        <translation>一括ジョブ</translation>
    </message>
    <message>
        <source>%1 objects/s</source>
        <translation>%1 オブジェクト/秒</translation>
    </message>
</context>
</TS>
