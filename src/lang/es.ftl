## Español (Spanish): everything the tool itself writes in a published document or a
## summary of changes. See en.ftl for what each message is.

-english-name = Spanish

## Dates and times

cldr-locale = es
language-name = Español
# Text direction: ltr or rtl.
direction = ltr
word-language = es-ES
script = latin
word-east-asian-language = zh-CN
word-bidi-language = ar-SA
dates-one-day = { $first }
dates-same-month = { $first_day }-{ $last }
dates-same-year = { $first_day_month } - { $last }
dates-other-years = { $first } - { $last }
# The meeting's dates as the letter says them ("from 9 to 18 September 2025"), chosen as
# the dates-* messages are; a time of day ("8时30分", "08:30").
from-to-one-day = el { $first }
from-to-same-month = del { $first_day } al { $last }
from-to-same-year = del { $first_day_month } al { $last }
from-to-other-years = del { $first } al { $last }
time-of-day = { $hh }.{ $mm } horas
weekday-heading = { CAPITAL($weekday) }
date-day-month = { $formatted }
date-long = { $formatted }
day-span = { $from } - { $to }

## Documents

chair = { $gender ->
    [female] Presidenta:{" "}
    [male] Presidente:{" "}
   *[other] Presidencia:{" "}
}
deadlines-heading = Plazos importantes
subject = { $title }; { $venue }, { $dates }
opening = La reunión comenzará el primer día a las { $hh }.{ $mm } horas.
changes-heading = Cambios con respecto al documento { $against }
changes-heading-draft = Cambios con respecto al proyecto
letter-addendum = Addéndum { $n } a la { $reference }
letter-dates-changed = Las fechas de la reunión pasan de { $old } a { $new }
letter-opening-changed = El primer día, la reunión comenzará ahora a las { $new } (antes, { $old })
letter-venue-changed = El lugar de la reunión pasa de { $old } a { $new }
letter-premises-changed = La reunión se celebrará ahora en { $new } (antes, { $old })
letter-registration = { $time }, { $place }
letter-registration-changed = La inscripción comenzará ahora a las { $new } (antes, { $old })
letter-contact-changed = El contacto { $name } pasa de { $old } a { $new }
letter-contact-added = Se añade el contacto { $name }: { $new }
letter-deadline-moved = Un plazo pasa del { $old } al { $new }
changes-heading-letter = Cambios introducidos en la carta
no-changes = Sin cambios.
legend-markdown = El texto insertado se marca {"{"}++así++{"}"}, el texto suprimido {"{"}--así--{"}"}; las celdas modificadas del plan horario se marcan con ✎.
legend-marked = El texto insertado aparece subrayado en verde, el texto suprimido tachado en rojo; las celdas modificadas del plan horario aparecen sombreadas.
moved-from = (trasladado del punto { $from })
summary-title = Cambios

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

part-meeting = Reunión
part-revision = Revisión
part-agenda = Orden del día
part-timeplan = Plan horario
revision-added = Añadida
revision-removed = Suprimida

## Agenda changes

item-added = Punto { $number } añadido
item-deleted = Punto { $number } suprimido
item-moved = Punto { $from } trasladado al punto { $to }
items-swapped = Puntos { $first } y { $second } intercambiados
items-renumbered = { $count ->
    [1] Punto { $from } renumerado como { $to }
   *[other] Puntos { $from } renumerados como { $to }
}
item-retitled = Título del punto { $number } modificado
item-retitled-moved = Título del punto { $from } (ahora { $to }) modificado
heading-changed = Título modificado
banner-changed = Frase bajo el título modificada
item-time-given = Punto { $number }: hora indicada
item-time-removed = Punto { $number }: hora suprimida
item-time-changed = Punto { $number }: hora modificada
note-added = Nota { $index } añadida
note-deleted = Nota { $index } suprimida
note-changed = Nota { $index } modificada

## Time plan: places and cells

day-slot = { $weekday } { $date }, { $slot }
day = { $weekday } { $date }
slot-numbered = sesión { $index }
when = ({ $list })
status-if-needed = (si es necesario)
status-cancelled = (cancelada)
groups-column = Grupo
table-by-day = Por día
table-by-group = Por grupo, { $days }
other-row = Otros
hours-usual = el horario habitual de la franja
room-none = ninguna
footnotes-none = ninguna
on-weekday = { $day ->
    [1] los lunes
    [2] los martes
    [3] los miércoles
    [4] los jueves
    [5] los viernes
    [6] los sábados
   *[7] los domingos
}
grid-if-needed = Entre paréntesis: solo si es necesario
outside-before = antes de la reunión
outside-after = después de la reunión
kinds-plenary = Plenaria
kinds-working-party = Grupos de Trabajo
kinds-question = Cuestiones
kinds-joint-activity = Actividades conjuntas
kinds-management = Equipo de dirección
kinds-ad-hoc = Grupos ad hoc
kinds-other = Otros grupos
for-when = { $who }, { $when }

## Time plan changes

