"""The export prompt: a proposed file name to accept or change; its ending picks the format."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.export.files import FORMAT_OF, free_name
from tui.sanitize import safe_line
from tui.widgets.footer import SteadyFooter

from .prompt import prompt_css

HELP = ("Enter saves · the ending picks the format: .csv .ics .md .txt · a file that is there is never "
        "replaced")


class ExportScreen(ModalScreen[Path | None]):
    """Returns the path to write (a new name when the proposed one exists), None on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = prompt_css("ExportScreen", "export-help")

    def __init__(self, what: str, proposed: Path) -> None:
        super().__init__()
        self.what = what
        self.proposed = free_name(proposed)

    def compose(self) -> ComposeResult:
        box = Vertical()
        box.border_title = safe_line(f"Export {self.what}")
        with box:
            yield Input(value=str(self.proposed), id="export-input")
            yield Static(HELP, id="export-help", markup=False)
        yield SteadyFooter(compact=True)  # this prompt's keys, over the reader's footer

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        help_line = self.query_one("#export-help", Static)
        suffix = Path(event.value.strip()).suffix.lower()
        if event.value.strip() and suffix not in FORMAT_OF:
            help_line.update(Text(f"✗ end the name with {', '.join(FORMAT_OF)}", style="red"))
        else:
            help_line.update(Text(HELP))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if not value or Path(value).suffix.lower() not in FORMAT_OF:
            self.app.bell()
            return
        self.dismiss(Path(value).expanduser())

    def action_cancel(self) -> None:
        self.dismiss(None)
