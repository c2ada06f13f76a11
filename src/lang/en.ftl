## English: everything the tool itself writes in a published document or a summary of
## changes. Meeting content never comes from here. Placeables are not isolated (the
## tool adds direction marks where a script needs them); write a space at either end of
## a value as {" "}.

-english-name = English

## Dates and times

# The CLDR locale whose date forms the documents use.
cldr-locale = en-GB
# The language's name in itself, for the index of what is published.
language-name = English
# Text direction: ltr or rtl.
direction = ltr
# The tag of Latin and Cyrillic text in Word files (w:lang), and the script of the
# language's own text (latin, cyrillic, cjk, arabic; cjk makes Word use East Asian fonts).
word-language = en-GB
script = latin
# The tags Word gives East Asian text and right-to-left text (w:eastAsia, w:bidi) in
# a document in this language.
word-east-asian-language = zh-CN
word-bidi-language = ar-SA
# The meeting's dates, by their greatest difference (CLDR's interval formats, with the
# organisation's hyphen). $first and $last are long dates ("9 September 2025"),
# $first_day_month is "9 September", the rest are numbers.
dates-one-day = { $first }
dates-same-month = { $first_day }-{ $last }
dates-same-year = { $first_day_month } - { $last }
dates-other-years = { $first } - { $last }
# The meeting's dates as the letter says them ("from 9 to 18 September 2025"), chosen as
# the dates-* messages are; a time of day ("8时30分", "08:30").
from-to-one-day = on { $first }
from-to-same-month = from { $first_day } to { $last }
from-to-same-year = from { $first_day_month } to { $last }
from-to-other-years = from { $first } to { $last }
time-of-day = { $hh }:{ $mm }
# A weekday heading a row or a column of the time plan (CAPITAL: its first letter
# capitalised), and a date as CLDR writes it ($formatted) or, for some days ($day), as
# the language does.
weekday-heading = { $weekday }
date-day-month = { $formatted }
date-long = { $formatted }
# Two days of the year in a row header: "13 September - 14 September".
day-span = { $from } - { $to }

## Documents

chair = Chair:{" "}
# The heading of the letter's key deadlines, in the draft.
deadlines-heading = Key deadlines
# The meeting line: "Meeting of Study Group 12; Geneva, 9-18 September 2025".
subject = { $title }; { $venue }, { $dates }
# $hour is the hour as a number, $hh and $mm two digits each.
opening = The meeting will open at { $hh }:{ $mm } on the first day.
changes-heading = Changes from { $against }
changes-heading-draft = Changes from the draft
letter-addendum = Addendum { $n } to { $reference }
letter-dates-changed = The meeting's dates changed from { $old } to { $new }
letter-opening-changed = The first day now opens at { $new } (was { $old })
letter-venue-changed = The venue changed from { $old } to { $new }
letter-premises-changed = The meeting now takes place at { $new } (was { $old })
letter-registration = { $time }, { $place }
letter-registration-changed = Registration now opens { $new } (was { $old })
letter-contact-changed = Contact { $name } changed from { $old } to { $new }
letter-contact-added = Contact { $name } added: { $new }
letter-deadline-moved = A deadline moved from { $old } to { $new }
changes-heading-letter = Changes to the letter
no-changes = No changes.
legend-markdown = Inserted text is marked {"{"}++like this++{"}"}, deleted text {"{"}--like this--{"}"}; changed time-plan cells are marked ✎.
legend-marked = Inserted text is underlined in green, deleted text struck through in red; changed time-plan cells are shaded.
moved-from = (moved from item { $from })
summary-title = Changes

## Punctuation

