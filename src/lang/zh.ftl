## 中文（Chinese）: everything the tool itself writes in a published document or a
## summary of changes. See en.ftl for what each message is.

-english-name = Chinese

## Dates and times

cldr-locale = zh
language-name = 中文
# Text direction: ltr or rtl.
direction = ltr
word-language = en-GB
script = cjk
word-east-asian-language = zh-CN
word-bidi-language = ar-SA
dates-one-day = { $first }
dates-same-month = { $year }年{ $first_month }月{ $first_day }-{ $last_day }日
dates-same-year = { $year }年{ $first_month }月{ $first_day }日-{ $last_month }月{ $last_day }日
dates-other-years = { $first }-{ $last }
# The meeting's dates as the letter says them ("from 9 to 18 September 2025"), chosen as
# the dates-* messages are; a time of day ("8时30分", "08:30").
from-to-one-day = { $first }
from-to-same-month = { $year }年{ $first_month }月{ $first_day }日至{ $last_day }日
from-to-same-year = { $year }年{ $first_month }月{ $first_day }日至{ $last_month }月{ $last_day }日
from-to-other-years = { $first }至{ $last }
time-of-day = { $hour }时{ $mm }分
weekday-heading = { $weekday }
date-day-month = { $formatted }
date-long = { $formatted }
day-span = { $from } - { $to }

## Documents

chair = 主席：
deadlines-heading = 重要截止日期
subject = { $title }；{ $dates }，{ $venue }
opening = 第一天的会议将于{ $hour }时{ $mm }分开始。
changes-heading = 与{ $against }相比的修改
changes-heading-draft = 与草案相比的修改
letter-addendum = { $reference }增补{ $n }
letter-dates-changed = 会议日期由{ $old }改为{ $new }
letter-opening-changed = 第一天的会议现改为{ $new }开始（原为{ $old }）
letter-venue-changed = 会议地点由{ $old }改为{ $new }
letter-premises-changed = 会议现改在{ $new }召开（原为{ $old }）
letter-registration = { $time }，{ $place }
letter-registration-changed = 注册现改为{ $new }（原为{ $old }）
letter-contact-changed = 联系方式{ $name }由{ $old }改为{ $new }
letter-contact-added = 新增联系方式{ $name }：{ $new }
letter-deadline-moved = 一项截止日期由{ $old }改为{ $new }
changes-heading-letter = 对集体函的修改
no-changes = 无修改。
legend-markdown = 插入的文字标为 {"{"}++插入++{"}"}，删除的文字标为 {"{"}--删除--{"}"}；修改过的时间表单元格标有 ✎。
legend-marked = 插入的文字以绿色下划线标出，删除的文字以红色删除线标出；修改过的时间表单元格以底色标出。
moved-from = （原第{ $from }项）
summary-title = 修改

## Punctuation

heading-colon = ：
detail-sep = ：
list-sep = ；
part-sep = {" "}·{" "}
note-sep = {""}
hours-open = （
hours-close = ）
subject-sep = ，
joint-sep = 、

## Summary of changes: parts

part-meeting = 会议
part-revision = 修订
part-agenda = 议程
part-timeplan = 时间表
revision-added = 新增
revision-removed = 删除

## Agenda changes

item-added = 新增第{ $number }项
item-deleted = 删除第{ $number }项
item-moved = 第{ $from }项移至第{ $to }项
items-swapped = 第{ $first }项与第{ $second }项互换位置
items-renumbered = 第{ $from }项改为第{ $to }项
item-retitled = 第{ $number }项标题修改
item-retitled-moved = 第{ $from }项（现第{ $to }项）标题修改
heading-changed = 标题修改
banner-changed = 标题下的说明修改
item-time-given = 第{ $number }项：注明时间
item-time-removed = 第{ $number }项：删除时间
item-time-changed = 第{ $number }项：时间修改
note-added = 新增注{ $index }
note-deleted = 删除注{ $index }
note-changed = 注{ $index }修改

## Time plan: places and cells

day-slot = { $date }{ $weekday }{ $slot }
day = { $date }{ $weekday }
slot-numbered = 第{ $index }时段
when = （{ $list }）
status-if-needed = （如需要）
status-cancelled = （取消）
groups-column = 组
table-by-day = 按日
table-by-group = 按组，{ $days }
other-row = 其他
hours-usual = 时段通常时间
room-none = 未指定
footnotes-none = 无
on-weekday = 每{ $weekday }
grid-if-needed = 括号内：仅在需要时举行
outside-before = 会前
outside-after = 会后
kinds-plenary = 全体会议
kinds-working-party = 各工作组
kinds-question = 各课题
kinds-joint-activity = 联合活动
kinds-management = 管理班子
kinds-ad-hoc = 特设组
kinds-other = 其他组
for-when = { $who }，{ $when }

