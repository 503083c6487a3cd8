"""Step Documenten: choose and export a document, with what that document still needs right above the button."""

from __future__ import annotations

import contextlib

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import (
    Button,
    Collapsible,
    DataTable,
    Input,
    Label,
    LoadingIndicator,
    RadioSet,
    Static,
)

from casusprep.app import strings as S
from casusprep.app.flow import index_of
from casusprep.app.widgets.fields import (
    BoundCheck,
    BoundInput,
    Field,
    Radio,
)
from casusprep.app.widgets.steps.base import Exported, Step, text_field
from casusprep.case import (
    Case,
)
from casusprep.labels import field_label


class DocumentsStep(Step):
    """Choose a document and a folder, export in a worker, show where the file went."""

    key = "documenten"
    _jump_fields: list[str] = []

    def compose(self) -> ComposeResult:
        from casusprep.app.export import DOC_CHOICES
        from casusprep.procedures import share_with_care

        c = self.case
        yield Label(self.spec.title, classes="step-title")
        yield Label(S.DOC_CHOOSE, classes="field-label")
        with RadioSet(id="doc-kind"):
            for i, (value, title) in enumerate(DOC_CHOICES):
                yield Radio(title, value=i == 0, id=f"doc-{value}")
        # What the chosen document still needs from the coach, before she exports it.
        with Vertical(id="sharing", classes="doc-needs"):
            rules = share_with_care()
            yield Label(rules.titel, classes="step-subtitle")
            yield Static(rules.inleiding, classes="muted")
            yield text_field("sharing.purpose", c.sharing.purpose, height="short")
            for name in (
                "same_purpose",
                "necessary_and_relevant",
                "need_to_know",
                "parents_informed",
                "supervisor_approved",
            ):
                yield BoundCheck(f"sharing.{name}", field_label(f"sharing.{name}"), getattr(c.sharing, name))
            yield text_field("sharing.questions_for_other_team", c.sharing.questions_for_other_team, height="short")
        with Vertical(id="meeting", classes="doc-needs"):
            m = c.parent_meeting
            yield Label(S.MEETING_HEADER, classes="step-subtitle")
            yield text_field("parent_meeting.goal", m.goal, height="short")
            yield text_field("parent_meeting.attendees", m.attendees, height="short")
            yield BoundCheck(
                "parent_meeting.both_parents_invited",
                field_label("parent_meeting.both_parents_invited"),
                m.both_parents_invited,
            )
            with Horizontal(classes="pair"):
                yield Field(BoundInput("parent_meeting.place", m.place))
                yield Field(BoundInput("parent_meeting.when", m.when))
            yield text_field("parent_meeting.questions_for_parents", m.questions_for_parents)
            yield text_field("parent_meeting.referrals", m.referrals, height="short")
            yield text_field("parent_meeting.agreements", m.agreements)
        yield Label(S.DOC_FOLDER, classes="field-label")
        yield Input(self._folder(), id="doc-folder", select_on_focus=False)
        yield Static("", id="doc-folder-error", classes="error")
        with Horizontal(classes="buttons"):
            yield Button(S.DOC_EXPORT, id="doc-export", variant="primary")
            yield Button(S.SUMMARY_COPY, id="doc-summary")
            yield Button(S.DOC_FORCE, id="doc-force", variant="warning")
        yield LoadingIndicator(id="doc-busy")
        yield Static("", id="doc-result")
        yield Vertical(id="doc-jumps")
        yield Label(S.AUDIT_HEADER, classes="field-label")
        yield Static(S.AUDIT_EMPTY, id="doc-audit-empty", classes="muted")
        audit: DataTable = DataTable(id="doc-audit", cursor_type="none", zebra_stripes=True)
        audit.add_columns(S.AUDIT_COL_WHEN, S.AUDIT_COL_DOCUMENT, S.AUDIT_COL_PURPOSE, S.AUDIT_COL_RECIPIENT)
        yield audit
        with Collapsible(title=S.NAZORG, id="nazorg", collapsed=True):
            yield Static(_nazorg_text(), id="nazorg-text")

    FOLDER_SETTING = "export_folder"

    def _folder(self) -> str:
        """The folder of the last export (a plain setting of the store), else the default folder."""
        from casusprep.app.export import default_folder

        store = getattr(self.app, "store", None) if self.is_attached else None
        try:
            remembered = store.get_setting(self.FOLDER_SETTING) if store is not None else None
        except Exception:  # noqa: BLE001 - a setting is a convenience
            remembered = None
        return remembered or str(default_folder())

    def after_compose(self) -> None:
        self.query_one("#doc-busy").display = False
        self.query_one("#doc-force").display = False
        self.query_one("#doc-folder", Input).value = self._folder()
        self.refresh_audit()
        self.show_needs()

    async def shown(self) -> None:
        await super().shown()
        self.show_needs()

    def show_needs(self) -> None:
        """The chosen document's own fields show above the export button: the kindbespreking's doel and questions,
        or the plan for the parent conversation."""
        kind = self.chosen_kind()
        self.query_one("#sharing").display = kind == "kindbespreking"
        self.query_one("#meeting").display = kind == "oudergesprek"

    async def show_path(self, path: str) -> None:
        """A jump to a field of one document's own part chooses that document, so the field is on screen."""
        kind = {"parent_meeting": "oudergesprek", "sharing": "kindbespreking"}.get(path.split(".")[0])
        if kind is not None and kind != self.chosen_kind():
            self.query_one(f"#doc-{kind}", Radio).value = True
            self.show_needs()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        self.show_needs()

    def refresh_audit(self) -> None:
        """This case's audit entries (when, which document, purpose, recipient kind), oldest first."""
        from casusprep.app.export import AUDIT_DOCUMENT
        from casusprep.handover import audit_document_labels

        names = {**AUDIT_DOCUMENT, **audit_document_labels()}
        table = self.query_one("#doc-audit", DataTable)
        table.clear()
        store = getattr(self.app, "store", None)
        entries = []
        if store is not None:
            try:
                entries = store.audit(self.case.id)
            except Exception:  # noqa: BLE001 - the audit view must never block the documents step
                entries = []
        for entry in entries:
            when = entry.at.astimezone().strftime("%d/%m/%Y %H:%M")
            table.add_row(when, names.get(entry.document, entry.document), entry.purpose, entry.recipient_kind)
        table.display = bool(entries)
        self.query_one("#doc-audit-empty").display = not entries

    def chosen_kind(self) -> str:
        from casusprep.app.export import DOC_CHOICES

        radio = self.query_one("#doc-kind", RadioSet)
        index = radio.pressed_index if radio.pressed_index >= 0 else 0
        return DOC_CHOICES[index][0]

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "doc-folder":
            event.stop()
            from casusprep.app.export import check_folder

            self.query_one("#doc-folder-error", Static).update(check_folder(event.value) or "")

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        bid = str(event.button.id)
        if bid == "doc-export":
            event.stop()
            self.export()
        elif bid == "doc-summary":
            event.stop()
            self.export(summary=True)
        elif bid == "doc-force":
            event.stop()
            self.export(summary=getattr(self, "_last_kind", "") == "samenvatting", force=True)
        elif bid == "doc-jump-review":
            event.stop()
            self.screen.call_later(self.screen.go_to, index_of("anonimiseren"))  # type: ignore[attr-defined]  # steps live on the CaseScreen
        elif bid.startswith("doc-jump-"):
            event.stop()
            path = self._jump_fields[int(bid.rsplit("-", 1)[1])]
            self.screen.call_later(self.screen.jump_to_field, path)  # type: ignore[attr-defined]  # steps live on the CaseScreen

    def export(self, summary: bool = False, *, force: bool = False) -> None:
        """The chosen document, or the anonymised summary (clipboard and .txt), in a worker.

        The export service checks what the document still lacks; ``force`` ("Toch exporteren") goes on anyway,
        which the audit log notes. The audit entry is written by the service, with the file."""
        from casusprep.app.export import check_folder

        folder = self.query_one("#doc-folder", Input).value
        problem = check_folder(folder)
        self.query_one("#doc-folder-error", Static).update(problem or "")
        if problem:
            return
        self.query_one("#doc-busy").display = True
        self.query_one("#doc-export", Button).disabled = True
        self.query_one("#doc-summary", Button).disabled = True
        self.query_one("#doc-force").display = False
        kind = "samenvatting" if summary else self.chosen_kind()
        self._last_kind = kind
        save = getattr(self.screen, "save_now", None)
        if callable(save):  # the audit entry is written with the export: the case must be in the store
            save()
        case = self.case.model_copy(deep=True)
        store = getattr(self.app, "store", None)
        if store is not None:
            store.set_setting(self.FOLDER_SETTING, folder)
        self.run_worker(
            lambda: self._export(case, kind, folder, store, force),
            thread=True,
            exclusive=True,
            group="export",
            exit_on_error=False,
        )

    def _export(self, case: Case, kind: str, folder: str, store, force: bool) -> None:
        from casusprep.app.export import export_to_folder, summary_to_folder

        app = self.app
        if kind == "samenvatting":
            result = summary_to_folder(case, folder, store=store, force=force)
        else:
            result = export_to_folder(case, kind, folder, store=store, force=force)
        with contextlib.suppress(RuntimeError):  # the app is closing: the file is written, the message is dropped
            app.call_from_thread(self._done, result, kind)

    def left(self) -> None:
        """An export in progress finishes (the file must be whole); only its message waits for the step."""

    async def _done(self, result, kind: str) -> None:
        from rich.text import Text

        from casusprep.labels import field_location

        if not self.is_attached:
            return

        self.query_one("#doc-busy").display = False
        self.query_one("#doc-export", Button).disabled = False
        self.query_one("#doc-summary", Button).disabled = False
        if result.ok and kind == "samenvatting":
            self.app.copy_to_clipboard(result.text)
        message = self.query_one("#doc-result", Static)
        message.update(Text(result.message))
        message.set_class(not result.ok, "error")
        message.set_class(result.ok, "success")
        self.query_one("#doc-force").display = bool(getattr(result, "not_ready", False))
        jumps = self.query_one("#doc-jumps", Vertical)
        await jumps.remove_children()
        self._jump_fields = result.fields[: 6 if getattr(result, "not_ready", False) else 4]
        buttons = [
            Button(S.JUMP_TO.format(where=field_location(path)), id=f"doc-jump-{n}", compact=True)
            for n, path in enumerate(self._jump_fields)
        ]
        kept = len(self.case.anonymisation.rejected)
        if result.fields and kept:  # a text the coach chose to keep may be what leaks: offer the review too
            buttons.append(Button(S.JUMP_TO_REVIEW.format(n=kept), id="doc-jump-review", compact=True))
        await jumps.mount_all(buttons)
        if result.ok:
            self.post_message(Exported(kind))


def _nazorg_text():
    """Aftercare per group and the evaluation questions, from the procedures data."""
    from rich.text import Text

    from casusprep.procedures import evaluation_questions, nazorg

    out = Text()
    for section in nazorg():
        out.append(section.titel + "\n", style="bold")
        for point in section.punten:
            out.append(f"  • {point}\n")
    out.append(S.EVALUATION + "\n", style="bold")
    for question in evaluation_questions():
        out.append(f"  • {question}\n")
    return out
