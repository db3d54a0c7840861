<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Gui::AboutDialog</name>
    <message>
        <source>Pail</source>
        <translation>Pail</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Built with Qt %1. Qt is used under the GNU LGPL version 3; its source code is available from &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.</source>
        <translation>使用 Qt %1 构建。Qt 依据 GNU LGPL 第 3 版使用，其源代码可从 &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt; 获取。</translation>
    </message>
    <message>
        <source>About Pail</source>
        <translation>关于 Pail</translation>
    </message>
    <message>
        <source>A desktop manager for S3-compatible storage, with an embedded S3 engine that runs as a local sandbox.</source>
        <translation>S3 兼容存储的桌面管理器，内置可作为本地沙盒运行的 S3 引擎。</translation>
    </message>
    <message>
        <source>Pail is free software under the GNU General Public License, version 3 or later.</source>
        <translation>Pail 是自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。</translation>
    </message>
</context>
<context>
    <name>Gui::ActionPickerDialog</name>
    <message>
        <source>Choose actions</source>
        <translation>选择操作</translation>
    </message>
    <message>
        <source>Wildcards</source>
        <translation>通配符</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列出</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>More actions or patterns, separated by commas</source>
        <translation>更多操作或模式，用逗号分隔</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>其他：</translation>
    </message>
