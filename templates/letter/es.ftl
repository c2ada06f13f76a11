# The letter of invitation (a TSB collective letter), in Spanish: the standard paragraphs
# of ITU-T, translated from zh.ftl (authoritative) and en.ftl. Placeholders ($name) are the
# meeting's facts; see the README's `letter.yaml` section. Paragraphs are inline Markdown. The
# order of the `body-`, `closing-` and `annex-a-` messages is the order of the letter.

## Letterhead
date-place = { $place }, { $date }
reference-label = Ref.:
addressees-label = A:
telephone-label = Tel.:
fax-label = Fax:
email-label = Correo-e:
web-label = Web:
subject-label = Asunto:

## Body, before the deadlines
body-salutation = Muy Señora mía/Muy Señor mío:
body-invitation = Tengo el gusto de invitarle a asistir a la reunión inaugural de { $group }, que se celebrará en { $premises }, { $from_to }, ambos inclusive.
body-about = { $about }
body-opening = { $opening } La inscripción de los participantes tendrá lugar en { $registration_place } a partir de las { $registration_time }. La información sobre la asignación diaria de las salas de reunión se mostrará en las pantallas instaladas en toda la sede de la UIT y podrá consultarse en línea [aquí]({ $rooms_link }).
body-practical = La información práctica sobre la reunión figura en el Anexo A. Se recuerda a los delegados que, de conformidad con la práctica actual, las decisiones serán adoptadas por los delegados presentes físicamente en la reunión. Las sesiones plenarias de apertura y clausura contarán con participación a distancia interactiva (véanse los detalles en el Anexo A).
body-draft = Los proyectos de orden del día y de plan horario de la reunión, preparados por la Presidencia de la { $body }, { $chair }, figuran en el Anexo B.
deadlines-label = Plazos importantes:

## Body, after the deadlines
closing-wishes = Le deseo que la reunión transcurra sin contratiempos y resulte fructífera.
closing-regards = Atentamente,
information-label = Información actualizada sobre la reunión
annexes = Anexos: { $count }

