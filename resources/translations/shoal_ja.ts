<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Findings</name>
    <message>
        <source>An attachment is a disk image</source>
        <translation>添付ファイルがディスクイメージです</translation>
    </message>
    <message>
        <source>An attachment is a Windows shortcut</source>
        <translation>添付ファイルが Windows のショートカットです</translation>
    </message>
    <message>
        <source>The Date header is far from when the mail was first received</source>
        <translation>Date ヘッダーが最初の受信時刻から大きくずれています</translation>
    </message>
    <message>
        <source>A file name hides its real extension with right-to-left characters</source>
        <translation>ファイル名が右から左への制御文字で本当の拡張子を隠しています</translation>
    </message>
    <message>
        <source>A file name has a document extension before the real one</source>
        <translation>ファイル名の本当の拡張子の前に文書の拡張子が付いています</translation>
    </message>
    <message>
        <source>The display name shows an address that is not the real one</source>
        <translation>表示名に実際とは異なるアドレスが書かれています</translation>
    </message>
    <message>
        <source>An attachment is encrypted: its content cannot be checked</source>
        <translation>添付ファイルが暗号化されていて、中身を確認できません</translation>
    </message>
    <message>
        <source>An attachment is a program</source>
        <translation>添付ファイルが実行形式のプログラムです</translation>
    </message>
    <message>
        <source>Replies go to a free-mail address</source>
        <translation>返信先がフリーメールのアドレスです</translation>
    </message>
    <message>
        <source>The sender uses a free-mail address</source>
        <translation>送信者がフリーメールのアドレスを使っています</translation>
    </message>
    <message>
        <source>An HTML attachment carries an encoded file (HTML smuggling)</source>
        <translation>HTML の添付ファイルにエンコードされたファイルが埋め込まれています（HTML スマグリング）</translation>
    </message>
    <message>
        <source>A link&apos;s text shows another site than where it goes</source>
        <translation>リンクの表示テキストと実際のリンク先のサイトが異なります</translation>
    </message>
    <message>
        <source>A sender domain looks like a protected domain</source>
        <translation>送信者のドメインが保護対象ドメインに似せてあります</translation>
    </message>
    <message>
        <source>An Office attachment carries macros</source>
        <translation>Office の添付ファイルにマクロが含まれています</translation>
    </message>
    <message>
        <source>The display name is a protected person, the address is outside</source>
        <translation>表示名が保護対象の人物で、アドレスは外部のものです</translation>
    </message>
    <message>
        <source>The display name names a protected brand, the address is outside</source>
        <translation>表示名に保護対象のブランド名があり、アドレスは外部のものです</translation>
    </message>
    <message>
        <source>Replies go to another domain than From</source>
        <translation>返信先が From とは別のドメインです</translation>
    </message>
    <message>
        <source>Return-Path (the envelope sender) is another domain than From</source>
        <translation>Return-Path（エンベロープの送信者）が From とは別のドメインです</translation>
    </message>
    <message>
        <source>The HTML reports back when the mail is opened</source>
        <translation>HTML がメールの開封を外部に通知します</translation>
    </message>
</context>
<context>
    <name>QueryParser</name>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>引用符（&quot;）が閉じていません。</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1:&quot;. Known filters: %2</source>
        <translation>不明なフィルター「%1:」です。使えるフィルター: %2</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; needs a value after the colon.</source>
        <translation>「%1:」にはコロンの後に値が必要です。</translation>
    </message>
    <message>
        <source>&quot;has:&quot; takes &quot;attachment&quot; or &quot;url&quot;.</source>
        <translation>「has:」には「attachment」か「url」を指定してください。</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;. One of: %3</source>
        <translation>不明な %1「%2」です。次のいずれかを指定してください: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>「%1」は日付ではありません。YYYY-MM-DD の形式で書いてください。</translation>
    </message>
</context>
<context>
    <name>ReceivedPath</name>
    <message>
        <source>Received: from %1 (hop %2)</source>
        <translation>Received: from %1（ホップ %2）</translation>
    </message>
    <message>
        <source>Received: from HELO %1 (hop %2)</source>
        <translation>Received: from HELO %1（ホップ %2）</translation>
    </message>
    <message>
        <source>Received: by %1 (hop %2)</source>
        <translation>Received: by %1（ホップ %2）</translation>
    </message>
