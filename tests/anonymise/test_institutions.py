"""Named institutions by class, with invented examples: a kept phrase that is a place's name after its type word,
a person's name inside a firm's or a shop's name, a non-profit's legal form before its name, a word the lists
call never personal inside a name, someone's employer that is a brand, and firms named in English after a
phrase of working. Each class also says what must stay."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.case import Person, Role

ROSTER = [
    Person(name="Wendelien Achterberg", role=Role.CHILD),
    Person(name="Gülsüm Yıldırım", role=Role.MOTHER),
    Person(name="Wojciech Nowakowski", role=Role.FATHER),
]


def clean(text: str) -> str:
    return anonymise_text(text, ROSTER, use_model=False).text


class TestAKeptPhraseAsAName:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Wendelien zit in kdv Kabouter Plop, Hamme.", "Plop"),
            ("Overdracht van crèche Paddington in Aalst naar de kleuterschool.", "Paddington"),
        ],
    )
    def test_a_kept_phrase_after_a_childcare_type_word_is_its_name(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out and "[kinderdagverblijf]" in out, out

    @pytest.mark.parametrize(
        "text",
        [
            "Op school Sinterklaas gevierd met de hele klas.",
            "In het kdv Sinterklaas gevierd, Wendelien was bang.",
            "We lazen Kabouter Plop in de kdv.",
        ],
    )
    def test_a_kept_phrase_that_is_no_name_stays(self, text: str) -> None:
        out = clean(text)
        assert "Sinterklaas" in out or "Kabouter Plop" in out, out


class TestAPersonInsideAName:
    def test_a_shop_named_after_a_registered_person_goes_whole(self) -> None:
        out = clean("Mama werkt in kapsalon Gülsüm Coiffure in het centrum.")
        assert "Coiffure" not in out and "Gülsüm" not in out and "[bedrijf]" in out, out

    def test_a_firm_with_its_legal_form_goes_whole(self) -> None:
        out = clean("Papa heeft een eigen zaak, Nowakowski Renovatie BV, sinds twee jaar.")
        assert "Renovatie" not in out and "Nowakowski" not in out and "[bedrijf]" in out, out

    def test_a_registered_name_alone_after_a_type_word_keeps_its_pseudonym(self) -> None:
        out = clean("Na school Wendelien opgehaald.")
        assert "Wendelien" not in out and "het kind" in out, out


class TestLegalForms:
    def test_the_legal_form_of_a_non_profit_opens_its_name(self) -> None:
        out = clean("Luiers krijgt het gezin via vzw Luierkansen, elke maand.")
        assert "Luierkansen" not in out and "vzw [organisatie]" in out, out

    @pytest.mark.parametrize(
        "text",
        [
            "Actie BV:\n- bellen naar mama",  # initials of a colleague after an ordinary word
            "Opmerking NV: mama was kwaad.",
            "Ik heb bv de juf gebeld.",  # 'bijvoorbeeld'
        ],
    )
    def test_initials_and_abbreviations_are_no_legal_form(self, text: str) -> None:
        out = clean(text)
        assert "[bedrijf]" not in out, out


class TestNamesGoOn:
    def test_a_word_never_personal_on_its_own_goes_on_a_name_begun(self) -> None:
        out = clean("Observatie in kinderdagverblijf De Dappere Kabouter, Gent.")
        assert "Kabouter" not in out and "Dappere" not in out, out

    def test_a_dash_parts_a_name_from_its_address(self) -> None:
        out = clean("Basisschool De Lindeboom – Kerkstraat 14, 9000 Gent")
        assert "Lindeboom" not in out and "Kerkstraat" not in out and "[adres]" in out, out

    def test_a_name_in_two_languages_around_a_dash_goes_whole(self) -> None:
        out = clean("Kinderdagverblijf Happy Feet – Blije Voetjes, Antwerpen")
        assert "Happy" not in out and "Voetjes" not in out, out


class TestEmployers:
    @pytest.mark.parametrize(
        "text",
        [
            "Papa werkt sinds maart bij Delhaize in Lier.",
            "Mama werkt in de Delhaize, vooral late shiften.",
            "Werkgever mama: Delhaize, afdeling logistiek.",
            "Hij was werken bij Delhaize toen het gebeurde.",
            "Papa werkt via uitzendkantoor Westhoek in de fabriek.",  # a region's name as a firm's
        ],
    )
    def test_a_brand_someone_works_for_is_their_workplace(self, text: str) -> None:
        out = clean(text)
        assert "Delhaize" not in out and "Westhoek" not in out and "[organisatie]" in out, out

    @pytest.mark.parametrize(
        "text",
        [
            "We kochten fruit bij Delhaize voor het feest.",
            "Papa werkt bij de politie, mama bij het OCMW en oma bij Kind en Gezin.",
            "Ze werkt in de Vlinders, hij werkt bij de Kikkers.",
            "Doorverwezen naar de Opvoedingswinkel.",
        ],
    )
    def test_a_brand_or_a_service_that_is_no_one_s_workplace_stays(self, text: str) -> None:
        assert clean(text) == text

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            ("Mama werkt bij de Flemish Offshore Group.", ("Flemish", "Offshore", "Group")),
            ("Werkgever papa: Bank of Nordic Trade (Brussel).", ("Bank", "Nordic", "Trade")),
            ("Ze thuiswerkt voor Freight Partners Melsbroek.", ("Freight", "Partners")),
        ],
    )
    def test_a_firm_named_in_english_after_a_phrase_of_working(self, text: str, words: tuple[str, ...]) -> None:
        out = clean(text)
        # a name that ends in a firm's kind ('Group', 'Partners') says it is a firm
        assert not any(w in out for w in words) and ("[organisatie]" in out or "[bedrijf]" in out), out


class TestServiceBranches:
    @pytest.mark.parametrize(
        ("text", "branch", "placeholder"),
        [
            ("Besproken met Els (CLB Zuiderkempen) op dinsdag.", "Zuiderkempen", "CLB [regio]"),
            ("Doorverwijzing: CAW Rupel en Vaartkant, onthaal op maandag.", "Vaartkant", "CAW [organisatie]"),
            ("De politiezone Pajottenland Oost kwam ter plaatse.", "Oost", "politiezone [regio]"),
            ("Psycholoog van Vrij CLB De Brug, vestiging centrum.", "Brug", "Vrij CLB [organisatie]"),
        ],
    )
    def test_the_name_of_a_service_s_branch_goes_and_the_service_stays(
        self, text: str, branch: str, placeholder: str
    ) -> None:
        out = clean(text)
        assert branch not in out and placeholder in out, out

    @pytest.mark.parametrize(
        "text",
        [
            "Het CLB Vandaag belde niemand.",  # an ordinary word after the service
            "Het VK Vlaams-Brabant gaf advies.",  # a province says no more than the service
            "Het CLB en Kind en Gezin kennen het gezin.",
        ],
    )
    def test_what_is_no_branch_stays(self, text: str) -> None:
        assert clean(text) == text


class TestOtherContexts:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Aanwezig: Els (pedagogisch coach De Wolkenfabriek), Tom.", "Wolkenfabriek"),
            ('Ze noemt onze locatie "Het Speelhuisje" bij naam.', "Speelhuisje"),
            ("Op de fiche van de opvang ('t Ukkepukje) staat het oude adres.", "Ukkepukje"),
        ],
    )
    def test_a_name_opened_by_an_article_after_a_place_word_or_in_brackets(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out, out

    @pytest.mark.parametrize(
        "text",
        [
            "Ze zit in de opvang de Vlinders sinds mei.",
            "Ze zit in de opvang (de Kikkers) sinds mei.",
            "De pedagogisch coach De Rupsjes komt langs.",
        ],
    )
    def test_the_groups_of_the_opvang_stay(self, text: str) -> None:
        assert clean(text) == text

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Milan zit in kinderdagverblijf De Klaproos in Lokeren.", "Klaproos"),
            ("Ze gaat naar kinderdagverblijf De Vlinders.", "Vlinders"),
            ("Sinds mei in kinderopvang De Rupsjes.", "Rupsjes"),
        ],
    )
    def test_a_name_after_its_type_word_is_no_group_for_its_capital_de(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out, out

    def test_a_plural_name_after_a_type_word_is_the_place_s_name(self) -> None:
        out = clean("Opvang: peuteropvang De Zwaluwen, drie dagen per week.")
        assert "Zwaluwen" not in out and "[kinderopvang]" in out, out

    def test_a_group_after_a_dash_is_no_part_of_the_name(self) -> None:
        out = clean('Chat "BKO Parelvisje – de Egeltjes" van vandaag.')
        assert "Parelvisje" not in out and "de Egeltjes" in out, out


class TestOrganisersNamedByTheirArea:
    @pytest.mark.parametrize(
        "text",
        [
            "Huisbezoek door de dienst voor onthaalouders Kinderopvang Noorderrand.",
            "Ze staat in het systeem van Kinderopvang Stad Lier.",
            "Onthaalouder bij dienst Kinderopvang Lokeren.",
        ],
    )
    def test_the_kind_is_part_of_an_organiser_named_by_its_area(self, text: str) -> None:
        out = clean(text)
        assert "Kinderopvang" not in out and "[organisatie]" in out, out

    def test_the_kind_stays_before_a_name_of_its_own(self) -> None:
        out = clean("Wendelien gaat naar Kinderopvang De Wilgenhoek.")
        assert "Kinderopvang [kinderopvang]" in out and "Wilgenhoek" not in out, out


class TestNamesTypedInLowerCase:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("mama ligt in az rosalie sinds gisteren, papa haalt op", "rosalie"),
            ("ze gaat voortaan naar bko 't wolkennest.", "wolkennest"),
            ("broer zit in kdv de zeppelinhoeve, zus niet", "zeppelinhoeve"),
        ],
    )
    def test_a_name_after_a_type_word_in_a_line_without_capitals(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out and "[" in out, out

    @pytest.mark.parametrize(
        "text",
        [
            "ze was de hele dag in de kdv de hele dag.",
            "in de kdv gebeld. de bko maandag dicht. ik bel het kdv morgen.",
            "Ze ligt in az Rosalie? nee, in az gent sinds maandag.",  # capitals: the usual rules
        ],
    )
    def test_ordinary_words_after_a_type_word_stay(self, text: str) -> None:
        out = clean(text)
        assert "hele dag" in out or "maandag" in out, out


class TestSurnameAndTrade:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Papa werkt bij Vercauteren Dakwerken in Geel.", "Vercauteren"),
            ("papa werkt nu bij vercauteren transport, zegt oma", "vercauteren"),
        ],
    )
    def test_a_surname_before_a_trade_names_the_firm(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out and "[bedrijf]" in out, out

    def test_a_trade_in_lower_case_after_a_capitalised_name_is_a_word(self) -> None:
        out = clean("Mevrouw Vercauteren transport zelf de kinderen? Nee.")
        assert "[bedrijf]" not in out, out


class TestTradesAsSaid:
    @pytest.mark.parametrize(
        "text", ["Mama werkt bij de slagerie Wijnants, vroege shift.", "Ze haalde siroop bij apoteek Wijnants."]
    )
    def test_a_trade_written_as_said_still_names_the_shop(self, text: str) -> None:
        out = clean(text)
        assert "Wijnants" not in out and "[" in out, out


class TestAWorkplaceAfterTheWordWerk:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Ik werk bij De Lijn als buschauffeur, ik kan niet altijd opnemen.", "Lijn"),
            ("Papa is moe van zijn werk bij Colruyt, zegt Wendelien.", "Colruyt"),
            ("OUDER 2: vader – werk: Colruyt Group, Lokeren", "Colruyt"),
            ("VADER: NOWAKOWSKI – WERKGEVER: STRIMEX CARS GENT", "STRIMEX"),
        ],
    )
    def test_a_brand_or_firm_after_werk_is_someones_workplace(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out and "[organisatie]" in out, out

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("We namen na het werk de bus van De Lijn naar huis.", "De Lijn"),
            ('"Mama werk" – 02 529 14 80 (Proximus, enkel in nood)', "Proximus"),
        ],
    )
    def test_a_brand_in_ordinary_use_or_across_a_number_stays(self, text: str, kept: str) -> None:
        assert kept in clean(text)


class TestAHeaderInCapitals:
    @pytest.mark.parametrize(
        "text",
        [
            "KINDERDAGVERBLIJF HET ROZENBLAD – HAMME\nINCIDENTFICHE nr. 4",
            "OPHAALLIJST – KDV DE ZONNEHOEK – TEMSE\nNAAM KIND: ACHTERBERG WENDELIEN",
        ],
    )
    def test_a_name_in_capitals_after_its_type_word_in_capitals_goes(self, text: str) -> None:
        out = clean(text)
        assert "ROZENBLAD" not in out and "ZONNEHOEK" not in out and "[kinderdagverblijf]" in out, out

    def test_two_kinds_in_capitals_parted_by_a_dash_are_no_name(self) -> None:
        assert "OPVANG DE VLINDERS" in clean("VERSLAG KDV – OPVANG DE VLINDERS")


class TestTheSameNameElsewhereInTheNote:
    def test_a_place_named_after_its_type_word_is_that_place_in_a_signature_and_a_list(self) -> None:
        out = clean(
            "Verslag kinderdagverblijf Het Rozenblad, Hamme.\n\n1. Casus Wendelien (Het Rozenblad): slaapt slecht.\n\n"
            "Groeten,\nEls, verantwoordelijke Het Rozenblad"
        )
        assert "Rozenblad" not in out and out.count("[kinderdagverblijf]") == 3, out

    def test_a_group_in_the_plural_or_a_brand_stays_elsewhere(self) -> None:
        out = clean(
            "Wendelien zit in kinderdagverblijf De Vlinders. De Vlinders sliepen vandaag lang.\n"
            "Papa werkt bij De Lijn. De bus van De Lijn was laat."
        )
        assert "De Vlinders sliepen" in out and "bus van De Lijn" in out, out


class TestTheFirmAWorkplaceBelongsTo:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Papa werkt 's nachts in een magazijn van Strimex Natie in Temse.", "Strimex"),
            ("Mama werkt 's avonds in de keuken van Hotel Rozenblad in Hamme.", "Rozenblad"),
        ],
    )
    def test_the_firm_after_a_workplace_and_van_goes(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out and ("[organisatie]" in out or "[bedrijf]" in out), out

    def test_whose_garden_is_a_persons_not_a_firm(self) -> None:
        assert "[organisatie]" not in clean("Hij werkt in de tuin van De Smet.")


class TestAfterSchoolCareByItsAcronym:
    @pytest.mark.parametrize(
        "text", ["Van: Els, pedagogisch coach BSO Kwakkel, Hamme", "Dagboek Wendelien (BSO Rimpelrots, Temse)"]
    )
    def test_the_name_after_bso_goes_and_the_kind_stays(self, text: str) -> None:
        out = clean(text)
        assert "Kwakkel" not in out and "Rimpelrots" not in out and "BSO [kinderopvang]" in out, out

    @pytest.mark.parametrize(
        "text", ["Wendelien gaat na school naar de BSO. In de BSO Sinterklaas gevierd.", "VERSLAG BSO – MAANDAG"]
    )
    def test_the_bso_itself_and_a_feast_after_it_stay(self, text: str) -> None:
        assert clean(text).endswith(text[-12:])


def test_a_firm_in_capitals_right_after_werk_goes_even_in_ordinary_words() -> None:
    out = clean("OUDER 2: NOWAKOWSKI – 0479 30 28 41 – WERK: BLAUWE TRUCKS, TEMSE")
    assert "TRUCKS" not in out and "[organisatie]" in out, out


def test_a_regions_name_after_bij_and_a_word_of_working_is_the_firm_not_the_region() -> None:
    out = clean("Papa werkt als uitzendkracht bij Randstad en mama werkt in de Kempen.")
    assert "Randstad" not in out and "[organisatie]" in out and "in de Kempen" in out, out


class TestAnElidedArticleOpensAName:
    """'t is written with its apostrophe apart from the word: after a preposition or a place word it opens a name as
    De and Het do; a group's plural after it stays."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("De broer wacht na school bij 't Zonnewiel tot vijf uur.", "Zonnewiel"),
            ("Onze stagiaire loopt ook stage van 't Pagadder uit.", "Pagadder"),
            ("Valpartij op de speelplaats van onze locatie ’t Hummelhuis, Tielt", "Hummelhuis"),
            ("Wendelien gaat naar 't Kwebbeltje sinds januari.", "Kwebbeltje"),
        ],
    )
    def test_a_name_after_an_elided_article_goes(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out, out

    @pytest.mark.parametrize(
        "text",
        [
            "Het was bij 't Kasteel zo druk.",
            "coach 't Egeltjes belt.",
            "Wendelien was blij op 't Kerstfeestje met de klas.",
        ],
    )
    def test_a_kept_word_or_a_group_after_an_elided_article_stays(self, text: str) -> None:
        out = clean(text)
        assert "[organisatie]" not in out, out

    def test_a_header_in_capitals_with_an_elided_article(self) -> None:
        out = clean("AANMELDING – KDV 'T ZEVENSPRONG – WERVIK")
        assert "ZEVENSPRONG" not in out and "KDV" in out, out


class TestMoreKindsOfPlaces:
    """Kinds of childcare, services and hospitals that name a place after them, also in French and English."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Verslag van de Dienst Onthaalouders Houtland, voorjaar", "Houtland"),
            ("De Dienst Opvanggezinnen Kempenland stuurt een nieuwe coach.", "Kempenland"),
            ("Mail van Onthaalouders Zuid-Oost-Limburg over de sluitingsdagen.", "Zuid-Oost"),
            ("Wendelien gaat twee dagen naar peuterwerking De Knikker.", "Knikker"),
            ("Sa maman est infirmière à la Clinique Sainte-Odile depuis mars.", "Odile"),
            ("Mum is in hospital Saint Ursula since Monday.", "Ursula"),
            ("Mama werkte bij de groenteveiling Hoeve Morgenrood in Hoogstraten.", "Morgenrood"),
        ],
    )
    def test_the_name_after_the_kind_goes(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out, out

    def test_a_childcare_organiser_after_dienst_goes_whole(self) -> None:
        # an organiser of onthaalouders is no public service: its whole name says the region it serves
        out = clean("Verslag van de Dienst Onthaalouders Houtland, voorjaar")
        assert "de [organisatie], voorjaar" in out, out

    @pytest.mark.parametrize(
        "text",
        ["De dienst voor onthaalouders belt morgen.", "We gaan naar de veiling in het dorp.", "Ze is in het hospital."],
    )
    def test_the_kind_alone_stays(self, text: str) -> None:
        assert clean(text) == text


class TestARegionOpeningAFirmsName:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Papa is al jaren in dienst bij Kempen Groenten.", "Groenten"),
            ("Mama is lid van Waasland Atletiek.", "Atletiek"),
            ("Na zijn ontslag bij Plastivorm zoekt hij werk.", "Plastivorm"),
        ],
    )
    def test_the_firm_goes_whole(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out and "[organisatie]" in out, out

    def test_a_region_alone_after_a_phrase_stays(self) -> None:
        out = clean("Het gezin komt uit de Kempen en is lid van Kempen.")
        assert out.endswith("lid van Kempen."), out


class TestAnOrganisationWithThePlaceOfItsBranch:
    """Capitals mid-sentence on words that are no name, then a place: one organisation's branch, which goes whole.
    Public services keep their name (their place goes), a chain of shops in ordinary use stays."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Papa werkt bij Samenbouw Gent sinds maart.", "Samenbouw"),
            ("Oma verblijft nog in Ziekenhuis Zuid-Kempen, zegt papa.", "Ziekenhuis"),
            ("Papa vult rekken aan in Colruyt Wilrijk, vroege ploeg.", "Colruyt"),
            ("Tante staat aan de kassa bij Delhaize Lokeren op zaterdag.", "Delhaize"),
            ("Op zaterdag gaat ze naar Vrouwenkoor Harmonie Lokeren.", "Harmonie"),
            ("Het gezin krijgt hulp van Buurtwerk Klavermolen Mechelen.", "Klavermolen"),
        ],
    )
    def test_the_organisation_and_its_place_go_as_one(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out, out

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("Gesprek met Kind en Gezin Antwerpen morgen.", "Kind en Gezin"),
            ("Papa ziet hem in het Huis van het Kind Lier.", "Huis van het Kind"),
            ("Zorgoverleg met CLB Gent op dinsdag.", "CLB"),
            ("We kochten koekjes bij de Colruyt.", "Colruyt"),
            ("Verslag Gent: alles verliep rustig.", "Verslag"),
            ("Mama belde gisteren met Child Focus Brussel.", "Child Focus"),
            ("Ze zit bij de Vlinders in Gent.", "Vlinders"),
        ],
    )
    def test_services_chains_in_ordinary_use_and_headings_stay(self, text: str, kept: str) -> None:
        out = clean(text)
        assert kept in out, out


