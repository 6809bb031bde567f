"""The officials data (ontology/officials/officials.ttl) and its reader, kg.extraction.officials."""
from __future__ import annotations

import re

import pytest
import rdflib
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from kg.extraction import extract_article
from kg.extraction.mentions import person_mentions
from kg.extraction.officials import Official, fold_name, known_official, officials_file, officials_index
from kg.facts import Article

KG = rdflib.Namespace("https://w3id.org/coopkg/ont#")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
SCHEMA = rdflib.Namespace("https://schema.org/")


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(officials_file(), format="turtle")
    return g


@pytest.fixture(scope="module")
def reference() -> rdflib.Graph:
    from kg.resources import reference_files
    g = rdflib.Graph()
    for path in reference_files():
        g.parse(path, format="turtle")
    return g


# ---------------------------------------------------------------------------- the data


def test_the_data_lives_apart_from_the_reference_data():
    from kg.resources import reference_files
    assert officials_file().is_file()
    assert officials_file() not in reference_files()


def test_the_file_parses_with_rdflib_and_holds_a_few_hundred_people(graph):
    persons = set(graph.subjects(RDF.type, KG.Person))
    posts = set(graph.subjects(RDF.type, KG.Post))
    assert len(persons) >= 300
    assert len(posts) >= len(persons)
    assert len(persons) == len(officials_index().persons)
    assert len(posts) == officials_index().post_count


def test_every_post_has_a_role_a_state_or_body_a_start_and_a_holder(graph, reference):
    states = {str(s) for s in reference.subjects(RDF.type, KG.State)}
    bodies = {str(s) for s in reference.subjects(RDF.type, KG.InternationalBody)}
    for post in graph.subjects(RDF.type, KG.Post):
        assert len(list(graph.objects(post, KG.role))) == 1, post
        where = list(graph.objects(post, ORG.postIn))
        assert len(where) == 1, post
        assert str(where[0]) in states | bodies, (post, where)
        starts = list(graph.objects(post, SCHEMA.startDate))
        assert len(starts) == 1, post
        ends = list(graph.objects(post, SCHEMA.endDate))
        assert len(ends) <= 1, post
        for d in starts + ends:
            assert d.datatype in (XSD.date, XSD.gYear), (post, d)
            assert re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", str(d)), (post, d)
        if ends:
            # a term never ends before it starts, compared at the coarser precision
            n = min(len(str(starts[0])), len(str(ends[0])))
            assert str(starts[0])[:n] <= str(ends[0])[:n], post
        holders = list(graph.subjects(ORG.holds, post))
        assert holders == list(graph.objects(post, ORG.heldBy)), post
        assert len(holders) == 1


def test_every_person_has_one_name_in_every_label_and_a_post(graph):
    for person in graph.subjects(RDF.type, KG.Person):
        pref = list(graph.objects(person, SKOS.prefLabel))
        assert len(pref) == 1, person
        assert {str(pref[0])} == {str(v) for v in graph.objects(person, RDFS.label)} \
            == {str(v) for v in graph.objects(person, KG.name)}, person
        assert list(graph.objects(person, ORG.holds)), person


def test_every_person_held_a_post_in_the_years_2000_to_2026(graph):
    # Earlier terms of the same persons stay (Netanyahu's first, 1996-1999).
    for person in graph.subjects(RDF.type, KG.Person):
        ends = [graph.value(post, SCHEMA.endDate) for post in graph.objects(person, ORG.holds)]
        assert any(end is None or str(end)[:4] >= "2000" for end in ends), person


def test_no_two_persons_share_a_preferred_name(graph):
    names = [str(v) for v in graph.objects(None, SKOS.prefLabel)]
    assert len(names) == len(set(names))


def test_a_full_name_two_persons_share_resolves_only_when_one_is_in_office():
    # "King Abdullah": Saudi Arabia's, 2005-2015, and Jordan's, since 1999.
    assert known_official("King Abdullah", "2010-01-01") is None
    assert known_official("King Abdullah", "2003-01-01").state == "JOR"
    assert known_official("King Abdullah", "2020-01-01").state == "JOR"


# ---------------------------------------------------------------------------- the reader


def test_a_full_name_resolves_to_the_post_held_on_the_date():
    assert known_official("Narendra Modi", "2021-06-16") == Official("Narendra Modi", "Prime Minister", "IND", None)
    assert known_official("Vladimir Putin", "2010-05-01") == Official("Vladimir Putin", "Prime Minister", "RUS", None)
    assert known_official("Vladimir Putin", "2015-05-01") == Official("Vladimir Putin", "President", "RUS", None)
    assert known_official("Donald Trump", "2025-03") == Official("Donald Trump", "President", "USA", None)


