## Français (French): everything the tool itself writes in a published document or a
## summary of changes. See en.ftl for what each message is. French punctuation takes a
## no-break space before : and a narrow one before ; (written as escapes).

-english-name = French

## Dates and times

cldr-locale = fr
language-name = Français
# Text direction: ltr or rtl.
direction = ltr
word-language = fr-FR
script = latin
word-east-asian-language = zh-CN
word-bidi-language = ar-SA
dates-one-day = { $first }
dates-same-month = { $first_day ->
    [1] 1er
   *[other] { $first_day }
}-{ $last }
dates-same-year = { $first_day_month } - { $last }
dates-other-years = { $first } - { $last }
# The meeting's dates as the letter says them ("from 9 to 18 September 2025"), chosen as
# the dates-* messages are; a time of day ("8时30分", "08:30").
from-to-one-day = le { $first }
from-to-same-month = du { $first_day ->
    [1] 1er
   *[other] { $first_day }
} au { $last }
from-to-same-year = du { $first_day_month } au { $last }
from-to-other-years = du { $first } au { $last }
time-of-day = { $hour } h { $mm }
weekday-heading = { CAPITAL($weekday) }
# The first of the month is written 1er.
date-day-month = { $day ->
    [1] 1er { $month }
   *[other] { $formatted }
}
date-long = { $day ->
    [1] 1er { $month_year }
   *[other] { $formatted }
}
day-span = { $from } - { $to }

## Documents

chair = { $gender ->
    [female] Présidente{"\u00A0: "}
    [male] Président{"\u00A0: "}
   *[other] Présidence{"\u00A0: "}
}
deadlines-heading = Dates limites importantes
subject = { $title }{"\u202F; "}{ $venue }, { $dates }
opening = La réunion s'ouvrira à { $hour } h { $mm } le premier jour.
changes-heading = Modifications par rapport au document { $against }
changes-heading-draft = Modifications par rapport au projet
letter-addendum = Addendum { $n } à la { $reference }
letter-dates-changed = Les dates de la réunion passent du { $old } au { $new }
letter-opening-changed = Le premier jour, la réunion s'ouvrira désormais à { $new } (au lieu de { $old })
letter-venue-changed = Le lieu de la réunion passe de { $old } à { $new }
letter-premises-changed = La réunion se tiendra désormais au { $new } (au lieu de { $old })
letter-registration = { $time }, { $place }
letter-registration-changed = L'inscription commencera désormais à { $new } (au lieu de { $old })
letter-contact-changed = Le contact { $name } passe de { $old } à { $new }
letter-contact-added = Contact { $name } ajouté{"\u00A0: "}{ $new }
letter-deadline-moved = Une date limite passe du { $old } au { $new }
changes-heading-letter = Modifications apportées à la lettre
no-changes = Aucune modification.
legend-markdown = Le texte inséré est marqué {"{"}++ainsi++{"}"}, le texte supprimé {"{"}--ainsi--{"}"}{"\u202F; "}les cellules modifiées du plan horaire sont marquées ✎.
legend-marked = Le texte inséré est souligné en vert, le texte supprimé barré en rouge{"\u202F; "}les cellules modifiées du plan horaire sont ombrées.
moved-from = (déplacé du point { $from })
summary-title = Modifications

## Punctuation

heading-colon = {"\u00A0:"}
detail-sep = {"\u00A0: "}
list-sep = {"\u202F; "}
part-sep = {" "}·{" "}
note-sep = {" "}
hours-open = {" "}(
hours-close = )
subject-sep = ,{" "}
joint-sep = {" "}+{" "}

## Summary of changes: parts

part-meeting = Réunion
part-revision = Révision
part-agenda = Ordre du jour
part-timeplan = Plan horaire
revision-added = Ajoutée
revision-removed = Supprimée

## Agenda changes