session-added-group = { $groups }: sesión añadida el { $place }
session-added = { $place }: sesión añadida
session-deleted-group = { $groups }: sesión del { $place } suprimida
session-deleted = { $place }: sesión suprimida
session-moved-group = { $groups }: trasladada del { $from } al { $to }
session-moved = { $from }: sesión trasladada al { $to }
span-changed = { $subject }: ahora abarca { $count } franjas
hours-changed = { $subject }: horario ahora { $hours } (antes { $was })
room-changed = { $subject }: sala ahora { $room } (antes { $was })
code-changed = { $subject }: código ahora { $code } (antes { $was })
code-none = ninguno
groups-changed = { $place }: grupos ahora { $to } (antes { $from })
status-now-cancelled = { $subject }: cancelada
status-now-if-needed = { $subject }: solo si es necesario
status-now-planned = { $subject }: ahora prevista
marks-changed = { $subject }: notas ahora { $marks }
text-changed = { $subject }: texto modificado
documents-listed = { $subject }: documentos añadidos: { $added }
documents-unlisted = { $subject }: documentos que ya no se examinan: { $removed }
documents-relisted = { $subject }: documentos añadidos: { $added }; ya no se examinan: { $removed }
slot-added = Franja { $slot } añadida
slot-deleted = Franja { $slot } suprimida
slot-hours-changed = Horario de la franja { $slot } modificado
slot-renamed = Franja { $slot } renombrada
day-added = Día añadido: { $day }
day-deleted = Día suprimido: { $day }
group-added = Grupo añadido: { $group }
group-deleted = Grupo suprimido: { $group }
group-renamed = { $from } pasa a llamarse { $to }
group-code-changed = { $group }: forma abreviada ahora { $code } (antes { $was })
group-code-none = ninguna
group-reparented = { $group }: ahora depende de { $parent }
group-unparented = { $group }: ya no depende de otro grupo
room-renamed = Sala { $room } renombrada
footnote-added = Nota { $mark } añadida
footnote-deleted = Nota { $mark } suprimida
footnote-changed = Nota { $mark } modificada

## A group's page

group-sessions = Sesiones
group-day = Día
group-hours = Horario
group-room = Sala
group-notes = Observaciones
group-items = Puntos del orden del día tratados en estas sesiones
group-documents = Documentos de estas sesiones
documents-same-as = Los mismos documentos que el { $when }
group-changes = Lo que las revisiones han cambiado para este grupo
group-no-changes = Ninguna revisión del plan horario ha cambiado las sesiones de este grupo.
group-plan = Según el documento { $document }, { $date }
group-joint = conjuntamente con { $groups }

## A new meeting (`agenda new`)

new-organisation = Unión Internacional de Telecomunicaciones
new-venue = Ginebra
new-chair = Por confirmar
new-agenda-heading = Proyecto de orden del día
new-timeplan-heading = Proyecto de plan horario
new-morning = Mañana
new-afternoon = Tarde
new-weekend = Fin de semana
new-item-opening = Apertura de la reunión
new-item-agenda-adoption = Aprobación del orden del día
new-item-documents = Examen y asignación de los documentos
new-item-other-business = Otros asuntos
new-item-closing = Clausura de la reunión
new-deadline-captioning = Presentar las solicitudes de subtitulado en tiempo real y/o interpretación en lengua de señas
new-deadline-translation = Presentar las contribuciones de los Miembros del UIT-T para las que se solicita traducción
new-deadline-fellowships = Presentar las solicitudes de beca (mediante el formulario de la página web de la Comisión de Estudio; véanse los detalles en el Anexo A)
new-deadline-interpretation = Presentar las solicitudes de servicios de interpretación (mediante el formulario de inscripción en línea)
new-deadline-registration = Inscripción previa (mediante el formulario de inscripción en línea de la página web de la Comisión de Estudio)
new-deadline-visa = Presentar las solicitudes de cartas de apoyo para la obtención de visado (mediante el formulario de inscripción en línea; véanse los detalles en el Anexo A)
new-deadline-contributions = Presentar las contribuciones de los Miembros del UIT-T (mediante la publicación directa de documentos)

## The index of an output folder (index.html, index.md, and one pair per language)
index-title = Reuniones publicadas
index-empty = Aún no se ha publicado nada aquí.
index-documents = Documentos
index-feeds = Calendarios y canales
index-groups = Páginas y calendarios de los grupos
index-letter = Carta de invitación
index-addendum = Addéndum { $n } a la carta
index-draft = Proyecto
index-changes = { $document }: cambios
index-calendar = Calendario
index-feed = Revisiones (Atom)
index-languages = En otros idiomas:
index-issued = Publicado el
index-current = vigente

## Documents allocated to items
allocation-heading = Asignación de los documentos
allocation-number = Documento
allocation-title = Título
allocation-source = Origen
allocation-items = Punto del orden del día
allocation-sort = Ordenar por esta columna
allocation-withdrawn = retirado
allocation-replaced = sustituido por { $number }
session-documents = Documentos:
document-from = {" "}({ $source })
document-added = { $number } añadido { $to_count ->
    [1] al punto
   *[other] a los puntos
} { $to }
document-moved = { $number } trasladado { $from_count ->
    [1] del punto
   *[other] de los puntos
} { $from } { $to_count ->
    [1] al punto
   *[other] a los puntos
} { $to }
document-replaced = { $number } sustituye a { $old }
document-replaced-moved = { $number } sustituye a { $old }, ahora { $to_count ->
    [1] en el punto
   *[other] en los puntos
} { $to }
document-withdrawn = { $number } retirado
document-removed = { $number } ya no figura { $from_count ->
    [1] en el punto
   *[other] en los puntos
} { $from }
numbers-sep = ,{" "}