</context>
<context>
    <name>Gui::BucketActions</name>
    <message>
        <source>&amp;Bucket</source>
        <translation>存储桶(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Lifecycle Rules...</source>
        <translation>生命周期规则(&amp;L)...</translation>
    </message>
    <message>
        <source>Bucket &amp;Policy...</source>
        <translation>存储桶策略(&amp;P)...</translation>
    </message>
    <message>
        <source>Bucket &amp;Settings...</source>
        <translation>存储桶设置(&amp;S)...</translation>
    </message>
    <message>
        <source>S&amp;hare...</source>
        <translation>共享(&amp;H)...</translation>
    </message>
</context>
<context>
    <name>Gui::BucketSettingsDialog</name>
    <message>
        <source>Bucket settings - %1</source>
        <translation>存储桶设置 - %1</translation>
    </message>
    <message>
        <source>Settings of bucket &lt;b&gt;%1&lt;/b&gt;. Each tab applies on its own.</source>
        <translation>存储桶 &lt;b&gt;%1&lt;/b&gt; 的设置。每个选项卡单独应用。</translation>
    </message>
    <message>
        <source>Enabled: keep every version of every object</source>
        <translation>已启用：保留每个对象的每个版本</translation>
    </message>
    <message>
        <source>Suspended: new writes replace the null version; existing versions stay</source>
        <translation>已暂停：新写入会替换 null 版本；现有版本保留</translation>
    </message>
    <message>
        <source>Once versioning has been enabled it cannot be turned off again, only suspended. Existing versions are kept (and billed) until deleted or expired by a lifecycle rule.</source>
        <translation>版本控制一旦启用便无法关闭，只能暂停。现有版本会一直保留（并计费），直到被删除或被生命周期规则过期。</translation>
    </message>
    <message>
        <source>Apply versioning</source>
        <translation>应用版本控制</translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation>版本控制</translation>
    </message>
    <message>
        <source>None (no default encryption)</source>
        <translation>无（无默认加密）</translation>
    </message>
    <message>
        <source>SSE-S3 (AES256, keys managed by the server)</source>
        <translation>SSE-S3（AES256，服务器管理的密钥）</translation>
    </message>
    <message>
        <source>SSE-KMS (a KMS key)</source>
        <translation>SSE-KMS（KMS 密钥）</translation>
    </message>
    <message>
        <source>KMS key ID or ARN (empty: the AWS managed key)</source>
        <translation>KMS 密钥 ID 或 ARN（留空：AWS 托管密钥）</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <source>KMS key:</source>
        <translation>KMS 密钥：</translation>
    </message>
    <message>
        <source>Apply encryption</source>
        <translation>应用加密</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Apply tags</source>
        <translation>应用标签</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Expose headers</source>
        <translation>公开标头</translation>
    </message>
    <message>
        <source>Max age (s)</source>
        <translation>最长缓存时间（秒）</translation>
    </message>
    <message>
        <source>Apply CORS</source>
        <translation>应用 CORS</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <source>Index document:</source>
        <translation>索引文档：</translation>
    </message>
    <message>
        <source>Error document:</source>
        <translation>错误文档：</translation>
    </message>
    <message>
        <source>Apply website</source>
        <translation>应用网站</translation>
    </message>
    <message>
        <source>Static website</source>
        <translation>静态网站</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>正在加载...</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <source>Versioning is enabled.</source>
        <translation>版本控制已启用。</translation>
    </message>
    <message>
        <source>Versioning is suspended.</source>
        <translation>版本控制已暂停。</translation>
    </message>
    <message>
        <source>Versioning has never been enabled on this bucket.</source>
        <translation>此存储桶从未启用过版本控制。</translation>
    </message>
    <message>
        <source>Not configured.</source>
        <translation>未配置。</translation>
    </message>
    <message>
        <source>This endpoint does not support this setting: it answered the capability probe with NotImplemented (or an error it does not explain).</source>
        <translation>此端点不支持该设置：它对功能探测的回答是 NotImplemented（或未说明的错误）。</translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>正在应用...</translation>
    </message>
    <message>
        <source>The server refused: %1
%2</source>
        <translation>服务器拒绝：%1
%2</translation>
    </message>
    <message>
        <source>Default encryption removed.</source>
        <translation>已删除默认加密。</translation>
    </message>
    <message>
        <source>Default encryption applied.</source>
        <translation>已应用默认加密。</translation>
    </message>
    <message>
        <source>Tags removed.</source>
        <translation>已删除标签。</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) applied.</source>
        <translation>
            <numerusform>已应用 %n 个标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>CORS configuration removed.</source>
        <translation>已删除 CORS 配置。</translation>
    </message>
    <message>
        <source>CORS configuration applied.</source>
        <translation>已应用 CORS 配置。</translation>
    </message>
    <message>
        <source>Apply ownership and access</source>
        <translation>应用所有权和访问设置</translation>
    </message>
    <message>
        <source>Ownership / public access</source>
        <translation>所有权 / 公共访问</translation>
    </message>
    <message>
        <source>Object Ownership</source>
        <translation>对象所有权</translation>
    </message>
    <message>
        <source>ACLs disabled: bucket owner enforced (recommended)</source>
        <translation>禁用 ACL:强制存储桶所有者(推荐)</translation>
    </message>
    <message>
        <source>All objects in this bucket are owned by this account. Access to this bucket and its objects is specified using only policies.</source>
        <translation>此存储桶中的所有对象都归此账户所有。对存储桶及其对象的访问仅通过策略指定。</translation>
    </message>
    <message>
        <source>ACLs enabled: bucket owner preferred</source>
        <translation>启用 ACL:首选存储桶所有者</translation>
    </message>
    <message>
        <source>Objects in this bucket can be owned by other accounts and access can be granted with ACLs. If new objects written to this bucket specify the bucket-owner-full-control canned ACL, they are owned by the bucket owner. Otherwise, they are owned by the object writer.</source>
        <translation>此存储桶中的对象可以归其他账户所有,并可通过 ACL 授予访问。如果新写入的对象指定了 bucket-owner-full-control 预设 ACL,则归存储桶所有者所有;否则归对象写入者所有。</translation>
    </message>
    <message>
        <source>ACLs enabled: object writer</source>
        <translation>启用 ACL:对象写入者</translation>
    </message>
    <message>
        <source>Objects in this bucket can be owned by other accounts and access can be granted with ACLs. The object writer remains the object owner.</source>
        <translation>此存储桶中的对象可以归其他账户所有,并可通过 ACL 授予访问。对象写入者仍是对象所有者。</translation>
    </message>
    <message>
        <source>Block Public Access (bucket settings)</source>
        <translation>阻止公共访问(存储桶设置)</translation>
    </message>
    <message>
        <source>Block all public access</source>
        <translation>阻止所有公共访问</translation>
    </message>
    <message>
        <source>Block public access to buckets and objects granted through new access control lists (ACLs)</source>
        <translation>阻止通过新的访问控制列表(ACL)授予的对存储桶和对象的公共访问</translation>
    </message>
    <message>
        <source>Block public access to buckets and objects granted through any access control lists (ACLs)</source>
        <translation>阻止通过任何访问控制列表(ACL)授予的对存储桶和对象的公共访问</translation>
    </message>
    <message>
        <source>Block public access to buckets and objects granted through new public bucket policies</source>
        <translation>阻止通过新的公共存储桶策略授予的对存储桶和对象的公共访问</translation>
    </message>
    <message>
        <source>Block public and cross-account access to buckets and objects through any public bucket policies</source>
        <translation>阻止通过任何公共存储桶策略对存储桶和对象进行的公共和跨账户访问</translation>
    </message>
    <message>
        <source>Public access is granted to buckets and objects through ACLs and bucket policies. The server refuses new public grants while the matching setting is on.</source>
        <translation>对存储桶和对象的公共访问通过 ACL 和存储桶策略授予。相应设置开启时,服务器会拒绝新的公共授权。</translation>
    </message>
    <message>
        <source>The bucket policy makes this bucket public.</source>
        <translation>存储桶策略使此存储桶公开。</translation>
    </message>
    <message>
        <source>The bucket policy does not make this bucket public.</source>
        <translation>存储桶策略不会使此存储桶公开。</translation>
    </message>
    <message>
        <source>The bucket has no bucket policy.</source>
        <translation>该存储桶没有存储桶策略。</translation>
    </message>
    <message>
        <source>Policy status unknown: %1</source>
        <translation>策略状态未知:%1</translation>
    </message>
    <message>
        <source>Object ownership and Block Public Access applied.</source>
        <translation>已应用对象所有权和阻止公共访问设置。</translation>
    </message>
    <message>
        <source>Apply logging</source>
        <translation>应用日志记录</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>日志记录</translation>
    </message>
    <message>
        <source>Log requests made to this bucket</source>
        <translation>记录对此存储桶的请求</translation>
    </message>
    <message>
        <source>Target bucket</source>
        <translation>目标存储桶</translation>
    </message>
    <message>
        <source>Target bucket:</source>
        <translation>目标存储桶:</translation>
    </message>
    <message>
        <source>Target prefix:</source>
        <translation>目标前缀:</translation>
    </message>
    <message>
        <source>Server access log records (one line per request, in S3&apos;s space-separated format) are delivered in batches as objects named &amp;lt;prefix&amp;gt;YYYY-MM-DD-hh-mm-ss-&amp;lt;id&amp;gt; in the target bucket. The target must exist and belong to the same owner; use a different bucket than this one, or the logs of the logs will be logged too.</source>
        <translation>服务器访问日志记录(每个请求一行,采用 S3 的空格分隔格式)会分批作为名为 &amp;lt;前缀&amp;gt;YYYY-MM-DD-hh-mm-ss-&amp;lt;ID&amp;gt; 的对象投递到目标存储桶。目标必须存在且属于同一所有者;请使用与此不同的存储桶,否则日志本身也会被记录。</translation>
    </message>
    <message>
        <source>Logging is off.</source>
        <translation>日志记录已关闭。</translation>
    </message>
    <message>
        <source>Logging to %1 enabled.</source>
        <translation>已启用记录到 %1。</translation>
    </message>
    <message>
        <source>Logging turned off.</source>
        <translation>日志记录已关闭。</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>允许的源</translation>
    </message>
    <message>
        <source>Allowed headers</source>
        <translation>允许的标头</translation>
    </message>
    <message>
        <source>One rule per row. Lists are separated by commas; an empty max age is left out.</source>
        <translation>每行一条规则。列表以逗号分隔;空的最长缓存时间将被省略。</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Rules (kept in step with the XML below; no rules removes the CORS configuration):</source>
        <translation>规则(与下方 XML 保持同步;没有规则将删除 CORS 配置):</translation>
    </message>
    <message>
        <source>Rule %1: the max age must be a whole number of seconds.</source>
        <translation>规则 %1:最长缓存时间必须是整数秒。</translation>
    </message>
    <message>
        <source>Rule %1 needs at least one origin and one method.</source>
        <translation>规则 %1 至少需要一个源和一个方法。</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>The XML is not a valid CORS configuration: %1</source>
        <translation>该 XML 不是有效的 CORS 配置:%1</translation>
    </message>
    <message>
        <source>Enable static website hosting</source>
        <translation>启用静态网站托管</translation>
    </message>
    <message>
        <source>Hosting type</source>
        <translation>托管类型</translation>
    </message>
    <message>
        <source>Host a static website</source>
        <translation>托管静态网站</translation>
    </message>
    <message>
        <source>Redirect every request to another host</source>
        <translation>将每个请求重定向到另一个主机</translation>
    </message>
    <message>
        <source>Returned for requests to the root and to any folder (a key ending in /).</source>
        <translation>对根目录和任何文件夹 (以 / 结尾的键) 的请求返回此文档。</translation>
    </message>
    <message>
        <source>error.html (optional)</source>
        <translation>error.html (可选)</translation>
    </message>
    <message>
        <source>Returned, with status 404, when a requested object does not exist.</source>
        <translation>请求的对象不存在时返回此文档，状态为 404。</translation>
    </message>
    <message>
        <source>Same as the request</source>
        <translation>与请求相同</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>主机名:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议:</translation>
    </message>
    <message>
        <source>Turning hosting off removes the website configuration. Visitors read objects anonymously: the bucket policy must allow s3:GetObject to everyone, and Block Public Access must not block it.</source>
        <translation>关闭托管会删除网站配置。访问者以匿名方式读取对象：存储桶策略必须允许所有人 s3:GetObject，且阻止公共访问不得阻止它。</translation>
    </message>
    <message numerus="yes">
        <source>%n routing rule(s) of this bucket are kept as they are when hosting is applied.</source>
        <translation>
            <numerusform>应用托管时，此存储桶的 %n 条路由规则保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Website endpoint: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>网站终端节点: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Once hosting is applied, the website is served at %1</source>
        <translation>应用托管后，网站在 %1 提供</translation>
    </message>
    <message>
        <source>Website endpoint: none. The local sandbox keeps and checks the website configuration (tools such as aws-cli read it back), but it does not serve websites; on AWS the site would be at http://%1.s3-website-&amp;lt;region&amp;gt;.amazonaws.com.</source>
        <translation>网站终端节点: 无。本地沙盒保存并检查网站配置 (aws-cli 等工具可以读回)，但不提供网站服务；在 AWS 上网站位于 http://%1.s3-website-&amp;lt;区域&amp;gt;.amazonaws.com。</translation>
    </message>
    <message>
        <source>Website endpoint: this provider publishes websites on its own host names; see its documentation.</source>
        <translation>网站终端节点: 此提供商以自己的主机名发布网站；请参阅其文档。</translation>
    </message>
    <message>
        <source>Website hosting turned off; the configuration was removed.</source>
        <translation>已关闭网站托管；配置已删除。</translation>
    </message>
    <message>
        <source>Enter the host name to redirect every request to.</source>
        <translation>请输入每个请求要重定向到的主机名。</translation>
    </message>
    <message>
        <source>Every request is redirected to %1.</source>
        <translation>每个请求都重定向到 %1。</translation>
    </message>
    <message>
        <source>Website hosting applied.</source>
        <translation>已应用网站托管。</translation>
    </message>