item-added = Point { $number } ajouté
item-deleted = Point { $number } supprimé
item-moved = Point { $from } déplacé au point { $to }
items-swapped = Points { $first } et { $second } intervertis
items-renumbered = { $count ->
    [1] Point { $from } renuméroté { $to }
   *[other] Points { $from } renumérotés { $to }
}
item-retitled = Titre du point { $number } modifié
item-retitled-moved = Titre du point { $from } (désormais { $to }) modifié
heading-changed = Titre modifié
banner-changed = Phrase sous le titre modifiée
item-time-given = Point { $number }{"\u00A0: "}horaire indiqué
item-time-removed = Point { $number }{"\u00A0: "}horaire supprimé
item-time-changed = Point { $number }{"\u00A0: "}horaire modifié
note-added = Note { $index } ajoutée
note-deleted = Note { $index } supprimée
note-changed = Note { $index } modifiée

## Time plan: places and cells

day-slot = { $weekday } { $date }, { $slot }
day = { $weekday } { $date }
slot-numbered = séance { $index }
when = ({ $list })
status-if-needed = (si nécessaire)
status-cancelled = (annulée)
groups-column = Groupe
table-by-day = Par jour
table-by-group = Par groupe, { $days }
other-row = Autres
hours-usual = l'horaire habituel de la tranche
room-none = aucune
footnotes-none = aucune
on-weekday = le { $weekday }
grid-if-needed = Entre parenthèses{"\u00A0: "}séances tenues seulement si nécessaire
outside-before = avant la réunion
outside-after = après la réunion
kinds-plenary = Plénière
kinds-working-party = Groupes de travail
kinds-question = Questions
kinds-joint-activity = Activités conjointes
kinds-management = Équipe de direction
kinds-ad-hoc = Groupes ad hoc
kinds-other = Autres groupes
for-when = { $who }, { $when }

## Time plan changes

session-added-group = { $groups }{"\u00A0: "}séance ajoutée le { $place }
session-added = { $place }{"\u00A0: "}séance ajoutée
session-deleted-group = { $groups }{"\u00A0: "}séance du { $place } supprimée
session-deleted = { $place }{"\u00A0: "}séance supprimée
session-moved-group = { $groups }{"\u00A0: "}séance déplacée du { $from } au { $to }
session-moved = { $from }{"\u00A0: "}séance déplacée au { $to }
span-changed = { $subject }{"\u00A0: "}s'étend désormais sur { $count } tranches
hours-changed = { $subject }{"\u00A0: "}horaire désormais { $hours } (auparavant { $was })
room-changed = { $subject }{"\u00A0: "}salle désormais { $room } (auparavant { $was })
code-changed = { $subject }{"\u00A0: "}code désormais { $code } (auparavant { $was })
code-none = aucun
groups-changed = { $place }{"\u00A0: "}groupes désormais { $to } (auparavant { $from })
status-now-cancelled = { $subject }{"\u00A0: "}annulée
status-now-if-needed = { $subject }{"\u00A0: "}tenue seulement si nécessaire
status-now-planned = { $subject }{"\u00A0: "}désormais prévue
marks-changed = { $subject }{"\u00A0: "}notes désormais { $marks }
text-changed = { $subject }{"\u00A0: "}texte modifié
documents-listed = { $subject }{"\u00A0: "}documents ajoutés{"\u00A0: "}{ $added }
documents-unlisted = { $subject }{"\u00A0: "}documents qui ne sont plus examinés{"\u00A0: "}{ $removed }
documents-relisted = { $subject }{"\u00A0: "}documents ajoutés{"\u00A0: "}{ $added }{"\u202F; "}documents qui ne sont plus examinés{"\u00A0: "}{ $removed }
slot-added = Tranche { $slot } ajoutée
slot-deleted = Tranche { $slot } supprimée
slot-hours-changed = Horaire de la tranche { $slot } modifié
slot-renamed = Tranche { $slot } renommée
day-added = Jour ajouté{"\u00A0: "}{ $day }
day-deleted = Jour supprimé{"\u00A0: "}{ $day }
group-added = Groupe ajouté{"\u00A0: "}{ $group }
group-deleted = Groupe supprimé{"\u00A0: "}{ $group }
group-renamed = { $from } devient { $to }
group-code-changed = { $group }{"\u00A0: "}forme abrégée désormais { $code } (auparavant { $was })
group-code-none = aucune
group-reparented = { $group }{"\u00A0: "}relève désormais de { $parent }
group-unparented = { $group }{"\u00A0: "}ne relève plus d'aucun autre groupe
room-renamed = Salle { $room } renommée
footnote-added = Note de bas de page { $mark } ajoutée
footnote-deleted = Note de bas de page { $mark } supprimée
footnote-changed = Note de bas de page { $mark } modifiée

