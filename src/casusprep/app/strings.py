"""Every Dutch UI string of the app that is not a model label (those live in casusprep.labels).

One place, so wording is changed once and stays Flemish.
"""

from __future__ import annotations

APP_TITLE = "casusprep"
APP_SUBTITLE = "een casusoverleg voorbereiden"
CRASH_HEADER = (
    "casusprep is onverwacht gestopt. Wat je typte is bewaard tot de laatste automatische bewaring "
    "(enkele tellen geleden). Start casusprep opnieuw. Dit verslag bevat geen casusgegevens."
)

# Unlock / first run
FIRST_RUN_TITLE = "Welkom bij casusprep"
FIRST_RUN_INTRO = (
    "Je gegevens worden versleuteld bewaard op deze computer. Kies een wachtwoord(zin) van minstens "
    "8 tekens. Zonder dit wachtwoord of de herstelsleutel kan niemand je casussen lezen, ook jij niet."
)
PASSPHRASE = "Wachtwoord"
PASSPHRASE_AGAIN = "Wachtwoord nog eens"
CREATE = "Aanmaken"
UNLOCK_TITLE = "casusprep ontgrendelen"
UNLOCK_INTRO = "Geef je wachtwoord om je casussen te openen."
UNLOCK = "Ontgrendelen"
FORGOT = "Wachtwoord vergeten? Gebruik je herstelsleutel"
WRONG_PASSPHRASE = "Dat wachtwoord klopt niet. Probeer opnieuw, of gebruik je herstelsleutel."
TOO_SHORT = "Het wachtwoord moet minstens 8 tekens lang zijn."
NOT_SAME = "De twee wachtwoorden zijn niet gelijk."
EMPTY_PASSPHRASE = "Geef je wachtwoord."
RECOVERY_TITLE = "Herstellen met de herstelsleutel"
RECOVERY_INTRO = "Geef de herstelsleutel die je kreeg bij de eerste start, en kies een nieuw wachtwoord."
RECOVERY_KEY = "Herstelsleutel"
RECOVER = "Herstellen"
BACK = "Terug"
WRONG_RECOVERY = "Die herstelsleutel klopt niet."
KEY_SHOWN_TITLE = "Je herstelsleutel"
KEY_SHOWN_WARNING = (
    "Schrijf deze sleutel nu op papier en bewaar hem veilig (niet op deze computer). Je ziet hem maar "
    "één keer. Ben je je wachtwoord kwijt, dan is dit de enige manier om je casussen terug te krijgen."
)
KEY_SAVED = "Ik heb de sleutel bewaard"

# Home
HOME_TITLE = "Mijn casussen"
SEARCH_PLACEHOLDER = "Zoeken op titel of status..."
NEW_CASE = "Nieuwe casus"
OPEN_CASE = "Openen"
DELETE_CASE = "Verwijderen"
NO_CASES = "Nog geen casussen. Druk op n (of klik op 'Nieuwe casus') om te beginnen."
COL_TITLE = "Titel"
COL_STATUS = "Status"
COL_UPDATED = "Gewijzigd"
COL_FOLLOW_UP = "Opvolging"
COL_OPEN_ACTIONS = "Acties"
UNTITLED = "(zonder titel)"
CONFIRM_DELETE = "Casus '{title}' definitief verwijderen? Dit kan niet ongedaan gemaakt worden."
YES_DELETE = "Ja, verwijderen"
CANCEL = "Annuleren"
DELETED = "Casus verwijderd."

# Flow
STEPS = (
    "Situatie",
    "Betrokkenen",
    "Signalen",
    "Krachten en noden",
    "Ouders",
    "Vraag en overzicht",
    "Anonimiseren",
    "Documenten",
)
SAVED = "Bewaard"
SAVE_FAILED = "Bewaren mislukt: {error}"
REQUIRED = " *"
REQUIRED_NOTE = "* = nodig voor een bruikbaar document"
YES = "Ja"
NO = "Nee"
NOT_FILLED = "niet ingevuld"
PREVIOUS = "◀ Vorige"
NEXT = "Volgende ▶"
CASE_STATUS = "Status van de casus"

