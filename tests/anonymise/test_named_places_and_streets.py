"""Named institutions and streets by the shape notes write them in, with invented examples: a school network's
prefix, a kind in two words (Medisch Centrum), names in English word order (the kind after the name) and firms
joined by '&', workplaces after a shift word, a kept phrase that is a place's name before its town, a letterhead's
name before its address, house numbers in words, a street named after a town's adjective, a floor after the
number, and an unlisted street before its postcode. Each class also says what must stay."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.case import Person, Role

ROSTER = [Person(name="Fenneke Boudry", role=Role.CHILD), Person(name="Oksana Melnyk", role=Role.MOTHER)]


def clean(text: str) -> str:
    return anonymise_text(text, ROSTER, use_model=False).text


class TestNetworkPrefix:
    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("Haar broer zit in het GO! atheneum Zandhoven.", ("GO!", "atheneum", "Zandhoven")),
            ("De bus van GO! Basisschool De Kastanje was te laat.", ("GO!", "Kastanje")),
        ],
    )
    def test_the_prefix_goes_with_the_schools_name(self, text: str, gone: tuple[str, ...]) -> None:
        out = clean(text)
        assert all(w not in out for w in gone) and "[school]" in out, out

    def test_a_kind_in_lower_case_after_the_prefix_stays(self) -> None:
        out = clean("Zijn zus zit in GO! basisschool De Kastanje, Melle.")
        assert "basisschool" in out and "Kastanje" not in out, out


class TestKindInTwoWords:
    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("Huisarts in Medisch Centrum Wolvenberg gaf een attest.", ("Medisch", "Wolvenberg")),
            ("Mama is opgenomen in Psychiatrisch Centrum Sint-Bavo.", ("Psychiatrisch", "Bavo")),
            ("Papa heeft bezoek in het Centrum Elzenhof, begeleid.", ("Centrum", "Elzenhof")),
            ("Ze verbleven eerst in opvangcentrum Fedasil Lommel.", ("Lommel",)),
            ("Logboek kinderwerking – opvangcentrum Rode Kruis Ter Heide, Lint", ("Heide",)),
            ("Oma ligt in het Universitair Ziekenhuis Kortenbos.", ("Universitair", "Kortenbos")),
            ("Opa woont in WZC Ter Beuken in Wingene.", ("WZC", "Beuken")),
        ],
    )
    def test_the_adjective_and_the_kind_go_with_the_name(self, text: str, gone: tuple[str, ...]) -> None:
        out = clean(text)
        assert all(w not in out for w in gone), out

    @pytest.mark.parametrize(
        "text",
        [
            "We gaan samen naar het centrum van de stad.",
            "Mama ging naar het Centrum Algemeen Welzijnswerk voor hulp.",
            "Advies gevraagd aan het Centrum Geestelijke Gezondheidszorg.",
            "Ze verbleven in het opvangcentrum Rode Kruis in Lint.",
        ],
    )
    def test_the_town_centre_and_public_services_stay(self, text: str) -> None:
        out = clean(text)
        assert "entrum" in out and "[organisatie]" not in out, out


class TestEnglishWordOrder:
    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("My wife works from home for Nordvik Consultancy Services.", ("Nordvik", "Consultancy")),
            ("Her brother is at Saint Mary's International School in Brussels.", ("Mary", "International")),
            ("Theo is in her class at International School Maasland.", ("International", "Maasland")),
            ("Liam Reid | Senior Engineer\nHalvorsen Engineering Benelux – Leuven", ("Halvorsen", "Benelux")),
            ("Ik werk deze zomer in de Zeester Beach Club tot elf uur.", ("Zeester", "Beach")),
        ],
    )
    def test_the_words_before_the_kind_are_its_name(self, text: str, gone: tuple[str, ...]) -> None:
        out = clean(text)
        assert all(w not in out for w in gone), out

    @pytest.mark.parametrize(
        ("text", "stays"),
        [
            ("Ze gaat naar de Vrije School in de stad.", "Vrije School"),
            ("I work at the School of the city.", "School"),
            ("Mama en Papa komen samen.", "Mama en Papa"),
        ],
    )
    def test_ordinary_dutch_words_before_the_kind_stay(self, text: str, stays: str) -> None:
        assert stays in clean(text)

    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("My husband travels a lot for Hartley & Crane in Brussels.", ("Hartley", "Crane")),
            ("Mama poetst voor Glans&Co, drie dagen per week.", ("Glans",)),
            ("Papa werkt als metser bij Verstraete Bouw & Co in Roeselare.", ("Verstraete", "Bouw", "Co")),
        ],
    )
    def test_names_joined_by_an_ampersand_are_a_firm(self, text: str, gone: tuple[str, ...]) -> None:
        out = clean(text)
        assert all(w not in out for w in gone) and "[bedrijf]" in out, out

    def test_the_kind_before_a_name_joined_by_an_ampersand_stays(self) -> None:
        out = clean("Extra taalbad, opvang in BSO Pim & Pom op woensdag.")
        assert "BSO" in out and "Pim" not in out, out

    @pytest.mark.parametrize("text", ["Fenneke kijkt graag naar Samson & Gert.", "Sara & Tom kwamen samen binnen."])
    def test_a_kept_pair_or_two_first_names_joined_by_an_ampersand_are_no_firm(self, text: str) -> None:
        assert "[bedrijf]" not in clean(text)


class TestWorkplaceAfterAShift:
    @pytest.mark.parametrize(
        "text",
        [
            "Papa werkt al drie jaar in de nachtploeg bij Kortlo in Lichtervelde.",
            "Mama zit 's avonds in een kuisploeg voor Kortlo in Roeselare.",
        ],
    )
    def test_the_firm_after_a_shift_word_goes(self, text: str) -> None:
        out = clean(text)
        assert "Kortlo" not in out, out

    def test_the_firm_after_an_english_phrase_of_working_goes(self) -> None:
        out = clean("My husband works for Brandvolt in Antwerp.")
        assert "Brandvolt" not in out, out


class TestKeptPhraseBeforeItsTown:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Fenneke gaat naar kinderopvang Roodkapje, Gentbrugge.", "Roodkapje"),
            ("In Gent ging ze naar de crèche Nijntje op de Kouterstraat 10.", "Nijntje"),
        ],
    )
    def test_a_kept_phrase_before_a_town_is_the_places_name(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out, out

    @pytest.mark.parametrize(
        "text",
        ["Op school Sinterklaas, Gent was die dag vol.", "In de crèche Nijntje gelezen met de peuters."],
    )
    def test_a_kept_phrase_in_a_sentence_stays(self, text: str) -> None:
        out = clean(text)
        assert "Sinterklaas" in out or "Nijntje" in out, out


class TestLetterheadName:
    def test_a_name_under_a_signature_before_its_address_goes(self) -> None:
        text = "Met vriendelijke groet,\nAn Verlinden, verantwoordelijke\nHet Zonneveld, Dorpsstraat 3, 8500 Kortrijk"
        out = clean(text)
        assert "Zonneveld" not in out and "[organisatie]" in out, out

    def test_a_name_after_a_dash_before_its_town_goes(self) -> None:
        out = clean("notities uitgetypt door de verantwoordelijke – 't Kapoentje, Deurne")
        assert "Kapoentje" not in out, out

    @pytest.mark.parametrize("text", ["De Vlinders, Gent\nVandaag zwemmen.", "De Smet, Gent\nbelde terug."])
    def test_a_group_or_a_surname_before_a_town_is_no_letterhead(self, text: str) -> None:
        out = clean(text)
        assert "[organisatie]" not in out, out


class TestStreets:
    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("ze verhuizen naar de Mariakerksesteenweg driehonderd vierenveertig", ("driehonderd", "vierenveertig")),
            ("de knuffel lag bij oma in de Kapellestraat negen ik vraag het", ("Kapellestraat", "negen")),
            ("aan de opvang op de Jan Frans Willemsstraat achtentwintig nieuwe alinea", ("Frans", "achtentwintig")),
            ("adres Brugse Baan honderd tweeëntwintig klopt niet meer", ("Brugse", "tweeëntwintig")),
            ("Niet spelen aan de kant van de Moerkerkse Steenweg.", ("Moerkerkse", "Steenweg")),
            ("adres gewijzigd: nu zeelaan 47 bus 3, 8670 koksijde", ("zeelaan", "47")),
            ("Opvang: BKO De Speelboot, Kassei 14, 1800 Vilvoorde", ("Kassei", "14")),
        ],
    )
    def test_the_street_and_its_number_go(self, text: str, gone: tuple[str, ...]) -> None:
        out = clean(text)
        assert all(w not in out for w in gone), out

    @pytest.mark.parametrize(
        ("text", "stays"),
        [
            ("we liepen de Kerkstraat twee keer op en af", "twee keer"),
            ("ze wonen in Itterbeek vier kindjes in huis", "vier kindjes"),
            ("ze woont in de Kerkstraat een jaar", "een jaar"),
            ("Ze wonen op de Kouterstraat 15, 3e verdieping.", "verdieping"),
        ],
    )
    def test_a_number_that_counts_something_stays(self, text: str, stays: str) -> None:
        assert stays in clean(text)


class TestMoreKindsAndContexts:
    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("vu aux urgences de l'Hôpital des Enfants Marguerite le lundi.", ("Hôpital", "Marguerite")),
            ("Het gezin gaat op zondag naar Igreja Nova Esperança in Heverlee.", ("Igreja", "Esperança")),
            ("Fenneke werd teruggebracht door een steward van Carnavalsgroep De Lustige Ganzen.", ("Ganzen",)),
            ("Gesprek met tolk Dari (telefonisch via Tolkpunt Zuidrand), coach erbij.", ("Tolkpunt",)),
            ("Oksana (vrijwillige tolk, via Lier Helpt Vluchtelingen) was er ook.", ("Helpt", "Vluchtelingen")),
            ("mama werkt ook (ménage bij Titres-Services Glans&Co) in de week", ("Titres", "Glans")),
            ("INSCHRIJVINGSFICHE KINDEROPVANG DE HONINGRAAT – ROESELARE", ("HONINGRAAT",)),
        ],
    )
    def test_the_name_goes(self, text: str, gone: tuple[str, ...]) -> None:
        out = clean(text)
        assert all(w not in out for w in gone), out

    @pytest.mark.parametrize(
        ("text", "stays"),
        [
            ("We gaan op zondag naar de kerk.", "de kerk"),
            ("Ze reden tussen Gent & Brussel heen en weer.", "&"),
            ("NOTITIE OPVANG HUILEND KIND – GENT", "HUILEND KIND"),
        ],
    )
    def test_ordinary_words_stay(self, text: str, stays: str) -> None:
        out = clean(text)
        assert stays in out and "[bedrijf]" not in out, out

    def test_a_french_street_typed_in_lower_case_goes_with_its_number(self) -> None:
        out = clean("huisbezoek bij mama morgen 8u30 rue de la station 91, met de tolk")
        assert "station" not in out and "91" not in out, out


class TestLowerCaseNameBeforeItsTown:
    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("8u40 – juf Inge van vbs ter heide (koksijde) belt", ("heide",)),
            ("(uitgetypt door LVH, kdv les petits castors, 1080 Molenbeek, op maandag)", ("petits", "castors")),
            ("Message: ici le secrétariat de l'école les mésanges à schaerbeek pour la maman", ("mésanges",)),
        ],
    )
    def test_the_name_goes(self, text: str, gone: tuple[str, ...]) -> None:
        out = clean(text)
        assert all(w not in out for w in gone), out

    @pytest.mark.parametrize(
        ("text", "stays"),
        [
            ("Fenneke is in de kdv de hele dag, 9000 Gent.", "de hele dag"),
            ("Il est à l'école depuis lundi.", "l'école depuis lundi"),
        ],
    )
    def test_a_sentence_after_the_kind_stays(self, text: str, stays: str) -> None:
        assert stays in clean(text)

    def test_a_police_zone_in_two_words_keeps_the_police_and_loses_its_name(self) -> None:
        out = clean("Bij problemen de politie zone Rupelstreek verwittigen.")
        assert "Rupelstreek" not in out and "politie" in out, out


class TestRegionalFirms:
    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("Papa werkt niet meer sinds het faillissement van Kempen Fruit.", ("Fruit",)),
            ("De deur was kapot, gemeld aan Brugse Bouw Verhaeghe, nog niet hersteld.", ("Brugse", "Verhaeghe")),
        ],
    )
    def test_a_firm_named_by_its_region_goes_whole(self, text: str, gone: tuple[str, ...]) -> None:
        out = clean(text)
        assert all(w not in out for w in gone), out

    def test_working_in_construction_stays(self) -> None:
        assert "in de bouw" in clean("Papa werkt in de bouw, vaak tot laat.")
