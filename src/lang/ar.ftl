## العربية (Arabic): everything the tool itself writes in a published document or a
## summary of changes. See en.ftl for what each message is. Written right to left;
## numbers, times, document numbers and Latin names keep their own direction.

-english-name = Arabic

## Dates and times

cldr-locale = ar
language-name = العربية
direction = rtl
word-language = en-GB
script = arabic
word-east-asian-language = zh-CN
word-bidi-language = ar-SA
dates-one-day = { $first }
dates-same-month = { $first_day }-{ $last }
dates-same-year = { $first_day_month } - { $last }
dates-other-years = { $first } - { $last }
# The meeting's dates as the letter says them ("from 9 to 18 September 2025"), chosen as
# the dates-* messages are; a time of day ("8时30分", "08:30").
from-to-one-day = في { $first }
from-to-same-month = من { $first_day } إلى { $last }
from-to-same-year = من { $first_day_month } إلى { $last }
from-to-other-years = من { $first } إلى { $last }
time-of-day = { $hh }:{ $mm }
weekday-heading = { $weekday }
date-day-month = { $formatted }
date-long = { $formatted }
day-span = { $from } - { $to }

## Documents

chair = { $gender ->
    [female] الرئيسة:{" "}
   *[other] الرئيس:{" "}
}
deadlines-heading = المواعيد النهائية المهمة
subject = { $title }؛ { $venue }، { $dates }
opening = يُفتتح الاجتماع في الساعة { $hh }:{ $mm } من اليوم الأول.
changes-heading = التغييرات مقارنةً بالوثيقة { $against }
changes-heading-draft = التغييرات مقارنةً بالمشروع
letter-addendum = الإضافة { $n } إلى { $reference }
letter-dates-changed = تغيّرت مواعيد الاجتماع من { $old } إلى { $new }
letter-opening-changed = يُفتتح الاجتماع في اليوم الأول الآن في الساعة { $new } (بدلاً من { $old })
letter-venue-changed = تغيّر مكان الاجتماع من { $old } إلى { $new }
letter-premises-changed = يُعقد الاجتماع الآن في { $new } (بدلاً من { $old })
letter-registration = { $time }، { $place }
letter-registration-changed = يبدأ التسجيل الآن: { $new } (بدلاً من { $old })
letter-contact-changed = تغيّرت جهة الاتصال { $name } من { $old } إلى { $new }
letter-contact-added = أُضيفت جهة الاتصال { $name }: { $new }
letter-deadline-moved = تغيّر موعد نهائي من { $old } إلى { $new }
changes-heading-letter = التغييرات في الرسالة
no-changes = لا توجد تغييرات.
legend-markdown = النص المُدرج معلَّم {"{"}++هكذا++{"}"}، والنص المحذوف {"{"}--هكذا--{"}"}؛ وخلايا الخطة الزمنية المعدَّلة معلَّمة بالرمز ✎.
legend-marked = النص المُدرج مسطَّر باللون الأخضر، والنص المحذوف مشطوب باللون الأحمر؛ وخلايا الخطة الزمنية المعدَّلة مظلَّلة.
moved-from = (نُقل من البند { $from })
summary-title = التغييرات

## Punctuation

heading-colon = :
detail-sep = :{" "}
list-sep = ؛{" "}
part-sep = {" "}·{" "}
note-sep = {" "}
hours-open = {" "}(
hours-close = )
subject-sep = ،{" "}
joint-sep = {" "}+{" "}

## Summary of changes: parts

part-meeting = الاجتماع
part-revision = المراجعة
part-agenda = جدول الأعمال
part-timeplan = الخطة الزمنية
revision-added = أُضيفت
revision-removed = حُذفت

## Agenda changes

