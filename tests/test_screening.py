"""Screening: which candidate events and documents are facts of international cooperation.

:mod:`kg.extraction.screening` keeps a candidate that the trigger words of
:mod:`kg.extraction.rules` found only when it has international actors in official
roles. Each sentence here is our own, one or two for each rule of the screening stage,
and is read through the whole extractor (``extract_article``), so that what is tested is
what a user gets.
"""
from __future__ import annotations

import pytest

from kg.extraction import explain_article, extract_article
from kg.facts import Article


def article(text: str, published: str | None = "2024-03-14") -> Article:  # a Thursday
    return Article("t", published=published, text=text)


def facts_of(text: str, published: str | None = "2024-03-14"):
    """The screened facts of ``text``: what the extractor gives."""
    return extract_article(article(text, published))


def verdicts_of(text: str, published: str | None = "2024-03-14"):
    return explain_article(article(text, published))[1]


# ---------------------------------------------------------------- negatives
# Each sentence has a trigger word ("met", "summit", "session", "signed", "statement",
# "visited", "talk") but tells of no cooperation between states: no event, no document.

# Rule 1: an event needs international actors in official roles.
NO_INTERNATIONAL_ACTORS = [
    pytest.param("The finance minister's speech was met with applause in the chamber on Thursday.",
                 id="met-with-applause"),
    pytest.param("The Turkish foreign minister's proposal was met with applause by Greek students on Thursday.",
                 id="met-with-applause-two-demonyms"),
    pytest.param("The deadline for the new budget was not met on Thursday.", id="deadline-not-met"),
    pytest.param("Ecuador's deadline for repaying its debt to Colombia was not met on Thursday.",
                 id="deadline-not-met-two-states"),
    pytest.param("Officials of the Ministry of Health held a training session for nurses on Thursday.",
                 id="training-session"),
    pytest.param("The Ministry of Health held a training session on Thursday for Ghanaian nurses.",
                 id="training-session-one-state"),
    pytest.param("Governor Alma Ferris signed the Clean Rivers Act into law in Sacramento on Thursday.",
                 id="governor-signs-state-law"),
    pytest.param("The rally was visited by thousands of supporters on Thursday.", id="rally-visited"),
    pytest.param("The bloc on Thursday revoked the decision, a move the host country's president hailed.",
                 id="host-country-president"),
    pytest.param("The rally was visited by thousands of Armenian and Georgian students in Yerevan on Thursday.",
                 id="rally-visited-two-demonyms"),
    pytest.param('"They supported me when nobody else did," the senator said on Thursday.', id="supported-me"),
    pytest.param('"The Germans supported me from the start," the French senator said on Thursday.',
                 id="supported-me-two-states"),
    pytest.param("There was little talk of winning in the locker room on Thursday.", id="little-talk"),
    pytest.param("There was little talk of winning as Italy prepared to face Spain on Thursday.",
                 id="little-talk-two-states"),
]

# Rule 2: a setting outside diplomacy (sport, religion, science, business, labour,
# entertainment) or of domestic politics is no cooperation event.
OUTSIDE_DIPLOMACY = [
    pytest.param("The National Conference of State Legislatures opened its annual session in Denver on Thursday.",
                 id="state-legislatures-conference"),
    pytest.param("Lawmakers from all fifty states met in Denver on Thursday for the National Conference of State "
                 "Legislatures.", id="state-lawmakers-meet"),
    pytest.param("The candidate won 40 pledged delegates in the Ohio primary on Thursday.", id="pledged-delegates"),
    pytest.param("The Spanish prime minister visited Valencia on Thursday during his election campaign.",
                 id="election-campaign-visit"),
    pytest.param("Peru's president met with supporters in Arequipa on Thursday at a campaign stop.",
                 id="campaign-stop"),
    pytest.param("The Colombian candidate met Colombian voters living in Spain at a campaign event in Madrid on "
                 "Thursday.", id="campaign-abroad"),
    pytest.param("Executives of the two companies held talks on a merger on Thursday.", id="merger-talks"),
    pytest.param("The Swiss drugmaker and a Japanese rival held talks on Thursday about a merger of the two "
                 "companies.", id="merger-talks-two-demonyms"),
    pytest.param("The Korean carmaker and a German company signed a merger agreement on Thursday.",
                 id="merger-agreement"),
    pytest.param("The union held wage talks with employers in Berlin on Thursday as a strike loomed.",
                 id="strike-wage-talks"),
    pytest.param("The Canadian trade union and its Mexican counterpart signed a statement on Thursday backing "
                 "the strike.", id="unions-statement"),
    pytest.param("France and Argentina met in the World Cup final in Doha on Thursday.", id="world-cup-final"),
    pytest.param("A Nepali and a Norwegian climber reached the summit of Mount Everest on Thursday.",
                 id="mountain-summit"),
    pytest.param("The climbers reached the summit of the mountain on Thursday.", id="mountain-summit-no-state"),
    pytest.param("Bishops from Poland and Ireland met the Pope at a Vatican summit on Thursday.",
                 id="bishops-summit"),
    pytest.param("Cardinals from Brazil and Mexico held talks at the Vatican on Thursday.", id="cardinals-talks"),
    pytest.param("Scientists from Japan and Chile met in Santiago on Thursday for the annual meeting of the "
                 "Seismological Society.", id="scientific-annual-meeting"),
    pytest.param("Geologists from Iceland and Norway gathered in Reykjavik on Thursday for their annual meeting.",
                 id="geologists-annual-meeting"),
    pytest.param("A choir from Poland visited the shrine of Fatima in Portugal on Thursday.", id="choir-shrine"),
    pytest.param("The Korean singer and a Japanese band met fans at a festival in Osaka on Thursday.",
                 id="festival"),
    pytest.param("The Supreme Court of Kenya issued a ruling on Thursday annulling the Nairobi election.",
                 id="court-ruling"),
    pytest.param("The judges of the Supreme Court met on Thursday to decide the Bolivian case.",
                 id="court-judges-meet"),
    pytest.param("The court held a session on Thursday to hear the Dutch and Belgian witnesses.",
                 id="court-session-two-demonyms"),
    pytest.param("The Supreme Court of Chile adopted a resolution on Thursday rejecting the Bolivian appeal.",
                 id="court-resolution"),
]