def test_a_variant_spelling_resolves():
    assert known_official("Sergey Lavrov", "2015-02-01") == Official("Sergei Lavrov", "Foreign Minister", "RUS", None)
    assert known_official("Recep Tayyip Erdogan", "2012").state == "TUR"
    assert known_official("RECEP TAYYIP ERDOĞAN", "2012") == known_official("recep tayyip erdogan", "2012")
    assert known_official("Kim Jong Un", "2018-06-12").state == "PRK"
    assert known_official("Volodymyr Zelenskyy", "2023-01-01").name == "Volodymyr Zelensky"
    assert known_official("Jonas Gahr Store", "2022").state == "NOR"


def test_a_surname_alone_resolves_on_a_date():
    assert known_official("Blinken", "2022-03-05") == Official("Antony Blinken", "Secretary of State", "USA", None)
    assert known_official("Kuleba", "2022-03-05") == Official("Dmytro Kuleba", "Foreign Minister", "UKR", None)
    assert known_official("Obama", "2012-01-01").state == "USA"
    assert known_official("Erdogan", "2018").office == "President"
    assert known_official("Lavrov's", "2020-01-01").name == "Sergei Lavrov"
    # the press's own short forms
    assert known_official("Lula", "2024-05-01").state == "BRA"
    assert known_official("Jokowi", "2019-05-01").state == "IDN"
    # a family name shared by two officials in turn: the date decides
    assert known_official("Sharif", "2015-01-01").name == "Nawaz Sharif"
    assert known_official("Sharif", "2023-01-01").name == "Shehbaz Sharif"


def test_a_title_before_a_name_is_read_past():
    assert known_official("President Obama", "2012-01-01").name == "Barack Obama"
    assert known_official("Mr Lavrov", "2012-01-01").name == "Sergei Lavrov"
    assert known_official("Secretary-General Guterres", "2020").body == "United Nations"


def test_an_ambiguous_surname_is_refused():
    assert known_official("Castro", "2007-06-01") is None           # Fidel and Raúl both in office
    assert known_official("Kaczynski", "2007-01-01") is None        # Lech president, Jarosław prime minister
    assert known_official("Rajapaksa", "2020-06-01") is None        # Gotabaya and Mahinda
    assert known_official("Clinton", None) is None                  # Bill or Hillary, any time
    # too common to name anyone alone, even when only one is in office in the data
    assert known_official("Kim", "2023-01-01") is None
    assert known_official("Li", "2020-01-01") is None
    assert known_official("Khan", "2020-01-01") is None


def test_a_surname_with_no_one_in_office_on_the_date_is_refused():
    assert known_official("Bush", "2005-01-01").name == "George W. Bush"
    assert known_official("Bush", "2012-01-01") is None
    assert known_official("Abe", "2015-01-01").name == "Shinzo Abe"
    assert known_official("Abe", "2009-01-01") is None
    assert known_official("Blinken", "2019-06-01") is None


def test_a_date_outside_any_term_gives_no_office_and_only_a_one_state_career():
    assert known_official("Sergei Lavrov", "1999-01-01") == Official("Sergei Lavrov", None, "RUS", None)
    # Guterres was Portugal's prime minister, then UN Secretary-General: out of both terms, no one
    assert known_official("António Guterres", "2010-01-01") is None
    assert known_official("Antonio Guterres", "2010-01-01") is None


def test_without_a_date_a_full_name_resolves_only_to_a_one_state_career():
    assert known_official("Sergey Lavrov", None) == Official("Sergei Lavrov", "Foreign Minister", "RUS", None)
    assert known_official("Vladimir Putin", None) == Official("Vladimir Putin", None, "RUS", None)
    assert known_official("Mark Rutte", None) is None


def test_a_body_official_resolves_to_the_body():
    assert known_official("Ban Ki-moon", "2010-09-20") == Official("Ban Ki-moon", "Secretary-General", None, "United Nations")
    assert known_official("Ban Ki-moon", "2005-09-20") == Official("Ban Ki-moon", "Foreign Minister", "KOR", None)
    assert known_official("Guterres", "2023-10-24") == Official("António Guterres", "Secretary-General", None, "United Nations")
    assert known_official("Stoltenberg", "2019").body == "North Atlantic Treaty Organization"
    assert known_official("von der Leyen", "2022-01-01").body == "European Commission"
    assert known_official("Kaja Kallas", "2025-02-01").body == "European Union"


