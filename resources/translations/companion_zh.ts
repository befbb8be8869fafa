<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
  <context>
    <name>labels</name>
    <message>
      <source>Line {line}: {reason}</source>
      <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
      <source>Nothing was imported; correct these lines and try again:</source>
      <translation>未导入任何内容；请更正以下各行后重试：</translation>
    </message>
    <message>
      <source>This list would add {a}, update {u}; {k} unchanged.</source>
      <translation>此名单将新增 {a} 人，更新 {u} 人；{k} 人不变。</translation>
    </message>
    <message>
      <source>Imported: {a} added, {u} updated, {k} unchanged.</source>
      <translation>已导入：新增 {a} 人，更新 {u} 人，{k} 人不变。</translation>
    </message>
    <message>
      <source>Groups: {names}</source>
      <translation>小组：{names}</translation>
    </message>
    <message>
      <source>Interpreters' own languages set in the booths: {names}</source>
      <translation>已在同传间中设置口译员各自的语言：{names}</translation>
    </message>
    <message>
      <source>{n} new personal code(s): export them now, they are shown only once.</source>
      <translation>{n} 个新个人代码：请立即导出，它们只显示一次。</translation>
    </message>
    <message>
      <source>{n} code(s) saved to {path} (readable by you only).</source>
      <translation>已将 {n} 个代码保存到 {path}（仅您可读）。</translation>
    </message>
    <message>
      <source>New personal codes</source>
      <translation>新的个人代码</translation>
    </message>
    <message>
      <source>New personal codes, shown only once:</source>
      <translation>新的个人代码（仅显示一次）：</translation>
    </message>
    <message>
      <source>New code for {who}: {code} (the previous one no longer signs in).</source>
      <translation>{who} 的新代码：{code}（旧代码已不能登录）。</translation>
    </message>
    <message>
      <source>Their open sign-ins are ended.</source>
      <translation>此人已登录的会话均已结束。</translation>
    </message>
    <message>
      <source>{n} participant(s) registered.</source>
      <translation>已登记 {n} 名与会者。</translation>
    </message>
    <message>
      <source>the file says it is Unicode text, but this line is broken; save it again as CSV UTF-8</source>
      <translation>文件声明为 Unicode 文本，但此行已损坏；请重新另存为 CSV UTF-8</translation>
    </message>
    <message>
      <source>this is a workbook, not a text file: in the spreadsheet, save it as “CSV UTF-8” or “Unicode Text” and import that file</source>
      <translation>这是工作簿，不是文本文件：请在电子表格中另存为“CSV UTF-8”或“Unicode 文本”，再导入该文件</translation>
    </message>
    <message>
      <source>the file is empty: it needs a header line naming the columns</source>
      <translation>文件为空：需要一行列名标题</translation>
    </message>
    <message>
      <source>the header has no “{column}” column</source>
      <translation>标题行中没有“{column}”列</translation>
    </message>
    <message>
      <source>the file lists nobody</source>
      <translation>文件中没有任何人</translation>
    </message>
    <message>
      <source>the file lists more than {value} people</source>
      <translation>文件中的人数超过 {value}</translation>
    </message>
    <message>
      <source>this line has more cells than the header has columns</source>
      <translation>此行的单元格多于标题行的列数</translation>
    </message>
    <message>
      <source>the name is missing</source>
      <translation>缺少姓名</translation>
    </message>
    <message>
      <source>no role is given (delegate, chair, interpreter or secretariat)</source>
      <translation>未填写角色（delegate、chair、interpreter 或 secretariat）</translation>
    </message>
    <message>
      <source>“{value}” is not a role (delegate, chair, interpreter, secretariat)</source>
      <translation>“{value}”不是角色（delegate、chair、interpreter、secretariat）</translation>
    </message>
    <message>
      <source>“{value}” is not a kind of delegation (member_state, observer, igo, ngo, other)</source>
      <translation>“{value}”不是代表团类型（member_state、observer、igo、ngo、other）</translation>
    </message>
    <message>
      <source>“{value}” is not a way of attending (onsite, remote)</source>
      <translation>“{value}”不是参会方式（onsite、remote）</translation>
    </message>
    <message>
      <source>“{value}” is not one of the meeting's languages</source>
      <translation>“{value}”不是会议语言之一</translation>
    </message>
    <message>
      <source>an interpreter needs the language of their booth</source>
      <translation>口译员需要填写其译员箱的语言</translation>
    </message>
    <message>
      <source>“{value}” is not an e-mail address</source>
      <translation>“{value}”不是电子邮件地址</translation>
    </message>
    <message>
      <source>the “{column}” cell is too long</source>
      <translation>“{column}”单元格过长</translation>
    </message>
    <message>
      <source>the same person is already on line {value}</source>
      <translation>同一人已出现在第 {value} 行</translation>
    </message>
    <message>
      <source>several registered people are called “{value}” in this delegation: give the e-mail of the one meant</source>
      <translation>此代表团中有多名已登记人员名为“{value}”：请填写所指人员的电子邮件</translation>
    </message>
    <message>
      <source>the “{column}” cell (“{value}…”) holds a line break; join it into one line and import again</source>
      <translation>“{column}”单元格（“{value}…”）中含有换行；请合并为一行后重新导入</translation>
    </message>
    <message>
      <source>the header names the column “{column}” twice</source>
      <translation>标题行两次列出了“{column}”列</translation>
    </message>
    <message>
      <source>“{value}” is in a column the header does not name</source>
      <translation>“{value}”位于标题行未命名的列中</translation>
    </message>
    <message>
      <source>the file is not readable as CSV here (a quote not closed, or a cell far too long)</source>
      <translation>此处文件无法按 CSV 读取（引号未闭合，或单元格过长）</translation>
    </message>
    <message>
      <source>the “{column}” cell holds a control character or a broken character</source>
      <translation>“{column}”单元格含有控制字符或损坏的字符</translation>
    </message>
    <message>
      <source>the groups this file names cannot be declared (too many groups, too many delegations in one, or a name too long)</source>
      <translation>无法声明此文件中列出的小组（小组过多、某一小组中的代表团过多，或名称过长）</translation>
    </message>
    <message>
      <source>“{value}” is in the “{column}” column, which only an interpreter has: empty the cell, or make this person an interpreter</source>
      <translation>“{value}”位于只有口译员才有的“{column}”列中：请清空该单元格，或将此人设为口译员</translation>
    </message>
    <message>
      <source>“{value}” is the language of this interpreter's own booth</source>
      <translation>“{value}”是该口译员本人所在同传间的语言</translation>
    </message>
    <message>
      <source>the interpreters' languages this file gives the “{value}” booth cannot be set (more than 12 interpreters with their own languages, or a name longer than 120 characters)</source>
      <translation>无法为“{value}”同传间的口译员设置此文件给出的语言（自有语言的口译员超过 12 名，或姓名超过 120 个字符）</translation>
    </message>
    <message>
      <source>the file is not UTF-8, so it was read as Windows-1252 (Excel's “CSV”); check the accented names (the first is “{value}”) and, if one looks wrong, save the list as “CSV UTF-8”</source>
      <translation>文件不是 UTF-8，因此按 Windows-1252（Excel 的“CSV”）读取；请检查带重音符号的姓名（第一个是“{value}”），如有错误，请将名单另存为“CSV UTF-8”</translation>
    </message>
    <message>
      <source>columns this app does not use were ignored: {value}</source>
      <translation>已忽略本应用不使用的列：{value}</translation>
    </message>
    <message>
      <source>{place}: {reason}</source>
      <translation>{place}：{reason}</translation>
    </message>
    <message>
      <source>line {line}, {place}</source>
      <translation>第 {line} 行，{place}</translation>
    </message>
    <message>
      <source>a reason this app does not know ({code})</source>
      <translation>本应用不认识的原因（{code}）</translation>
    </message>
    <message>
      <source>the file is larger than {limit_mb} MB; a schedule may be at most {limit_mb} MB</source>
      <translation>文件大于 {limit_mb} MB；日程文件最多 {limit_mb} MB</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text (line {line}, byte {byte}); save it as UTF-8</source>
      <translation>文件不是 UTF-8 文本（第 {line} 行，第 {byte} 字节）；请以 UTF-8 保存</translation>
    </message>
    <message>
      <source>the file is not a schedule this app reads (frab, c3voc JSON, iCalendar)</source>
      <translation>该文件不是本应用可读取的日程（frab、c3voc JSON、iCalendar）</translation>
    </message>
    <message>
      <source>the XML is broken at line {line}, column {column}</source>
      <translation>XML 在第 {line} 行第 {column} 列损坏</translation>
    </message>
    <message>
      <source>the XML file uses entities or external references, refused for safety</source>
      <translation>该 XML 文件使用了实体或外部引用，出于安全原因被拒绝</translation>
    </message>
    <message>
      <source>this XML is not a frab schedule (its root is &lt;{root}&gt;)</source>
      <translation>该 XML 不是 frab 日程（其根元素为 &lt;{root}&gt;）</translation>
    </message>
    <message>
      <source>the JSON is broken at line {line}, column {column}</source>
      <translation>JSON 在第 {line} 行第 {column} 列损坏</translation>
    </message>
    <message>
      <source>this JSON is not a c3voc schedule</source>
      <translation>该 JSON 不是 c3voc 日程</translation>
    </message>
    <message>
      <source>the iCalendar file is broken</source>
      <translation>iCalendar 文件已损坏</translation>
    </message>
    <message>
      <source>the schedule has {count} events; at most {limit} are accepted</source>
      <translation>日程有 {count} 个活动；最多接受 {limit} 个</translation>
    </message>
    <message>
      <source>unknown time zone “{zone}”</source>
      <translation>未知时区“{zone}”</translation>
    </message>
    <message>
      <source>{time} does not exist in {zone} (the clocks skip that hour)</source>
      <translation>{time} 在 {zone} 中不存在（时钟跳过了该小时）</translation>
    </message>
    <message>
      <source>it has no guid or UID, so a later import could not keep it in step</source>
      <translation>没有 guid 或 UID，以后导入时无法保持同步</translation>
    </message>
    <message>
      <source>its id is longer than {limit} characters</source>
      <translation>其标识超过 {limit} 个字符</translation>
    </message>
    <message>
      <source>its id “{id}” appears twice (first at {first})</source>
      <translation>其标识“{id}”出现两次（第一次在 {first}）</translation>
    </message>
    <message>
      <source>it ends before it starts</source>
      <translation>结束早于开始</translation>
    </message>
    <message>
      <source>it lasts no time (it ends when it starts)</source>
      <translation>时长为零（开始即结束）</translation>
    </message>
    <message>
      <source>it has no title</source>
      <translation>没有标题</translation>
    </message>
    <message>
      <source>it has no {field}</source>
      <translation>缺少 {field}</translation>
    </message>
    <message>
      <source>{field} should be {expected}</source>
      <translation>{field} 应为{expected}</translation>
    </message>
    <message>
      <source>{field} appears more than once</source>
      <translation>{field} 出现了不止一次</translation>
    </message>
    <message>
      <source>{field} is not in its place (it belongs in {parent})</source>
      <translation>{field} 不在应有的位置（应位于 {parent} 中）</translation>
    </message>
    <message>
      <source>{field} has a value the format does not allow</source>
      <translation>{field} 的值不符合该格式的规定</translation>
    </message>
    <message>
      <source>it gives both {field} and {other}; the format allows only one</source>
      <translation>同时给出了 {field} 和 {other}；该格式只允许其中之一</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a date</source>
      <translation>{field}“{value}”不是日期</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a time of day</source>
      <translation>{field}“{value}”不是一天中的时间</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a date and time</source>
      <translation>{field}“{value}”不是日期和时间</translation>
    </message>
    <message>
      <source>the duration “{value}” cannot be read</source>
      <translation>无法读取时长“{value}”</translation>
    </message>
    <message>
      <source>{field} is a whole day ({value}), not a time</source>
      <translation>{field} 是全天（{value}），不是时间</translation>
    </message>
    <message>
      <source>its time zone “{zone}” is not defined in the file</source>
      <translation>其时区“{zone}”未在文件中定义</translation>
    </message>
    <message>
      <source>its times fall outside the years {first}–{last} an agenda holds</source>
      <translation>其时间超出了议程可容纳的 {first}–{last} 年范围</translation>
    </message>
    <message>
      <source>its text holds a control character or a text-direction control</source>
      <translation>其文本含有控制字符或文字方向控制符</translation>
    </message>
    <message>
      <source>the meeting does not accept it ({code})</source>
      <translation>会议不接受此项（{code}）</translation>
    </message>
    <message>
      <source>the file names no time zone; its times were read as meeting time ({zone})</source>
      <translation>文件未指明时区；其时间按会议时间（{zone}）读取</translation>
    </message>
    <message>
      <source>{count} event(s) have no time zone; read as meeting time ({zone})</source>
      <translation>{count} 个活动没有时区；按会议时间（{zone}）读取</translation>
    </message>
    <message>
      <source>{count} event(s) after midnight were put on the next date</source>
      <translation>{count} 个午夜后的活动被移到下一日期</translation>
    </message>
    <message>
      <source>{count} event(s) start in the hour {zone} repeats; read as the first one</source>
      <translation>{count} 个活动开始于 {zone} 重复的那一小时；按第一次读取</translation>
    </message>
    <message>
      <source>it repeats: imported as {count} item(s), one per occurrence</source>
      <translation>它会重复：已按每次重复导入为 {count} 个议程项</translation>
    </message>
    <message>
      <source>it repeats without end or too often: its {count} occurrence(s) up to {last} were imported, the later ones left out</source>
      <translation>它无限重复或重复过于频繁：已导入截至 {last} 的 {count} 次重复，之后的未导入</translation>
    </message>
    <message>
      <source>it repeats, but working out this file's repeating events already took {seconds} s; it was left out (simplify its rule or import it in a file of its own)</source>
      <translation>它会重复，但计算此文件中的重复事件已用去 {seconds} 秒；已略过它（请简化其规则，或将其放在单独的文件中导入）</translation>
    </message>
    <message>
      <source>its {field} had {length} characters; it was shortened to {limit}</source>
      <translation>其“{field}”有 {length} 个字符；已缩短为 {limit} 个</translation>
    </message>
    <message>
      <source>the day dated {date} starts on {used} in {zone}; its events were filed under {used}</source>
      <translation>日期为 {date} 的一天在 {zone} 时区于 {used} 开始；其活动已归入 {used}</translation>
    </message>
    <message>
      <source>{count} item(s) fall outside the meeting's days ({first} to {last}), from {earliest} to {latest}</source>
      <translation>有 {count} 个议程项不在会议日期（{first} 至 {last}）之内，日期为 {earliest} 至 {latest}</translation>
    </message>
    <message>
      <source>text</source>
      <translation>文本</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>数字</translation>
    </message>
    <message>
      <source>text or a number</source>
      <translation>文本或数字</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>列表</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>对象</translation>
    </message>
    <message>
      <source>an object or text</source>
      <translation>对象或文本</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>整数</translation>
    </message>
    <message>
      <source>text, or text per language</source>
      <translation>文本，或按语言分列的文本</translation>
    </message>
    <message>
      <source>day</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>start</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>end</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>description</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>moderators</source>
      <translation>主持人</translation>
    </message>
    <message>
      <source>speakers</source>
      <translation>发言人</translation>
    </message>
    <message>
      <source>room</source>
      <translation>会议室</translation>
    </message>
    <message>
      <source>formats</source>
      <translation>形式</translation>
    </message>
    <message>
      <source>languages</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>public</source>
      <translation>公开</translation>
    </message>
    <message>
      <source>there is no meeting '{meeting}'</source>
      <translation>没有会议 '{meeting}'</translation>
    </message>
    <message>
      <source>meeting '{meeting}' already exists</source>
      <translation>会议 '{meeting}' 已存在</translation>
    </message>
    <message>
      <source>there is no participant '{participant}' in {meeting}</source>
      <translation>{meeting} 中没有参会者 '{participant}'</translation>
    </message>
    <message>
      <source>no participant '{who}' (give their id, their e-mail or “Name, Delegation”)</source>
      <translation>没有参会者 '{who}'（请给出其编号、电子邮件或“姓名, 代表团”）</translation>
    </message>
    <message>
      <source>the meeting is too busy to import into; try again</source>
      <translation>会议太忙，暂时无法导入；请重试</translation>
    </message>
    <message>
      <source>cannot read {path}: there is no such file</source>
      <translation>无法读取 {path}：没有这个文件</translation>
    </message>
    <message>
      <source>cannot read {path}: permission denied</source>
      <translation>无法读取 {path}：权限不足</translation>
    </message>
    <message>
      <source>cannot read {path}: it is a folder, not a file</source>
      <translation>无法读取 {path}：这是一个文件夹，不是文件</translation>
    </message>
    <message>
      <source>cannot read {path}: {reason}</source>
      <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
      <source>{path} is larger than {mb} MB</source>
      <translation>{path} 大于 {mb} MB</translation>
    </message>
    <message>
      <source>{path} exists already; codes are never written over a file</source>
      <translation>{path} 已存在；代码从不覆盖已有文件</translation>
    </message>
    <message>
      <source>cannot create {path}: {reason}</source>
      <translation>无法创建 {path}：{reason}</translation>
    </message>
    <message>
      <source>{paths} exists already; samples are never written over a file</source>
      <translation>{paths} 已存在；示例文件从不覆盖已有文件</translation>
    </message>
    <message>
      <source>cannot write in {folder}: {reason}</source>
      <translation>无法写入 {folder}：{reason}</translation>
    </message>
    <message>
      <source>create-meeting needs --title, --time-zone and --start (or --schedule FILE)</source>
      <translation>create-meeting 需要 --title、--time-zone 和 --start（或 --schedule FILE）</translation>
    </message>
    <message>
      <source>{path} names no time zone (no TZID, X-WR-TIMEZONE, time_zone_name or dated day starts): give --time-zone</source>
      <translation>{path} 未指明时区（没有 TZID、X-WR-TIMEZONE、time_zone_name 或带日期的日开始时间）：请给出 --time-zone</translation>
    </message>
    <message>
      <source>{path}: the schedule has no items ({n} event(s) skipped); nothing was changed.</source>
      <translation>{path}：日程中没有议程项（跳过了 {n} 个事件）；未做任何更改。</translation>
    </message>
    <message>
      <source>{path} was refused: {reason}</source>
      <translation>{path} 被拒绝：{reason}</translation>
    </message>
    <message>
      <source>sqlite URL needs a file path, e.g. sqlite:///meeting.db</source>
      <translation>sqlite 地址需要文件路径，例如 sqlite:///meeting.db</translation>
    </message>
    <message>
      <source>unsupported database URL '{url}' (use sqlite:///path/to/file.db or postgresql://user@host/dbname)</source>
      <translation>不支持的数据库地址 '{url}'（请使用 sqlite:///path/to/file.db 或 postgresql://user@host/dbname）</translation>
    </message>
    <message>
      <source>cannot open the database {path}: file is not a database of this server (or it is damaged)</source>
      <translation>无法打开数据库 {path}：该文件不是本服务器的数据库（或已损坏）</translation>
    </message>
    <message>
      <source>cannot open the database {path}: {reason}</source>
      <translation>无法打开数据库 {path}：{reason}</translation>
    </message>
    <message>
      <source>the database {path} failed: {reason}</source>
      <translation>数据库 {path} 出错：{reason}</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>已中断</translation>
    </message>
    <message>
      <source>'{zone}' is not an IANA time zone (e.g. Europe/Zurich).</source>
      <translation>'{zone}' 不是 IANA 时区（例如 Europe/Zurich）。</translation>
    </message>
    <message>
      <source>an interpreter needs a booth, one of: {languages} (--booth)</source>
      <translation>口译员需要一个译员厢，可选：{languages}（--booth）</translation>
    </message>
    <message>
      <source>only an interpreter has a booth (--booth)</source>
      <translation>只有口译员才有译员厢（--booth）</translation>
    </message>
    <message>
      <source>Meeting time</source>
      <translation>会议时间</translation>
    </message>
    <message>
      <source>moved</source>
      <translation>已改期</translation>
    </message>
    <message>
      <source>list open</source>
      <translation>名单开放</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>日</translation>
    </message>
    <message>
      <source>Your time</source>
      <translation>您的时间</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>议程项目</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Day {n}</source>
      <translation>第 {n} 天</translation>
    </message>
    <message>
      <source>list closed</source>
      <translation>名单关闭</translation>
    </message>
    <message>
      <source>● {what}</source>
      <translation>● {what}</translation>
    </message>
    <message>
      <source>new</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>time changed</source>
      <translation>时间已更改</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>已推迟</translation>
    </message>
    <message>
      <source>list opened</source>
      <translation>名单已开放</translation>
    </message>
    <message>
      <source>Search the agenda</source>
      <translation>搜索议程</translation>
    </message>
    <message>
      <source>Shows only the items whose text contains what you type.</source>
      <translation>只显示文本包含您所输入内容的项目。</translation>
    </message>
    <message>
      <source>My agenda only</source>
      <translation>只看我的议程</translation>
    </message>
    <message>
      <source>Shows only the items you starred.</source>
      <translation>只显示您关注的项目。</translation>
    </message>
    <message>
      <source>★ Star</source>
      <translation>★ 关注</translation>
    </message>
    <message>
      <source>Star or unstar the selected item</source>
      <translation>关注或取消关注所选项目</translation>
    </message>
    <message>
      <source>Starred items make up “my agenda”; you are reminded before they start.</source>
      <translation>关注的项目组成“我的议程”；开始前会提醒您。</translation>
    </message>
    <message>
      <source>All seen</source>
      <translation>全部已阅</translation>
    </message>
    <message>
      <source>Clears the ● marks of what changed since you last looked.</source>
      <translation>清除自您上次查看以来变化项目的 ● 标记。</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>议程</translation>
    </message>
    <message>
      <source>The two days, one item per row; arrow keys move, the details follow.</source>
      <translation>两天的议程，每行一个项目；方向键移动，详情随之显示。</translation>
    </message>
    <message>
      <source>Item details</source>
      <translation>项目详情</translation>
    </message>
    <message>
      <source>Search the agenda…</source>
      <translation>搜索议程…</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>口译</translation>
    </message>
    <message>
      <source>in the room</source>
      <translation>在会场</translation>
    </message>
    <message>
      <source>webcast</source>
      <translation>网络直播</translation>
    </message>
    <message>
      <source>Not available in your language: shown in the original ({language}).</source>
      <translation>没有您的语言版本：显示原文（{language}）。</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>提醒</translation>
    </message>
    <message>
      <source>Every alert of this session, newest first.</source>
      <translation>本次会话的全部提醒，最新的在前。</translation>
    </message>
    <message>
      <source>No alerts yet.</source>
      <translation>尚无提醒。</translation>
    </message>
    <message>
      <source>Alerts ({n} new)</source>
      <translation>提醒（{n} 条新）</translation>
    </message>
    <message>
      <source>Alerts ({n})</source>
      <translation>提醒（{n}）</translation>
    </message>
    <message>
      <source>Interpreters ({booth}) ask the speaker to SLOW DOWN</source>
      <translation>口译员（{booth}）请发言人放慢语速</translation>
    </message>
    <message>
      <source>Your request on “{item}” is registered: place {n}.</source>
      <translation>您在“{item}”上的请求已登记：第 {n} 位。</translation>
    </message>
    <message>
      <source>The chair declined your request on “{item}”: {why}</source>
      <translation>主席拒绝了您在“{item}”上的请求：{why}</translation>
    </message>
    <message>
      <source>no reason given</source>
      <translation>未说明理由</translation>
    </message>
    <message>
      <source>You have the floor.</source>
      <translation>请您发言。</translation>
    </message>
    <message>
      <source>You are next.</source>
      <translation>下一位是您。</translation>
    </message>
    <message>
      <source>Get ready to unmute.</source>
      <translation>请准备打开麦克风。</translation>
    </message>
    <message>
      <source>Your request on “{item}” is registered.</source>
      <translation>您在“{item}”上的请求已登记。</translation>
    </message>
    <message>
      <source>The list of speakers closes at {time}.</source>
      <translation>发言名单将于 {time} 截止。</translation>
    </message>
    <message>
      <source>Speakers of</source>
      <translation>发言名单所属议项</translation>
    </message>
    <message>
      <source>The live item, or another item whose list is open.</source>
      <translation>当前议项，或发言名单已开放的其他议项。</translation>
    </message>
    <message>
      <source>How many speakers</source>
      <translation>显示多少位发言者</translation>
    </message>
    <message>
      <source>How many of the next speakers the board lists.</source>
      <translation>看板列出接下来多少位发言者。</translation>
    </message>
    <message>
      <source>the live item</source>
      <translation>当前议项</translation>
    </message>
    <message>
      <source>Speakers of:</source>
      <translation>议项：</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>显示：</translation>
    </message>
    <message>
      <source>all</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>link</source>
      <translation>链接</translation>
    </message>
    <message>
      <source>glossary</source>
      <translation>术语表</translation>
    </message>
    <message>
      <source>Documents of the item</source>
      <translation>议项文件</translation>
    </message>
    <message>
      <source>Papers, links and the glossary for this item.</source>
      <translation>本议项的文件、链接和术语表。</translation>
    </message>
    <message>
      <source>Download…</source>
      <translation>下载…</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>术语表</translation>
    </message>
    <message>
      <source>The item's terms and their renderings.</source>
      <translation>本议项的术语及其译法。</translation>
    </message>
    <message>
      <source>Loading the documents…</source>
      <translation>正在加载文件…</translation>
    </message>
    <message>
      <source>Downloading…</source>
      <translation>正在下载…</translation>
    </message>
    <message>
      <source>No item chosen.</source>
      <translation>未选择议项。</translation>
    </message>
    <message>
      <source>{n} documents</source>
      <translation>{n} 份文件</translation>
    </message>
    <message>
      <source>No documents for this item.</source>
      <translation>本议项没有文件。</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <source>Save the document</source>
      <translation>保存文件</translation>
    </message>
    <message>
      <source>The documents could not be fetched: {why}</source>
      <translation>无法获取文件：{why}</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>已保存到 {path}</translation>
    </message>
    <message>
      <source>Could not save: {why}</source>
      <translation>无法保存：{why}</translation>
    </message>
    <message>
      <source>floor (your language)</source>
      <translation>原声（您的语言）</translation>
    </message>
    <message>
      <source>Your booth's shifts are over.</source>
      <translation>您的译箱班次已全部结束。</translation>
    </message>
    <message>
      <source>No shift set for your booth.</source>
      <translation>您的译箱尚未排班。</translation>
    </message>
    <message>
      <source>direct</source>
      <translation>直接</translation>
    </message>
    <message>
      <source>⚠ no interpretation into {languages}</source>
      <translation>⚠ 无法译入 {languages}</translation>
    </message>
    <message>
      <source>Handover within {n} min: {name} takes over at {time}</source>
      <translation>{n} 分钟内交接：{name} 于 {time} 接班</translation>
    </message>
    <message>
      <source>⚠ no booth gives it</source>
      <translation>⚠ 没有译箱可提供</translation>
    </message>
    <message>
      <source>pivot for {booths}</source>
      <translation>为 {booths} 提供接力</translation>
    </message>
    <message>
      <source>In the booth: {name} until {time} ({n} min left)</source>
      <translation>在箱译员：{name}，至 {time}（还剩 {n} 分钟）</translation>
    </message>
    <message>
      <source>Next: {name} from {time}</source>
      <translation>下一班：{name}，自 {time} 起</translation>
    </message>
    <message>
      <source>relay from {booth}</source>
      <translation>接力自{booth}</translation>
    </message>
    <message>
      <source>retour from {booth}</source>
      <translation>{booth}反译</translation>
    </message>
    <message>
      <source>Booths</source>
      <translation>译箱</translation>
    </message>
    <message>
      <source>{booth} works from {language}</source>
      <translation>{booth}从{language}译出</translation>
    </message>
    <message>
      <source>{booth} gives retour into {language}</source>
      <translation>{booth}反译为{language}</translation>
    </message>
    <message>
      <source>What each booth works from directly, and its retour.</source>
      <translation>各译箱可直接译出的语言，以及其反译语言。</translation>
    </message>
    <message>
      <source>Works from</source>
      <translation>译出语</translation>
    </message>
    <message>
      <source>Retour into</source>
      <translation>反译为</translation>
    </message>
    <message>
      <source>Booths…</source>
      <translation>译箱…</translation>
    </message>
    <message>
      <source>All the statements made for one group; 0: no budget.</source>
      <translation>代表同一集团所作的全部发言；0：不设配额。</translation>
    </message>
    <message>
      <source>All the statements of one delegation; 0: no budget.</source>
      <translation>同一代表团的全部发言；0：不设配额。</translation>
    </message>
    <message>
      <source>Budgets of speaking time</source>
      <translation>发言时间配额</translation>
    </message>
    <message>
      <source>Minutes per group</source>
      <translation>每个集团分钟数</translation>
    </message>
    <message>
      <source>Minutes per delegation</source>
      <translation>每个代表团分钟数</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>The chair and the speaker are warned as a budget runs out; no clock stops.</source>
      <translation>配额将用完时会提醒主席和发言人；计时器不会停止。</translation>
    </message>
    <message>
      <source>Call next</source>
      <translation>请下一位发言</translation>
    </message>
    <message>
      <source>Gives the floor to the first in the list.</source>
      <translation>请名单上的第一位发言。</translation>
    </message>
    <message>
      <source>Start clock</source>
      <translation>开始计时</translation>
    </message>
    <message>
      <source>Starts the speaker's clock.</source>
      <translation>开始为发言者计时。</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>暂停</translation>
    </message>
    <message>
      <source>Stops the clock for a moment.</source>
      <translation>暂时停止计时。</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>继续</translation>
    </message>
    <message>
      <source>Runs the clock again.</source>
      <translation>继续计时。</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>Ends the current statement.</source>
      <translation>结束当前发言。</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <source>Moves the selected speaker one place up.</source>
      <translation>将所选发言者上移一位。</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <source>Moves the selected speaker one place down.</source>
      <translation>将所选发言者下移一位。</translation>
    </message>
    <message>
      <source>Move to top</source>
      <translation>移至最前</translation>
    </message>
    <message>
      <source>Moves the selected speakers to the top.</source>
      <translation>将所选发言者移至名单最前。</translation>
    </message>
    <message>
      <source>Move to bottom</source>
      <translation>移至最后</translation>
    </message>
    <message>
      <source>Moves the selected speakers to the bottom.</source>
      <translation>将所选发言者移至名单最后。</translation>
    </message>
    <message>
      <source>Move to place…</source>
      <translation>移至位置…</translation>
    </message>
    <message>
      <source>Moves the selected speakers to a place you type.</source>
      <translation>将所选发言者移至您输入的位置。</translation>
    </message>
    <message>
      <source>Decline…</source>
      <translation>拒绝…</translation>
    </message>
    <message>
      <source>Refuses the selected requests, with a reason.</source>
      <translation>拒绝所选请求并说明理由。</translation>
    </message>
    <message>
      <source>Close the list</source>
      <translation>关闭名单</translation>
    </message>
    <message>
      <source>Opens or closes the list of speakers.</source>
      <translation>开放或关闭发言名单。</translation>
    </message>
    <message>
      <source>Deadline…</source>
      <translation>截止时间…</translation>
    </message>
    <message>
      <source>Sets, moves or lifts the time the open list closes by itself.</source>
      <translation>设置、更改或取消开放名单自动截止的时间。</translation>
    </message>
    <message>
      <source>Add from the floor…</source>
      <translation>从会场添加…</translation>
    </message>
    <message>
      <source>Puts a delegation that raised its flag in the room on the list.</source>
      <translation>将在会场举牌的代表团加入名单。</translation>
    </message>
    <message>
      <source>Interposed question…</source>
      <translation>插话提问…</translation>
    </message>
    <message>
      <source>Gives the floor for a short question; the speaker's clock waits, then runs on.</source>
      <translation>为简短提问给予发言权；发言人的计时暂停，之后继续。</translation>
    </message>
    <message>
      <source>Set live</source>
      <translation>设为进行中</translation>
    </message>
    <message>
      <source>Marks this item as the one in session.</source>
      <translation>将此项目设为正在进行。</translation>
    </message>
    <message>
      <source>Set done</source>
      <translation>标为已结束</translation>
    </message>
    <message>
      <source>Marks this item as finished.</source>
      <translation>将此项目标为已结束。</translation>
    </message>
    <message>
      <source>Postpone</source>
      <translation>推迟</translation>
    </message>
    <message>
      <source>Marks this item as postponed.</source>
      <translation>将此项目标为已推迟。</translation>
    </message>
    <message>
      <source>List of speakers</source>
      <translation>发言名单</translation>
    </message>
    <message>
      <source>In calling order; drag a row, or Ctrl+Up and Ctrl+Down, to move a speaker; Shift or Ctrl with a click selects several.</source>
      <translation>按发言顺序排列；拖动一行，或按 Ctrl+Up 和 Ctrl+Down 调整发言者位置；按住 Shift 或 Ctrl 单击可选择多行。</translation>
    </message>
    <message>
      <source>Selected request</source>
      <translation>所选请求</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>数据</translation>
    </message>
    <message>
      <source>Budgets…</source>
      <translation>配额…</translation>
    </message>
    <message>
      <source>Minutes of speaking time per group and per delegation.</source>
      <translation>每个集团和每个代表团的发言分钟数。</translation>
    </message>
    <message>
      <source>Move to place</source>
      <translation>移至位置</translation>
    </message>
    <message>
      <source>Decline request</source>
      <translation>拒绝请求</translation>
    </message>
    <message>
      <source>Reason (shown to the delegate):</source>
      <translation>理由（将告知代表）：</translation>
    </message>
    <message>
      <source>Open the list</source>
      <translation>开放名单</translation>
    </message>
    <message>
      <source>Waiting {w} · in the room {on} · remote {off} · member states {ms} · others {ob}&lt;br&gt;Languages: {langs}&lt;br&gt;Spoken so far: {spoken} ({genders})</source>
      <translation>等候 {w} · 会场 {on} · 远程 {off} · 成员国 {ms} · 其他 {ob}&lt;br&gt;语言：{langs}&lt;br&gt;已发言：{spoken}（{genders}）</translation>
    </message>
    <message>
      <source>Select a speaker to see standing, time asked, text and estimate.</source>
      <translation>选择发言人以查看身份、所需时间、文本和估计时间。</translation>
    </message>
    <message>
      <source>Place in the list (1 to {n}):</source>
      <translation>名单中的位置（1 至 {n}）：</translation>
    </message>
    <message>
      <source>“{item}” set done</source>
      <translation>“{item}”已标为结束</translation>
    </message>
    <message>
      <source>“{item}” postponed</source>
      <translation>“{item}”已推迟</translation>
    </message>
    <message>
      <source>{n} requests declined</source>
      <translation>已拒绝 {n} 项请求</translation>
    </message>
    <message>
      <source>Request of {who} declined</source>
      <translation>{who} 的请求已拒绝</translation>
    </message>
    <message>
      <source>List of “{item}” closed</source>
      <translation>“{item}”的发言名单已截止</translation>
    </message>
    <message>
      <source>{n} waiting</source>
      <translation>{n} 人等候</translation>
    </message>
    <message>
      <source>Geneva</source>
      <translation>日内瓦</translation>
    </message>
    <message>
      <source>New York</source>
      <translation>纽约</translation>
    </message>
    <message>
      <source>Vienna</source>
      <translation>维也纳</translation>
    </message>
    <message>
      <source>Nairobi</source>
      <translation>内罗毕</translation>
    </message>
    <message>
      <source>Paris</source>
      <translation>巴黎</translation>
    </message>
    <message>
      <source>Rome</source>
      <translation>罗马</translation>
    </message>
    <message>
      <source>Bonn</source>
      <translation>波恩</translation>
    </message>
    <message>
      <source>Bangkok</source>
      <translation>曼谷</translation>
    </message>
    <message>
      <source>Addis Ababa</source>
      <translation>亚的斯亚贝巴</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>代表团</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Your booth</source>
      <translation>您的译箱</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>文稿</translation>
    </message>
    <message>
      <source>● new text</source>
      <translation>● 新文本</translation>
    </message>
    <message>
      <source>● text changed</source>
      <translation>● 文本已更改</translation>
    </message>
    <message>
      <source>text sent</source>
      <translation>已发送文稿</translation>
    </message>
    <message>
      <source>no text</source>
      <translation>无文本</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>现在</translation>
    </message>
    <message>
      <source>Next {n}</source>
      <translation>下一位 {n}</translation>
    </message>
    <message>
      <source>for</source>
      <translation>代表</translation>
    </message>
    <message>
      <source>no data yet</source>
      <translation>尚无数据</translation>
    </message>
    <message>
      <source>data as of {t} ({n} min ago)</source>
      <translation>数据截至 {t}（{n} 分钟前）</translation>
    </message>
    <message>
      <source>● Live</source>
      <translation>● 在线</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>正在连接…</translation>
    </message>
    <message>
      <source>Signed out</source>
      <translation>未登录</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>连接</translation>
    </message>
    <message>
      <source>Reconnecting (next try in {n} s)</source>
      <translation>正在重新连接（{n} 秒后重试）</translation>
    </message>
    <message>
      <source>○ Offline (next try in {n} s)</source>
      <translation>○ 离线（{n} 秒后重试）</translation>
    </message>
    <message>
      <source>Room display</source>
      <translation>会场显示屏</translation>
    </message>
    <message>
      <source>Open room display</source>
      <translation>打开会场显示屏</translation>
    </message>
    <message>
      <source>Copy the webcast overlay address</source>
      <translation>复制网播字幕条地址</translation>
    </message>
    <message>
      <source>Copy the public list of speakers address</source>
      <translation>复制公开发言者名单地址</translation>
    </message>
    <message>
      <source>Show a message on the room displays…</source>
      <translation>在会场显示屏上显示消息…</translation>
    </message>
    <message>
      <source>Clear the message</source>
      <translation>清除消息</translation>
    </message>
    <message>
      <source>Start a countdown…</source>
      <translation>开始倒计时…</translation>
    </message>
    <message>
      <source>Stop the countdown</source>
      <translation>停止倒计时</translation>
    </message>
    <message>
      <source>Next speakers shown…</source>
      <translation>显示的后续发言者人数…</translation>
    </message>
    <message>
      <source>Message to the room</source>
      <translation>致会场的消息</translation>
    </message>
    <message>
      <source>Countdown on the room displays</source>
      <translation>会场显示屏上的倒计时</translation>
    </message>
    <message>
      <source>Next speakers shown:</source>
      <translation>显示的后续发言者人数：</translation>
    </message>
    <message>
      <source>Minutes:</source>
      <translation>分钟：</translation>
    </message>
    <message>
      <source>Copied: {url}</source>
      <translation>已复制：{url}</translation>
    </message>
    <message>
      <source>min</source>
      <translation>分钟</translation>
    </message>
    <message>
      <source>Add a document to the selected item…</source>
      <translation>为所选议项添加文件…</translation>
    </message>
    <message>
      <source>Add a document</source>
      <translation>添加文件</translation>
    </message>
    <message>
      <source>Documents (*.pdf *.docx);;Glossary (*.txt)</source>
      <translation>文件 (*.pdf *.docx);;术语表 (*.txt)</translation>
    </message>
    <message>
      <source>Select an agenda item first.</source>
      <translation>请先选择一个议项。</translation>
    </message>
    <message>
      <source>A document is a PDF or a DOCX file, a glossary a .txt file.</source>
      <translation>文件须为 PDF 或 DOCX，术语表须为 .txt 文件。</translation>
    </message>
    <message>
      <source>Could not read the file: {why}</source>
      <translation>无法读取文件：{why}</translation>
    </message>
    <message>
      <source>Added {title} to the item.</source>
      <translation>已将 {title} 添加到议项。</translation>
    </message>
    <message>
      <source>Not done: {why}</source>
      <translation>未完成：{why}</translation>
    </message>
    <message>
      <source>{n} request(s) still wait on “{item}”. What happens to them?</source>
      <translation>仍有 {n} 项请求在等待“{item}”。如何处理？</translation>
    </message>
    <message>
      <source>Set the item done</source>
      <translation>将项目标为结束</translation>
    </message>
    <message>
      <source>Carry them to:</source>
      <translation>转到：</translation>
    </message>
    <message>
      <source>Decline them all, with this reason:</source>
      <translation>全部拒绝，理由如下：</translation>
    </message>
    <message>
      <source>Keep them waiting on this item</source>
      <translation>保留在此项目上等待</translation>
    </message>
    <message>
      <source>Item to carry them to</source>
      <translation>转往的项目</translation>
    </message>
    <message>
      <source>The requests keep their order of request there.</source>
      <translation>这些请求在那里保持原有的请求顺序。</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Shown to each delegate whose request is declined.</source>
      <translation>向每位请求被拒绝的代表显示。</translation>
    </message>
    <message>
      <source>Shown to each delegate</source>
      <translation>向每位代表显示</translation>
    </message>
    <message>
      <source>Export the agenda to a calendar (.ics)…</source>
      <translation>将议程导出到日历 (.ics)…</translation>
    </message>
    <message>
      <source>Export my agenda to a calendar (.ics)…</source>
      <translation>将我的议程导出到日历 (.ics)…</translation>
    </message>
    <message>
      <source>Export the record of the meeting…</source>
      <translation>导出会议记录…</translation>
    </message>
    <message>
      <source>Import a schedule…</source>
      <translation>导入日程…</translation>
    </message>
    <message>
      <source>Save calendar</source>
      <translation>保存日历</translation>
    </message>
    <message>
      <source>Calendar (*.ics)</source>
      <translation>日历 (*.ics)</translation>
    </message>
    <message>
      <source>Save the record</source>
      <translation>保存记录</translation>
    </message>
    <message>
      <source>CSV (*.csv);;JSON (*.json)</source>
      <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
      <source>Import a schedule</source>
      <translation>导入日程</translation>
    </message>
    <message>
      <source>Schedules (*.xml *.json *.ics);;All files (*)</source>
      <translation>日程文件 (*.xml *.json *.ics);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Meeting Companion</source>
      <translation>Meeting Companion</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>{a} added, {c} changed, {r} removed, {k} postponed, {s} skipped.</source>
      <translation>新增 {a}，修改 {c}，删除 {r}，推迟 {k}，跳过 {s}。</translation>
    </message>
    <message>
      <source>The agenda has not arrived yet.</source>
      <translation>议程尚未到达。</translation>
    </message>
    <message>
      <source>Star items in the agenda first: “my agenda” is empty.</source>
      <translation>请先在议程中关注项目：“我的议程”为空。</translation>
    </message>
    <message>
      <source>The meeting has not arrived yet.</source>
      <translation>会议数据尚未到达。</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was changed.</source>
      <translation>已取消导入；未作任何更改。</translation>
    </message>
    <message>
      <source>Schedule imported: </source>
      <translation>日程已导入：</translation>
    </message>
    <message>
      <source>Saved {name}.</source>
      <translation>已保存 {name}。</translation>
    </message>
    <message>
      <source>Sending {name} to the server…</source>
      <translation>正在将 {name} 发送到服务器…</translation>
    </message>
    <message>
      <source>The schedule was not imported: {why}</source>
      <translation>日程未导入：{why}</translation>
    </message>
    <message>
      <source>the file could not be read</source>
      <translation>无法读取文件</translation>
    </message>
    <message>
      <source>Could not save {name}: {why}</source>
      <translation>无法保存 {name}：{why}</translation>
    </message>
    <message>
      <source>Nobody has the floor.</source>
      <translation>无人发言。</translation>
    </message>
    <message>
      <source>Current speaker</source>
      <translation>当前发言者</translation>
    </message>
    <message>
      <source>Speaking clock</source>
      <translation>发言计时</translation>
    </message>
    <message>
      <source>Speaking time cue</source>
      <translation>发言时间提示</translation>
    </message>
    <message>
      <source>You have the floor</source>
      <translation>请您发言</translation>
    </message>
    <message>
      <source>30 s left: please conclude</source>
      <translation>还剩 30 秒：请结束发言</translation>
    </message>
    <message>
      <source>Time is up</source>
      <translation>时间到</translation>
    </message>
    <message>
      <source>Speaking: {name}</source>
      <translation>正在发言：{name}</translation>
    </message>
    <message>
      <source>{time} left</source>
      <translation>剩余 {time}</translation>
    </message>
    <message>
      <source>Find a delegation</source>
      <translation>查找代表团</translation>
    </message>
    <message>
      <source>Who raised their flag; type to find them.</source>
      <translation>举牌者；输入文字查找。</translation>
    </message>
    <message>
      <source>Delegations found</source>
      <translation>找到的代表团</translation>
    </message>
    <message>
      <source>Up and Down choose; Enter adds the one chosen.</source>
      <translation>上下键选择；回车键添加所选代表团。</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>发言人</translation>
    </message>
    <message>
      <source>Who speaks for the delegation.</source>
      <translation>代表该代表团发言的人。</translation>
    </message>
    <message>
      <source>Kind of request</source>
      <translation>请求类型</translation>
    </message>
    <message>
      <source>A statement, a question, a point of order…</source>
      <translation>发言、提问、程序问题…</translation>
    </message>
    <message>
      <source>The language they will speak, for the interpreters.</source>
      <translation>其发言语言，供口译员准备。</translation>
    </message>
    <message>
      <source>Type a delegation or a name</source>
      <translation>输入代表团或姓名</translation>
    </message>
    <message>
      <source>Add a speaker from the floor</source>
      <translation>从会场添加发言人</translation>
    </message>
    <message>
      <source>Interposed question</source>
      <translation>插话提问</translation>
    </message>
    <message>
      <source>{n} registered</source>
      <translation>已登记 {n} 人</translation>
    </message>
    <message>
      <source>My delegation</source>
      <translation>本代表团</translation>
    </message>
    <message>
      <source>Speaking for</source>
      <translation>代表</translation>
    </message>
    <message>
      <source>Your delegation, or a group it belongs to.</source>
      <translation>贵代表团，或其所属的集团。</translation>
    </message>
    <message>
      <source>Statement text for the interpreters</source>
      <translation>供口译员使用的发言稿</translation>
    </message>
    <message>
      <source>Optional; only the interpreters and the chair can read it.</source>
      <translation>可选；只有口译员和主席可以阅读。</translation>
    </message>
    <message>
      <source>Load .txt…</source>
      <translation>加载 .txt…</translation>
    </message>
    <message>
      <source>Fills the statement from a UTF-8 text file.</source>
      <translation>从 UTF-8 文本文件填入发言稿。</translation>
    </message>
    <message>
      <source>Ask for the floor</source>
      <translation>请求发言</translation>
    </message>
    <message>
      <source>Puts you on the list of speakers of the selected item.</source>
      <translation>将您列入所选项目的发言名单。</translation>
    </message>
    <message>
      <source>Language you will speak</source>
      <translation>您发言的语言</translation>
    </message>
    <message>
      <source>The interpreters prepare for it.</source>
      <translation>口译员会据此做准备。</translation>
    </message>
    <message>
      <source>Where you speak from</source>
      <translation>您从何处发言</translation>
    </message>
    <message>
      <source>In the room or remotely.</source>
      <translation>在会场或远程。</translation>
    </message>
    <message>
      <source>Minutes you need</source>
      <translation>所需分钟</translation>
    </message>
    <message>
      <source>Used to estimate when each speaker is called.</source>
      <translation>用于估算每位发言者的发言时间。</translation>
    </message>
    <message>
      <source>Request the floor</source>
      <translation>请求发言</translation>
    </message>
    <message>
      <source>Your turn</source>
      <translation>轮到您</translation>
    </message>
    <message>
      <source>Point of order</source>
      <translation>程序问题</translation>
    </message>
    <message>
      <source>Asks for the floor on a point of order on the item in session, in one click.</source>
      <translation>一键就当前议程项目提出程序问题发言请求。</translation>
    </message>
    <message>
      <source>My request</source>
      <translation>我的请求</translation>
    </message>
    <message>
      <source>Shows and highlights your place in the list of speakers.</source>
      <translation>显示并突出您在发言名单中的位置。</translation>
    </message>
    <message>
      <source>no item</source>
      <translation>无项目</translation>
    </message>
    <message>
      <source>nothing is live</source>
      <translation>当前没有进行中的项目</translation>
    </message>
    <message>
      <source>Load statement</source>
      <translation>加载发言稿</translation>
    </message>
    <message>
      <source>Text files (*.txt)</source>
      <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
      <source>Optional: paste the statement for the interpreters</source>
      <translation>可选：粘贴供口译员使用的发言稿</translation>
    </message>
    <message>
      <source>Select an agenda item.</source>
      <translation>请选择一个议程项目。</translation>
    </message>
    <message>
      <source>Nothing is in session.</source>
      <translation>当前没有进行中的议程项目。</translation>
    </message>
    <message>
      <source>I will speak in</source>
      <translation>我将使用的语言</translation>
    </message>
    <message>
      <source>From</source>
      <translation>发言地点</translation>
    </message>
    <message>
      <source>Time needed</source>
      <translation>所需时间</translation>
    </message>
    <message>
      <source>the file is too large for a statement</source>
      <translation>文件过大，不能作为发言稿</translation>
    </message>
    <message>
      <source>You cannot ask for the floor now: {why}.</source>
      <translation>您现在不能请求发言：{why}。</translation>
    </message>
    <message>
      <source>List of speakers — {item}</source>
      <translation>发言名单 — {item}</translation>
    </message>
    <message>
      <source>Could not load {name}: {why}</source>
      <translation>无法加载 {name}：{why}</translation>
    </message>
    <message>
      <source>budget over: {use}</source>
      <translation>配额已超：{use}</translation>
    </message>
    <message>
      <source>budget nearly out: {use}</source>
      <translation>配额即将用完：{use}</translation>
    </message>
    <message>
      <source>after the item's planned end ({end}): the list may close before your turn</source>
      <translation>晚于该议程项目的计划结束时间（{end}）：发言名单可能在轮到您之前截止</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} 分钟</translation>
    </message>
    <message>
      <source>{s} s</source>
      <translation>{s} 秒</translation>
    </message>
    <message>
      <source>{day}, {time}</source>
      <translation>{day} {time}</translation>
    </message>
    <message>
      <source>{who} {spent} of {budget}</source>
      <translation>{who} {spent} / {budget}</translation>
    </message>
    <message>
      <source>over: {who}</source>
      <translation>已超：{who}</translation>
    </message>
    <message>
      <source>nearly out: {who}</source>
      <translation>即将用完：{who}</translation>
    </message>
    <message>
      <source>Place {n} · about {time}</source>
      <translation>第 {n} 位 · 约 {time}</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
      <source>{m} min {s} s</source>
      <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
      <source>Spoken {spoken} · {n} waiting need {needs} · slot ends {end} ({left} left)</source>
      <translation>已发言 {spoken} · {n} 人等候需 {needs} · 时段 {end} 结束（剩 {left}）</translation>
    </message>
    <message>
      <source>Budgets: {each}</source>
      <translation>配额：{each}</translation>
    </message>
    <message>
      <source>Place {n}</source>
      <translation>第 {n} 位</translation>
    </message>
    <message>
      <source>The list fits with {spare} to spare; closing it now keeps it so.</source>
      <translation>名单可在时段内完成，余 {spare}；现在截止即可保持。</translation>
    </message>
    <message>
      <source>Most time: {who}</source>
      <translation>用时最多：{who}</translation>
    </message>
    <message>
      <source>groups: {who}</source>
      <translation>集团：{who}</translation>
    </message>
    <message>
      <source>{time} per group</source>
      <translation>每个集团 {time}</translation>
    </message>
    <message>
      <source>{time} per delegation</source>
      <translation>每个代表团 {time}</translation>
    </message>
    <message>
      <source>Over by {over}: to fit, {limit} per speaker, or close after the first {n}.</source>
      <translation>超出 {over}：每位发言者 {limit} 即可完成，或在前 {n} 位之后截止。</translation>
    </message>
    <message>
      <source>Over by {over}: only the first {n} fit; close the list or extend the slot.</source>
      <translation>超出 {over}：只能容纳前 {n} 位；请截止名单或延长时段。</translation>
    </message>
    <message>
      <source>Now and next</source>
      <translation>当前与下一项</translation>
    </message>
    <message>
      <source>Coming speakers</source>
      <translation>即将发言</translation>
    </message>
    <message>
      <source>Who speaks now and next, when, in which language, how your booth gets it, and their texts.</source>
      <translation>现在和接下来谁发言、何时、使用何种语言、您的译箱如何获得该语言，以及他们的文本。</translation>
    </message>
    <message>
      <source>Whose text</source>
      <translation>谁的文本</translation>
    </message>
    <message>
      <source>Statement text</source>
      <translation>发言稿</translation>
    </message>
    <message>
      <source>The text the selected speaker sent in advance.</source>
      <translation>所选发言者预先发送的文稿。</translation>
    </message>
    <message>
      <source>Booth shifts</source>
      <translation>译箱班次</translation>
    </message>
    <message>
      <source>Handover</source>
      <translation>交接</translation>
    </message>
    <message>
      <source>Ask the speaker to slow down</source>
      <translation>请发言者放慢语速</translation>
    </message>
    <message>
      <source>Tells the chair at once that your booth asks for a slower pace.</source>
      <translation>立即告知主席您的同传箱请求放慢语速。</translation>
    </message>
    <message>
      <source>Slow-down request</source>
      <translation>放慢语速请求</translation>
    </message>
    <message>
      <source>New texts</source>
      <translation>新文本</translation>
    </message>
    <message>
      <source>Documents and glossary</source>
      <translation>文件和术语表</translation>
    </message>
    <message>
      <source>Sent at {t}: the chair's screen showed it at {seen}.</source>
      <translation>已于 {t} 发送：主席屏幕于 {seen} 显示。</translation>
    </message>
    <message>
      <source>Select a speaker to read the text sent.</source>
      <translation>选择一位发言者以阅读其发送的文稿。</translation>
    </message>
    <message>
      <source>New text: {who} ({item})</source>
      <translation>新文本：{who}（{item}）</translation>
    </message>
    <message>
      <source>Text changed: {who} ({item})</source>
      <translation>文本已更改：{who}（{item}）</translation>
    </message>
    <message>
      <source>No speaker selected.</source>
      <translation>未选择发言人。</translation>
    </message>
    <message>
      <source>Sending your request to slow down…</source>
      <translation>正在发送放慢语速请求…</translation>
    </message>
    <message>
      <source>Booth: {lang}</source>
      <translation>同传箱：{lang}</translation>
    </message>
    <message>
      <source>On now: {item}</source>
      <translation>正在进行：{item}</translation>
    </message>
    <message>
      <source>Speaking: {who} in {lang}</source>
      <translation>正在发言：{who}，使用 {lang}</translation>
    </message>
    <message>
      <source>Tell the chair now that the {booth} asks the speaker to slow down?</source>
      <translation>现在告知主席：{booth}请发言人放慢语速？</translation>
    </message>
    <message>
      <source>nothing live</source>
      <translation>无进行中项目</translation>
    </message>
    <message>
      <source>Text of {who}:</source>
      <translation>{who} 的文本：</translation>
    </message>
    <message>
      <source>{who} sent no text.</source>
      <translation>{who} 未发送文本。</translation>
    </message>
    <message>
      <source>Sent at {t}: the chair has been told.</source>
      <translation>已于 {t} 发送：主席已获悉。</translation>
    </message>
    <message>
      <source>Next: {who} in {lang}</source>
      <translation>下一位：{who}，使用 {lang}</translation>
    </message>
    <message>
      <source>Delegate</source>
      <translation>代表</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>主席</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>口译员</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>秘书处</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>发言</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>提问</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>介绍</translation>
    </message>
    <message>
      <source>Right of reply</source>
      <translation>答辩权</translation>
    </message>
    <message>
      <source>Opening</source>
      <translation>开幕</translation>
    </message>
    <message>
      <source>Keynote</source>
      <translation>主旨演讲</translation>
    </message>
    <message>
      <source>Panel</source>
      <translation>小组讨论</translation>
    </message>
    <message>
      <source>Sharing session</source>
      <translation>交流会</translation>
    </message>
    <message>
      <source>Open floor</source>
      <translation>公开发言</translation>
    </message>
    <message>
      <source>Break</source>
      <translation>休息</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>闭幕</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>已排定</translation>
    </message>
    <message>
      <source>Live now</source>
      <translation>正在进行</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已结束</translation>
    </message>
    <message>
      <source>Postponed</source>
      <translation>已推迟</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>等候中</translation>
    </message>
    <message>
      <source>Speaking</source>
      <translation>发言中</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>已撤回</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <source>In the room</source>
      <translation>在会场</translation>
    </message>
    <message>
      <source>Remote</source>
      <translation>远程</translation>
    </message>
    <message>
      <source>Member state</source>
      <translation>成员国</translation>
    </message>
    <message>
      <source>Observer</source>
      <translation>观察员</translation>
    </message>
    <message>
      <source>IGO</source>
      <translation>政府间组织</translation>
    </message>
    <message>
      <source>NGO</source>
      <translation>非政府组织</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source> · </source>
      <translation> · </translation>
    </message>
    <message>
      <source>Floor (original)</source>
      <translation>原声（会场）</translation>
    </message>
    <message>
      <source>d MMM</source>
      <translation>M月d日</translation>
    </message>
    <message>
      <source>Arabic booth</source>
      <translation>阿拉伯文译箱</translation>
    </message>
    <message>
      <source>Chinese booth</source>
      <translation>中文译箱</translation>
    </message>
    <message>
      <source>English booth</source>
      <translation>英文译箱</translation>
    </message>
    <message>
      <source>French booth</source>
      <translation>法文译箱</translation>
    </message>
    <message>
      <source>Russian booth</source>
      <translation>俄文译箱</translation>
    </message>
    <message>
      <source>Spanish booth</source>
      <translation>西班牙文译箱</translation>
    </message>
    <message>
      <source>female</source>
      <translation>女性</translation>
    </message>
    <message>
      <source>male</source>
      <translation>男性</translation>
    </message>
    <message>
      <source>other gender</source>
      <translation>其他性别</translation>
    </message>
    <message>
      <source>not given</source>
      <translation>未说明</translation>
    </message>
    <message>
      <source>not stated</source>
      <translation>未说明</translation>
    </message>
    <message>
      <source>the item is done</source>
      <translation>该项目已结束</translation>
    </message>
    <message>
      <source>the item is postponed</source>
      <translation>该项目已推迟</translation>
    </message>
    <message>
      <source>the list of speakers is closed (points of order only)</source>
      <translation>发言名单已截止（仅限程序问题）</translation>
    </message>
    <message>
      <source>the list of speakers for this item is not open</source>
      <translation>此项目的发言名单尚未开放</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>{venue} {abbr} ({offset}) · {mine} your time</source>
      <translation>{venue} {abbr}（{offset}）· 您的时间 {mine}</translation>
    </message>
    <message>
      <source>{venue} {abbr} ({offset})</source>
      <translation>{venue} {abbr}（{offset}）</translation>
    </message>
    <message>
      <source>list closes at {t}</source>
      <translation>名单于 {t} 截止</translation>
    </message>
    <message>
      <source>({n} d)</source>
      <translation>（{n} 天）</translation>
    </message>
    <message>
      <source>The room display says when the list closes, in every language.</source>
      <translation>会场屏幕以各种语言显示名单截止时间。</translation>
    </message>
    <message>
      <source>Close the list of speakers of “{item}”?&lt;br&gt;{n} still waiting keep their places; new requests are refused, except points of order.</source>
      <translation>截止“{item}”的发言名单？&lt;br&gt;等候中的 {n} 人保留其位置；除程序问题外，不再接受新的请求。</translation>
    </message>
    <message>
      <source>Deadline of the list</source>
      <translation>名单截止时间</translation>
    </message>
    <message>
      <source>Announce it on the room display</source>
      <translation>在会场屏幕上宣布</translation>
    </message>
    <message>
      <source>Announce</source>
      <translation>宣布</translation>
    </message>
    <message>
      <source>Find in the list (delegation, name, group, language, kind)</source>
      <translation>在名单中查找（代表团、姓名、集团、语言、类型）</translation>
    </message>
    <message>
      <source>Shows only the requests that match; Enter jumps to the one chosen.</source>
      <translation>只显示匹配的请求；回车键跳到所选请求。</translation>
    </message>
    <message>
      <source>Find in the list</source>
      <translation>在名单中查找</translation>
    </message>
    <message>
      <source>{n} found</source>
      <translation>找到 {n} 项</translation>
    </message>
    <message>
      <source>Open the list of speakers</source>
      <translation>开放发言名单</translation>
    </message>
    <message>
      <source>Close it by itself at (meeting time):</source>
      <translation>在以下时间自动截止（会议时间）：</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>截止时间</translation>
    </message>
    <message>
      <source>Delegates may ask for the floor until then; the list then closes for everyone.</source>
      <translation>在此之前代表可请求发言；之后名单对所有人截止。</translation>
    </message>
    <message>
      <source>When the list closes, in the meeting's time.</source>
      <translation>名单截止时间（会议时间）。</translation>
    </message>
    <message>
      <source>Pending actions</source>
      <translation>待处理操作</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation>会议(&amp;M)</translation>
    </message>
    <message>
      <source>New window (another persona)</source>
      <translation>新窗口（其他角色）</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>退出登录</translation>
    </message>
    <message>
      <source>Close window</source>
      <translation>关闭窗口</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <source>Your time zone…</source>
      <translation>您的时区…</translation>
    </message>
    <message>
      <source>No system keychain is available, so you will have to sign in again next time (your sign-in is kept in memory only, never in a file).</source>
      <translation>系统没有可用的钥匙串，因此下次需要重新登录（您的登录信息只保存在内存中，从不写入文件）。</translation>
    </message>
    <message>
      <source>You were signed out.</source>
      <translation>您已退出登录。</translation>
    </message>
    <message>
      <source>{n} action(s) waiting to be sent</source>
      <translation>{n} 项操作等待发送</translation>
    </message>
    <message>
      <source>{n} refused</source>
      <translation>{n} 项被拒绝</translation>
    </message>
    <message>
      <source>The secure connection to the server failed (certificate or TLS problem).</source>
      <translation>与服务器的安全连接失败（证书或 TLS 问题）。</translation>
    </message>
    <message>
      <source>The server's certificate is not trusted by this computer (self-signed, expired, or from an unknown authority).</source>
      <translation>此计算机不信任该服务器的证书（自签名、已过期或来自未知的颁发机构）。</translation>
    </message>
    <message>
      <source>The server did not answer in time.</source>
      <translation>服务器未及时响应。</translation>
    </message>
    <message>
      <source>The connection went silent; reconnecting.</source>
      <translation>连接中断；正在重新连接。</translation>
    </message>
    <message>
      <source>Cannot reach the meeting server (network down or server stopped).</source>
      <translation>无法连接会议服务器（网络中断或服务器已停止）。</translation>
    </message>
    <message>
      <source>The connection to the server failed.</source>
      <translation>与服务器的连接失败。</translation>
    </message>
    <message>
      <source>The connection to the meeting server was lost.</source>
      <translation>与会议服务器的连接已断开。</translation>
    </message>
    <message>
      <source>The server sent a meeting state this app cannot read.</source>
      <translation>服务器发送的会议状态本应用无法读取。</translation>
    </message>
    <message>
      <source>The server sent an answer this app cannot read.</source>
      <translation>服务器发送的答复本应用无法读取。</translation>
    </message>
    <message>
      <source>The server sent an event this app cannot read.</source>
      <translation>服务器发送的事件本应用无法读取。</translation>
    </message>
    <message>
      <source>The server sent an event that does not fit this meeting.</source>
      <translation>服务器发送的事件与本会议不符。</translation>
    </message>
    <message>
      <source>The server's answer to sign-in is not what this app expects.</source>
      <translation>服务器对登录的答复与本应用的预期不符。</translation>
    </message>
    <message>
      <source>The server's greeting is not what this app expects.</source>
      <translation>服务器的问候与本应用的预期不符。</translation>
    </message>
    <message>
      <source>The server had a problem (error {status}).</source>
      <translation>服务器出现问题（错误 {status}）。</translation>
    </message>
    <message>
      <source>The server answered with error {status}.</source>
      <translation>服务器返回错误 {status}。</translation>
    </message>
    <message>
      <source>Sign in first.</source>
      <translation>请先登录。</translation>
    </message>
    <message>
      <source>This address answers, but it is not a meeting server.</source>
      <translation>此地址有响应，但不是会议服务器。</translation>
    </message>
    <message>
      <source>The server address is not a valid web address.</source>
      <translation>服务器地址不是有效的网址。</translation>
    </message>
    <message>
      <source>This address sends the app on to another one; enter the meeting server's own address.</source>
      <translation>此地址会将应用转到另一个地址；请输入会议服务器本身的地址。</translation>
    </message>
    <message>
      <source>Unexpected problem with the connection; trying again.</source>
      <translation>连接出现意外问题；正在重试。</translation>
    </message>
    <message>
      <source>A value in the request is not valid.</source>
      <translation>请求中的某个值无效。</translation>
    </message>
    <message>
      <source>Something the request needs is missing.</source>
      <translation>请求缺少必需的内容。</translation>
    </message>
    <message>
      <source>The request is not one this meeting understands.</source>
      <translation>本会议无法理解该请求。</translation>
    </message>
    <message>
      <source>The request could not be read.</source>
      <translation>无法读取该请求。</translation>
    </message>
    <message>
      <source>That is too large to send.</source>
      <translation>内容过大，无法发送。</translation>
    </message>
    <message>
      <source>The text is too long.</source>
      <translation>文本过长。</translation>
    </message>
    <message>
      <source>Too many entries.</source>
      <translation>条目过多。</translation>
    </message>
    <message>
      <source>That value is out of range.</source>
      <translation>该值超出范围。</translation>
    </message>
    <message>
      <source>This action was already sent as another one.</source>
      <translation>此操作已作为另一项操作发送过。</translation>
    </message>
    <message>
      <source>Your session has ended; sign in again.</source>
      <translation>您的会话已结束；请重新登录。</translation>
    </message>
    <message>
      <source>That meeting and code do not match.</source>
      <translation>会议与代码不匹配。</translation>
    </message>
    <message>
      <source>Too many wrong codes. Try again in {n} s.</source>
      <translation>错误代码次数过多。请在 {n} 秒后重试。</translation>
    </message>
    <message>
      <source>Your role may not do that.</source>
      <translation>您的角色无权这样做。</translation>
    </message>
    <message>
      <source>You can act only on your own requests for the floor.</source>
      <translation>您只能处理自己的发言请求。</translation>
    </message>
    <message>
      <source>You are signed in to another meeting.</source>
      <translation>您登录的是另一个会议。</translation>
    </message>
    <message>
      <source>The meeting moved on meanwhile; look again and retry.</source>
      <translation>会议在此期间已有变化；请查看后重试。</translation>
    </message>
    <message>
      <source>This meeting is not on the server.</source>
      <translation>该会议不在服务器上。</translation>
    </message>
    <message>
      <source>That language is not one of this meeting's.</source>
      <translation>该语言不是本会议的语言。</translation>
    </message>
    <message>
      <source>That channel does not exist.</source>
      <translation>该频道不存在。</translation>
    </message>
    <message>
      <source>That agenda item no longer exists.</source>
      <translation>该议程项目已不存在。</translation>
    </message>
    <message>
      <source>That request for the floor no longer exists.</source>
      <translation>该发言请求已不存在。</translation>
    </message>
    <message>
      <source>That participant is not registered.</source>
      <translation>该与会者未登记。</translation>
    </message>
    <message>
      <source>An item must end after it starts.</source>
      <translation>项目的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
      <source>That request is no longer waiting.</source>
      <translation>该请求已不在等候中。</translation>
    </message>
    <message>
      <source>Only a point of order is filed under a category.</source>
      <translation>只有程序问题才归入类别。</translation>
    </message>
    <message>
      <source>A question already interrupts the speaker.</source>
      <translation>已有一个提问正在打断发言人。</translation>
    </message>
    <message>
      <source>The speaker cannot interrupt themselves.</source>
      <translation>发言人不能打断自己。</translation>
    </message>
    <message>
      <source>That is not one of this meeting's categories of points of order.</source>
      <translation>这不是本会议的程序问题类别之一。</translation>
    </message>
    <message>
      <source>Nothing changed.</source>
      <translation>没有任何更改。</translation>
    </message>
    <message>
      <source>A booth does not work from or into its own language.</source>
      <translation>译箱不能从其本语言译出或译入其本语言。</translation>
    </message>
    <message>
      <source>An interpreter is listed twice in the booth.</source>
      <translation>同一译员在译箱中列出两次。</translation>
    </message>
    <message>
      <source>Two shifts of the booth overlap.</source>
      <translation>该译箱有两个班次时间重叠。</translation>
    </message>
    <message>
      <source>A time must carry its UTC offset.</source>
      <translation>时间必须带有 UTC 时差。</translation>
    </message>
    <message>
      <source>Nobody is waiting on the list.</source>
      <translation>名单上无人等候。</translation>
    </message>
    <message>
      <source>The list of speakers is not open.</source>
      <translation>发言名单未开放。</translation>
    </message>
    <message>
      <source>The list of speakers is already open.</source>
      <translation>发言名单已开放。</translation>
    </message>
    <message>
      <source>Only delegates and observers ask for the floor.</source>
      <translation>只有代表和观察员可以请求发言。</translation>
    </message>
    <message>
      <source>This item is over.</source>
      <translation>本项目已结束。</translation>
    </message>
    <message>
      <source>You already asked for the floor on this item.</source>
      <translation>您已就本项目请求发言。</translation>
    </message>
    <message>
      <source>The clock is already running.</source>
      <translation>计时已在进行。</translation>
    </message>
    <message>
      <source>The clock is not running.</source>
      <translation>计时未在进行。</translation>
    </message>
    <message>
      <source>The clock is not paused.</source>
      <translation>计时未暂停。</translation>
    </message>
    <message>
      <source>An agenda item in the schedule is not valid.</source>
      <translation>日程中的某个议程项目无效。</translation>
    </message>
    <message>
      <source>The schedule has the same item twice.</source>
      <translation>日程中同一项目出现了两次。</translation>
    </message>
    <message>
      <source>The schedule has no items; nothing was changed.</source>
      <translation>日程中没有项目；未作任何更改。</translation>
    </message>
    <message>
      <source>The schedule file was refused; nothing was changed.</source>
      <translation>日程文件被拒绝；未作任何更改。</translation>
    </message>
    <message>
      <source>The participants file has problems; nothing was imported.</source>
      <translation>参会者文件有问题；未导入任何内容。</translation>
    </message>
    <message>
      <source>The meeting is too busy just now; try again.</source>
      <translation>会议此刻过于繁忙；请重试。</translation>
    </message>
    <message>
      <source>That is not a meeting id.</source>
      <translation>这不是会议标识。</translation>
    </message>
    <message>
      <source>A meeting needs a title.</source>
      <translation>会议需要标题。</translation>
    </message>
    <message>
      <source>That time zone is not known.</source>
      <translation>该时区未知。</translation>
    </message>
    <message>
      <source>That group is not declared for this meeting.</source>
      <translation>本次会议未申报该集团。</translation>
    </message>
    <message>
      <source>Your delegation may not speak for that group.</source>
      <translation>贵代表团不能代表该集团发言。</translation>
    </message>
    <message>
      <source>A group in the list is not valid.</source>
      <translation>列表中的某个集团无效。</translation>
    </message>
    <message>
      <source>The request is nested too deeply to be read.</source>
      <translation>请求嵌套过深，无法读取。</translation>
    </message>
    <message>
      <source>The text holds a control or broken character that cannot be sent.</source>
      <translation>文本包含无法发送的控制字符或损坏的字符。</translation>
    </message>
    <message>
      <source>The request carries an invalid identifier; it was not sent.</source>
      <translation>请求带有无效的标识符，未予发送。</translation>
    </message>
    <message>
      <source>Too many actions in a short time; wait a moment and try again.</source>
      <translation>短时间内操作过多，请稍候再试。</translation>
    </message>
    <message>
      <source>Too many connections from this network; try again shortly.</source>
      <translation>来自此网络的连接过多，请稍后再试。</translation>
    </message>
    <message>
      <source>The requests are already on that item.</source>
      <translation>这些请求已在该项目上。</translation>
    </message>
    <message>
      <source>The deadline must be in the future.</source>
      <translation>截止时间必须在将来。</translation>
    </message>
    <message>
      <source>The list's deadline has not passed.</source>
      <translation>名单的截止时间尚未到。</translation>
    </message>
    <message>
      <source>Nothing is shown on the room displays.</source>
      <translation>会场显示屏上没有显示任何内容。</translation>
    </message>
    <message>
      <source>The room display has no such view.</source>
      <translation>会场显示屏没有这种视图。</translation>
    </message>
    <message>
      <source>The room display has no such theme.</source>
      <translation>会场显示屏没有这种主题。</translation>
    </message>
    <message>
      <source>The request did not arrive in full; try again.</source>
      <translation>请求未完整送达；请重试。</translation>
    </message>
    <message>
      <source>The server does not have that.</source>
      <translation>服务器上没有该内容。</translation>
    </message>
    <message>
      <source>The server does not accept that request.</source>
      <translation>服务器不接受该请求。</translation>
    </message>
    <message>
      <source>The server does not offer that format.</source>
      <translation>服务器不提供该格式。</translation>
    </message>
    <message>
      <source>The server hit an unexpected error; nothing was recorded.</source>
      <translation>服务器遇到意外错误；未记录任何内容。</translation>
    </message>
    <message>
      <source>You have sent as much statement text as this meeting allows; ask for the floor without a text.</source>
      <translation>您发送的发言稿文字已达本次会议的上限；请在不附文字的情况下申请发言。</translation>
    </message>
    <message>
      <source>The meeting's database cannot record anything right now; nothing was recorded.</source>
      <translation>会议数据库目前无法记录任何内容；未记录任何内容。</translation>
    </message>
    <message>
      <source>List reordered</source>
      <translation>名单已重新排序</translation>
    </message>
    <message>
      <source>Undo move</source>
      <translation>撤销移动</translation>
    </message>
    <message>
      <source>Puts the list back in the order before the last move.</source>
      <translation>将名单恢复为上次移动之前的顺序。</translation>
    </message>
    <message>
      <source>Speaking now</source>
      <translation>正在发言</translation>
    </message>
    <message>
      <source> Get ready to unmute.</source>
      <translation> 请准备打开麦克风。</translation>
    </message>
    <message>
      <source>You have the floor on “{item}”.</source>
      <translation>请您就“{item}”发言。</translation>
    </message>
    <message>
      <source>Still registered, but the item is over: the chair may move it to another item</source>
      <translation>仍已登记，但该项目已结束：主席可将其移至其他项目</translation>
    </message>
    <message>
      <source>Registered · the list of speakers is not open yet</source>
      <translation>已登记 · 发言名单尚未开放</translation>
    </message>
    <message>
      <source>Place {n} · times are estimated once the item is in session</source>
      <translation>第 {n} 位 · 项目开始后才估计时间</translation>
    </message>
    <message>
      <source>You are next on “{item}”.</source>
      <translation>“{item}”的下一位发言者是您。</translation>
    </message>
    <message>
      <source>Procedure</source>
      <translation>程序</translation>
    </message>
    <message>
      <source>Sound or connection</source>
      <translation>声音或连接</translation>
    </message>
    <message>
      <source>Speaking time</source>
      <translation>发言时间</translation>
    </message>
    <message>
      <source>Conduct of the debate</source>
      <translation>辩论的进行</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>What the selected point of order is about.</source>
      <translation>所选程序问题涉及的内容。</translation>
    </message>
    <message>
      <source>Category…</source>
      <translation>类别…</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>参会者</translation>
    </message>
    <message>
      <source>Import report</source>
      <translation>导入报告</translation>
    </message>
    <message>
      <source>Working on the list…</source>
      <translation>正在处理名单…</translation>
    </message>
    <message>
      <source>Import a list (CSV)…</source>
      <translation>导入名单（CSV）…</translation>
    </message>
    <message>
      <source>Apply the import</source>
      <translation>执行导入</translation>
    </message>
    <message>
      <source>Export the new codes…</source>
      <translation>导出新代码…</translation>
    </message>
    <message>
      <source>New code for the selected participant</source>
      <translation>为所选参会者生成新代码</translation>
    </message>
    <message>
      <source>Registered participants</source>
      <translation>已登记的参会者</translation>
    </message>
    <message>
      <source>Import a list of participants</source>
      <translation>导入参会者名单</translation>
    </message>
    <message>
      <source>Lists of people (*.csv *.txt *.tsv)</source>
      <translation>人员名单 (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
      <source>Checking the list…</source>
      <translation>正在检查名单…</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <source>Save the new codes</source>
      <translation>保存新代码</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>The file is too large for a list of participants.</source>
      <translation>该文件过大，不像参会者名单。</translation>
    </message>
    <message>
      <source>Select a participant in the list first.</source>
      <translation>请先在名单中选择一位参会者。</translation>
    </message>
    <message>
      <source>The new codes have not been exported and will be lost. Close anyway?</source>
      <translation>新代码尚未导出，关闭后将丢失。仍要关闭吗？</translation>
    </message>
    <message>
      <source>Cannot read the file: {why}</source>
      <translation>无法读取文件：{why}</translation>
    </message>
    <message>
      <source>Cannot write the file: {why}</source>
      <translation>无法写入文件：{why}</translation>
    </message>
    <message>
      <source>Participants…</source>
      <translation>参会者…</translation>
    </message>
    <message>
      <source>never connected</source>
      <translation>从未连接</translation>
    </message>
    <message>
      <source>connected</source>
      <translation>已连接</translation>
    </message>
    <message>
      <source>away {n} min</source>
      <translation>离线 {n} 分钟</translation>
    </message>
    <message>
      <source>Standing</source>
      <translation>身份</translation>
    </message>
    <message>
      <source>Min</source>
      <translation>分钟</translation>
    </message>
    <message>
      <source>Estimated</source>
      <translation>预计</translation>
    </message>
    <message>
      <source>App</source>
      <translation>应用</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>集团</translation>
    </message>
    <message>
      <source>Your requests</source>
      <translation>您的请求</translation>
    </message>
    <message>
      <source>Each request with your place and the estimated time.</source>
      <translation>每项请求及您的位次和预计时间。</translation>
    </message>
    <message>
      <source>Withdraw selected request</source>
      <translation>撤回所选请求</translation>
    </message>
    <message>
      <source>Takes the selected request off the list of speakers (you can undo it for 10 s).</source>
      <translation>将所选请求从发言名单中撤回（10 秒内可撤销）。</translation>
    </message>
    <message>
      <source>Replace statement…</source>
      <translation>替换发言稿…</translation>
    </message>
    <message>
      <source>Replaces the text and the language of the selected request; you keep your place.</source>
      <translation>替换所选请求的发言稿和语言；您的位置不变。</translation>
    </message>
    <message>
      <source>Select one of your requests first.</source>
      <translation>请先选择您的一项请求。</translation>
    </message>
    <message>
      <source>Your request on “{item}” withdrawn</source>
      <translation>您关于“{item}”的请求已撤回</translation>
    </message>
    <message>
      <source>You have the floor on this request: it can no longer be changed.</source>
      <translation>您已凭此请求获得发言权：无法再更改。</translation>
    </message>
    <message>
      <source>On the room displays</source>
      <translation>会场显示屏上</translation>
    </message>
    <message>
      <source>The meeting resumes in</source>
      <translation>距离复会还有</translation>
    </message>
    <message>
      <source>Message to the room: {text}</source>
      <translation>致会场的消息：{text}</translation>
    </message>
    <message>
      <source>Would import ({format}):</source>
      <translation>将导入（{format}）：</translation>
    </message>
    <message>
      <source>Imported ({format}):</source>
      <translation>已导入（{format}）：</translation>
    </message>
    <message>
      <source>{n} added</source>
      <translation>新增 {n} 项</translation>
    </message>
    <message>
      <source>{n} changed</source>
      <translation>更改 {n} 项</translation>
    </message>
    <message>
      <source>{n} cancelled (postponed)</source>
      <translation>取消（推迟）{n} 项</translation>
    </message>
    <message>
      <source>{n} removed</source>
      <translation>删除 {n} 项</translation>
    </message>
    <message>
      <source>{n} gone from the file but asked for the floor on: postponed</source>
      <translation>{n} 项已不在文件中但有发言请求：已推迟</translation>
    </message>
    <message>
      <source>{n} unchanged</source>
      <translation>{n} 项未变</translation>
    </message>
    <message>
      <source>{n} skipped</source>
      <translation>跳过 {n} 项</translation>
    </message>
    <message>
      <source>Note: {text}</source>
      <translation>注：{text}</translation>
    </message>
    <message>
      <source>Choose a meeting</source>
      <translation>请选择会议</translation>
    </message>
    <message>
      <source>Meetings on this server</source>
      <translation>此服务器上的会议</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>登录</translation>
    </message>
    <message>
      <source>Sign-in problem</source>
      <translation>登录问题</translation>
    </message>
    <message>
      <source>Demo personas</source>
      <translation>演示角色</translation>
    </message>
    <message>
      <source>Try it: sign in as a demo persona (double-click or Enter)</source>
      <translation>试一试：以演示角色登录（双击或按 Enter）</translation>
    </message>
    <message>
      <source>Sign in with the code the secretariat gave you</source>
      <translation>使用秘书处提供的代码登录</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>服务器</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Personal code</source>
      <translation>个人代码</translation>
    </message>
    <message>
      <source>Looking for meetings on this server…</source>
      <translation>正在查找此服务器上的会议…</translation>
    </message>
    <message>
      <source>Signing in…</source>
      <translation>正在登录…</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>服务器地址</translation>
    </message>
    <message>
      <source>Or sign in with the code the secretariat gave you</source>
      <translation>或使用秘书处提供的代码登录</translation>
    </message>
    <message>
      <source>Enter your personal code.</source>
      <translation>请输入您的个人代码。</translation>
    </message>
    <message>
      <source>Enter the server's address and choose a meeting.</source>
      <translation>请输入服务器地址并选择会议。</translation>
    </message>
    <message>
      <source>{n} meeting(s) on this server</source>
      <translation>此服务器上有 {n} 个会议</translation>
    </message>
    <message>
      <source>The list of speakers of the item in session, in calling order; yours in bold.</source>
      <translation>当前议程项目的发言名单，按发言顺序排列；您的以粗体显示。</translation>
    </message>
    <message>
      <source>the statement is longer than {n} characters; send a summary</source>
      <translation>发言稿超过 {n} 个字符，请发送摘要</translation>
    </message>
    <message>
      <source>Replace the statement</source>
      <translation>替换发言稿</translation>
    </message>
    <message>
      <source>You keep your place on the list; the interpreters are told.</source>
      <translation>您在名单中的位置不变；口译员会收到通知。</translation>
    </message>
    <message>
      <source>{who} will now speak in {language} on “{item}”.</source>
      <translation>{who} 将改用{language}就“{item}”发言。</translation>
    </message>
    <message>
      <source>{who} replaced their statement text on “{item}”.</source>
      <translation>{who} 替换了关于“{item}”的发言稿。</translation>
    </message>
    <message>
      <source>{who} took back their statement text on “{item}”.</source>
      <translation>{who} 撤回了关于“{item}”的发言稿。</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>a column is missing:</source>
      <translation>缺少列：</translation>
    </message>
    <message>
      <source>not a language of the meeting:</source>
      <translation>不是会议语言：</translation>
    </message>
    <message>
      <source>the CSV cannot be read:</source>
      <translation>无法读取 CSV：</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text</source>
      <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
      <source>the file is too large</source>
      <translation>文件过大</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>文件为空</translation>
    </message>
    <message>
      <source>Import agenda titles in another language…</source>
      <translation>导入其他语言的议程标题…</translation>
    </message>
    <message>
      <source>Import agenda titles</source>
      <translation>导入议程标题</translation>
    </message>
    <message>
      <source>Translations or schedules (*.csv *.xml *.json *.ics)</source>
      <translation>译文或日程 (*.csv *.xml *.json *.ics)</translation>
    </message>
    <message>
      <source>line {line}: {problem} {value}</source>
      <translation>第 {line} 行：{problem} {value}</translation>
    </message>
    <message>
      <source>The file's language:</source>
      <translation>文件语言：</translation>
    </message>
    <message>
      <source>The file holds no title for an item of the agenda.</source>
      <translation>文件中没有任何议项的标题。</translation>
    </message>
    <message>
      <source>Agenda items with titles sent: {n}.</source>
      <translation>已发送标题的议项：{n}。</translation>
    </message>
    <message>
      <source>Not on the agenda, left out: {n}.</source>
      <translation>不在议程中、已略过：{n}。</translation>
    </message>
    <message>
      <source>Action about to be sent</source>
      <translation>即将发送的操作</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <source>Takes back the action before it is sent.</source>
      <translation>在发送前撤回该操作。</translation>
    </message>
    <message>
      <source>Send now</source>
      <translation>立即发送</translation>
    </message>
    <message>
      <source>Sends the action without waiting.</source>
      <translation>不等待，立即发送该操作。</translation>
    </message>
    <message>
      <source>{what} — sent in {n} s unless you undo.</source>
      <translation>{what} — 将在 {n} 秒后发送，除非您撤销。</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>提醒</translation>
    </message>
    <message>
      <source>Listening channel</source>
      <translation>收听频道</translation>
    </message>
    <message>
      <source>The floor or the interpretation you listen to.</source>
      <translation>您收听的原声或口译频道。</translation>
    </message>
    <message>
      <source>Listening to:</source>
      <translation>收听：</translation>
    </message>
    <message>
      <source>Starting in {n} min: {title}</source>
      <translation>{n} 分钟后开始：{title}</translation>
    </message>
    <message>
      <source>Your time zone</source>
      <translation>您的时区</translation>
    </message>
    <message>
      <source>Search time zones</source>
      <translation>搜索时区</translation>
    </message>
    <message>
      <source>A city or a country, in any of its names.</source>
      <translation>城市或国家，任何名称均可。</translation>
    </message>
    <message>
      <source>Time zones</source>
      <translation>时区</translation>
    </message>
    <message>
      <source>The zones matching what you typed.</source>
      <translation>与您输入内容匹配的时区。</translation>
    </message>
    <message>
      <source>The system's time zone</source>
      <translation>系统时区</translation>
    </message>
    <message>
      <source>Type a city or a country, e.g. Nairobi</source>
      <translation>输入城市或国家，例如 Nairobi</translation>
    </message>
    <message>
      <source>Show “your time” in:</source>
      <translation>“您的时间”显示为：</translation>
    </message>
    <message>
      <source>In calling order; drag a row, or Ctrl+Up and Ctrl+Down, to move a speaker.</source>
      <translation type="vanished">按发言顺序排列；拖动一行，或按 Ctrl+Up 和 Ctrl+Down 调整发言者位置。</translation>
    </message>
    <message>
      <source>Refuses the selected request, with a reason.</source>
      <translation type="vanished">拒绝所选请求并说明理由。</translation>
    </message>
    <message>
      <source>relay</source>
      <translation type="vanished">接力</translation>
    </message>
    <message>
      <source>Who speaks now and the next three, in which language, with relay and text marked.</source>
      <translation type="vanished">当前发言人及接下来三位，使用何种语言，并标明接力和文本。</translation>
    </message>
    <message>
      <source>Booth shifts: </source>
      <translation type="vanished">同传箱班次：</translation>
    </message>
    <message>
      <source>take relay</source>
      <translation type="vanished">需接力</translation>
    </message>
    <message>
      <source>Your shift: {name}, {n} min left</source>
      <translation type="vanished">您的班次：{name}，还剩 {n} 分钟</translation>
    </message>
    <message>
      <source>Takes the selected request off the list of speakers.</source>
      <translation type="vanished">将所选请求从发言名单中撤下。</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8) and try again</source>
      <translation type="vanished">文件不是 UTF-8 文本；请另存为 UTF-8（CSV UTF-8）后重试</translation>
    </message>
    <message>
      <source>the column “{column}” is not one this app knows</source>
      <translation type="vanished">本应用不认识“{column}”列</translation>
    </message>
    <message>
      <source>“{value}” is not a date</source>
      <translation type="vanished">“{value}”不是日期</translation>
    </message>
    <message>
      <source>Who speaks next and in which language; relay is marked.</source>
      <translation type="vanished">接下来谁发言、使用哪种语言；需接力的已标出。</translation>
    </message>
    <message>
      <source>Offline (showing state as of {t}; next try in {n} s)</source>
      <translation type="vanished">离线（显示 {t} 时的状态；{n} 秒后重试）</translation>
    </message>
    <message>
      <source>Interpreters ({booth} booth) ask the speaker to SLOW DOWN</source>
      <translation type="vanished">口译员（{booth} 同传箱）请发言者放慢语速</translation>
    </message>
    <message>
      <source>the file is broken, unsafe or not a schedule this app reads</source>
      <translation type="vanished">文件已损坏、不安全，或不是本应用可读取的日程</translation>
    </message>
    <message>
      <source>Could not read {name}: {why}</source>
      <translation type="vanished">无法读取 {name}：{why}</translation>
    </message>
    <message>
      <source>Too many live connections from this address; try again shortly.</source>
      <translation type="vanished">来自此地址的实时连接过多，请稍后再试。</translation>
    </message>
    <message>
      <source>the duration “{value}” is not in hours and minutes (HH:MM)</source>
      <translation type="vanished">时长“{value}”不是小时和分钟格式（HH:MM）</translation>
    </message>
    <message>
      <source>Mark all as seen</source>
      <translation type="vanished">全部标为已读</translation>
    </message>
    <message>
      <source>On now: {name} until {time} ({n} min left)</source>
      <translation type="vanished">当班：{name}，至 {time}（还剩 {n} 分钟）</translation>
    </message>
  </context>
</TS>