# Rule 3: a document needs an international setting, and a national law is none.
NO_INTERNATIONAL_DOCUMENT = [
    pytest.param("The press office of the ministry issued a statement on Thursday denying the report.",
                 id="press-office-statement"),
    pytest.param("The Spanish football federation issued a statement on Thursday condemning the chants in the "
                 "stadium.", id="football-federation-statement"),
    pytest.param("Spain's football federation and Portugal's federation issued a joint statement on Thursday "
                 "about the bid.", id="federations-joint-statement"),
    pytest.param("Parliament passed the Border Security Act on Thursday.", id="national-act"),
    pytest.param("The prime minister met her cabinet on Thursday to discuss Brexit.", id="cabinet-discusses-brexit"),
    pytest.param("The Peruvian prime minister met his cabinet on Thursday to discuss the EU trade deal.",
                 id="cabinet-discusses-a-body"),
    pytest.param("The Chilean mining giant signed a deal with an Argentine operator on Thursday.",
                 id="companies-of-two-states-sign"),
    pytest.param("Ghana's president said on Thursday that he will not attend the African Union summit.",
                 id="will-not-attend"),
    pytest.param("The Peruvian president received medical treatment in Chile on Thursday.",
                 id="received-treatment-abroad"),
    pytest.param("The Dutch and Belgian finance ministers said on Thursday that they disagreed over the budget.",
                 id="ministers-of-two-states-said"),
    pytest.param("The parliament of Moldova adopted a decree on Thursday on public procurement.",
                 id="parliament-decree"),
    pytest.param("Peru's Congress approved the Fisheries Act on Thursday, a law Chile has criticised.",
                 id="national-act-two-states"),
]


@pytest.mark.parametrize("text", NO_INTERNATIONAL_ACTORS + OUTSIDE_DIPLOMACY + NO_INTERNATIONAL_DOCUMENT)
def test_no_cooperation_fact(text):
    facts = facts_of(text)
    assert facts.events == ()
    assert facts.documents == ()


# ---------------------------------------------------------------- positives
# (text, event types that must be kept, document types that must be kept)

