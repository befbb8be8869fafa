"""Cities where intergovernmental meetings are usually held, in the interface language.

Any other city is shown as the meeting's data spells it (bidi-isolated in Arabic).
"""

from __future__ import annotations

from .labels import isolate, tr


def city_name(city: str) -> str:
    """*city* translated when it is a known meeting city, else as given."""
    known = {
        "Geneva": tr("Geneva"),
        "New York": tr("New York"),
        "Vienna": tr("Vienna"),
        "Nairobi": tr("Nairobi"),
        "Paris": tr("Paris"),
        "Rome": tr("Rome"),
        "Bonn": tr("Bonn"),
        "Bangkok": tr("Bangkok"),
        "Addis Ababa": tr("Addis Ababa"),
    }
    return known.get(city) or isolate(city)