item-added = أُضيف البند { $number }
item-deleted = حُذف البند { $number }
item-moved = نُقل البند { $from } إلى البند { $to }
items-swapped = تبادل البندان { $first } و{ $second } موضعيهما
items-renumbered = { $count ->
    [1] أُعيد ترقيم البند { $from } ليصبح { $to }
   *[other] أُعيد ترقيم البنود { $from } لتصبح { $to }
}
item-retitled = عُدِّل عنوان البند { $number }
item-retitled-moved = عُدِّل عنوان البند { $from } (الآن { $to })
heading-changed = عُدِّل العنوان
banner-changed = عُدِّلت العبارة تحت العنوان
item-time-given = البند { $number }: حُدِّد الموعد
item-time-removed = البند { $number }: حُذف الموعد
item-time-changed = البند { $number }: تغيَّر الموعد
note-added = أُضيفت الملاحظة { $index }
note-deleted = حُذفت الملاحظة { $index }
note-changed = عُدِّلت الملاحظة { $index }

## Time plan: places and cells

day-slot = { $weekday } { $date }، { $slot }
day = { $weekday } { $date }
slot-numbered = الجلسة { $index }
when = ({ $list })
status-if-needed = (عند الاقتضاء)
status-cancelled = (أُلغيت)
groups-column = الفريق
table-by-day = حسب اليوم
table-by-group = حسب الفريق، { $days }
other-row = أخرى
hours-usual = التوقيت المعتاد
room-none = لا توجد
footnotes-none = لا توجد
on-weekday = أيام { $weekday }
grid-if-needed = بين قوسين: عند الاقتضاء فقط
outside-before = قبل الاجتماع
outside-after = بعد الاجتماع
kinds-plenary = الجلسة العامة
kinds-working-party = فرق العمل
kinds-question = المسائل
kinds-joint-activity = الأنشطة المشتركة
kinds-management = فريق الإدارة
kinds-ad-hoc = الأفرقة المخصصة
kinds-other = أفرقة أخرى
for-when = { $who }، { $when }

## Time plan changes

session-added-group = { $groups }: أُضيفت جلسة يوم { $place }
session-added = { $place }: أُضيفت جلسة
session-deleted-group = { $groups }: حُذفت جلسة { $place }
session-deleted = { $place }: حُذفت الجلسة
session-moved-group = { $groups }: نُقلت الجلسة من { $from } إلى { $to }
session-moved = { $from }: نُقلت الجلسة إلى { $to }
span-changed = { $subject }: تمتد الآن على { $count } فترات
hours-changed = { $subject }: التوقيت الآن { $hours } (سابقاً { $was })
room-changed = { $subject }: القاعة الآن { $room } (سابقاً { $was })
code-changed = { $subject }: الرمز الآن { $code } (سابقاً { $was })
code-none = لا يوجد
groups-changed = { $place }: الأفرقة الآن { $to } (سابقاً { $from })
status-now-cancelled = { $subject }: أُلغيت
status-now-if-needed = { $subject }: تُعقد عند الاقتضاء فقط
status-now-planned = { $subject }: مقرَّرة الآن
marks-changed = { $subject }: الحواشي الآن { $marks }
text-changed = { $subject }: عُدِّل النص
documents-listed = { $subject }: أُضيفت الوثائق { $added }
documents-unlisted = { $subject }: لم تعد تُتناول الوثائق { $removed }
documents-relisted = { $subject }: أُضيفت الوثائق { $added }؛ ولم تعد تُتناول الوثائق { $removed }
slot-added = أُضيفت الفترة { $slot }
slot-deleted = حُذفت الفترة { $slot }
slot-hours-changed = عُدِّل توقيت الفترة { $slot }
slot-renamed = أُعيدت تسمية الفترة { $slot }
day-added = أُضيف يوم: { $day }
day-deleted = حُذف يوم: { $day }
group-added = أُضيف فريق: { $group }
group-deleted = حُذف فريق: { $group }
group-renamed = { $from }: الاسم الجديد { $to }
group-code-changed = { $group }: الاختصار الآن { $code } (سابقاً { $was })
group-code-none = لا يوجد
group-reparented = { $group }: يتبع الآن { $parent }
group-unparented = { $group }: لم يعد يتبع فريقاً آخر
room-renamed = أُعيدت تسمية القاعة { $room }
footnote-added = أُضيفت الحاشية { $mark }
footnote-deleted = حُذفت الحاشية { $mark }
footnote-changed = عُدِّلت الحاشية { $mark }

## A group's page