POSITIVES = [
    # two states meeting
    pytest.param("The foreign ministers of Ghana and Senegal met in Accra on Thursday to discuss fisheries.",
                 {"talks"}, set(), id="foreign-ministers-meet"),
    pytest.param("The Danish foreign minister met his Swedish counterpart in Copenhagen on Thursday.",
                 {"talks"}, set(), id="minister-meets-counterpart"),
    pytest.param("Foreign Minister Ada Lind of Norway met Foreign Minister Kalle Virtanen of Finland in Oslo on "
                 "Thursday.", {"talks"}, set(), id="named-ministers-meet"),
    # calls between leaders
    pytest.param("The president of Kenya spoke by phone with the president of Tanzania on Thursday about the "
                 "border.", {"call"}, set(), id="spoke-by-phone"),
    pytest.param("The Chilean and Argentine presidents held a telephone conversation on Thursday.",
                 {"call"}, set(), id="telephone-conversation"),
    pytest.param("Minister Rojas held a telephone conversation with Peru's foreign minister on Thursday.",
                 {"call"}, set(), id="telephone-conversation-stateless-official"),
    pytest.param("In a call with his Japanese counterpart on Thursday, the Australian prime minister discussed "
                 "trade.", {"call"}, set(), id="in-a-call-with"),
    pytest.param("The Egyptian president received a call from the Saudi crown prince on Thursday.",
                 {"call"}, set(), id="received-a-call"),
    pytest.param("The Kenyan president will host Ghanaian President Ama Owusu in Nairobi on Thursday.",
                 {"talks"}, set(), id="will-host-a-president"),
    pytest.param("Chile's foreign minister discussed the fishing dispute with Peruvian officials in Lima on Thursday.",
                 {"talks"}, set(), id="discussed-with-officials"),
    pytest.param("The Chilean foreign minister will travel to Brussels on Thursday for a NATO meeting.",
                 {"meeting"}, set(), id="travel-for-a-body-meeting"),
    pytest.param("Chile's defence minister and his Peruvian counterpart shook hands at a dinner in Lima on Thursday.",
                 {"meeting"}, set(), id="shook-hands"),
    # state visits
    pytest.param("The president of Portugal arrived in Luanda on Thursday for a state visit to Angola.",
                 {"visit"}, set(), id="state-visit"),
    pytest.param("The Mexican president began a three-day state visit to Canada on Thursday.",
                 {"visit"}, set(), id="state-visit-began"),
    # gatherings of international bodies
    pytest.param("ASEAN leaders gathered in Jakarta on Thursday for their annual summit.",
                 {"summit"}, set(), id="asean-summit"),
    pytest.param("The African Union summit opened in Addis Ababa on Thursday.", {"summit"}, set(), id="au-summit"),
    pytest.param("Leaders of the European Union opened a two-day summit in Brussels on Thursday.",
                 {"summit"}, set(), id="eu-summit"),
    pytest.param("The ASEAN-Japan summit opened in Tokyo on Thursday.", {"summit"}, set(), id="asean-japan-summit"),
    # resolutions
    pytest.param("The UN Security Council adopted a resolution on Thursday extending the peacekeeping mission in "
                 "Mali.", {"session"}, {"resolution"}, id="unsc-resolution"),
    pytest.param("The UN Security Council on Thursday adopted Resolution 2799 on Haiti.",
                 {"session"}, {"resolution"}, id="unsc-numbered-resolution"),
    # agreements signed by two states
    pytest.param("Uruguay and Paraguay signed a bilateral agreement on river navigation in Asuncion on Thursday.",
                 {"signing"}, {"agreement"}, id="bilateral-agreement"),
    pytest.param("The foreign ministers of Estonia and Finland signed an agreement on the maritime border on "
                 "Thursday.", {"signing"}, {"agreement"}, id="ministers-sign-agreement"),
    pytest.param("Senegal and Gambia signed a bilateral agreement on Thursday on river transport.",
                 {"signing"}, {"agreement"}, id="bilateral-agreement-date-first"),
    # passing mentions of a named instrument
    pytest.param("The minister said Fiji would meet its targets under the Paris Agreement.",
                 set(), {"agreement"}, id="paris-agreement-mention"),
    pytest.param("Critics said the deal violated the Minsk Protocol, which Ukraine and Russia signed in 2014.",
                 set(), {"protocol"}, id="minsk-protocol-mention"),
    pytest.param("Fiji's minister said the Paris Agreement was the world's best hope.",
                 set(), {"agreement"}, id="paris-agreement-said"),
    pytest.param("The Mexican president held talks with the Canadian prime minister on Thursday and reaffirmed "
                 "support for the Paris Agreement.", {"talks"}, {"agreement"}, id="paris-agreement-in-talks"),
    pytest.param("Students marched on Thursday, vowing protests until Norway joins the Kigali Amendment Accord.",
                 set(), {"agreement"}, id="named-accord-in-a-sentence-of-protest"),
    # a title that tells of two sides
    pytest.param("The prime minister said on Thursday that she failed to negotiate a Brexit deal.",
                 set(), {"agreement"}, id="brexit-deal"),
    pytest.param("Ghana's trade minister said on Thursday that a bilateral investment treaty was under discussion.",
                 set(), {"treaty"}, id="bilateral-treaty-one-state"),
    # "the two countries"
    pytest.param("Namibian and Botswanan ministers met in Windhoek on Thursday. The two countries signed a "
                 "memorandum on tourism cooperation.", {"talks"}, {"memorandum"}, id="two-countries-memorandum"),
    pytest.param("The two countries signed a memorandum of understanding on trade on Thursday.",
                 set(), {"memorandum"}, id="two-countries-memorandum-alone"),
    pytest.param("The two countries signed a memorandum of understanding on trade on Thursday.",
                 {"signing"}, {"memorandum"}, id="two-countries-signing-event"),
]


@pytest.mark.parametrize("text, event_types, document_types", POSITIVES)
def test_cooperation_fact_is_kept(text, event_types, document_types):
    facts = facts_of(text)
    assert event_types <= {e.type for e in facts.events}
    assert document_types <= {d.type for d in facts.documents}
    assert facts.events or facts.documents


# ---------------------------------------------------------------- verdicts

