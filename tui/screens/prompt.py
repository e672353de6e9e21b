"""The look the one-line prompts share: a box at the bottom with an input over a help line, above the
status line, and the prompt's own footer (:class:`tui.widgets.footer.SteadyFooter`) over the reader's."""

from __future__ import annotations


def prompt_css(screen: str, help_id: str) -> str:
    """CSS for prompt screen class ``screen`` whose help line has the id ``help_id``."""
    return f"""
    {screen} {{ align: center bottom; }}
    {screen} > Vertical {{
        width: 100%; height: auto; border: round $accent; background: $surface; padding: 0 1;
        margin-bottom: 1;
    }}
    {screen} #{help_id} {{ color: $text-muted; }}
    """