## A group's page

group-sessions = Séances
group-day = Jour
group-hours = Heures
group-room = Salle
group-notes = Remarques
group-items = Points de l'ordre du jour traités à ces séances
group-documents = Documents de ces séances
documents-same-as = Mêmes documents que le { $when }
group-changes = Ce que les révisions ont modifié pour ce groupe
group-no-changes = Aucune révision du plan horaire n'a modifié les séances de ce groupe.
group-plan = Selon le document { $document }, { $date }
group-joint = conjointement avec { $groups }

## A new meeting (`agenda new`)

new-organisation = Union internationale des télécommunications
new-venue = Genève
new-chair = À confirmer
new-agenda-heading = Projet d'ordre du jour
new-timeplan-heading = Projet de plan horaire
new-morning = Matin
new-afternoon = Après-midi
new-weekend = Week-end
new-item-opening = Ouverture de la réunion
new-item-agenda-adoption = Adoption de l'ordre du jour
new-item-documents = Examen et attribution des documents
new-item-other-business = Divers
new-item-closing = Clôture de la réunion
new-deadline-captioning = Soumettre les demandes de sous-titrage en temps réel et/ou d'interprétation en langue des signes
new-deadline-translation = Soumettre les contributions des Membres de l'UIT-T pour lesquelles une traduction est demandée
new-deadline-fellowships = Soumettre les demandes de bourse (au moyen du formulaire disponible sur la page d'accueil de la commission d'études; voir les détails dans l'Annexe A)
new-deadline-interpretation = Soumettre les demandes de services d'interprétation (au moyen du formulaire d'inscription en ligne)
new-deadline-registration = Préinscription (au moyen du formulaire d'inscription en ligne disponible sur la page d'accueil de la commission d'études)
new-deadline-visa = Soumettre les demandes de lettre d'appui pour l'obtention d'un visa (au moyen du formulaire d'inscription en ligne; voir les détails dans l'Annexe A)
new-deadline-contributions = Soumettre les contributions des Membres de l'UIT-T (au moyen du système de publication directe des documents)

## The index of an output folder (index.html, index.md, and one pair per language)
index-title = Réunions publiées
index-empty = Rien n'est encore publié ici.
index-documents = Documents
index-feeds = Calendriers et flux
index-groups = Pages et calendriers des groupes
index-letter = Lettre d'invitation
index-addendum = Addendum { $n } à la lettre
index-draft = Projet
index-changes = { $document }{"\u00A0: "}modifications
index-calendar = Calendrier
index-feed = Révisions (Atom)
index-languages = Dans d'autres langues{"\u00A0:"}
index-issued = Publié le
index-current = en vigueur

## Documents allocated to items
allocation-heading = Attribution des documents
allocation-number = Document
allocation-title = Titre
allocation-source = Source
allocation-items = Point de l'ordre du jour
allocation-sort = Trier selon cette colonne
allocation-withdrawn = retiré
allocation-replaced = remplacé par { $number }
session-documents = Documents{"\u00A0:"}
document-from = {" "}({ $source })
document-added = { $number } ajouté { $to_count ->
    [1] au point
   *[other] aux points
} { $to }
document-moved = { $number } déplacé { $from_count ->
    [1] du point
   *[other] des points
} { $from } { $to_count ->
    [1] au point
   *[other] aux points
} { $to }
document-replaced = { $number } remplace { $old }
document-replaced-moved = { $number } remplace { $old }, désormais { $to_count ->
    [1] au point
   *[other] aux points
} { $to }
document-withdrawn = { $number } retiré
document-removed = { $number } ne relève plus { $from_count ->
    [1] du point
   *[other] des points
} { $from }
numbers-sep = ,{" "}