@pytest.mark.parametrize("text, reason", [
    pytest.param("France and Argentina met in the World Cup final in Doha on Thursday.", "sport", id="sport"),
    pytest.param("Bishops from Poland and Ireland met the Pope at a Vatican summit on Thursday.", "religion",
                 id="religion"),
    pytest.param("Geologists from Iceland and Norway gathered in Reykjavik on Thursday for their annual meeting.",
                 "science", id="science"),
    pytest.param("Executives of the two companies held talks on a merger on Thursday.", "business", id="business"),
    pytest.param("The union held wage talks with employers in Berlin on Thursday as a strike loomed.", "labour",
                 id="labour"),
    pytest.param("The Spanish prime minister visited Valencia on Thursday during his election campaign.",
                 "domestic politics", id="domestic-politics"),
    pytest.param("The finance minister met the country's bus drivers in the capital on Thursday.",
                 "not international", id="not-international"),
    pytest.param("Missouri's governor signed the Human Life Protection Act on Thursday after talks with Kansas.",
                 "national law", id="national-law"),
])
def test_dropped_candidates_say_why(text, reason):
    verdicts = verdicts_of(text)
    assert verdicts, "the sentence should give a candidate"
    assert not any(v.kept for v in verdicts)
    assert any(reason in v.reason for v in verdicts), [v.reason for v in verdicts]


def test_a_kept_meeting_has_a_kept_verdict_naming_the_states():
    facts, verdicts = explain_article(article("The foreign ministers of Ghana and Senegal met in Accra on Thursday."))
    (event,) = facts.events
    (verdict,) = [v for v in verdicts if v.kind == "event" and v.id == event.id]
    assert verdict.kept is True
    assert "international actors" in verdict.reason
    assert "GHA" in verdict.reason and "SEN" in verdict.reason


def test_a_kept_resolution_has_kept_verdicts_for_the_session_and_the_document():
    facts, verdicts = explain_article(article("The UN Security Council adopted a resolution on Thursday extending "
                                              "the peacekeeping mission in Mali."))
    assert {(v.kind, v.kept) for v in verdicts} == {("event", True), ("document", True)}
    (document,) = facts.documents
    assert document.event == facts.events[0].id


@pytest.mark.parametrize("text", [
    pytest.param("Cambodia asked the UN Security Council on Thursday to hold an emergency meeting on the fighting.",
                 id="requested-meeting"),
    pytest.param("Thailand said on Thursday that it preferred bilateral talks with Cambodia.", id="preferred-talks"),
    pytest.param("Indonesia's foreign minister will travel to Bangkok and Phnom Penh to urge restraint, the "
                 "ministry said on Thursday.", id="plan-with-no-date"),
    pytest.param("The foreign minister denied reports that he had met his Iranian counterpart in Oman last week.",
                 id="denied-meeting"),
])
def test_wanted_or_unscheduled_meetings_are_no_events(text):
    assert facts_of(text).events == ()


def test_earlier_talks_of_the_story_sides_are_kept_though_their_sentence_names_one():
    facts = extract_article(article(
        "The prime ministers of Serbia and Kosovo held talks in Brussels on Thursday.\n\n"
        "The previous round, on Tuesday, collapsed after ten hours of talks, and Belgrade rejected the draft."))
    assert [(e.type, e.date) for e in facts.events] == [("talks", "2024-03-14"), ("talks", "2024-03-12")]


def test_a_trip_of_no_official_is_no_visit_between_states():
    assert facts_of("The oceanographer received the French Legion of Honour during a visit to Paris on "
                    "Thursday.").events == ()
    assert [e.type for e in facts_of("The Kenyan president arrived in Paris on Thursday for a state visit "
                                     "to France.").events] == ["visit"]


def test_a_state_named_before_a_thing_of_its_own_does_not_act():
    facts = facts_of("The Kenya Airways flight landed in Paris on Thursday after a visit by French officials.")
    assert "KEN" not in {p for e in facts.events for p in e.participants}


def test_a_well_known_official_named_alone_is_a_visitor_and_what_was_discussed_no_side():
    assert [(e.type, set(e.participants)) for e in facts_of(
        "Macron arrived in Beijing on Wednesday for a three-day state visit.", "2024-03-14").events] == [
        ("visit", {"FRA", "CHN"})]
    [call] = facts_of("Scholz and Sunak discussed Ukraine in a phone call on Sunday.", "2024-03-14").events
    assert set(call.participants) == {"DEU", "GBR"}


@pytest.mark.parametrize("text", [
    "The Russian and Chinese foreign ministers met in Moscow on Tuesday and warned against an arms race in space.",
    "After marathon negotiations in Vienna on Tuesday, Iran and the United States agreed to swap prisoners.",
    "The presidents of Chile and Peru met in Lima on Tuesday, a day after the race for the OAS leadership ended.",
])
def test_words_of_sport_in_diplomatic_phrases_do_not_drop_a_meeting_of_two_states(text):
    assert len(facts_of(text).events) == 1