def test_a_year_that_spans_two_posts_of_different_actors_is_refused_but_a_day_is_not():
    assert known_official("Rutte", "2024") is None
    assert known_official("Rutte", "2024-02-01").state == "NLD"
    assert known_official("Rutte", "2024-11-01").body == "North Atlantic Treaty Organization"


def test_an_unknown_person_sharing_a_family_name_is_not_taken_for_an_official():
    assert known_official("Jill Biden", "2022-01-01") is None
    assert known_official("Donald Trump Jr.", "2018-01-01") is None
    assert known_official("Sergey V. Lavrov", "2018-01-01").name == "Sergei Lavrov"
    assert known_official("Nobody Atall", "2018-01-01") is None
    assert known_official("", "2018-01-01") is None


def test_fold_name():
    assert fold_name("Recep Tayyip Erdoğan") == "recep tayyip erdogan"
    assert fold_name("Lars Løkke Rasmussen") == "lars lokke rasmussen"
    assert fold_name("Radosław Sikorski") == "radoslaw sikorski"
    assert fold_name("Binali Yıldırım") == "binali yildirim"


def test_lookups_are_fast():
    import time
    known_official("Blinken", "2022-03-05")  # the index is built
    names = [p.name for p in officials_index().persons] + [p.name.split()[-1] for p in officials_index().persons]
    start = time.perf_counter()
    for i in range(20_000):
        known_official(names[i % len(names)], f"{2000 + i % 27}-06-15")
    assert time.perf_counter() - start < 2.0


def test_a_counterpart_holds_the_office_of_the_official_before_him_and_forms_of_address_are_no_name():
    from kg.extraction.mentions import person_mentions
    people = person_mentions("Mr Ruto hosted his Tanzanian counterpart Samia Suluhu Hassan and met Indian External "
                             "Affairs Minister S. Jaishankar.", "2024-03-14")
    assert [(p.name, p.role, p.state) for p in people][1:] == [
        ("Samia Suluhu Hassan", "President", "TZA"), ("S. Jaishankar", "External Affairs Minister", "IND")]
    assert people[0].name == "Ruto"


# ---------------------------------------------------------------------------- officials in a text


def people(sentence: str, on: str | None = "2020-06-15") -> list[tuple[str, str, str | None]]:
    """The officials a sentence names, as (name, role, state)."""
    from kg.extraction.mentions import person_mentions
    return [(p.name, p.role, p.state) for p in person_mentions(sentence, on)]


def bodies_of_people(sentence: str, on: str | None = "2020-06-15") -> list[tuple[str, str | None]]:
    """The officials a sentence names, as (name, the name of the body they act for)."""
    from kg.extraction.mentions import person_mentions
    return [(p.name, p.body.name if p.body else None) for p in person_mentions(sentence, on)]


def test_a_former_leader_in_a_post_of_a_body_acts_for_the_body_not_her_state():
    assert bodies_of_people("UN human rights chief Michelle Bachelet voiced concern on Tuesday.") == [
        ("Michelle Bachelet", "Office of the United Nations High Commissioner for Human Rights")]
    assert people("UN human rights chief Michelle Bachelet voiced concern on Tuesday.")[0][2] is None
    # her own state's post, in its time
    assert people("President Michelle Bachelet opened the summit.", "2015-05-01") == [
        ("Michelle Bachelet", "President", "CHL")]


def test_out_of_their_terms_a_title_picks_among_the_states_and_bodies_a_person_served():
    # after Bachelet's terms, or with no date: her title tells whose she is, if any
    assert people("The rights chief Michelle Bachelet spoke.", "2031-01-01") == [("Michelle Bachelet", "chief", None)]
    assert people("President Michelle Bachelet attended the final.", None) == [
        ("Michelle Bachelet", "President", "CHL")]
    assert known_official("Michelle Bachelet", None) is None
    assert known_official("Michelle Bachelet", None, title="High Commissioner").body.startswith("Office of the United")
    # out of every term, a title the person held keeps the state; one the data never gives
    # them is a post it does not know, of a state or body it cannot tell
    assert people("Foreign Minister Sergei Lavrov spoke.", "1998-06-01") == [
        ("Sergei Lavrov", "Foreign Minister", "RUS")]
    assert people("Ambassador Sergei Lavrov spoke.", "1998-06-01") == [("Sergei Lavrov", "Ambassador", None)]
    # without a date, a one-state career needs no title
    assert people("The top diplomat Sergei Lavrov spoke.", None) == [("Sergei Lavrov", "top diplomat", "RUS")]
    # in term, the date decides and the title is not looked at
    assert known_official("Michelle Bachelet", "2016-01-01", title="chief").state == "CHL"