</context>
<context>
    <name>shoal</name>
    <message>
        <source>body hash verified offline; signature not verified (no DNS)</source>
        <translation>本文ハッシュはオフラインで検証済み。署名は未検証（DNS を参照しないため）</translation>
    </message>
    <message>
        <source>no a= tag</source>
        <translation>a= タグがありません</translation>
    </message>
    <message>
        <source>unknown algorithm %1</source>
        <translation>不明なアルゴリズム %1</translation>
    </message>
    <message>
        <source>unknown body canonicalization %1</source>
        <translation>不明な本文の正規化方式 %1</translation>
    </message>
    <message>
        <source>l= is not a length</source>
        <translation>l= が長さになっていません</translation>
    </message>
    <message>
        <source>no bh= tag</source>
        <translation>bh= タグがありません</translation>
    </message>
    <message>
        <source>bh= is not base64</source>
        <translation>bh= が Base64 ではありません</translation>
    </message>
    <message>
        <source>l=%1 is longer than the canonical body (%2 bytes)</source>
        <translation>l=%1 が正規化後の本文（%2 バイト）より長くなっています</translation>
    </message>
    <message>
        <source>only the first %1 of %2 body bytes are signed: the rest may have been added</source>
        <translation>本文 %2 バイトのうち先頭の %1 バイトだけが署名対象です。残りは後から追加された可能性があります</translation>
    </message>
</context>
<context>
    <name>shoal::CaseProfileDialog</name>
    <message>
        <source>Protected domains</source>
        <translation>保護対象ドメイン</translation>
    </message>
    <message>
        <source>Protected people</source>
        <translation>保護対象の人物</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>ブランド</translation>
    </message>
    <message>
        <source>Case profile: %1</source>
        <translation>ケースのプロファイル: %1</translation>
    </message>
    <message>
        <source>Case profile</source>
        <translation>ケースのプロファイル</translation>
    </message>
    <message>
        <source>What this case protects. Findings flag look-alike domains, display names of these people from outside domains, and these brands. One entry per line.</source>
        <translation>このケースで保護する対象です。これらに似せたドメイン、外部ドメインから送られたこれらの人物名やブランド名の表示名を検出事項として示します。1 行に 1 件ずつ書いてください。</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Arrival times are shown in this zone, and before:/after: dates are days of this zone.</source>
        <translation>受信日時はこのタイムゾーンで表示され、before:/after: の日付もこのタイムゾーンの日として扱います。</translation>
    </message>
</context>
<context>
    <name>shoal::ImportProblemsModel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>shoal::ImportProblemsPage</name>
    <message>
        <source>Import problems</source>
        <translation>インポートの問題</translation>
    </message>
    <message>
        <source>Back to Samples</source>
        <translation>検体一覧に戻る</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <source>Forget the problems of earlier imports</source>
        <translation>以前のインポートで起きた問題の記録を消去します</translation>
    </message>
</context>
<context>
    <name>shoal::ImportStatus</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>インポートの状況</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>インポートの進捗</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>インポートをキャンセル</translation>
    </message>
    <message>
        <source>Stop the import. Samples imported so far stay in the case.</source>
        <translation>インポートを中止します。それまでに取り込んだ検体はケースに残ります。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>インポートしています…</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 inputs, %3 new samples</source>
        <translation>インポート中: 入力 %2 件中 %1 件、新しい検体 %3 件</translation>
    </message>
    <message>
        <source>Importing: %1 inputs, %2 new samples</source>
        <translation>インポート中: 入力 %1 件、新しい検体 %2 件</translation>
    </message>
</context>
<context>
    <name>shoal::ImportSummaryDialog</name>
    <message>
        <source>Import cancelled</source>
        <translation>インポートをキャンセルしました</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>インポートが完了しました</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>インポートの結果</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>インポートの結果の概要</translation>
    </message>
    <message>
        <source>The samples imported before you cancelled stay in the case.</source>
        <translation>キャンセルする前に取り込んだ検体はケースに残っています。</translation>
    </message>
    <message>
        <source>Failed inputs</source>
        <translation>失敗した入力</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Show import problems</source>
        <translation>インポートの問題を表示</translation>
    </message>
    <message>
        <source>New samples: %1 (of which %2 carried inside other mail); duplicates skipped: %3; failed inputs: %4.</source>
        <translation>新しい検体: %1 件（うち他のメールに添付されていたもの %2 件）、スキップした重複: %3 件、失敗した入力: %4 件。</translation>
    </message>
    <message>
        <source>Import cancelled. %1</source>
        <translation>インポートをキャンセルしました。%1</translation>
    </message>