def test_members_of_a_body_on_a_videoconference_make_it_the_bodys_meeting():
    (event,) = facts_of("Members of OPEC and allied producers agreed on Thursday to cut output after a "
                        "long videoconference.", "2024-03-15").events
    assert (event.type, event.date, event.body, event.city) == ("meeting", "2024-03-14", "OPEC", None)


def test_a_body_that_only_qualifies_a_thing_is_not_the_gatherings_body():
    (event,) = facts_of("Leaders meeting in Rome on Tuesday pledged to respect a UN arms embargo on Sudan. "
                        "Italy, Egypt and Turkey sent their heads of government.").events
    assert (event.body, event.city) == (None, "Rome")


@pytest.mark.parametrize("text", [
    "India and Pakistan will meet in the Asia Cup final in Colombo on Sunday.",
    "The Chinese and American delegations to the International Mathematical Olympiad met in Tokyo on Tuesday.",
])
def test_teams_of_two_states_meeting_in_a_competition_are_no_diplomacy(text):
    assert facts_of(text).events == ()


def test_ministers_meeting_beside_a_match_still_meet():
    (talks,) = facts_of("The foreign ministers of India and Pakistan will meet on the sidelines of the Asia Cup "
                        "final in Colombo on Sunday.").events
    assert (talks.type, sorted(talks.participants)) == ("talks", ["IND", "PAK"])


def test_a_forum_named_as_the_occasion_of_a_meeting_is_not_its_body():
    assert facts_of("Climate activists from Germany and Sweden met in Davos on Tuesday during the World Economic "
                    "Forum.").events == ()


def test_a_pledge_to_expel_is_no_commitment_to_cooperate():
    facts = extract_article(Article("t", published="2024-03-14", text=(
        "Jordan has pledged to expel exiled leaders of a Syrian armed group under an agreement pressed on it by "
        "Iraq and Egypt.")))
    assert not facts.documents and not facts.events


@pytest.mark.parametrize("sentence", [
    "Britain has ordered 90 million doses, and the company has signed supply deals with Japan and the European Union.",
    "The two carmakers signed an agreement with Hungary and Slovakia in Budapest on Monday.",
    "The club signed a sponsorship deal with the Qatar Tourism Authority in Doha on Monday.",
])
def test_a_signing_by_a_company_or_club_is_no_event_whatever_it_signs_with(sentence):
    assert not extract_article(Article("t", published="2024-03-14", text=sentence)).events


def test_states_that_sign_with_each_other_still_sign():
    facts = extract_article(Article("t", published="2024-03-14", text=(
        "Japan signed a supply agreement with the European Union in Tokyo on Monday.")))
    (signing,) = facts.events
    assert sorted(signing.participants) == ["EU", "JPN"]


@pytest.mark.parametrize("sentence", [
    "The UN Secretary-General met the family of the murdered journalist in New York on Friday.",
    "The African Union met with representatives of the mining company in Addis Ababa on Tuesday.",
])
def test_a_body_meeting_no_state_or_other_body_is_no_event(sentence):
    assert not extract_article(Article("t", published="2024-03-14", text=sentence)).events


def test_a_bodys_own_meeting_needs_no_other_side():
    facts = extract_article(Article("t", published="2024-03-14", text=(
        "The G7 was already scheduled to meet this weekend in Biarritz.")))
    assert [e.body for e in facts.events] == ["G7"]


@pytest.mark.parametrize("sentence", [
    "The European Union has reached a deal with Moderna for up to 160 million doses, the Commission said on Wednesday.",
    "The WHO said on Monday it had signed an agreement with the Serum Institute of India.",
])
def test_a_contract_with_a_company_is_no_document_whoever_signs_it(sentence):
    assert not extract_article(Article("t", published="2024-03-14", text=sentence)).documents


@pytest.mark.parametrize("sentence, title", [
    ("The United States reached a deal with Tehran on Monday on prisoner swaps.", "deal with Tehran"),
    ("The European Union concluded an agreement with Mercosur on Friday.", "agreement with Mercosur"),
])
def test_a_deal_with_a_capital_or_a_body_is_a_document(sentence, title):
    (deal,) = extract_article(Article("t", published="2024-03-14", text=sentence)).documents
    assert (deal.title, deal.status) == (title, "adopted")


@pytest.mark.parametrize("sentence", [
    "The presidents of the football federations of Spain, Portugal and Morocco signed an agreement in Zurich on "
    "Wednesday to co-host the World Cup.",
    "The leaders of the Group of Seven's biggest banks met in London on Monday.",
])
def test_officials_of_organisations_named_after_states_or_bodies_hold_no_meeting_of_them(sentence):
    assert not facts_of(sentence).events


