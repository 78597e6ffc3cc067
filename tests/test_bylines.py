"""The voice an article's metadata names: a statement's title or a government publisher, never a
headline or a news outlet."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import context_for, extract_text
from kg.extract.bylines import byline_voice
from kg.nlp import make_nlp


@pytest.mark.parametrize(
    ("title", "source", "published", "voice"),
    [
        ("Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on September 4, 2017",
         None, date(2017, 9, 4), ["Geng Shuang"]),
        ("Statement attributable to the Spokesperson for the Secretary-General on the DPRK", None,
         date(2017, 9, 3), ["Antonio Guterres"]),
        ("Iran: adoption of resolution 1929", "Ministry for Europe and Foreign Affairs of France",
         date(2010, 6, 9), ["France"]),
        ("Remarks at a UN Security Council Briefing on Somalia",
         "United States Mission to the United Nations", date(2022, 11, 17), ["United States"]),
        ("Statement by Ambassador Jane Doe, Permanent Representative of Guyana to the United Nations, at "
         "the Security Council", None, date(2024, 2, 15), ["Guyana"]),
        # The subject of a title is not its speaker: "on the DPRK" names what is spoken of.
        ("Statement by the Chinese Foreign Ministry on the nuclear test by the DPRK", None, date(2016, 1, 6),
         ["Chinese Foreign Ministry"]),
        # The part of a title that names the statement speaks, not the subject before it.
        ("Côte d'Ivoire - Adoption of resolution 1975 - Statement by the Spokesperson",
         "Ministry for Europe and Foreign Affairs of France", date(2011, 3, 31), ["France"]),
        ("Following is the text of Secretary-General Ban Ki-moon's remarks to the Security Council",
         None, date(2011, 2, 26), ["Ban Ki-moon"]),
        # Headlines and outlets name no voice, not even when a genre word stands in them.
        ("Brazil, Turkey Say Tehran Declaration Could Boost Diplomacy", None, date(2010, 6, 9), []),
        ("Resolution sends strong message to Pyongyang: Obama", None, date(2016, 3, 3), []),
        ("The situation in the Middle East Letter dated 25 January from the Panel of Experts", None,
         date(2022, 2, 28), []),
        ("UN imposes new sanctions on North Korea following missile tests", "The Salt Lake Tribune",
         date(2017, 8, 5), []),
        ("China's foreign ministry slams US sanctions", "Reuters", date(2020, 1, 1), []),
        # a ministry's comment or answer to a question is its spokesperson's statement
        ("Comment by the Foreign Ministry Spokeswoman Maria Zakharova on the situation on the Korean "
         "Peninsula", None, date(2022, 5, 27), ["Maria Zakharova"]),
    ],
)
def test_the_voice_a_title_or_publisher_names(title, source, published, voice) -> None:
    nlp = make_nlp()
    ctx = context_for(nlp("x"), nlp, published)
    assert [n.label for n in byline_voice(nlp, ctx, title, source)] == voice


def positions(text: str, published: date = date(2017, 9, 15), **meta) -> set[tuple[str, str, str]]:
    claims, _ = extract_text(text, published, **meta)
    return {(c.subject.label, c.stance or "", c.object.label) for c in claims if c.kind == "position"}


def test_a_ministry_press_release_in_the_first_person_speaks_for_its_state() -> None:
    text = "We strongly condemn the ballistic missile launch."
    assert positions(text) == set()
    found = positions(text, title="North Korea's missile launch (Statement)",
                      source="Ministry of Foreign Affairs of Japan")
    assert ("Japan", "opposes", "missile launches") in found


def test_what_a_statement_says_others_should_do_is_its_voices_call() -> None:
    text = ("Relevant parties should refrain from escalating tensions on the Peninsula. All parties "
            "should exercise restraint. The DPRK must comply with the resolutions. The international "
            "community must support the peace process.")
    title = "Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on March 3, 2016"
    found = positions(text, date(2016, 3, 3), title=title)
    for holder in ("Hong Lei", "China"):
        assert (holder, "opposes", "escalation") in found, found
        assert (holder, "supports", "restraint") in found, found
        assert (holder, "supports", "compliance with resolutions") in found, found
        assert (holder, "supports", "peace process") in found, found
    # Narration states a rule or a fact, no one's call; so does a ruling's "shall".
    news = {"title": "Tensions rise on the Peninsula", "source": "Reuters"}
    assert positions(text, date(2016, 3, 3), **news) == set()
    assert positions("All States shall prevent the supply of arms.", date(2016, 3, 3), title=title) == set()


def test_a_news_story_keeps_its_narration_unattributed() -> None:
    text = "The launch drew condemnation. We condemn the launch, a diplomat said."
    assert positions(text, title="North Korea fires missile", source="Reuters") == positions(text)


def test_a_statement_that_opens_with_its_title_speaks_in_that_voice() -> None:
    text = ("Statement by Ambassador Jane Doe of South Africa at the Security Council on Iran\n\n"
            "The reason for bringing the issue to the Security Council was, we were told, to reinforce the "
            "IAEA. We will vote in favour of the resolution 1803.")
    found = positions(text)
    assert ("South Africa", "supports", "UNSC Resolution 1803") in found
    assert not any(holder == "UN Security Council" for holder, _, _ in found)


def test_a_line_that_opens_with_its_genre_is_a_title_full_stop_or_not() -> None:
    text = ("Explanation of vote by Ambassador Jane Doe, Permanent Representative of Guyana to the UN, "
            "following the vote on resolution 2776.\n\nWe welcome the adoption of resolution 2776.")
    assert ("Guyana", "supports", "UNSC Resolution 2776") in positions(text, date(2025, 3, 3))


def test_a_first_sentence_that_mentions_a_statement_names_no_voice() -> None:
    text = "China issued a statement about the test.\n\nWe oppose the sanctions."
    assert not any(holder == "China" and obj == "sanctions" for holder, _, obj in positions(text))



def test_a_message_introduced_by_its_speaker_speaks_in_that_voice() -> None:
    """UN coverage opens a message or statement with who gives it; the text then says "I"."""
    text = ("Following is UN Secretary-General Ban Ki-moon's message on the anniversary of resolution 2231 "
            "(2015), delivered today:\n\nI welcome the progress made. I call on all parties to continue to "
            "fully implement their commitments.")
    found = positions(text, published=date(2016, 7, 20))
    assert ("Ban Ki-moon", "supports", "implementation of commitments") in found
    assert not any(holder == "UN Security Council" for holder, _, _ in found)


def test_he_is_the_office_holder_a_sentence_before_had_for_subject() -> None:
    text = ("The following statement was issued today by the Spokesperson for UN Secretary-General Ban "
            "Ki-moon:\n\nThe Secretary-General welcomes the adoption of resolution 2094 (2013). The "
            "resolution "
            "sends an unequivocal message. He calls on the DPRK to return to dialogue.")
    found = positions(text, published=date(2013, 3, 7))
    assert ("Ban Ki-moon", "supports", "dialogue and negotiations") in found


def test_the_remarks_of_an_office_speak_in_its_holders_voice_not_the_addressees() -> None:
    text = ("I welcome the unanimous adoption of resolution 2321. I strongly condemn the nuclear test "
            "conducted by the DPRK on 9 September.")
    found = positions(text, date(2016, 11, 30),
                      title="Secretary-General's remarks to the Security Council on the DPRK")
    assert ("Ban Ki-moon", "supports", "UNSC Resolution 2321") in found, found
    assert ("Ban Ki-moon", "opposes", "nuclear tests") in found, found
    assert not any(holder == "UN Security Council" for holder, _, _ in found), found


def test_the_following_statement_by_an_office_gives_the_text_its_voice() -> None:
    text = ("The following statement by UN Secretary-General Ban Ki-moon was issued today:\n\n"
            "One year ago, the Joint Comprehensive Plan of Action was concluded. I encourage all parties to "
            "fully implement resolution 2231.")
    found = positions(text, date(2016, 7, 20))
    assert ("Ban Ki-moon", "supports", "UNSC Resolution 2231") in found, found
    # A name of a thing ("Plan of Action") is nobody who speaks.
    assert not any(holder.startswith("Joint") for holder, _, _ in found), found


def test_a_publishers_subject_in_brackets_names_no_voice() -> None:
    text = "The members welcomed the positive changes in Afghanistan."
    found = positions(text, date(2002, 1, 11), source="UN News (Council President Jagdish Koonjul)")
    assert not any(holder == "United Nations" for holder, _, _ in found), found


def test_a_department_of_state_publishes_in_its_states_voice() -> None:
    text = ("Russia vetoed the draft resolution. We will continue to work with our allies and partners to "
            "ensure the full implementation of Security Council resolutions on the DPRK.")
    found = positions(text, date(2024, 3, 28), source="U.S. Department of State, press statement")
    assert ("United States", "supports", "compliance with Security Council resolutions") in found, found
    assert not any(holder == "Russia" and "compliance" in obj for holder, _, obj in found), found


def test_a_genre_line_and_the_name_line_after_it_give_the_voice() -> None:
    text = ("Restoring Sanctions on Iran\n\nPress Statement\nMichael R. Pompeo, Secretary of State\n"
            "September 19, 2020\n\nWe will not allow the Islamic Republic of Iran to buy weapons.")
    found = positions(text, published=date(2020, 9, 19))
    assert ("Mike Pompeo", "opposes", "weapons") in found
    assert not any(holder == "Iran" for holder, _, _ in found)


def test_a_name_with_a_middle_initial_is_the_person() -> None:
    doc = make_nlp()("Antony J. Blinken met Michael R. Pompeo.")
    assert [(s.text, s.kb_id_.rsplit("/", 1)[1]) for s in doc.spans["actor"]] == [
        ("Antony J. Blinken", "antony-blinken"), ("Michael R. Pompeo", "mike-pompeo")]


def test_what_the_speaker_says_of_their_own_will_go_on() -> None:
    text = ("Restoring Sanctions on Iran\n\nPress Statement\nMichael R. Pompeo, Secretary of State\n"
            "September 19, 2020\n\nOur maximum pressure campaign will continue until Iran agrees to "
            "negotiate a comprehensive deal. The sanctions will continue until Iran complies.")
    assert positions(text, published=date(2020, 9, 19)) == {
        ("Mike Pompeo", "supports", "maximum pressure campaign"),
        ("United States", "supports", "maximum pressure campaign")}


def test_an_answer_in_a_transcript_is_the_spokespersons_whoever_the_question_named() -> None:
    text = ("Q: The US and the ROK announced talks on the deployment of THAAD. What is your response?\n\n"
            "A: We firmly oppose the deployment of THAAD.\n\n"
            "Q: Some say sanctions alone cannot solve the problem. Do you agree?\n\n"
            "Dialogue and negotiation is the only way out.")
    title = "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on March 3, 2016"
    assert positions(text, published=date(2016, 3, 3), title=title) == {
        ("Geng Shuang", "opposes", "missile defence"), ("China", "opposes", "missile defence"),
        ("Geng Shuang", "supports", "dialogue and negotiations"),
        ("China", "supports", "dialogue and negotiations")}
