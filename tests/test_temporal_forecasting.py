"""What a forecast or an expectation in the -ing form foretells lies ahead, as with its present
(``forecasts``, ``expects``): ``with the bureau forecasting 45C on Friday``, ``with forecasters
expecting the temperature at the city's main airport to reach 116 degrees on Friday`` (an object of
several words before the infinitive)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

_THURSDAY = date(2025, 6, 19)  # the Friday before is June 13, the one after June 20


def _value(text: str, expression: str) -> str | None:
    return next(t.value for t in temporal.extract(text, (), _THURSDAY) if t.text == expression)


@pytest.mark.parametrize("text", [
    "The state is bracing for its worst heatwave, with the Bureau of Meteorology forecasting 45C in "
    "Adelaide on Friday.",
    "A heat warning was issued, with forecasters expecting the temperature at Sky Harbor International "
    "Airport to reach 116 degrees on Friday.",
    "Markets steadied, with traders expecting the central bank's rate-setting committee to cut rates on "
    "Friday.",
    "The harvest has slowed, with agronomists predicting the last of the northern wheat fields to be cut "
    "by Friday.",
])
def test_a_forecast_in_the_ing_form_looks_ahead(text: str) -> None:
    assert _value(text, "Friday") == "2025-06-20"


def test_a_forecast_made_is_still_past() -> None:
    text = "The bureau issued its warning on Friday, forecasting 45C for the weekend."
    assert _value(text, "Friday") == "2025-06-13"
