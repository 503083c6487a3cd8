"""Anonymisation API: result types and the two entry points.

Detection is done by :mod:`casusprep.anonymise.engine` (rules, word lists and, when installed,
the project's spaCy model); these signatures stay stable for the app, documents and CLI.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import re
import threading
from dataclasses import dataclass, field

# Imported before the engine, although the engine is what uses it: wordfreq finds its data folder by reading the
# source of every frame on the stack (the `locate` package), and inspect then looks at every module loaded so far,
# which after spaCy and Presidio are over a thousand (some 0.07 s of CPU at every start, against a few ms here).
import wordfreq  # noqa: F401

from casusprep.anonymise.detection import Detection
from casusprep.anonymise.engine import CaseContext, date_label, detect, model_docs
from casusprep.case import AnonymisationReview, Case, DateMode, Person, iter_text_fields, set_path
from casusprep.pseudonyms import effective_pseudonyms


@dataclass
class AnonymisedText:
    """The anonymised text, what was replaced in it, and what the coach chose to keep (``kept`` flagged)."""

    text: str
    detections: list[Detection]
    kept: list[Detection] = field(default_factory=list)


@dataclass
class AnonymisedCase:
    """An anonymised copy of a case plus, per text field, what was found.

    ``case`` is safe to render into a shareable document: persons carry their pseudonym as
    name. ``mapping`` (mention -> replacement) must stay inside the encrypted case.
    """

    case: Case
    fields: dict[str, AnonymisedText] = field(default_factory=dict)
    mapping: dict[str, str] = field(default_factory=dict)
    # Signal (or mark) id -> "dag 8" or "maart 2024". The copy's own date fields are emptied: documents show these.
    date_labels: dict[str, str] = field(default_factory=dict)

    def date_label(self, item_id: str) -> str:
        return self.date_labels.get(item_id, "")


def make_context(
    persons: list[Person],
    *,
    first_date: dt.date | None = None,
    date_mode: DateMode = DateMode.RELATIVE,
    use_model: bool = True,
    review: AnonymisationReview | None = None,
) -> CaseContext:
    """The state one anonymisation shares over several texts: persons, pseudonyms, the coach's decisions.

    Pass the same context to every text of a case so one mention gets one replacement everywhere.
    """
    ctx = CaseContext(
        persons=[(p.id, p.name) for p in persons],
        roles={p.id: p.role.value for p in persons},
        pseudonyms=effective_pseudonyms(persons),
        first_date=first_date,
        date_mode=date_mode,
        use_model=use_model,
    )
    if review is not None:
        ctx.rejected = set(review.rejected)
        ctx.extra = list(review.extra)
        ctx.replacements = dict(review.replacements)
        ctx.generalised = {text: wording for text, wording in review.generalised.items() if wording.strip()}
    return ctx


def detect_text(text: str, ctx: CaseContext, doc=None) -> list[Detection]:
    """The detections in one text in order, each with its replacement (``doc``: a model doc made beforehand);
    the ones the coach keeps are included, flagged ``kept``."""
    return detect(text, ctx, doc)


_OP_BEFORE = re.compile(r"(?<!\w)([Oo])p\s+$")
_VAGUE_DATE = ("begin ", "half ", "eind ")


def _without_preposition(piece: str, d: Detection) -> tuple[str, str]:
    """'op 27/11' reads 'op een dag eind november', not 'op eind november': the sentence keeps its preposition, which
    a part of a month takes through 'een dag'; a distance to the first signal goes without it ('geboren op 14/06/2024'
    reads 'geboren 2 jaar voor het eerste signaal')."""
    replacement = d.replacement
    if d.entity_type != "DATE" or not (replacement.startswith(_VAGUE_DATE) or replacement.endswith("eerste signaal")):
        return piece, replacement
    m = _OP_BEFORE.search(piece)
    if m is None:
        return piece, replacement
    if replacement.startswith(_VAGUE_DATE):
        return piece, f"een dag {replacement}"
    if m.group(1) == "O":
        replacement = replacement[0].upper() + replacement[1:]
    return piece[: m.start()], replacement


def apply_detections(text: str, detections: list[Detection]) -> tuple[str, list[tuple[int, int, str]]]:
    """The text with every detection that is not kept replaced, and where each replacement landed:
    (start, end, entity type)."""
    out: list[str] = []
    placed: list[tuple[int, int, str]] = []
    last = pos = 0
    for d in detections:
        if d.kept:
            continue
        piece, replacement = _without_preposition(text[last : d.start], d)
        out.append(piece)
        pos += len(piece)
        out.append(replacement)
        placed.append((pos, pos + len(replacement), d.entity_type))
        pos += len(replacement)
        last = d.end
    out.append(text[last:])
    return "".join(out), placed


def _result(text: str, detections: list[Detection]) -> AnonymisedText:
    return AnonymisedText(
        text=apply_detections(text, detections)[0],
        detections=[d for d in detections if not d.kept],
        kept=[d for d in detections if d.kept],
    )


def anonymise_text(
    text: str,
    persons: list[Person] | None = None,
    *,
    first_date: dt.date | None = None,
    date_mode: DateMode = DateMode.MONTH_YEAR,
    use_model: bool = True,
    context: CaseContext | None = None,
) -> AnonymisedText:
    """Anonymise one text. Pass ``context`` to keep replacements consistent over several texts."""
    ctx = context or make_context(persons or [], first_date=first_date, date_mode=date_mode, use_model=use_model)
    return _result(text, detect_text(text, ctx))


def _anonymise_batch(items: list[tuple[str, list[Person]]], use_model: bool) -> list[AnonymisedText]:
    docs = model_docs([text for text, _ in items]) if use_model else None
    out = []
    for i, (text, persons) in enumerate(items):
        ctx = make_context(persons, date_mode=DateMode.MONTH_YEAR, use_model=use_model)
        out.append(_result(text, detect_text(text, ctx, docs[i] if docs else None)))
    return out


# Batches of at least this many words are shared over the machine's cores (one forked helper process per extra
# core, made once); smaller ones are not worth the hand-over.
PARALLEL_MIN_WORDS = 4_000
# The work goes out in parts of this many texts from one shared counter: each process (this one and the helpers)
# takes the next part when it has finished its last, so a process that runs slower never holds up the others.
PART_TEXTS = 32
# The last parts are smaller (two per process): the batch ends when the last process finishes its last part, and
# the others wait for it that long at most.
LAST_PART_TEXTS = 8
_pool_lock = threading.Lock()
_batch_lock = threading.Lock()  # one shared batch at a time: they use the same counter
_pool: dict[int, multiprocessing.pool.Pool] = {}
_next_part = None  # a shared multiprocessing.Value, made before the first fork so every helper inherits it


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def warm_up(use_model: bool = True) -> None:
    """Load what the engine needs (the pipeline, the word lists, Presidio's analyzer) ahead of the first text.

    The app calls it in a worker thread as soon as a case is open, so the review has no start-up wait."""
    from casusprep.anonymise.lexicon import lexicon
    from casusprep.anonymise.presidio_bridge import get_analyzer

    lexicon()
    get_analyzer(use_model)
    detect_text("Juf Sara belde op 3 mei.", make_context([], use_model=use_model))  # compiles and loads the rest


# A text that loads what the first texts of a batch load lazily in any process: the lookalike table (a letter
# outside ASCII), the Belgian phone numbering plan and the IBAN check (phonenumbers, python-stdnum).
_BEFORE_FORK_TEXT = "Juf Zoë belde op 0475 11 22 33 voor rekening BE68 5390 0754 7034."


def _load_before_fork(use_model: bool) -> None:
    """Load, once in this process, what every helper would otherwise load for itself on its first texts: forked
    afterwards, the helpers share it (copy-on-write) instead of each reading and building it again. Besides the
    warm-up that is the Dutch word frequency index every text is checked against.

    The other languages' indexes are opened where a word first needs them: opening one maps a file of the cache
    folder (casusprep.nlp.frequency), nothing to build, and the processes share its pages all the same."""
    from casusprep.nlp.frequency import zipf_frequency

    warm_up(use_model)
    zipf_frequency("kind", "nl")
    detect_text(_BEFORE_FORK_TEXT, make_context([], use_model=use_model))


def _helpers(n: int, use_model: bool):
    """A pool of n forked helper processes that inherit the loaded engine (nothing is loaded twice), or None
    when forking is not safe: other threads running (a lock held by one would stay held in the child)."""
    global _next_part
    with _pool_lock:
        if n not in _pool:
            if threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
                return None
            _load_before_fork(use_model)  # the other mode, if ever asked for, loads in the helper itself
            context = multiprocessing.get_context("fork")
            if _next_part is None:
                _next_part = context.Value("i", 0)
            _pool[n] = context.Pool(n)
        return _pool[n]


def _take_parts(parts: list[list[tuple[str, list[Person]]]], use_model: bool) -> dict[int, list[AnonymisedText]]:
    """Anonymise parts, taking the next free one from the shared counter until none is left."""
    done: dict[int, list[AnonymisedText]] = {}
    while True:
        with _next_part.get_lock():
            index = _next_part.value
            _next_part.value = index + 1
        if index >= len(parts):
            return done
        done[index] = _anonymise_batch(parts[index], use_model)


def _parts(items: list[tuple[str, list[Person]]], n_process: int) -> list[list[tuple[str, list[Person]]]]:
    """The batch in parts of PART_TEXTS texts in order, the last 2 * n_process of them of LAST_PART_TEXTS."""
    small = min(len(items), 2 * n_process * LAST_PART_TEXTS)
    cut = len(items) - small
    return [items[i : min(i + PART_TEXTS, cut)] for i in range(0, cut, PART_TEXTS)] + [
        items[i : i + LAST_PART_TEXTS] for i in range(cut, len(items), LAST_PART_TEXTS)
    ]


def close_helpers() -> None:
    """End the helper processes (they also end with this process)."""
    with _pool_lock:
        for pool in _pool.values():
            pool.close()
            pool.join()
        _pool.clear()


def anonymise_texts(
    items: list[tuple[str, list[Person]]], *, use_model: bool = True, n_process: int | None = None
) -> list[AnonymisedText]:
    """Anonymise many independent texts (each with its own persons) with batched model passes.

    ``n_process``: processes to share the work over; by default one per core for batches of at least
    ``PARALLEL_MIN_WORDS`` words. Each text's result is the same whichever process made it.
    """
    if n_process is None:
        big = sum(text.count(" ") + 1 for text, _ in items) >= PARALLEL_MIN_WORDS
        n_process = _cores() if big else 1
    n_process = max(1, min(n_process, -(-len(items) // PART_TEXTS)))
    pool = _helpers(n_process - 1, use_model) if n_process > 1 else None
    if pool is None:
        return _anonymise_batch(items, use_model)
    parts = _parts(items, n_process)
    with _batch_lock:
        _next_part.value = 0
        pending = [pool.apply_async(_take_parts, (parts, use_model)) for _ in range(n_process - 1)]
        done = _take_parts(parts, use_model)
        for job in pending:
            done.update(job.get())
    return [result for index in range(len(parts)) for result in done[index]]


def anonymise_case(case: Case, *, use_model: bool = True) -> AnonymisedCase:
    """Anonymise every free-text field of a case consistently, and pseudonymise its persons."""
    copy = case.model_copy(deep=True)
    result = AnonymisedCase(case=copy)
    ctx = make_context(
        case.persons,
        first_date=case.first_signal_date(),
        date_mode=case.anonymisation.date_mode,
        use_model=use_model,
        review=case.anonymisation,
    )
    for path, text in list(iter_text_fields(case)):
        if not text:
            continue
        done = anonymise_text(text, context=ctx)
        result.fields[path] = done
        for d in done.detections:
            result.mapping[d.text] = d.replacement
        set_path(copy, path, done.text)
    pseudo = effective_pseudonyms(case.persons)
    for p in copy.persons:
        p.name = pseudo[p.id]
        p.birth_date = None
    first = case.first_signal_date()
    copy.signals = copy.signals_in_order()  # keep the chronology once the dates are gone
    for s in copy.signals:
        if s.date is not None:
            result.date_labels[s.id] = date_label(s.date, first, case.anonymisation.date_mode)
            s.date = None
        for m in s.marks:  # when a mark was seen: by the mark's id
            if m.seen_on is not None:
                result.date_labels[m.id] = date_label(m.seen_on, first, case.anonymisation.date_mode)
                m.seen_on = None
    # Exact dates identify: the anonymised copy keeps none of them.
    copy.parents.spoken_to_on = None
    copy.next_follow_up = None
    copy.closed_on = None
    for a in copy.actions:
        a.due = None
    copy.title = ""
    return result