class TestTheEmployerInASignature:
    """In a signature of parts between bars the part after a job title is the writer's employer."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Meera Rao | Senior Researcher | nanolab | Nijverheidsstraat 12, 2260 Westerlo", "nanolab"),
            ("Anu Nair, PhD | Principal Scientist | BioVerde Labs | Zwijnaarde", "BioVerde"),
            ("Tomás Ruiz | Conseiller juridique | Mutualité Libre Wallonne | +32 2 284 11 22", "Wallonne"),
            ("Wendelien Achterberg | projectleider | Bouwteam Vos & Zonen", "Bouwteam"),
        ],
    )
    def test_the_part_after_the_job_title_goes(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out and "[organisatie]" in out, out

    @pytest.mark.parametrize(
        "text",
        [
            "| Datum | Soort | Wat | Wie |",
            "Kinderbegeleider | Kind en Gezin | Gent",
            "Observatie | Welbevinden | Betrokkenheid",
            '| ma | "Ik wil naar huis" | papa | doorgegeven aan de coach',
            "overleg in ons bureau | Wendelien en de coach",
        ],
    )
    def test_a_table_a_service_or_no_title_leaves_no_employer(self, text: str) -> None:
        assert "[organisatie]" not in clean(text)


class TestSmallWordsInsideAName:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Hij wordt opgevolgd in de Clinique Universitaire des Trois Ponts.", "Ponts"),
            ("Doorverwezen naar kliniek Sint-Vincentius van Paulo in Brussel.", "Paulo"),
        ],
    )
    def test_a_small_word_between_capitalised_words_goes_on_the_name(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out, out

    def test_of_is_dutch_or_between_two_names(self) -> None:
        out = clean("Info meegegeven over kapsalon Mira of Huis van het Kind.")
        assert "of Huis van het Kind" in out, out

    def test_a_small_word_after_the_type_word_opens_no_name(self) -> None:
        out = clean("Ze gaat naar de school van haar broer.")
        assert out == "Ze gaat naar de school van haar broer.", out


class TestAPlacesNameAloneInBrackets:
    """A name opened by an article alone in brackets after a child or a case is where the child goes; a group's
    plural, a surname, a place or a kept phrase in brackets stays theirs."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Casus 2: Wendelien (De Zonnewijzer), besproken door AB", "Zonnewijzer"),
            ("Oma ('t Hoekje) bracht haar vandaag.", "Hoekje"),
        ],
    )
    def test_the_name_in_brackets_goes(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out, out

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("Wendelien zit bij juf An (De Vlinders).", "De Vlinders"),
            ("Met de bus (De Lijn) naar huis.", "De Lijn"),
            ("Groepen: (De Kikkers) en (De Egeltjes).", "De Egeltjes"),
        ],
    )
    def test_a_group_or_a_kept_phrase_in_brackets_stays(self, text: str, kept: str) -> None:
        assert kept in clean(text)