</context>
<context>
    <name>shoal::InputWalker</name>
    <message>
        <source>archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>%1 archive</source>
        <translation>%1 アーカイブ</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>エントリ</translation>
    </message>
    <message>
        <source>%1 entry</source>
        <translation>%1 のエントリ</translation>
    </message>
    <message>
        <source>broken symbolic link</source>
        <translation>リンク切れのシンボリックリンク</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>そのようなファイルやフォルダーはありません</translation>
    </message>
    <message>
        <source>cannot list this folder: permission denied</source>
        <translation>このフォルダーの中身を読めません: アクセス権がありません</translation>
    </message>
    <message>
        <source>not a regular file (a device, socket or pipe)</source>
        <translation>通常のファイルではありません（デバイス、ソケットまたはパイプ）</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 画像</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 画像</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>a Windows executable</source>
        <translation>Windows の実行ファイル</translation>
    </message>
    <message>
        <source>an ELF executable</source>
        <translation>ELF 実行ファイル</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>RTF 文書</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>バイナリデータ</translation>
    </message>
    <message>
        <source>an HTML document</source>
        <translation>HTML 文書</translation>
    </message>
    <message>
        <source>text without mail headers</source>
        <translation>メールヘッダーのないテキスト</translation>
    </message>
    <message>
        <source>a macOS resource fork</source>
        <translation>macOS のリソースフォーク</translation>
    </message>
    <message>
        <source>not a mail message, mailbox or archive: %1</source>
        <translation>メール、メールボックス、アーカイブのいずれでもありません: %1</translation>
    </message>
    <message>
        <source>%1 is above the limit of %2 for one message; not read</source>
        <translation>%1 は 1 通あたりの上限 %2 を超えているため、読み込みませんでした</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空のファイル</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>開けません: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>an Office document (OLE2 compound file), not an Outlook message</source>
        <translation>Office 文書（OLE2 複合ファイル）で、Outlook のメッセージではありません</translation>
    </message>
    <message>
        <source>archives nested more than %1 levels deep; not opened (zip bomb?)</source>
        <translation>アーカイブの入れ子が %1 階層を超えているため、開きませんでした（zip 爆弾の可能性）</translation>
    </message>
    <message>
        <source>cannot open as an archive: %1</source>
        <translation>アーカイブとして開けません: %1</translation>
    </message>
    <message>
        <source>empty message</source>
        <translation>空のメッセージ</translation>
    </message>
    <message>
        <source>damaged or truncated %1: %2</source>
        <translation>%1 が壊れているか途中で切れています: %2</translation>
    </message>
    <message>
        <source>more than %1 entries; the rest was not read (zip bomb?)</source>
        <translation>エントリが %1 件を超えたため、残りは読み込みませんでした（zip 爆弾の可能性）</translation>
    </message>
    <message>
        <source>no mail messages in this %1</source>
        <translation>この %1 にメールがありません</translation>
    </message>
    <message>
        <source>a mailbox or archive inside an archive larger than the limit of %1; not read</source>
        <translation>アーカイブ内のメールボックスまたはアーカイブが上限 %1 を超えているため、読み込みませんでした</translation>
    </message>
    <message>
        <source>larger than the limit of %1 for one message; not read</source>
        <translation>1 通あたりの上限 %1 を超えているため、読み込みませんでした</translation>
    </message>
    <message>
        <source>expands to more than %1; the rest was not read (zip bomb?)</source>
        <translation>展開後のサイズが %1 を超えたため、残りは読み込みませんでした（zip 爆弾の可能性）</translation>
    </message>
    <message>
        <source>zip bomb: expands to more than %1 times its size; not read further</source>
        <translation>zip 爆弾: 元のサイズの %1 倍を超えて展開されるため、これ以上は読み込みませんでした</translation>
    </message>
    <message>
        <source>cannot read this %1 (damaged or truncated): %2</source>
        <translation>この %1 を読み込めません（壊れているか途中で切れています）: %2</translation>
    </message>
    <message>
        <source>encrypted %1: this kind of encryption cannot be opened (%2)</source>
        <translation>暗号化された %1: この方式の暗号化は開けません（%2）</translation>
    </message>
    <message>
        <source>encrypted %1 and no password is configured</source>
        <translation>暗号化された %1 ですが、パスワードが設定されていません</translation>
    </message>
    <message>
        <source>encrypted %1: the known password does not fit</source>
        <translation>暗号化された %1: 登録済みのパスワードが合いません</translation>
    </message>
    <message>
        <source>encrypted %1: none of the %2 known passwords fits</source>
        <translation>暗号化された %1: 登録済みの %2 個のパスワードがどれも合いません</translation>
    </message>