def test_a_crown_prince_of_an_emirate_acts_for_the_federation():
    assert people("Abu Dhabi Crown Prince Mohammed bin Zayed Al Nahyan phoned the Israeli leader.") == [
        ("Mohammed bin Zayed Al Nahyan", "Crown Prince", "ARE")]
    assert known_official("Mohammed bin Zayed", "2023-01-01").office == "President"


def test_a_chairman_of_a_body_commission_is_the_bodys():
    assert bodies_of_people("The deal was signed by Tigran Sargsyan, Chairman of the Board of the Eurasian "
                            "Economic Commission, on Tuesday.", "2019-10-01") == [
        ("Tigran Sargsyan", "Eurasian Economic Commission")]
    assert people("Prime Minister Tigran Sargsyan met the delegation.", "2010-05-01")[0][2] == "ARM"


@pytest.mark.parametrize("sentence, expected", [
    # a building that stands for its government
    ("Kremlin spokesman Dmitry Peskov said the call had been businesslike.",
     [("Dmitry Peskov", "spokesman", "RUS")]),
    ("Dmitry Peskov, the Kremlin spokesman, told reporters on Friday that no date was set.",
     [("Dmitry Peskov", "spokesman", "RUS")]),
    ("White House press secretary Kayleigh McEnany said the president would sign the bill.",
     [("Kayleigh McEnany", "press secretary", "USA")]),
    # a ministry the press names without its state's name (the lexicon's departments)
    ("State Department spokeswoman Morgan Ortagus said the envoy would travel to Doha.",
     [("Morgan Ortagus", "spokeswoman", "USA")]),
    ("Pentagon spokesman Jonathan Hoffman declined to comment on the deployment.",
     [("Jonathan Hoffman", "spokesman", "USA")]),
    ("Foreign Office minister James Cleverly arrived in Nairobi on Monday.",
     [("James Cleverly", "minister", "GBR")]),
    # a capital owning the title stands for its government
    ("Beijing's ambassador to Canberra, Cheng Jingye, warned of a consumer boycott.",
     [("Cheng Jingye", "ambassador", "CHN")]),
    # no state named: none guessed
    ("Foreign Ministry spokesman Zhao Lijian said the sale hurt bilateral ties.",
     [("Zhao Lijian", "spokesman", None)]),
    # a capital that is no owner, and a newspaper's reporter, are no one's official
    ("Moscow Mayor Sergei Sobyanin ordered offices closed.", []),
    ("The Washington Post reporter Jane Doe said officials were briefed.", []),
])
def test_a_seat_ministry_or_capital_before_a_title_is_the_officials_state(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a title in the plural gives each official of the list after it the title
    ("The ceremony was attended by Presidents Mauricio Macri of Argentina, Jair Bolsonaro of Brazil and "
     "Ivan Duque of Colombia.",
     [("Mauricio Macri", "President", "ARG"), ("Jair Bolsonaro", "President", "BRA"),
      ("Ivan Duque", "President", "COL")]),
    ("On the sidelines, Foreign Secretaries S. Jaishankar of India and Aizaz Ahmad Chaudhry of Pakistan met.",
     [("S. Jaishankar", "Foreign Secretary", "IND"), ("Aizaz Ahmad Chaudhry", "Foreign Secretary", "PAK")]),
    # a title before "<name> of <state>" is the official's, not part of the name
    ("The declaration was signed by Sultan Hassanal Bolkiah of Brunei and others.",
     [("Hassanal Bolkiah", "Sultan", "BRN")]),
    # a plural title before no list is no one's
    ("The foreign ministers of Russia and China met in Moscow.", []),
])
def test_titles_before_officials_named_with_their_state(sentence, expected):
    assert people(sentence, "2019-03-22") == expected


def test_an_official_named_with_his_state_but_no_title_holds_the_office_the_data_gives_him_for_it():
    assert people("The summit was attended by Mauricio Macri of Argentina.", "2019-03-22") == [
        ("Mauricio Macri", "President", "ARG")]
    assert people("Brazil's Jair Bolsonaro spoke with Argentina's Mauricio Macri.", "2019-03-22") == [
        ("Jair Bolsonaro", "President", "BRA"), ("Mauricio Macri", "President", "ARG")]
    # the data's office is of another state (a mistake of the text's, or another person): none
    assert people("The summit was attended by Mauricio Macri of Brazil.", "2019-03-22") == [
        ("Mauricio Macri", "", "BRA")]
    # out of office on the date, or no date to tell: no office
    assert people("The forum was attended by Mauricio Macri of Argentina.", "2023-06-01") == [
        ("Mauricio Macri", "", "ARG")]
    assert people("The forum was attended by Mauricio Macri of Argentina.", None) == [("Mauricio Macri", "", "ARG")]


