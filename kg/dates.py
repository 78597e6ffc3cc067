"""Dates as the press writes them, and the article's date when no metadata gives it."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
MONTH_DAY = re.compile(r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b" + _YEAR, re.I)
DAY_MONTH = re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b" + _YEAR, re.I)
ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
YEAR = re.compile(r"(?<![\d/.,])\b(?:19[4-9]\d|20[0-4]\d)\b(?![\d/])")
# "MOSCOW, March 11. /TASS/." or "UNITED NATIONS, 2 March (Reuters) -": a dateline near the top.
DATELINE_CHARS = 600
DATELINE = re.compile(r"(?m)^\s*[A-Z][A-Z .'-]{2,40}(?:\s*\([^)]*\))?,\s*(?P<date>[^\n]{3,40})")


@dataclass(frozen=True)
class DateMention:
    """A calendar date in the text; ``year`` is None when the text leaves it out."""

    start: int
    end: int
    month: int
    day: int
    year: int | None
    relative: bool = False  # read from a weekday or "today" and the publication date

    def resolve(self, year: int | None) -> date | None:
        """The date, taking ``year`` when the text gave none."""
        chosen = self.year or year
        if chosen is None:
            return None
        try:
            return date(chosen, self.month, self.day)
        except ValueError:
            return None


def find_dates(text: str, offset: int = 0) -> list[DateMention]:
    """Every calendar date written out in ``text``, in order."""
    found: dict[int, DateMention] = {}
    for pattern in (ISO, MONTH_DAY, DAY_MONTH):
        for m in pattern.finditer(text):
            if any(d.start <= m.start() + offset < d.end for d in found.values()):
                continue
            month = m.group("month")
            month_no = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
            day = int(m.group("day"))
            year = int(m.group("year")) if m.group("year") else None
            if 1 <= day <= 31 and 1 <= month_no <= 12:
                found[m.start()] = DateMention(m.start() + offset, m.end() + offset, month_no, day, year)
    return [found[k] for k in sorted(found)]


def years_in(text: str) -> list[int]:
    """Four-digit years written in the text (not parts of numbers or symbols)."""
    return [int(y) for y in YEAR.findall(text)]


def dateline(text: str) -> DateMention | None:
    """The wire dateline near the top of an article: "MOSCOW, March 11. /TASS/.",
    "UNITED NATIONS, Dec 1 (Xinhua) --", "TEHRAN, Aug. 14 (Reuters) -": a place in capitals,
    a comma, then the date."""
    for line in DATELINE.finditer(text[:DATELINE_CHARS]):
        dates = find_dates(line.group("date"), line.start("date"))
        if dates:
            return dates[0]
    return None


def parse_date(value: str) -> date | None:
    """An ISO date or a date written out in words, as metadata gives it."""
    value = value.strip()
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    mentions = find_dates(value)
    return mentions[0].resolve(None) if mentions else None