</context>
<context>
    <name>shoal::InspectorWidget</name>
    <message>
        <source>Select a sample to inspect it.</source>
        <translation>検体を選択すると、ここに内容が表示されます。</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>インスペクタ</translation>
    </message>
    <message>
        <source>Inspector panes</source>
        <translation>インスペクタのタブ</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析者による情報</translation>
    </message>
    <message>
        <source>Analyst metadata</source>
        <translation>分析者によるメタデータ</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>shoal::MainWindow</name>
    <message>
        <source>Shoal</source>
        <translation>Shoal</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>ナビゲータ</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>インスペクタ</translation>
    </message>
    <message>
        <source>Sample count</source>
        <translation>検体数</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>ケースを開く</translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it, before opening another case.</source>
        <translation>別のケースを開く前に、インポートの完了を待つか、インポートをキャンセルしてください。</translation>
    </message>
    <message>
        <source>The case could not be opened.

%1</source>
        <translation>ケースを開けませんでした。

%1</translation>
    </message>
    <message>
        <source>No case could be opened.

%1</source>
        <translation>どのケースも開けませんでした。

%1</translation>
    </message>
    <message>
        <source>An import is already running; drop the files again when it has finished.</source>
        <translation>インポートを実行中です。完了してからもう一度ファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>%1 – Shoal</source>
        <translation>%1 – Shoal</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>検体 %1 件</translation>
    </message>
    <message>
        <source>%1 of %2 samples match</source>
        <translation>検体 %2 件中 %1 件が一致</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 件を選択中</translation>
    </message>
    <message>
        <source>No sample matches this search.</source>
        <translation>この検索に一致する検体はありません。</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>新規ケース</translation>
    </message>
    <message>
        <source>Shoal cases (*.shoal)</source>
        <translation>Shoal のケース (*.shoal)</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name, or open it with File ▸ Open Case.</source>
        <translation>%1 はすでに存在します。別の名前を選ぶか、「ファイル ▸ ケースを開く」で開いてください。</translation>
    </message>
    <message>
        <source>Shoal cases (*.shoal);;All files (*)</source>
        <translation>Shoal のケース (*.shoal);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Default Case</source>
        <translation>既定のケース</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>ファイルをインポート</translation>
    </message>
    <message>
        <source>Mail and archives (*.eml *.msg *.mbox *.mbx *.emlx *.txt *.zip *.7z *.rar *.tar *.gz *.tgz);;All files (*)</source>
        <translation>メールとアーカイブ (*.eml *.msg *.mbox *.mbx *.emlx *.txt *.zip *.7z *.rar *.tar *.gz *.tgz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>フォルダーをインポート</translation>
    </message>
    <message>
        <source>Case Profile</source>
        <translation>ケースのプロファイル</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>プロファイルを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>タグを追加</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n sample(s):</source>
        <translation>
            <numerusform>%n 件の検体に付けるタグ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The new language applies when Shoal starts again. Restart now?</source>
        <translation>新しい言語は Shoal の次回起動時に反映されます。今すぐ再起動しますか?</translation>
    </message>
    <message>
        <source>About Shoal</source>
        <translation>Shoal について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shoal %1&lt;/h3&gt;&lt;p&gt;A workbench for analysts of suspicious email: phishing, business email compromise and malware mail.&lt;/p&gt;&lt;p&gt;Samples are shown safely: no script runs, nothing is fetched, no attachment is opened.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shoal %1&lt;/h3&gt;&lt;p&gt;不審メール（フィッシング、ビジネスメール詐欺、マルウェア付きメール）を分析するためのワークベンチです。&lt;/p&gt;&lt;p&gt;検体は安全に表示されます。スクリプトは実行されず、外部からは何も取得せず、添付ファイルも開きません。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>shoal::MetadataController</name>
    <message>
        <source>The case could not be changed: %1</source>
        <translation>ケースを変更できませんでした: %1</translation>
    </message>
    <message>
        <source>Edit metadata</source>
        <translation>メタデータの編集</translation>
    </message>
    <message>
        <source>Edit metadata of %1 samples</source>
        <translation>検体 %1 件のメタデータの編集</translation>
    </message>
</context>
<context>
    <name>shoal::MetadataDialog</name>
    <message>
        <source>Edit metadata of %1 samples</source>
        <translation>検体 %1 件のメタデータの編集</translation>
    </message>
    <message>
        <source>Edit metadata</source>
        <translation>メタデータの編集</translation>
    </message>
    <message>
        <source>Reporting organisation</source>
        <translation>報告元組織</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>追加するタグ</translation>
    </message>
    <message>
        <source>tags separated by commas</source>
        <translation>タグをカンマ（、）で区切って入力</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>削除するタグ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Arrival (%1)</source>
        <translation>受信日時（%1）</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>タグを追加</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>タグを削除</translation>
    </message>
    <message>
        <source>Notes (replace)</source>
        <translation>メモ（置き換え）</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 を変更</translation>
    </message>
</context>
<context>
    <name>shoal::MetadataEditor</name>
    <message>
        <source>Save notes</source>
        <translation>メモを保存</translation>
    </message>
    <message>
        <source>Reporting organisation</source>
        <translation>報告元組織</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <source>tags separated by commas</source>
        <translation>タグをカンマ（、）で区切って入力</translation>
    </message>
</context>
<context>
    <name>shoal::NavigatorController</name>
    <message>
        <source>Save Search</source>
        <translation>検索を保存</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>検索の名前:</translation>
    </message>
    <message>
        <source>The search could not be saved: %1</source>
        <translation>検索を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Delete Saved Search &quot;%1&quot;</source>
        <translation>保存した検索「%1」を削除</translation>
    </message>
</context>
<context>
    <name>shoal::NavigatorModel</name>
    <message>
        <source>All samples</source>
        <translation>すべての検体</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>保存した検索</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>インポートの問題</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>shoal::OverviewPane</name>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人 (From)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>返信先 (Reply-To)</translation>
    </message>
    <message>
        <source>Return-Path</source>
        <translation>Return-Path</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先 (To)</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付 (Date)</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>インポート元</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>(none or unreadable)</source>
        <translation>（なし、または読み取れません）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>(unnamed, %1)</source>
        <translation>（名前なし、%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 as written
= %2</source>
        <translation>%1（記載どおり）
= %2</translation>
    </message>
</context>
<context>
    <name>shoal::SafeMailView</name>
    <message>
        <source>Link (not followed): %1</source>
        <translation>リンク（開きません）: %1</translation>
    </message>
    <message>
        <source>Copy Link Target (Defanged)</source>
        <translation>リンク先を無害化してコピー</translation>
    </message>
</context>
<context>
    <name>shoal::SampleTableModel</name>
    <message>
        <source>Arrival</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <source>Arrival time in the case&apos;s time zone</source>
        <translation>ケースのタイムゾーンでの受信日時</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人 (From)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Number of attachments</source>
        <translation>添付ファイルの数</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>Number of findings</source>
        <translation>検出事項の数</translation>
    </message>
</context>
<context>
    <name>shoal::SampleTableView</name>
    <message>
        <source>Samples</source>
        <translation>検体</translation>
    </message>
    <message>
        <source>Empty case</source>
        <translation>空のケース</translation>
    </message>
    <message>
        <source>This case holds no samples yet.
Drop mail files, folders or archives here, or choose File ▸ Import Files… (Ctrl+I).</source>
        <translation>このケースにはまだ検体がありません。
メールのファイル、フォルダー、アーカイブをここにドロップするか、「ファイル ▸ ファイルをインポート…」（Ctrl+I）を選んでください。</translation>
    </message>
</context>
<context>
    <name>shoal::SearchBar</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search words, or filters such as from:, domain:, tag:, verdict:, has:attachment, after:2024-04-01</source>
        <translation>語句、または from:、domain:、tag:、verdict:、has:attachment、after:2024-04-01 などのフィルターで検索</translation>
    </message>
    <message>
        <source>Words are searched in subjects, addresses, bodies and attachment names.
Filters: from: to: domain: subject: campaign: tag: verdict: industry: has:attachment has:url before:YYYY-MM-DD after:YYYY-MM-DD
A leading - excludes: -tag:done</source>
        <translation>語句は件名、アドレス、本文、添付ファイル名から検索します。
フィルター: from: to: domain: subject: campaign: tag: verdict: industry: has:attachment has:url before:YYYY-MM-DD after:YYYY-MM-DD
先頭に - を付けると除外します: -tag:done</translation>
    </message>
    <message>
        <source>Search message</source>
        <translation>検索メッセージ</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>該当箇所: %1</translation>
    </message>
</context>
<context>
    <name>shoal::SetMetadataCommand</name>
    <message>
        <source>Set %1</source>
        <translation>%1 を設定</translation>
    </message>
    <message>
        <source>Set %1 of %2 samples</source>
        <translation>検体 %2 件の%1を設定</translation>
    </message>
    <message>
        <source>reporting organisation</source>
        <translation>報告元組織</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>arrival time</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>shoal::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>A new language applies when Shoal starts again.</source>
        <translation>新しい言語は Shoal の次回起動時に反映されます。</translation>
    </message>
</context>
<context>
    <name>shoal::TagCommand</name>
    <message>
        <source>Add tag &quot;%1&quot;</source>
        <translation>タグ「%1」を追加</translation>
    </message>
    <message>
        <source>Remove tag &quot;%1&quot;</source>
        <translation>タグ「%1」を削除</translation>
    </message>
</context>
<context>
    <name>shoal::WorkbenchActions</name>
    <message>
        <source>&amp;New Case…</source>
        <translation>新規ケース(&amp;N)…</translation>
    </message>
    <message>
        <source>Start an empty case in a new .shoal file</source>
        <translation>新しい .shoal ファイルで空のケースを始めます</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>ケースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Case &amp;Profile…</source>
        <translation>ケースのプロファイル(&amp;P)…</translation>
    </message>
    <message>
        <source>Protected domains, people and brands, and the case&apos;s time zone</source>
        <translation>保護対象のドメイン・人物・ブランドと、ケースのタイムゾーン</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>ファイルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import .eml, .msg, mbox files and archives (you can also drop them on the window)</source>
        <translation>.eml、.msg、mbox のファイルやアーカイブをインポートします（ウィンドウへのドロップでも取り込めます）</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>フォルダーをインポート(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったケース(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit Metadata…</source>
        <translation>メタデータを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Set the verdict, industry, organisation, arrival, tags or notes of the selected samples</source>
        <translation>選択した検体の判定、業種、報告元組織、受信日時、タグ、メモを設定します</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>タグを追加(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>検索を保存…</translation>
    </message>
    <message>
        <source>Keep this search under Saved searches</source>
        <translation>この検索を「保存した検索」に追加します</translation>
    </message>
    <message>
        <source>Show &amp;All Samples</source>
        <translation>すべての検体を表示(&amp;A)</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>SHA-256 をコピー</translation>
    </message>
    <message>
        <source>Go to &amp;Navigator</source>
        <translation>ナビゲータへ移動(&amp;N)</translation>
    </message>
    <message>
        <source>Go to &amp;Samples</source>
        <translation>検体一覧へ移動(&amp;S)</translation>
    </message>
    <message>
        <source>Go to &amp;Inspector</source>
        <translation>インスペクタへ移動(&amp;I)</translation>
    </message>
    <message>
        <source>Import &amp;Problems</source>
        <translation>インポートの問題(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Shoal</source>
        <translation>Shoal について(&amp;A)</translation>
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
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>shoal::language</name>
    <message>
        <source>As the system</source>
        <translation>システムの設定に従う</translation>
    </message>
</context>
</TS>
