# The letter of invitation (a TSB collective letter), in English: the standard paragraphs
# of ITU-T. Placeholders ($name) are the meeting's facts; see the README's `letter.yaml`
# section. Paragraphs are inline Markdown. The order of the `body-`, `closing-` and
# `annex-a-` messages is the order of the letter.

## Letterhead
date-place = { $place }, { $date }
reference-label = Ref:
addressees-label = To:
telephone-label = Tel:
fax-label = Fax:
email-label = E-mail:
web-label = Web:
subject-label = Subject:

## Body, before the deadlines
body-salutation = Dear Sir/Madam,
body-invitation = I am pleased to invite you to attend the opening meeting of { $group }, which is planned to take place at { $premises }, { $from_to }, inclusive.
body-about = { $about }
body-opening = { $opening } Participant registration will begin at { $registration_time } at { $registration_place }. Information about the daily allocation of meeting rooms will be displayed on screens throughout ITU Headquarters, and online [here]({ $rooms_link }).
body-practical = Practical meeting information is set out in Annex A. Delegates are reminded that, in accordance with current practice, decisions will be taken by the delegates physically present at the meeting. The opening and closing plenary sessions will be supported by interactive remote participation (see Annex A for details).
body-draft = The draft agenda and time plan of the meeting, prepared by the Chair of { $body }, { $chair }, are set out in Annex B.
deadlines-label = Key deadlines:

## Body, after the deadlines
closing-wishes = I wish you a productive and enjoyable meeting.
closing-regards = Yours faithfully,
information-label = Latest meeting information
annexes = Annexes: { $count }