PERSON_ADD = "Betrokkene toevoegen"
PERSON_REMOVE = "Verwijder"
PERSON_NEW_NAME = "Naam van de nieuwe betrokkene"
PERSON_NAME_REQUIRED = "Geef een naam."
PERSONS_EMPTY = "Nog geen betrokkenen. Voeg minstens het kind toe."
PSEUDONYM_PROPOSAL = "voorstel: {proposal}"

SIGNAL_ADD = "Nieuw signaal"
SIGNAL_REMOVE = "Signaal verwijderen"
SIGNALS_EMPTY = "Nog geen signalen. Druk op 'Nieuw signaal'."
SIGNAL_ITEM = "Signaal {n}: {date} {text}"
NO_DATE = "(geen datum)"
SEE_THINK_FEEL = "Zien - afstand nemen: hou apart wat je zag, wat je denkt en wat je voelt."

HINTS_HEADER = "Objectiviteit: deze woorden zijn geen waarneming"
HINT_MOVE = "→ Wat denk ik?"
# Issue 7, hints marked in place in the observation field (signals step).
KEY_HINT_MOVE = "Zin naar Wat denk ik?"
HINT_AT_CURSOR_KEY = "F8 (of Ctrl+R) verplaatst deze zin."
HINT_MOVED = "Naar 'Wat denk ik?': {sentence}"
HINT_MOVE_UNDONE = "Teruggezet: de zin staat weer alleen bij 'Wat heb ik gezien en gehoord?'."
HINTS_MARKED = "Onderlijnd in 'Wat heb ik gezien en gehoord?'. Cursor erin: uitleg; F8: zin naar 'Wat denk ik?'."

KRACHTEN_INTRO = (
    "Stap 1: wat heeft het kind nodig?  Stap 2: wat hebben de ouders nodig?  Stap 3: wat kan de opvang bieden?"
)
STRENGTHS_HEADER = "Krachten en inzet"
NEEDS_HEADER = "Noden"
OFFER_HEADER = "Wat de opvang kan en niet kan bieden"

ACTIONS_HEADER = "Acties en opvolging"
ACTION_NEW = "Nieuwe actie, bv. 'gesprek met mama plannen'"
ACTION_ADD = "Actie toevoegen"
ACTION_REMOVE = "Actie verwijderen"

ANON_START = "Opnieuw anonimiseren"
ANON_BUSY = "Bezig met anonimiseren... (dit kan even duren de eerste keer)"
ANON_NONE = "Er is nog geen vrije tekst om te anonimiseren."
ANON_FAILED = "Anonimiseren mislukt: {error}"
ANON_INTRO = "Zo verschijnen je teksten in het VK-consult en de kindbespreking. Controleer of niemand herkenbaar is."

SHARING_HEADER = "Voorwaarden voor een kindbespreking (Share with care)"
SHARING_INTRO = (
    "Delen binnen dezelfde organisatie kan zonder actieve toestemming als: hetzelfde doel, noodzakelijk en "
    "relevant, need-to-know, de ouders vooraf geïnformeerd, en je leidinggevende keurt eerst goed. Nooit alleen."
)
MEETING_HEADER = "Plan van aanpak voor het oudergesprek"

DOC_CHOOSE = "Welk document?"
DOC_FOLDER = "Map"
DOC_EXPORT = "Exporteren"
DOC_BUSY = "Document wordt gemaakt..."
DOC_DONE = "Weggeschreven: {path}"
DOC_FOLDER_MISSING = "Die map bestaat niet."
DOC_FOLDER_NOT_WRITABLE = "In die map kan je niet schrijven."
DOC_FAILED = "Het document kon niet gemaakt worden: {error}"

