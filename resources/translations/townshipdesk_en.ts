<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>townshipdesk</name>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>用法：</source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>位置参数</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>选项</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>显示本帮助并退出</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>显示程序版本并退出</source>
        <comment>show program's version number and exit</comment>
        <translation>show program's version number and exit</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>缺少必需的参数：%s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>无效的选择：%(value)r（可选：%(choices)s）</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>无法识别的参数：%s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>参数 %(argument_name)s：%(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>需要一个值</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>至少需要一个值</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>最多只能有一个值</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>“%(value)s”不是有效的数字</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>不能与参数 %s 同时使用</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>参数 %s 中必须给出一个</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>选项不明确：%(option)s 可能是 %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>无法打开“%(filename)s”：%(error)s</source>
        <translation>can't open '%(filename)s': %(error)s</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>%(prog)s：错误：%(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/argparse_zh.py"/>
        <source>忽略了多余的参数 %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>数据库备份与恢复</source>
        <translation>database backups</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>立即备份</source>
        <translation>back up now</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>已有备份</source>
        <translation>list backups</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>从备份恢复（先检查备份，并保留当前数据库的副本）</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>备份文件（backup list 中的“文件”）</source>
        <translation>the backup file (see backup list)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>已备份到 {p}</source>
        <translation>Backed up to {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>每日自动</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>手动</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>导入同步包前</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>恢复前</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>升级数据库前（{v}）</source>
        <translation>before a database upgrade ({v})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>还没有备份</source>
        <translation>No backups yet</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>已从 {p} 恢复</source>
        <translation>Restored from {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/backup_cmds.py"/>
        <source>恢复前的数据库已另存为 {s}</source>
        <translation>The database as it was is kept as {s}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>按公开时限计算截止日</source>
        <translation>compute the due date of a 时限 text</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>公开时限原文，如“自信息形成之日起20个工作日内”</source>
        <translation>the time-limit text</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>触发日期 YYYY-MM-DD</source>
        <translation>trigger date</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>事件日期 YYYY-MM-DD（“开始日前20日”等从事件倒算的时限需要）</source>
        <translation>event date, for limits counted back from an event (开始日前20日 …)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>说明计算过程</source>
        <translation>explain the computation</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>工作日日历（节假日与调休）</source>
        <translation>working-day calendar</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>列出某年的节假日和调休上班日</source>
        <translation>list a year's holidays and swapped workdays</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>已知年份及数据来源</source>
        <translation>known years and where their data comes from</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>导入某年的节假日安排（JSON）</source>
        <translation>import a year's holiday schedule (JSON)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>节假日安排 JSON 文件（{year, days:[{name, date, isOffDay}]}）</source>
        <translation>holiday schedule JSON file ({year, days:[{name, date, isOffDay}]})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>替换该年已有的安排（软件自带的或先前导入的）</source>
        <translation>replace the year's schedule in use (shipped or imported)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>需要事件日期（请用 --event 提供）</source>
        <translation>event date needed (give it with --event)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>无（长期公开）</source>
        <translation>none (standing)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>截止日：{d}</source>
        <translation>Due: {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>下一个截止日：{d}</source>
        <translation>Next due: {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>公示时间：{s} 至 {e}</source>
        <translation>Notice period: {s} to {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>注意：{w}</source>
        <comment>warning: {w}</comment>
        <translation>warning: {w}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>{y} 年：{w}（已知年份：{a}–{b}）</source>
        <translation>{y}: {w} (known years: {a}–{b})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>{y} 年法定节假日（《全国年节及纪念日放假办法》，估算时不计为工作日）：</source>
        <translation>{y} statutory holidays (counted as days off in estimates):</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>星期</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>节日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>{y} 年节假日（放假）：</source>
        <translation>{y} holidays (days off):</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>调休上班日：</source>
        <translation>Swapped working days (调休):</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>所属节日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>随软件提供</source>
        <translation>shipped</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>文件导入</source>
        <translation>imported file</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>手工录入</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>县级下发</source>
        <translation>from the county</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>来源</source>
        <comment>Origin</comment>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>放假</source>
        <comment>Off</comment>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>调休</source>
        <translation>Swapped</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>数据出处</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>{y} 年的节假日安排与现有的相同，未做改动</source>
        <translation>The {y} schedule is the same as the one in use; nothing changed</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>{y} 年已有节假日安排（放假 {h} 天、调休 {w} 天），文件“{f}”与之有 {n} 处不同；确认替换请加 --replace</source>
        <translation>{y} already has a schedule ({h} days off, {w} swapped workdays) and '{f}' differs from it in {n} places; add --replace to replace it</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>已导入 {y} 年节假日安排：放假 {h} 天，调休上班 {w} 天</source>
        <translation>Imported the {y} schedule: {h} days off, {w} swapped workdays</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/calendar_cmds.py"/>
        <source>已按新安排重新计算 {n} 条记录的截止日</source>
        <translation>Recomputed the due date of {n} records</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>标准目录</source>
        <comment>the standard catalog</comment>
        <translation>the standard catalog</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>从 Excel 导入标准目录（.xlsx/.xls，国家表格格式）</source>
        <translation>import a catalog workbook (.xlsx/.xls)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>目录工作簿（.xlsx 或 .xls）</source>
        <translation>the catalog workbook (.xlsx or .xls)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>只报告将发生的变化，不写入</source>
        <translation>report what would change, write nothing</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>有错误时只导入无误的行（默认全部不导入）</source>
        <translation>on errors import only the good rows (default: nothing)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>停用文件中所含领域里、文件中没有的标准事项（默认保留并列出）</source>
        <translation>retire the standard items of the file's domains that the file lacks (default: keep and list them)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>导出为国家表格格式的 Excel</source>
        <translation>export to the national Excel layout</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>要写入的 Excel 文件（.xlsx）</source>
        <translation>the Excel file to write (.xlsx)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>只导出该领域（可重复）</source>
        <translation>only this domain (repeatable)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>列出事项</source>
        <translation>list items</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>只列该领域</source>
        <translation>only this domain</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>包括已停用事项</source>
        <translation>include retired items</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>按任意要素搜索事项</source>
        <translation>search items by any element</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>要找的词（多个词之间用空格，须全部出现）</source>
        <translation>words to find (all of them must appear)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>只搜该领域</source>
        <translation>only this domain</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>显示一个事项的全部要素</source>
        <translation>show every element of one item</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>列出领域及事项数</source>
        <translation>list domains with item counts</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>新增本乡镇事项</source>
        <translation>add a local item</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>本次修改的说明（记入版本）</source>
        <translation>a note on this change (kept with the version)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>修改事项（只改给出的要素）</source>
        <translation>edit an item (only the given elements)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>停用事项（保留历史）</source>
        <translation>retire an item (history kept)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>停用原因</source>
        <translation>why it is retired</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>恢复已停用事项</source>
        <translation>restore a retired item</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>目录版本列表</source>
        <translation>list catalog versions</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>按随软件提供的新版标准目录更新（生成新版本，保留记录和本乡镇新增事项）</source>
        <translation>take in this program's shipped catalog as a new version (records and local items kept)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>比较两个目录版本</source>
        <translation>compare two catalog versions</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>旧版本号（catalog versions 中的“版本”）</source>
        <translation>older version number (see catalog versions)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>新版本号</source>
        <translation>newer version number</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>一级事项</source>
        <comment>first-level item (一级事项)</comment>
        <translation>first-level item (一级事项)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>二级事项</source>
        <comment>second-level item (二级事项)</comment>
        <translation>second-level item (二级事项)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>公开内容（要素）</source>
        <comment>content (要素)</comment>
        <translation>content (要素)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>公开依据</source>
        <comment>legal basis (公开依据)</comment>
        <translation>legal basis (公开依据)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>公开时限，如“信息形成之日起20个工作日内”</source>
        <translation>time limit (公开时限), e.g. 信息形成之日起20个工作日内</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>公开主体</source>
        <comment>responsible body (公开主体)</comment>
        <translation>responsible body (公开主体)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>公开渠道，用逗号或顿号分隔</source>
        <translation>channels, comma-separated</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>公开对象：{v}</source>
        <translation>audience: {v}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>公开方式：{v}</source>
        <translation>mode: {v}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>公开层级：{v}（可多个，逗号分隔）</source>
        <translation>tiers: {v} (several: comma-separated)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>“{label}”只能是 {choices}，收到 {bad}</source>
        <translation>'{label}' must be one of {choices}, got {bad}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>没有符合条件的事项</source>
        <translation>No matching items</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>（已停用）</source>
        <translation>(retired)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>编号</source>
        <comment>Id</comment>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>领域</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>公开时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>共 {n} 项</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>文件：{f}</source>
        <translation>File: {f}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>读取 {rows} 行（无误 {good}，有错误 {bad}），领域：{domains}</source>
        <translation>Read {rows} rows ({good} good, {bad} with errors), domains: {domains}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>新增 {a}，修改 {c}，停用 {r}，不变 {u}</source>
        <translation>added {a}, changed {c}, retired {r}, unchanged {u}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>问题（{n} 条）：</source>
        <translation>Problems ({n}):</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>已导入，生成目录第 {v} 版</source>
        <translation>Imported as catalog version {v}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>目录没有变化，未生成新版本</source>
        <translation>The catalog did not change; no new version</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>文件中没有的 {n} 个标准事项{done}停用（事项及其公开记录都保留，可用 catalog restore 恢复）</source>
        <translation>{n} standard items the file lacks {done} retired (items and their records are kept; catalog restore brings one back)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>已</source>
        <translation>were</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>将被</source>
        <translation>would be</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>文件中没有以下 {n} 个标准事项（其领域在文件中），已保留未停用：</source>
        <translation>The file lacks these {n} standard items of its domains; they are kept, not retired:</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>如确已从目录中删去，用下面的命令停用它们：</source>
        <translation>If they were indeed dropped from the catalog, retire them with:</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>错误：没有可导入的事项，未导入任何内容</source>
        <translation>error: no importable items; nothing was imported</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>错误：{n} 条错误，未导入任何内容；修正后重试，或加 --skip-bad 只导入无误的 {g} 行</source>
        <translation>error: {n} errors, nothing was imported; fix them, or add --skip-bad to import the {g} good rows</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>（试运行，未写入任何内容）</source>
        <translation>(dry run: nothing was written)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>“{p}”是文件夹，请给出文件名，如 {p}/标准目录.xlsx</source>
        <translation>'{p}' is a folder; give a file name such as {p}/catalog.xlsx</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>导出文件名应以 .xlsx 结尾：“{p}”</source>
        <translation>The export file name should end in .xlsx: '{p}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>没有这个领域：{d}</source>
        <translation>No such domain: {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>已导出 {n} 个事项到 {p}</source>
        <translation>Exported {n} items to {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>没有这个领域：{d}（用 catalog domains 查看）</source>
        <translation>No such domain: {d} (see catalog domains)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>时限规则：{r}</source>
        <comment>Time-limit rule: {r}</comment>
        <translation>Time-limit rule: {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>无法识别（按原文保存）</source>
        <translation>not recognised (kept as text)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>来源：{s}</source>
        <comment>Origin: {s}</comment>
        <translation>Origin: {s}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>标准目录</source>
        <comment>standard catalog</comment>
        <translation>standard catalog</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>本乡镇新增</source>
        <translation>local addition</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>出处：{s}</source>
        <translation>Source: {s}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>出处：占位示例，未找到标准指引原文，不是正式目录</source>
        <translation>Source: placeholder, no source for the guideline's wording was found; not an official catalog</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>已停用：{at}，原因：{r}</source>
        <translation>Retired {at}: {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>按国家指引原文</source>
        <translation>national guideline wording</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>占位示例，非正式目录</source>
        <translation>placeholder, not an official catalog</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>已导入</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>本地</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>（部分事项）</source>
        <translation> (part of the items)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>事项数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>内容来源</source>
        <translation>Where the items come from</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>标准目录已是随本软件提供的最新版本，无需更新</source>
        <translation>The catalog already has this program's shipped catalog; nothing to do</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>随软件提供的标准目录与现有目录一致，未生成新版本</source>
        <translation>The shipped catalog matches the current one; no new version</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>已按随软件提供的新版标准目录生成第 {v} 版：新增 {a}，修改 {c}，停用 {r}（停用的事项及其公开记录都保留）</source>
        <translation>Took in the new shipped catalog as version {v}: {a} added, {c} changed, {r} retired (retired items and their records are kept)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>查看变化：catalog diff {a} {b}</source>
        <translation>See what changed: catalog diff {a} {b}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>以下领域已导入县级目录，未改动：{d}</source>
        <translation>These domains hold the county's imported catalog and were left alone: {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>本乡镇新增事项“{n}”与标准目录同名，保留本乡镇的内容</source>
        <translation>Local item '{n}' has a shipped item's name; kept as the township wrote it</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>没有给出要修改的要素</source>
        <translation>No element to change was given</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>导入</source>
        <comment>import</comment>
        <translation>import</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>编辑</source>
        <comment>edit</comment>
        <translation>edit</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>版本</source>
        <comment>Ver</comment>
        <translation>Ver</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>时间（北京时间）</source>
        <translation>Time (China)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>来源</source>
        <comment>Source</comment>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>变化</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>第 {a} 版 → 第 {b} 版：新增 {n}，删除 {r}，修改 {c}</source>
        <translation>Version {a} → {b}: {n} added, {r} removed, {c} changed</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/catalog_cmds.py"/>
        <source>【{d}】新增 {n}，删除 {r}，修改 {c}</source>
        <translation>[{d}] {n} added, {r} removed, {c} changed</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>回应关切（政务舆情）登记与回应时限</source>
        <translation>public concerns and their response hours</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>按此时间计算（默认：现在）</source>
        <translation>reckon from this time (default: now)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>登记一条群众关切或政务舆情</source>
        <translation>register a concern</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>来源：{s}</source>
        <comment>source: {s}</comment>
        <translation>source: {s}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>关切事项</source>
        <comment>what the concern is about</comment>
        <translation>what the concern is about</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>详细情况</source>
        <translation>details</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>影响重大：24小时内回应（否则48小时）</source>
        <translation>major: answer within 24 hours (otherwise 48)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>回应责任人或单位</source>
        <comment>who answers</comment>
        <translation>who answers</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>登记回应（时间、方式、内容或附件）</source>
        <translation>record the response</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>编号，如 关切2026-001</source>
        <translation>number, e.g. 关切2026-001</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>回应方式，如 政府网站、政务新媒体、电话回复</source>
        <translation>how, e.g. 政府网站</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>回应内容</source>
        <translation>the response</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>回应文件（复制到数据文件夹）</source>
        <translation>the response as a file (copied in)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>关切登记簿</source>
        <translation>the register</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>只看未回应的，逾期的在前，附剩余小时</source>
        <translation>open ones only, overdue first, with the hours left</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>一条关切及其回应</source>
        <translation>one concern and its response</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>关切编号（如 关切2026-001）或标识</source>
        <translation>concern number (e.g. 关切2026-001) or id</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>生成定期公开的回应关切情况表（PDF 或 Excel）</source>
        <translation>the periodic list of concerns and responses (PDF or Excel)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>输出文件（.pdf 或 .xlsx）</source>
        <translation>output file (.pdf or .xlsx)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>{n}：{t}</source>
        <translation>{n}: {t}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>来源：{s}；发现时间：{seen}；{m}</source>
        <translation>Source: {s}; seen {seen}; {m}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>回应时限：{due}；状态：{s}（{left}）</source>
        <translation>Due {due}; {s} ({left})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>回应责任人：{r}</source>
        <translation>Responder: {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>详细情况：{d}</source>
        <translation>Details: {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>回应：{t}，{ch}</source>
        <translation>Answered {t} by {ch}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>回应文件：{f}</source>
        <translation>Response file: {f}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>没有未回应的关切</source>
        <translation>No open concerns</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>还没有登记关切</source>
        <translation>No concerns registered yet</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>编号</source>
        <comment>Number</comment>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>发现时间</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>回应时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>关切事项</source>
        <comment>Concern</comment>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>输出文件应为 .pdf 或 .xlsx</source>
        <translation>The output must be a .pdf or .xlsx file</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/concern_cmds.py"/>
        <source>已生成 {t}（{r}）：{p}（{n} 件）</source>
        <translation>Wrote {t} ({r}): {p} ({n} concerns)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>公众参与：重大行政决策事项目录与征求意见</source>
        <translation>public participation: major decisions and consultations</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>决策编号，如 决策2026-01</source>
        <translation>decision number, e.g. 决策2026-01</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>以此日为今天（默认系统日期）</source>
        <translation>treat this day as today</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>列入年度重大行政决策事项目录</source>
        <translation>add a decision to the year's catalog</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>列入日期（默认今天）</source>
        <translation>day it was added (default today)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>目录年度</source>
        <translation>the catalog's year</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>决策事项名称</source>
        <translation>the decision</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>承办单位</source>
        <comment>unit in charge</comment>
        <translation>unit in charge</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>计划决策时间</source>
        <comment>planned date of the decision</comment>
        <translation>planned date of the decision</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>年度目录及各事项状态</source>
        <translation>the catalog and each decision's state</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>只列征求意见即将结束、采纳情况待公布的事项</source>
        <translation>only consultations ending soon and feedback to publish</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>一个决策事项及其征求意见、采纳情况</source>
        <translation>one decision with its consultation and feedback</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>登记年度目录已公布（调整后再次公布亦登记）</source>
        <translation>record that the year's catalog was published (again after adjustments)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>公布日期（默认今天）</source>
        <translation>publication day (default today)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>调整目录：给出新值则修改，否则调整出目录；理由必填，调整记录保留</source>
        <translation>adjust the catalog: new values change the entry, none removes it; the reason is required and kept</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>调整日期（默认今天）</source>
        <translation>day of the adjustment (default today)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>调整的理由（记入目录调整记录）</source>
        <translation>why it is adjusted (kept in the catalog's history)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>新的事项名称</source>
        <translation>new title</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>新的承办单位</source>
        <translation>new unit in charge</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>征求意见：起止日期（或期限）、方式</source>
        <translation>consultation: period and ways</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>开始日期（公告发布日）</source>
        <translation>first day (the notice's date)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>结束日期（含当日）</source>
        <translation>last day (inclusive)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>或期限，如“30日”（日历日）、“15个工作日”（工作日日历）</source>
        <translation>or the period, e.g. 30日 (calendar days) or 15个工作日 (working days)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>可多次：{m}</source>
        <translation>repeatable: {m}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>公开征求意见少于30日的理由（印在公告上）</source>
        <translation>why a public consultation is shorter than 30 days (printed)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>提出意见的途径（印在公告上）</source>
        <translation>how to comment (printed on the notice)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>登记收到的意见（可归纳多条为一项）</source>
        <translation>record a comment (one entry may sum up several)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>收到日期（默认今天）</source>
        <translation>day received (default today)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>意见内容（可归纳）</source>
        <translation>the comment (may be a summary)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>提出方，如“村民代表”</source>
        <translation>who made it, e.g. 村民代表</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>此项归纳的意见条数（默认1）</source>
        <translation>how many comments it sums up</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>对一项意见写明采纳情况</source>
        <translation>answer one comment (adopted or not, why)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>意见序号</source>
        <translation>the comment's number</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>采纳 / 部分采纳 / 不采纳</source>
        <translation>adopted or not</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>部分采纳、不采纳须写明理由</source>
        <translation>required unless adopted</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>登记意见采纳情况已公布</source>
        <translation>record that the feedback was published</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>登记已作出决策</source>
        <translation>record that the decision was made</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>决策日期（默认今天）</source>
        <translation>day of the decision (default today)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>生成征求意见公告或意见采纳情况反馈（PDF）</source>
        <translation>write the consultation notice or the feedback (PDF)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>notice 征求意见公告 / feedback 意见采纳情况反馈</source>
        <translation>notice (consultation) / feedback (what was adopted)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>输出的 PDF 文件</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>生成年度重大行政决策事项目录（PDF）</source>
        <translation>write the year's catalog (PDF)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>{n}　{t}（{y}年度，承办单位：{u}）</source>
        <translation>{n}  {t} ({y}, unit: {u})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>状态：{s}</source>
        <translation>State: {s}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>；理由：{r}</source>
        <translation>; reason: {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>计划决策时间：{p}</source>
        <translation>Planned: {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>征求意见：{s} 至 {e}（{n} 日），方式：{m}</source>
        <translation>Consultation: {s} to {e} ({n} days), ways: {m}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>未答复</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>  意见{k}（{f}，{c}条）：{t} — {a}{r}</source>
        <translation>  comment {k} ({f}, {c}): {t} — {a}{r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>：{r}</source>
        <translation>: {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>采纳情况已于 {d} 公布</source>
        <translation>Feedback published on {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>注意：征求意见已于 {e} 结束，意见采纳情况尚未公布</source>
        <translation>warning: the consultation ended on {e}; the feedback is not published yet</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>{n} {t}：征求意见 {e} 结束，{w}</source>
        <translation>{n} {t}: consultation ends {e}, {w}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>采纳情况待公布</source>
        <translation>feedback to publish</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>还有 {k} 个工作日</source>
        <translation>{k} working days left</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>没有即将结束的征求意见或待公布的采纳情况</source>
        <translation>Nothing ending soon and no feedback to publish</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>没有决策事项</source>
        <translation>No decisions</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>决策事项</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>承办单位</source>
        <comment>Unit</comment>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>计划时间</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>意见</source>
        <comment>Comments</comment>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>已登记 {y} 年度目录公布：{n} 项</source>
        <translation>Recorded the {y} catalog as published: {n} decisions</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>注意：此意见在征求意见结束（{e}）后收到</source>
        <translation>warning: this comment came after the consultation ended ({e})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>已登记 {n} 的第 {k} 条意见</source>
        <translation>Recorded comment {k} of {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>意见 {k}：{a}</source>
        <translation>Comment {k}: {a}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>注意：意见采纳情况尚未公布，请与决策同步公布</source>
        <translation>warning: the feedback is not published yet; publish it with the decision</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>输出文件应为 .pdf</source>
        <translation>The output must be a .pdf file</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/decision_cmds.py"/>
        <source>已生成 {t}：{p}</source>
        <translation>Wrote {t}: {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/helps.py"/>
        <source>把这一天当作今天来计算（默认：今天；用于补录或核对）</source>
        <translation>count as if this day were today (default: today)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/helps.py"/>
        <source>{w}（如 2026-11-30、2026年11月30日）</source>
        <translation>{w} (e.g. 2026-11-30)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/helps.py"/>
        <source>记录编号（如 2026-0012）或标识</source>
        <translation>record number (e.g. 2026-0012) or id</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/helps.py"/>
        <source>申请编号（如 依申2026-003）或标识</source>
        <translation>request number (e.g. 依申2026-003) or id</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/helps.py"/>
        <source>张贴记录编号（如 村务2026-0001）或标识</source>
        <translation>posting number (e.g. 村务2026-0001) or id</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/helps.py"/>
        <source>事项编号（catalog list/search 显示的前 8 位）</source>
        <translation>item id (the first 8 characters shown by catalog list/search)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/helps.py"/>
        <source>村：区划代码或村名</source>
        <translation>village: division code or name</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/helps.py"/>
        <source>领域名称，如“社会救助”</source>
        <translation>domain name, e.g. 社会救助</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/helps.py"/>
        <source>纸张大小（默认 A4）</source>
        <translation>paper size (default A4)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/helps.py"/>
        <source>年份，如 2026</source>
        <translation>year, e.g. 2026</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/lapse_actions.py"/>
        <source>标记政策文件失效或废止</source>
        <translation>mark a policy lapsed or repealed</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/lapse_actions.py"/>
        <source>失效 / 废止</source>
        <translation>失效 (lapsed) / 废止 (repealed)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/lapse_actions.py"/>
        <source>失效或废止日期</source>
        <translation>the day it lapsed or was repealed</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/lapse_actions.py"/>
        <source>替代文件：文号、名称或其公开记录编号</source>
        <translation>the replacing document: number, title or its record id</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/lapse_actions.py"/>
        <source>导出某期间失效、废止的政策文件清单（PDF 或 Excel）</source>
        <translation>write the list of lapsed and repealed policies of a period (PDF or xlsx)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/lapse_actions.py"/>
        <source>已标记：{t} 于 {d} {s}</source>
        <translation>Marked: {t} {s} on {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/lapse_actions.py"/>
        <source>替代文件：{r}</source>
        <translation>Replaced by: {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/lapse_actions.py"/>
        <source>已导出 {n} 件失效、废止的政策文件到 {p}</source>
        <translation>Wrote {n} lapsed or repealed policies to {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>参数错误：{m}（用 --help 查看用法）</source>
        <translation>usage error: {m} (see --help)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>输出 JSON（供脚本使用）</source>
        <translation>print JSON for scripts</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>首次设置本单位（角色、区划代码、名称）</source>
        <translation>set up this office (role, division code, name)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>显示本单位信息和数据位置</source>
        <translation>show this office and where its data lives</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>查看或修改本单位设置</source>
        <translation>show or change this office's settings</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>公开记录</source>
        <comment>disclosure records</comment>
        <translation>disclosure records</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>村务公开栏公示单（PDF）</source>
        <translation>notice-board sheets (PDF)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>村与村务公开</source>
        <translation>villages and village affairs</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>密钥与信任</source>
        <translation>keys and trust</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>同步包（U盘或电子邮件）</source>
        <translation>sync bundles (USB stick or e-mail)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>回执</source>
        <comment>receipts</comment>
        <translation>receipts</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>县级：汇总各乡镇情况为 Excel</source>
        <translation>county: summary workbook of all townships</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>县级：各乡镇报送与公开情况</source>
        <translation>county: townships at a glance</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>依申请公开登记与期限</source>
        <translation>disclosure requests and their deadlines</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>政府信息公开工作年度报告</source>
        <translation>the annual report</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>不公开、依申请公开记录的年度复核</source>
        <translation>yearly re-assessment of records not disclosed</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>TownshipDesk 乡镇政务公开助手（不带命令时打开图形界面）</source>
        <translation>TownshipDesk township disclosure desk (opens the GUI when run without a command)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>显示程序版本并退出</source>
        <comment>show the program's version and exit</comment>
        <translation>show the program's version and exit</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>数据文件夹（默认：用户数据目录，或环境变量 TOWNSHIPDESK_DATA）</source>
        <translation>data folder (default: user data dir, or $TOWNSHIPDESK_DATA)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>界面语言</source>
        <translation>language of messages</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>输出 JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>错误：{e}</source>
        <translation>error: {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>错误：无法读写文件“{f}”：{e}</source>
        <translation>error: cannot read or write '{f}': {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/main.py"/>
        <source>已取消</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>生成公示单 PDF</source>
        <translation>render a notice sheet as PDF</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>general 公告 / namelist 名单 / finance 财务公开</source>
        <translation>sheet kind</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>.json 或 .xlsx 文件</source>
        <translation>.json or .xlsx file</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>要写入的 PDF 文件</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>横向</source>
        <comment>landscape</comment>
        <translation>landscape</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>标题（代替输入文件中的标题）</source>
        <translation>title (instead of the input file's)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>公开栏名称，如“大河村村务公开栏”</source>
        <translation>board heading</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>落款单位</source>
        <translation>issuing body</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>张贴/落款日期（默认今天）</source>
        <translation>posting date (default today)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>公示天数（默认7）</source>
        <translation>notice period in days (default 7)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>公示期按工作日计算</source>
        <translation>count the notice period in working days</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>监督电话</source>
        <comment>supervision telephone</comment>
        <translation>supervision telephone</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>村务监督委员会审核人（可重复）</source>
        <comment>reviewer (repeatable)</comment>
        <translation>reviewer (repeatable)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>按本软件中登记的村填写公开栏名称、落款和监督电话</source>
        <translation>fill board, issuer and phone from a village registered here</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>批量生成：每村一份或合并为一份 PDF</source>
        <translation>render for many villages: one PDF each or one combined</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>文件夹（每村一个 .json/.xlsx）或工作簿（每村一个工作表）</source>
        <comment>a folder (one file per village) or a workbook (one sheet per village)</comment>
        <translation>a folder (one file per village) or a workbook (one sheet per village)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>输出文件夹，或 --combined 时的 .pdf 文件</source>
        <translation>output folder, or a .pdf with --combined</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>合并为一个 PDF</source>
        <translation>one combined PDF</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>监督电话（代替各村输入中的）</source>
        <translation>supervision telephone (instead of each input's)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>输出文件名应以 .pdf 结尾：“{p}”</source>
        <translation>The output file name should end in .pdf: '{p}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>已生成 {p}</source>
        <translation>Wrote {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>已按 --village 替换{f}：“{a}” → “{b}”</source>
        <translation>--village replaced the {f}: '{a}' → '{b}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>注意：标题写的是“{t}”，而 --village 是“{v}”：请核对标题是否写错了村（用 --title 改正）</source>
        <translation>warning: the title names '{t}' but --village is '{v}': check the title (correct it with --title)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>合并输出应为 .pdf 文件：“{p}”</source>
        <translation>With --combined the output must be a .pdf file: '{p}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>每村一份时 --out 应为文件夹</source>
        <translation>Without --combined, --out must be a folder</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>找不到“{p}”</source>
        <translation>Not found: '{p}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>“{p}”中没有 .json 或 Excel 文件</source>
        <translation>No .json or Excel files in '{p}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/notice_cmds.py"/>
        <source>已生成 {n} 份公示单：{p}</source>
        <translation>Rendered {n} sheets: {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>新增公开记录</source>
        <comment>add a disclosure record</comment>
        <translation>add a disclosure record</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>目录事项编号</source>
        <translation>catalog item id</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>公开信息的标题（不超过500字）</source>
        <translation>title of the information (at most 500 characters)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>信息形成或变更日期</source>
        <translation>date formed or changed</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>事件日期（“开始日前20日”等从事件倒算的时限需要）</source>
        <translation>event date, for limits counted back from an event (开始日前20日 …)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>文号</source>
        <comment>document number (文号)</comment>
        <translation>document number (文号)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>公开渠道，逗号分隔（默认：事项的渠道）</source>
        <translation>channels, comma-separated (default: the item's)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>公开属性</source>
        <comment>disclosure attribute</comment>
        <translation>disclosure attribute</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>属性理由（依申请公开、不公开时必填）</source>
        <translation>reason for the attribute</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>备注</source>
        <comment>notes</comment>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>手工指定截止日（需 --due-reason）</source>
        <translation>set the due date by hand</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>手工指定截止日的理由</source>
        <translation>why the due date was set by hand</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>政策解读：所解读的政策记录编号（如 2026-0012）</source>
        <translation>policy interpretation of this record (number or id)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>附件（可重复）</source>
        <translation>attachment (repeatable)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>列出公开记录</source>
        <translation>list records</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>逾期和5个工作日内到期的</source>
        <translation>overdue and due within 5 working days</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>只列逾期的</source>
        <translation>overdue only</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>只列该状态：{s}</source>
        <translation>only this state: {s}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>标题或文号中含有的字</source>
        <translation>words in the title or document number</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>显示一条记录及其审核和修改历史</source>
        <translation>show one record with its history</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>修改记录</source>
        <translation>edit a record</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>新标题（不超过500字）</source>
        <translation>new title (at most 500 characters)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>事件日期（空字符串清除）</source>
        <translation>event date (an empty string clears it)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>公开渠道，逗号分隔</source>
        <translation>channels, comma-separated</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>提交审核</source>
        <comment>submit for review</comment>
        <translation>submit for review</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>保密审查或发布审查</source>
        <translation>confidentiality or release review</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>secrecy 保密审查 / release 发布审查</source>
        <translation>review kind</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>审查人姓名</source>
        <comment>the reviewer's name</comment>
        <translation>the reviewer's name</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>退回（需 --comment）</source>
        <translation>return the record (needs --comment)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>审查意见（退回时必填）</source>
        <translation>comment (required when returning)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>登记发布</source>
        <comment>mark published</comment>
        <translation>mark published</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>添加附件</source>
        <comment>attach a file</comment>
        <translation>attach a file</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>要附上的文件</source>
        <translation>the file to attach</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>本期应公开而未公开的定期事项</source>
        <translation>periodic items with no disclosure this period</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>导出公开记录为 Excel</source>
        <translation>export records to Excel</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>没有符合条件的记录</source>
        <translation>No matching records</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>逾期</source>
        <comment>OVERDUE</comment>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>形成日期</source>
        <translation>Formed</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>截止日</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>提醒</source>
        <comment>Alert</comment>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>标题</source>
        <comment>Title</comment>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>本单位</source>
        <comment>ours</comment>
        <translation>ours</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>乡镇</source>
        <comment>Township</comment>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>共 {n} 条</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>记录 {id}：{t}</source>
        <translation>Record {id}: {t}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>乡镇：{n}（县级只读）</source>
        <translation>Township: {n} (read-only at the county)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>事项：{d} / {i}（时限：{tl}）</source>
        <translation>Item: {d} / {i} (time limit: {tl})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>形成日期 {f}，截止日 {d}{est}，状态 {s}</source>
        <translation>Formed {f}, due {d}{est}, state {s}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>（估算）</source>
        <comment> (estimated)</comment>
        <translation> (estimated)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>事件日期 {e}（截止日从该日倒算）</source>
        <translation>Event date {e} (the due date counts back from it)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>{s}：自 {d} 起{r}</source>
        <translation>{s} since {d}{r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>，由{x}替代</source>
        <translation>; replaced by {x}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>{f}：时限“{tl}”从事件日期倒算，请用 record edit {id} --event 日期 填写</source>
        <translation>{f}: the time limit '{tl}' counts back from an event; give its date with record edit {id} --event DATE</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>同步状态：{s}</source>
        <translation>Sync state: {s}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>附件：{n}（{s} 字节）</source>
        <translation>Attachment: {n} ({s} bytes)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>历史：</source>
        <translation>History:</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>没有给出要修改的内容</source>
        <translation>Nothing to change was given</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>已添加附件 {n}</source>
        <translation>Attached {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>本期定期公开事项均已有记录</source>
        <translation>Every periodic item has a record this period</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>尚无记录</source>
        <translation>never recorded</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>本期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/record_cmds.py"/>
        <source>已导出 {n} 条记录到 {p}</source>
        <translation>Exported {n} records to {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>登记一件申请</source>
        <translation>register a request</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>收到日期（当面提交为提交当日）</source>
        <translation>day of receipt (in person: that day)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>邮寄：签收日期</source>
        <translation>by post: the day the office signed for it</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>平常信函：与申请人确认日期；网络/传真：双方确认日期</source>
        <translation>ordinary letter, online, fax: the day receipt was confirmed</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>平常信函/网络/传真到达的日期（确认之前）</source>
        <translation>the day it arrived, before confirmation</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>申请人类型：{a}</source>
        <translation>applicant type: {a}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>{c}（或 in-person、post、letter、online、fax、other）</source>
        <translation>{c} (or in-person, post, letter, online, fax, other)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>申请人姓名或单位</source>
        <translation>applicant's name</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>联系方式（列表和导出中隐去）</source>
        <translation>contact (masked in lists)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>申请获取的信息</source>
        <translation>the information asked for</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>补正：通知日期，收到补正日期</source>
        <translation>correction: notice date, corrected request received</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>征求第三方或其他机关意见（不计入期限）</source>
        <translation>consultation (not counted)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>被征求意见的第三方或机关</source>
        <translation>the third party or office consulted</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>延期答复（仅一次，至多20个工作日）</source>
        <translation>extension (once, at most 20 working days)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>延长的工作日数（1–20，默认20）</source>
        <translation>working days added (1–20, default 20)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>信息处理费收费通知：送达后答复期限中止，至缴费恢复</source>
        <translation>fee notice: the clock stops from its service until payment</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>收费通知日期</source>
        <translation>the notice's date</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>送达申请人的日期</source>
        <translation>the day it reached the applicant</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>收费金额（元）</source>
        <translation>the fee (yuan)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>申请人缴纳信息处理费：答复期限恢复计算</source>
        <translation>the fee was paid: the clock runs again</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>办结：办理结果及决定日期</source>
        <translation>close: outcome and decision date</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>1、2、3.1–3.8、4.1–4.3、5.1–5.5、6.1–6.3 或 grant/partial…</source>
        <translation>1, 2, 3.1–3.8, 4.1–4.3, 5.1–5.5, 6.1–6.3 or grant/partial…</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>作出决定日期</source>
        <translation>decision date</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>一件申请及其期限</source>
        <translation>one request and its clock</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>申请登记簿</source>
        <translation>the register</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>逾期及5个工作日内到期</source>
        <translation>overdue or due within 5 working days</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>生成补正/延期/收费/答复告知书 PDF</source>
        <translation>write a correction/extension/fee/decision letter</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>correction 补正告知书 / extension 延期答复告知书 / fee 收费通知书 / decision 答复告知书</source>
        <translation>correction / extension / fee / decision letter</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>.pdf 直接生成；.json 生成可编辑的草稿（再用 notice render 打印）</source>
        <translation>.pdf renders; .json writes an editable draft for notice render</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>复议机关，如“某某县人民政府”</source>
        <translation>review authority</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>落款日期（默认为该步骤登记的日期）</source>
        <translation>the letter's date (default: its step's)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>联系电话（写在告知书上）</source>
        <translation>telephone printed on the letter</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>生成依申请公开指南 PDF（含受理机构信息和办理流程图）</source>
        <translation>write the request guide PDF (receiving office and flow chart)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>落款日期（默认今天）</source>
        <translation>the date printed (default today)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>生成年度报告表格（.xlsx）及文字稿（.docx）</source>
        <translation>annual report tables (.xlsx) and text (.docx)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>报告年度，如 2026</source>
        <translation>the report's year, e.g. 2026</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>要写入的表格（.xlsx）</source>
        <translation>the workbook to write (.xlsx)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>同时生成报告文字稿</source>
        <translation>also write the text skeleton</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>录入手工统计项（第二、四部分）</source>
        <translation>enter hand-counted figures (sections 二 and 四)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>统计项=数值（可多个；report keys 列出可用的项）</source>
        <translation>figure=value (several; report keys lists them)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>可录入的统计项</source>
        <translation>figures that can be entered</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>申请 {id} 逾期未缴纳信息处理费，视为放弃，已按 6.2 办结</source>
        <translation>Request {id}: the fee was not paid in time; closed as 6.2 (deemed withdrawn)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>申请 {id}：{a}，{d} 收到（{c}，以{rule}为收到日期）</source>
        <translation>Request {id}: {a}, received {d} ({c}, counted from {rule})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>状态：{s}；答复期限：{due}{left}</source>
        <translation>State: {s}; answer due {due}{left}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>（剩 {n} 个工作日）</source>
        <translation> ({n} working days left)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>（已逾期 {n} 个工作日）</source>
        <translation> (overdue by {n} working days)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>办理结果：{o}</source>
        <translation>Outcome: {o}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>逾期答复：作出决定晚于答复期限 {n} 个工作日</source>
        <comment>Answered late: decided {n} working days after the due date</comment>
        <translation>Answered late: decided {n} working days after the due date</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>注意：第三方答复期限 {d} 已过，答复期限恢复计算</source>
        <translation>warning: the third party's reply was due {d}; the clock runs again</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>--signed-for 只用于邮寄的申请</source>
        <translation>--signed-for is for requests sent by post</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>--confirmed 只用于平常信函、网络或传真提交的申请</source>
        <translation>--confirmed is for ordinary letters, online and fax requests</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>请写明收到日期：{r}（{opt}）</source>
        <translation>Give the day of receipt: {ren} ({opt})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>{o} 给出的日期不一致</source>
        <translation>{o} give different dates</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>没有符合条件的申请</source>
        <translation>No matching requests</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>答复期限</source>
        <comment>Due</comment>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>按期</source>
        <comment>On time</comment>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>内容</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>输出文件应为 .pdf 或 .json</source>
        <translation>The output must be a .pdf or .json file</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>报表文件名应以 .xlsx 结尾</source>
        <translation>The report file name should end in .xlsx</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>已生成 {y} 年度报告表格 {p}</source>
        <translation>Wrote the {y} report tables to {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>县级年度报告的第二、四部分是各乡镇报送数字之和，请由乡镇录入后同步</source>
        <translation>A county's sections 二 and 四 sum what the townships entered and sent; enter them there</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>请写成 项=数值，如 s2.行政许可.本年处理决定数量=12</source>
        <translation>Write KEY=VALUE, e.g. s2.行政许可.本年处理决定数量=12</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/request_cmds.py"/>
        <source>已保存 {n} 项</source>
        <translation>Saved {n} figures</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>township（乡镇）或 county（县级）</source>
        <translation>township or county</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>12位统计用区划代码</source>
        <translation>12-digit statistical division code</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>单位名称，如“某某镇人民政府”</source>
        <translation>office name</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>张贴当日计入公示期（默认 off：按《民法典》第二百零一条，张贴当日不计入）</source>
        <translation>count the posting day as day 1 of a notice (default off: Civil Code Art. 201 does not count it)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>依申请公开受理机构的{l}，如“{e}”（空字符串清除）</source>
        <translation>the receiving office's {l}, e.g. '{e}' ("" clears it)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>本单位联系电话（印在征求意见公告上）</source>
        <translation>contact phone (printed on consultation notices)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>本单位通信地址（印在征求意见公告上）</source>
        <translation>the office's postal address (printed on consultation notices)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>本单位电子邮箱（印在征求意见公告上）</source>
        <translation>the office's e-mail (printed on consultation notices)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>已设置：{name}（{code}，{role}）</source>
        <translation>Set up: {name} ({code}, {role})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>数据位置：{path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>已载入随软件提供的标准目录：{n} 个事项</source>
        <translation>Loaded the shipped standard catalog: {n} items</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>数据位置：{p}</source>
        <translation>Data folder: {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>（只读：这个文件夹不能写入，只能查看，不能修改）</source>
        <translation>(read-only: this folder cannot be written; you can look, not change)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>本单位：{n}（{c}，{r}）</source>
        <translation>Office: {n} ({c}, {r})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>尚未设置本单位，请运行 init</source>
        <translation>Not set up yet: run init</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>标准目录：{n} 个事项，当前第 {v} 版</source>
        <translation>Catalog: {n} items, version {v}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>联系电话</source>
        <comment>Phone</comment>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>通信地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>电子邮箱</source>
        <comment>E-mail</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>{l}：{v}</source>
        <translation>{l}: {v}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>（未设置）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>张贴当日计入公示期：{v}</source>
        <translation>The posting day counts as day 1 of a notice: {v}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>否（按《民法典》第二百零一条，自次日起算）</source>
        <translation>no (Civil Code Art. 201: from the next day)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>依申请公开受理机构：</source>
        <translation>Receiving office for requests:</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>（未填写，{o}）</source>
        <translation>(not filled in: {o})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/setup_cmds.py"/>
        <source>（未填写）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>本单位指纹及已信任的单位</source>
        <translation>our fingerprint and trusted sites</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>导出本单位密钥卡</source>
        <translation>export our key card</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>要写入的密钥卡文件</source>
        <translation>the key card file to write</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>信任对方的密钥卡（先电话核对指纹）</source>
        <translation>trust a key card (check the fingerprint by phone)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>对方的密钥卡文件</source>
        <translation>the other office's key card file</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>电话中对方念出的指纹</source>
        <translation>the fingerprint read out over the phone</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>已核对指纹，直接信任</source>
        <translation>fingerprint checked; trust it</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>该区划代码已信任旧电脑的密钥：单位重装后替换之（历史数据延续）</source>
        <translation>the division code is trusted with an old computer's key: replace it after a reinstall (history carries over)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>更换密钥（新卡由旧密钥签名）</source>
        <translation>replace our keys (the new card is signed by the old key)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>新密钥卡文件</source>
        <translation>the new key card file</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>生成同步包</source>
        <translation>write a bundle</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>文件（.tdbundle）或文件夹（如U盘）</source>
        <translation>a .tdbundle file or a folder (a USB stick)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>接收单位（区划代码或名称）</source>
        <translation>recipient (division code or name)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>乡镇：changes；县级：receipt/catalog/calendar</source>
        <translation>township: changes; county: receipt/catalog/calendar</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>calendar：要下发的年份</source>
        <translation>calendar: the years to send</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>县级：为重装后的乡镇（区划代码或名称）导出其全部数据的恢复包</source>
        <translation>county: a restore bundle of everything held of a reinstalled township (division code or name)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>同时生成附带此包的 .eml 邮件</source>
        <translation>also write an .eml with the bundle attached</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>检查同步包（不导入）</source>
        <translation>check a bundle without importing</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>同步包文件（.tdbundle）</source>
        <translation>the bundle file (.tdbundle)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>导入同步包</source>
        <comment>import a bundle</comment>
        <translation>import a bundle</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>接受县级下发的目录（先不加此项查看差异）</source>
        <translation>accept a catalog bundle</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>县级：导入后写回执到此</source>
        <translation>county: write the receipt here</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>收发记录</source>
        <comment>bundles in and out</comment>
        <translation>bundles in and out</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>县级给乡镇写回执</source>
        <translation>county: write a receipt for a township</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>乡镇（区划代码或名称）</source>
        <translation>the township (division code or name)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>本单位：{n}（{c}）</source>
        <translation>This office: {n} ({c})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>指纹：{f}</source>
        <translation>Fingerprint: {f}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>已信任：</source>
        <translation>Trusted:</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>  （无）</source>
        <translation>  (none)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>区划代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>单位</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>指纹</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>已导出密钥卡 {p}</source>
        <translation>Wrote the key card {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>指纹（请电话告知对方核对）：{f}</source>
        <translation>Fingerprint (read it to the other office by phone): {f}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>请打电话请“{n}”念出其“同步”页上的指纹，再用 --fingerprint "对方念的30位数字" 信任（或核对后加 --yes）</source>
        <translation>Call '{n}' and have them read the fingerprint on their Sync page to you, then trust the card with --fingerprint "the 30 digits they read" (or --yes once checked)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>{n}（{c}）的指纹：{f}</source>
        <translation>Fingerprint of {n} ({c}): {f}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>与电话中对方念的一致吗？[y/N] </source>
        <translation>Does it match what they read out? [y/N] </translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>未信任</source>
        <translation>not trusted</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>注意：区划代码 {c} 已信任“{n}”的另一台电脑。</source>
        <translation>Note: the division code {c} is already trusted for another computer of '{n}'.</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>该单位重装了电脑吗？替换旧密钥（历史数据延续到新电脑）？[y/N] </source>
        <translation>Did that office reinstall? Replace the old key (its history carries over)? [y/N] </translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>已信任 {n}（{c}）</source>
        <translation>Trusted {n} ({c})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>已更换密钥，新密钥卡：{p}（由旧密钥签名，对方 keys trust 即可）</source>
        <translation>Keys replaced; new card {p} (signed by the old key: the other office can keys trust it)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>新指纹：{f}</source>
        <translation>New fingerprint: {f}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>县级下发请用 --to 指定乡镇</source>
        <translation>Give --to for bundles sent down to a township</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>没有 {y} 年的节假日安排可下发</source>
        <translation>No holiday schedule for {y} to send</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>已生成同步包 {p}（{s} 字节，发给 {r}）</source>
        <translation>Wrote {p} ({s} bytes, for {r})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>邮件草稿：{p}</source>
        <translation>E-mail draft: {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>同步包完好：{k}，来自 {s}，生成于 {t}（北京时间）</source>
        <translation>The bundle is sound: {k} from {s}, made {t} (China time)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>另一个导入正在进行，等它完成后继续……</source>
        <translation>Another import is running; waiting for it to finish…</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>此同步包已导入过，没有变化</source>
        <translation>This bundle was imported before; nothing changed</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>已导入 {s} 的数据：新增 {i}，更新 {u}，未变 {n}，附件 {f}</source>
        <translation>Imported from {s}: {i} new, {u} updated, {n} unchanged, {f} files</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>回执已写入 {p}，请交回乡镇导入</source>
        <translation>Receipt written to {p}; take it back to the township</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>已从县级恢复本单位数据：{n} 行；新的变更从第 {s} 号之后继续编号</source>
        <translation>Restored this office's data from the county: {n} rows; new changes are numbered after {s}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>已收到县级回执（确认至第 {n} 号变更）</source>
        <translation>Receipt from the county (confirmed up to change {n})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>已更新节假日安排：{y}</source>
        <translation>Holiday schedule updated: {y}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>县级下发目录：新增 {a}，修改 {c}，停用 {r}</source>
        <translation>County catalog: {a} added, {c} changed, {r} retired</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>（尚未接受；确认后加 --accept 导入）</source>
        <translation>(not accepted yet; add --accept to apply)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>还没有收发过同步包</source>
        <translation>No bundle sent or received yet</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>收</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>发</source>
        <translation>out</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>收发</source>
        <translation>Dir</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>对方</source>
        <comment>Other office</comment>
        <translation>Other office</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>已生成回执 {p}</source>
        <translation>Wrote the receipt {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>要写入的汇总表（.xlsx）</source>
        <translation>the summary workbook to write (.xlsx)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>统计年度（默认今年）</source>
        <translation>the year counted (default: this year)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>另加一张表，按乡镇和编号列出每条逾期未公开的记录（县大时很长）</source>
        <translation>also list every overdue record by township and number (long in a big county)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>汇总只在县级使用</source>
        <translation>Aggregation is for the county installation</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>尚未收到任何乡镇的同步包</source>
        <translation>No township bundle received yet</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>天前</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>逾期</source>
        <comment>Overdue</comment>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>覆盖</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>关切待回/逾期</source>
        <translation>Concerns open/overdue</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>逾期回应</source>
        <comment>Answered late</comment>
        <translation>Answered late</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>待复核</source>
        <comment>Review</comment>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>失效废止</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>汇总表文件名应以 .xlsx 结尾</source>
        <translation>The summary file name should end in .xlsx</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/sync_cmds.py"/>
        <source>已生成汇总表 {p}：{n} 个乡镇，{d} 个领域</source>
        <translation>Wrote {p}: {n} townships, {d} domains</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>列出标为不公开或依申请公开的记录及复核到期日</source>
        <translation>list the records and when each is due</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>只列超过12个月未复核的</source>
        <translation>only those not reviewed for 12 months</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>以该日为“今天”（默认系统日期）</source>
        <translation>treat DATE as today</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>登记一次复核（维持或转为主动公开）</source>
        <translation>record a review (keep or make public)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>公开记录编号</source>
        <translation>record id</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>维持 / 转为主动公开（或 keep / make-public）</source>
        <translation>维持 (keep) / 转为主动公开 (make-public)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>复核理由（必填）</source>
        <translation>the reason (required)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>复核日期（默认今天）</source>
        <translation>review date (default today)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>复核人</source>
        <translation>reviewer</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>一条记录的复核历史</source>
        <translation>the reviews of one record</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>没有需要复核的记录</source>
        <translation>No record is due for review</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>没有标为不公开或依申请公开的记录</source>
        <translation>No record is marked not disclosed or on request only</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>待复核</source>
        <comment>DUE</comment>
        <translation>DUE</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>公开属性</source>
        <comment>Attribute</comment>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>上次复核</source>
        <translation>Last review</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>复核到期</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>已登记复核：{t}（{o}，{d}）</source>
        <translation>Review recorded: {t} ({o}, {d})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>公开属性已改为“{a}”，截止日 {d}；请按流程审核后发布</source>
        <translation>Now marked '{a}', due {d}; review and publish it as usual</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/undisclosed_cmds.py"/>
        <source>尚无复核记录</source>
        <translation>Not reviewed yet</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>新增行政村（附默认公开事项清单）</source>
        <translation>add a village (with the default affairs list)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>12位区划代码</source>
        <translation>12-digit division code</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>村名，如“大河村”</source>
        <translation>village name, e.g. 大河村</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>村民小组，逗号分隔</source>
        <translation>village groups, comma-separated</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>列出各村</source>
        <translation>list villages</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>某村的公开事项清单（频次、依据、下次到期）</source>
        <translation>a village's affairs list (rhythm, basis, next due)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>为某村增加公开事项</source>
        <translation>add an item to a village's list</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>类别：制度类/事务类/财务类…</source>
        <translation>category: 制度类/事务类/财务类…</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>公开事项名称</source>
        <comment>the item's name</comment>
        <translation>the item's name</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>公开频次：{r}</source>
        <translation>how often: {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>从某村清单中停用事项</source>
        <translation>take an item off a village's list</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>公开事项编号或名称</source>
        <translation>the item's id or name</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>修改村的监督电话或村民小组</source>
        <translation>change a village's phone or groups</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>全部村民小组，逗号分隔</source>
        <translation>all village groups, comma-separated</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>登记一次张贴公示</source>
        <translation>record a posting on the board</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>公开事项名称（或其中几个字）</source>
        <translation>affairs item (or part of its name)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>张贴内容的标题（不超过500字）</source>
        <translation>title of what was posted (at most 500 characters)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>公示天数</source>
        <translation>notice days</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>村务监督委员会审核人（可重复）</source>
        <comment>reviewer</comment>
        <translation>reviewer</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>这次张贴公布的事件编号（默认：该事项最早到期的待张贴事件）</source>
        <translation>the event this posting publishes (default: the item's event due first)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>登记随时公布事项的一次事件（须在期限内张贴）</source>
        <translation>record an event of an item published at once (a posting falls due)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>事件发生（决定、收到结果）的日期</source>
        <translation>the day it happened</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>事件，如“2026年土地承包经营方案经村民会议通过”</source>
        <translation>what happened</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>随时公布事项的事件及张贴情况</source>
        <translation>events of items published at once</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>村（不填：全部村）</source>
        <translation>village (blank: every village)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>只列待张贴的</source>
        <translation>only those waiting for a posting</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>张贴记录</source>
        <comment>postings</comment>
        <translation>postings</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>只列该村（区划代码或村名；默认全部）</source>
        <translation>only this village (default: all)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>登记异议及答复</source>
        <comment>record an objection and the reply</comment>
        <translation>record an objection and the reply</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>村民提出的异议</source>
        <translation>the objection raised</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>答复</source>
        <comment>the reply</comment>
        <translation>the reply</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>本期各村未张贴的事项</source>
        <translation>items each village has not posted this period</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>已新增 {n}（{c}），含默认公开事项清单</source>
        <translation>Added {n} ({c}) with the default affairs list</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>还没有村，用 village add 新增</source>
        <translation>No villages yet: add one with village add</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>村</source>
        <comment>Village</comment>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>村民小组</source>
        <comment>Groups</comment>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>监督电话</source>
        <comment>Phone</comment>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>按事件</source>
        <translation>per event</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>类别</source>
        <comment>Category</comment>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>公开事项</source>
        <comment>Item</comment>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>公开频次</source>
        <translation>Rhythm</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>下次到期</source>
        <translation>Next due</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>已登记事件 {id}：{v}“{i}”—{t}；最迟应于 {d} 张贴（{r}）</source>
        <translation>Recorded event {id}: {v} '{i}' — {t}; post it by {d} ({r})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>没有待张贴的事件</source>
        <translation>No events waiting for a posting</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>没有登记的事件</source>
        <translation>No events recorded</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>{d} 已张贴</source>
        <translation>posted {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>（逾期）</source>
        <translation> (late)</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>已逾期</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>待张贴</source>
        <translation>to post</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>事件</source>
        <comment>Event</comment>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>事件日期</source>
        <comment>Date</comment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>最迟张贴</source>
        <translation>Post by</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>已增加公开事项：{n}</source>
        <translation>Added item: {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>已登记张贴 {id}：{t}，公示期 {s} 至 {e}</source>
        <translation>Recorded posting {id}: {t}, notice {s} to {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>已公布事件：{t}（期限 {d}{l}）</source>
        <translation>Published the event: {t} (due {d}{l})</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>，逾期张贴</source>
        <translation>, posted late</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>还没有张贴记录</source>
        <translation>No postings yet</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>有异议</source>
        <translation>objection</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>张贴日期</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>公示期</source>
        <translation>Notice period</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>异议</source>
        <comment>Objections</comment>
        <translation>Objections</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>已登记异议</source>
        <translation>Objection recorded</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>本期各村定期事项均已张贴</source>
        <translation>Every village has posted its periodic items this period</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>应公开事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>已停用公开事项：{n}</source>
        <translation>Retired item: {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/cli/village_cmds.py"/>
        <source>已更新 {n}</source>
        <translation>Updated {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/backup.py"/>
        <source>找不到备份文件“{p}”</source>
        <translation>Backup file not found: '{p}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/backup.py"/>
        <source>“{p}”不是可用的数据库备份：{e}</source>
        <translation>'{p}' is not a usable database backup: {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/backup.py"/>
        <source>备份“{p}”未通过完整性检查（{r}），不能恢复</source>
        <translation>The backup '{p}' fails the integrity check ({r}); it cannot be restored</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/backup.py"/>
        <source>备份“{p}”来自更新版本的程序（数据库版本 {v}），请先升级</source>
        <translation>The backup '{p}' comes from a newer program (schema {v}); upgrade first</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/backup.py"/>
        <source>“{p}”不是 TownshipDesk 的数据库</source>
        <translation>'{p}' is not a TownshipDesk database</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>一级事项</source>
        <comment>Item (level 1)</comment>
        <translation>Item (level 1)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>二级事项</source>
        <comment>Item (level 2)</comment>
        <translation>Item (level 2)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>公开内容（要素）</source>
        <comment>Content</comment>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>公开依据</source>
        <comment>Legal basis</comment>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>公开主体</source>
        <comment>Responsible body</comment>
        <translation>Responsible body</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>公开渠道和载体</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>公开对象</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>公开方式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>公开层级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>缺少所属领域</source>
        <translation>The domain is missing</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>缺少事项名称（一级事项/二级事项）</source>
        <translation>The item has no name</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>“{label}”未勾选任何一项</source>
        <translation>No box ticked under '{label}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>缺少“{label}”</source>
        <translation>'{label}' is empty</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>文字过长（{n} 字），最多 {m} 字</source>
        <translation>the text is too long ({n} characters); at most {m}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>公开渠道“{c}…”过长（{n} 字），每个渠道最多 {m} 字</source>
        <translation>A channel ('{c}…') is too long ({n} characters); at most {m} each</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>“同上”没有可参照的上一行</source>
        <translation>'同上' (same as above) has no row above</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>公开时限“{text}”无法识别为规则，将按原文保存并标记，不计算期限</source>
        <translation>Time limit '{text}' is not a recognisable rule; kept as text and flagged, no due date computed</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>事项编号至少需要4位：“{id}”</source>
        <translation>An item id needs at least 4 characters: '{id}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>找不到编号为“{id}”的事项</source>
        <translation>No item with id '{id}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>编号“{id}”对应多个事项，请输入更长的编号</source>
        <translation>Id '{id}' matches several items; give more characters</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>没有第 {n} 版目录（用 catalog versions 查看已有版本）</source>
        <translation>There is no catalog version {n} (see catalog versions)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>与 {sheet} 第{row}行的事项重复</source>
        <translation>Duplicates the item in {sheet} row {row}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>目录中有错误，未导入任何内容；可选择只导入无误的行</source>
        <translation>The workbook has errors; nothing was imported. You may import only the good rows</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>新版目录中已无此事项</source>
        <translation>Not in the new catalog version</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>该领域已有同名事项“{name}”</source>
        <translation>The domain already has an item named '{name}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>不能修改的字段：{names}</source>
        <translation>Fields that cannot be edited: {names}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>事项“{name}”已停用</source>
        <translation>Item '{name}' is already retired</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>停用事项需要填写原因</source>
        <translation>Retiring an item needs a reason</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog.py"/>
        <source>事项“{name}”未停用</source>
        <translation>Item '{name}' is not retired</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/catalog_shipped.py"/>
        <source>随软件提供的目录文件 {f} 已损坏（{e}），请重新安装 TownshipDesk</source>
        <translation>The shipped catalog file {f} is damaged ({e}); reinstall TownshipDesk</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/concerns.py"/>
        <source>待回应</source>
        <translation>awaiting a response</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/concerns.py"/>
        <source>逾期未回应</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/concerns.py"/>
        <source>已回应</source>
        <comment>responded</comment>
        <translation>responded</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/concerns.py"/>
        <source>逾期回应</source>
        <comment>responded late</comment>
        <translation>responded late</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/concerns.py"/>
        <source>来源“{v}”无效；应为：{s}</source>
        <translation>Unknown source '{v}'; use one of: {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/concerns.py"/>
        <source>找不到关切“{id}”</source>
        <translation>No concern '{id}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/concerns.py"/>
        <source>编号“{id}”对应多条关切</source>
        <translation>Id '{id}' matches several concerns</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/concerns.py"/>
        <source>请填写{w}</source>
        <translation>{wen} is required</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/concerns.py"/>
        <source>{w}过长（{n} 字，上限 {m}）</source>
        <translation>{wen} is too long ({n} characters, limit {m})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/concerns.py"/>
        <source>{w}（{t}）不能晚于现在（{n}）</source>
        <translation>{wen} ({t}) cannot be later than now ({n})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/concerns.py"/>
        <source>关切 {n} 已于 {t} 回应，不能重复登记</source>
        <translation>Concern {n} was answered at {t}; it cannot be answered twice</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/concerns.py"/>
        <source>请写明回应内容或附上回应文件</source>
        <translation>Give the response's text or attach its file</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/concerns.py"/>
        <source>回应时间（{a}）不能早于发现时间（{s}）</source>
        <translation>The response ({a}) cannot be before the concern was seen ({s})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/concerns.py"/>
        <source>结束日期（{e}）不能早于开始日期（{s}）</source>
        <translation>The end ({e}) cannot be before the start ({s})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/dates.py"/>
        <source>日期“{d}”看不懂，请写成 2026-11-30、2026/11/30、2026.11.30、2026年11月30日 或 20261130</source>
        <translation>Date '{d}' is not understood; write 2026-11-30, 2026/11/30, 2026.11.30, 2026年11月30日 or 20261130</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/dates.py"/>
        <source>日期“{d}”不存在：没有{m}月</source>
        <translation>Date '{d}' does not exist: there is no month {m}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/dates.py"/>
        <source>日期“{d}”不存在：{y}年{m}月没有{day}日</source>
        <translation>Date '{d}' does not exist: {y}-{m:02d} has no day {day}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/dates.py"/>
        <source>时间“{d}”看不懂，请写成 2026-12-01 09:30、2026/12/01 9:30 或 2026年12月1日 9时30分（日期和时刻都要写）</source>
        <translation>Time '{d}' is not understood; write 2026-12-01 09:30, 2026/12/01 9:30 or 2026年12月1日 9时30分 (a date and a time of day)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/dates.py"/>
        <source>时间“{d}”中的时刻“{c}”看不懂，请写成 9:30 或 9时30分</source>
        <translation>Time '{d}': the time of day '{c}' is not understood; write 9:30 or 9时30分</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/dates.py"/>
        <source>时间“{d}”不存在：一天只有0至23时，没有{h}时</source>
        <translation>Time '{d}' does not exist: hours run from 0 to 23, there is no hour {h}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/dates.py"/>
        <source>时间“{d}”不存在：分钟只有0至59，没有{m}分</source>
        <translation>Time '{d}' does not exist: minutes run from 0 to 59, there is no minute {m}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/dates.py"/>
        <source>“{s}”不是 Excel 日期序号（应在 1 到 {last} 之间）</source>
        <translation>'{s}' is not an Excel date serial (1 to {last})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/dates.py"/>
        <source>Excel 日期序号 60 是“1900年2月29日”，这一天不存在：1900年2月没有29日</source>
        <translation>Excel date serial 60 stands for 1900-02-29, which does not exist: 1900-02 has no day 29</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/db_errors.py"/>
        <source>本次操作未做任何改动，数据库没有损坏。</source>
        <translation>This operation changed nothing; the database is not damaged.</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/db_errors.py"/>
        <source>没有权限打开数据文件夹“{f}”（它属于另一个用户，或权限不允许读取）：请用建立它的用户登录，或请管理员给予读写权限。</source>
        <translation>No permission to open the data folder '{f}' (it belongs to another user, or may not be read): log in as the user who made it, or ask for permission to read and write it.</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/db_errors.py"/>
        <source>数据文件夹“{f}”是只读的，里面还没有数据，无法在此设置本单位：请换一个可写的文件夹（--data-dir），或关掉U盘的写保护、请管理员给予写入权限。</source>
        <translation>The data folder '{f}' is read-only and holds no data yet, so this office cannot be set up there: choose a writable folder (--data-dir), or turn off the USB stick's write protection / ask for write permission.</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/db_errors.py"/>
        <source>数据文件夹“{f}”是只读的，而其中的数据库需要先升级到本版本才能打开：请在可写的位置（关掉U盘写保护或取得写入权限后）打开一次，或用与数据库相同版本的 TownshipDesk 查看。</source>
        <translation>The data folder '{f}' is read-only and its database must first be upgraded to this version: open it once where it can be written (write protection off, or with write permission), or view it with the version that wrote it.</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/db_errors.py"/>
        <source>数据文件夹“{f}”是只读的（没有写入权限，或U盘开了写保护）：只能查看，不能修改，本次没有做任何改动。要修改，请关掉U盘的写保护、请管理员给予该文件夹的写入权限，或把整个文件夹复制到可写的位置再用 --data-dir 指定。</source>
        <translation>The data folder '{f}' is read-only (no write permission, or the USB stick is write-protected): you can look, not change; nothing was changed. To make changes, turn off the write protection, ask for write permission on the folder, or copy the whole folder somewhere writable and point --data-dir at it.</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/db_errors.py"/>
        <source>无法写入“{f}”：没有权限或磁盘只读。请检查文件夹权限或U盘的写保护开关。</source>
        <translation>Cannot write '{f}': no permission or a read-only disk. Check the folder's permissions or the USB stick's write-protect switch.</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>工作日计算规则：自触发日 D 起算，D 之后的第一个工作日为第1日，第N个工作日为截止日；节假日和周末不计，调休上班的周末计入。</source>
        <translation>Working-day rule: counting from the trigger date D, the first working day after D is day 1 and the due date is day N; holidays and weekends do not count, swapped working weekends (调休) do.</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>需要事件日期</source>
        <translation>event date needed</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>按本单位设置“张贴当日计入公示期”：{f} 为第1天</source>
        <translation>By this office's setting 'the posting day counts': {f} is day 1</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>张贴当日 {s} 不计入（《民法典》第二百零一条）；其后第1个工作日 {f} 为第1天</source>
        <translation>The posting day {s} is not counted (Civil Code Art. 201); the first working day after it, {f}, is day 1</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>张贴当日 {s} 不计入（《民法典》第二百零一条），次日 {f} 为第1天</source>
        <translation>The posting day {s} is not counted (Civil Code Art. 201); the next day, {f}, is day 1</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>天</source>
        <comment> days</comment>
        <translation> days</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>第{n}天 {x} 是法定节假日或休息日，公示期顺延至下一个工作日 {e} 结束（第二百零三条）</source>
        <translation>Day {n}, {x}, is a statutory holiday or rest day: the notice runs to the end of the next working day, {e} (Art. 203)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>第{n}{u}为 {e}，公示期至该日结束</source>
        <translation>Day {n} is {e}; the notice ends with that day</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>{d} 所在周期 {s} 至 {e}，本周期截止日 {due}</source>
        <translation>{d} lies in the period {s} to {e}; its deadline is {due}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>“{t}”是期日（固定日期），不是期间：不向后顺延</source>
        <translation>'{t}' is a fixed date (期日), not a period: it is never moved later</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>{t} 是法定节假日或休息日，应在此前最后一个工作日 {due} 完成</source>
        <translation>{t} is a statutory holiday or rest day: be done by the last working day before it, {due}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>从上一周期的末日 {e} 起算（不是录入的日期 {d}）</source>
        <translation>Counted from the last day of the previous period, {e} (not from the date entered, {d})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>{e} 之后的第{n}个工作日为 {due}</source>
        <translation>Working day {n} after {e} is {due}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>{n}个月后的对应日为 {x}（没有对应日的，为该月末日，《民法典》第二百零二条）</source>
        <translation>{n} months later the corresponding day is {x} (the month's last day where there is none, Civil Code Art. 202)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>{e} 的次日为第1日，第{n}日为 {x}</source>
        <translation>The day after {e} is day 1; day {n} is {x}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>期满日为法定节假日或休息日，顺延至下一个工作日 {due}（第二百零三条）</source>
        <translation>The last day is a statutory holiday or rest day; moved to the next working day {due} (Art. 203)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>下一个截止日 {n}</source>
        <translation>Next deadline {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>事件</source>
        <comment>the event</comment>
        <translation>the event</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>{f}：本时限从“{e}”的日期倒算，须提供该事件日期（命令行 --event，记录中填写“事件日期”），不从录入日期向后计算</source>
        <translation>{f}: this limit counts back from the date of '{e}'; give that date (--event on the command line, the record's event date), it is never counted forwards from the date entered</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>从“{e}”的日期 {x} 倒算（当日不计），往前第{n}个工作日为 {due}</source>
        <translation>Counted back from {e} on {x} (that day not counted): working day {n} before it is {due}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>从“{e}”的日期 {x} 倒算（当日不计），往前第{n}日为 {t}</source>
        <translation>Counted back from {e} on {x} (that day not counted): day {n} before it is {t}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>{t} 是法定节假日或休息日，提前到此前最后一个工作日 {due}（不向后顺延，否则不足{n}日）</source>
        <translation>{t} is a statutory holiday or rest day: moved earlier to the last working day before it, {due} (never later, which would leave fewer than {n} days)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>无法从“{t}”识别出公开时限规则，不计算期限（按原文保存）</source>
        <translation>'{t}' states no recognisable time-limit rule; no due date computed</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>规则：{r}</source>
        <translation>Rule: {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>{d} 之后的第1个工作日是 {f}，第{n}个工作日是 {due}</source>
        <translation>The first working day after {d} is {f}; working day {n} is {due}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>“及时”未写明天数，按《政府信息公开条例》第二十六条推定为20个工作日</source>
        <translation>'及时' gives no number; assumed 20 working days (Regulation Art. 26)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>自 {d} 的次日起算，期满日 {e}</source>
        <translation>Counted from the day after {d}; the period ends {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>期满日为休息日，顺延至下一个工作日 {due}</source>
        <translation>The last day is a rest day; moved to the next working day {due}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>实时公开：当日</source>
        <translation>Real time: the same day</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>长期公开，无截止日</source>
        <comment>Standing: no deadline</comment>
        <translation>Standing: no deadline</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>另有要求：{r}</source>
        <translation>Also: {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>说明：{r}</source>
        <translation>Remarks: {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/deadlines.py"/>
        <source>注意：{w}</source>
        <comment>Note: {w}</comment>
        <translation>Note: {w}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>拟决策</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>征求意见中</source>
        <comment>in consultation</comment>
        <translation>in consultation</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>已决策</source>
        <translation>decided</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>已调整出目录</source>
        <translation>removed from the catalog</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>采纳</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>部分采纳</source>
        <translation>partly adopted</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>不采纳</source>
        <translation>not adopted</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>公布目录</source>
        <translation>catalog published</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>列入目录</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>调整</source>
        <translation>adjusted</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>调整出目录</source>
        <comment>removed</comment>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>征求意见</source>
        <comment>consultation</comment>
        <translation>consultation</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>作出决策</source>
        <translation>decided</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>公布意见采纳情况</source>
        <translation>feedback published</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>采纳情况应为 yes（采纳）、partly（部分采纳）或 no（不采纳），收到“{v}”</source>
        <translation>Adopted must be yes, partly or no, not '{v}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>听取意见的方式应为：{m}（《重大行政决策程序暂行条例》第十四条），收到“{v}”</source>
        <translation>The way of hearing the public must be one of {m} (Regulation 713, Art. 14), not '{v}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>公开征求意见期限为 {n} 日，少于30日；公告中将说明缩短理由：{r}</source>
        <translation>The public consultation runs {n} days, fewer than 30; the notice states why: {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>公开征求意见期限为 {n} 日，少于《重大行政决策程序暂行条例》第十五条规定的一般不少于30日；因情况紧急等原因缩短的，须在公告中说明理由（--short-reason）</source>
        <translation>The public consultation runs {n} days; Regulation 713 Art. 15 asks for at least 30 in general. If it is shorter because of urgency, the notice must say why (--short-reason)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>征求意见（{s} 开始）</source>
        <translation>consultation (starts {s})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>征求意见中（至 {e}）</source>
        <translation>in consultation (to {e})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>采纳情况已公布，待决策</source>
        <translation>feedback published; decision pending</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_model.py"/>
        <source>征求意见已结束，采纳情况待公布</source>
        <translation>consultation ended; feedback to publish</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_sheets.py"/>
        <source>{n} 尚未登记征求意见（decision consult）</source>
        <translation>{n} has no consultation yet (decision consult)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_sheets.py"/>
        <source>{n} 尚未登记征求意见</source>
        <comment>{n} has no consultation yet</comment>
        <translation>{n} has no consultation yet</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_sheets.py"/>
        <source>第 {k} 条意见尚未写明采纳情况（decision feedback）</source>
        <translation>Comment(s) {k} have no answer yet (decision feedback)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decision_sheets.py"/>
        <source>{y} 年度目录还没有决策事项</source>
        <translation>The {y} catalog has no decisions yet</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>编号“{id}”对应多个乡镇的决策事项，请用其标识</source>
        <translation>Several townships have '{id}'; use its id</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>找不到决策事项“{id}”</source>
        <translation>No decision '{id}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>标识“{id}”对应多个决策事项</source>
        <translation>Id '{id}' matches several decisions</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>日期 {d} 不能晚于今天（{t}）</source>
        <translation>The date {d} cannot be after today ({t})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>{n} 已调整出目录（{r}），不能再办理</source>
        <translation>{n} was removed from the catalog ({r}); nothing more can be recorded</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>{n} 的意见采纳情况已于 {d} 公布，不能再修改</source>
        <translation>The feedback of {n} was published on {d}; it cannot change</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>决策事项名称不能为空</source>
        <translation>The decision needs a title</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>请写明承办单位（--unit）</source>
        <translation>Name the unit in charge (--unit)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>目录年度 {y} 不合理</source>
        <translation>The catalog year {y} is not plausible</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>计划决策时间 {p} 不在 {y} 年度目录内</source>
        <translation>The planned date {p} is not in the {y} catalog's year</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>{y} 年度目录还没有决策事项，不能公布</source>
        <translation>The {y} catalog has no decisions yet; nothing to publish</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>调整目录须写明理由（--reason）</source>
        <translation>An adjustment needs its reason (--reason)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>计划决策时间 {p} 不在 {y} 年度目录内；跨年度的请调整出本年目录并列入下年目录</source>
        <translation>The planned date {p} is outside the {y} catalog; remove it and add it to the next year's</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>{n} 已于 {d} 作出决策，不能再调整出目录</source>
        <translation>{n} was decided on {d}; it cannot leave the catalog</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>{n} 已作出决策，不能再征求意见</source>
        <translation>{n} is decided; no consultation now</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>请写明听取意见的方式（--method），如：{m}</source>
        <translation>Give the way of hearing the public (--method), e.g. {m}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>请给出结束日期（--end）或期限（--period，如“30日”“15个工作日”），二者选一</source>
        <translation>Give either the end date (--end) or the period (--period, e.g. 30日 or 15个工作日)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>期限“{p}”没有写明天数；请写成“30日”“15个工作日”等，或直接给出结束日期（--end）</source>
        <translation>'{p}' states no length; write e.g. 30日 or 15个工作日, or give the end (--end)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>征求意见结束日期 {e} 早于开始日期 {s}</source>
        <translation>The consultation ends ({e}) before it starts ({s})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>已登记的意见早于新的开始日期 {s}</source>
        <translation>Comments already recorded predate the new start {s}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>意见内容不能为空（--text）</source>
        <translation>The comment needs its text (--text)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>条数应为 1 至 100000</source>
        <translation>The count must be 1 to 100000</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>收到意见日期 {r} 早于征求意见开始日期 {s}</source>
        <translation>The comment ({r}) predates the consultation ({s})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>{n} 没有第 {k} 条意见（共 {c} 条）</source>
        <translation>{n} has no comment {k} ({c} recorded)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>{a}须写明理由（--reason）</source>
        <translation>'{a}' needs the reason (--reason)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>{n} 尚未登记征求意见</source>
        <comment>{n} has no consultation</comment>
        <translation>{n} has no consultation</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>征求意见至 {e} 结束，结束后才能公布意见采纳情况</source>
        <translation>The consultation runs to {e}; publish the feedback after it ends</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>{n} 已于 {d} 作出决策</source>
        <translation>{n} was decided on {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/decisions.py"/>
        <source>征求意见至 {e} 结束，期间不能作出决策</source>
        <translation>The consultation runs to {e}; no decision before it ends</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>草稿</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>待审核</source>
        <comment>pending review</comment>
        <translation>pending review</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>已审核</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>已发布</source>
        <comment>published</comment>
        <translation>published</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>退回</source>
        <comment>returned</comment>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>保密审查</source>
        <translation>confidentiality review</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>发布审查</source>
        <translation>release review</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>{label}：{e}</source>
        <translation>{label}: {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>没有编号为 {n} 的公开记录（编号形如 2026-0012，可用 record list 查看）</source>
        <translation>No disclosure record numbered {n} (numbers look like 2026-0012; see record list)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>编号 {n} 对应多条记录（{t}），请改用记录的标识（record list --json 中的 id）</source>
        <translation>{n} names several records ({t}); use the record's id (the id in record list --json)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>记录编号至少需要4位：“{id}”</source>
        <translation>A record id needs at least 4 characters: '{id}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>找不到编号为“{id}”的公开记录</source>
        <translation>No disclosure record with id '{id}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>编号“{id}”对应多条记录，请输入更长的编号</source>
        <translation>Id '{id}' matches several records</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>公开属性只能是：{a}</source>
        <translation>The disclosure attribute must be one of: {a}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>属性为“{a}”时必须填写理由</source>
        <translation>'{a}' needs a reason</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>事项“{n}”已停用，不能新增公开记录</source>
        <translation>Item '{n}' is retired</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>标题不能为空</source>
        <translation>The title must not be empty</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>政策解读需要关联所解读的政策记录</source>
        <translation>A policy interpretation must name its policy record</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>手工修改截止日必须填写理由</source>
        <translation>Changing the due date by hand needs a reason</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>不能修改的字段：{f}</source>
        <translation>Fields that cannot be edited: {f}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>已发布的记录只能补充备注</source>
        <translation>A published record only takes notes</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>只有草稿或退回的记录可以提交审核（当前：{s}）</source>
        <translation>Only drafts or returned records can be submitted (now: {s})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>审查类型只能是 secrecy（保密审查）或 release（发布审查）</source>
        <translation>The review kind must be secrecy or release</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>记录不在待审核状态（当前：{s}）</source>
        <translation>The record is not pending review (now: {s})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>请填写审查人姓名</source>
        <translation>The reviewer's name is needed</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>退回时请写明原因</source>
        <translation>A return needs a comment</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>公开属性为“{a}”的记录不主动发布</source>
        <translation>Records marked '{a}' are not published proactively</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>记录已于 {d} 发布</source>
        <translation>The record was already published on {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>保密审查和发布审查</source>
        <translation>confidentiality and release reviews</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>审核</source>
        <translation>review</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>未完成{m}，不能发布</source>
        <translation>Cannot publish before the {m}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>发布日期 {p} 晚于今天（{t}）：只能登记已经发布的记录</source>
        <translation>The publication date {p} is after today ({t}): only a publication that happened can be recorded</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>发布日期 {p} 早于形成日期 {f}</source>
        <translation>The publication date {p} is before the formed date {f}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>标题过长（{n} 字），最多 {m} 字；请缩短后再保存</source>
        <translation>The title is too long ({n} characters); at most {m}. Shorten it, then save</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>文号</source>
        <comment>document number</comment>
        <translation>document number</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>属性理由</source>
        <comment>reason for the attribute</comment>
        <translation>reason for the attribute</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>截止日理由</source>
        <translation>due-date reason</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>审查意见</source>
        <translation>review comment</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/disclosures.py"/>
        <source>审查人</source>
        <comment>reviewer</comment>
        <translation>reviewer</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/json_file.py"/>
        <source>找不到文件“{p}”</source>
        <translation>File not found: '{p}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/json_file.py"/>
        <source>“{p}”是文件夹，不是 JSON 文件</source>
        <translation>'{p}' is a folder, not a JSON file</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/json_file.py"/>
        <source>“{p}”不是 UTF-8 编码的文本（可能是用 GBK 保存的，或不是文本文件）：请在记事本中“另存为”并选择 UTF-8 编码</source>
        <translation>'{p}' is not UTF-8 text (perhaps saved as GBK, or not a text file): save it again as UTF-8</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/json_file.py"/>
        <source>“{p}”嵌套层数过多，不是本程序的输入文件</source>
        <translation>'{p}' is nested too deeply to be an input file</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/json_file.py"/>
        <source>“{p}”是空文件</source>
        <translation>'{p}' is empty</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/json_file.py"/>
        <source>“{p}”第{line}行第{col}列附近{what}</source>
        <translation>'{p}' line {line}, column {col}: {what}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/json_file.py"/>
        <source>用了中文标点“{c}”：JSON 的标点要用英文半角“{a}”</source>
        <translation>there is a full-width '{c}': JSON needs the ASCII '{a}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/json_file.py"/>
        <source>内容没有写完（缺少右括号“}”“]”或值）</source>
        <translation>the content stops early (a closing '}' or ']' or a value is missing)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/json_file.py"/>
        <source>缺少逗号或引号（两项之间要用英文逗号分开，文字要用英文双引号括起来）</source>
        <translation>a comma or a quote is missing (items are separated by commas, text is in double quotes)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/json_file.py"/>
        <source>缺少冒号（应写成 "名称": 值）</source>
        <translation>a colon is missing (write "name": value)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/json_file.py"/>
        <source>应是用英文双引号括起来的名称（可能最后一项后面多了逗号）</source>
        <translation>a name in double quotes is expected (perhaps a comma after the last entry)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/json_file.py"/>
        <source>缺少值，或文字没有用英文双引号括起来（也可能多了一个逗号）</source>
        <translation>a value is missing, or text is not in double quotes (or there is one comma too many)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/json_file.py"/>
        <source>引号没有配对：文字开头的双引号没有对应的结尾引号</source>
        <translation>a quote is not closed</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/json_file.py"/>
        <source>引号内有换行或制表符（文字中的换行要写成 \n）</source>
        <translation>a line break or tab inside quotes (write a line break as \n)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/json_file.py"/>
        <source>反斜杠“\”用法不对（路径中的 \ 要写成 \\）</source>
        <translation>a backslash is used wrongly (write \ as \\ in paths)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/json_file.py"/>
        <source>内容已经结束，后面还有多余的文字（可能少了外层的方括号，或多贴了一段）</source>
        <translation>there is more text after the content ended (an outer bracket missing, or pasted twice)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/json_file.py"/>
        <source>格式不对</source>
        <translation>the format is wrong</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/lapsed_policies.py"/>
        <source>状态只能是“失效”或“废止”（收到“{s}”）</source>
        <translation>The status must be 失效 (lapsed) or 废止 (repealed), not '{s}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/lapsed_policies.py"/>
        <source>{s}日期 {d} 晚于今天（{t}）：只能登记已经{s}的文件</source>
        <translation>The date {d} is after today ({t}): only a document that has already lapsed can be marked</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/lapsed_policies.py"/>
        <source>{s}日期 {d} 早于文件形成日期 {f}</source>
        <translation>The date {d} is before the document was formed ({f})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/lapsed_policies.py"/>
        <source>替代文件名称过长（{n} 字），最多 {m} 字</source>
        <translation>The replacing document's name is too long ({n} characters); at most {m}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/lapsed_policies.py"/>
        <source>文件不能被它自己替代</source>
        <translation>A document cannot replace itself</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/lapsed_policies.py"/>
        <source>结束日期 {e} 早于开始日期 {s}</source>
        <translation>The end date {e} is before the start date {s}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/letters.py"/>
        <source>此申请尚未登记补正通知（request correct）</source>
        <translation>No correction notice is recorded for this request</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/letters.py"/>
        <source>此申请尚未登记延期（request extend）</source>
        <translation>No extension is recorded for this request</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/letters.py"/>
        <source>此申请尚未登记收费通知（request fee）</source>
        <translation>No fee notice is recorded for this request</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/letters.py"/>
        <source>此申请尚未登记办理结果（request close）</source>
        <translation>No outcome is recorded for this request</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/letters.py"/>
        <source>文书类型应为 correction、extension、fee 或 decision</source>
        <translation>The letter kind must be correction, extension, fee or decision</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>标题</source>
        <comment>title</comment>
        <translation>title</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>公开栏名称</source>
        <comment>board name</comment>
        <translation>board name</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>落款</source>
        <translation>issuer</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>监督电话</source>
        <comment>supervision phone</comment>
        <translation>supervision phone</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>异议说明</source>
        <translation>objection note</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>审核人{n}</source>
        <translation>reviewer {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>正文第{n}段</source>
        <translation>paragraph {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>表头“{c}”</source>
        <translation>column header '{c}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>第{r}行“{h}”</source>
        <translation>row {r} '{h}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>收入项目“{n}”</source>
        <translation>income item '{n}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>支出项目“{n}”</source>
        <translation>expense item '{n}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>公示期天数应大于0</source>
        <translation>The notice period must be at least one day</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>{where}的金额“{v}”不是数字</source>
        <translation>The amount '{v}' in {where} is not a number</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>名单没有表头（columns）</source>
        <translation>The name list has no columns</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>名单中没有姓名列（表头应含“姓名”“户主”等）</source>
        <translation>The name list has no name column (a header such as 姓名)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>名单没有任何数据行</source>
        <translation>The name list has no rows</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>第{r}行有{n}个值，但表头只有{m}列</source>
        <translation>Row {r} has {n} values but there are {m} columns</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>名单第{r}行是空行；请删除空行或补全内容后再生成</source>
        <translation>Row {r} of the name list is empty; delete it or fill it in</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>名单第{r}行的“{h}”为空；请补全姓名后再生成</source>
        <translation>Row {r} of the name list has no '{h}'; fill in the name</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>上期结余</source>
        <translation>the opening balance</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>收入“{n}”</source>
        <translation>income '{n}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>支出“{n}”</source>
        <translation>expense '{n}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>本期结余</source>
        <translation>the closing balance</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/notices.py"/>
        <source>账目不平：上期结余 {o} + 本期收入 {i} − 本期支出 {e} = {x}，与本期结余 {c} 不符，未生成 PDF</source>
        <translation>The accounts do not add up: opening {o} + income {i} − expense {e} = {x}, but the closing balance is {c}; no PDF was written</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>受理机构名称</source>
        <translation>receiving office</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>某某镇党政综合办公室</source>
        <translation>the township's general office, in Chinese</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>办公地址</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>某某县某某镇人民路1号</source>
        <translation>the street address, in Chinese</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>邮政编码</source>
        <translation>postal code</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>675000</source>
        <translation>675000</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>办公时间</source>
        <translation>office hours</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>工作日上午8:30—12:00，下午14:30—18:00（法定节假日除外）</source>
        <translation>working days 8:30–12:00 and 14:30–18:00, in Chinese</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>联系电话</source>
        <comment>telephone</comment>
        <translation>telephone</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>0878-1234567</source>
        <translation>0878-1234567</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>传真</source>
        <comment>fax</comment>
        <translation>fax</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>0878-1234568</source>
        <translation>0878-1234568</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>电子邮箱</source>
        <comment>e-mail</comment>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>zwgk@example.gov.cn</source>
        <translation>zwgk@example.gov.cn</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>邮政编码应为6位数字，收到“{v}”</source>
        <translation>A postal code is 6 digits, got '{v}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>{l}只能含数字、“-”、括号和分隔号，收到“{v}”</source>
        <translation>The {l} may hold digits, '-', brackets and separators only, got '{v}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>电子邮箱格式不对：“{v}”</source>
        <translation>Not an e-mail address: '{v}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>{l}过长（{n} 字），最多 200 字</source>
        <translation>The {l} is too long ({n} characters); at most 200</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/receiving_office.py"/>
        <source>依申请公开指南须公布受理机构的信息，以下尚未填写：{n}。请在“设置 → 依申请公开受理机构”中填写，或运行：{c}（“…”处填写本单位的实际信息）</source>
        <translation>The request guide must publish the receiving office's details; not filled in yet: {e}. Fill them in under Settings → Receiving office for requests, or run: {c} (your office's details for “…”)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/reports.py"/>
        <source>未知的报表项：{k}（可用项见 report keys）</source>
        <translation>Unknown report figures: {k} (see report keys)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/reports.py"/>
        <source>“{k}”应为数字，收到“{v}”</source>
        <translation>'{k}' must be a number, got '{v}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/reports.py"/>
        <source>“{k}”不能为负数，收到“{v}”</source>
        <translation>'{k}' cannot be negative, got '{v}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/reports.py"/>
        <source>“{k}”填写为 {v}，但结果维持、结果纠正、其他结果、尚未审结之和为 {s}；总计由程序计算，请核对</source>
        <translation>'{k}' is given as {v} but its four results add up to {s}; the total is computed, please check</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/reports.py"/>
        <source>校验通过：一 + 二 = 三（七）+ 四</source>
        <translation>Check passed: 一 + 二 = 三（七）+ 四</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/reports.py"/>
        <source>校验不通过（{c}）：一 + 二 ≠ 三（七）+ 四</source>
        <translation>Check failed ({c}): 一 + 二 ≠ 三（七）+ 四</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/request_clock.py"/>
        <source>提交日期</source>
        <translation>the day it was handed in</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/request_clock.py"/>
        <source>签收日期</source>
        <translation>the day the office signed for it</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/request_clock.py"/>
        <source>与申请人确认日期</source>
        <translation>the day confirmed with the applicant</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/request_clock.py"/>
        <source>双方确认日期</source>
        <translation>the day both sides confirmed it</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/request_clock.py"/>
        <source>收到日期</source>
        <comment>the day it was received</comment>
        <translation>the day it was received</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/request_clock.py"/>
        <source>办理中</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/request_clock.py"/>
        <source>待补正</source>
        <translation>awaiting correction</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/request_clock.py"/>
        <source>征求意见中</source>
        <comment>consulting</comment>
        <translation>consulting</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/request_clock.py"/>
        <source>待缴费</source>
        <translation>awaiting the fee</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/request_clock.py"/>
        <source>逾期未缴费</source>
        <translation>fee not paid in time</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/request_clock.py"/>
        <source>已办结</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>请区分“邮寄”（以签收之日为收到日期）和“平常信函”（以与申请人确认之日为收到日期）</source>
        <translation>Say 邮寄 (post, counted from signing for it) or 平常信函 (ordinary letter, counted from the day confirmed with the applicant)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>申请渠道应为：{c}</source>
        <translation>The channel must be one of: {c}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>办理结果代码“{v}”无效；可用 1、2、3.1–3.8、4.1–4.3、5.1–5.5、6.1–6.3（或 grant、partial …）</source>
        <translation>Unknown outcome '{v}': use 1, 2, 3.1–3.8, 4.1–4.3, 5.1–5.5, 6.1–6.3 (or grant, partial …)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>没有编号为 {n} 的申请（编号形如 依申2026-003，可用 request list 查看）</source>
        <translation>No request numbered {n} (numbers look like 依申2026-003; see request list)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>编号 {n} 对应多件申请，请改用申请的标识（request list --json 中的 id）</source>
        <translation>{n} names several requests; use the request's id (the id in request list --json)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>找不到申请“{id}”</source>
        <translation>No request '{id}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>编号“{id}”对应多条申请</source>
        <translation>Id '{id}' matches several requests</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>申请人类型应为 natural、commercial、research、charity、legal 或 other</source>
        <translation>The applicant type must be natural, commercial, research, charity, legal or other</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>联系方式</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>申请内容</source>
        <comment>the information asked for</comment>
        <translation>the information asked for</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>“{c}”提交的申请以{r}为收到日期，不另记到达日期</source>
        <translation>A request by {c} counts from {r}; it has no separate arrival date</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>申请已办结，不能再登记此步骤</source>
        <translation>The request is closed; this step cannot be recorded</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>{a}（{d}）不能晚于今天（{t}）</source>
        <translation>{aen} ({d}) cannot be after today ({t})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>{a}（{d}）不能早于{b}（{e}）</source>
        <translation>{aen} ({d}) cannot be before {ben} ({e})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>补正通知须在收到申请后{n}个工作日内（{d} 前）发出；{s} 已过此期限，不能再暂停答复期限，请按原答复期限办理</source>
        <translation>A correction notice must go out within {n} working days of receipt (by {d}); {s} is too late to pause the clock: answer by the original due date</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>已补正过一次；补正后仍不明确的，请按“无法提供 4.3”办结</source>
        <translation>Already corrected once; if still unclear, close with outcome 4.3</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>已登记过一次征求意见</source>
        <translation>A consultation is already recorded</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>《条例》只允许延期一次（已于 {d} 延期）</source>
        <translation>The Regulation allows one extension only (already extended on {d})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>延长的期限应为 1 至 {n} 个工作日（《条例》第三十三条），收到 {d}</source>
        <translation>An extension is 1 to {n} working days (Art. 33), not {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>答复期限暂停计算（{s}）时不能延期</source>
        <translation>The clock is stopped ({s}); it cannot be extended</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>延期须在原答复期限 {d} 之前决定</source>
        <translation>An extension must be decided before the original due date {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>已于 {d} 发出收费通知；一件申请只登记一次收费通知</source>
        <translation>A fee notice went out on {d}; a request has one fee notice</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>收费通知已于 {d} 送达</source>
        <translation>The fee notice was served on {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>收费通知应在答复期限内发出（{d}）</source>
        <translation>A fee notice must go out within the answer period ({d})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>收费金额应为大于 0 的数字（元），收到“{a}”</source>
        <translation>The fee must be a positive amount in yuan, not '{a}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>尚未登记收费通知送达日期，不能登记缴费</source>
        <translation>The fee notice has not been served; no payment can be recorded</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>缴费期限已于 {d} 届满，申请视为放弃（按“6.2 逾期未缴纳费用”办结）</source>
        <translation>The fee was due by {d}: the request is deemed withdrawn (close it as 6.2)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>办结须写明作出决定的日期</source>
        <translation>An outcome needs its decision date</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>“逾期不补正”须先登记补正通知</source>
        <translation>'No correction in time' needs a correction notice first</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>申请人已于 {d} 补正，不能按“逾期不补正”办结</source>
        <translation>The applicant corrected the request on {d}; it cannot be closed as 'not corrected in time'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>“补正后仍不明确”须先登记收到补正</source>
        <translation>'Still unclear after correction' needs the corrected request</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>“逾期未缴纳费用”须先登记收费通知及其送达日期</source>
        <translation>'Fee not paid' needs a served fee notice first</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>申请人已于 {d} 缴费，不能按“逾期未缴纳费用”办结</source>
        <translation>The applicant paid on {d}; it cannot be closed as 'fee not paid'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>缴费期限至 {d} 届满，届满前不能按“逾期未缴纳费用”办结</source>
        <translation>The applicant may pay until {d}; it cannot be closed as 'fee not paid' before then</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/requests.py"/>
        <source>尚未登记办理结果（request close），不能登记送达</source>
        <translation>No outcome is recorded yet (request close); service cannot be recorded</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/site.py"/>
        <source>区划代码必须是12位数字（统计用区划代码），收到“{code}”</source>
        <translation>The division code must be 12 digits (statistical division code), got '{code}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/site.py"/>
        <source>区划代码“{code}”的前两位“{prefix}”不是有效的省级代码</source>
        <translation>The first two digits '{prefix}' of '{code}' are not a province code</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/site.py"/>
        <source>区划代码“{code}”的第5–6位为00，不是县级或乡级单位</source>
        <translation>Digits 5–6 of '{code}' are 00: not a county or township</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/site.py"/>
        <source>乡镇的区划代码应为“县级6位 + 乡级3位（非000）+ 000”，收到“{code}”</source>
        <translation>A township code is 6 county digits + 3 non-zero township digits + 000, got '{code}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/site.py"/>
        <source>县级单位的区划代码后6位应为000000，收到“{code}”</source>
        <translation>A county code ends in 000000, got '{code}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/site.py"/>
        <source>角色必须是 township（乡镇）或 county（县级），收到“{role}”</source>
        <translation>The role must be township or county, got '{role}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/site.py"/>
        <source>尚未设置本单位信息，请先运行 init（或在图形界面中完成首次设置）</source>
        <translation>This installation is not set up yet: run init first (or finish the first-run dialog)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/site.py"/>
        <source>单位名称不能为空</source>
        <translation>The office name must not be empty</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/site.py"/>
        <source>单位名称</source>
        <translation>office name</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/site.py"/>
        <source>本机已设置为“{name}”（{code}），不能重复初始化</source>
        <translation>This installation is already set up as '{name}' ({code})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/site.py"/>
        <source>这是“{n}”的数据，只能由该乡镇修改；县级只能查看（改动会被其下一个同步包覆盖）</source>
        <translation>This belongs to '{n}' and only that township can change it; the county can only view it (a change would be overwritten by its next bundle)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/store.py"/>
        <source>数据库文件已损坏（{detail}）。请从最近的备份恢复（备份位于 {folder}，命令行：backup restore 备份文件）；原文件未被改动。</source>
        <translation>The database is damaged ({detail}). Restore the latest backup (in {folder}; command line: backup restore FILE); the file was left as it is.</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/store.py"/>
        <source>数据库版本 {found} 比本程序支持的 {known} 新，请升级 TownshipDesk。</source>
        <translation>The database schema {found} is newer than this program supports ({known}); upgrade TownshipDesk.</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/text.py"/>
        <source>“{f}”过长（{n} 字），最多 {m} 字；请缩短后再保存</source>
        <translation>'{f}' is too long ({n} characters); at most {m}. Shorten it, then save</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>月</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>季度</source>
        <translation>quarter</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>半年</source>
        <translation>half-year</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>年</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>自{t}之日起</source>
        <translation>of {t}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>自触发日起</source>
        <translation>of the trigger date</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>{since}{n}个工作日内</source>
        <translation>within {n} working days {since}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>{since}{n}日内（末日遇休息日顺延）</source>
        <translation>within {n} calendar days {since} (extended past rest days)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>{n}小时内</source>
        <translation>within {n} hours</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>{since}{n}个月内</source>
        <translation>within {n} months {since}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>事件日</source>
        <translation>the event</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>{e}前{n}个工作日（从事件日期倒算）</source>
        <translation>{n} working days before {e} (counted back from the event)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>{e}前{n}日（从事件日期倒算，遇休息日提前）</source>
        <translation>{n} days before {e} (counted back from the event, moved earlier over rest days)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>实时公开（当日）</source>
        <translation>in real time (the same day)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>及时公开，按《条例》第二十六条推定{n}个工作日内</source>
        <translation>promptly; assumed {n} working days (Regulation Art. 26)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>公示期不少于{n}个工作日</source>
        <translation>notice period of at least {n} working days</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>公示期{n}个工作日</source>
        <translation>notice period {n} working days</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>公示期不少于{n}天</source>
        <translation>notice period of at least {n} days</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>公示期{n}天</source>
        <translation>notice period {n} days</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>{y}年{m}月{d}日前</source>
        <translation>by {y}-{m:02d}-{d:02d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>每年{m}月{d}日前</source>
        <translation>each year by {m:02d}-{d:02d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>每月{d}日前</source>
        <translation>each month by day {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>每{p}结束后{n}个工作日内</source>
        <translation>within {n} working days after each {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>每{p}结束后{n}个月内</source>
        <translation>within {n} months after each {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>每{p}结束后{n}日内</source>
        <translation>within {n} days after each {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>每{p}</source>
        <translation>every {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>依申请公开，按《条例》规定时限</source>
        <translation>on request, within the Regulation's time limits</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/timelimits.py"/>
        <source>长期公开</source>
        <translation>standing (no deadline)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/undisclosed_reviews.py"/>
        <source>复核结论只能是“维持”或“转为主动公开”（收到“{o}”）</source>
        <translation>The outcome must be 维持 (keep) or 转为主动公开 (make public), not '{o}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/undisclosed_reviews.py"/>
        <source>请写明复核理由（为什么维持不公开，或为什么现在可以公开）</source>
        <translation>Give the reason for the outcome (why it stays undisclosed, or why it can now be public)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/undisclosed_reviews.py"/>
        <source>记录“{t}”的公开属性是“{a}”，不需要不公开复核</source>
        <translation>Record '{t}' is marked '{a}': there is nothing to re-assess</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/undisclosed_reviews.py"/>
        <source>记录“{t}”已于 {d} {s}，不再复核</source>
        <translation>Record '{t}' is {s} since {d}; it is not re-assessed</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/undisclosed_reviews.py"/>
        <source>复核日期 {d} 晚于今天（{t}）：只能登记已经做出的复核</source>
        <translation>The review date {d} is after today ({t}): only a review that took place can be recorded</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/undisclosed_reviews.py"/>
        <source>复核日期 {d} 早于信息形成日期 {f}</source>
        <translation>The review date {d} is before the record was formed ({f})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/village_events.py"/>
        <source>随时公布：本软件按事件发生次日起{n}个工作日内张贴计算</source>
        <translation>published at once: the app allows {n} working days from the day after the event</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/village_events.py"/>
        <source>{v}“{i}”没有待张贴的事件“{e}”（事件须在张贴日期之前发生）</source>
        <translation>{v} '{i}' has no event '{e}' waiting for a posting (the event must precede the posting)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/village_events.py"/>
        <source>“{i}”按固定周期公开（{r}），不按事件登记；事件只登记随时公布的事项</source>
        <translation>'{i}' is published on a fixed rhythm ({r}); events are recorded for items published at once only</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/village_events.py"/>
        <source>每月</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/village_events.py"/>
        <source>每季度</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/village_events.py"/>
        <source>请写明事件（如“2026年土地承包经营方案经村民会议通过”）</source>
        <translation>Name the event (e.g. 'the 2026 land contracting plan passed the villagers' meeting')</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/village_events.py"/>
        <source>事件名称过长（{n} 字），最多 {m} 字</source>
        <translation>The event title is too long ({n} characters); at most {m}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/village_events.py"/>
        <source>事件日期 {d} 晚于今天（{t}）：只能登记已经发生的事件</source>
        <translation>The event date {d} is after today ({t}): only an event that happened can be recorded</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>即时</source>
        <translation>at once</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>村的区划代码应为12位数字且后3位不为000，收到“{c}”</source>
        <translation>A village code is 12 digits not ending in 000, got '{c}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>村的区划代码“{c}”不属于本乡镇（{t}）</source>
        <translation>Village code '{c}' is not in this township ({t})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>村名不能为空</source>
        <translation>The village name must not be empty</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>已有同名或同区划代码的村：{n}（{c}）</source>
        <translation>A village with this name or code exists: {n} ({c})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>找不到村“{v}”（可用村名、区划代码或编号）</source>
        <translation>No village '{v}' (use its name, code or id)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>“{v}”对应多个村</source>
        <translation>'{v}' matches several villages</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>公开频次应为 monthly、quarterly 或 immediate</source>
        <translation>The rhythm must be monthly, quarterly or immediate</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>事项名称和类别不能为空</source>
        <translation>The item needs a name and a category</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>{v}已有事项“{n}”</source>
        <translation>{v} already has the item '{n}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>“{n}”是法律规定的村务公开事项（{b}），不能停用</source>
        <translation>'{n}' is required by law ({b}) and cannot be retired</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>{v}没有唯一匹配“{i}”的公开事项</source>
        <translation>No single item of {v} matches '{i}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>公示标题不能为空</source>
        <translation>The posting needs a title</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>公示标题过长（{n} 字），最多 {m} 字</source>
        <translation>The posting title is too long ({n} characters); at most {m}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>张贴日期 {p} 晚于今天（{t}）：只能登记已经张贴的公示</source>
        <translation>The posting date {p} is after today ({t}): only a sheet already on the board can be recorded</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>没有编号为 {n} 的张贴记录（编号形如 村务2026-0001，可用 village postings 查看）</source>
        <translation>No posting numbered {n} (numbers look like 村务2026-0001; see village postings)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>编号 {n} 对应多条张贴记录，请改用张贴记录的标识</source>
        <translation>{n} names several postings; use the posting's id</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>找不到公示记录“{p}”</source>
        <translation>No posting '{p}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>请填写异议内容</source>
        <translation>The objection text is needed</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>异议</source>
        <comment>objection</comment>
        <translation>objection</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>答复</source>
        <comment>reply</comment>
        <translation>reply</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>村名</source>
        <comment>village name</comment>
        <translation>village name</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>公开事项名称</source>
        <comment>item name</comment>
        <translation>item name</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>类别</source>
        <comment>category</comment>
        <translation>category</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/villages.py"/>
        <source>村民小组名称</source>
        <translation>village group name</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/workdays.py"/>
        <source>节假日安排未发布，按法定节假日和周末估算（调休未知）</source>
        <translation>Holiday schedule not published yet; estimated from the statutory holidays and weekends (swapped working days unknown)</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/workdays.py"/>
        <source>节假日文件格式不对：应为 {{year, days:[{{name, date, isOffDay}}]}}</source>
        <translation>Wrong holiday file format: expected {{year, days:[{{name, date, isOffDay}}]}}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/workdays.py"/>
        <source>年份“{y}”无效</source>
        <translation>Invalid year '{y}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/workdays.py"/>
        <source>days 应为列表</source>
        <translation>days must be a list</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/workdays.py"/>
        <source>第 {i} 条缺少 date 或 isOffDay</source>
        <translation>Entry {i} lacks date or isOffDay</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/workdays.py"/>
        <source>第 {i} 条日期“{d}”不是 YYYY-MM-DD</source>
        <translation>Entry {i}: date '{d}' is not YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/workdays.py"/>
        <source>第 {i} 条日期 {d} 不在 {y} 年内</source>
        <translation>Entry {i}: {d} is not in {y}</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/workdays.py"/>
        <source>日期 {d} 重复（第 {a} 条和第 {b} 条）</source>
        <translation>Date {d} appears twice (entries {a} and {b})</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/workdays.py"/>
        <source>第 {i} 条 isOffDay 应为 true 或 false</source>
        <translation>Entry {i}: isOffDay must be true or false</translation>
    </message>
    <message>
        <location filename="townshipdesk/core/workdays.py"/>
        <source>{y} 年的安排只有 {n} 天放假，不是全年的节假日安排（每年有二十多天）；请按国务院办公厅通知录入全年的放假和调休</source>
        <translation>The {y} schedule has only {n} days off: not a whole year's (every year has more than twenty); enter the whole year's holidays and swapped days from the State Council's notice</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/attachments.py"/>
        <source>找不到附件文件“{p}”</source>
        <translation>Attachment not found: '{p}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/attachments.py"/>
        <source>附件“{n}”超过 200 MB</source>
        <translation>Attachment '{n}' is larger than 200 MB</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/attachments.py"/>
        <source>复制附件时文件发生变化，请重试</source>
        <translation>The file changed while being copied; try again</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/excel/catalog_reader.py"/>
        <source>工作簿“{name}”中没有任何数据</source>
        <translation>The workbook '{name}' contains no data</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/excel/catalog_reader.py"/>
        <source>工作表为空，已跳过</source>
        <translation>The sheet is empty; skipped</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/excel/catalog_reader.py"/>
        <source>工作表中没有目录的列（如“公开内容”“公开时限”），不是目录表，已跳过</source>
        <translation>The sheet has no catalog columns (such as 公开内容 and 公开时限); not a catalog, skipped</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/excel/catalog_reader.py"/>
        <source>未找到目录表头（需要“公开内容”“公开时限”等列），此工作表无法导入</source>
        <translation>No catalog header found (columns such as 公开内容 and 公开时限 are needed); this sheet cannot be imported</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/excel/catalog_reader.py"/>
        <source>表头缺少以下列：{cols}</source>
        <translation>The header lacks these columns: {cols}</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/excel/catalog_reader.py"/>
        <source>无法确定所属领域：标题或工作表名称中应写明领域（如“社会救助领域…”）</source>
        <translation>Cannot tell the domain: the title or sheet name should name it (e.g. 社会救助领域…)</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/excel/catalog_reader.py"/>
        <source>无法识别的勾选标记“{value}”（应为 √ 或留空），按未勾选处理</source>
        <translation>Unrecognised tick mark '{value}' (expected √ or blank); treated as not ticked</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/excel/cells.py"/>
        <source>工作表“{s}”第{r}行（{w}）的“{c}”有 {n} 字，超过 Excel 一个单元格最多能放的 {m} 字。为了不截断内容，没有写入文件：请先把这段文字缩短（例如把全文作为附件），再导出。</source>
        <translation>Sheet '{s}' row {r} ({w}): '{c}' has {n} characters, more than the {m} one Excel cell holds. Nothing was written, so nothing is cut: shorten that text (keep the full text as an attachment), then export again.</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/excel/workbook_grid.py"/>
        <source>“{name}”不是有效的 Excel 工作簿（.xlsx 或 .xls）{reason}，未导入任何内容</source>
        <translation>'{name}' is not a valid Excel workbook (.xlsx or .xls){reason}; nothing was imported</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/excel/workbook_grid.py"/>
        <source>找不到文件“{path}”</source>
        <translation>File not found: '{path}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/excel/workbook_grid.py"/>
        <source>“{path}”是文件夹，不是 Excel 文件</source>
        <translation>'{path}' is a folder, not an Excel file</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/excel/workbook_grid.py"/>
        <source>文件已损坏</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/excel/workbook_grid.py"/>
        <source>这是 Word 文档</source>
        <translation>it is a Word document</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/excel/workbook_grid.py"/>
        <source>文件已损坏（{e}）</source>
        <translation>the file is damaged ({e})</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/excel/workbook_grid.py"/>
        <source>文件设置了打开密码，请在 WPS/Excel 中取消密码后再导入</source>
        <translation>the file has a password; remove it in WPS/Excel, then import</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/excel/workbook_grid.py"/>
        <source>文件已损坏或不是 Excel 97-2003 格式（{e}）</source>
        <translation>the file is damaged or not Excel 97-2003 ({e})</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/lapsed_list.py"/>
        <source>清单文件名应以 .pdf 或 .xlsx 结尾：“{p}”</source>
        <translation>The list's file name should end in .pdf or .xlsx: '{p}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>字段 {k} 应为文字</source>
        <translation>Field {k} must be text</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>日期应为文字，如 2026-11-02</source>
        <translation>A date must be text such as 2026-11-02</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>工作表“{s}”第{r}行：{e}</source>
        <translation>Sheet '{s}' row {r}: {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>输入应为一个 JSON 对象（{{…}}）</source>
        <translation>The input must be a JSON object ({{…}})</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>公示单类型应为 general、namelist 或 finance</source>
        <translation>The kind must be general, namelist or finance</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>文件中的类型“{a}”与 --kind {b} 不一致</source>
        <translation>The file says kind '{a}' but --kind is {b}</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>缺少标题（title）</source>
        <translation>The title is missing</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>缺少落款单位（issuer），标题中也看不出是哪个村</source>
        <translation>The issuing body (issuer) is missing</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>日期（date）：{e}</source>
        <translation>The date: {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>公示天数（notice_days）应为 0–365 的整数</source>
        <translation>notice_days must be a whole number 0–365</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>审核人（reviewers）应为姓名列表</source>
        <translation>reviewers must be a list of names</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>正文（paragraphs）应为段落列表</source>
        <translation>paragraphs must be a list of text</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>公开栏名称</source>
        <comment>board heading</comment>
        <translation>board heading</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>村名</source>
        <comment>village</comment>
        <translation>village</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>正文段落</source>
        <translation>paragraph</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>公告正文（paragraphs）不能为空</source>
        <translation>An announcement needs its paragraphs</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>名单需要 rows（数据行列表）</source>
        <translation>A name list needs rows</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>名单需要 columns（表头列表）</source>
        <translation>A name list needs columns (a list of headers)</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>rows 的每一行应为列表或对象</source>
        <translation>Each row must be a list or an object</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>{k} 应为 [{{"item": …, "amount": …}}] 列表</source>
        <translation>{k} must be a list of {{item, amount}}</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>财务公开表缺少 {k}</source>
        <translation>The finance statement lacks {k}</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>工作簿“{n}”中没有数据</source>
        <translation>The workbook '{n}' has no data</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>工作表“{s}”中找不到姓名列（表头应含“姓名”“户主”等）</source>
        <translation>No name column in sheet '{s}' (a header such as 姓名)</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>收入合计</source>
        <translation>total income</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>支出合计</source>
        <translation>total expense</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>工作表“{s}”第{r}行</source>
        <translation>sheet '{s}' row {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>{w}的{l}</source>
        <translation>{l} in {w}</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>{w}：{l}填写为 {g}，但各项之和为 {p}，请核对（公示单上的合计由程序计算）</source>
        <translation>{w}: {l} is given as {g} but the items add up to {p}; please check (the sheet computes its totals)</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/notice_input.py"/>
        <source>从 Excel 生成时请用 --kind 指明类型</source>
        <translation>Give --kind when the input is an Excel file</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/pdf/fonts.py"/>
        <source>{where}中的字符“{chars}”（{codes}）没有任何字体能显示，未生成 PDF；请改用常用字或安装含该字的字体</source>
        <translation>No font can draw '{chars}' ({codes}) in {where}; no PDF was written. Use another character or install a font that has it</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/pdf/fonts.py"/>
        <source>找不到可用于打印的中文字体（resources/fonts 缺失）</source>
        <translation>No usable font found (resources/fonts missing)</translation>
    </message>
    <message>
        <location filename="townshipdesk/io/pdf/request_guide_pdf.py"/>
        <source>依申请公开指南</source>
        <comment>the request guide</comment>
        <translation>the request guide</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/changes.py"/>
        <source>changes.jsonl 第{n}行：{d}</source>
        <translation>changes.jsonl line {n}: {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/changes.py"/>
        <source>同步包的行数与清单（counts）不符</source>
        <translation>The rows in the bundle do not match the manifest's counts</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/changes.py"/>
        <source>同步包含未被任何附件行引用的文件 {d}</source>
        <translation>The bundle holds a file no attachment row names: {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/changes.py"/>
        <source>附件 {d} 的内容与名称不符</source>
        <translation>Attachment {d} does not match its name</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/changes.py"/>
        <source>changes.jsonl 第{n}行（{t}）与已有数据冲突（{e}），已拒绝，未做任何改动</source>
        <translation>changes.jsonl line {n} ({t}) conflicts with data we hold ({e}); refused, nothing changed</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/changes.py"/>
        <source>本单位的“{label}”（{t}）有县级会拒收的内容：{e}。请先修改这条数据，再生成同步包；未生成任何文件。</source>
        <translation>'{label}' ({t}) holds what the county would refuse: {e}. Correct it, then make the bundle again; no file was written.</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/keys.py"/>
        <source>密钥文件已损坏：{p}，请从备份恢复</source>
        <translation>The key files are damaged: {p}; restore a backup</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/keys.py"/>
        <source>密钥卡格式版本 {v} 比本程序新，请升级</source>
        <translation>The key card format {v} is newer than this program</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/keys.py"/>
        <source>找不到密钥卡文件“{p}”</source>
        <translation>Key card not found: '{p}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/keys.py"/>
        <source>密钥卡“{p}”的签名不对，可能被改动过，不能信任</source>
        <translation>The key card '{p}' has a bad signature; it may have been altered</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/keys.py"/>
        <source>“{p}”是文件夹，不是密钥卡文件</source>
        <translation>'{p}' is a folder, not a key card file</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/keys.py"/>
        <source>“{p}”不是有效的密钥卡文件</source>
        <translation>'{p}' is not a valid key card file</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/manifest.py"/>
        <source>乡镇</source>
        <comment>township</comment>
        <translation>township</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/manifest.py"/>
        <source>县级</source>
        <comment>county</comment>
        <translation>county</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/restore.py"/>
        <source>恢复包只能由县级导出</source>
        <translation>Only the county exports restore bundles</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/restore.py"/>
        <source>县级没有“{n}”的任何数据，无可恢复</source>
        <translation>The county holds nothing of '{n}' to restore</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/rows.py"/>
        <source>changes.jsonl 第{n}行（{t}.{c}）：</source>
        <translation>changes.jsonl line {n} ({t}.{c}): </translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/rows.py"/>
        <source>{w}{d}</source>
        <translation>{w}{d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/rows.py"/>
        <source>changes.jsonl 第{n}行：“{t}”含本程序不认识的字段 {c}，请升级</source>
        <translation>changes.jsonl line {n}: '{t}' has fields this program does not know ({c}); upgrade</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/service.py"/>
        <source>未同步</source>
        <translation>not sent</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/service.py"/>
        <source>已发出</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/service.py"/>
        <source>县级已确认</source>
        <translation>confirmed by county</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/service.py"/>
        <source>这是本单位自己的密钥卡，无需信任</source>
        <translation>This is our own key card</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/service.py"/>
        <source>乡镇只能信任县级的密钥卡，县级只能信任乡镇的密钥卡（收到{r}的卡）</source>
        <translation>Townships trust county cards and counties trust township cards (got a {r} card)</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/service.py"/>
        <source>“{n}”（{c}）不属于本县</source>
        <translation>'{n}' ({c}) is not in this county</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/service.py"/>
        <source>指纹不符：您核对的 {b} 与这张卡不一致。不要信任此卡；请电话请对方重新念出其“同步”页上的指纹，或重新索取密钥卡</source>
        <translation>Fingerprint mismatch: {b}, which you checked, does not match this card. Do not trust it; have the other office read the fingerprint on its Sync page to you by phone again, or ask for a new card</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/service.py"/>
        <source>区划代码 {c} 已信任“{n}”的另一台电脑（另一把密钥）。如果该单位重装了电脑，请电话请对方念出新指纹，核对一致后选择替换旧密钥（命令行加 --replace），其历史数据会延续到新电脑名下</source>
        <translation>The division code {c} is already trusted for another computer of '{n}' (another key). If that office reinstalled, have them read the new fingerprint to you by phone and, when it matches, replace the old key (add --replace on the command line); its history carries over</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/service.py"/>
        <source>已信任“{n}”的另一把密钥；新卡须由旧密钥签名（keys replace 生成）才能替换</source>
        <translation>A different key of '{n}' is already trusted; a replacement card must be signed by the old key</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/service.py"/>
        <source>没有可发送的对象：请先用 keys trust 导入{r}的密钥卡</source>
        <translation>No recipient: import the {r}'s key card with keys trust first</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/service.py"/>
        <source>有多个可发送的对象，请用 --to 指定（区划代码或名称）</source>
        <translation>Several recipients: choose one with --to</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/service.py"/>
        <source>只有乡镇向县级发送数据包；县级请发送回执、目录或节假日安排</source>
        <translation>Only townships send changes upward</translation>
    </message>
    <message>
        <location filename="townshipdesk/sync/service.py"/>
        <source>尚未收到“{n}”的数据包，无可回执</source>
        <translation>Nothing received from '{n}' yet</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>批量生成公示单</source>
        <translation>Notice sheets for many villages</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>文件夹（每村一个 .json/.xlsx）或工作簿（每村一个工作表）</source>
        <comment>A folder (a file per village) or a workbook (a sheet per village)</comment>
        <translation>A folder (a file per village) or a workbook (a sheet per village)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>文件夹…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>工作簿…</source>
        <translation>Workbook…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>每村一份PDF（写入文件夹）</source>
        <translation>One PDF per village (into a folder)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>合并为一份PDF（每村一个书签）</source>
        <translation>One combined PDF (a bookmark per village)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>横向</source>
        <comment>Landscape</comment>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>文件名或工作表名是本乡镇已登记的村名时，公开栏名称、落款和监督电话按该村填写。所有公示单先全部检查，有一份不合格则一份也不生成。</source>
        <translation>A file or sheet named after a registered village gets its board, issuer and phone. Every sheet is checked first: if one is refused, nothing is written.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>公示单类型：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>数据来源：</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>生成方式：</source>
        <translation>Output:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>保存到：</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>纸张：</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>生成</source>
        <translation>Render</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>选择各村数据所在文件夹</source>
        <translation>Folder with a file per village</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>选择工作簿（每村一个工作表）</source>
        <translation>Workbook with a sheet per village</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>Excel 工作簿 (*.xlsx *.xlsm *.xls)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm *.xls)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>合并后的PDF</source>
        <translation>Combined PDF</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>保存各村PDF的文件夹</source>
        <translation>Folder for the PDFs</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>一个 .pdf 文件</source>
        <translation>a .pdf file</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>一个文件夹（不存在时自动新建）</source>
        <translation>a folder (created if missing)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>请选择数据来源：文件夹或工作簿</source>
        <translation>Choose the source: a folder or a workbook</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>请选择保存位置</source>
        <translation>Choose where to save</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>每村一份时请选择文件夹，不是 .pdf 文件</source>
        <translation>For one PDF per village choose a folder, not a .pdf file</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/batch_dialog.py"/>
        <source>合并为一份时请给出 .pdf 文件名</source>
        <translation>For one combined PDF give a .pdf file name</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>登记群众关切（政务舆情）</source>
        <translation>Register a concern</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>群众关心、媒体关注的问题，一句话</source>
        <translation>What people are asking about, in a line</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>详细情况、链接、反映人（可不填）</source>
        <translation>Details, links, who raised it (optional)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>影响重大（24小时内回应；其余48小时内）</source>
        <translation>Major (answer within 24 hours; others 48)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>回应责任人或单位</source>
        <comment>Who answers</comment>
        <translation>Who answers</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>来源：</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>关切事项：</source>
        <translation>Concern:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>详细情况：</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>发现时间：</source>
        <translation>Seen at:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>回应责任人：</source>
        <translation>Responder:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>回应时限：{d}（发现后 {h} 小时，节假日照常计算）</source>
        <translation>Answer by {d} ({h} hours after it was seen, holidays included)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>登记回应 — {n}</source>
        <translation>Record the response — {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>回应的内容（或附上回应文件）</source>
        <translation>What was answered (or attach the answer)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>回应文件（可选）：情况说明、通报、截图等</source>
        <translation>The answer as a file (optional)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>回应时间：</source>
        <translation>Answered at:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>回应方式：</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>回应内容：</source>
        <translation>Response:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>回应文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>选择回应文件</source>
        <translation>Choose the response file</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>定期公开回应关切情况</source>
        <translation>Publish the concerns list</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>公开栏张贴用 PDF</source>
        <translation>PDF for the notice board</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>Excel 工作簿</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>开始日期：</source>
        <comment>From:</comment>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>结束日期：</source>
        <comment>To:</comment>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/concern_dialogs.py"/>
        <source>格式：</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>列入{y}年度重大行政决策事项目录</source>
        <translation>Add to the {y} catalog of major decisions</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>如：某某镇集镇污水处理设施建设方案</source>
        <translation>the decision</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>承办单位，如：村镇规划建设服务中心</source>
        <translation>unit in charge</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>计划决策时间</source>
        <comment>Planned date</comment>
        <translation>Planned date</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>决策事项：</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>承办单位：</source>
        <comment>Unit in charge:</comment>
        <translation>Unit in charge:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>目录公布后新增的事项，记为目录调整。</source>
        <translation>An entry added after the catalog was published is recorded as an adjustment.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>调整目录 — {n}</source>
        <translation>Adjust the catalog — {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>调整出目录</source>
        <comment>Remove from the catalog</comment>
        <translation>Remove from the catalog</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>修改名称、承办单位或计划时间</source>
        <translation>Change title, unit or planned date</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>调整理由（必填，记入目录调整情况）</source>
        <translation>reason (required, kept)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>名称：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>承办单位：</source>
        <comment>Unit:</comment>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>计划时间：</source>
        <translation>Planned:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>原有内容和每次调整都保留在目录调整情况中。</source>
        <translation>The old values and every adjustment stay in the history.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>征求意见 — {n}</source>
        <translation>Consultation — {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>结束日期</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>期限</source>
        <comment>Period</comment>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>如：30日、15个工作日</source>
        <translation>e.g. 30日 or 15个工作日</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>公开征求意见少于30日的，写明理由（如：情况紧急）</source>
        <translation>why a public consultation is under 30 days</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>提出意见的途径，如：意见可投入镇政府意见箱</source>
        <translation>how to comment, printed on the notice</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>开始日期：</source>
        <comment>First day:</comment>
        <translation>First day:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>方式：</source>
        <translation>Ways:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>缩短理由：</source>
        <translation>Why shorter:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>提出意见途径：</source>
        <translation>How to comment:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>“日”按日历日计算（期满日为节假日的顺延至下一个工作日），“工作日”按工作日日历计算。《重大行政决策程序暂行条例》第十五条：公开征求意见的期限一般不少于30日。</source>
        <translation>日 counts calendar days (a last day on a rest day moves to the next working day); 工作日 counts working days. Regulation 713 Art. 15: a public consultation runs at least 30 days in general.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>登记意见 — {n}</source>
        <translation>Record a comment — {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>意见摘要</source>
        <translation>the comment, summarised</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>提出方，如：村民代表、网站留言</source>
        <translation>who, e.g. 村民代表</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>意见：</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>提出方：</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>条数：</source>
        <translation>Count:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>收到日期：</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>内容相同的多条意见可归纳为一项，写明条数。</source>
        <translation>Several comments alike can be one entry with their count.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>采纳情况 — {n} 意见{k}</source>
        <translation>Feedback — {n} comment {k}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>采纳情况：</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/decision_dialogs.py"/>
        <source>理由说明：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/first_run.py"/>
        <source>首次设置 — TownshipDesk 政务公开助手</source>
        <translation>First-time set-up — TownshipDesk</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/first_run.py"/>
        <source>欢迎使用。请填写本单位的信息，这些信息会写入上报给县级的数据包，设置后不能更改。</source>
        <translation>Welcome. Enter this office's details; they go into every bundle sent to the county and cannot be changed later.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/first_run.py"/>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/first_run.py"/>
        <source>县级（汇总各乡镇）</source>
        <translation>County (collects townships)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/first_run.py"/>
        <source>12位统计用区划代码。乡镇：县级6位 + 乡级3位 + 000；县级：县级6位 + 000000。</source>
        <translation>12-digit statistical division code. Township: 6 county digits + 3 township digits + 000; county: 6 digits + 000000.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/first_run.py"/>
        <source>如：某某镇人民政府</source>
        <translation>e.g. Xx Town People's Government</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/first_run.py"/>
        <source>单位类型：</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/first_run.py"/>
        <source>区划代码：</source>
        <translation>Division code:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/first_run.py"/>
        <source>单位名称：</source>
        <comment>Office name:</comment>
        <translation>Office name:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/first_run.py"/>
        <source>数据保存在：{path}</source>
        <translation>Data is kept in: {path}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/first_run.py"/>
        <source>完成设置</source>
        <translation>Finish set-up</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/first_run.py"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/first_run.py"/>
        <source>随软件提供的标准目录未能载入：{reason}。可稍后在“标准目录”中从 Excel 导入。</source>
        <translation>The shipped catalog could not be loaded: {reason}. Import one from Excel on the catalog page later.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/first_run.py"/>
        <source>本软件未附带标准目录文件，请在“标准目录”中从 Excel 导入本县目录。</source>
        <translation>No catalog files were shipped; import your county's catalog from Excel on the catalog page.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/first_run.py"/>
        <source>已载入随软件提供的标准目录：{n} 个事项。</source>
        <translation>Loaded the shipped catalog: {n} items.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>选择目录文件</source>
        <translation>Choose the catalog workbook</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>选择县里下发或本单位整理的标准目录 Excel 文件（.xlsx 或 .xls，国家表格格式）。</source>
        <translation>Choose the catalog workbook (.xlsx or .xls, national table layout).</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>下一步只读取并预览，不会修改目录。</source>
        <translation>The next step only reads and previews; nothing is changed.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>Excel 工作簿 (*.xlsx *.xls *.xlsm)</source>
        <translation>Excel workbooks (*.xlsx *.xls *.xlsm)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>导入</source>
        <comment>Import</comment>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>停止读取</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>一级事项</source>
        <comment>Level 1</comment>
        <translation>Level 1</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>二级事项</source>
        <comment>Level 2</comment>
        <translation>Level 2</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>导入后</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>全部不导入（修正表格后重新导入）</source>
        <translation>Import nothing (fix the workbook and try again)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>表格中有错误。请选择：</source>
        <translation>The workbook has errors. Choose:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>正在读取 {name} …</source>
        <translation>Reading {name} …</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>已停止读取，未做任何修改。可返回上一步重新选择文件。</source>
        <translation>Reading stopped; nothing was changed. Go back to choose a file.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>无法读取：{reason}</source>
        <translation>Cannot read: {reason}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>未做任何修改。请返回上一步选择其他文件，或修正后重试。</source>
        <translation>Nothing was changed. Go back to choose another file, or fix it and retry.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>已读取 {name}。请核对后点“导入”。</source>
        <translation>Read {name}. Check, then press Import.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>停用文件中没有的 {n} 个标准事项（默认保留；停用后事项及其公开记录仍保留，可恢复）</source>
        <translation>Retire the {n} standard items the file lacks (kept by default; retired items and their records are kept and can be restored)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>只导入无误的行（{n} 行）</source>
        <translation>Import only the good rows ({n})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>读取 {rows} 行（无误 {good}，有错误 {bad}），领域：{domains}
导入后：新增 {a}，修改 {c}，停用 {r}，不变 {u}</source>
        <translation>Read {rows} rows ({good} good, {bad} with errors), domains: {domains}
Importing gives: {a} added, {c} changed, {r} retired, {u} unchanged</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>，保留文件中没有的 {k} 个</source>
        <translation>, {k} not in the file kept</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>不导入（有错误）</source>
        <translation>Not imported (errors)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>新增</source>
        <comment>Add</comment>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>修改：</source>
        <translation>Change: </translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>不变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>停用（新文件中没有）</source>
        <translation>Retire (not in the new file)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>保留（新文件中没有）</source>
        <translation>Keep (not in the new file)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>目录没有变化，未生成新版本。</source>
        <translation>The catalog did not change; no new version.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>已导入，生成目录第 {v} 版：新增 {a}，修改 {c}，停用 {r}，现有事项 {t} 个。</source>
        <translation>Imported as catalog version {v}: {a} added, {c} changed, {r} retired; {t} items now.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>导入标准目录</source>
        <translation>Import catalog</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/import_wizard.py"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/item_editor.py"/>
        <source>编辑事项</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/item_editor.py"/>
        <source>新增事项</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/item_editor.py"/>
        <source>如：信息形成或者变更之日起20个工作日内</source>
        <translation>e.g. 信息形成或者变更之日起20个工作日内</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/item_editor.py"/>
        <source>其他渠道，用顿号分隔</source>
        <translation>Other channels, separated by 、</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/item_editor.py"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/item_editor.py"/>
        <source>⚠ 无法识别为时限规则：可以保存，但不会计算期限</source>
        <translation>⚠ Not a recognisable rule: can be saved, but no due date is computed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/item_editor.py"/>
        <source>（推定）</source>
        <translation> (assumed)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/item_editor.py"/>
        <source>识别为：{r}</source>
        <translation>Read as: {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>补正通知书</source>
        <translation>Correction notice</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>延期答复告知书</source>
        <translation>Extension notice</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>收费通知书</source>
        <translation>Fee notice</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>答复告知书</source>
        <translation>Decision notice</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>{k} — 申请 {id}</source>
        <translation>{k} — request {id}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>如：0871-6789000</source>
        <translation>e.g. 0871-6789000</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>复议机关，如：某某县人民政府</source>
        <translation>Review authority, e.g. the county government</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>恢复默认正文</source>
        <translation>Restore the default text</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>按当前的复议机关和日期重新生成正文（手工修改将丢失）</source>
        <translation>Draft the text again from the fields above (your edits are lost)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>正文每行一段，可直接修改；称呼写在第一行。打印前请核对申请人姓名、申请内容和日期。</source>
        <translation>One paragraph per line, edit freely; the salutation is the first line. Check names and dates before printing.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>落款：</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>联系电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>复议机关：</source>
        <translation>Authority:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>正文：</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>保存PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>共 {n} 页</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>无法生成文书：{e}</source>
        <translation>This letter cannot be printed: {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>请按提示修改</source>
        <comment>Please correct the letter</comment>
        <translation>Please correct the letter</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>保存PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>保存文书</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/letter_dialog.py"/>
        <source>打印文书</source>
        <translation>Print the letter</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/live_preview.py"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/live_preview.py"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/live_preview.py"/>
        <source>预览已更新</source>
        <translation>Preview up to date</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/live_preview.py"/>
        <source>无法生成：{e}</source>
        <translation>This cannot be printed: {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/live_preview.py"/>
        <source>请按提示修改</source>
        <comment>Please correct it as shown</comment>
        <translation>Please correct it as shown</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/live_preview.py"/>
        <source>等待输入完成…</source>
        <translation>Waiting for typing to stop…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/live_preview.py"/>
        <source>正在生成预览…</source>
        <translation>Rendering the preview…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/live_preview.py"/>
        <source>已保存：{p}</source>
        <translation>Saved: {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/live_preview.py"/>
        <source>已发送到打印机：{n} 页</source>
        <translation>Sent to the printer: {n} pages</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/live_preview.py"/>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>修改公开记录 {n}</source>
        <translation>Edit disclosure record {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>新增公开记录</source>
        <comment>New disclosure record</comment>
        <translation>New disclosure record</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>搜索公开事项，如“低保”</source>
        <translation>Search items, e.g. 低保</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>公开事项</source>
        <comment>Catalog item</comment>
        <translation>Catalog item</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>如：2026年10月城乡低保审核确认结果公示</source>
        <translation>e.g. the October list of 低保 recipients</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>如：×政发〔2026〕12号（没有可不填）</source>
        <translation>if any</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>已确定</source>
        <translation>Known</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>手工指定截止日</source>
        <translation>Set the due date by hand</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>理由（必填），如：县政务公开办通知延期</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>这是政策解读（须在政策发布后{n}个工作日内公开）</source>
        <translation>This is a policy interpretation (due {n} working days after the policy)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>搜索所解读的政策记录</source>
        <translation>Search the policy record</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>公开事项：</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>文号：</source>
        <comment>Doc. no.:</comment>
        <translation>Doc. no.:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>形成/变更日期：</source>
        <translation>Formed/changed:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>事件日期：</source>
        <comment>Event date:</comment>
        <translation>Event date:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>截止日：</source>
        <translation>Due:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>公开渠道：</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>公开属性：</source>
        <comment>Attribute:</comment>
        <translation>Attribute:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>属性理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>政策解读：</source>
        <translation>Interpretation:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>显示前 {n} 项，共 {t} 项；请输入文字缩小范围</source>
        <translation>Showing {n} of {t}; type to narrow</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>找到 {n} 项</source>
        <comment>{n} found</comment>
        <translation>{n} found</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>请先在左侧选择公开事项</source>
        <translation>Choose the catalog item on the left first</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>选择事项后，这里显示它的公开内容、时限、渠道等要素。</source>
        <translation>The chosen item's elements show here.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>必填：说明依申请公开或不公开的理由和依据</source>
        <translation>Required: why, and on what legal basis</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>选“此件依申请公开”或“此件不公开”时必填</source>
        <translation>Required when the record is disclosed on request only or not disclosed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>请选择所解读的政策记录</source>
        <translation>Choose the policy record</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>政策发布日 {d} 后第{n}个工作日</source>
        <translation>{n} working days after the policy was published ({d})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>政策尚未发布，暂按其形成日期 {d} 后第{n}个工作日</source>
        <translation>The policy is not published yet: {n} working days after its formed date ({d}) for now</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>时限“{t}”无法识别为规则，不计算截止日；需要时请手工指定</source>
        <translation>The time limit '{t}' is not a recognisable rule; set a due date by hand if needed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>长期公开，无截止日</source>
        <comment>Standing: no due date</comment>
        <translation>Standing: no due date</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>{f}：时限“{t}”从事件日期倒算，请填写事件日期</source>
        <translation>{f}: the time limit '{t}' counts back from an event; enter the event date</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>按时限“{t}”计算</source>
        <translation>From the time limit '{t}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>估算</source>
        <translation>estimated</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>手工指定的截止日可以修改日期和理由</source>
        <translation>A due date set by hand can be changed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>此记录已发布，只能补充备注。</source>
        <translation>This record is published: only notes can be added.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>请选择公开事项</source>
        <translation>Choose a catalog item</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>请填写标题</source>
        <translation>Enter a title</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>公开属性为“{a}”时必须填写理由</source>
        <translation>'{a}' needs a reason</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>手工指定截止日必须填写理由</source>
        <translation>A due date set by hand needs a reason</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/record_editor.py"/>
        <source>政策解读需要选择所解读的政策记录</source>
        <translation>Choose the policy this interprets</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>登记依申请公开申请</source>
        <translation>Register a request</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>自然人姓名，或法人、其他组织名称</source>
        <translation>The person's or organisation's name</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>电话或地址（列表中只显示部分号码）</source>
        <translation>Phone or address (masked in lists)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>申请获取的政府信息名称、文号或特征描述</source>
        <translation>The information asked for</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>到达日期</source>
        <translation>Arrived on</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>申请渠道：</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>申请人类型：</source>
        <translation>Applicant type:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>申请人：</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>联系方式：</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>申请内容：</source>
        <translation>Request:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>{r}：</source>
        <translation>Received ({r}):</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>以{r}为收到日期（《条例》第三十一条）。答复期限：{due}（收到后{n}个工作日）；如需补正，最迟 {c} 发出补正通知。</source>
        <translation>Counted from {r} (Art. 31). Answer due {due} ({n} working days after receipt); a correction notice, if needed, by {c}.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>延长：</source>
        <translation>Extend by:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>按国办函〔2020〕109号计算的金额</source>
        <translation>as computed by the 2020 fee rules</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>金额（元）：</source>
        <translation>Amount (yuan):</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>如：第三方企业名称、县自然资源局</source>
        <translation>e.g. the third party or agency</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>征求意见对象：</source>
        <translation>Consulted:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>已结束于</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>办结 — 申请 {id}</source>
        <translation>Close request {id}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>同时登记送达</source>
        <translation>Also record service on</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>办理结果按《政府信息公开工作年度报告》国家模板的分类统计；“逾期不补正”须先有补正通知，“补正后仍不明确”须先收到补正。</source>
        <translation>Outcomes are counted in the national annual-report table; 'no correction in time' needs a correction notice first, 'still unclear after correction' a corrected request.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>办理结果：</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>具体情形：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>作出决定日期：</source>
        <translation>Decided on:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_dialogs.py"/>
        <source>（无细分情形）</source>
        <translation>(no sub-reason)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>受理日期：</source>
        <translation>Accepted on:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>补正通知日期：</source>
        <translation>Notice sent on:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>应在收到申请后{n}个工作日内发出（最迟 {d}）。发出后答复期限暂停，收到补正后重新计算20个工作日。</source>
        <translation>Due within {n} working days of receipt (by {d}). The clock then waits and restarts from the corrected request.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>尚未登记补正通知，请先登记“补正通知”</source>
        <translation>No correction notice is recorded yet</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>收到补正日期：</source>
        <translation>Corrected request received on:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>答复期限自收到补正后的申请之日起重新计算。</source>
        <translation>The answer period starts again from this day.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>开始日期：</source>
        <comment>Started on:</comment>
        <translation>Started on:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>第三方（或其他机关）应自收到征求意见书之日起{n}个工作日内提出意见；这段时间不计入答复期限，至多{n}个工作日（《条例》第三十二条、第三十四条）。</source>
        <translation>The third party (or agency) has {n} working days to reply; that time, at most {n} working days, is not counted (Art. 32, 34).</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>尚未登记征求意见开始日期</source>
        <translation>No consultation has been started</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>第三方应于 {d} 前答复；逾期未答复的，答复期限恢复计算。</source>
        <translation>The third party replies by {d}; after that the clock runs again.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>结束日期：</source>
        <comment>Ended on:</comment>
        <translation>Ended on:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>决定延期日期：</source>
        <translation>Extended on:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>延期须在原答复期限 {d} 前决定并告知申请人；只能延期一次，延长不超过{n}个工作日。</source>
        <translation>Decide before the original due date {d} and tell the applicant; once only, at most {n} working days.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>收费通知日期：</source>
        <translation>Fee notice dated:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>信息处理费（国办函〔2020〕109号）：收费通知应在答复期限内发出；送达申请人之日起答复期限中止，申请人应在{n}个工作日内缴费，缴费后恢复计算；逾期未缴纳的视为放弃申请。</source>
        <translation>Processing fee (2020 rules): the notice goes out within the answer period; from its service the clock stops; the applicant has {n} working days to pay, then it runs again; unpaid, the request is deemed withdrawn.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>已送达于</source>
        <translation>Served on</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>缴费日期：</source>
        <translation>Paid on:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>应于 {d} 前缴费；缴费后答复期限恢复计算。</source>
        <translation>Due by {d}; the clock runs again from payment.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/request_steps.py"/>
        <source>送达日期：</source>
        <translation>Served on:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>双击表头可改列名；身份证号、银行账号、电话号码打印时自动隐去中间位数</source>
        <translation>Double-click a header to rename it; ID, bank and phone numbers are masked when printed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>添加行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>删除行</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>添加列…</source>
        <translation>Add column…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>删除列</source>
        <translation>Remove column</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>从Excel导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>读取工作表：标题行、含“姓名”的表头行和数据行（合计行会重新计算）</source>
        <translation>Reads a sheet: a title row, a header row with a name column, and the rows</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>添加列</source>
        <translation>Add column</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>列名（如“补贴金额（元）”）：</source>
        <translation>Column header (e.g. 补贴金额（元）):</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>修改列名</source>
        <translation>Rename column</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>列名：</source>
        <translation>Header:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>如 125,400.00</source>
        <translation>e.g. 125,400.00</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>按收支计算</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>本期结余 = 上期结余 + 本期收入 − 本期支出</source>
        <translation>closing = opening + income − expense</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>上期结余（元）：</source>
        <translation>Opening balance:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>本期结余（元）：</source>
        <translation>Closing balance:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>本期收入</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>本期支出</source>
        <translation>Expense</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>制作公示单 — {v}</source>
        <translation>Notice sheet — {v}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>如：大河村2026年10月最低生活保障对象名单公示</source>
        <translation>The sheet's title</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>不公示</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>按工作日</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>村务监督委员会成员，用顿号分隔</source>
        <translation>Supervision committee members, separated by 、</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>正文，每行一段</source>
        <translation>Body text, one paragraph per line</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>公告只有正文：在上面的“正文”中每行写一段。</source>
        <translation>An announcement is its paragraphs: write them above.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>类型：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>公开栏：</source>
        <translation>Board:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>公示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>天</source>
        <comment>days</comment>
        <translation>days</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>监督电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>审核人：</source>
        <translation>Reviewers:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>异议说明：</source>
        <translation>Objections:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>登记张贴…</source>
        <translation>Record posting…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>记下这份公示单已张贴到公开栏：公示期、审核人和PDF一并保存</source>
        <translation>Record that this sheet went up on the board, with its period, reviewers and PDF</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>经本人申请、村民小组评议、村民代表会议审议，现将有关名单予以公示。</source>
        <translation>Following applications and review by the villagers' representatives, the list is published.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>现将本村村级财务收支情况公开如下，请广大村民监督。</source>
        <translation>The village's income and expenditure are published below for villagers' supervision.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>不设公示期</source>
        <comment>No notice period</comment>
        <translation>No notice period</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>公示期：{p}</source>
        <translation>Period: {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>（张贴当日计入公示期）</source>
        <translation> (the posting day counts)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>（{w}）</source>
        <translation> ({w})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>无法生成公示单：{e}</source>
        <translation>This sheet cannot be printed: {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>请按提示修改</source>
        <comment>Please correct the sheet</comment>
        <translation>Please correct the sheet</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>第 {p} 页 共 {n} 页</source>
        <translation>Page {p} of {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>保存公示单</source>
        <translation>Save the sheet</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>打印公示单</source>
        <translation>Print the sheet</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>登记张贴</source>
        <translation>Record posting</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>公示单上还没有村务监督委员会审核人。公示内容应先经村务监督委员会审核，仍要登记张贴吗？</source>
        <translation>The sheet names no supervision committee reviewer. Content should be reviewed before posting; record anyway?</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>这个村还没有公开事项清单，请先在“村务公开”页新增事项</source>
        <translation>This village has no affairs items yet: add one first</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>这份公示单张贴的是哪个公开事项？
公示期和审核人取自公示单，PDF 一并保存在数据文件夹中。</source>
        <translation>Which affairs item does this sheet post?
The notice period and reviewers come from the sheet; the PDF is kept.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>已登记张贴 {n}：{i}，公示期 {p}</source>
        <translation>Posting {n} recorded: {i}, notice period {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>从Excel导入名单</source>
        <translation>Import a name list</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>选择工作表：</source>
        <translation>Choose the sheet:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/sheet_editor.py"/>
        <source>已从“{f}”导入 {n} 行</source>
        <translation>Imported {n} rows from '{f}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/township_records.py"/>
        <source>{n} {y}年的公开记录（只读）</source>
        <translation>{n}: records of {y} (read only)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/township_records.py"/>
        <source>按标题、领域或事项筛选</source>
        <translation>Filter by title, domain or item</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/township_records.py"/>
        <source>只看逾期未公开</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/township_records.py"/>
        <source>县级只能查看乡镇报送的记录；如需更正，请通知乡镇修改后重新报送同步包。</source>
        <translation>The county only reads what townships sent; ask the township to correct and send again.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/township_records.py"/>
        <source>共 {n} 条记录，其中逾期未公开 {o} 条</source>
        <translation>{n} records, {o} overdue</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/township_records.py"/>
        <source>显示 {s} 条，共 {n} 条</source>
        <translation>{s} of {n} records shown</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/trust_dialog.py"/>
        <source>信任对方的密钥卡</source>
        <translation>Trust a key card</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/trust_dialog.py"/>
        <source>请打电话给对方单位，请对方打开 TownshipDesk 的“同步”页，念出页面上的密钥指纹，与下面逐组核对。指纹一致，才能说明这张卡确实来自对方、途中没有被调换。</source>
        <translation>Call the other office and have them read out their fingerprint from their Sync page; compare it group by group. Only a matching fingerprint shows the card really is theirs.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/trust_dialog.py"/>
        <source>可选：输入电话中听到的30位数字，程序替您逐位核对</source>
        <translation>Optional: type the 30 digits you heard; they are checked for you</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/trust_dialog.py"/>
        <source>我已与对方电话核对，指纹完全一致</source>
        <translation>I checked it with the other office by phone; the fingerprint matches</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/trust_dialog.py"/>
        <source>区划代码 {c} 已信任“{n}”的另一台电脑。该单位重装了电脑：替换旧密钥，历史数据延续到新电脑</source>
        <translation>The division code {c} is already trusted for another computer of '{n}'. That office reinstalled: replace the old key; its history carries over</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/trust_dialog.py"/>
        <source>单位名称：</source>
        <comment>Office:</comment>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/trust_dialog.py"/>
        <source>级别：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/trust_dialog.py"/>
        <source>指纹：</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/trust_dialog.py"/>
        <source>电话中听到的：</source>
        <translation>Heard by phone:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/trust_dialog.py"/>
        <source>信任</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/trust_dialog.py"/>
        <source>✓ 与卡上的指纹一致</source>
        <translation>✓ Matches the card</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/trust_dialog.py"/>
        <source>已核对 {n}/30 位，到目前为止一致</source>
        <translation>{n}/30 digits checked, matching so far</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/trust_dialog.py"/>
        <source>✗ 输入的数字多于30位</source>
        <translation>✗ More than 30 digits typed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/trust_dialog.py"/>
        <source>✗ 第 {g} 组起不一致：不要信任此卡</source>
        <translation>✗ Differs from group {g} on: do not trust this card</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>维持（继续不公开或依申请公开）</source>
        <translation>Keep (stays as it is marked)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>转为主动公开</source>
        <translation>Make public</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>不公开复核</source>
        <comment>Re-assess a record not disclosed</comment>
        <translation>Re-assess a record not disclosed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>公开属性：</source>
        <comment>Marked:</comment>
        <translation>Marked:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>上次复核：</source>
        <translation>Last review:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>{d}（{o}）</source>
        <translation>{d} ({o})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>尚未复核（信息形成于 {f}）</source>
        <translation>never (formed {f})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>必填：为什么继续不公开，或因情势变化为什么现在可以公开</source>
        <translation>Required: why it stays undisclosed, or why it can now be public</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>复核理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>复核日期：</source>
        <translation>Reviewed on:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>复核人：</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>下次复核：{d} 前（12个月后）</source>
        <translation>Next review due by {d} (12 months on)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>公开属性将改为“此件公开发布”，截止日按事项时限自复核日起算；发布前仍须通过保密审查和发布审查。</source>
        <translation>It will be marked 'published in full', due by its item's time limit counted from the review day; both reviews are still needed before publication.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>标记失效或废止</source>
        <translation>Mark lapsed or repealed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>文号：</source>
        <comment>Number:</comment>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>失效（废止）日期：</source>
        <comment>Since:</comment>
        <translation>Since:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>可选：替代文件的文号或名称，或其公开记录编号</source>
        <translation>Optional: the replacing document's number or title, or its record id</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/undisclosed_dialogs.py"/>
        <source>替代文件：</source>
        <translation>Replaced by:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/versions.py"/>
        <source>目录版本</source>
        <translation>Catalog versions</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/versions.py"/>
        <source>版本</source>
        <comment>Version</comment>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/versions.py"/>
        <source>来源/说明</source>
        <translation>Source / note</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/versions.py"/>
        <source>新增 {a}，修改 {c}，停用 {r}</source>
        <translation>+{a} ~{c} -{r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/versions.py"/>
        <source>第 {n} 版</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/versions.py"/>
        <source>比较</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/versions.py"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/versions.py"/>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/versions.py"/>
        <source>选择两个版本后点“比较”。</source>
        <translation>Choose two versions and press Compare.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/versions.py"/>
        <source>目前只有一个版本，暂无可比较的内容。</source>
        <translation>There is only one version so far.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/versions.py"/>
        <source>事项 / 要素</source>
        <translation>Item / element</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/versions.py"/>
        <source>原内容</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/versions.py"/>
        <source>新内容</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/versions.py"/>
        <source>新增（{n}）</source>
        <translation>Added ({n})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/versions.py"/>
        <source>删除或停用（{n}）</source>
        <translation>Removed or retired ({n})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/versions.py"/>
        <source>修改（{n}）</source>
        <translation>Changed ({n})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>新增村</source>
        <translation>New village</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>12位统计用区划代码，如 530902100201</source>
        <translation>12-digit division code</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>如：大河村</source>
        <translation>e.g. 大河村</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>村民小组，用顿号分隔，如：大河一组、大河二组</source>
        <translation>Village groups, separated by 、</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>印在公示单上，如：0871-6789123</source>
        <translation>Printed on the sheets</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>新增后自动建立默认公开事项清单（制度类、事务类、财务类），可再增删。</source>
        <translation>The village starts with the default affairs list, which you can extend.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>村名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>村民小组：</source>
        <translation>Groups:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>新增公开事项 — {v}</source>
        <translation>New affairs item — {v}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>如：农村危房改造补助对象名单</source>
        <translation>e.g. 农村危房改造补助对象名单</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>每月、每季度的事项在本期未张贴时会在“村务公开”页和工作台上提醒。</source>
        <translation>Monthly and quarterly items are flagged when not posted in the current period.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>类别：</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>事项名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>公开频次：</source>
        <translation>Rhythm:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>登记异议及答复</source>
        <comment>Objection and reply</comment>
        <translation>Objection and reply</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>{t}
张贴日期 {d}，公示期 {p}</source>
        <translation>{t}
Posted {d}, notice period {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>谁、何时、对什么提出异议</source>
        <translation>Who objected, when, to what</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>核实情况及答复（可稍后补充）</source>
        <translation>What was checked and answered (may follow later)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>公示：</source>
        <translation>Posting:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>异议内容：</source>
        <translation>Objection:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>答复：</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>登记事件 — {v}</source>
        <translation>Record an event — {v}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>如：2026年土地承包经营方案经村民会议通过</source>
        <translation>e.g. the land contracting plan was adopted</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>。张贴该事项的公示单后自动销号。</source>
        <translation>. Posting the item's sheet clears it.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>事件日期：</source>
        <comment>Date:</comment>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/village_dialogs.py"/>
        <source>事件：</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/year_editor.py"/>
        <source>录入或更正节假日安排</source>
        <translation>Enter or correct a holiday schedule</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/year_editor.py"/>
        <source>日期（YYYY-MM-DD）</source>
        <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/year_editor.py"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/year_editor.py"/>
        <source>安排</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/year_editor.py"/>
        <source>添加一天</source>
        <translation>Add a day</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/year_editor.py"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/year_editor.py"/>
        <source>年份：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/year_editor.py"/>
        <source>只列特殊日子：法定节假日放假的日期（含因调休放假的工作日），以及调休上班的周末。其余日期按“周一至周五上班、周末休息”计算。</source>
        <translation>List only special days: days off for holidays (including swapped weekdays), and weekends worked because of a swap. Every other day follows Monday–Friday.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/year_editor.py"/>
        <source>已载入 {y} 年现有安排（{n} 天），可直接更正</source>
        <translation>Loaded the {y} schedule ({n} days) to correct</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/year_editor.py"/>
        <source>{y} 年尚无节假日安排，请逐日录入</source>
        <translation>No schedule for {y} yet: enter it day by day</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/year_editor.py"/>
        <source>放假</source>
        <comment>Day off</comment>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/year_editor.py"/>
        <source>上班（调休）</source>
        <translation>Working day (swap)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/year_editor.py"/>
        <source>第 {i} 条：{e}</source>
        <translation>Entry {i}: {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/dialogs/year_editor.py"/>
        <source>未保存：{e}</source>
        <translation>Not saved: {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/launch.py"/>
        <source>没有图形桌面（未设置 DISPLAY），无法打开窗口。请在桌面环境中运行，或使用命令行：townshipdesk --help</source>
        <translation>No graphical desktop (DISPLAY is not set), so no window can open. Run it on a desktop, or use the command line: townshipdesk --help</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>正在打开工作台…</source>
        <translation>Opening the overview…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>工作台</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>标准目录</source>
        <comment>Catalog</comment>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>公开记录</source>
        <comment>Disclosures</comment>
        <translation>Disclosures</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>复核与清理</source>
        <translation>Clean-up</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>村务公开</source>
        <comment>Villages</comment>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>依申请公开</source>
        <comment>Requests</comment>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>回应关切</source>
        <comment>Concerns</comment>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>公众参与</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>统计报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>搜索</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>导入目录…</source>
        <translation>Import catalog…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>导出目录…</source>
        <translation>Export catalog…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>新建…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>在“公开记录”页新增记录，在其他页新增目录事项</source>
        <translation>A record on the Disclosures page, a catalog item elsewhere</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>新增目录事项…</source>
        <translation>New catalog item…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>新增公开记录…</source>
        <translation>New disclosure record…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>TownshipDesk 政务公开助手 {v}
离线运行的乡镇政务公开桌面软件。</source>
        <translation>TownshipDesk {v}
An offline desktop app for township government information disclosure.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>尚未设置</source>
        <translation>not set up</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>TownshipDesk 政务公开助手 — {name}</source>
        <translation>TownshipDesk — {name}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>数据：{path}</source>
        <translation>Data: {path}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>只读：数据文件夹不可写，只能查看，不能修改</source>
        <translation>Read-only: the data folder cannot be written; you can look, not change</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/main_window.py"/>
        <source>{t}（只读）</source>
        <translation>{t} (read-only)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/messages.py"/>
        <source>文件操作失败：{reason}。请检查文件是否被其他程序打开、磁盘是否已满，然后重试。</source>
        <translation>A file operation failed: {reason}. Check the file is not open elsewhere and the disk is not full, then retry.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/messages.py"/>
        <source>发生了意外错误（{kind}）。操作未完成；详细信息已写入日志，请联系技术支持。</source>
        <translation>An unexpected error occurred ({kind}). The operation did not finish; details are in the log.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/messages.py"/>
        <source>无法完成操作</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/models/catalog_items.py"/>
        <source>时限规则：{r}</source>
        <comment>Rule: {r}</comment>
        <translation>Rule: {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/models/catalog_items.py"/>
        <source>无法识别为时限规则：按原文保存，不计算期限</source>
        <translation>Not a recognisable rule: kept as text, no due date computed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/models/catalog_items.py"/>
        <source>已停用：{r}</source>
        <translation>Retired: {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/models/records.py"/>
        <source>提醒</source>
        <comment>Reminder</comment>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/models/records.py"/>
        <source>文号</source>
        <comment>Doc. no.</comment>
        <translation>Doc. no.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/models/records.py"/>
        <source>发布日期</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/models/records.py"/>
        <source>手工指定，理由：{r}（按时限计算为 {c}）</source>
        <translation>Set by hand: {r} (the time limit gives {c})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/models/records.py"/>
        <source>{h}
公开事项：{d} / {i}
公开时限：{t}</source>
        <translation>{h}
Item: {d} / {i}
Time limit: {t}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/models/records.py"/>
        <source>{h}
公开时限：{t}</source>
        <translation>{h}
Time limit: {t}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/models/requests.py"/>
        <source>收到日期</source>
        <comment>Received</comment>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/models/requests.py"/>
        <source>申请人类型</source>
        <comment>Applicant type</comment>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/models/requests.py"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/models/requests.py"/>
        <source>申请内容</source>
        <comment>Request</comment>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/models/requests.py"/>
        <source>答复期限</source>
        <comment>Answer due</comment>
        <translation>Answer due</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/models/requests.py"/>
        <source>剩余工作日</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/models/requests.py"/>
        <source>是否按期</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/models/requests.py"/>
        <source>逾期答复：作出决定晚于答复期限 {n} 个工作日</source>
        <comment>Answered {n} working days after the due date</comment>
        <translation>Answered {n} working days after the due date</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>保存录入</source>
        <translation>Save figures</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>保存第二、四部分手工录入的数字</source>
        <translation>Save the figures entered in sections II and IV</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>导出表格(.xlsx)…</source>
        <translation>Export tables (.xlsx)…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>按国家模板导出第二、三、四部分统计表</source>
        <translation>Sections II, III and IV in the national layout</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>导出报告文字稿(.docx)…</source>
        <translation>Export report text (.docx)…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>报告的六部分标题和统计表，供在 WPS 或 Word 中补充文字</source>
        <translation>The six headings and the tables, to complete in WPS or Word</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>总计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>法人或其他组织</source>
        <translation>Legal person or other organisation</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>第二、四部分据实填写（双击单元格录入数字）；第三部分由“依申请公开”登记簿自动统计，不能手工修改。</source>
        <translation>Sections II and IV are counted by hand (double-click a cell); section III comes from the request register and cannot be edited.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>报告年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>三、收到和处理政府信息公开申请情况（自动统计）</source>
        <translation>III Requests received and handled (computed)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>二、主动公开政府信息情况</source>
        <translation>II Proactive disclosure</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>四、政府信息公开行政复议、行政诉讼情况</source>
        <translation>IV Administrative review and lawsuits</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>全县汇总：第二、三、四部分为已报送数据的 {n} 个乡镇的合计</source>
        <translation>County total: sections II, III and IV sum the {n} townships that reported</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>{name}：统计期限 {y} 年1月1日至12月31日</source>
        <translation>{name}: 1 January to 31 December {y}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>✔ 校验通过：一 + 二 = 三（七）+ 四</source>
        <translation>✔ Check passed: I + II = III(7) + IV</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>✘ 校验不通过（{c}）：一 + 二 ≠ 三（七）+ 四。请核对登记簿中各申请的收到、办结日期。</source>
        <translation>✘ Check failed ({c}): I + II ≠ III(7) + IV. Check the received and decision dates in the register.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>各乡镇报送数字之和</source>
        <translation>The sum of what the townships sent</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>国家模板中此项没有这一栏</source>
        <translation>The template has no such figure for this row</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>前四栏之和，自动计算</source>
        <translation>The sum of the four columns before it</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>有未保存的录入</source>
        <translation>Unsaved figures</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>已保存 {y} 年度的 {n} 项录入</source>
        <translation>Saved {n} figures for {y}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>{y} 年度有未保存的录入，要先保存吗？</source>
        <translation>Save the figures entered for {y} first?</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <comment>Excel workbooks (*.xlsx)</comment>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>导出年度报告</source>
        <translation>Export the annual report</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>（注意：第三部分校验不通过）</source>
        <translation> (section III does not add up)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>已导出：{p}{c}</source>
        <translation>Exported: {p}{c}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>正在导出年度报告…</source>
        <translation>Exporting the annual report…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/annual_report_page.py"/>
        <source>未能导出</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>搜索事项：任意要素中的文字，如“低保”“补贴”（Ctrl+F）</source>
        <translation>Search any element, e.g. 低保 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>显示已停用</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>新增</source>
        <comment>New</comment>
        <translation>New</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>编辑</source>
        <comment>Edit</comment>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>停用</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>版本</source>
        <comment>Versions</comment>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>新增本单位事项（Ctrl+N）</source>
        <translation>Add a local item (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>从 Excel 导入标准目录（Ctrl+I）</source>
        <translation>Import a catalog workbook (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>导出为国家表格格式的 Excel（Ctrl+E）</source>
        <translation>Export to the national Excel layout (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>找到 {n} 项</source>
        <comment>{n} items found</comment>
        <translation>{n} items found</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>⚠ “{d}”领域为占位示例，不是正式目录：{note}</source>
        <translation>⚠ '{d}' is a placeholder, not an official catalog: {note}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>“{d}”领域只收录了找到国家标准指引原文的部分事项：{note}</source>
        <translation>'{d}' carries only the items whose national-guideline wording was found: {note}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>⚠ 以下领域为占位示例，不是正式目录，使用前须按本县正式目录重新导入：{names}</source>
        <translation>⚠ These domains are placeholders, not official catalogs; import your county's catalog first: {names}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>停用事项</source>
        <translation>Retire item</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>停用“{name}”的原因（将记录在目录历史中）：</source>
        <translation>Why retire '{name}' (kept in the catalog history):</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>未能停用</source>
        <translation>Not retired</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>未能恢复</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>当前领域没有可导出的事项。</source>
        <translation>There are no items to export here.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>标准目录</source>
        <comment>catalog</comment>
        <translation>catalog</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>全部领域</source>
        <comment>all</comment>
        <translation>all</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>导出标准目录</source>
        <translation>Export catalog</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <comment>Excel workbook (*.xlsx)</comment>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>导出完成</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>已导出 {n} 个事项到：
{path}</source>
        <translation>Exported {n} items to:
{path}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/catalog_page.py"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/coming_page.py"/>
        <source>此功能尚在开发中，当前版本还不能使用。</source>
        <translation>This feature is still being built; it is not available yet.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>类别</source>
        <comment>Kind</comment>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>回应情况</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>回应责任人</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>搜索关切事项、编号、责任人</source>
        <translation>Search concerns, numbers, responders</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>未回应</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>登记关切…</source>
        <translation>New concern…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>登记在网络、媒体、12345热线等处发现的群众关切</source>
        <translation>Register a concern seen online, in the media, on the 12345 hotline …</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>登记回应…</source>
        <translation>Record the response…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>定期公开…</source>
        <translation>Publish the list…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>生成一段时间内的回应关切情况表，供政务公开栏和网站定期公开</source>
        <translation>Write the period's list of concerns and how they were answered, for the notice board and the website</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>共 {n} 条，待回应 {o} 条（逾期 {d} 条），逾期回应 {l} 条</source>
        <translation>{n} concerns, {o} open ({d} overdue), {l} answered late</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>来源：{s}；发现时间：{t}；{m}</source>
        <translation>Source: {s}; seen {t}; {m}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>回应时限：{d}；{s}（{l}）</source>
        <translation>Answer by {d}; {s} ({l})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>已保存：{n}（{w}）</source>
        <translation>Saved: {n} ({w})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>新登记</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>已回应</source>
        <comment>answered</comment>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>保存回应关切情况表</source>
        <translation>Save the concerns list</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>已生成回应关切情况表（{n} 条）：{p}</source>
        <translation>Wrote the concerns list ({n}): {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>正在生成回应关切情况表…</source>
        <translation>Writing the concerns list…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/concerns_page.py"/>
        <source>未能生成</source>
        <translation>Could not write the list</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>各乡镇情况</source>
        <translation>Townships</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>年度报告</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>按国家模板生成政府信息公开工作年度报告的统计表格（Excel）和文字稿（Word）。</source>
        <translation>The annual disclosure report's tables (Excel) and text (Word) in the national template.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>年度报告的窗口界面将在后续版本提供。现在可以用命令生成：townshipdesk report annual --year {y} --out 年度报告.xlsx --docx 年度报告.docx</source>
        <translation>A window for the annual report comes in a later release. For now, use the command: townshipdesk report annual --year {y} --out report.xlsx --docx report.docx</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>{n}（逾期 {o}）</source>
        <translation>{n} ({o} overdue)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>各乡镇政务公开情况</source>
        <translation>Townships at a glance</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>{y}年</source>
        <translation>{y}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>导出汇总表…</source>
        <translation>Export summary…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>汇总表和每个领域一张表（Excel），可直接报送上级</source>
        <translation>An overview sheet and one sheet per domain (Excel), ready to forward</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>附逾期记录清单</source>
        <translation>With the overdue records</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>汇总表另加一张表，按乡镇和编号列出每条逾期未公开的记录</source>
        <translation>Adds a sheet listing each overdue record by township and number</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>最近报送</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>距今天数</source>
        <translation>Days ago</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>公开记录</source>
        <comment>Records</comment>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>已发布</source>
        <comment>Published</comment>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>逾期未公开</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>目录覆盖率</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>村务公开张贴</source>
        <comment>Village postings</comment>
        <translation>Village postings</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>不公开超期未复核</source>
        <translation>Reviews overdue</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>本年失效废止</source>
        <translation>Lapsed this year</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>村务事件逾期未张贴</source>
        <translation>Village events overdue</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>待回应关切</source>
        <translation>Open concerns</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>重大决策事项</source>
        <translation>Major decisions</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>征求意见中</source>
        <comment>Consulting</comment>
        <translation>Consulting</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>采纳情况未公布</source>
        <translation>Feedback unpublished</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>双击一个乡镇，查看它报送的公开记录</source>
        <translation>Double-click a township to see its records</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>尚未收到任何乡镇的同步包。乡镇在“同步”页生成同步包，县级在“同步”页导入后，这里就会列出各乡镇的情况。</source>
        <translation>No township bundle received yet. Import townships' bundles on the Sync page and they appear here.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>统计年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>按乡镇对比</source>
        <translation>Townships compared</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>统计日期 {d}：逾期按此日计算，记录按形成日期计入年度</source>
        <translation>As of {d}: overdue as of this day; records count in the year they were formed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>本年登记关切 {n} 件，已回应 {r} 件，其中逾期回应 {l} 件</source>
        <translation>{n} concerns this year, {r} answered, {l} of them late</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>超过{d}天未报送：请督促该乡镇报送同步包</source>
        <translation>No bundle for over {d} days: remind the township</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>共 {n} 个乡镇：公开记录 {r} 条，已发布 {p} 条，逾期未公开 {o} 条。</source>
        <translation>{n} townships: {r} records, {p} published, {o} overdue.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>{s} 个乡镇超过{d}天未报送（红色标出）。</source>
        <translation> {s} have sent nothing for over {d} days (in red).</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>{c}{y}年各乡镇政务公开情况汇总表.xlsx</source>
        <translation>{c} townships {y}.xlsx</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>导出汇总表</source>
        <translation>Export summary</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>正在导出汇总表…</source>
        <translation>Exporting the summary…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/county_page.py"/>
        <source>已导出汇总表：{p}（{n} 个乡镇，{d} 个领域各一张表）</source>
        <translation>Summary written: {p} ({n} townships, one sheet for each of {d} domains)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>{t}（{n}）</source>
        <translation>{t} ({n})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>打开标准目录</source>
        <translation>Open the catalog</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>没有逾期的公开事项。</source>
        <translation>Nothing is overdue.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>5个工作日内到期</source>
        <translation>Due within 5 working days</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>5个工作日内没有到期的事项。</source>
        <translation>Nothing falls due in the next 5 working days.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>待审核</source>
        <comment>Waiting for review</comment>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>没有待审核的记录。</source>
        <translation>No record waits for review.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>本期截止日</source>
        <translation>Due this period</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>双击一项，为它新增公开记录</source>
        <translation>Double-click to record a disclosure for the item</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>本期未公开的定期事项</source>
        <translation>Periodic items not disclosed this period</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>本期的定期公开事项都已有记录。</source>
        <translation>Every periodic item has a record this period.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>本期或期限</source>
        <translation>Period or due</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>双击一项，在“村务公开”中打开该村</source>
        <translation>Double-click to open the village</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>待张贴的村务公开事项</source>
        <translation>Village affairs to post</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>各村的村务公开事项都已张贴。</source>
        <translation>Every village has posted what is due.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>公开属性</source>
        <comment>Marked</comment>
        <translation>Marked</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>双击一项，在“复核与清理”中复核</source>
        <translation>Double-click to review it under Clean-up</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>不公开事项待复核</source>
        <translation>Not disclosed: due for review</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>标为不公开、依申请公开的记录都在12个月内复核过。</source>
        <translation>Every record not disclosed was reviewed within 12 months.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>5日内到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>待审核</source>
        <comment>To review</comment>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>未公开定期</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>按领域统计</source>
        <translation>By domain</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>各领域都没有待办事项。</source>
        <translation>No domain has anything pending.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>双击或按回车，在“公开记录”中打开</source>
        <translation>Double-click or press Enter to open it in Disclosures</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>同步：{c}。{l}</source>
        <translation>Sync: {c}. {l}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>尚未设置本单位</source>
        <translation>Not set up yet</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>区划代码：{code}　　单位类型：{role}</source>
        <translation>Division code: {code}    Role: {role}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>今天：{d}</source>
        <translation>Today: {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>{used} 个领域，共 {active} 个有效事项</source>
        <translation>{used} domains, {active} active items</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>（另有已停用 {n} 个）</source>
        <translation> ({n} retired besides)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>；当前为第 {v} 版（{when}，{kind}）</source>
        <translation>; version {v} ({when}, {kind})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>；尚无目录，请在“标准目录”中从 Excel 导入。</source>
        <translation>; no catalog yet: import one on the catalog page.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>标准目录：</source>
        <translation>Catalog: </translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>⚠ {n} 个领域为占位示例，不是正式目录：{names}</source>
        <translation>⚠ {n} domains are placeholders: {names}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>{n} 个试点领域还没有事项：{names}</source>
        <translation>{n} pilot domains have no items yet: {names}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>长期公开事项，尚无任何公开记录</source>
        <translation>Standing item, never recorded</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>本期 {s} 至 {e} 尚无公开记录</source>
        <translation>No record for the period {s} to {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>（估算）</source>
        <comment> (est.)</comment>
        <translation> (est.)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>公开时限：{t}</source>
        <translation>Time limit: {t}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>双击为它新增公开记录</source>
        <translation>Double-click to record a disclosure</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>属性理由：{r}</source>
        <translation>Reason: {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>上次复核：{d}</source>
        <translation>Last review: {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>尚未复核</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>最迟 {d}</source>
        <translation>by {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>事件日期 {e}；最迟 {d} 张贴{o}</source>
        <translation>Event {e}; post by {d}{o}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>（已逾期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>{r}公开；本期 {s} 至 {e} 尚未张贴</source>
        <translation>{r}; nothing posted from {s} to {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>尚未登记村（在“村务公开”中新增）。</source>
        <translation>No villages yet (add them under Villages).</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/dashboard_page.py"/>
        <source>⚠ {w}：{years} 年的截止日是估算的（{n} 项）。请在“设置 → 工作日历”中导入或录入该年的节假日安排。</source>
        <translation>⚠ {w}: due dates in {years} are estimates ({n}). Import or enter that year's schedule under Settings → Working-day calendar.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>新增事项…</source>
        <comment>Add…</comment>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>列入本年度重大行政决策事项目录</source>
        <translation>Add a decision to this year's catalog</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>登记目录公布…</source>
        <translation>Catalog published…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>登记本年度目录已向社会公布（调整后再次公布亦登记）</source>
        <translation>Record the catalog's publication</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>目录 PDF…</source>
        <translation>Catalog PDF…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>意见</source>
        <comment>Comment</comment>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>提出方</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>条数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>采纳情况</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>征求意见…</source>
        <translation>Consultation…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>起止日期、方式</source>
        <translation>period and ways</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>登记意见…</source>
        <translation>Record comment…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>收到的意见（可归纳）</source>
        <translation>a comment received</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>采纳情况…</source>
        <translation>Answer comment…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>对选中的意见写明采纳情况</source>
        <translation>answer the chosen comment</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>公布采纳情况…</source>
        <translation>Feedback published…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>征求意见结束后公布</source>
        <translation>after the end</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>作出决策…</source>
        <translation>Decided…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>登记决策日期</source>
        <translation>record the decision</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>调整目录…</source>
        <translation>Adjust…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>调整出目录或修改，理由必填</source>
        <translation>remove or change, with the reason</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>办理</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>征求意见公告 PDF…</source>
        <translation>Consultation notice PDF…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>采纳情况反馈 PDF…</source>
        <translation>Feedback PDF…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>公告（PDF）</source>
        <translation>Sheets (PDF)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>目录年度：</source>
        <translation>Catalog year:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>共 {n} 项{r}；{p}</source>
        <translation>{n} decisions{r}; {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>（另有 {k} 项已调整出目录）</source>
        <translation> ({k} removed)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>目录已于 {d} 公布</source>
        <translation>catalog published {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>目录尚未登记公布</source>
        <translation>catalog not yet published</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>请选择或新增一个决策事项。</source>
        <translation>Choose or add a decision.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>已列入目录：{n}</source>
        <translation>Added: {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>已登记 {y} 年度目录公布（{n} 项）</source>
        <translation>The {y} catalog recorded as published ({n})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>登记 {y} 年度目录公布</source>
        <translation>Record the {y} catalog's publication</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>公布日期：</source>
        <translation>Published on:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>已登记征求意见</source>
        <translation>Consultation recorded</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>已登记意见</source>
        <translation>Comment recorded</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>已写明意见 {k} 的采纳情况</source>
        <translation>Comment {k} answered</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>已调整目录</source>
        <translation>Catalog adjusted</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>公布采纳情况 — {n}</source>
        <translation>Feedback published — {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>已登记采纳情况公布</source>
        <translation>Feedback recorded as published</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>公布后意见及采纳情况不能再修改。</source>
        <translation>After publication the feedback cannot change.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>作出决策 — {n}</source>
        <translation>Decided — {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>决策日期：</source>
        <translation>Decided on:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>已登记作出决策</source>
        <translation>Decision recorded</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>{w}：{n}</source>
        <translation>{w}: {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>无法生成</source>
        <translation>Cannot write the sheet</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>保存 PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>已生成：{p}</source>
        <translation>Written: {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>未能生成 PDF</source>
        <translation>The PDF was not written</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/decisions_page.py"/>
        <source>正在生成 PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>搜索标题、文号、备注中的文字（Ctrl+F）</source>
        <translation>Search titles, document numbers, notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>新增记录…</source>
        <translation>New record…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>新增公开记录（Ctrl+N）</source>
        <translation>New disclosure record (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>全部公开属性</source>
        <translation>All attributes</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>审查人姓名</source>
        <comment>Reviewer's name</comment>
        <translation>Reviewer's name</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>提交审核</source>
        <comment>Submit for review</comment>
        <translation>Submit for review</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>保密审查通过</source>
        <translation>Confidentiality review passed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>发布审查通过</source>
        <translation>Release review passed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>退回…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>登记发布…</source>
        <translation>Mark published…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>失效/废止…</source>
        <translation>Lapsed/repealed…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>政策文件失效或被废止：标记日期和替代文件，列入清理结果</source>
        <translation>The policy lapsed or was repealed: mark the day and what replaced it, for the clean-up list</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>须先通过保密审查和发布审查</source>
        <translation>Both reviews must be passed first</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>退回给经办人修改，须写明原因</source>
        <translation>Send back for changes, with the reason</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>附件</source>
        <comment>Files</comment>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>审核与修改历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>至</source>
        <comment>to</comment>
        <translation>to</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>审查人：</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>全部领域</source>
        <comment>All domains</comment>
        <translation>All domains</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>共 {n} 条记录</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>找到 {n} 条记录</source>
        <translation>{n} records found</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>附件（{n}）</source>
        <translation>Files ({n})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>这是“{n}”的记录，只能由该乡镇修改；县级只能查看</source>
        <translation>This record belongs to '{n}'; only that township can change it, the county can only view it</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>“{n}”的记录：县级只读</source>
        <translation>'{n}''s record: read-only at the county</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>把文件拖到这里添加附件</source>
        <translation>Drop files here to attach them</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>先选择一条记录</source>
        <translation>Select a record first</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>审查人姓名：</source>
        <translation>Reviewer's name:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>提交审核</source>
        <comment>Submit</comment>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>退回（{r}）</source>
        <translation>Return ({r})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>退回原因（经办人将看到，并记入审核历史）：</source>
        <translation>Why it is returned (kept in the history):</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>登记发布</source>
        <comment>Mark published</comment>
        <translation>Mark published</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>“{t}”的发布日期（如 2026-11-30、2026年11月30日）：</source>
        <translation>Publication date of '{t}' (e.g. 2026-11-30):</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>未能添加附件</source>
        <translation>File not attached</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>添加附件</source>
        <comment>Add files</comment>
        <translation>Add files</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/records_page.py"/>
        <source>无法打开附件</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>搜索申请内容、申请人、编号</source>
        <translation>Search requests, applicants, ids</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>未办结</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>逾期答复</source>
        <comment>Answered late</comment>
        <translation>Answered late</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>只看已逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>新登记…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>登记收到的政府信息公开申请</source>
        <translation>Register a request for government information</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>依申请公开指南…</source>
        <translation>Request guide…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>打印含受理机构信息和办理流程图的指南（政务公开专区、公示栏）</source>
        <translation>Print the guide with the receiving office and the flow chart (for the service hall and the notice board)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>受理…</source>
        <translation>Accept…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>登记受理日期</source>
        <translation>Record the acceptance</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>补正通知…</source>
        <translation>Correction notice…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>申请内容不明确：收到后{n}个工作日内发出补正通知</source>
        <translation>An unclear request: notice within {n} working days</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>收到补正…</source>
        <translation>Correction received…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>收到补正后的申请：答复期限重新计算</source>
        <translation>The corrected request arrived: the clock restarts</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>征求意见开始…</source>
        <translation>Consultation begins…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>征求第三方或其他机关意见，期间不计入答复期限</source>
        <translation>Consulting a third party: the time is not counted</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>征求意见结束…</source>
        <translation>Consultation ends…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>登记征求意见结束日期</source>
        <translation>Record the end of consultation</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>延期…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>延长答复期限至多{n}个工作日（只能一次）</source>
        <translation>Extend by at most {n} working days (once)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>收费通知…</source>
        <translation>Fee notice…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>收取信息处理费：送达后答复期限中止</source>
        <translation>Charge the processing fee: the clock stops once it is served</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>已缴费…</source>
        <translation>Fee paid…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>申请人缴费后答复期限恢复计算</source>
        <translation>The clock runs again once the fee is paid</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>提出办理意见…</source>
        <translation>Opinion…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>承办人提出办理意见的日期</source>
        <translation>When the handling opinion was drafted</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>报批…</source>
        <translation>Approval…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>办理意见报领导审批的日期</source>
        <translation>When it went up for approval</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>办结…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>作出决定：选择办理结果（国家年报分类）</source>
        <translation>The decision and its outcome category</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>送达…</source>
        <translation>Served…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>答复送达申请人的日期</source>
        <translation>When the answer reached the applicant</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>办理步骤</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>补正通知书…</source>
        <translation>Correction notice letter…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>延期答复告知书…</source>
        <translation>Extension letter…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>收费通知书…</source>
        <translation>Fee notice letter…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>答复告知书…</source>
        <translation>Decision letter…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>文书（可修改后打印）</source>
        <translation>Letters (edit, then print)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>共 {n} 件申请，未办结 {o} 件，逾期 {d} 件</source>
        <translation>{n} requests, {o} not closed, {d} overdue</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>，逾期答复 {n} 件</source>
        <translation>, {n} answered late</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>显示 {s} 件；</source>
        <translation>{s} shown; </translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>这是乡镇的申请，只能由该乡镇办理；县级只能查看</source>
        <translation>This is a township's request; only that township handles it, the county can only view it</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>须先登记补正通知</source>
        <translation>Record the correction notice first</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>须先登记延期</source>
        <translation>Record the extension first</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>须先登记收费通知</source>
        <translation>Record the fee notice first</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>须先办结（登记办理结果）</source>
        <translation>Close the request with its outcome first</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>已登记：{w}（申请 {id}）</source>
        <translation>Recorded: {w} (request {id})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>新申请</source>
        <translation>new request</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>{s} — 申请 {id}</source>
        <translation>{s} — request {id}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>{s} {d}</source>
        <translation>{s} {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>办结 {d}</source>
        <translation>closed {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>依申请公开指南</source>
        <comment>Request guide</comment>
        <translation>Request guide</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>已生成依申请公开指南：{p}</source>
        <translation>Wrote the request guide: {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/requests_page.py"/>
        <source>正在生成依申请公开指南…</source>
        <translation>Writing the request guide…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>更改语言后，重新启动程序生效。</source>
        <translation>A new language takes effect after restarting.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>数据文件夹：</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>数据库文件：</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>设置时间：</source>
        <translation>Set up:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>本机编号：</source>
        <translation>Installation id:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>界面语言：</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>张贴当日计入公示期</source>
        <translation>The posting day counts as day 1 of a notice</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>默认不勾选：按《民法典》第二百零一条，张贴当日不计入，公示期自次日起算，末日遇节假日顺延到下一个工作日。只有本县规定张贴当日计入时才勾选；公示单上会注明。已登记的张贴不改变。</source>
        <translation>Off by default: by Civil Code Art. 201 the posting day is not counted, the notice counts from the next day and a last day on a holiday moves to the next working day. Tick only where the county's rules count the posting day; the sheet then says so. Postings already recorded keep their dates.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>公示期计算：</source>
        <translation>Notice periods:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>单位信息在首次设置时确定，写入上报给县级的数据包，不能在此修改。</source>
        <translation>The office details were fixed at set-up and go into every bundle; they cannot be changed here.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>工作日历（节假日与调休）</source>
        <translation>Working-day calendar (holidays and swapped days)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>放假天数</source>
        <translation>Days off</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>调休上班天数</source>
        <translation>Swapped workdays</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>文件或说明</source>
        <translation>File or note</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>导入节假日文件…</source>
        <translation>Import a holiday file…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>每年一个 JSON 文件：{year, days:[{name, date, isOffDay}]}</source>
        <translation>One JSON file per year: {year, days:[{name, date, isOffDay}]}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>录入或更正…</source>
        <translation>Enter or correct…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>手工录入新的一年，或更正所选年份</source>
        <translation>Enter a new year by hand, or correct the selected one</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>已有 {a}–{b} 年的节假日安排。{n} 年及以后的截止日按《全国年节及纪念日放假办法》的法定节假日和周末估算，并标明“{w}”；国务院每年11月前后公布下一年安排（含调休），届时请导入文件或手工录入。</source>
        <translation>Schedules are known for {a}–{b}. Due dates in {n} and later are estimated from the statutory holidays and weekends and marked '{w}'; the State Council publishes next year's schedule (with its swapped working days) around November: import or enter it then.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>导入节假日文件</source>
        <translation>Import a holiday file</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>节假日文件 (*.json)</source>
        <translation>Holiday files (*.json)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>未能导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>替换节假日安排</source>
        <translation>Replace the schedule</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>{y} 年已有节假日安排（{o}，放假 {h} 天、调休上班 {w} 天）。用文件“{f}”中的安排替换它吗？</source>
        <translation>{y} already has a schedule ({o}, {h} days off, {w} swapped workdays). Replace it with '{f}'?</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>已导入 {y} 年节假日安排：放假 {h} 天，调休上班 {w} 天。新的截止日将按此计算。</source>
        <translation>Imported the {y} schedule: {h} days off, {w} swapped workdays.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/settings_page.py"/>
        <source>已保存 {y} 年节假日安排（手工录入）。</source>
        <translation>Saved the {y} schedule (entered by hand).</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>本单位密钥指纹（对方信任本单位前，请电话念给对方核对）：</source>
        <translation>This office's key fingerprint (read it to the other office by phone):</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>用手机扫码可看到本单位名称、区划代码和指纹</source>
        <translation>Scan with a phone to see the name, code and fingerprint</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>导出密钥卡…</source>
        <translation>Export key card…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>导入并信任对方密钥卡…</source>
        <translation>Import and trust a key card…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>本单位</source>
        <comment>This office</comment>
        <translation>This office</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>已信任的单位</source>
        <translation>Trusted offices</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>插入U盘后点此重新查找</source>
        <translation>Look again after inserting a USB stick</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>保存到U盘</source>
        <translation>Save to USB stick</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>县级接收同步包的邮箱，如 zwgk@example.gov.cn</source>
        <translation>The county's address for bundles</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>生成邮件</source>
        <translation>Write e-mail</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>生成附带同步包的邮件草稿（.eml），用本机邮件程序打开后发送</source>
        <translation>An e-mail draft (.eml) with the bundle attached, opened in the mail program</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>生成回执…</source>
        <translation>Write receipt…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>为所选乡镇最近一次的同步包生成回执</source>
        <translation>A receipt for the township's latest bundle</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>回执</source>
        <comment>Receipts</comment>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>发送给县级</source>
        <translation>Send to the county</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>导入乡镇的同步包后，把回执交回乡镇导入，乡镇就能看到哪些记录县级已确认收到。</source>
        <translation>After importing a township's bundle, give it a receipt so it sees what the county has confirmed.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>乡镇：</source>
        <translation>Township:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>U盘：</source>
        <translation>USB stick:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>县级邮箱：</source>
        <translation>County e-mail:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>或保存到其他位置：</source>
        <translation>Or save it elsewhere:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>导入同步包…</source>
        <translation>Import bundle…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>也可以把 .tdbundle 文件直接拖到本页。</source>
        <translation>Or drop .tdbundle files onto this page.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>导入前会检查签名和内容；不合格的同步包会被拒绝，并说明原因，本单位数据不会有任何改动。</source>
        <translation>A bundle is checked before import; a bad one is refused with the reason and changes nothing.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>接受</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>用县级下发的目录更新本单位的标准目录</source>
        <translation>Update this office's catalog from the county's</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>导入同步包</source>
        <comment>Import bundles</comment>
        <translation>Import bundles</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>收/发</source>
        <translation>In/out</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>对方</source>
        <comment>Office</comment>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>还没有收发过同步包。</source>
        <translation>No bundle sent or received yet.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>收发记录</source>
        <comment>Bundles in and out</comment>
        <translation>Bundles in and out</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>区划代码 {c} · {r}</source>
        <translation>Division code {c} · {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>TownshipDesk 密钥指纹
{n}（{c}）
{f}</source>
        <translation>TownshipDesk key fingerprint
{n} ({c})
{f}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>（未安装二维码组件）</source>
        <translation>(QR codes unavailable)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>还没有信任任何乡镇。请各乡镇导出密钥卡交来，在电话中核对指纹后点“导入并信任对方密钥卡…”。</source>
        <translation>No township trusted yet: import each township's key card after checking its fingerprint by phone.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>还没有信任县级。请向县政务公开办索取密钥卡，在电话中核对指纹后点“导入并信任对方密钥卡…”。</source>
        <translation>The county is not trusted yet: get its key card, check the fingerprint by phone, then import it.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>先导入并信任县级的密钥卡</source>
        <translation>Trust the county's key card first</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>未找到U盘（插入后点“刷新”）</source>
        <translation>No USB stick: insert one, Refresh</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>导出密钥卡</source>
        <translation>Export key card</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>未能导出密钥卡</source>
        <translation>Key card not exported</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>已导出密钥卡：{p}
把它交给对方（U盘或邮件），并在电话中把上面的指纹念给对方核对。</source>
        <translation>Key card written: {p}
Give it to the other office and read them the fingerprint above by phone.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>导入对方的密钥卡</source>
        <translation>Import a key card</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>无法读取密钥卡</source>
        <translation>Cannot read the key card</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>已信任 {n}（{c}）。</source>
        <translation>Trusted {n} ({c}).</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>没有找到U盘。请插入U盘，等系统识别后点“刷新”；也可以用“另存为…”选择位置。</source>
        <translation>No USB stick found. Insert one, wait for it to appear and click Refresh; or use Save as…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>请先填写县级接收同步包的邮箱地址。</source>
        <translation>Enter the county's e-mail address first.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>保存同步包</source>
        <translation>Save bundle</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>正在生成同步包…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>没有新的变更</source>
        <translation>no new changes</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>已生成同步包：{p}
{s}，发给 {r}；内容：{c}。</source>
        <translation>Bundle written: {p}
{s}, for {r}; contents: {c}.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>邮件草稿：{p}（已用邮件程序打开；若未打开，请手工把同步包作为附件发送）。</source>
        <translation>E-mail draft: {p} (opened in the mail program; if not, attach the bundle by hand).</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>请把它交给县级，在县级的“同步”页导入。</source>
        <translation>Take it to the county to import on its Sync page.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>保存回执</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>正在生成回执…</source>
        <translation>Writing receipts…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>已生成给 {r} 的回执：{p}</source>
        <translation>Receipt for {r}: {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>请把回执交回乡镇，在乡镇的“同步”页导入。</source>
        <translation>Give it back to the township to import on its Sync page.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>生成给 {n} 的回执</source>
        <translation>Write the receipt for {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>生成回执（{n} 个乡镇）</source>
        <translation>Write receipts ({n} townships)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>保存到同步包所在的文件夹：{p}</source>
        <translation>Saved beside the bundles: {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>正在导入 {n}…</source>
        <translation>Importing {n}…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/sync_page.py"/>
        <source>正在更新标准目录…</source>
        <translation>Updating the catalog…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>已超期 {n} 天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>今天到期</source>
        <comment>due today</comment>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>{n} 天后到期</source>
        <translation>due in {n} days</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>只看待复核（超过12个月未复核）</source>
        <translation>Due only (not reviewed for 12 months)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>复核…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>双击或按回车复核</source>
        <translation>Double-click or press Enter to review</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>复核历史</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>标为“此件不公开”“此件依申请公开”的信息每年至少评估一次；因情势变化可以公开的，转为主动公开。</source>
        <translation>Information not disclosed or disclosed on request only is re-assessed at least once a year; what can now be disclosed is made public.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>导出清单 PDF…</source>
        <translation>List as PDF…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>导出 Excel…</source>
        <translation>List as Excel…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>失效（废止）日期</source>
        <comment>Since</comment>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>清理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>文件名称</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>文号</source>
        <comment>Number</comment>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>替代文件</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>失效（废止）日期：</source>
        <comment>Lapsed between:</comment>
        <translation>Lapsed between:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>至</source>
        <comment>and</comment>
        <translation>and</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>在“公开记录”中选中政策文件，点“失效/废止…”标记；这里列出某期间的清理结果，可导出后公开。</source>
        <translation>Mark a policy on the Disclosures page (Lapsed/repealed…); the period's clean-up result is listed here, ready to publish.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>不公开事项复核</source>
        <translation>Review of what is not disclosed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>失效、废止政策清理</source>
        <translation>Lapsed and repealed policies</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>待复核 {d} 条；列出 {n} 条</source>
        <translation>{d} due for review; {n} listed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>尚未复核；信息形成于 {f}</source>
        <translation>Not reviewed yet; formed {f}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>本期间失效或废止 {n} 件</source>
        <translation>{n} lapsed or repealed in the period</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>失效废止政策清理结果</source>
        <translation>lapsed-policies</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>导出清单</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/undisclosed_page.py"/>
        <source>未能导出清单</source>
        <translation>The list was not written</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>新增村…</source>
        <translation>New village…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>批量生成公示单…</source>
        <translation>Sheets for many villages…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>每村一份PDF，或合并为一份</source>
        <translation>One PDF per village, or one combined PDF</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>还没有登记村。点“新增村…”登记本乡镇的行政村，随后可为各村制作公示单。</source>
        <translation>No villages yet. Add this township's villages with “New village…”.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>行政村</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>制作公示单…</source>
        <translation>New notice sheet…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>为选中的公开事项制作公示单（带实时预览）</source>
        <translation>A sheet for the selected item, with live preview</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>公开事项清单</source>
        <translation>Affairs list</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>新增事项…</source>
        <comment>New item…</comment>
        <translation>New item…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>登记事件…</source>
        <translation>Record an event…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>随时公布的事项（如土地承包经营方案、经济责任审计结果）发生时登记，须在期限内张贴</source>
        <translation>When a matter published at once happens (a land plan, an audit result): a posting falls due</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>本期情况</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>双击一项，为它制作公示单</source>
        <translation>Double-click an item to make its notice sheet</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>张贴记录</source>
        <comment>Postings</comment>
        <translation>Postings</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>登记异议…</source>
        <translation>Objection…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>审核人</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>异议及答复</source>
        <translation>Objections</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>双击一条记录，登记异议及答复</source>
        <translation>Double-click to record an objection and reply</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>（{n}项未张贴）</source>
        <translation> ({n} not posted)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>区划代码 {c}</source>
        <translation>Division code {c}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>村务公开</source>
        <comment>Village affairs</comment>
        <translation>Village affairs</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>登记村以后，这里显示该村的公开事项清单和张贴记录。</source>
        <translation>Once a village is added, its affairs list and postings show here.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>村民小组：{g}</source>
        <translation>Groups: {g}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>未登记村民小组</source>
        <translation>no groups recorded</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>监督电话：{p}</source>
        <translation>Phone: {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>未登记监督电话</source>
        <translation>no phone</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>等</source>
        <translation> and others</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>⚠ 本期有 {n} 项未张贴：{names}（下表中红色标出）</source>
        <translation>⚠ {n} items not posted this period: {names} (marked red below)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>依据：{b}</source>
        <translation>Basis: {b}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>公开事项清单（{n}）</source>
        <translation>Affairs list ({n})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>本期未张贴（{p}）</source>
        <translation>Not posted this period ({p})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>事件待张贴：最迟 {d}{o}</source>
        <translation>Event to post by {d}{o}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>最近张贴 {d}</source>
        <translation>Last posted {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>有事项时即时公开</source>
        <translation>Posted when it arises</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>本期已张贴（{d}）</source>
        <translation>Posted this period ({d})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>（未写）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>公开事项：{i}</source>
        <translation>Item: {i}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>异议：{o}</source>
        <translation>Objections: {o}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>张贴记录（{n}）</source>
        <translation>Postings ({n})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>已将 {n} 份公示单合并为一份PDF：
{f}</source>
        <translation>Combined {n} sheets into one PDF:
{f}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>已生成 {n} 份PDF，保存在 {d}：
{files}</source>
        <translation>Wrote {n} PDF files into {d}:
{files}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pages/villages_page.py"/>
        <source>正在生成公示单…</source>
        <translation>Rendering the sheets…</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/pdf_pages.py"/>
        <source>无法打开打印机“{p}”。请检查打印机是否已连接并开机，然后重试。</source>
        <translation>Cannot open the printer '{p}'. Check it is connected and switched on, then retry.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/removable.py"/>
        <source>{n}（可用 {f}）</source>
        <translation>{n} ({f} free)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/sheet_jobs.py"/>
        <source>文件夹“{p}”中没有 .json 或 Excel 文件</source>
        <translation>No .json or Excel files in '{p}'</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/single_instance.py"/>
        <source>TownshipDesk 已经打开（数据文件夹 {d}），已切换到那个窗口。</source>
        <translation>TownshipDesk is already open (data folder {d}); switched to that window.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/startup.py"/>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/startup.py"/>
        <source>已按新版随软件提供的标准目录更新为第 {v} 版（新增 {a}，修改 {c}，停用 {r}）；可在“目录版本”中查看变化</source>
        <translation>Took in the new shipped catalog as version {v} ({a} added, {c} changed, {r} retired); see Catalog versions</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/startup.py"/>
        <source>无法打开数据</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/sync_jobs.py"/>
        <source>写入后重新读取“{p}”时内容不符，请换一个U盘或文件夹重试</source>
        <translation>'{p}' read back differently after writing; try another drive or folder</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/sync_status.py"/>
        <source>本单位公开记录：{u} 条{a}，{s} 条{b}，{c} 条{d}</source>
        <translation>This office's records: {u} {a}, {s} {b}, {c} {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/sync_status.py"/>
        <source>上次发出：{t}（发给 {p}）</source>
        <translation>Last sent: {t} (to {p})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/sync_status.py"/>
        <source>还没有发出过同步包</source>
        <translation>No bundle sent yet</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/sync_status.py"/>
        <source>上次回执：{t}</source>
        <translation>Last receipt: {t}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/sync_status.py"/>
        <source>尚未收到回执</source>
        <translation>no receipt yet</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/sync_status.py"/>
        <source>{a}；{b}</source>
        <translation>{a}; {b}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/attachment_list.py"/>
        <source>把文件拖到这里添加附件；双击打开</source>
        <translation>Drop files here to attach them; double-click to open</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/attachment_list.py"/>
        <source>{name}（{size}，{at}）</source>
        <translation>{name} ({size}, {at})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/attachment_list.py"/>
        <source>双击用系统程序打开
SHA-256：{h}</source>
        <translation>Double-click to open
SHA-256: {h}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/attachment_list.py"/>
        <source>附件“{n}”的文件不在数据文件夹中（{p}），可能已被删除或移动。请重新添加该附件。</source>
        <translation>The file of '{n}' is missing from the data folder ({p}); attach it again.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>政府网站</source>
        <translation>Government website</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>政府公报</source>
        <translation>Government gazette</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>两微一端</source>
        <translation>Weibo, WeChat and app</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>政务新媒体</source>
        <translation>Government social media</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>发布会/听证会</source>
        <translation>Press conference / hearing</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>广播电视</source>
        <translation>Radio and TV</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>纸质媒体</source>
        <translation>Print media</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>公开查阅点</source>
        <translation>Public reading point</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>政务服务中心</source>
        <translation>Government service centre</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>便民服务站</source>
        <translation>Local service station</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>便民服务中心</source>
        <translation>Local service centre</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>入户/现场</source>
        <translation>Door to door / on site</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>社区/企事业单位/村公示栏（电子屏）</source>
        <translation>Community or village notice board (screen)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>信息公示栏</source>
        <translation>Information notice board</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>村务公开栏</source>
        <comment>Village affairs notice board</comment>
        <translation>Village affairs notice board</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>村微信群</source>
        <translation>Village WeChat group</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>广播/大喇叭</source>
        <translation>Radio / loudspeaker</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>精准推送</source>
        <translation>Targeted notification</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>12345政务服务热线</source>
        <translation>12345 service hotline</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>档案馆/图书馆</source>
        <translation>Archives / library</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/channel_list.py"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/county_chart.py"/>
        <source>目录覆盖率（有公开记录的事项占比）</source>
        <translation>Catalog coverage</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/county_chart.py"/>
        <source>逾期未公开（条）</source>
        <translation>Overdue records</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/county_chart.py"/>
        <source>尚无乡镇数据</source>
        <translation>No township data yet</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/date_entry.py"/>
        <source>如 2026-11-30</source>
        <translation>e.g. 2026-11-30</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/date_entry.py"/>
        <source>可写成 2026-11-30、2026/11/30、2026.11.30、2026年11月30日 或 20261130</source>
        <translation>Write 2026-11-30, 2026/11/30, 2026.11.30, 2026年11月30日 or 20261130</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/date_entry.py"/>
        <source>从日历选择</source>
        <translation>Pick from a calendar</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/decision_detail.py"/>
        <source>承办单位：{u}　计划决策时间：{p}</source>
        <translation>Unit: {u}    planned: {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/decision_detail.py"/>
        <source>（理由：{r}）</source>
        <translation> (reason: {r})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/decision_detail.py"/>
        <source>征求意见：{s} 至 {e}，共 {n} 日（其中工作日 {w} 个）；方式：{m}</source>
        <translation>Consultation: {s} to {e}, {n} days ({w} working days); ways: {m}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/decision_detail.py"/>
        <source>收到意见 {n} 条（{k} 项）</source>
        <translation>{n} comments received ({k} entries)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/decision_detail.py"/>
        <source>意见采纳情况已于 {d} 公布</source>
        <translation>Feedback published on {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/decision_detail.py"/>
        <source>征求意见已于 {e} 结束，意见采纳情况尚未公布</source>
        <translation>The consultation ended on {e}; the feedback is not published</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/decision_detail.py"/>
        <source>尚未征求意见</source>
        <translation>No consultation yet</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/decision_detail.py"/>
        <source>经过：</source>
        <translation>History:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/decision_due_list.py"/>
        <source>采纳情况待公布（已结束 {n} 个工作日）</source>
        <translation>feedback to publish (ended {n} working days ago)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/decision_due_list.py"/>
        <source>今天结束</source>
        <translation>ends today</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/decision_due_list.py"/>
        <source>{n} 个工作日后结束</source>
        <translation>ends in {n} working days</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/decision_due_list.py"/>
        <source>公众参与：征求意见</source>
        <translation>Participation: consultations</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/decision_due_list.py"/>
        <source>征求意见截止</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/decision_due_list.py"/>
        <source>没有{n}个工作日内结束的征求意见，也没有待公布的采纳情况。</source>
        <translation>No consultation ends within {n} working days and no feedback is waiting.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/decision_due_list.py"/>
        <source>双击或按回车，在“公众参与”中打开</source>
        <translation>Double-click or press Enter to open it in Participation</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/domain_tree.py"/>
        <source>另有已停用事项 {n} 个</source>
        <translation>{n} retired items besides</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/item_detail.py"/>
        <source>时限规则</source>
        <translation>Time-limit rule</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/item_detail.py"/>
        <source>⚠ 无法识别为规则：按原文保存，不计算期限</source>
        <translation>⚠ Not a recognisable rule: kept as text, no due date computed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/item_detail.py"/>
        <source>标准目录</source>
        <comment>Standard catalog</comment>
        <translation>Standard catalog</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/item_detail.py"/>
        <source>本单位新增</source>
        <translation>Local addition</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/item_detail.py"/>
        <source>出处</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/item_detail.py"/>
        <source>占位示例：未找到标准指引原文，不是正式目录</source>
        <translation>Placeholder: no source for the guideline's wording was found; not an official catalog</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/item_detail.py"/>
        <source>更新时间</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/item_detail.py"/>
        <source>已停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/item_detail.py"/>
        <source>{at}，原因：{reason}</source>
        <translation>{at}, reason: {reason}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/item_detail.py"/>
        <source>此领域只收录了找到原文的部分事项：</source>
        <translation>This domain carries only the items whose official wording was found: </translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/item_detail.py"/>
        <source>此领域为占位示例，不是正式目录：</source>
        <translation>This domain is a placeholder, not an official catalog: </translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/item_detail.py"/>
        <source>在左侧表格中选择一个事项，这里显示它的全部要素。</source>
        <translation>Select an item in the table to see all its elements.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/receiving_office_form.py"/>
        <source>依申请公开受理机构</source>
        <translation>Receiving office for requests</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/receiving_office_form.py"/>
        <source>如：{e}</source>
        <translation>e.g. {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/receiving_office_form.py"/>
        <source>{l}：</source>
        <translation>{l}:</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/receiving_office_form.py"/>
        <source>{l}（可选）：</source>
        <translation>{l} (optional):</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/receiving_office_form.py"/>
        <source>保存受理机构信息</source>
        <translation>Save the receiving office</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/receiving_office_form.py"/>
        <source>已保存。依申请公开指南将印上这些信息。</source>
        <translation>Saved. The request guide prints these details.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/receiving_office_form.py"/>
        <source>打印依申请公开指南前还须填写：{n}</source>
        <translation>Needed before printing the request guide: {n}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/record_detail.py"/>
        <source>政策解读：{p}</source>
        <translation>Policy interpretation of: {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/record_detail.py"/>
        <source>事件日期</source>
        <comment>Event date</comment>
        <translation>Event date</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/record_detail.py"/>
        <source>{f}（时限从事件日期倒算，请在“编辑”中填写事件日期）</source>
        <translation>{f} (the time limit counts back from an event: enter its date under Edit)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/record_detail.py"/>
        <source>无（长期公开或时限无法计算）</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/record_detail.py"/>
        <source>手工指定，理由：{r}；按时限计算为 {c}</source>
        <translation>Set by hand: {r}; the time limit gives {c}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/record_detail.py"/>
        <source>{who} 通过（{at}）</source>
        <translation>approved by {who} ({at})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/record_detail.py"/>
        <source>未完成</source>
        <translation>not done</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/record_detail.py"/>
        <source>退回意见</source>
        <translation>Returned because</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/record_detail.py"/>
        <source>属性理由</source>
        <comment>Reason</comment>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/record_detail.py"/>
        <source>已{s}（自 {d} 起）</source>
        <translation>{s} (since {d})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/record_detail.py"/>
        <source>效力</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/record_detail.py"/>
        <source>，由{r}替代</source>
        <translation>; replaced by {r}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/record_detail.py"/>
        <source>公开渠道</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/record_detail.py"/>
        <source>备注</source>
        <comment>Notes</comment>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/record_detail.py"/>
        <source>在左侧表格中选择一条记录，这里显示它的详细信息、审核和附件。</source>
        <translation>Select a record to see its details, review and files.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>本年
制发件数</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>本年
废止件数</source>
        <translation>Repealed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>现行
有效件数</source>
        <translation>In
force</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>本年处理
决定数量</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>本年收费
（万元）</source>
        <translation>Fees
(10k ¥)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>规章</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>行政规范性文件</source>
        <translation>Normative documents</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>行政许可</source>
        <translation>Licensing</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>行政处罚</source>
        <translation>Penalties</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>行政强制</source>
        <translation>Coercive measures</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>行政事业性收费</source>
        <translation>Administrative fees</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>行政复议</source>
        <translation>Administrative review</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>行政诉讼（未经复议）</source>
        <translation>Lawsuit (without review)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>行政诉讼（复议后）</source>
        <translation>Lawsuit (after review)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>自然人</source>
        <comment>Natural
person</comment>
        <translation>Natural
person</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>商业
企业</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>科研
机构</source>
        <translation>Research</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>社会
公益
组织</source>
        <translation>Public-
interest</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>法律
服务
机构</source>
        <translation>Legal
services</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>结果
维持</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>结果
纠正</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>其他
结果</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>尚未
审结</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>一、本年新收政府信息公开申请数量</source>
        <translation>I. New requests this year</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>二、上年结转政府信息公开申请数量</source>
        <translation>II. Carried over from last year</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>三、本年度办理结果</source>
        <translation>III. Handled this year</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/report_grids.py"/>
        <source>四、结转下年度继续办理</source>
        <translation>IV. Carried over to next year</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/request_detail.py"/>
        <source>逾期答复 {n} 个工作日</source>
        <translation>answered {n} working days late</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/request_detail.py"/>
        <source>类型 / 渠道</source>
        <translation>Type / channel</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/request_detail.py"/>
        <source>期限</source>
        <comment>Clock</comment>
        <translation>Clock</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/request_detail.py"/>
        <source>第三方答复期限 {d} 已过（{n}个工作日），答复期限恢复计算</source>
        <translation>The third party's {n} working days ended on {d}: the clock runs again</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/request_detail.py"/>
        <source>申请 {id}（{d} 收到）</source>
        <translation>Request {id} (received {d})</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/request_detail.py"/>
        <source>办理过程</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/request_detail.py"/>
        <source>在上方表格中选择一件申请，这里显示它的答复期限是怎样算出的，以及每一步的日期。</source>
        <translation>Select a request to see how its due date comes about and the date of each step.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/urgent_concerns.py"/>
        <source>回应关切：待回应</source>
        <translation>Concerns awaiting a response</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/urgent_concerns.py"/>
        <source>没有待回应的关切。</source>
        <translation>No concern is waiting for a response.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/urgent_concerns.py"/>
        <source>双击或按回车，在“回应关切”中打开</source>
        <translation>Double-click or press Enter to open it in Concerns</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/urgent_concerns.py"/>
        <source>{t} 发现</source>
        <translation>seen {t}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/urgent_concerns.py"/>
        <source>重大：24小时内回应</source>
        <translation>major: answer within 24 hours</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/urgent_concerns.py"/>
        <source>{t}（{n}，其中 {o} 件已逾期）</source>
        <translation>{t} ({n}, {o} overdue)</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/urgent_requests.py"/>
        <source>依申请公开：即将到期/已逾期</source>
        <translation>Requests: due soon or overdue</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/urgent_requests.py"/>
        <source>申请人类型</source>
        <comment>Applicant</comment>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/urgent_requests.py"/>
        <source>没有逾期或{n}个工作日内到期的申请。</source>
        <translation>No request is overdue or due within {n} working days.</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/urgent_requests.py"/>
        <source>双击或按回车，在“依申请公开”中打开</source>
        <translation>Double-click or press Enter to open it in Requests</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/urgent_requests.py"/>
        <source>{d} 收到</source>
        <translation>received {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/urgent_requests.py"/>
        <source>本年逾期答复 {n} 件：{ids}</source>
        <translation>{n} answered late this year: {ids}</translation>
    </message>
    <message>
        <location filename="townshipdesk/ui/widgets/urgent_requests.py"/>
        <source>{id}（晚 {d} 个工作日）</source>
        <translation>{id} ({d} working days late)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>网络</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>媒体</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>12345热线</source>
        <translation>12345 hotline</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>信访</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>领导信箱</source>
        <translation>Leaders' mailbox</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>村民反映</source>
        <translation>Raised by villagers</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>新闻发布会</source>
        <translation>Press conference</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>媒体采访</source>
        <translation>Media interview</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>12345平台回复</source>
        <translation>Reply on the 12345 platform</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>电话回复</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>书面答复</source>
        <translation>Written reply</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>当面答复</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>村务公开栏</source>
        <comment>Village notice board</comment>
        <translation>Village notice board</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>{h} 小时 {m} 分</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>{h} 小时</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>{m} 分</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>按时回应</source>
        <translation>answered in time</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>逾期 {d} 回应</source>
        <translation>answered {d} late</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>已逾期 {d}</source>
        <translation>overdue by {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>剩 {d}</source>
        <translation>{d} left</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>一般</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>重大（24小时）</source>
        <translation>major (24 h)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/concerns.py"/>
        <source>一般（48小时）</source>
        <translation>ordinary (48 h)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/display.py"/>
        <source>{name}（{code}，{role}）</source>
        <translation>{name} ({code}, {role})</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/display.py"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/display.py"/>
        <source>全社会</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/display.py"/>
        <source>特定群体</source>
        <translation>Specific groups</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/display.py"/>
        <source>主动</source>
        <translation>Proactive</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/display.py"/>
        <source>依申请</source>
        <translation>On request</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/display.py"/>
        <source>县级</source>
        <comment>County</comment>
        <translation>County</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/display.py"/>
        <source>乡级</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/display.py"/>
        <source>村级</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/display.py"/>
        <source>（占位示例）</source>
        <translation> (placeholder)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/display.py"/>
        <source>（部分）</source>
        <translation> (partial)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/display.py"/>
        <source>按国家标准指引原文收录</source>
        <translation>Worded as the national guideline words it</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/display.py"/>
        <source>占位示例，不是正式目录</source>
        <translation>Placeholder outline, not an official catalog</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/display.py"/>
        <source>已从 Excel 导入</source>
        <translation>Imported from Excel</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/display.py"/>
        <source>本地领域</source>
        <translation>Local domain</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/display.py"/>
        <source>工作表“{sheet}”第{row}行</source>
        <translation>sheet '{sheet}' row {row}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>元旦</source>
        <translation>New Year's Day</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>清明节</source>
        <translation>Qingming Festival</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>端午节</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>中秋节</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日</source>
        <translation>Victory Day (70th anniversary)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>星期{c}</source>
        <translation>{e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>（手工）</source>
        <translation> (manual)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>{f}，请编辑填写</source>
        <translation>{f}: edit to enter it</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>逾期 {n} 天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>还剩 {n} 个工作日</source>
        <translation>{n} working days left</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>此件公开发布</source>
        <translation>Published in full</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>此件删减后公开</source>
        <translation>Published after redaction</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>此件依申请公开</source>
        <translation>On request only</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>此件不公开</source>
        <translation>Not disclosed</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>失效</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>废止</source>
        <translation>Repealed</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>维持</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>{a}（{r}）</source>
        <translation>{a} ({r})</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>新增记录</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>修改</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>修改截止日</source>
        <translation>due date changed</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>提交审核</source>
        <comment>submitted for review</comment>
        <translation>submitted for review</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>审查通过</source>
        <translation>review approved</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>登记发布</source>
        <comment>published</comment>
        <translation>published</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>添加附件</source>
        <comment>file attached</comment>
        <translation>file attached</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>不公开复核</source>
        <comment>re-assessed (not disclosed)</comment>
        <translation>re-assessed (not disclosed)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>标记失效/废止</source>
        <translation>marked lapsed or repealed</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>文号</source>
        <comment>Document number</comment>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>属性理由</source>
        <comment>Reason for the attribute</comment>
        <translation>Reason for the attribute</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>审查人</source>
        <comment>Reviewer</comment>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>复核结论</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>复核日期</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>失效/废止</source>
        <translation>Lapsed or repealed</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>失效（废止）日期</source>
        <comment>Lapsed on</comment>
        <translation>Lapsed on</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>通过</source>
        <translation> approved</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>退回</source>
        <comment> returned</comment>
        <translation> returned</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>{label}：{text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>（{who}）</source>
        <translation> ({who})</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/records.py"/>
        <source>{n} 字节</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>自然人</source>
        <comment>Natural person</comment>
        <translation>Natural person</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>商业企业</source>
        <translation>Commercial enterprise</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>科研机构</source>
        <translation>Research institution</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>社会公益组织</source>
        <translation>Public-interest organisation</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>法律服务机构</source>
        <translation>Legal services</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>当面</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>邮寄</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>平常信函</source>
        <translation>Ordinary letter</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>传真</source>
        <comment>Fax</comment>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>（待缴费，暂停计算）</source>
        <translation>(waiting for the fee)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>（待补正，暂停计算）</source>
        <translation>(waiting for the correction)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>逾期答复</source>
        <comment>late</comment>
        <translation>late</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>按期</source>
        <comment>in time</comment>
        <translation>in time</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>征求意见：第三方应于 {d} 前答复（{n}个工作日）；不计入的工作日 {k} 个</source>
        <translation>Consultation: the third party replies by {d} ({n} working days); {k} working days not counted</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>延期 {n} 个工作日（{d} 决定）</source>
        <translation>Extended by {n} working days (on {d})</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>，{a} 元</source>
        <translation>, {a} yuan</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>收费通知 {d}{a}</source>
        <translation>Fee notice {d}{a}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>{d} 已缴费，暂停 {n} 个工作日</source>
        <translation>paid {d}; {n} working days not counted</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>应于 {d} 前缴费，逾期视为放弃</source>
        <translation>due by {d}, else the request is deemed withdrawn</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>收费通知 {s} 送达：{p}</source>
        <translation>Fee notice served {s}: {p}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>（一）予以公开</source>
        <translation>(1) Disclosed</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>（二）部分公开</source>
        <translation>(2) Partly disclosed</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>（三）不予公开</source>
        <translation>(3) Not disclosed</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>（四）无法提供</source>
        <translation>(4) Cannot be provided</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>（五）不予处理</source>
        <translation>(5) Not handled</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>（六）其他处理</source>
        <translation>(6) Otherwise handled</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>（七）总计</source>
        <translation>(7) Total</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>1.属于国家秘密</source>
        <translation>1. State secret</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>2.其他法律行政法规禁止公开</source>
        <translation>2. Barred by other laws or regulations</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>3.危及“三安全一稳定”</source>
        <translation>3. Endangers security or stability</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>4.保护第三方合法权益</source>
        <translation>4. Protects a third party's lawful rights</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>5.属于三类内部事务信息</source>
        <translation>5. Internal affairs information</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>6.属于四类过程性信息</source>
        <translation>6. Process information</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>7.属于行政执法案卷</source>
        <translation>7. Administrative enforcement files</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>8.属于行政查询事项</source>
        <translation>8. Administrative inquiry matters</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>1.本机关不掌握相关政府信息</source>
        <translation>1. This office does not hold it</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>2.没有现成信息需要另行制作</source>
        <translation>2. Would have to be newly made</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>3.补正后申请内容仍不明确</source>
        <translation>3. Still unclear after correction</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>1.信访举报投诉类申请</source>
        <translation>1. A petition, report or complaint</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>2.重复申请</source>
        <translation>2. Repeated request</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>3.要求提供公开出版物</source>
        <translation>3. Asks for published material</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>4.无正当理由大量反复申请</source>
        <translation>4. Mass repeated requests without good reason</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>5.要求行政机关确认或重新出具已获取信息</source>
        <translation>5. Asks to confirm or reissue what was obtained</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</source>
        <translation>1. Not corrected in time without good reason; no longer handled</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</source>
        <translation>2. Fee not paid in time; no longer handled</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>3.其他</source>
        <translation>3. Other</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>{g}：{s}</source>
        <translation>{g}: {s}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>暂停</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>视为放弃</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>逾期 {n}</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>等待补正，期限暂停计算</source>
        <translation>Waiting for the correction; the clock is paused</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>等待缴费（{d} 前），期限暂停计算</source>
        <translation>Waiting for the fee (by {d}); the clock is paused</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>逾期未缴费，视为放弃</source>
        <translation>Fee not paid in time: deemed withdrawn</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>已逾期 {n} 个工作日</source>
        <translation>{n} working days overdue</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>今天到期</source>
        <comment>Due today</comment>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>缴费后计算</source>
        <translation>after payment</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>待补正后计算</source>
        <translation>after the correction</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>（{d} 到达）</source>
        <translation> (arrived {d})</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>收到申请</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>{c}：以{rule}为收到日期{a}，答复期限从次日起算（《条例》第三十一条）</source>
        <translation>{c}: counted from {rule}{a}; the period runs from the next day (Art. 31)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>晚于法定最迟日 {d}</source>
        <translation>later than the latest day {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>法定最迟 {d}（收到后{n}个工作日内）</source>
        <translation>due by {d} ({n} working days after receipt)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>如需补正，最迟 {d} 发出（收到后{n}个工作日内）</source>
        <translation>if needed, by {d} ({n} working days after receipt)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>补正通知</source>
        <translation>Correction notice</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>收到补正</source>
        <translation>Correction received</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>答复期限自此重新计算</source>
        <translation>the period starts again from here</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>等待申请人补正</source>
        <translation>waiting for the applicant</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>{s} 起</source>
        <translation>from {s}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>征求{p}意见；</source>
        <translation>consulting {p}; </translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>{n} 个工作日不计入答复期限</source>
        <translation>{n} working days not counted</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>进行中，至今 {n} 个工作日不计入</source>
        <translation>under way; {n} working days not counted so far</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>；第三方应于 {d} 前答复，不计入的至多{n}个工作日</source>
        <translation>; the third party replies by {d}; at most {n} working days are not counted</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>（已过期，答复期限恢复计算）</source>
        <translation> (passed: the clock runs again)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>征求意见</source>
        <comment>Consultation</comment>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>征求第三方或其他机关意见的时间不计入期限</source>
        <translation>time spent consulting is not counted</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>延期</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>答复期限延长{n}个工作日（只能延期一次）</source>
        <translation>the period is extended by {n} working days (once only)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>如需延期，只能一次，至多{n}个工作日</source>
        <translation>if needed: once, at most {n} working days</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>收费通知</source>
        <translation>Fee notice</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>信息处理费 {a} 元</source>
        <translation>processing fee {a} yuan</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>收费通知送达</source>
        <translation>Fee notice served</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>答复期限自此中止；应于 {d} 前缴费，逾期视为放弃</source>
        <translation>the clock stops; the fee is due by {d}, else the request is deemed withdrawn</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>缴费</source>
        <translation>Fee paid</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>答复期限恢复计算（暂停 {n} 个工作日）</source>
        <translation>the clock runs again ({n} working days not counted)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>提出办理意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>报批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>按期答复</source>
        <translation>in time</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>作出决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>送达</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>收费通知已于 {d} 送达：答复期限中止，申请人应于 {p} 前缴费，缴费后恢复计算；逾期未缴视为放弃。</source>
        <translation>The fee notice reached the applicant on {d}: the clock stops until payment (due by {p}); unpaid, the request is deemed withdrawn.</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>补正通知已于 {d} 发出：答复期限暂停，自收到补正后的申请之日起重新计算{n}个工作日。</source>
        <translation>A correction notice went out on {d}: the clock waits, and {n} working days start again from the corrected request.</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>收到补正 {d}</source>
        <translation>correction received {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>收到申请 {d}</source>
        <translation>received {d}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>{n} 个工作日</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>延期 {n} 个工作日</source>
        <translation>extension {n} working days</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>征求意见 {n} 个工作日</source>
        <translation>consultation {n} working days</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>缴费暂停 {n} 个工作日</source>
        <translation>fee pause {n} working days</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/requests.py"/>
        <source>答复期限 {due} = {parts}</source>
        <translation>Answer due {due} = {parts}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>数据变更</source>
        <translation>changes</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>回执</source>
        <comment>receipt</comment>
        <translation>receipt</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>节假日安排</source>
        <translation>holiday calendar</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>恢复数据</source>
        <translation>restore</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>目录事项</source>
        <translation>catalog items</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>村</source>
        <comment>villages</comment>
        <translation>villages</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>村民小组</source>
        <comment>village groups</comment>
        <translation>village groups</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>村务公开事项</source>
        <translation>village affairs items</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>附件</source>
        <comment>attachments</comment>
        <translation>attachments</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>村务公开张贴</source>
        <comment>village postings</comment>
        <translation>village postings</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>村务公开事件</source>
        <translation>village events</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>依申请公开</source>
        <comment>requests</comment>
        <translation>requests</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>回应关切</source>
        <comment>public concerns</comment>
        <translation>public concerns</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>重大行政决策事项</source>
        <translation>major decisions</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>征求意见收到的意见</source>
        <translation>consultation comments</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>决策目录公布与调整</source>
        <translation>decision catalog history</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>{t} {n}</source>
        <translation>{n} {t}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>对方</source>
        <comment>the sender</comment>
        <translation>the sender</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>这个同步包（{k}，来自“{s}”）以前已经导入过，这次没有任何改动。</source>
        <translation>This bundle ({k} from '{s}') was imported before; nothing changed this time.</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>已导入“{s}”的数据：新增 {i} 条，更新 {u} 条，未变 {n} 条；附件 {f} 个。</source>
        <translation>Imported the data of '{s}': {i} new, {u} updated, {n} unchanged; {f} files.</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>其中：{d}。</source>
        <translation>Of which: {d}.</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>已收到县级回执：县级已确认收到此前发出的数据，这些记录现在显示为“县级已确认”。</source>
        <translation>Receipt from the county: it confirms the data sent before; those records now show as confirmed.</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>已收到县级回执；它确认的数据此前已经确认过，没有新的变化。</source>
        <translation>Receipt from the county; what it confirms was confirmed before.</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>已更新节假日安排：{y}年。按新安排重新计算了 {n} 条记录的公开期限。</source>
        <translation>Holiday schedule updated: {y}. Due dates of {n} records were recomputed.</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>新增 {a} 项，修改 {c} 项，停用 {r} 项，未变 {u} 项</source>
        <translation>{a} added, {c} changed, {r} retired, {u} unchanged</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>已接受县级下发的标准目录（第 {v} 版）：{d}。</source>
        <translation>The county's catalog was accepted (version {v}): {d}.</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>县级下发了新的标准目录：{d}。
核对无误后点“接受”，本单位的目录才会更新；不接受则什么都不改。</source>
        <translation>The county sent a new catalog: {d}.
Click Accept to update this office's catalog; otherwise nothing changes.</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>有 {n} 处问题，接受时这些行会被跳过。</source>
        <translation>{n} problems; those rows are skipped.</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>已导入。</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>未导入：{r}。
本单位的数据没有任何改动。</source>
        <translation>Not imported: {r}.
Nothing was changed.</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>发出 {n} 项变更</source>
        <translation>{n} changes sent</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>确认已收到（{t} 导入）</source>
        <translation>confirms receipt (imported {t})</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>已下发</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>新增 {i}，更新 {u}，未变 {n}</source>
        <translation>{i} new, {u} updated, {n} unchanged</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>县级已确认收到</source>
        <translation>confirmed by the county</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>节假日安排 {y}</source>
        <translation>holidays {y}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/sync.py"/>
        <source>已接受，第 {v} 版</source>
        <translation>accepted, version {v}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/villages.py"/>
        <source>制度类</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/villages.py"/>
        <source>事务类</source>
        <translation>Affairs</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/villages.py"/>
        <source>财务类</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/villages.py"/>
        <source>公告</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/villages.py"/>
        <source>名单</source>
        <translation>Name list</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/villages.py"/>
        <source>财务公开</source>
        <translation>Finance statement</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/villages.py"/>
        <source>{y}年{m}月</source>
        <translation>{m}/{y}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/villages.py"/>
        <source>{y}年第{q}季度</source>
        <translation>Q{n} {y}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/villages.py"/>
        <source>不设公示期</source>
        <comment>no notice period</comment>
        <translation>no notice period</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/villages.py"/>
        <source>{s} 至 {e}</source>
        <translation>{s} to {e}</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/villages.py"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/villages.py"/>
        <source>（尚未答复）</source>
        <translation>(no reply yet)</translation>
    </message>
    <message>
        <location filename="townshipdesk/wording/villages.py"/>
        <source>{o}；答复：{r}</source>
        <translation>{o}; reply: {r}</translation>
    </message>
</context>
</TS>