class TestANameSetOffAfterItsKind:
    """A name after its kind between commas, or after a form's label and a colon, is the place's own name."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Papa heeft een snackbar, Frit & Co, op het plein.", "Frit"),
            ("Mama poetst voor een schoonmaakfirma, Pronet Plus, sinds de zomer.", "Pronet"),
            ("Kinderdagverblijf: Zonnekind, Kerkplein 4, 8500 Kortrijk", "Zonnekind"),
            ("School: De Wegwijzer", "Wegwijzer"),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out, out

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("We zijn in de opvang, Wendelien, en daarna thuis.", "in de opvang, "),
            ("Ze zit op school, Mama zegt dat.", "Mama zegt"),
            ("Ziekenhuis: geen opname nodig.", "geen opname"),
        ],
    )
    def test_a_person_a_sentence_or_a_plain_answer_stays_no_name(self, text: str, kept: str) -> None:
        out = clean(text)
        assert kept in out and "[bedrijf]" not in out, out


class TestOneWordAfterAKindOfPlace:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Verslag van de ouderavond, KDV Kinderzon, Tongeren", "Kinderzon"),
            ("Uitstap met BSO Het Groene Dal, Lommel", "Dal"),
            ("Papa werkt bij ingenieursbureau Verbeke & Mol in Breda.", "Verbeke"),
        ],
    )
    def test_a_name_ending_where_a_name_ends_goes(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out, out


class TestAFirmTypedInLowerCaseAfterWork:
    @pytest.mark.parametrize(
        "text",
        ["mama werkt bij nanotec in de late ploeg.", "Mama werkt 's nachts bij bpost, vroege ronde."],
    )
    def test_a_rare_word_or_a_chain_after_a_word_of_working_goes(self, text: str) -> None:
        assert "[organisatie]" in clean(text)

    @pytest.mark.parametrize(
        "text", ["hij werkt bij ons sinds maart", "ze werkt bij haar zus", "we kochten koekjes bij bpost"]
    )
    def test_words_of_the_sentence_and_a_chain_in_ordinary_use_stay(self, text: str) -> None:
        assert "[organisatie]" not in clean(text)


class TestAChainsShopInAPlace:
    def test_the_chain_in_a_named_place_goes(self) -> None:
        out = clean("Ze zagen elkaar per toeval bij de Lidl in Boom.")
        assert "Lidl" not in out, out

    def test_the_chain_alone_stays(self) -> None:
        assert "Aldi" in clean("We kochten koekjes bij de Aldi.")


class TestTheEmployerInASignatureOnOneLine:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Lucia Bianchi\nTechnicienne, Verrerie Moreau, Jemeppe", "Moreau"),
            ("Best, Anand – Project Manager, Infosys Benelux – Mechelen", "Infosys"),
        ],
    )
    def test_the_part_after_a_job_title_goes(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out, out

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("Psycholoog, Vrij CLB Rivierenland – vestiging Boom", "Vrij CLB"),
            ("Aanwezig: mama, papa, Tolk Arabisch, de juf", "Tolk Arabisch"),
        ],
    )
    def test_a_service_or_a_list_of_people_stays(self, text: str, kept: str) -> None:
        assert kept in clean(text)

    def test_initials_after_a_dash_are_no_employer(self) -> None:
        assert "[organisatie]" not in clean("Map intern bijgewerkt. – W.A.")


class TestANameInTwoLanguagesAroundASlash:
    def test_the_name_goes_on_past_a_slash(self) -> None:
        out = clean("Ze gaat naar crèche Les Petits Lapins / De Kleine Konijntjes in Vorst.")
        assert "Lapins" not in out and "Konijntjes" not in out, out

    def test_a_second_kind_after_a_slash_is_no_part_of_the_name(self) -> None:
        out = clean("FICHE – KINDERDAGVERBLIJF ZONNEKIND / KINDEROPVANG ZONNEKIND – 2025")
        assert "/ KINDEROPVANG" in out, out


class TestWhatLooksLikeAnEmployerButIsNot:
    def test_rows_of_a_table_under_one_another_are_no_signature(self) -> None:
        out = clean("18/11 | mama | gesprek aan de deur\n19/11 | verantwoordelijke An | zie verslag\n")
        assert "zie verslag" in out, out

    def test_a_job_in_lower_case_after_a_label_of_working_stays(self) -> None:
        out = clean("Beroep / werkgever: magazijnier, firma Verhelst (Zwevegem)")
        assert "magazijnier" in out, out

    def test_a_kind_of_place_in_a_signature_keeps_its_type_word(self) -> None:
        out = clean("Van: Wendelien, pedagogisch coach, KDV De Zandloper, Hoogstraat 3, 9000 Gent")
        assert "KDV [kinderdagverblijf]" in out, out

    def test_a_quarter_with_its_elided_article_is_a_place_not_an_institution(self) -> None:
        out = clean("De zus woont op 't Kiel bij haar tante.")
        assert "[organisatie]" not in out, out
