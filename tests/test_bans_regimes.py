"""Bans of every sanctions regime, on sentences written for these tests in the style of UN press
releases and UN News (none taken from an article of tests/data/): each row is a sentence, its
publication date and the exact (resolution, predicate, commodity) triples it states.

An arms embargo a resolution imposes, renews or extends is a ban by it; one it lifts is not; the
resolution that set up a Group of Experts, named in passing, bans nothing; the resolution named as
a measure's origin ("laid out in resolution 2146 (2014)") bans it too; a resolution named by its
weekday resolves in every regime."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract_text

CASES = [
    pytest.param(
        date(2012, 2, 23),
        "Acting under Chapter VII, the Council adopted resolution 2036 (2012) and decided that all "
        "Member States shall prevent the direct or indirect import of charcoal from Somalia, whether "
        "or not it originated there.",
        {("2036", "bans", "charcoal")},
        id="somalia-1",
    ),
    pytest.param(
        date(2019, 11, 16),
        "Resolution 2498 (2019) also bans the sale and supply to Somalia of explosives precursors and"
        " components of improvised explosive devices.",
        {("2498", "bans", "explosives-precursors"), ("2498", "bans", "ied-components")},
        id="somalia-2",
    ),
    pytest.param(
        date(2003, 12, 23),
        "Under resolution 1521 (2003), all States shall prevent the import of all rough diamonds from"
        " Liberia and of all round logs and timber products originating there.",
        {("1521", "bans", "rough-diamonds"), ("1521", "bans", "timber")},
        id="liberia-1",
    ),
    pytest.param(
        date(2000, 7, 6),
        "The Security Council yesterday imposed a ban on the import of rough diamonds from Sierra "
        "Leone not certified by the Government, adopting resolution 1306 (2000) unanimously.",
        {("1306", "bans", "rough-diamonds")},
        id="sierra-leone-1",
    ),
    pytest.param(
        date(1997, 10, 9),
        "By resolution 1132 (1997), the Council imposed an oil and arms embargo on the military junta"
        " in Sierra Leone.",
        {("1132", "bans", "arms-and-related-materiel"), ("1132", "bans", "petroleum")},
        id="sierra-leone-2",
    ),
    pytest.param(
        date(2005, 12, 16),
        "Resolution 1643 (2005) prohibits the import by any State of all rough diamonds from Côte d'Ivoire.",
        {("1643", "bans", "rough-diamonds")},
        id="cote-d-ivoire-1",
    ),
    pytest.param(
        date(2011, 2, 27),
        "By resolution 1970 (2011), the Council imposed an arms embargo on the Libyan Arab Jamahiriya.",
        {("1970", "bans", "arms-and-related-materiel")},
        id="libya-1",
    ),
    pytest.param(
        date(2020, 2, 12),
        "The resolution adopted on Tuesday extended until 30 April 2021 the oil-related sanctions "
        "laid out in resolution 2146 (2014), which target vessels exporting petroleum illicitly from "
        "Libya.",
        {("2146", "bans", "petroleum"), ("2509", "bans", "petroleum")},
        id="libya-2",
    ),
    pytest.param(
        date(2011, 11, 30),
        "The Security Council this afternoon renewed until 30 November 2012 the arms embargo on armed"
        " groups in the Democratic Republic of the Congo, as well as the mandate of the Group of "
        "Experts established pursuant to resolution 1533 (2004), unanimously adopting resolution 2021"
        " (2011).",
        {("2021", "bans", "arms-and-related-materiel")},
        id="drc-1",
    ),
    pytest.param(
        date(2005, 3, 30),
        "Resolution 1591 (2005) extended the arms embargo imposed by resolution 1556 (2004) to all "
        "parties to the N'djamena Ceasefire Agreement.",
        {("1556", "bans", "arms-and-related-materiel"), ("1591", "bans", "arms-and-related-materiel")},
        id="sudan-1",
    ),
    pytest.param(
        date(2018, 7, 14),
        "JUBA, 14 July. The Security Council resolution adopted on Friday imposed an arms embargo on "
        "South Sudan until 31 May 2019, with six members abstaining.",
        {("2428", "bans", "arms-and-related-materiel")},
        id="south-sudan-1",
    ),
    pytest.param(
        date(2018, 7, 14),
        "The Security Council on Friday imposed an arms embargo on South Sudan.",
        {("2428", "bans", "arms-and-related-materiel")},
        id="south-sudan-2",
    ),
    pytest.param(
        date(2022, 10, 22),
        "By resolution 2653 (2022), the Council decided that all Member States shall prevent the "
        "direct or indirect supply, sale or transfer of small arms, light weapons and ammunition to "
        "the individuals and entities the Committee designates.",
        {("2653", "bans", "small-arms"), ("2653", "bans", "light-weapons"), ("2653", "bans", "ammunition")},
        id="haiti-1",
    ),
    pytest.param(
        date(2013, 12, 6),
        "Resolution 2127 (2013) imposed an arms embargo on the Central African Republic for an "
        "initial period of one year.",
        {("2127", "bans", "arms-and-related-materiel")},
        id="car-1",
    ),
    pytest.param(
        date(2015, 4, 15),
        "Resolution 2216 (2015) imposes a targeted arms embargo on Houthi leaders and forces loyal to"
        " former President Saleh.",
        {("2216", "bans", "arms-and-related-materiel")},
        id="yemen-1",
    ),
    pytest.param(
        date(2015, 2, 13),
        "Resolution 2199 (2015) bans trade in antiquities illegally removed from Iraq and Syria.",
        {("2199", "bans", "cultural-property")},
        id="isil-1",
    ),
    pytest.param(
        date(1990, 8, 7),
        "Resolution 661 (1990) imposed comprehensive economic sanctions on Iraq, banning all imports "
        "of petroleum from Iraq and Kuwait.",
        {("661", "bans", "petroleum")},
        id="iraq-1",
    ),
    pytest.param(
        date(1993, 9, 16),
        "With resolution 864 (1993), the Council imposed an arms and petroleum embargo on UNITA.",
        {("864", "bans", "arms-and-related-materiel"), ("864", "bans", "petroleum")},
        id="angola-1",
    ),
    pytest.param(
        date(1966, 12, 17),
        "Resolution 232 (1966) prohibited the supply of arms and petroleum to Southern Rhodesia.",
        {("232", "bans", "arms-and-related-materiel"), ("232", "bans", "petroleum")},
        id="southern-rhodesia-1",
    ),
    pytest.param(
        date(1977, 11, 5),
        "Resolution 418 (1977) imposed a mandatory arms embargo against South Africa.",
        {("418", "bans", "arms-and-related-materiel")},
        id="south-africa-1",
    ),
    pytest.param(
        date(2018, 11, 15),
        "By resolution 2444 (2018), the Council lifted the arms embargo, travel ban and asset freeze "
        "on Eritrea.",
        set(),
        id="eritrea-1",
    ),
    pytest.param(
        date(2014, 10, 25),
        "The Council renewed until 30 October 2015 the partial suspension of the arms embargo on the "
        "Federal Government of Somalia, adopting resolution 2182 (2014).",
        set(),
        id="somalia-3",
    ),
]


# Resolutions named without their number: by weekday in an article on a regime's target, by the
# year a regime was set up, by the Council's act on a day.
UNNAMED = [
    pytest.param(
        date(2015, 2, 13),
        "NEW YORK, 13 February. The Security Council on Thursday unanimously adopted a resolution that "
        "bans trade in antiquities from Syria and threatens sanctions on anyone buying oil from ISIL.",
        {("2199", "bans", "cultural-property")},
        id="isil-weekday-and-target",
    ),
    pytest.param(
        date(2019, 6, 11),
        "The UN Security Council first imposed an arms embargo on Libya in 2011, when the Qadhafi "
        "regime cracked down on protesters.",
        {("1970", "bans", "arms-and-related-materiel")},
        id="libya-year-set-up",
    ),
    pytest.param(
        date(2014, 3, 6),
        "The Security Council imposed an arms embargo on Somalia in 1992.",
        {("733", "bans", "arms-and-related-materiel")},
        id="somalia-year-first-of-two",
    ),
    pytest.param(
        date(2014, 3, 6),
        "The Security Council imposed an arms embargo on Somalia in March 1992.",
        set(),
        id="somalia-wrong-month",
    ),
]

# Renewals whose measure word follows the goods; liftings; mandates.
RENEWALS = [
    pytest.param(
        date(2009, 10, 30),
        "By resolution 1893 (2009), the Council renewed arms, financial and travel sanctions on Côte "
        "d'Ivoire as well as a ban on trade in rough diamonds from the country.",
        {("1893", "bans", "arms-and-related-materiel"), ("1893", "bans", "rough-diamonds")},
        id="cote-d-ivoire-renewal",
    ),
    pytest.param(
        date(2006, 12, 21),
        "Resolution 1731 (2006) extended the diamond and timber sanctions for six months.",
        {("1731", "bans", "rough-diamonds"), ("1731", "bans", "timber")},
        id="liberia-renewal",
    ),
    pytest.param(
        date(2006, 6, 21),
        "Resolution 1689 (2006) lifted timber sanctions against Liberia.",
        set(),
        id="liberia-lift",
    ),
    pytest.param(
        date(2019, 2, 8),
        "Resolution 2455 (2019) extended the mandate of the Panel of Experts monitoring arms flows "
        "into Darfur.",
        set(),
        id="darfur-mandate",
    ),
]


# Resolutions of 2022-2025 (data/unsc_resolutions_2022-2025.csv) and the renewals that keep a
# regime's measures in force, in the words of UN meetings coverage and wire stories: a renewal
# bans what it renews, named by number or by the day the Council acted; the resolution a
# renewed measure was laid out in bans it too; a mandate's renewal bans nothing.
RECENT = [
    pytest.param(
        date(2022, 10, 22),
        "The Security Council on Friday unanimously adopted resolution 2653 (2022), imposing an arms "
        "embargo, a travel ban and an asset freeze on gang leaders in Haiti.",
        {("2653", "bans", "arms-and-related-materiel")},
        id="haiti-2653",
    ),
    pytest.param(
        date(2023, 10, 20),
        "The Security Council today renewed for one year the sanctions regime on Haiti, unanimously "
        "adopting resolution 2700 (2023), and reaffirmed that all Member States shall prevent the "
        "supply, sale or transfer to Haiti of small arms, light weapons and ammunition.",
        {("2700", "bans", "small-arms"), ("2700", "bans", "light-weapons"), ("2700", "bans", "ammunition")},
        id="haiti-2700-reaffirmed",
    ),
    pytest.param(
        date(2024, 10, 19),
        "UNITED NATIONS, Oct. 18. The Security Council on Friday extended the arms embargo on Haiti "
        "for another year.",
        {("2752", "bans", "arms-and-related-materiel")},
        id="haiti-2752-by-weekday",
    ),
    pytest.param(
        date(2022, 7, 14),
        "UNITED NATIONS, July 13. The Security Council on Wednesday extended until 30 October 2023 the "
        "measures against the illicit export of crude oil and other petroleum products from Libya laid "
        "out in resolution 2146 (2014), unanimously adopting resolution 2644 (2022).",
        {("2644", "bans", "crude-oil"), ("2644", "bans", "refined-petroleum-products"),
         ("2146", "bans", "crude-oil"), ("2146", "bans", "refined-petroleum-products")},
        id="libya-2644-origin-of-a-list",
    ),
    pytest.param(
        date(2025, 1, 17),
        "On 16 January, the Council adopted resolution 2769 (2025), extending until 1 May 2026 the "
        "measures on illicit exports of crude oil and refined petroleum from Libya.",
        {("2769", "bans", "crude-oil"), ("2769", "bans", "refined-petroleum-products")},
        id="libya-2769",
    ),
    pytest.param(
        date(2024, 6, 28),
        "By resolution 2738 (2024), the Council renewed until 1 July 2025 the measures on arms relating "
        "to the Democratic Republic of the Congo.",
        {("2738", "bans", "arms-and-related-materiel")},
        id="drc-2738",
    ),
    pytest.param(
        date(2024, 7, 31),
        "Unanimously adopting resolution 2745 (2024), the Council lifted the arms embargo on the "
        "Government of the Central African Republic and decided that all Member States shall prevent "
        "the supply of arms and related materiel of all types to armed groups operating in the country.",
        {("2745", "bans", "arms-and-related-materiel")},
        id="car-2745-lifts-and-bans",
    ),
    pytest.param(
        date(2023, 12, 2),
        "UNITED NATIONS, Dec. 1. The Security Council on Friday renewed until 15 December 2024 the "
        "sanctions regime on Al-Shabaab, including the charcoal export ban and the ban on improvised "
        "explosive device components, adopting resolution 2713.",
        {("2713", "bans", "charcoal"), ("2713", "bans", "ied-components")},
        id="al-shabaab-2713",
    ),
    pytest.param(
        date(2025, 5, 31),
        "JUBA, 31 May. The UN Security Council on Friday renewed the arms embargo on South Sudan until "
        "31 May 2026, with six members abstaining.",
        {("2781", "bans", "arms-and-related-materiel")},
        id="south-sudan-2781-by-weekday",
    ),
    pytest.param(
        date(2013, 12, 6),
        "Resolution 2127 (2013) imposed an embargo on arms and related materiel of all types, including "
        "weapons and ammunition, military vehicles and equipment.",
        {("2127", "bans", "arms-and-related-materiel")},
        id="car-including-names-a-part",
    ),
    pytest.param(
        date(2025, 2, 18),
        "The Council extended until 12 March 2026 the mandate of the Panel of Experts assisting the "
        "Sudan sanctions committee, adopting resolution 2772 (2025).",
        set(),
        id="sudan-2772-mandate",
    ),
    pytest.param(
        date(2023, 3, 9),
        "UNITED NATIONS, March 8 (Xinhua) -- The UN Security Council on Wednesday extended the mandate "
        "of the panel of experts on Sudan sanctions for one year. The resolution also asks the panel to "
        "report on violations of the arms embargo in Darfur.",
        set(),
        id="sudan-2676-reports-on-the-embargo",
    ),
    pytest.param(
        date(2024, 6, 1),
        "Resolution 2733 (2024) extends for 12 months the authorization to inspect vessels on the high "
        "seas off Libya suspected of violating the arms embargo.",
        set(),
        id="libya-2733-inspections",
    ),
    pytest.param(
        date(2022, 7, 30),
        "NEW YORK, 29 July. The Council first imposed an arms embargo on the Central African Republic in "
        "December 2013. On Friday it renewed the embargo for another year, adopting resolution 2648 (2022).",
        {("2127", "bans", "arms-and-related-materiel"), ("2648", "bans", "arms-and-related-materiel")},
        id="car-the-embargo-is-the-last-named",
    ),
    pytest.param(
        date(2006, 6, 21),
        "Resolution 1689 (2006) lifted the ban on timber from Liberia but kept the diamond embargo in place.",
        {("1689", "bans", "rough-diamonds")},
        id="liberia-lifted-one-kept-one",
    ),
    pytest.param(
        date(2022, 11, 17),
        "Explanation of vote by Ambassador Robert Wood following the adoption of a resolution renewing "
        "the Somalia sanctions regime. The United States welcomes the renewal of the arms embargo and the "
        "charcoal ban, which remain essential tools against Al-Shabaab.",
        {("2662", "bans", "arms-and-related-materiel"), ("2662", "bans", "charcoal")},
        id="somalia-2662-the-day-of-a-statement",
    ),
    pytest.param(
        date(2018, 7, 14),
        "JUBA, July 14. The UNSC imposed an arms embargo on South Sudan, with six members abstaining.",
        {("2428", "bans", "arms-and-related-materiel")},
        id="south-sudan-2428-the-day-before-a-wire-story",
    ),
    pytest.param(
        date(2023, 5, 31),
        "UNITED NATIONS (AP) — The U.N. Security Council voted Tuesday to extend the arms embargo on "
        "South Sudan for another year.",
        {("2683", "bans", "arms-and-related-materiel")},
        id="south-sudan-2683-voted-to-extend",
    ),
    pytest.param(
        date(2020, 6, 30),
        "China said it would oppose any draft that would extend the arms embargo on Iran, which is set "
        "to expire under resolution 2231 in October.",
        set(),
        id="iran-an-extension-only-sought",
    ),
]


def bans_of(text: str, published: date) -> set[tuple[str, str, str]]:
    """(resolution number, predicate, commodity slug) of every ban and cap read from the text."""
    claims, _ = extract_text(text, published)
    return {
        (c.subject.iri.rsplit("/", 1)[1], c.predicate, c.object.iri.rsplit("/", 1)[1])
        for c in claims
        if c.kind in ("bans", "caps")
    }


@pytest.mark.parametrize(("published", "text", "expected"), CASES + UNNAMED + RENEWALS + RECENT)
def test_each_regime_bans_what_the_sentence_says(published: date, text: str, expected: set) -> None:
    assert bans_of(text, published) == expected


def test_a_renewal_of_something_else_bans_nothing() -> None:
    text = "By resolution 2479 (2019), the Council extended the mandate of the mission until 31 October 2019."
    assert bans_of(text, date(2019, 6, 28)) == set()


def test_the_origin_is_credited_only_with_the_measure_named_before_it() -> None:
    text = (
        "Resolution 2509 (2020) renewed the arms embargo and extended the oil-related sanctions laid out "
        "in resolution 2146 (2014)."
    )
    assert bans_of(text, date(2020, 2, 12)) == {
        ("2509", "bans", "arms-and-related-materiel"),
        ("2509", "bans", "petroleum"),
        ("2146", "bans", "petroleum"),
    }