@pytest.mark.parametrize("sentence, kind", [
    ("Foreign ministers from more than 50 countries gathered in New York on Thursday for a conference on the Middle "
     "East.", "ministerial"),
    ("Leaders from 40 countries gathered in Paris on Monday for a summit on artificial intelligence.", "summit"),
    ("Foreign ministers from several Gulf states gathered in Riyadh on Monday to discuss shipping in the Red Sea.",
     "ministerial"),
])
def test_a_gathering_of_officials_of_many_states_counted_not_named_is_international(sentence, kind):
    (event,) = facts_of(sentence).events
    assert event.type == kind


def test_scientists_or_athletes_of_many_states_hold_no_international_gathering():
    assert not facts_of("Scientists from 30 countries met in Geneva on Tuesday for a conference on physics.").events


def test_ministers_of_several_states_of_a_federation_hold_no_international_gathering():
    assert not facts_of("Health ministers from several states held a video conference on Tuesday to coordinate "
                        "their response to the outbreak, the governor's office said.").events


def test_a_gathering_of_a_state_and_a_regions_states_is_international():
    facts = extract_article(Article("t", published="2019-10-10", text=(
        "Russia will host the first Russia-Africa summit in Sochi on October 23-24.")))
    assert [(e.type, e.date, e.end_date, e.city) for e in facts.events] == [
        ("summit", "2019-10-23", "2019-10-24", "Sochi")]
    # A region's name in a figure of trade makes no gathering.
    assert not extract_article(Article("t", published="2019-10-10", text=(
        "Russia's trade with Africa grew by 17 percent, the Russia-Africa trade council said on Monday."))).events


@pytest.mark.parametrize("sentence, expected", [
    ("European leaders met in Brussels on Thursday to discuss migration.", [("summit", "Brussels")]),
    ("Russian President Vladimir Putin met African leaders in Sochi on Wednesday.", [("talks", "Sochi")]),
    ("Arab foreign ministers are to gather in Cairo on Sunday.", [("ministerial", "Cairo")]),
    ("African football fans gathered in Cairo on Wednesday.", []),
    ("European scientists met in Geneva on Monday.", []),
])
def test_a_regions_leaders_or_ministers_are_its_states(sentence, expected):
    facts = extract_article(Article("t", published="2019-10-10", text=sentence))
    assert [(e.type, e.city) for e in facts.events] == expected


def test_a_treaty_signed_by_many_states_over_time_is_no_signing_but_a_summit_so_attended_is_international():
    facts = extract_article(Article("t", published="2020-01-10", text=(
        "The Treaty on the Prohibition of Nuclear Weapons, which has been signed by 80 countries including Austria "
        "and Mexico, will enter into force once 50 have ratified it.")))
    assert not facts.events
    assert [(d.type, d.status) for d in facts.documents] == [("treaty", "signed")]
    facts = extract_article(Article("t", published="2020-01-10", text=(
        "The declaration was signed by thirty countries at the summit in Paris on Monday.")))
    assert [(e.type, e.date, e.city) for e in facts.events] == [("summit", "2020-01-06", "Paris")]


def test_a_regions_officials_meeting_a_states_are_international():
    facts = extract_article(Article("t", published="2018-05-09", text=(
        "European officials will meet Iranian officials in Brussels on Tuesday to discuss how to save the accord.")))
    assert [(e.type, e.date, e.modality, e.city) for e in facts.events] == [
        ("talks", "2018-05-15", "planned", "Brussels")]


@pytest.mark.parametrize("sentence, visits", [
    ("A Chinese delegation of entrepreneurs visited Kenya last week to explore investment opportunities.", 0),
    ("A Japanese business delegation visited Vietnam last week.", 0),
    ("A Chinese delegation led by Vice Premier Hu Chunhua visited Kenya last week.", 1),
    ("A Chinese delegation visited Kenya last week to discuss the railway loan.", 1),
])
def test_a_delegation_of_private_people_pays_no_visit_between_states(sentence, visits):
    assert len(facts_of(sentence, "2020-06-10").events) == visits


@pytest.mark.parametrize("sentence, kept", [
    ("Members of the African Union Commission met with representatives of civil society groups in Addis Ababa "
     "on Wednesday.", False),
    ("Members of the UN Security Council met with women's groups and community leaders in Juba on Sunday.", False),
    ("Members of the UN Security Council met with the foreign minister of Mali in Bamako on Sunday.", True),
    ("ASEAN foreign ministers met in Jakarta on Monday, as activists protested outside.", True),
])
def test_a_bodys_people_meeting_civil_society_hold_no_gathering(sentence, kept):
    facts = extract_article(Article("t", published="2020-10-26", text=sentence))
    assert bool(facts.events) is kept