group-sessions = الجلسات
group-day = اليوم
group-hours = الساعات
group-room = القاعة
group-notes = ملاحظات
group-items = بنود جدول الأعمال التي تُتناول في هذه الجلسات
group-documents = وثائق هذه الجلسات
documents-same-as = الوثائق نفسها كما في { $when }
group-changes = ما غيّرته المراجعات بالنسبة إلى هذا الفريق
group-no-changes = لم تغيّر أي مراجعة للخطة الزمنية جلسات هذا الفريق.
group-plan = وفقاً للوثيقة { $document }، { $date }
group-joint = بالاشتراك مع { $groups }

## A new meeting (`agenda new`)

new-organisation = الاتحاد الدولي للاتصالات
new-venue = جنيف
new-chair = سيُحدَّد لاحقاً
new-agenda-heading = مشروع جدول الأعمال
new-timeplan-heading = مشروع الخطة الزمنية
new-morning = صباحاً
new-afternoon = بعد الظهر
new-weekend = عطلة نهاية الأسبوع
new-item-opening = افتتاح الاجتماع
new-item-agenda-adoption = اعتماد جدول الأعمال
new-item-documents = استعراض الوثائق وتوزيعها
new-item-other-business = ما يستجد من أعمال
new-item-closing = اختتام الاجتماع
new-deadline-captioning = تقديم طلبات الترجمة النصية الفورية و/أو الترجمة بلغة الإشارة
new-deadline-translation = تقديم مساهمات أعضاء قطاع تقييس الاتصالات المطلوب ترجمتها
new-deadline-fellowships = تقديم طلبات المنح (باستعمال الاستمارة المتاحة في الصفحة الرئيسية للجنة الدراسات؛ انظر التفاصيل في الملحق A)
new-deadline-interpretation = تقديم طلبات خدمات الترجمة الشفوية (باستعمال استمارة التسجيل الإلكترونية)
new-deadline-registration = التسجيل المسبق (باستعمال استمارة التسجيل الإلكترونية المتاحة في الصفحة الرئيسية للجنة الدراسات)
new-deadline-visa = تقديم طلبات رسائل دعم التأشيرة (باستعمال استمارة التسجيل الإلكترونية؛ انظر التفاصيل في الملحق A)
new-deadline-contributions = تقديم مساهمات أعضاء قطاع تقييس الاتصالات (عن طريق النشر المباشر للوثائق)

## The index of an output folder (index.html, index.md, and one pair per language)
index-title = الاجتماعات المنشورة
index-empty = لم يُنشر شيء هنا بعد.
index-documents = الوثائق
index-feeds = التقويمات والخلاصات
index-groups = صفحات الأفرقة وتقويماتها
index-letter = رسالة الدعوة
index-addendum = الإضافة { $n } إلى الرسالة
index-draft = مشروع
index-changes = { $document }: التغييرات
index-calendar = التقويم
index-feed = المراجعات (Atom)
index-languages = بلغات أخرى:
index-issued = تاريخ الإصدار
index-current = الساري

## Documents allocated to items
allocation-heading = توزيع الوثائق
allocation-number = الوثيقة
allocation-title = العنوان
allocation-source = المصدر
allocation-items = بند جدول الأعمال
allocation-sort = الترتيب حسب هذا العمود
allocation-withdrawn = مسحوبة
allocation-replaced = حلت محلها الوثيقة { $number }
session-documents = الوثائق:
document-from = {" "}({ $source })
document-added = أُدرجت الوثيقة { $number } في { $to_count ->
    [1] البند
   *[other] البنود
} { $to }
document-moved = نُقلت الوثيقة { $number } من { $from_count ->
    [1] البند
   *[other] البنود
} { $from } إلى { $to_count ->
    [1] البند
   *[other] البنود
} { $to }
document-replaced = الوثيقة { $number } تحل محل الوثيقة { $old }
document-replaced-moved = الوثيقة { $number } تحل محل الوثيقة { $old }، وهي الآن في { $to_count ->
    [1] البند
   *[other] البنود
} { $to }
document-withdrawn = سُحبت الوثيقة { $number }
document-removed = لم تعد الوثيقة { $number } مدرجة في { $from_count ->
    [1] البند
   *[other] البنود
} { $from }
numbers-sep = ،{" "}