</context>
<context>
    <name>Gui::BulkActions</name>
    <message>
        <source>Restore Folder to This Moment...</source>
        <translation>将文件夹恢复到此时刻...</translation>
    </message>
    <message>
        <source>Delete Selection with Folders...</source>
        <translation>删除所选项(含文件夹)...</translation>
    </message>
    <message>
        <source>Change Storage Class...</source>
        <translation>更改存储类别...</translation>
    </message>
    <message>
        <source>Copy Selection To...</source>
        <translation>将所选项复制到...</translation>
    </message>
    <message>
        <source>Restore from Glacier...</source>
        <translation>从 Glacier 恢复...</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), %1</source>
        <translation>
            <numerusform>%n 个对象，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to %1</source>
        <translation>
            <numerusform>将 %n 个项目移动到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n item(s) to %1</source>
        <translation>
            <numerusform>将 %n 个项目复制到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) and %1 object(s)</source>
        <translation>
            <numerusform>%n 个文件夹和 %1 个对象</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::BulkPreviewDialog</name>
    <message>
        <source>Bring every object under %1 back to how it was at %2: deleted objects come back, changed objects get their old version copied back, and objects created since are deleted. Versions stay in the history.</source>
        <translation>将 %1 下的每个对象恢复到 %2 时的状态：已删除的对象会恢复，已更改的对象会复制回旧版本，之后创建的对象会被删除。各版本仍保留在历史中。</translation>
    </message>
    <message numerus="yes">
        <source>%n selected object(s) and %1 folder(s) in %2.</source>
        <translation>
            <numerusform>%2 中选中了 %n 个对象和 %1 个文件夹。</numerusform>
        </translation>
    </message>
    <message>
        <source>New storage class:</source>
        <translation>新的存储类别：</translation>
    </message>
    <message>
        <source>folder/ (empty = top level)</source>
        <translation>folder/（留空 = 顶层）</translation>
    </message>
    <message>
        <source>Destination bucket:</source>
        <translation>目标存储桶：</translation>
    </message>
    <message>
        <source>Destination folder:</source>
        <translation>目标文件夹：</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>批量 (Bulk)</translation>
    </message>
    <message>
        <source>Expedited</source>
        <translation>加急 (Expedited)</translation>
    </message>
    <message>
        <source>Keep the restored copy for (days):</source>
        <translation>恢复副本保留（天）：</translation>
    </message>
    <message>
        <source>Retrieval tier:</source>
        <translation>检索层级：</translation>
    </message>
    <message>
        <source>Listing...</source>
        <translation>正在列出...</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Delete in %1</source>
        <translation>在 %1 中删除</translation>
    </message>
    <message>
        <source>Change storage class in %1</source>
        <translation>更改 %1 中的存储类别</translation>
    </message>
    <message>
        <source>Copy from %1</source>
        <translation>从 %1 复制</translation>
    </message>
    <message>
        <source>Restore from Glacier in %1</source>
        <translation>从 Glacier 恢复 %1 中的对象</translation>
    </message>
    <message>
        <source>Restore %1 to %2</source>
        <translation>将 %1 恢复到 %2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message numerus="yes">
        <source>Listing... %n version(s)</source>
        <translation>
            <numerusform>正在列出... %n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation>列出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Listing... %n object(s)</source>
        <translation>
            <numerusform>正在列出... %n 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change: the folder is as it was then (%n version(s) checked).</source>
        <translation>
            <numerusform>无需更改：文件夹与当时相同（已检查 %n 个版本）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) come back (delete markers removed)</source>
        <translation>
            <numerusform>%n 个对象将恢复（移除删除标记）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) get their old version copied back (%1)</source>
        <translation>
            <numerusform>%n 个对象将复制回旧版本（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) created since are deleted</source>
        <translation>
            <numerusform>之后创建的 %n 个对象将被删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n object(s) needs this action.</source>
        <translation>
            <numerusform>%n 个对象都不需要此操作。</numerusform>
        </translation>
    </message>
    <message>
        <source>The selection holds no objects.</source>
        <translation>所选内容中没有对象。</translation>
    </message>
    <message>
        <source>Enter a destination bucket.</source>
        <translation>请输入目标存储桶。</translation>
    </message>
    <message>
        <source>The destination is the folder the objects are in.</source>
        <translation>目标就是对象所在的文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n object(s), %1, %2 request(s) (after %3 listing request(s)).</source>
        <translation>
            <numerusform>总计：%n 个对象，%1，%2 个请求（另有 %3 个列出请求）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) skipped: the action does not apply to them.</source>
        <translation>
            <numerusform>已跳过 %n 个对象：此操作不适用于它们。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionDialog</name>
    <message>
        <source>New Connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Path style (host/bucket/key)</source>
        <translation>路径样式 (主机/存储桶/键)</translation>
    </message>
    <message>
        <source>Virtual-hosted (bucket.host/key)</source>
        <translation>虚拟托管样式 (存储桶.主机/键)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>终端节点 URL:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域:</translation>
    </message>
    <message>
        <source>Addressing:</source>
        <translation>寻址方式:</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>访问密钥:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>私有密钥:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>存储桶:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>前缀:</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>The endpoint does not know this access key. Check the access key.</source>
        <translation>终端节点无法识别此访问密钥。请检查访问密钥。</translation>
    </message>
    <message>
        <source>The secret key does not match the access key. Check the secret key.</source>
        <translation>私有密钥与访问密钥不匹配。请检查私有密钥。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is too far from the server&apos;s. Correct the clock (or enable time sync).</source>
        <translation>本机时钟与服务器相差过大。请校正时钟 (或启用时间同步)。</translation>
    </message>
    <message>
        <source>The host name could not be found (DNS). Check the endpoint URL.</source>
        <translation>找不到主机名 (DNS)。请检查终端节点 URL。</translation>
    </message>
    <message>
        <source>The connection was refused: nothing listens at that address and port.</source>
        <translation>连接被拒绝：该地址和端口上没有服务在监听。</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed: %1</source>
        <translation>安全连接 (TLS) 失败：%1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未能及时响应。</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>无法连接到服务器：%1</translation>
    </message>
    <message>
        <source>The settings are incomplete: %1</source>
        <translation>设置不完整：%1</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>正在测试...</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>连接正常。</translation>
    </message>
    <message>
        <source>The secret key could not be stored: %1</source>
        <translation>无法保存私有密钥：%1</translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionModel</name>
    <message>
        <source>Local sandbox</source>
        <translation>本地沙盒</translation>
    </message>
    <message>
        <source>%1 (starting...)</source>
        <translation>%1 (正在启动...)</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (不可用)</translation>
    </message>
