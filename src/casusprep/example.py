"""A complete, invented example case: every part of the model filled the way a coach would.

Why it exists: ``casusprep case example`` prints it as a valid input for ``case import``, the app can
offer it to try things out, and tests and benchmarks need one realistic case that touches every
field (documents, anonymisation, store). All names, places and events are invented.

The case is a GOG situation (an external person, the father, towards the child at pick-up in the
childcare) with worries about the home situation behind it, so that ``gog_direction`` is filled too.
``closed_on`` stays empty: the case is still being followed up (a closed example would contradict
its own next follow-up date).
"""

from __future__ import annotations

import datetime as dt
from datetime import UTC, datetime

from casusprep.case import (
    Action,
    AnonymisationReview,
    Asker,
    BodyPart,
    BodySide,
    Case,
    DateMode,
    Form,
    GogDirection,
    Laterality,
    Mark,
    MarkColour,
    MarkShape,
    Nature,
    Needs,
    OrganiserType,
    Overview,
    ParentMeeting,
    ParentsView,
    Person,
    Role,
    Setting,
    SharingChecks,
    Signal,
    SituationKind,
    Status,
    Strengths,
    Urgency,
    Witness,
)

# Invented people. Tests look for these strings in files on disk, so keep them distinctive.
CHILD = "Noor Vanhoutte"
MOTHER = "Lindsey Bauwens"
FATHER = "Jeroen Vanhoutte"
BROTHER = "Tibo Vanhoutte"
CAREGIVER = "Annelies Moerman"
MANAGER = "Kristof Heylen"
LOCATION = "De Egeltjes"