## Time plan changes

session-added-group = { $groups }：新增{ $place }会议
session-added = { $place }：新增会议
session-deleted-group = { $groups }：删除{ $place }会议
session-deleted = { $place }：删除会议
session-moved-group = { $groups }：从{ $from }移至{ $to }
session-moved = { $from }：会议移至{ $to }
span-changed = { $subject }：改为{ $count }个时段
hours-changed = { $subject }：时间改为{ $hours }（原为{ $was }）
room-changed = { $subject }：会议室改为{ $room }（原为{ $was }）
code-changed = { $subject }：代号改为{ $code }（原为{ $was }）
code-none = 无
groups-changed = { $place }：参加的组改为{ $to }（原为{ $from }）
status-now-cancelled = { $subject }：取消
status-now-if-needed = { $subject }：改为视需要召开
status-now-planned = { $subject }：改为按计划召开
marks-changed = { $subject }：脚注改为{ $marks }
text-changed = { $subject }：内容修改
documents-listed = { $subject }：新增文件{ $added }
documents-unlisted = { $subject }：不再审议文件{ $removed }
documents-relisted = { $subject }：新增文件{ $added }；不再审议文件{ $removed }
slot-added = 新增时段{ $slot }
slot-deleted = 删除时段{ $slot }
slot-hours-changed = 时段{ $slot }的时间修改
slot-renamed = 时段{ $slot }更名
day-added = 新增{ $day }
day-deleted = 删除{ $day }
group-added = 新增{ $group }
group-deleted = 删除{ $group }
group-renamed = { $from }更名为{ $to }
group-code-changed = { $group }：简称改为{ $code }（原为{ $was }）
group-code-none = 无
group-reparented = { $group }：改属{ $parent }
group-unparented = { $group }：不再隶属其他组
room-renamed = 会议室{ $room }更名
footnote-added = 新增脚注{ $mark }
footnote-deleted = 删除脚注{ $mark }
footnote-changed = 脚注{ $mark }修改

## A group's page

group-sessions = 会议
group-day = 日期
group-hours = 时间
group-room = 会议室
group-notes = 备注
group-items = 在这些会议上审议的议程项目
group-documents = 这些会议的文件
documents-same-as = 文件同{ $when }
group-changes = 各次修订对本组的更改
group-no-changes = 时间计划的修订未更改本组的会议。
group-plan = 依据{ $document }（{ $date }）
group-joint = 与{ $groups }联合

## A new meeting (`agenda new`)

new-organisation = 国际电联
new-venue = 日内瓦
new-chair = 待定
new-agenda-heading = 议程草案
new-timeplan-heading = 时间计划草案
new-morning = 上午
new-afternoon = 下午
new-weekend = 周末
new-item-opening = 会议开幕
new-item-agenda-adoption = 通过议程
new-item-documents = 文件的审议和分配
new-item-other-business = 其他事宜
new-item-closing = 会议闭幕
new-deadline-captioning = 提交实时字幕和/或手语翻译请求
new-deadline-translation = 提交需要翻译的ITU-T成员文稿
new-deadline-fellowships = 提交与会补贴申请（通过研究组主页上的表格进行；详情见附件A）
new-deadline-interpretation = 提交口译服务申请（通过在线注册表进行）
new-deadline-registration = 预注册（通过研究组主页上提供的在线注册表进行）
new-deadline-visa = 提交签证协办函申请（通过在线注册表进行；详情见附件A）
new-deadline-contributions = 提交ITU-T成员文稿（通过文件直传）

## The index of an output folder (index.html, index.md, and one pair per language)
index-title = 已发布的会议
index-empty = 此处尚未发布任何内容。
index-documents = 文件
index-feeds = 日历和订阅源
index-groups = 各组页面和日历
index-letter = 邀请函
index-addendum = 集体函增补{ $n }
index-draft = 草案
index-changes = { $document }：修改
index-calendar = 日历
index-feed = 修订（Atom）
index-languages = 其他语文：
index-issued = 发布日期
index-current = 现行

## Documents allocated to items
allocation-heading = 文件分配
allocation-number = 文件
allocation-title = 标题
allocation-source = 来源
allocation-items = 议程项目
allocation-sort = 按此列排序
allocation-withdrawn = 已撤回
allocation-replaced = 由{ $number }取代
session-documents = 文件：
document-from = （{ $source }）
document-added = { $number }列入第{ $to }项
document-moved = { $number }由第{ $from }项移至第{ $to }项
document-replaced = { $number }取代{ $old }
document-replaced-moved = { $number }取代{ $old }，现列入第{ $to }项
document-withdrawn = { $number }已撤回
document-removed = { $number }不再列入第{ $from }项
numbers-sep = 、