</context>
<context>
    <name>Gui::CreateBucketDialog</name>
    <message>
        <source>Create Bucket</source>
        <translation>创建存储桶</translation>
    </message>
    <message>
        <source>Bucket name:</source>
        <translation>存储桶名称:</translation>
    </message>
    <message>
        <source>e.g. my-photos-2024</source>
        <translation>例如 my-photos-2024</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>A bucket name needs at least 3 characters.</source>
        <translation>存储桶名称至少需要 3 个字符。</translation>
    </message>
    <message>
        <source>A bucket name has at most 63 characters.</source>
        <translation>存储桶名称最多 63 个字符。</translation>
    </message>
    <message>
        <source>Use lower-case letters only.</source>
        <translation>只能使用小写字母。</translation>
    </message>
    <message>
        <source>Only lower-case letters, digits, dots and hyphens are allowed (&quot;%1&quot; is not).</source>
        <translation>只允许小写字母、数字、点和连字符 (“%1”不允许)。</translation>
    </message>
    <message>
        <source>A bucket name must start and end with a letter or digit.</source>
        <translation>存储桶名称必须以字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>A bucket name cannot contain two dots in a row.</source>
        <translation>存储桶名称不能包含两个连续的点。</translation>
    </message>
    <message>
        <source>A bucket name cannot look like an IP address.</source>
        <translation>存储桶名称不能形如 IP 地址。</translation>
    </message>
    <message>
        <source>This name breaks S3&apos;s bucket naming rules.</source>
        <translation>此名称不符合 S3 存储桶命名规则。</translation>
    </message>
    <message>
        <source>This name is valid.</source>
        <translation>此名称有效。</translation>
    </message>
</context>
<context>
    <name>Gui::DetailsPane</name>
    <message>
        <source>No object selected</source>
        <translation>未选择对象</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>错误:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>修改时间:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型:</translation>
    </message>
    <message>
        <source>Storage class:</source>
        <translation>存储类:</translation>
    </message>
    <message>
        <source>ETag:</source>
        <translation>ETag:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本:</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>恢复:</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>Tags:
%1</source>
        <translation>标签:
%1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Version ID</source>
        <translation>版本 ID</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>下载…</translation>
    </message>
    <message>
        <source>Restore as latest</source>
        <translation>恢复为最新版本</translation>
    </message>
    <message>
        <source>Copy this version onto the object so that it becomes the latest version</source>
        <translation>将此版本复制到对象上，使其成为最新版本</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>删除版本</translation>
    </message>
    <message>
        <source>Download Version</source>
        <translation>下载版本</translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation>删除版本</translation>
    </message>
    <message>
        <source>Delete version %1 of “%2” permanently? This cannot be undone.</source>
        <translation>永久删除“%2”的版本 %1？此操作无法撤销。</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1（最新）</translation>
    </message>
    <message>
        <source>Delete marker</source>
        <translation>删除标记</translation>
    </message>
</context>
<context>
    <name>Gui::EditablePolicy</name>
    <message>
        <source>Expected a string or an array of strings</source>
        <translation>应为字符串或字符串数组</translation>
    </message>
    <message>
        <source>Expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>A statement must be an object</source>
        <translation>语句必须是对象</translation>
    </message>
    <message>
        <source>Condition must be an object</source>
        <translation>Condition 必须是对象</translation>
    </message>
    <message>
        <source>A condition operator must hold an object</source>
        <translation>条件运算符必须包含一个对象</translation>
    </message>
    <message>
        <source>A policy must be a JSON object</source>
        <translation>策略必须是 JSON 对象</translation>
    </message>
    <message>
        <source>Statement must be an object or an array</source>
        <translation>Statement 必须是对象或数组</translation>
    </message>
</context>
<context>
    <name>Gui::ErrorText</name>
    <message>
        <source>Access denied. The keys of this connection are not allowed to do this.</source>
        <translation>访问被拒绝。此连接的密钥无权执行此操作。</translation>
    </message>
    <message>
        <source>The access key is not known to this endpoint.</source>
        <translation>此终端节点无法识别该访问密钥。</translation>
    </message>
    <message>
        <source>The secret key does not match the access key.</source>
        <translation>私有密钥与访问密钥不匹配。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from the server&apos;s. Correct the clock and try again.</source>
        <translation>本机时钟与服务器相差过大。请校正时钟后重试。</translation>
    </message>
    <message>
        <source>The bucket does not exist.</source>
        <translation>存储桶不存在。</translation>
    </message>
    <message>
        <source>The object does not exist.</source>
        <translation>对象不存在。</translation>
    </message>
    <message>
        <source>That version of the object does not exist.</source>
        <translation>该对象版本不存在。</translation>
    </message>
    <message>
        <source>The bucket is not empty.</source>
        <translation>存储桶不为空。</translation>
    </message>
    <message>
        <source>That bucket name is taken. Bucket names are shared by all users of the endpoint.</source>
        <translation>该存储桶名称已被占用。存储桶名称由终端节点的所有用户共享。</translation>
    </message>
    <message>
        <source>You already own a bucket with that name.</source>
        <translation>您已拥有同名的存储桶。</translation>
    </message>
    <message>
        <source>That is not a valid bucket name.</source>
        <translation>这不是有效的存储桶名称。</translation>
    </message>
    <message>
        <source>The object is archived. Restore it before reading it.</source>
        <translation>该对象已归档。请先恢复再读取。</translation>
    </message>
    <message>
        <source>The object name is longer than 1024 bytes.</source>
        <translation>对象名称超过 1024 字节。</translation>
    </message>
    <message>
        <source>The file is too large for a single upload.</source>
        <translation>文件太大，无法一次上传。</translation>
    </message>
    <message>
        <source>The policy is not valid.</source>
        <translation>策略无效。</translation>
    </message>
    <message>
        <source>The server did not accept the document.</source>
        <translation>服务器未接受该文档。</translation>
    </message>
    <message>
        <source>This endpoint does not support this feature.</source>
        <translation>此终端节点不支持此功能。</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>服务器繁忙。请稍后重试。</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>无法连接到服务器。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未能及时响应。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>A local file could not be read or written.</source>
        <translation>无法读取或写入本地文件。</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>操作失败。</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
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
        <translation>%1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>Gui::LifecycleEditorDialog</name>
    <message>
        <source>Lifecycle rules - %1</source>
        <translation>生命周期规则 - %1</translation>
    </message>
    <message>
        <source>Lifecycle rules of bucket &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>存储桶 &lt;b&gt;%1&lt;/b&gt; 的生命周期规则</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Archive logs (logs/: IA at 30 days, Glacier at 90, expire at 365)</source>
        <translation>归档日志 (logs/：30 天后转为 IA，90 天后转为 Glacier，365 天后过期)</translation>
    </message>
    <message>
        <source>Expire a temp/ prefix after 7 days</source>
        <translation>temp/ 前缀在 7 天后过期</translation>
    </message>
    <message>
        <source>Clean incomplete multipart uploads after 7 days</source>
        <translation>7 天后清理未完成的分段上传</translation>
    </message>
    <message>
        <source>Keep 3 noncurrent versions</source>
        <translation>保留 3 个非当前版本</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>导入...</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制规则</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>The configuration as `aws s3api put-bucket-lifecycle-configuration` reads it. Edits here update the form.</source>
        <translation>`aws s3api put-bucket-lifecycle-configuration` 读取的配置格式。在此处编辑会同步更新表单。</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Apply to bucket</source>
        <translation>应用到存储桶</translation>
    </message>
    <message>
        <source>Import lifecycle configuration</source>
        <translation>导入生命周期配置</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export lifecycle configuration</source>
        <translation>导出生命周期配置</translation>
    </message>
    <message>
        <source>Loading the lifecycle configuration...</source>
        <translation>正在加载生命周期配置...</translation>
    </message>
    <message>
        <source>The bucket has no lifecycle rules yet.</source>
        <translation>该存储桶还没有生命周期规则。</translation>
    </message>
    <message>
        <source>Could not load the lifecycle configuration: %1</source>
        <translation>无法加载生命周期配置：%1</translation>
    </message>
    <message>
        <source>The bucket&apos;s lifecycle configuration cannot be read: %1</source>
        <translation>无法读取存储桶的生命周期配置：%1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n rule(s).</source>
        <translation>
            <numerusform>已加载 %n 条规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>正在应用...</translation>
    </message>
    <message>
        <source>The server refused the configuration: %1