@pytest.mark.parametrize("sentence, expected", [
    ("Pompeo leaves on Friday for a seven-nation tour of Europe and the Middle East, including stops in France, "
     "Turkey, Georgia and Israel.", []),
    ("The US secretary of state visited France, Turkey, Georgia and Israel last week.", []),
    ("The leaders of France, Germany and Italy visited Kyiv on Thursday.", [("visit", "2020-11-05", "happened")]),
    ("The Chinese defence minister arrived in Islamabad on Thursday, the first stop of a six-nation tour.",
     [("visit", "2020-11-05", "happened")]),
])
def test_a_tour_of_many_stops_is_no_one_visit(sentence, expected):
    facts = extract_article(Article("t", published="2020-11-11", text=sentence))
    assert [(e.type, e.date, e.modality) for e in facts.events] == expected


def test_one_who_leaves_on_a_day_to_come_is_to_visit():
    facts = extract_article(Article("t", published="2020-11-11", text=(
        "The US secretary of state leaves on Friday for Paris for talks with President Emmanuel Macron.")))
    assert [(e.date, e.modality) for e in facts.events] == [("2020-11-13", "planned")]


@pytest.mark.parametrize("sentence, kept", [
    ("Business leaders and politicians met in Davos this week for the annual meeting of the World Economic "
     "Forum.", False),
    ("Scientists from G20 countries met in Riyadh on Monday.", False),
    ("World leaders met in Davos on Tuesday for the World Economic Forum.", True),
    ("G20 finance ministers met in Riyadh on Saturday to discuss the economic impact of the virus.", True),
])
def test_people_of_business_or_science_gathered_hold_no_gathering_of_states(sentence, kept):
    facts = extract_article(Article("t", published="2020-01-25", text=sentence))
    assert bool(facts.events) is kept


@pytest.mark.parametrize("sentence, expected", [
    ("Pope Francis met Ukrainian refugees in Budapest on Saturday during a three-day visit to Hungary.", ["visit"]),
    ("The French president met students in Dakar on Tuesday.", []),
    ("The French president met Senegalese President Macky Sall and students in Dakar on Tuesday.", ["talks"]),
    ("The Indian prime minister met with business leaders in Tokyo on Monday.", []),
])
def test_an_official_who_met_people_abroad_held_no_talks_between_states(sentence, expected):
    facts = extract_article(Article("t", published="2023-02-14", text=sentence))
    assert [e.type for e in facts.events] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Turkish President Erdogan and Russian President Putin attended the opening of the TurkStream gas pipeline "
     "in Istanbul on Wednesday.", [("meeting", ["RUS", "TUR"])]),
    ("Boeing signed a deal with Air India for 220 planes, in an agreement announced by President Biden and Prime "
     "Minister Modi.", []),
])
def test_leaders_at_an_opening_meet_and_those_who_announce_a_company_deal_sign_nothing(sentence, expected):
    facts = extract_article(Article("t", published="2023-02-14", text=sentence))
    assert [(e.type, sorted(e.participants)) for e in facts.events] == expected


def test_an_instrument_a_states_legislature_ratifies_is_international_though_one_state_is_named():
    facts = extract_article(Article("t", published="2019-10-18", text=(
        "The U.S. Senate voted 68-31 on Thursday to approve the North American trade agreement.")))
    assert [(d.title, d.status) for d in facts.documents] == [("North American trade agreement", "ratified")]


def test_an_act_of_a_states_legislature_named_as_such_is_no_document():
    facts = extract_article(Article("t", published="2021-01-19", text=(
        "The withdrawal takes effect a year after the notice was given to the UN Secretary-General, as required "
        "under a 1948 joint resolution of Congress.")))
    assert facts.documents == ()


def test_a_document_negotiators_of_many_states_agreed_is_international():
    facts = extract_article(Article("t", published="2024-05-20", text=(
        "Negotiators from 30 countries agreed on the text of a treaty on plastic pollution in Busan on Sunday.")))
    assert [(d.type, d.title) for d in facts.documents] == [("treaty", "treaty on plastic pollution")]


@pytest.mark.parametrize("sentence, kept", [
    ("World leaders gathered in Berlin on Sunday for a conference on Libya hosted by German Chancellor Angela Merkel.",
     True),
    ("World leaders met the news with caution on Monday.", False),
    ("Business and world leaders gathered in Davos on Tuesday for the World Economic Forum.", False),
])
def test_world_leaders_gathered_are_of_many_states(sentence, kept):
    facts = extract_article(Article("t", published="2020-01-20", text=sentence))
    assert bool(facts.events) is kept


def test_a_monarchs_consort_is_no_counterpart_of_another_state():
    facts = extract_article(Article("t", published="2023-05-25", text=(
        "King Charles and Queen Camilla were seen attending a ceremony at Westminster Abbey on Sunday.")))
    assert facts.events == ()


@pytest.mark.parametrize("sentence", [
    "University President Mary Smith met President Biden at the White House on Tuesday to discuss student loans.",
    "Club president Florentino Perez met President Biden at the White House on Tuesday.",
])
def test_the_head_of_an_institution_at_home_is_no_counterpart_of_another_state(sentence):
    assert extract_article(Article("t", published="2023-05-25", text=sentence)).events == ()