## Annex A
annex-a-label = Annex A
annex-a-title = Practical meeting information
annex-a-heading-methods = Working methods and facilities
annex-a-documents = **Document submission and access**: The meeting will be run paperless. Member contributions should be submitted using Direct Document Posting; draft TDs should be submitted by e-mail to the study group secretariat using the appropriate template. Access to meeting documents is provided from the study group homepage, and is restricted to ITU-T Members holding an ITU user account with TIES access.
annex-a-interpretation = **Interpretation**: Owing to budget constraints, interpretation will be provided for the closing plenary session of the meeting if requested by a Member State. Requests should be made by ticking the relevant box on the registration form at least { $period_interpretation } before the start of the meeting.
annex-a-wireless = **Wireless LAN** facilities are available for use by delegates in all ITU meeting rooms. Detailed information is available on site and on the ITU-T website (<https://www.itu.int/en/general-secretariat/ICT-Services/Pages/default.aspx>).
annex-a-lockers = **Electronic lockers** are available for the duration of the meeting, opened and closed with the delegate's ITU-T RFID badge. The lockers are located on the ground and first basement floors of the ITU Tower and on the ground floor of the Montbrillant building.
annex-a-printers = **Printers** are available in the delegates' lounges and near all major meeting rooms. To avoid installing drivers on delegates' computers, documents may be "e-printed" by sending them by e-mail to the chosen printer. Details are available at: <https://itu.int/go/e-print>.
annex-a-laptops = **Loan laptops**: A limited number of laptops are available for loan to delegates, on a first-come, first-served basis, from the ITU Service Desk ([{ $contact_service_desk }](mailto:{ $contact_service_desk })).
annex-a-remote = **Remote participation**: Remote participation will be provided on a best-effort basis. The opening and closing study group plenary sessions will be supported by interactive remote participation. In accordance with current practice, decisions will be taken by the delegates physically present at the meeting.
annex-a-remote-rules = Delegates must register for the meetings in order to participate in them remotely. Participants should be aware that, in keeping with customary practice, the meeting will not be delayed or interrupted because a remote participant cannot connect, listen or be heard, at the chair's discretion. If the voice quality of a remote participant is considered not good enough, the chair may interrupt the remote participant and may refrain from giving the participant the floor until there is indication that the problem is resolved. Participants are encouraged to use the meeting chat facility to facilitate efficient time management during the sessions, at the chair's discretion.
annex-a-heading-registration = Pre-registration, new delegates, fellowships and visa support
annex-a-registration = **Pre-registration**: Pre-registration is mandatory for in-person and remote participants, and is to be done online via the study group homepage at least { $period_registration } before the start of the meeting. The ITU-T registration system requires approval of registration requests by the focal point; this can be changed to automatic approval as set out in TSB Circular 1. Some options in the registration form apply only to Member States, including function, interpretation requests and fellowship requests. Members are encouraged to include women in their delegations whenever possible.
annex-a-new-delegates = **New delegates** are invited to a mentoring programme, including a welcome briefing on arrival, a guided tour of ITU Headquarters and an orientation session on the work of ITU-T. To take part, please contact: [{ $contact_new_delegates }](mailto:{ $contact_new_delegates }). A quick guide for new delegates is available.
annex-a-fellowships = **Fellowships**: To facilitate participation from eligible countries, and subject to available funding, up to two partial fellowships per country may be awarded for in-person meetings. A partial fellowship will cover either a) an air ticket (one economy class round-trip ticket by the most direct/economical route from the country of departure to the meeting venue), or b) an appropriate daily subsistence allowance (to cover accommodation, meals and incidental expenses). Where two partial fellowships for in-person participation are requested, at least one should be an air ticket. The applicant's organization is responsible for covering the remaining costs of participation.
annex-a-fellowships-criteria = In accordance with Resolution 213 (Dubai, 2018) of the Plenipotentiary Conference, fellowship nominations are encouraged to take into account gender balance and the participation of persons with disabilities and with specific needs. The criteria for awarding fellowships include: the ITU budget available; active participation, including the submission of relevant written contributions; equitable distribution among countries and regions; requests from persons with disabilities and with specific needs; and gender balance.
annex-a-fellowships-form = The request form is available from the study group homepage. Fellowship requests must be received no later than { $date_fellowships }, by e-mail to [{ $contact_fellowships }](mailto:{ $contact_fellowships }) or by fax to { $contact_fellowships_fax }. Registration (approved by the focal point) is required before a fellowship request is submitted, so it is strongly recommended to register for the event and start the request process at least { $period_fellowship_registration } before the start of the meeting.
annex-a-visa = **Visa support**: Where necessary, visas must be requested before the date of arrival in Switzerland from the Swiss representation (embassy or consulate) in your country or, if there is none in your country, from the nearest one to the country of departure. Deadlines vary, so it is advisable to check directly with the appropriate representation and apply early.
annex-a-visa-help = If problems arise, ITU can, upon official request from the administration or entity you represent, approach the competent Swiss authorities in order to facilitate delivery of the visa. Once your registration has been approved by your organization's focal point, it normally takes 15 days to issue a visa support letter. Requests should therefore be made by ticking the relevant box on the registration form no later than { $period_visa } before the start of the meeting. Enquiries should be sent by e-mail to the ITU Travel Section ([{ $contact_travel }](mailto:{ $contact_travel })), marked "visa support".
annex-a-heading-geneva = Visiting Geneva: hotels, public transport
annex-a-geneva = **Visitors to Geneva**: Practical information for delegates attending ITU meetings in Geneva is available at: <https://itu.int/en/delegates-corner>.
annex-a-hotels = **Hotel discounts**: Several Geneva hotels offer preferential rates to delegates attending ITU meetings, and a card giving free access to Geneva's public transport system. A list of participating hotels, and guidance on how to claim discounts, is available at: <https://itu.int/travel/>.

## A period before the meeting, as the paragraphs above say it ($n of $unit: days, weeks, months)
period = { $unit ->
    [days] { $n ->
        [one] one day
       *[other] { $n } days
    }
    [weeks] { $n ->
        [1] one week
        [2] two weeks
        [3] three weeks
        [4] four weeks
        [5] five weeks
        [6] six weeks
        [7] seven weeks
        [8] eight weeks
        [9] nine weeks
       *[other] { $n } weeks
    }
   *[months] { $n ->
        [1] one month
        [2] two months
        [3] three months
       *[other] { $n } months
    }
}