%2</source>
        <translation>服务器拒绝了该配置：%1
%2</translation>
    </message>
    <message>
        <source>The lifecycle configuration was deleted.</source>
        <translation>生命周期配置已删除。</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n rule(s) to the bucket.</source>
        <translation>
            <numerusform>已将 %n 条规则应用到存储桶。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>The JSON cannot be read, so the form is locked until it is fixed: %1</source>
        <translation>无法读取 JSON，表单将锁定直至其被修正：%1</translation>
    </message>
    <message>
        <source>Locked while the JSON has an error</source>
        <translation>JSON 有错误时锁定</translation>
    </message>
    <message>
        <source>(rule %1, no ID)</source>
        <translation>(规则 %1，无 ID)</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (已禁用)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), no problems found.</source>
        <translation>
            <numerusform>%n 条规则，未发现问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the server will refuse this configuration. First: %1</source>
        <translation>
            <numerusform>%n 个问题：服务器将拒绝此配置。第一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a lifecycle configuration.</source>
        <translation>%1 太大，不能作为生命周期配置。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>Gui::LifecyclePreviewWidget</name>
    <message numerus="yes">
        <source>%n object(s), %1</source>
        <translation>
            <numerusform>%n 个对象，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample up to</source>
        <translation>最多抽样</translation>
    </message>
    <message>
        <source> objects</source>
        <translation> 个对象</translation>
    </message>
    <message>
        <source>List objects and preview</source>
        <translation>列出对象并预览</translation>
    </message>
    <message>
        <source>Press the button to list the bucket&apos;s objects.</source>
        <translation>按下按钮以列出存储桶中的对象。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>未来 30 天</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>未来 90 天</translation>
    </message>
    <message>
        <source>Next 365 days</source>
        <translation>未来 365 天</translation>
    </message>
    <message>
        <source>Affected keys within 365 days (of the sample):</source>
        <translation>365 天内受影响的键 (样本中):</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Listing objects...</source>
        <translation>正在列出对象...</translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation>列出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Listing objects... %n so far</source>
        <translation>
            <numerusform>正在列出对象... 目前 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample: the first %n object(s) of the bucket (it has more); counts cover the sample only.</source>
        <translation>
            <numerusform>样本：存储桶的前 %n 个对象 (存储桶中还有更多)；统计仅涵盖样本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n object(s) of the bucket were listed.</source>
        <translation>
            <numerusform>已列出存储桶的全部 %n 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags are not listed, so rules filtering on tags match no sampled object.</source>
        <translation>不会列出标签，因此按标签筛选的规则不会匹配任何抽样对象。</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>转换到 %1</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Delete noncurrent versions</source>
        <translation>删除非当前版本</translation>
    </message>
    <message>
        <source>Remove delete markers</source>
        <translation>移除删除标记</translation>
    </message>
    <message>
        <source>Abort uploads</source>
        <translation>中止上传</translation>
    </message>
</context>
<context>
    <name>Gui::LifecycleRuleForm</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
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
        <translation>为空时由服务器生成</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Rule ID:</source>
        <translation>规则 ID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态:</translation>
    </message>
    <message>
        <source>Filter (objects the rule applies to)</source>
        <translation>筛选条件 (规则适用的对象)</translation>
    </message>
    <message>
        <source>all objects when empty, e.g. logs/</source>
        <translation>为空时适用于所有对象，例如 logs/</translation>
    </message>
    <message>
        <source>Key prefix:</source>
        <translation>键前缀:</translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>标签键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签:</translation>
    </message>
    <message>
        <source>larger than</source>
        <translation>大于</translation>
    </message>
    <message>
        <source>smaller than</source>
        <translation>小于</translation>
    </message>
    <message>
        <source>Object size:</source>
        <translation>对象大小:</translation>
    </message>
    <message>
        <source>Current versions</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <source>Transitions (days after creation, or a date):</source>
        <translation>转换 (创建后的天数或日期):</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>存储类</translation>
    </message>
    <message>
        <source>Never expire</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Expire after days</source>
        <translation>指定天数后过期</translation>
    </message>
    <message>
        <source>Expire on date</source>
        <translation>在指定日期过期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Remove expired object delete markers</source>
        <translation>移除过期对象删除标记</translation>
    </message>
    <message>
        <source>Noncurrent versions (versioned buckets)</source>
        <translation>非当前版本 (启用版本控制的存储桶)</translation>
    </message>
    <message>
        <source>Days noncurrent</source>
        <translation>成为非当前版本后的天数</translation>
    </message>
    <message>
        <source>Keep newer versions</source>
        <translation>保留的较新版本数</translation>
    </message>
    <message>
        <source>Delete noncurrent versions after</source>
        <translation>在此时间后删除非当前版本</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>keep newer versions:</source>
        <translation>保留的较新版本数:</translation>
    </message>
    <message>
        <source>Abort incomplete multipart uploads after</source>
        <translation>在此时间后中止未完成的分段上传</translation>
    </message>
</context>
<context>
    <name>Gui::LifecycleTimelineWidget</name>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days on the timeline axis</comment>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>No rules</source>
        <translation>无规则</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (已禁用)</translation>
    </message>
    <message>
        <source>noncurrent</source>
        <translation>非当前</translation>
    </message>
    <message>
        <source>noncurrent versions</source>
        <translation>非当前版本</translation>
    </message>
    <message>
        <source>current version</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <source>from day %1</source>
        <translation>从第 %1 天起</translation>
    </message>
    <message>
        <source>days %1 to %2</source>
        <translation>第 %1 至 %2 天</translation>
    </message>
    <message>
        <source>Day %1 (%2)
%3: %4, %5</source>
        <translation>第 %1 天 (%2)