def test_an_official_of_no_state_given_with_a_counterpart_of_the_same_office_is_still_another_side():
    facts = extract_article(Article("t", published="2023-05-25", text=(
        "Minister of Foreign Affairs Juan Ayala received the Minister of Foreign Affairs of Chile in Asuncion on "
        "Tuesday.")))
    assert len(facts.events) == 1


@pytest.mark.parametrize("sentence", [
    "The two leaders of the rival factions met in Tripoli on Sunday, the UN mission in Libya said.",
    "The two leaders of the rival factions met in Tripoli on Sunday, UN officials said.",
])
def test_a_body_that_tells_of_a_meeting_at_home_takes_no_part_in_it(sentence):
    assert extract_article(Article("t", published="2023-05-25", text=sentence)).events == ()


def test_a_bodys_mission_that_met_an_official_takes_part():
    facts = extract_article(Article("t", published="2023-05-25", text=(
        "A UN mission met Libyan Prime Minister Abdul Hamid Dbeibah in Tripoli on Sunday.")))
    assert [sorted(e.participants) for e in facts.events] == [["LBY", "UN"]]


def test_an_official_of_an_office_any_institution_has_is_no_foreign_side_of_a_call():
    assert extract_article(Article("t", published="2024-02-07", text=(
        "Speaker Mike Johnson spoke with Harris on Tuesday about the funding bill."))).events == ()
    facts = extract_article(Article("t", published="2024-02-07", text=(
        "Minister Rojas held a telephone talk with Peru's foreign minister on Tuesday.")))
    assert [e.type for e in facts.events] == ["call"]


def test_a_region_and_a_state_named_either_way_round_in_a_summits_name_are_many_states():
    facts = extract_article(Article("t", published="2023-05-19", text=(
        "The Central Asia-China summit, hosted by Xi Jinping in Xi'an, ended on Friday with the signing of a "
        "declaration.")))
    assert [(e.type, e.city) for e in facts.events] == [("summit", "Xi'an")]


@pytest.mark.parametrize("sentence, kept", [
    ("Jaishankar also met representatives of the Indian community in Manama on Tuesday.", False),
    ("Indian External Affairs Minister S. Jaishankar met the Indian diaspora in Bahrain on Tuesday.", False),
    ("Scholz met German expatriates and business people in Sao Paulo on Monday.", False),
    # an official of the host met beside them is another side
    ("Jaishankar met the Bahraini foreign minister and community leaders in Manama on Tuesday.", True),
])
def test_an_official_abroad_with_people_outside_government_meets_no_other_side(sentence, kept):
    assert bool(extract_article(Article("t", published="2020-11-26", text=sentence)).events) is kept


@pytest.mark.parametrize("second, documents", [
    ("BASF signed an agreement with the government of Guangdong province to build a chemical plant.", []),
    ("Daimler and BAIC signed a memorandum on electric vehicles.", []),
    # officials the story named, or states, sign for their states
    ("Li and Merkel signed a memorandum on electric vehicles.", ["memorandum on electric vehicles"]),
    ("China and Germany signed a memorandum on electric vehicles.", ["memorandum on electric vehicles"]),
])
def test_a_document_signed_by_names_that_are_no_actors_is_none_of_the_visits(second, documents):
    facts = extract_article(Article("t", published="2018-07-10", text=(
        "Chinese Premier Li Keqiang and German Chancellor Angela Merkel witnessed the signing of business deals in "
        f"Berlin on Monday. {second}")))
    assert [d.title for d in facts.documents] == documents


def test_a_leader_who_met_a_cleric_met_no_other_side_and_the_pope_is_followed_as_such():
    facts = extract_article(Article("t", published="2021-03-07", text=(
        "Pope Francis met Grand Ayatollah Ali al-Sistani in Najaf on Saturday. The pope met President Barham Salih "
        "in Baghdad on Friday.")))
    assert [(e.city, sorted(e.participants)) for e in facts.events] == [("Baghdad", ["IRQ", "VAT"])]


def test_sides_that_met_in_a_football_final_are_teams():
    assert extract_article(Article("t", published="2021-09-07", text=(
        "Argentina and Brazil met in Buenos Aires on Tuesday in a World Cup qualifier. The two sides last met in "
        "the Copa America final in July."))).events == ()


@pytest.mark.parametrize("sentence", [
    "Somalia on Thursday cut diplomatic ties with Kenya, accusing its neighbour of interfering in its affairs, after "
    "Kenyan President Uhuru Kenyatta hosted the leader of Somaliland in Nairobi.",
    "Bolivia severed relations with Israel on Tuesday after Israeli Prime Minister Netanyahu met Argentine "
    "President Milei in Jerusalem.",
])
def test_a_break_of_relations_told_first_leaves_the_meeting_it_follows_untold(sentence):
    assert extract_article(Article("t", published="2021-02-23", text=sentence)).events == ()