DATE_PLACEHOLDER = "dd/mm/jjjj"
DATE_INVALID = "Geen geldige datum: schrijf dd/mm/jjjj, bv. 05/03/2024."

HELP_TITLE = "Hulp"
HELP_MISSING = "Geen hulp voor deze stap."

# Commands (command palette)
CMD_NEW = "Nieuwe casus"
CMD_NEW_HELP = "Begin een nieuwe casus"
CMD_OPEN = "Casus openen"
CMD_OPEN_HELP = "Naar de lijst met casussen"
CMD_EXPORT = "Exporteren"
CMD_EXPORT_HELP = "Naar de stap Documenten"
CMD_EXAMPLE = "Voorbeeldcasus openen"
CMD_EXAMPLE_HELP = "Een verzonnen casus om de app te leren kennen"
CMD_THEME = "Thema wisselen"
CMD_THEME_HELP = "Licht of donker"
CMD_HELP = "Hulp tonen of verbergen"
CMD_HELP_HELP = "Het hulppaneel van deze stap"
CMD_STEP = "Ga naar stap: {step}"

# Bindings (footer)
KEY_QUIT = "Afsluiten"
KEY_HELP = "Hulp"
KEY_NEW = "Nieuw"
KEY_OPEN = "Openen"
KEY_DELETE = "Verwijderen"
KEY_SEARCH = "Zoeken"
KEY_PREV = "Vorige stap"
KEY_NEXT = "Volgende stap"
KEY_HOME = "Casussen"
KEY_THEME = "Thema"

# Procedures shown in the steps where they matter (texts themselves come from casusprep.procedures).
MELDPLICHT_DRAFT = "Ontwerp van de melding aan Opgroeien"
MELDPLICHT_DRAFT_NOTE = "Lees het ontwerp helemaal na voor je het doorgeeft: observaties staan er letterlijk in."
# Issue 7, the meldplicht draft can be selected and copied (situation step).
MELDPLICHT_COPY = "Kopieer"
MELDPLICHT_COPIED = "Het ontwerp staat op het klembord."
SHARING_RULES = "Wat mag ik delen, en met wie?"
SHARING_UNKNOWN = "Kies eerst bij Situatie de organisator: die bepaalt of je discretieplicht of beroepsgeheim hebt."
SHARING_WITHOUT = "zonder toestemming van de ouders"
SHARING_WITH = "met toestemming van de ouders"
REQUESTERS = {
    "eigen_initiatief": "Zelf het initiatief nemen",
    "hulpverlener_met_beroepsgeheim": "Een hulpverlener met beroepsgeheim vraagt",
    "hulpverlener_zonder_beroepsgeheim": "Een hulpverlener zonder beroepsgeheim vraagt",
    "politie": "De politie vraagt",
    "parket": "Het parket vraagt",
    "justitieassistent": "Een justitieassistent vraagt",
    "jeugdrechter": "De jeugdrechter vraagt (onderzoek)",
}
NAZORG = "Nazorg en evaluatie na het overleg"
EVALUATION = "Evaluatie achteraf"

# --- Retention (issue 8): removal date of closed cases, the removal offered when due ---------------
COL_REMOVAL = "Verwijderen op"
REMOVAL_LINE = "Afgesloten op {closed}; verwijderen op {removal} (bewaartermijn: {months} maanden)."
RETENTION_TITLE = "Bewaartermijn voorbij"
RETENTION_INTRO = "De bewaartermijn ({months} maanden na het afsluiten) is voorbij voor:"
RETENTION_NOTE = (
    "Aangevinkte casussen worden definitief gewist, ook uit de reservekopieën. 'Later' vraagt het opnieuw "
    "bij het volgende ontgrendelen. De termijn wijzig je met: casusprep settings retention MAANDEN"
)
RETENTION_REMOVE = "Verwijderen"
RETENTION_LATER = "Later"
RETENTION_NONE_CHOSEN = "Vink minstens één casus aan, of kies 'Later'."
RETENTION_CONFIRM = "{cases} definitief verwijderen? Dit kan niet ongedaan gemaakt worden."
RETENTION_YES = "Ja, verwijderen"
CASES_ONE = "1 afgesloten casus"
CASES_MANY = "{count} afgesloten casussen"
RETENTION_BUSY = "Bezig met verwijderen..."
RETENTION_DONE = "{cases} verwijderd."
RETENTION_FAILED = "Verwijderen mislukt: {error}"