%3：%4，%5</translation>
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
        <translation>新建连接(&amp;C)...</translation>
    </message>
    <message>
        <source>Create &amp;Bucket...</source>
        <translation>创建存储桶(&amp;B)...</translation>
    </message>
    <message>
        <source>Delete Bucket...</source>
        <translation>删除存储桶...</translation>
    </message>
    <message>
        <source>&amp;Upload Files...</source>
        <translation>上传文件(&amp;U)...</translation>
    </message>
    <message>
        <source>Upload &amp;Folder...</source>
        <translation>上传文件夹(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Download To...</source>
        <translation>下载到(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;New Folder...</source>
        <translation>新建文件夹(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>重命名(&amp;R)...</translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation>删除(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Link...</source>
        <translation>复制链接(&amp;L)...</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>首选项(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Pail</source>
        <translation>关于 Pail(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>后退 (Alt+左)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>前进 (Alt+右)</translation>
    </message>
    <message>
        <source>Up (Alt+Up)</source>
        <translation>向上 (Alt+上)</translation>
    </message>
    <message>
        <source>Listing failed: %1 (press F5 to retry)</source>
        <translation>列出失败：%1 (按 F5 重试)</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>本地沙盒</translation>
    </message>
    <message>
        <source>AWS: %1</source>
        <translation>AWS：%1</translation>
    </message>
    <message>
        <source>Select or create a bucket.</source>
        <translation>请选择或创建存储桶。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded, loading more...</source>
        <translation>
            <numerusform>已加载 %n 项，正在加载更多...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded, more on scroll (sorting covers loaded items only)</source>
        <translation>
            <numerusform>已加载 %n 项，滚动可加载更多 (排序仅针对已加载的项)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected (%1)</source>
        <translation>
            <numerusform>已选择 %n 项 (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Starting sandbox...</source>
        <translation>正在启动沙盒...</translation>
    </message>
    <message>
        <source>%1: unavailable</source>
        <translation>%1：不可用</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1：已连接</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; could not be created.</source>
        <translation>无法创建存储桶“%1”。</translation>
    </message>
    <message>
        <source>Bucket &quot;%1&quot; created. Drop files here to upload them.</source>
        <translation>已创建存储桶“%1”。将文件拖放到此处即可上传。</translation>
    </message>
    <message>
        <source>Could not look into the bucket &quot;%1&quot;.</source>
        <translation>无法查看存储桶“%1”的内容。</translation>
    </message>
    <message>
        <source>more than 1000 objects</source>
        <translation>超过 1000 个对象</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Bucket</source>
        <translation>删除存储桶</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; still holds %2. Delete them first, then delete the bucket.</source>
        <translation>存储桶“%1”中仍有 %2。请先删除这些对象，再删除存储桶。</translation>
    </message>
    <message>
        <source>Delete the empty bucket &quot;%1&quot;?</source>
        <translation>删除空存储桶“%1”？</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; could not be deleted.</source>
        <translation>无法删除存储桶“%1”。</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>No credential store is available to keep the secret key.</source>
        <translation>没有可用于保存私有密钥的凭证存储。</translation>
    </message>
    <message>
        <source>The connection could not be saved.</source>
        <translation>无法保存连接。</translation>
    </message>
    <message>
        <source>Upload Files</source>
        <translation>上传文件</translation>
    </message>
    <message>
        <source>Upload Folder</source>
        <translation>上传文件夹</translation>
    </message>
    <message>
        <source>Download To</source>
        <translation>下载到</translation>
    </message>
    <message>
        <source>The folder could not be listed.</source>
        <translation>无法列出文件夹。</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>文件夹名称:</translation>
    </message>
    <message>
        <source>The folder could not be created.</source>
        <translation>无法创建文件夹。</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称:</translation>
    </message>
    <message>
        <source>S3 cannot rename: this copies %1 of data to the new name and then deletes the old object. Continue?</source>
        <translation>S3 无法直接重命名：此操作会将 %1 的数据复制到新名称下，然后删除旧对象。是否继续？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be renamed.</source>
        <translation>无法重命名“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>删除 %n 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (including the contents of %n folder(s))</source>
        <translation>
            <numerusform> (包括 %n 个文件夹中的内容)</numerusform>
        </translation>
    </message>
    <message>
        <source>This bucket keeps versions: S3 adds a delete marker and keeps the old versions. Undo (Ctrl+Z) removes the markers again.</source>
        <translation>此存储桶保留版本：S3 会添加删除标记并保留旧版本。撤销 (Ctrl+Z) 会再次移除这些标记。</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The objects could not be deleted.</source>
        <translation>无法删除这些对象。</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be deleted.</source>
        <translation>
            <numerusform>有 %n 个对象无法删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>The delete could not be undone.</source>
        <translation>无法撤销删除。</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n object(s).</source>
        <translation>
            <numerusform>已恢复 %n 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>The link works for:</source>
        <translation>链接有效期:</translation>
    </message>
    <message>
        <source>No link could be made.</source>
        <translation>无法生成链接。</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied to the clipboard.</source>
        <translation>
            <numerusform>已将 %n 个链接复制到剪贴板。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Versions</source>
        <translation>显示版本(&amp;V)</translation>
    </message>
    <message>
        <source>List every version and delete marker of the objects</source>
        <translation>列出对象的所有版本和删除标记</translation>
    </message>
    <message>
        <source>Nothing to undo: the delete markers are already gone.</source>
        <translation>无可撤销：删除标记已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%n delete marker(s) were already gone.</source>
        <translation>
            <numerusform>%n 个删除标记已不存在。</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse at Date</source>
        <translation>按日期浏览</translation>
    </message>
    <message>
        <source>Show this folder as it was at:</source>
        <translation>显示此文件夹在以下时间的状态：</translation>
    </message>
    <message>
        <source>Showing the objects as they were at %1 (read-only).</source>
        <translation>正在显示 %1 时的对象（只读）。</translation>
    </message>
    <message>
        <source>Browse at &amp;Date…</source>
        <translation>按日期浏览(&amp;D)…</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>上传完成</translation>
    </message>
    <message>
        <source>%1 (%2) is in %3.</source>
        <translation>%1（%2）已在 %3 中。</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>下载完成</translation>
    </message>
    <message>
        <source>%1 (%2) is saved.</source>
        <translation>%1（%2）已保存。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not downloaded: its name cannot be a file name here.</source>
        <translation>“%1”未下载：其名称在此处不能作为文件名。</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) not downloaded: their keys cannot be paths inside the folder.</source>
        <translation>
            <numerusform>%n 个对象未下载：其键不能作为文件夹内的路径。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ObjectListModel</name>
    <message>
        <source>Sorting orders the rows loaded so far; scroll down to load more.</source>
        <translation>排序只针对目前已加载的行；向下滚动可加载更多。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>存储类</translation>
    </message>
    <message>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <source>%1 (delete marker)</source>
        <translation>%1（删除标记）</translation>
    </message>
    <message>
        <source>%1 (older version)</source>
        <translation>%1（旧版本）</translation>
    </message>
    <message>
        <source>%1
Version: %2</source>
        <translation>%1
版本：%2</translation>
    </message>
</context>
<context>
    <name>Gui::PolicyEditorDialog</name>
    <message>
        <source>Public read of a prefix</source>
        <translation>前缀公开读取</translation>
    </message>
    <message>
        <source>Deny access without TLS</source>
        <translation>拒绝非 TLS 访问</translation>
    </message>
    <message>
        <source>Deny unencrypted uploads</source>
        <translation>拒绝未加密的上传</translation>
    </message>
    <message>
        <source>Grant a user read/write on a prefix</source>
        <translation>授予用户对前缀的读写权限</translation>
    </message>
    <message>
        <source>Restrict access to an IP range</source>
        <translation>将访问限制在 IP 范围内</translation>
    </message>
    <message>
        <source>Read-only for a user</source>
        <translation>用户只读</translation>
    </message>
    <message>
        <source>Write-only drop box for a user</source>
        <translation>用户只写投递箱</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>存储桶：</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>前缀：</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>账户 ID：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Address range (CIDR):</source>
        <translation>地址范围（CIDR）：</translation>
    </message>
    <message>
        <source>Bucket policy - %1</source>
        <translation>存储桶策略 - %1</translation>
    </message>
    <message>
        <source>Bucket policy of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>存储桶 &lt;b&gt;%1&lt;/b&gt; 的策略</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Sid</source>
        <translation>Sid</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Edit a cell to change the statement. Lists are separated by commas; &quot;NOT &quot; in front writes NotPrincipal, NotAction or NotResource.</source>
        <translation>编辑单元格即可修改语句。列表以逗号分隔；前面加 &quot;NOT &quot; 会写成 NotPrincipal、NotAction 或 NotResource。</translation>
    </message>
    <message>
        <source>Conditions of the selected statement (all must hold):</source>
        <translation>所选语句的条件（必须全部满足）：</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运算符</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>移除条件</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>添加语句</translation>
    </message>
    <message>
        <source>Remove statement</source>
        <translation>移除语句</translation>
    </message>
    <message>
        <source>Actions...</source>
        <translation>操作...</translation>
    </message>
    <message>
        <source>Resources...</source>
        <translation>资源...</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>语句</translation>
    </message>
    <message>
        <source>The policy as `aws s3api put-bucket-policy` reads it. Edits here update the table.</source>
        <translation>`aws s3api put-bucket-policy` 读取的策略格式。此处的编辑会更新表格。</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Anonymous (no credentials)</source>
        <translation>匿名（无凭证）</translation>
    </message>
    <message>
        <source>Account root (bucket owner)</source>
        <translation>账户根用户（存储桶所有者）</translation>
    </message>
    <message>
        <source>IAM ARN...</source>
        <translation>IAM ARN...</translation>
    </message>
    <message>
        <source>empty: the bucket itself</source>
        <translation>留空：存储桶本身</translation>
    </message>
    <message>
        <source>s3:prefix of a listing (empty: not set)</source>
        <translation>列表的 s3:prefix（留空：不设置）</translation>
    </message>
    <message>
        <source>The request arrives over TLS (aws:SecureTransport)</source>
        <translation>请求通过 TLS 到达（aws:SecureTransport）</translation>
    </message>
    <message>
        <source>Principal:</source>
        <translation>主体：</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Object key:</source>
        <translation>对象键：</translation>
    </message>
    <message>
        <source>List prefix:</source>
        <translation>列表前缀：</translation>
    </message>
    <message>
        <source>Source IP:</source>
        <translation>源 IP：</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>The simulator evaluates the policy in this editor (also before it is applied), as the server evaluates requests. The deciding statement is highlighted in the Statements table.</source>
        <translation>模拟器按服务器评估请求的方式评估此编辑器中的策略（应用前亦可）。起决定作用的语句会在语句表中突出显示。</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>删除策略</translation>
    </message>
    <message>
        <source>Apply to bucket</source>
        <translation>应用到存储桶</translation>
    </message>
    <message>
        <source>Loading the bucket policy...</source>
        <translation>正在加载存储桶策略...</translation>
    </message>
    <message>
        <source>The bucket has no policy yet.</source>
        <translation>该存储桶尚无策略。</translation>
    </message>
    <message>
        <source>Could not load the bucket policy: %1</source>
        <translation>无法加载存储桶策略：%1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n statement(s).</source>
        <translation>
            <numerusform>已加载 %n 条语句。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>正在应用...</translation>
    </message>
    <message>
        <source>The server refused the policy: %1
%2</source>
        <translation>服务器拒绝了该策略：%1
%2</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n statement(s) to the bucket.</source>
        <translation>
            <numerusform>已将 %n 条语句应用到存储桶。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the bucket policy...</source>
        <translation>正在删除存储桶策略...</translation>
    </message>
    <message>
        <source>The server refused to delete the policy: %1
%2</source>
        <translation>服务器拒绝删除该策略：%1
%2</translation>
    </message>
    <message>
        <source>The bucket policy was deleted.</source>
        <translation>存储桶策略已删除。</translation>
    </message>
    <message>
        <source>Edit the conditions in the table below.</source>
        <translation>请在下方表格中编辑条件。</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3. The table is locked until the JSON is fixed.</source>
        <translation>第 %1 行，第 %2 列：%3。在修复 JSON 之前表格处于锁定状态。</translation>
    </message>
    <message>
        <source>Locked while the JSON has an error</source>
        <translation>JSON 有错误时锁定</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s), no problems found.</source>
        <translation>
            <numerusform>%n 条语句，未发现问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the server will refuse this policy.</source>
        <translation>
            <numerusform>%n 个问题：服务器将拒绝此策略。</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>语句 %1</translation>
    </message>
    <message>
        <source>Statement %1 (%2)</source>
        <translation>语句 %1（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;anyone on the internet, also without credentials&lt;/b&gt;</source>
        <translation>&lt;b&gt;互联网上的任何人（包括无凭证者）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;everyone except %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;除 %1 以外的所有人&lt;/b&gt;</translation>
    </message>
    <message>
        <source>every action except %1</source>
        <translation>除 %1 以外的所有操作</translation>
    </message>
    <message>
        <source>everything except %1</source>
        <translation>除 %1 以外的所有资源</translation>
    </message>
    <message>
        <source>%1 lets %2 do %3 on %4</source>
        <translation>%1 允许 %2 对 %4 执行 %3</translation>
    </message>
    <message>
        <source>, when %1</source>
        <translation>，条件为 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This policy makes the bucket public.&lt;/b&gt;</source>
        <translation>&lt;b&gt;此策略会公开该存储桶。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Added the template &quot;%1&quot;. Apply to send it to the bucket.</source>
        <translation>已添加模板“%1”。点击应用以发送到存储桶。</translation>
    </message>
    <message>
        <source>Sandbox user %1</source>
        <translation>沙盒用户 %1</translation>
    </message>
    <message>
        <source>Fix the policy first</source>
        <translation>请先修复策略</translation>
    </message>
    <message>
        <source>Reading the user&apos;s policies...</source>
        <translation>正在读取用户的策略...</translation>
    </message>
    <message>
        <source>Could not read the user&apos;s policies: %1</source>
        <translation>无法读取用户的策略：%1</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Deny (explicit)</source>
        <translation>拒绝（显式）</translation>
    </message>
    <message>
        <source>Deny (no statement allows it)</source>
        <translation>拒绝（没有语句允许）</translation>
    </message>
    <message>
        <source>Request: %1 %2 on %3</source>
        <translation>请求：%1 对 %3 执行 %2</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Decided by: the account root (allowed unless the bucket policy denies explicitly)</source>
        <translation>决定者：账户根用户（除非存储桶策略显式拒绝，否则允许）</translation>
    </message>
    <message>
        <source>Decided by the user&apos;s identity policy &quot;%1&quot;, statement %2.</source>
        <translation>由用户的身份策略“%1”的语句 %2 决定。</translation>
    </message>
    <message>
        <source>This endpoint does not support bucket policies (it answered the capability probe with NotImplemented). The editor and the simulator still work on the text.</source>
        <translation>此端点不支持存储桶策略（它对功能探测的回答是 NotImplemented）。编辑器和模拟器仍可处理文本。</translation>
    </message>
</context>
<context>
    <name>Gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认 (%1)</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>配色(&amp;C):</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>A new language applies at once to the menus, the toolbar, the status bar and the column headers. Panels and dialogs that are already open, and the details pane, show it after Pail is restarted.</source>
        <translation>新语言会立即应用于菜单、工具栏、状态栏和列标题。已经打开的面板和对话框以及详细信息窗格将在重新启动 Pail 后显示新语言。</translation>
    </message>
    <message>
        <source>The language applies after Pail is restarted.</source>
        <translation>语言将在重新启动 Pail 后生效。</translation>
    </message>
</context>
<context>
    <name>Gui::ResourcePickerDialog</name>
    <message>
        <source>Choose resources</source>
        <translation>选择资源</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>存储桶：</translation>
    </message>
    <message>
        <source>The bucket itself (listing, bucket settings)</source>
        <translation>存储桶本身（列表、存储桶设置）</translation>
    </message>
    <message>
        <source>All objects in the bucket</source>
        <translation>存储桶中的所有对象</translation>
    </message>
    <message>
        <source>Objects under a prefix:</source>
        <translation>前缀下的对象：</translation>
    </message>
    <message>
        <source>e.g. public/</source>
        <translation>例如 public/</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxMenu</name>
    <message>
        <source>&amp;Sandbox</source>
        <translation>沙盒(&amp;S)</translation>
    </message>
    <message>
        <source>Sandbox &amp;panel...</source>
        <translation>沙盒面板(&amp;P)...</translation>
    </message>
    <message>
        <source>Serve the local sandbox on a port, with its keys, request log, clock and storage</source>
        <translation>在端口上提供本地沙盒,含密钥、请求日志、时钟和存储</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxPanel</name>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>终端节点 URL:</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>访问密钥 ID:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>私有访问密钥:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>请求日志</translation>
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
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;&amp;#9679; Running&lt;/b&gt; on %1</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;&amp;#9679; 运行中&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#777&apos;&gt;&amp;#9679; Stopped&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#777&apos;&gt;&amp;#9679; 已停止&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;&amp;#9679; Stopped:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;&amp;#9679; 已停止：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>%1
operation: %2
request id: %3
bytes in/out: %4/%5</source>
        <translation>%1
操作：%2
请求 ID：%3
输入/输出字节：%4/%5</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>Reachable from other computers</source>
        <translation>可从其他计算机访问</translation>
    </message>
    <message>
        <source>Off: the server listens on 127.0.0.1 only (this computer). On: on every network interface; anyone who can reach the port and has the keys can use it.</source>
        <translation>关闭:服务器只在 127.0.0.1(本机)上监听。开启:在所有网络接口上监听;任何能访问该端口并持有密钥的人都可以使用。</translation>
    </message>
    <message>
        <source>HTTPS (self-signed certificate)</source>
        <translation>HTTPS(自签名证书)</translation>
    </message>
    <message>
        <source>A certificate for localhost, 127.0.0.1 and ::1 is generated in the sandbox&apos;s data directory; clients must trust it (see the snippets).</source>
        <translation>会在沙盒数据目录中生成适用于 localhost、127.0.0.1 和 ::1 的证书;客户端必须信任它(见代码片段)。</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证书:</translation>
    </message>
    <message>
        <source>Filter by method, path, status or user</source>
        <translation>按方法、路径、状态或用户筛选</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>真实时间</translation>
    </message>
    <message>
        <source>Real seconds per simulated day: 60 makes a day pass every minute, so lifecycle rules and presigned link expiry can be watched.</source>
        <translation>每个模拟日对应的真实秒数:60 表示每分钟过去一天,便于观察生命周期规则和预签名链接过期。</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Sandbox time:</source>
        <translation>沙盒时间:</translation>
    </message>
    <message>
        <source>Day length:</source>
        <translation>一天的长度:</translation>
    </message>
    <message>
        <source>Jump ahead:</source>
        <translation>向前跳转:</translation>
    </message>
    <message>
        <source>Time only moves forward. Lifecycle rules run right after a jump; object dates, restores and presigned URL expiry follow the sandbox time.</source>
        <translation>时间只会向前。跳转后会立即运行生命周期规则;对象日期、恢复和预签名 URL 的过期都遵循沙盒时间。</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>any free port (now %1)</source>
        <translation>任意空闲端口(当前 %1)</translation>
    </message>
    <message>
        <source>plain HTTP: no certificate</source>
        <translation>普通 HTTP:无证书</translation>
    </message>
    <message>
        <source>account root (full access)</source>
        <translation>账户根用户(完全访问)</translation>
    </message>
    <message>
        <source>user (access from policies)</source>
        <translation>用户(通过策略访问)</translation>
    </message>
    <message>
        <source>Not counted yet: press Refresh.</source>
        <translation>尚未统计:请点击“刷新”。</translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>服务器未运行。</translation>
    </message>
    <message>
        <source>This server has no sandbox clock.</source>
        <translation>此服务器没有沙盒时钟。</translation>
    </message>
    <message numerus="yes">
        <source>%1 UTC (%n day(s) ahead of real time)</source>
        <translation>
            <numerusform>%1 UTC(比真实时间快 %n 天)</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Identity policies</source>
        <translation>身份策略</translation>
    </message>
    <message>
        <source>New user name (A-Z a-z 0-9 +=,.@_-)</source>
        <translation>新用户名(A-Z a-z 0-9 +=,.@_-)</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>The keys of a new user are shown here once</source>
        <translation>新用户的密钥只在此显示一次</translation>
    </message>
    <message>
        <source>Could not list the users: %1</source>
        <translation>无法列出用户:%1</translation>
    </message>
    <message>
        <source>The server refused the user: %1
%2</source>
        <translation>服务器拒绝了该用户:%1
%2</translation>
    </message>
    <message>
        <source>User %1 added. It can do nothing until an identity or bucket policy allows it; copy its keys now (access key ID, then secret), they are not shown again.</source>
        <translation>已添加用户 %1。在身份策略或存储桶策略允许之前它无法执行任何操作;请立即复制其密钥(先访问密钥 ID,后私密密钥),之后不会再显示。</translation>
    </message>
    <message>
        <source>User %1 removed.</source>
        <translation>已删除用户 %1。</translation>
    </message>
    <message>
        <source>The server refused: %1
%2</source>
        <translation>服务器拒绝：%1
%2</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxWindow</name>
    <message>
        <source>Local sandbox</source>
        <translation>本地沙盒</translation>
    </message>
</context>
<context>
    <name>Gui::ShareDialog</name>
    <message>
        <source>Share - %1</source>
        <translation>共享 - %1</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>对象:</translation>
    </message>
    <message>
        <source>Download (GET)</source>
        <translation>下载 (GET)</translation>
    </message>
    <message>
        <source>Upload (PUT)</source>
        <translation>上传 (PUT)</translation>
    </message>
    <message>
        <source>Link lets others:</source>
        <translation>链接允许他人:</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>7 days (maximum)</source>
        <translation>7 天 (最长)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Expires after:</source>
        <translation>过期时间:</translation>
    </message>
    <message>
        <source>optional: the name the browser saves it as</source>
        <translation>可选：浏览器保存时使用的文件名</translation>
    </message>
    <message>
        <source>Download as:</source>
        <translation>下载文件名:</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>创建链接</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>链接:</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Links handed out (still valid):</source>
        <translation>已分发的链接 (仍有效):</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>A presigned link can last at most 7 days (a limit of AWS Signature Version 4).</source>
        <translation>预签名链接最长有效 7 天 (AWS 签名版本 4 的限制)。</translation>
    </message>
    <message>
        <source>Cannot create the link: %1</source>
        <translation>无法创建链接：%1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Too long for a QR code</source>
        <translation>太长，无法生成二维码</translation>
    </message>
    <message>
        <source>Double-click to copy</source>
        <translation>双击复制</translation>
    </message>
</context>
<context>
    <name>Gui::StorageChart</name>
    <message>
        <source>Storage per bucket and class</source>
        <translation>按存储桶和类别统计的存储</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>正在统计...</translation>
    </message>
    <message>
        <source>Could not list the buckets: %1</source>
        <translation>无法列出存储桶:%1</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
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
            <numerusform>%n 个存储桶,共 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted from the first %1 objects only: %2.</source>
        <translation>仅统计了前 %1 个对象:%2。</translation>
    </message>
</context>
<context>
    <name>Gui::TransferDock</name>
    <message>
        <source>Transfers</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
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
        <translation>上传</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>失败（%1）：%2</translation>
    </message>
    <message>
        <source>Bulk job</source>
        <translation>批量任务</translation>
    </message>
    <message>
        <source>%1 objects/s</source>
        <translation>%1 个对象/秒</translation>
    </message>
</context>
</TS>