def example_case() -> Case:
    """A fresh copy of the example case (deterministic ids and dates, so output is stable).

    The ids look like the random ones :func:`casusprep.case.new_id` makes: an id is stored in plaintext,
    so it must never be derived from a name.
    """
    persons = [
        Person(
            id="a1f3c5e7b901",
            name=CHILD,
            role=Role.CHILD,
            role_detail="peuter in de leefgroep Vlinders, komt vier dagen per week",
            birth_date=dt.date(2024, 6, 14),
            pseudonym="het kind",
        ),
        Person(
            id="b2e4d6f8a012",
            name=MOTHER,
            role=Role.MOTHER,
            role_detail="brengt Noor meestal 's ochtends",
            birth_date=dt.date(1994, 2, 3),
            pseudonym="moeder",
        ),
        Person(
            id="c3d5e7f9b123",
            name=FATHER,
            role=Role.FATHER,
            role_detail="haalt Noor op dinsdag en donderdag op",
            birth_date=dt.date(1991, 6, 22),
            pseudonym="vader",
        ),
        Person(
            id="d4c6e8a0c234",
            name=BROTHER,
            role=Role.BROTHER,
            role_detail="oudere broer, eerste leerjaar, gaat naar de IBO van de school",
            birth_date=dt.date(2019, 11, 5),
            pseudonym="broer",
        ),
        Person(
            id="e5b7d9b1d345",
            name=CAREGIVER,
            role=Role.CAREGIVER,
            role_detail="vaste kinderbegeleider van de Vlinders",
            birth_date=dt.date(1988, 4, 17),
            pseudonym="begeleider B",  # not her own initial (Annelies): a reader takes a letter for one
        ),
        Person(
            id="f6a8c0c2e456",
            name=MANAGER,
            role=Role.MANAGER,
            role_detail="verantwoordelijke van de locatie",
            birth_date=dt.date(1979, 12, 1),
            pseudonym="verantwoordelijke",
        ),
    ]
    signals = [
        Signal(
            id="0a1b2c3d4e01",
            date=dt.date(2026, 9, 22),
            situation="Onthaal 's ochtends in de leefgroep Vlinders, rond 7.45 uur.",
            observation=(
                "Noor droeg dezelfde kleren als vrijdag, met een vlek op de broek. Ze at twee boterhammen "
                "na elkaar en vroeg nog een derde. Ze zei: 'Mama slaapt nog.' Ze speelde de hele voormiddag "
                "alleen in de leeshoek en reageerde niet toen Annelies haar naam riep."
            ),
            present="Annelies Moerman en een stagiaire; vier andere kinderen van de leefgroep.",
            child_question="Goeiemorgen Noor. Vertel eens, wie heeft jou vandaag gebracht?",
            child_words="Tibo. Mama slaapt nog. Honger.",
            child_words_present="Annelies Moerman en de stagiaire, bij het onthaal.",
            trigger="Noor werd door haar broer Tibo en een buurvrouw gebracht in plaats van door haar mama.",
            consequences="Noor kreeg een extra ontbijt. Annelies noteerde het in het logboek van de leefgroep.",
            discussed_with="Met Kristof Heylen, de verantwoordelijke, dezelfde middag.",
            parents_reaction=(
                "Mama Lindsey zei bij het ophalen dat ze een zware nacht had gehad en dat het 'niet meer zou "
                "gebeuren'. Ze bedankte voor het ontbijt."
            ),
            follow_up=True,
            share_parents=True,
            follow_up_note="Een week lang noteren wie Noor brengt, hoe ze aankomt en wat ze eet.",
            interpretation="Ik denk dat er thuis 's ochtends weinig structuur is en dat Noor honger had.",
            gut_feeling="Niet pluis: Noor leek stiller dan anders en keek weg toen ik haar aansprak.",
        ),
        Signal(
            id="0a1b2c3d4e02",
            date=dt.date(2026, 10, 8),
            situation="Ophalen aan de voordeur van het kinderdagverblijf, rond 17.30 uur.",
            observation=(
                "Papa Jeroen trok Noor aan haar bovenarm van de bank omhoog toen ze haar schoen niet aan "
                "kreeg en riep: 'Nu is 't genoeg, ik ga het niet nog eens zeggen.' Noor begon te huilen en "
                "hield haar arm vast. Ik zag bij het verversen de volgende ochtend een blauwe plek van "
                "ongeveer twee cm op haar linkerbovenarm."
            ),
            present="Annelies Moerman, twee ouders van andere kinderen en drie kinderen van de Vlinders.",
            child_question="Ik zie een blauwe plek op je arm. Vertel eens, wat is er met je arm gebeurd?",
            child_words="Papa trok. Au. Noor niet stout.",
            child_words_present="Annelies Moerman, bij het verversen; een stagiaire stond aan de deur.",
            trigger="Noor wilde haar schoen zelf aandoen en het ging niet snel genoeg.",
            consequences=(
                "Noor wilde de volgende dagen bij het ophalen niet naar de deur gaan en verstopte zich "
                "achter de kast. De andere ouders vroegen wat er gebeurd was."
            ),
            discussed_with="Met Kristof Heylen en de pedagogisch coach; gemeld aan Opgroeien als GOG.",
            parents_reaction=(
                "Papa zei de volgende dag dat hij 'een kort lontje' heeft door zijn nieuwe werk in "
                "ploegen en dat hij Noor zeker geen pijn wou doen. Hij vroeg of we het aan mama vertellen."
            ),
            follow_up=True,
            share_parents=True,
            follow_up_note="Gesprek met beide ouders plannen; advies vragen aan het VK.",
            marks=[
                Mark(
                    id="7b3e9d1c2a01",
                    side=BodySide.FRONT,
                    part=BodyPart.UPPER_ARM,
                    laterality=Laterality.LEFT,
                    colour=MarkColour.BLUE,
                    size_cm=2,
                    shape=MarkShape.OVAL,
                    seen_on=dt.date(2026, 10, 9),
                    seen_at=dt.time(8, 15),
                    seen_by=Witness.CAREGIVER,
                    child_said="Papa trok. Au.",
                    parents_said="Papa Jeroen zei dat hij Noor aan haar arm van de bank had getrokken.",
                    description="Blauwe plek aan de binnenkant van de arm, niet gezwollen.",
                ),
                Mark(
                    id="7b3e9d1c2a02",
                    side=BodySide.BACK,
                    part=BodyPart.UPPER_ARM,
                    laterality=Laterality.LEFT,
                    colour=MarkColour.BLUE,
                    size_cm=1,
                    shape=MarkShape.DOTS,
                    seen_on=dt.date(2026, 10, 9),
                    seen_at=dt.time(8, 15),
                    seen_by=Witness.CAREGIVER,
                    description="Drie kleine blauwe stippen naast elkaar aan de achterkant van dezelfde arm.",
                ),
                Mark(
                    id="7b3e9d1c2a03",
                    side=BodySide.FRONT,
                    part=BodyPart.LOWER_LEG,
                    laterality=Laterality.RIGHT,
                    colour=MarkColour.YELLOW,
                    size_cm=3.5,
                    shape=MarkShape.ROUND,
                    seen_on=dt.date(2026, 10, 9),
                    seen_at=dt.time(8, 20),
                    seen_by=Witness.CAREGIVER,
                    child_said="Gevallen op de speelplaats.",
                    parents_said="Mama Lindsey zei dat Noor in het weekend van de glijbaan viel.",
                    description="Geelgroene plek op het scheenbeen, zoals een oudere blauwe plek.",
                ),
            ],
            interpretation="Ik denk dat papa overbelast is en zijn geduld verliest als het snel moet gaan.",
            gut_feeling="Ik schrok van de kracht waarmee hij trok; het voelde niet als een eenmalig moment.",
        ),
        Signal(
            id="0a1b2c3d4e03",
            date=dt.date(2026, 11, 3),
            situation="Vrij spel in de poppenhoek van de leefgroep, in de namiddag.",
            observation=(
                "Noor legde een pop op de grond, trok ze aan de arm omhoog en zei met luide stem: 'Stoute "
                "pop, nu is 't genoeg!' Daarna legde ze de pop onder een doek en zei: 'Niet huilen, anders "
                "komt papa.' Ze herhaalde dit spel drie keer in een halfuur."
            ),
            present="Annelies Moerman en twee kinderen die mee in de poppenhoek speelden.",
            child_question="Vertel eens, wat gebeurt er met de pop?",
            child_words="Pop stout. Papa komt. Pop stil zijn.",
            child_words_present="Annelies Moerman en twee kinderen in de poppenhoek.",
            trigger="Geen duidelijke aanleiding; het spel begon na het middagdutje.",
            consequences="Een ander kind begon te huilen. Annelies speelde mee en liet de pop troosten.",
            discussed_with="Met Kristof Heylen en in het teamoverleg van de Vlinders.",
            parents_reaction=(
                "Mama Lindsey keek verrast en zei dat Noor thuis 'veel ziet als papa moe is'. Ze wilde er "
                "bij het ophalen niet verder over praten omdat Tibo erbij was."
            ),
            follow_up=True,
            share_parents=True,
            follow_up_note="Het spel verder observeren en noteren; meenemen in het oudergesprek.",
            interpretation="Ik denk dat Noor in haar spel iets naspeelt wat ze thuis meemaakt.",
            gut_feeling="Ongerust; ik wil niet wachten tot er iets ernstigers gebeurt.",
        ),
    ]
    created = datetime(2026, 9, 22, 16, 5, tzinfo=UTC)
    return Case(
        id="5e1c0a7b9d42",
        title="Noor V. - Vlinders",
        created_at=created,
        updated_at=datetime(2026, 11, 5, 9, 40, tzinfo=UTC),
        status=Status.FOLLOW_UP,
        closed_on=None,
        child_in_danger_now=False,
        asker=Asker.COACH,
        setting=Setting.KINDERDAGVERBLIJF,
        setting_detail="Kinderdagverblijf De Egeltjes in Zottegem, leefgroep Vlinders (18 maanden tot 3 jaar).",
        organiser_type=OrganiserType.NOT_OCMW,
        situation_kind=SituationKind.GOG,
        gog_direction=GogDirection.EXTERNAL_TO_CHILD,
        nature=[Nature.PHYSICAL, Nature.EMOTIONAL],
        form=[Form.ACTIVE, Form.PASSIVE],
        urgency=Urgency.CHRONIC,
        crisis=False,
        persons=persons,
        signals=signals,
        strengths=Strengths(
            child=(
                "Noor zoekt zelf troost bij Annelies, speelt graag met klei en helpt bij het opruimen. Ze "
                "vertelt veel over haar broer Tibo."
            ),
            parents=(
                "Mama Lindsey brengt Noor bijna altijd op tijd en vraagt hoe haar dag was. Papa Jeroen gaf "
                "zelf aan dat hij zijn geduld verloor en staat open voor een gesprek."
            ),
            context="Een grootmoeder woont in dezelfde straat en springt in als de ouders moeten werken.",
        ),
        needs=Needs(
            behind_behaviour=(
                "Het naspelen in de poppenhoek en het verstoppen bij het ophalen vertellen ons dat Noor "
                "nood heeft aan voorspelbaarheid en aan volwassenen die rustig blijven."
            ),
            child="Rust en vaste gewoontes bij het brengen en halen, genoeg eten, een vaste begeleider.",
            parents=(
                "Ondersteuning bij opvoedingsstress en bij de combinatie van ploegenwerk en twee kinderen; "
                "iemand om mee te praten."
            ),
            childcare_can_offer=(
                "Een vast onthaalmoment met Annelies, een extra ontbijt, een rustige hoek bij het ophalen, "
                "informatie over het Huis van het Kind en het opvoedingspunt."
            ),
            childcare_cannot_offer=(
                "De opvang kan de ouders niet vervangen, geen opvoedingsbegeleiding thuis geven en geen "
                "opvang buiten de openingsuren organiseren."
            ),
        ),
        parents=ParentsView(
            spoken_to=True,
            spoken_to_on=dt.date(2026, 10, 9),
            their_meaning=(
                "Papa Jeroen ziet het als een moment van ongeduld door vermoeidheid. Mama Lindsey zegt dat "
                "het thuis 'gespannen' is sinds papa in ploegen werkt."
            ),
            informed_about_consultation=True,
            notes="Beide ouders willen samen komen praten, liefst op een dinsdagavond.",
        ),
        overview=Overview(
            worries=(
                "Herhaald hardhandig optreden van papa bij het ophalen, een blauwe plek, Noor die honger "
                "heeft en in haar spel geweld naspeelt."
            ),
            going_well=(
                "Noor hecht zich aan haar begeleider, de ouders zijn aanspreekbaar en komen naar gesprekken; "
                "een grootmoeder helpt."
            ),
            must_happen=(
                "Een gesprek met beide ouders over wat we zien, advies van het VK over de thuissituatie, "
                "een afspraak over het ophalen."
            ),
            scale=4,
        ),
        question=(
            "Is wat we zien reden tot ongerustheid over de thuissituatie, en hoe bespreken we het best met "
            "de ouders zonder het vertrouwen te verliezen?"
        ),
        actions_taken=(
            "Signalen genoteerd in het logboek, besproken met de verantwoordelijke en de pedagogisch coach, "
            "melding van het incident bij het ophalen aan Opgroeien, eerste gesprek met papa op 9 oktober."
        ),
        actions=[
            Action(
                id="9f8e7d6c5b01",
                description="Anoniem advies vragen aan het VK",
                due=dt.date(2026, 11, 12),
                done=False,
            ),
            Action(
                id="9f8e7d6c5b02",
                description="Oudergesprek met beide ouders plannen",
                due=dt.date(2026, 11, 19),
                done=False,
            ),
            Action(
                id="9f8e7d6c5b03",
                description="Melding aan Opgroeien (klantenbeheerder)",
                due=dt.date(2026, 10, 9),
                done=True,
            ),
        ],
        next_follow_up=dt.date(2026, 12, 7),
        sharing=SharingChecks(
            purpose=(
                "Afstemmen met de IBO van de school van Tibo hoe we het gezin samen kunnen ondersteunen bij "
                "het brengen en halen."
            ),
            same_purpose=True,
            necessary_and_relevant=True,
            need_to_know=True,
            parents_informed=True,
            supervisor_approved=True,
            questions_for_other_team=(
                "Hoe verloopt het ophalen bij jullie? Zien jullie bij de broer ook signalen van honger of "
                "vermoeidheid? Welke steun kan het CLB bieden?"
            ),
        ),
        parent_meeting=ParentMeeting(
            goal=(
                "Samen met de ouders bekijken wat Noor nodig heeft bij het brengen en halen, en afspraken "
                "maken over ondersteuning."
            ),
            attendees="Mama Lindsey, papa Jeroen, Annelies Moerman (begeleider), Kristof Heylen (verantwoordelijke).",
            both_parents_invited=True,
            place="Het bureau van de verantwoordelijke in De Egeltjes, een rustige ruimte zonder kinderen.",
            when="Dinsdag 17 november 2026 om 18 uur, een uur voorzien.",
            questions_for_parents=(
                "Wat betekent het voor jullie dat Noor dit naspeelt? Hoe gaan de ochtenden thuis? Wat zou "
                "jullie helpen?"
            ),
            referrals="Huis van het Kind, opvoedingslijn, huisarts; eventueel CAW voor gezinsondersteuning.",
            agreements=(
                "Nog te maken: wie haalt Noor op, hoe we elkaar op de hoogte houden, een nieuw gesprek "
                "binnen drie weken."
            ),
        ),
        anonymisation=AnonymisationReview(
            date_mode=DateMode.RELATIVE,
            rejected=["Opgroeien", "VK"],
            extra=[LOCATION, "Zottegem", "Vlinders"],
            replacements={LOCATION: "[naam opvang]", "Vlinders": "[naam leefgroep]"},
        ),
    )


def example_json() -> str:
    """The example case as JSON, exactly what ``casusprep case example`` prints."""
    return example_case().model_dump_json(indent=2)
