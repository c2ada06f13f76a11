## Русский (Russian): everything the tool itself writes in a published document or a
## summary of changes. See en.ftl for what each message is. Dates, groups and places are
## put in sentences that do not decline them.

-english-name = Russian

## Dates and times

cldr-locale = ru
language-name = Русский
# Text direction: ltr or rtl.
direction = ltr
word-language = ru-RU
script = cyrillic
word-east-asian-language = zh-CN
word-bidi-language = ar-SA
# In running text a year is written out ("9–18 сентября 2025 года", not CLDR's "2025 г."):
# the messages that have the year by itself ($year) give CLDR's day and month (in the
# genitive: $first_day_month, $last_day_month) and the year. A range of days takes an en
# dash. With two years, only the long dates ($first, $last: CLDR's, with "г.") are given.
dates-one-day = { $first_day_month } { $year } года
dates-same-month = { $first_day }–{ $last_day_month } { $year } года
dates-same-year = { $first_day_month } – { $last_day_month } { $year } года
dates-other-years = { $first } – { $last }
# The meeting's dates as the letter says them ("from 9 to 18 September 2025"), chosen as
# the dates-* messages are; a time of day ("8时30分", "08:30").
from-to-one-day = { $first_day_month } { $year } года
from-to-same-month = с { $first_day } по { $last_day_month } { $year } года
from-to-same-year = с { $first_day_month } по { $last_day_month } { $year } года
from-to-other-years = с { $first } по { $last }
time-of-day = { $hh }:{ $mm }
weekday-heading = { CAPITAL($weekday) }
date-day-month = { $formatted }
date-long = { $day_month } { $year } года
day-span = { $from } – { $to }

## Documents

chair = Председатель:{" "}
deadlines-heading = Важные предельные сроки
subject = { $title }; { $venue }, { $dates }
opening = Собрание откроется в первый день в { $hh }:{ $mm }.
changes-heading = Изменения по сравнению с документом { $against }
changes-heading-draft = Изменения по сравнению с проектом
letter-addendum = Дополнительный документ { $n } к документу «{ $reference }»
letter-dates-changed = Даты собрания изменены: вместо { $old } – { $new }
letter-opening-changed = В первый день собрание теперь откроется в { $new } (ранее – в { $old })
letter-venue-changed = Место проведения собрания изменено: вместо «{ $old }» – «{ $new }»
letter-premises-changed = Собрание теперь пройдет в { $new } (ранее – в { $old })
letter-registration = { $time }, { $place }
letter-registration-changed = Регистрация теперь начнется: { $new } (ранее – { $old })
letter-contact-changed = Контактные данные { $name } изменены: вместо { $old } – { $new }
letter-contact-added = Добавлены контактные данные { $name }: { $new }
letter-deadline-moved = Предельный срок перенесен с { $old } на { $new }
changes-heading-letter = Изменения в письме
no-changes = Изменений нет.
legend-markdown = Вставленный текст помечен {"{"}++так++{"}"}, удаленный текст {"{"}--так--{"}"}; измененные ячейки плана распределения времени помечены ✎.
legend-marked = Вставленный текст подчеркнут зеленым, удаленный текст зачеркнут красным; измененные ячейки плана распределения времени выделены фоном.
moved-from = (перенесено из пункта { $from })
summary-title = Изменения

## Punctuation

heading-colon = :
detail-sep = :{" "}
list-sep = ;{" "}
part-sep = {" "}·{" "}
note-sep = {" "}
hours-open = {" "}(
hours-close = )
subject-sep = ,{" "}
joint-sep = {" "}+{" "}

## Summary of changes: parts

part-meeting = Собрание
part-revision = Пересмотр
part-agenda = Повестка дня
part-timeplan = План распределения времени
revision-added = Добавлен
revision-removed = Исключен

## Agenda changes

item-added = Добавлен пункт { $number }
item-deleted = Исключен пункт { $number }
item-moved = Пункт { $from } перенесен в пункт { $to }
items-swapped = Пункты { $first } и { $second } поменяны местами
items-renumbered = { $count ->
    [1] Пункт { $from } перенумерован в { $to }
   *[other] Пункты { $from } перенумерованы в { $to }
}
item-retitled = Изменено название пункта { $number }
item-retitled-moved = Изменено название пункта { $from } (теперь { $to })
heading-changed = Изменен заголовок
banner-changed = Изменена строка под заголовком
item-time-given = Пункт { $number }: указано время
item-time-removed = Пункт { $number }: время исключено
item-time-changed = Пункт { $number }: время изменено
note-added = Добавлено примечание { $index }
note-deleted = Исключено примечание { $index }
note-changed = Изменено примечание { $index }

## Time plan: places and cells

day-slot = { $weekday }, { $date }, { $slot }
day = { $weekday }, { $date }
slot-numbered = заседание { $index }
when = ({ $list })
status-if-needed = (при необходимости)
status-cancelled = (отменено)
groups-column = Группа
table-by-day = По дням
table-by-group = По группам, { $days }
other-row = Прочее
hours-usual = обычное время
room-none = не указан
footnotes-none = нет
on-weekday = { $day ->
    [1] по понедельникам
    [2] по вторникам
    [3] по средам
    [4] по четвергам
    [5] по пятницам
    [6] по субботам
   *[7] по воскресеньям
}
grid-if-needed = В скобках: только при необходимости
outside-before = до собрания
outside-after = после собрания
kinds-plenary = Пленарное заседание
kinds-working-party = Рабочие группы
kinds-question = Вопросы
kinds-joint-activity = Совместные мероприятия
kinds-management = Руководящий состав
kinds-ad-hoc = Специальные группы
kinds-other = Другие группы
for-when = { $who }, { $when }