# --- Review of the anonymisation, summary and audit (issue 6) ---------------------------------------
REVIEW_PROGRESS = "Teksten nakijken: {done} van {total} velden"
REVIEW_LEGEND = "Legende:"
REVIEW_KEPT_TAG = "blijft"
REVIEW_KEPT_MEANS = "= je koos om dit te laten staan"
REVIEW_CUT = "(… nog {n} tekens: het document krijgt de volledige tekst)"
REVIEW_NOTHING_FOUND = "Niets gevonden om weg te halen. Lees de teksten toch na."
REVIEW_COUNTS = "Weggehaald: {total} ({parts}). Laten staan: {kept}."
REVIEW_FOUND_HEADER = "Wat wordt weggehaald?"
REVIEW_FOUND_HINT = (
    "Kies een rij en druk Enter (of klik nog eens) om te wisselen tussen weghalen en laten staan. "
    "Een naam van een betrokkene laten staan (!) houdt de export tegen."
)
REVIEW_COL_STATUS = "Beslissing"
REVIEW_COL_TYPE = "Soort"
REVIEW_COL_TEXT = "Tekst"
REVIEW_COL_REPLACEMENT = "Wordt"
REVIEW_COL_COUNT = "Aantal"
REVIEW_COL_WHERE = "Waar"
REVIEW_REMOVE = "weghalen"
REVIEW_KEEP = "laten staan"
REVIEW_KEEP_BLOCKS = "laten staan (!)"
REVIEW_TOGGLE = "Weghalen / laten staan"
REVIEW_MORE_FIELDS = "{first} (+{n})"
REVIEW_EXTRA_HEADER = "Zelf iets laten weghalen"
REVIEW_EXTRA_PLACEHOLDER = "Tekst die overal weg moet, bv. een straat, een klas of een bijnaam"
REVIEW_EXTRA_ADD = "Extra verwijderen"
REVIEW_EXTRA_EMPTY = "Typ eerst de tekst die weg moet."
REVIEW_EXTRA_KNOWN = "Die tekst staat al op de lijst om weg te halen."
REVIEW_PSEUDONYMS_HEADER = "Schuilnamen"
REVIEW_PSEUDONYMS_HINT = "Een schuilnaam vervangt de naam overal. Gebruik nooit een echte naam."
REVIEW_SIDE_HEADER = "Origineel  |  Geanonimiseerd"
REVIEW_ORIGINAL = "Origineel"
REVIEW_ANONYMISED = "Geanonimiseerd"

SUMMARY_COPY = "Kopieer geanonimiseerde samenvatting"
SUMMARY_DONE = "Samenvatting gekopieerd naar het klembord en weggeschreven: {path}"
SUMMARY_TITLE = "Geanonimiseerde samenvatting"
JUMP_TO = "Ga naar: {where}"
JUMP_TO_REVIEW = "Ga naar Anonimiseren: je liet {n} gevonden tekst(en) staan"

AUDIT_HEADER = "Logboek: wat verliet de app?"
AUDIT_EMPTY = "Nog niets geëxporteerd voor deze casus."
AUDIT_COL_WHEN = "Wanneer"
AUDIT_COL_DOCUMENT = "Document"
AUDIT_COL_PURPOSE = "Doel"
AUDIT_COL_RECIPIENT = "Voor"
