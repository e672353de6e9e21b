"""The article's highlights, from the theme, so that text on them stays readable in every theme.

A highlight is a solid background and a foreground chosen for it: the theme's own foreground when it
reaches WCAG AA (4.5:1) on that background, else black or white, whichever contrasts more (one of
them always reaches 4.58:1). Each kind of highlight has its own colour, so the selected quote, the
current match, the other matches, the mentions of an entity and the target sentence look different:

* selected quote: the theme's success colour, faint;
* entity mentions: its primary colour, half strength;
* search matches: its warning colour, half strength;
* the current match or mention: warning, solid, bold;
* the target sentence (from the timeline): its secondary colour, faint.

Colours given as a blend (alpha) are painted solid here: a partial style cannot carry alpha, and a
light-green-on-green selection (1.3:1) came of it. ANSI themes use the terminal's own colours,
bright ones behind black text, dark ones behind white.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.style import Style
from textual.color import Color

AA = 4.5
_BLACK, _WHITE = Color(0, 0, 0), Color(255, 255, 255)

# component class -> (theme colour, strength over the background, bold)
_TRUECOLOR: dict[str, tuple[str, float, bool]] = {
    "article--selected": ("success", 0.3, False),
    "article--mention": ("primary", 0.5, False),
    "article--match": ("warning", 0.45, False),
    "article--current": ("warning", 1.0, True),
    "article--target": ("secondary", 0.3, False),
}
_ANSI: dict[str, tuple[str, bool]] = {
    "article--selected": ("ansi_bright_green", False),
    "article--mention": ("ansi_bright_cyan", False),
    "article--match": ("ansi_bright_yellow", False),
    "article--current": ("ansi_magenta", True),
    "article--target": ("ansi_blue", False),
}
KINDS = tuple(_TRUECOLOR)


def luminance(color: Color) -> float:
    """WCAG relative luminance of an opaque colour."""
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio (1 to 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable_on(background: Color, preferred: Color | None = None) -> Color:
    """``preferred`` if it reaches AA on ``background``, else black or white, whichever is better."""
    if preferred is not None and contrast(preferred, background) >= AA:
        return preferred
    return max((_BLACK, _WHITE), key=lambda c: contrast(c, background))


def _color(variables: Mapping[str, str], name: str, default: str) -> Color:
    try:
        return Color.parse(variables.get(name, default))
    except Exception:  # a theme variable Textual itself could not parse: the default stands in
        return Color.parse(default)


def highlight_styles(variables: Mapping[str, str]) -> dict[str, Style]:
    """Rich styles by component class for the theme whose CSS variables are ``variables``."""
    if variables.get("background", "").startswith("ansi_"):
        out = {}
        for name, (bg_name, bold) in _ANSI.items():
            bg = Color.parse(bg_name)
            fg = Color.parse("ansi_black" if readable_on(bg) == _BLACK else "ansi_bright_white")
            out[name] = Style(color=fg.rich_color, bgcolor=bg.rich_color, bold=bold)
        return out
    base = _color(variables, "background", "#000000")
    text = _color(variables, "foreground", "#ffffff")
    out = {}
    for name, (hue, strength, bold) in _TRUECOLOR.items():
        bg = base.blend(_color(variables, hue, "#808080").with_alpha(1.0), strength)
        fg = readable_on(bg, text)
        out[name] = Style(color=fg.rich_color, bgcolor=bg.rich_color, bold=bold)
    return out