## Annex A
annex-a-label = Anexo A
annex-a-title = Información práctica sobre la reunión
annex-a-heading-methods = Métodos de trabajo e instalaciones
annex-a-documents = **Presentación de documentos y acceso a los mismos**: La reunión se celebrará sin papel. Las contribuciones de los Miembros deben presentarse mediante el sistema de publicación directa de documentos; los proyectos de documentos temporales (TD) deben enviarse por correo electrónico a la secretaría de la Comisión de Estudio utilizando la plantilla adecuada. El acceso a los documentos de la reunión se facilita a partir de la página principal de la Comisión de Estudio y está restringido a los Miembros del UIT-T que tengan una cuenta de usuario de la UIT con acceso TIES.
annex-a-interpretation = **Interpretación**: Debido a limitaciones presupuestarias, se proporcionará interpretación para la sesión plenaria de clausura de la reunión si así lo solicita un Estado Miembro. Las solicitudes deben presentarse marcando la casilla correspondiente del formulario de inscripción, al menos { $period_interpretation } antes del comienzo de la reunión.
annex-a-wireless = **Red inalámbrica de área local**: Los delegados pueden utilizar la red inalámbrica de área local en todas las salas de reunión de la UIT. Se facilita información detallada in situ y en el sitio web del UIT-T (<https://www.itu.int/en/general-secretariat/ICT-Services/Pages/default.aspx>).
annex-a-lockers = **Taquillas electrónicas**: Durante la reunión, los delegados podrán utilizar taquillas electrónicas, que se abren y cierran con su tarjeta de identificación RFID del UIT-T. Las taquillas electrónicas se encuentran en la planta baja y en el primer sótano de la torre de la UIT, así como en la planta baja del edificio Montbrillant.
annex-a-printers = **Impresoras**: Los delegados disponen de impresoras en las salas de descanso de los delegados y cerca de todas las salas de reunión principales. Para evitar tener que instalar controladores en los ordenadores de los delegados, los documentos pueden «imprimirse electrónicamente» enviándolos por correo electrónico a la impresora elegida. Más información en: <https://itu.int/go/e-print>.
annex-a-laptops = **Préstamo de ordenadores portátiles**: El Servicio de Asistencia de la UIT ([{ $contact_service_desk }](mailto:{ $contact_service_desk })) pondrá a disposición de los delegados, para su préstamo, un número limitado de ordenadores portátiles, por orden de llegada.
annex-a-remote = **Participación a distancia**: La participación a distancia se ofrecerá en la medida de lo posible. Las sesiones plenarias de apertura y clausura de la Comisión de Estudio contarán con participación a distancia interactiva. De conformidad con la práctica actual, las decisiones serán adoptadas por los delegados presentes físicamente en la reunión.
annex-a-remote-rules = Los delegados deben inscribirse en las reuniones para poder participar en ellas a distancia. Los participantes deben tener en cuenta que, según la práctica habitual, la reunión no se retrasará ni se interrumpirá porque un participante a distancia no pueda conectarse, escuchar o ser escuchado, a discreción de la Presidencia. Si se considera que la calidad de la voz de un participante a distancia no es suficientemente buena, la Presidencia podrá interrumpir al participante a distancia y abstenerse de darle la palabra hasta que haya indicios de que el problema se ha resuelto. Se alienta a los participantes a utilizar el servicio de chat de la reunión para facilitar una gestión eficaz del tiempo durante las sesiones, a discreción de la Presidencia.
annex-a-heading-registration = Inscripción previa, nuevos delegados, becas y apoyo para la obtención del visado
annex-a-registration = **Inscripción previa**: La inscripción previa es obligatoria para los participantes presenciales y a distancia, y debe realizarse en línea a través de la página principal de la Comisión de Estudio al menos { $period_registration } antes del comienzo de la reunión. El sistema de inscripción del UIT-T exige que las solicitudes de inscripción sean aprobadas por el coordinador; este procedimiento puede sustituirse por la aprobación automática, tal como se indica en la Circular 1 de la TSB. Algunas opciones del formulario de inscripción solo se aplican a los Estados Miembros, entre ellas la función, las solicitudes de interpretación y las solicitudes de beca. Se invita a los Miembros a incluir mujeres en sus delegaciones siempre que sea posible.
annex-a-new-delegates = **Nuevos delegados**: Se invita a los nuevos delegados a participar en un programa de mentores, que incluye una reunión informativa de bienvenida a su llegada, una visita guiada a la sede de la UIT y una sesión de orientación sobre la labor del UIT-T. Si desea participar, sírvase ponerse en contacto con: [{ $contact_new_delegates }](mailto:{ $contact_new_delegates }). Se dispone de una guía rápida para los nuevos delegados.
annex-a-fellowships = **Becas**: Para facilitar la participación de los países que reúnen las condiciones necesarias, y en función de los fondos disponibles, podrán concederse hasta dos becas parciales por país para las reuniones presenciales. Una beca parcial cubrirá bien a) un billete de avión (un billete de ida y vuelta en clase económica por la ruta más directa/económica desde el país de salida hasta el lugar de la reunión), o bien b) una dieta diaria adecuada (para cubrir el alojamiento, las comidas y los gastos varios). Cuando se soliciten dos becas parciales para la participación presencial, al menos una de ellas deberá ser un billete de avión. La organización del solicitante se hará cargo de los demás gastos de participación.
annex-a-fellowships-criteria = De conformidad con la Resolución 213 (Dubái, 2018) de la Conferencia de Plenipotenciarios, se alienta a que en las candidaturas a becas se tengan en cuenta el equilibrio de género y la participación de las personas con discapacidad y con necesidades específicas. Los criterios para la concesión de becas incluyen: el presupuesto disponible de la UIT; la participación activa, incluida la presentación de contribuciones escritas pertinentes; la distribución equitativa entre países y regiones; las solicitudes de personas con discapacidad y con necesidades específicas; y el equilibrio de género.
annex-a-fellowships-form = El formulario de solicitud puede obtenerse en la página principal de la Comisión de Estudio. Las solicitudes de beca deben recibirse a más tardar el { $date_fellowships }, por correo electrónico a [{ $contact_fellowships }](mailto:{ $contact_fellowships }) o por fax al { $contact_fellowships_fax }. Es necesario inscribirse (con la aprobación del coordinador) antes de presentar una solicitud de beca, por lo que se recomienda encarecidamente inscribirse en el evento e iniciar el proceso de solicitud al menos { $period_fellowship_registration } antes del comienzo de la reunión.
annex-a-visa = **Apoyo para la obtención del visado**: En caso necesario, los visados deben solicitarse, antes de la fecha de llegada a Suiza, en la representación de Suiza (embajada o consulado) en su país o, si no la hay en su país, en la más próxima al país de partida. Como los plazos varían, se aconseja consultar directamente con la representación correspondiente y presentar la solicitud con antelación.
annex-a-visa-help = En caso de problemas, la UIT puede, previa solicitud oficial de la administración o entidad a la que usted representa, dirigirse a las autoridades suizas competentes para facilitar la expedición del visado. Una vez que el coordinador de su organización haya aprobado su inscripción, normalmente se tarda 15 días en emitir una carta de apoyo para la obtención del visado. Por consiguiente, las solicitudes deben presentarse marcando la casilla correspondiente del formulario de inscripción, a más tardar { $period_visa } antes del comienzo de la reunión. Las consultas deben enviarse por correo electrónico a la Sección de Viajes de la UIT ([{ $contact_travel }](mailto:{ $contact_travel })), con la indicación «apoyo para la obtención del visado (visa support)».
annex-a-heading-geneva = Visita a Ginebra: hoteles, transporte público
annex-a-geneva = **Visitantes en Ginebra**: La información práctica para los delegados que asisten a reuniones de la UIT en Ginebra puede consultarse en: <https://itu.int/en/delegates-corner>.
annex-a-hotels = **Descuentos en hoteles**: Varios hoteles de Ginebra ofrecen tarifas preferentes a los delegados que asisten a reuniones de la UIT, así como una tarjeta que da acceso gratuito al sistema de transporte público de Ginebra. La lista de hoteles participantes y las indicaciones sobre cómo obtener los descuentos pueden consultarse en: <https://itu.int/travel/>.

## A period before the meeting, as the paragraphs above say it ($n of $unit: days, weeks, months)
period = { $unit ->
    [days] { $n ->
        [one] un día
       *[other] { $n } días
    }
    [weeks] { $n ->
        [1] una semana
        [2] dos semanas
        [3] tres semanas
        [4] cuatro semanas
        [5] cinco semanas
        [6] seis semanas
        [7] siete semanas
        [8] ocho semanas
        [9] nueve semanas
       *[other] { $n } semanas
    }
   *[months] { $n ->
        [1] un mes
        [2] dos meses
        [3] tres meses
       *[other] { $n } meses
    }
}