# After a heading whose lines follow: "Agenda:".
heading-colon = :
# Between a line and its detail: "Item 10 retitled: …".
detail-sep = :{" "}
# Between items of a list in a line: "Monday 2 March, morning; Thursday 12 March, morning".
list-sep = ;{" "}
# Between the parts of a session in a cell: "Q1/12 · K".
part-sep = {" "}·{" "}
# Before a status note in a cell: "Q13/12 (cancelled)".
note-sep = {" "}
# Around the days with other hours: "Morning: 09:30–12:30 (Fridays: 09:00–12:00)".
hours-open = {" "}(
hours-close = )
# Between a group and its place: "Question 13/12, Monday 15 September, afternoon".
subject-sep = ,{" "}
# Groups of one session: "Question 9/12 + Question 14/12".
joint-sep = {" "}+{" "}

## Summary of changes: parts

part-meeting = Meeting
part-revision = Revision
part-agenda = Agenda
part-timeplan = Time plan
revision-added = Added
revision-removed = Deleted

## Agenda changes

item-added = Item { $number } added
item-deleted = Item { $number } deleted
item-moved = Item { $from } moved to { $to }
# Two neighbours that exchanged places: "Items 13.3 and 13.4 swapped".
items-swapped = Items { $first } and { $second } swapped
# $count is how many items: one, or a run of them ("Items 6–18 renumbered 7–19"). The
# variant [1] matches exactly one (not CLDR's category "one", which in Russian holds 21).
items-renumbered = { $count ->
    [1] Item { $from } renumbered { $to }
   *[other] Items { $from } renumbered { $to }
}
item-retitled = Item { $number } retitled
item-retitled-moved = Item { $from } (now { $to }) retitled
heading-changed = Heading changed
banner-changed = Line under the heading changed
item-time-given = Item { $number }: time given
item-time-removed = Item { $number }: time removed
item-time-changed = Item { $number }: time changed
note-added = Note { $index } added
note-deleted = Note { $index } deleted
note-changed = Note { $index } changed

## Time plan: places and cells

# A day and a slot: "Wednesday 17 September, afternoon" ($slot is lower-cased in English).
day-slot = { $weekday } { $date }, { $slot }
day = { $weekday } { $date }
# A slot that has no label.
slot-numbered = session { $index }
when = ({ $list })
status-if-needed = (if needed)
status-cancelled = (cancelled)
groups-column = Group
# The caption of a time plan's table when it has several: the plan by day, a part of the plan by group.
table-by-day = By day
table-by-group = By group, { $days }
other-row = Other
hours-usual = the slot's usual hours
room-none = none
footnotes-none = none
on-weekday = { $weekday }s
# Under the plan by group, where a session held only if needed shows in parentheses.
grid-if-needed = In parentheses: held only if needed
# A day of the plan outside the meeting's days (a management team the day before).
outside-before = before the meeting
outside-after = after the meeting
# Kinds of group, in the plural, as the hours under a plan name those with hours of their own.
kinds-plenary = Plenary
kinds-working-party = Working parties
kinds-question = Questions
kinds-joint-activity = Joint activities
kinds-management = Management
kinds-ad-hoc = Ad hoc groups
kinds-other = Other groups
# Other hours for some groups on some days: "Questions, Fridays".
for-when = { $who }, { $when }

## Time plan changes

session-added-group = { $groups }: session added on { $place }
session-added = { $place }: session added
session-deleted-group = { $groups }: session of { $place } deleted
session-deleted = { $place }: session deleted
session-moved-group = { $groups }: moved from { $from }, to { $to }
session-moved = { $from }: session moved to { $to }
span-changed = { $subject }: now spans { $count } slots
hours-changed = { $subject }: hours now { $hours } (was { $was })
room-changed = { $subject }: room now { $room } (was { $was })
code-changed = { $subject }: code now { $code } (was { $was })
code-none = none
groups-changed = { $place }: groups now { $to } (were { $from })
status-now-cancelled = { $subject }: cancelled
status-now-if-needed = { $subject }: now held only if needed
status-now-planned = { $subject }: now planned
marks-changed = { $subject }: footnotes now { $marks }
text-changed = { $subject }: text changed
documents-listed = { $subject }: documents added: { $added }
documents-unlisted = { $subject }: documents no longer taken: { $removed }
documents-relisted = { $subject }: documents added: { $added }; no longer taken: { $removed }
slot-added = Slot { $slot } added
slot-deleted = Slot { $slot } deleted
slot-hours-changed = Hours of slot { $slot } changed
slot-renamed = Slot { $slot } renamed
day-added = { $day } added
day-deleted = { $day } deleted
group-added = { $group } added
group-deleted = { $group } deleted
group-renamed = { $from } renamed { $to }
group-code-changed = { $group }: short form now { $code } (was { $was })
group-code-none = none
group-reparented = { $group }: now under { $parent }
group-unparented = { $group }: no longer under another group
room-renamed = Room { $room } renamed
footnote-added = Footnote { $mark } added
footnote-deleted = Footnote { $mark } deleted
footnote-changed = Footnote { $mark } changed