## Time plan changes

session-added-group = { $groups }: добавлено заседание ({ $place })
session-added = { $place }: добавлено заседание
session-deleted-group = { $groups }: исключено заседание ({ $place })
session-deleted = { $place }: заседание исключено
session-moved-group = { $groups }: заседание перенесено; было: { $from }; стало: { $to }
session-moved = { $from }: заседание перенесено; новое время: { $to }
span-changed = { $subject }: число интервалов теперь { $count }
hours-changed = { $subject }: новое время { $hours } (ранее { $was })
room-changed = { $subject }: новый зал { $room } (ранее { $was })
code-changed = { $subject }: новый код { $code } (ранее { $was })
code-none = нет
groups-changed = { $place }: группы теперь { $to } (ранее { $from })
status-now-cancelled = { $subject }: отменено
status-now-if-needed = { $subject }: проводится только при необходимости
status-now-planned = { $subject }: проводится по плану
marks-changed = { $subject }: сноски теперь { $marks }
text-changed = { $subject }: изменен текст
documents-listed = { $subject }: добавлены документы { $added }
documents-unlisted = { $subject }: больше не рассматриваются документы { $removed }
documents-relisted = { $subject }: добавлены документы { $added }; больше не рассматриваются { $removed }
slot-added = Добавлен интервал { $slot }
slot-deleted = Исключен интервал { $slot }
slot-hours-changed = Изменено время интервала { $slot }
slot-renamed = Интервал { $slot } переименован
day-added = Добавлен день: { $day }
day-deleted = Исключен день: { $day }
group-added = Добавлена группа: { $group }
group-deleted = Исключена группа: { $group }
group-renamed = { $from }: новое название { $to }
group-code-changed = { $group }: новое краткое обозначение { $code } (ранее { $was })
group-code-none = нет
group-reparented = { $group }: вышестоящая группа { $parent }
group-unparented = { $group }: больше не входит в другую группу
room-renamed = Зал { $room } переименован
footnote-added = Добавлена сноска { $mark }
footnote-deleted = Исключена сноска { $mark }
footnote-changed = Изменена сноска { $mark }

## A group's page

group-sessions = Заседания
group-day = День
group-hours = Время
group-room = Зал
group-notes = Примечания
group-items = Пункты повестки дня, рассматриваемые на этих заседаниях
group-documents = Документы к этим заседаниям
documents-same-as = Документы те же, что и { $when }
group-changes = Что изменили пересмотры для этой группы
group-no-changes = Ни один пересмотр плана распределения времени не изменил заседания этой группы.
group-plan = Согласно документу { $document }, { $date }
group-joint = совместно с { $groups }

## A new meeting (`agenda new`)

new-organisation = Международный союз электросвязи
new-venue = Женева
new-chair = Будет подтверждено
new-agenda-heading = Проект повестки дня
new-timeplan-heading = Проект плана распределения времени
new-morning = Первая половина дня
new-afternoon = Вторая половина дня
new-weekend = Выходные дни
new-item-opening = Открытие собрания
new-item-agenda-adoption = Утверждение повестки дня
new-item-documents = Рассмотрение и распределение документов
new-item-other-business = Прочие вопросы
new-item-closing = Закрытие собрания
new-deadline-captioning = Представить запросы на субтитры в реальном времени и/или сурдоперевод
new-deadline-translation = Представить вклады Членов МСЭ-Т, для которых требуется письменный перевод
new-deadline-fellowships = Представить заявки на стипендии (с помощью формы на домашней странице исследовательской комиссии; подробнее см. Приложение A)
new-deadline-interpretation = Представить запросы на услуги устного перевода (с помощью онлайновой формы регистрации)
new-deadline-registration = Предварительная регистрация (с помощью онлайновой формы регистрации на домашней странице исследовательской комиссии)
new-deadline-visa = Представить запросы на письма в поддержку получения визы (с помощью онлайновой формы регистрации; подробнее см. Приложение A)
new-deadline-contributions = Представить вклады Членов МСЭ-Т (с помощью системы прямой публикации документов)

## The index of an output folder (index.html, index.md, and one pair per language)
index-title = Опубликованные собрания
index-empty = Здесь пока ничего не опубликовано.
index-documents = Документы
index-feeds = Календари и ленты
index-groups = Страницы и календари групп
index-letter = Письмо-приглашение
index-addendum = Дополнительный документ { $n } к письму
index-draft = Проект
index-changes = { $document }: изменения
index-calendar = Календарь
index-feed = Пересмотры (Atom)
index-languages = На других языках:
index-issued = Дата выпуска
index-current = действующий

## Documents allocated to items
allocation-heading = Распределение документов
allocation-number = Документ
allocation-title = Название
allocation-source = Источник
allocation-items = Пункт повестки дня
allocation-sort = Сортировать по этому столбцу
allocation-withdrawn = отозван
allocation-replaced = заменен документом { $number }
session-documents = Документы:
document-from = {" "}({ $source })
document-added = { $number } добавлен в { $to_count ->
    [1] пункт
   *[other] пункты
} { $to }
document-moved = { $number } перенесен из { $from_count ->
    [1] пункта
   *[other] пунктов
} { $from } в { $to_count ->
    [1] пункт
   *[other] пункты
} { $to }
document-replaced = { $number } заменяет { $old }
document-replaced-moved = { $number } заменяет { $old }, теперь в { $to_count ->
    [1] пункте
   *[other] пунктах
} { $to }
document-withdrawn = { $number } отозван
document-removed = { $number } исключен из { $from_count ->
    [1] пункта
   *[other] пунктов
} { $from }
numbers-sep = ,{" "}
