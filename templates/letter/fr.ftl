# The letter of invitation (a TSB collective letter), in French: the standard paragraphs
# of ITU-T, translated from zh.ftl (authoritative) and en.ftl. Placeholders ($name) are the
# meeting's facts; see the README's `letter.yaml` section. Paragraphs are inline Markdown. The
# order of the `body-`, `closing-` and `annex-a-` messages is the order of the letter.
# French punctuation: a narrow no-break space (U+202F, written as the character) before
# : ; ? ! and inside « ».

## Letterhead
date-place = { $place }, le { $date }
reference-label = Réf. :
addressees-label = À :
telephone-label = Tél. :
fax-label = Télécopie :
email-label = Courriel :
web-label = Web :
subject-label = Objet :

## Body, before the deadlines
body-salutation = Madame, Monsieur,
body-invitation = J'ai le plaisir de vous inviter à participer à la réunion inaugurale de { $group }, qui se tiendra au { $premises }, { $from_to } inclus.
body-about = { $about }
body-opening = { $opening } L'inscription des participants se fera à { $registration_place } à partir de { $registration_time }. Des informations sur l'attribution quotidienne des salles de réunion seront affichées sur les écrans installés dans l'ensemble du siège de l'UIT et pourront être consultées en ligne [ici]({ $rooms_link }).
body-practical = Les informations pratiques concernant la réunion figurent dans l'Annexe A. Il est rappelé aux délégués que, conformément à la pratique actuelle, les décisions seront prises par les délégués physiquement présents à la réunion. La participation à distance interactive sera possible pour les séances plénières d'ouverture et de clôture (pour plus de détails, voir l'Annexe A).
body-draft = Les projets d'ordre du jour et de plan horaire de la réunion, établis par { $chair }, qui préside la { $body }, figurent dans l'Annexe B.
deadlines-label = Dates limites importantes :

## Body, after the deadlines
closing-wishes = Je vous souhaite une réunion réussie et fructueuse.
closing-regards = Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.
information-label = Dernières informations sur la réunion
annexes = Annexes : { $count }

## Annex A
annex-a-label = Annexe A
annex-a-title = Informations pratiques concernant la réunion
annex-a-heading-methods = Méthodes de travail et installations
annex-a-documents = **Soumission des documents et accès aux documents** : La réunion se tiendra sans document papier. Les contributions des Membres doivent être soumises au moyen du système de publication directe des documents ; les projets de document temporaire (TD) doivent être soumis par courrier électronique au secrétariat de la commission d'études, au moyen du modèle approprié. L'accès aux documents de la réunion se fait à partir de la page d'accueil de la commission d'études et est réservé aux Membres de l'UIT-T qui disposent d'un compte d'utilisateur UIT avec accès TIES.
annex-a-interpretation = **Interprétation** : En raison de contraintes budgétaires, l'interprétation sera assurée pour la séance plénière de clôture de la réunion si un État Membre en fait la demande. Les demandes doivent être faites en cochant la case correspondante du formulaire d'inscription, au moins { $period_interpretation } avant le début de la réunion.
annex-a-wireless = **Réseau local sans fil** : Les délégués peuvent utiliser le réseau local sans fil dans toutes les salles de réunion de l'UIT. Des informations détaillées sont disponibles sur place et sur le site web de l'UIT-T (<https://www.itu.int/en/general-secretariat/ICT-Services/Pages/default.aspx>).
annex-a-lockers = **Casiers électroniques** : Pendant toute la durée de la réunion, les délégués peuvent utiliser des casiers électroniques, qui s'ouvrent et se ferment au moyen de leur badge RFID de l'UIT-T. Les casiers électroniques se trouvent au rez-de-chaussée et au premier sous-sol de la tour de l'UIT, ainsi qu'au rez-de-chaussée du bâtiment Montbrillant.
annex-a-printers = **Imprimantes** : Des imprimantes sont à la disposition des délégués dans les salons des délégués et à proximité de toutes les grandes salles de réunion. Pour éviter d'avoir à installer des pilotes sur les ordinateurs des délégués, les documents peuvent être « imprimés électroniquement » en étant envoyés par courrier électronique à l'imprimante choisie. Pour plus de détails, voir : <https://itu.int/go/e-print>.
annex-a-laptops = **Prêt d'ordinateurs portables** : Le Service Desk de l'UIT ([{ $contact_service_desk }](mailto:{ $contact_service_desk })) met à la disposition des délégués un nombre limité d'ordinateurs portables, selon le principe du premier arrivé, premier servi.
annex-a-remote = **Participation à distance** : La participation à distance sera assurée dans la mesure du possible. La participation à distance interactive sera possible pour les séances plénières d'ouverture et de clôture de la commission d'études. Conformément à la pratique actuelle, les décisions seront prises par les délégués physiquement présents à la réunion.
annex-a-remote-rules = Les délégués doivent s'inscrire aux réunions pour pouvoir y participer à distance. Les participants sont informés que, conformément à la pratique habituelle, la réunion ne sera ni retardée ni interrompue si un participant à distance ne parvient pas à se connecter, à écouter ou à se faire entendre, la décision étant laissée à l'appréciation de la présidence. Si la qualité de la voix d'un participant à distance est jugée insuffisante, la présidence pourra interrompre ce participant et s'abstenir de lui donner la parole tant que rien n'indique que le problème a été résolu. Les participants sont encouragés à utiliser la fonction de dialogue en ligne de la réunion pour faciliter une gestion efficace du temps pendant les séances, à l'appréciation de la présidence.
annex-a-heading-registration = Préinscription, nouveaux délégués, bourses et assistance pour l'obtention du visa
annex-a-registration = **Préinscription** : La préinscription est obligatoire pour les participants présents sur place et pour les participants à distance ; elle doit se faire en ligne, à partir de la page d'accueil de la commission d'études, au moins { $period_registration } avant le début de la réunion. Le système d'inscription de l'UIT-T exige que les demandes d'inscription soient approuvées par le coordonnateur ; il est toutefois possible de passer à une approbation automatique, comme indiqué dans la Circulaire 1 du TSB. Certaines options du formulaire d'inscription ne s'appliquent qu'aux États Membres, notamment la fonction, les demandes d'interprétation et les demandes de bourse. Les Membres sont invités à inclure, dans la mesure du possible, des femmes dans leurs délégations.
annex-a-new-delegates = **Nouveaux délégués** : Les nouveaux délégués sont invités à participer à un programme de mentorat, qui comprend une séance d'accueil à leur arrivée, une visite guidée du siège de l'UIT et une séance d'orientation sur les travaux de l'UIT-T. Pour y participer, veuillez contacter : [{ $contact_new_delegates }](mailto:{ $contact_new_delegates }). Un guide succinct à l'intention des nouveaux délégués est disponible.
annex-a-fellowships = **Bourses** : Afin de faciliter la participation des pays remplissant les conditions requises, et sous réserve des fonds disponibles, jusqu'à deux bourses partielles par pays peuvent être octroyées pour les réunions en présentiel. Une bourse partielle couvre soit a) un billet d'avion (un billet aller-retour en classe économique, par l'itinéraire le plus direct/le plus économique, du pays de départ au lieu de la réunion), soit b) une indemnité journalière de subsistance appropriée (destinée à couvrir les frais d'hébergement, les repas et les faux frais). Lorsque deux bourses partielles sont demandées pour une participation en présentiel, l'une au moins doit être un billet d'avion. Il incombe à l'organisation du demandeur de prendre en charge les autres frais de participation.
annex-a-fellowships-criteria = Conformément à la Résolution 213 (Dubaï, 2018) de la Conférence de plénipotentiaires, il est recommandé que les candidatures aux bourses tiennent compte de l'équilibre entre les hommes et les femmes ainsi que de la participation des personnes handicapées et des personnes ayant des besoins particuliers. Les critères d'octroi des bourses sont notamment les suivants : le budget disponible de l'UIT ; la participation active, y compris la soumission de contributions écrites pertinentes ; la répartition équitable entre les pays et les régions ; les demandes émanant de personnes handicapées et de personnes ayant des besoins particuliers ; et l'équilibre entre les hommes et les femmes.
annex-a-fellowships-form = Le formulaire de demande est disponible sur la page d'accueil de la commission d'études. Les demandes de bourse doivent parvenir au plus tard le { $date_fellowships }, par courrier électronique à l'adresse [{ $contact_fellowships }](mailto:{ $contact_fellowships }) ou par télécopie au { $contact_fellowships_fax }. L'inscription (approuvée par le coordonnateur) est obligatoire avant la soumission d'une demande de bourse ; il est donc vivement recommandé de s'inscrire à l'événement et d'engager la procédure de demande au moins { $period_fellowship_registration } avant le début de la réunion.
annex-a-visa = **Assistance pour l'obtention du visa** : Le cas échéant, les visas doivent être demandés, avant la date d'arrivée en Suisse, auprès de la représentation suisse (ambassade ou consulat) dans votre pays ou, s'il n'en existe pas dans votre pays, auprès de la représentation la plus proche du pays de départ. Les délais variant, il est conseillé de se renseigner directement auprès de la représentation compétente et de déposer la demande suffisamment tôt.
annex-a-visa-help = En cas de problème, l'UIT peut, à la demande officielle de l'administration ou de l'entité que vous représentez, intervenir auprès des autorités suisses compétentes pour faciliter la délivrance du visa. Une fois votre inscription approuvée par le coordonnateur de votre organisation, il faut normalement 15 jours pour établir une lettre d'appui à la demande de visa. Les demandes doivent donc être faites en cochant la case correspondante du formulaire d'inscription, au plus tard { $period_visa } avant le début de la réunion. Les demandes de renseignements doivent être envoyées par courrier électronique à la Section des voyages de l'UIT ([{ $contact_travel }](mailto:{ $contact_travel })), avec la mention « assistance pour l'obtention du visa (visa support) ».
annex-a-heading-geneva = Séjour à Genève : hôtels, transports publics
annex-a-geneva = **Délégués en visite à Genève** : Des informations pratiques à l'intention des délégués participant aux réunions de l'UIT à Genève sont disponibles à l'adresse suivante : <https://itu.int/en/delegates-corner>.
annex-a-hotels = **Tarifs hôteliers préférentiels** : Plusieurs hôtels de Genève proposent des tarifs préférentiels aux délégués participant aux réunions de l'UIT, ainsi qu'une carte donnant accès gratuitement aux transports publics genevois. La liste des hôtels participants et des indications sur la manière de bénéficier de ces réductions sont disponibles à l'adresse suivante : <https://itu.int/travel/>.

## A period before the meeting, as the paragraphs above say it ($n of $unit: days, weeks, months)
period = { $unit ->
    [days] { $n ->
        [one] un jour
       *[other] { $n } jours
    }
    [weeks] { $n ->
        [1] une semaine
        [2] deux semaines
        [3] trois semaines
        [4] quatre semaines
        [5] cinq semaines
        [6] six semaines
        [7] sept semaines
        [8] huit semaines
        [9] neuf semaines
       *[other] { $n } semaines
    }
   *[months] { $n ->
        [1] un mois
        [2] deux mois
        [3] trois mois
       *[other] { $n } mois
    }
}