@pytest.mark.parametrize("sentence, expected", [
    # a religious title is a form of address; the office is the Supreme Leader's
    ("Iran's Supreme Leader Ayatollah Ali Khamenei ruled out new talks.",
     [("Ali Khamenei", "Supreme Leader", "IRN")]),
    ("Ayatollah Ali Khamenei, Iran's supreme leader, said the deal was dead.",
     [("Ali Khamenei", "supreme leader", "IRN")]),
    # cabinet secretaries keep their portfolio in the title; a title alone names no state
    ("U.S. Defense Secretary Mark Esper arrived in New Delhi on Monday.", [("Mark Esper", "Defense Secretary", "USA")]),
    ("Treasury Secretary Steven Mnuchin said the sanctions would stay.",
     [("Steven Mnuchin", "Treasury Secretary", None)]),
    # "Liu He": a given name that is also a pronoun, not "Liu" followed by "He"
    ("Chinese Vice Premier Liu He led the delegation to Washington.", [("Liu He", "Vice Premier", "CHN")]),
    ("Russian President Vladimir Putin met Turkish President Tayyip Erdogan. He said the talks were good.",
     [("Vladimir Putin", "President", "RUS"), ("Tayyip Erdogan", "President", "TUR")]),
])
def test_titles_of_leaders_and_ministers_as_wire_copy_writes_them(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a state, or its delegation, represented or led by the official named next
    ("Guyana was represented by its ambassador in Santiago, George Talbot.",
     [("George Talbot", "ambassador", "GUY")]),
    ("Russia was represented by Deputy Foreign Minister Sergei Ryabkov.",
     [("Sergei Ryabkov", "Deputy Foreign Minister", "RUS")]),
    ("The Indian delegation was led by Commerce Secretary Anup Wadhawan.",
     [("Anup Wadhawan", "Commerce Secretary", "IND")]),
    # a long title before the name leaves the name whole
    ("Chile's delegation was headed by Deputy Foreign Minister Carolina Valdivia at the talks.",
     [("Carolina Valdivia", "Deputy Foreign Minister", "CHL")]),
    # a team led by its coach is no delegation and he is no official, and a body's chair is no state's
    ("Argentina, led by Gerardo Martino, came close in stoppage time.", []),
    ("The ministry, headed by Hiroshige Seko, plans to tighten export controls.", [("Hiroshige Seko", "head", None)]),
    ("The committee was chaired by Ambassador Ana Ruiz.", [("Ana Ruiz", "Ambassador", None)]),
])
def test_an_official_representing_a_state_or_leading_its_delegation_acts_for_it(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize("sentence, people", [
    ("La Liga league president Javier Tebas said the season would resume.", []),
    ("Club president Nasser Al-Khelaifi met Emmanuel Macron.", [("Emmanuel Macron", "FRA")]),
    ("Rojas spoke with President Luis Soto of the Russian Federation and President Ana Ruiz signed for Peru.",
     [("Luis Soto", "RUS"), ("Ana Ruiz", "PER")]),
    ("The striker joined from Santos in 2013.", []),
    ("Colombian President Juan Manuel Santos met Nicolas Maduro.", [("Juan Manuel Santos", "COL"),
                                                                     ("Nicolas Maduro", "VEN")]),
])
def test_an_organisations_president_and_a_common_surname_alone_are_no_officials(sentence, people):
    assert [(p.name, p.state) for p in person_mentions(sentence, "2015-07-05")] == people


def test_an_official_of_no_stated_state_meeting_his_counterpart_is_of_the_stories_other_side():
    facts = extract_article(Article("t", published="2022-12-22", text=(
        "Australia and China held talks in Beijing on Wednesday. Trade Minister Don Farrell met his Chinese "
        "counterpart Wang Wentao.")))
    assert {p.name: p.state for p in facts.persons}["Don Farrell"] == "AUS"


def test_the_chiefs_of_intelligence_services_act_for_their_states():
    facts = extract_article(Article("t", published="2024-01-30", text=(
        "CIA Director William Burns and Mossad chief David Barnea held talks with Qatari Prime Minister Mohammed bin "
        "Abdulrahman Al Thani in Doha on Monday.")))
    assert [sorted(e.participants) for e in facts.events] == [["ISR", "QAT", "USA"]]