## A group's page

# Its headings, the plan it follows ($document, $date) and a joint session's other groups.
group-sessions = Sessions
group-day = Day
group-hours = Hours
group-room = Room
group-notes = Notes
group-items = Agenda items taken at these sessions
group-documents = Documents for these sessions
documents-same-as = Same documents as on { $when }
group-changes = What the revisions changed for this group
group-no-changes = No revision of the time plan has changed this group's sessions.
group-plan = As in { $document }, { $date }
group-joint = joint with { $groups }

## A new meeting (`agenda new`)

# The texts a new meeting starts with, in each language.
new-organisation = International Telecommunication Union
new-venue = Geneva
new-chair = To be confirmed
new-agenda-heading = Draft agenda
new-timeplan-heading = Draft time plan
new-morning = Morning
new-afternoon = Afternoon
new-weekend = Weekend
new-item-opening = Opening of the meeting
new-item-agenda-adoption = Adoption of the agenda
new-item-documents = Review and allocation of documents
new-item-other-business = Any other business
new-item-closing = Closing of the meeting
new-deadline-captioning = Submit requests for real-time captioning and/or sign language interpretation
new-deadline-translation = Submit ITU-T Member contributions for which translation is requested
new-deadline-fellowships = Submit requests for fellowships (through the form on the study group homepage; see Annex A for details)
new-deadline-interpretation = Submit requests for interpretation services (through the online registration form)
new-deadline-registration = Pre-registration (through the online registration form on the study group homepage)
new-deadline-visa = Submit requests for visa support letters (through the online registration form; see Annex A for details)
new-deadline-contributions = Submit ITU-T Member contributions (through direct document posting)

## The index of an output folder (index.html, index.md, and one pair per language)
index-title = Published meetings
index-empty = Nothing is published here yet.
index-documents = Documents
index-feeds = Calendars and feeds
index-groups = Group pages and calendars
index-letter = Invitation letter
index-addendum = Addendum { $n } to the letter
index-draft = Draft
index-changes = { $document }: changes
index-calendar = Calendar
index-feed = Revisions (Atom)
index-languages = In other languages:
index-issued = Issued
index-current = current

## Documents allocated to items
allocation-heading = Allocation of documents
allocation-number = Document
allocation-title = Title
allocation-source = Source
allocation-items = Agenda item
allocation-sort = Sort by this column
allocation-withdrawn = withdrawn
allocation-replaced = replaced by { $number }
session-documents = Documents:
document-from = {" "}({ $source })
document-added = { $number } added under { $to_count ->
    [1] item
   *[other] items
} { $to }
document-moved = { $number } moved from { $from_count ->
    [1] item
   *[other] items
} { $from } to { $to_count ->
    [1] item
   *[other] items
} { $to }
document-replaced = { $number } replaces { $old }
document-replaced-moved = { $number } replaces { $old }, now under { $to_count ->
    [1] item
   *[other] items
} { $to }
document-withdrawn = { $number } withdrawn
document-removed = { $number } no longer under { $from_count ->
    [1] item
   *[other] items
} { $from }
numbers-sep = ,{" "}
