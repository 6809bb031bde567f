"""Reading and checking news facts: every bad input gives one line naming file and field."""
from __future__ import annotations

import json
import pickle

import pytest
from hypothesis import given, settings, strategies as st

from kg.errors import FactsError
from kg.facts import (DOCUMENT_TYPES, EVENT_TYPES, STATUSES, facts_to_json, load_json, parse_facts, read_facts,
                      write_facts)
from tests.conftest import write_json

GOOD = {
    "article": {"id": "a1", "published": "2019-10-10", "publisher": "TASS"},
    "states": [{"iso3": "RUS", "name": "Russia"}, {"iso3": "TKM", "name": "Turkmenistan"}],
    "bodies": [{"name": "Commonwealth of Independent States", "acronym": "CIS", "aliases": [], "part_of": None},
               {"name": "Council of Foreign Ministers", "acronym": "CIS CFM", "aliases": ["CFM"], "part_of": "CIS"}],
    "persons": [{"name": "Sergey Lavrov", "role": "Foreign Minister", "state": "RUS"}],
    "events": [{"id": "e1", "type": "ministerial", "date": "2019-10", "city": "Ashgabat", "country": "TKM",
                "body": "CFM", "participants": ["RUS", "TKM", "CIS"], "chair": "TKM"}],
    "documents": [{"id": "d1", "type": "statement", "title": "statement on space", "status": "adopted",
                   "event": "e1", "proposed_by": ["RUS"], "parties": [], "topics": ["space security"]}],
    "sources": ["ignored"], "notes": "unknown keys are ignored",
}


def broken(path: str, value):
    """GOOD with one field replaced; path like 'events.0.type'."""
    data = json.loads(json.dumps(GOOD))
    *parents, last = path.split(".")
    node = data
    for p in parents:
        node = node[int(p)] if p.isdigit() else node[p]
    if value is KeyError:
        del node[last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return data


def test_good_facts_parse_and_ignore_unknown_keys():
    f = parse_facts(GOOD)
    assert f.article.id == "a1"
    assert f.events[0].participants == ("RUS", "TKM", "CIS")
    assert f.body_named("CFM").acronym == "CIS CFM"


@pytest.mark.parametrize("path, value, expected", [
    ("article.id", KeyError, "article.id: missing"),
    ("article", KeyError, "article: missing"),
    ("events.0.type", "summitt", 'events[0].type: unknown type "summitt"'),
    ("documents.0.status", "approved", 'documents[0].status: unknown status "approved"'),
    ("documents.0.type", "pact", 'documents[0].type: unknown type "pact"'),
    ("states.0.iso3", "RUZ", 'states[0].iso3: "RUZ" is not a known ISO 3166-1 alpha-3 code'),
    ("events.0.chair", "ru", "events[0].chair"),
    ("events.0.body", "OSCE", 'events[0].body: body "OSCE" is not defined by this article'),
    ("events.0.participants", ["RUS", "NATO"], '"NATO" is neither a known ISO3 code nor a body'),
    ("documents.0.event", "e9", 'documents[0].event: event "e9" is not defined by this article'),
    ("events.0.date", "10/10/2019", 'events[0].date: "10/10/2019" is not an ISO 8601 date'),
    ("events.0.date", "2019-02-30", 'is not an ISO 8601 date'),
    ("article.published", "yesterday", 'article.published'),
    ("persons.0.state", "XXX", "persons[0].state"),
    ("events.0.participants", "RUS", "events[0].participants: expected a list of strings"),
    ("events.0.date", "２０１９", "events[0].date: "),
    ("events.0.date", "٢٠١٩-٠٢-٠١", "is not an ISO 8601 date"),
])
def test_bad_field_gives_one_line_with_where_and_fix(path, value, expected):
    with pytest.raises(FactsError) as err:
        parse_facts(broken(path, value), "f.json")
    message = str(err.value)
    assert message.startswith("f.json")
    assert expected in message
    assert "\n" not in message
    assert ";" in message  # the fix follows the problem


def test_jsonl_errors_name_the_line(tmp_path):
    path = tmp_path / "facts.jsonl"
    path.write_text(json.dumps(GOOD) + "\n\n" + "{not json\n", encoding="utf-8")
    with pytest.raises(FactsError, match=r"facts\.jsonl:3: not valid JSON"):
        read_facts(path)
    path.write_text(json.dumps(GOOD) + "\n" + json.dumps(broken("events.0.type", "x")) + "\n", encoding="utf-8")
    with pytest.raises(FactsError, match=r"facts\.jsonl:2: .*events\[0\]\.type"):
        read_facts(path)


def test_jsonl_lines_end_at_newlines_only(tmp_path):
    # U+2028, U+2029, U+0085 and U+001C-1E are line ends to str.splitlines, not to JSON Lines.
    odd = dict(GOOD, article=dict(GOOD["article"], title="a\u2028b\u2029c\u0085d\u001ce\u001df\u001eg"))
    path = tmp_path / "facts.jsonl"
    path.write_text(json.dumps(odd, ensure_ascii=False) + "\r\n", encoding="utf-8")
    (facts,) = read_facts(path)
    assert facts.article.title == odd["article"]["title"]


def test_lone_surrogates_are_refused_with_the_field(tmp_path):
    path = tmp_path / "facts.jsonl"
    path.write_text(json.dumps(dict(GOOD, article=dict(GOOD["article"], title="x\ud800"))) + "\n", encoding="utf-8")
    with pytest.raises(FactsError, match=r"facts\.jsonl:1: article\.title holds a lone surrogate"):
        read_facts(path)


@pytest.mark.parametrize("escape", ["\\ud800", "\\uDFFF", "\\udBcD"])
def test_a_surrogate_escape_in_either_case_is_refused(escape):
    text = '{"article": {"id": "a1", "title": "x' + escape + '"}}'
    with pytest.raises(FactsError, match="article.title holds a lone surrogate"):
        load_json(text, "f.jsonl:1", "fix it")


def test_what_only_looks_like_a_surrogate_escape_is_text():
    # An escaped backslash before "ud800", and a surrogate pair that makes one character.
    assert load_json('{"a": "\\\\ud800", "b": "\\ud83d\\ude00"}', "f.json", "fix it") == {
        "a": "\\ud800", "b": "\U0001F600"}


def test_repeated_values_are_one_string_and_facts_pickle():
    data = dict(GOOD, states=[{"iso3": "RUS", "name": "Russia"}, {"iso3": "TKM", "name": "Turkmenistan"}])
    a = parse_facts(json.loads(json.dumps(data)), "a.json")
    b = parse_facts(json.loads(json.dumps(data)), "b.json")
    # The JSON parser makes a new string for each value; the checker keeps one of each.
    assert a.states[0].iso3 is b.states[0].iso3 and a.events[0].date is b.events[0].date
    assert a.bodies[1].name is b.bodies[1].name and a.events[0].participants[2] is b.events[0].participants[2]
    assert pickle.loads(pickle.dumps(a)) == a


def test_json_nested_too_deep_is_one_line(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(FactsError, match=r"deep\.json: JSON nested too deep"):
        read_facts(path)


def test_a_parent_body_the_article_does_not_list_is_accepted():
    data = dict(GOOD, bodies=[{"name": "Council of Foreign Ministers", "acronym": "CFM", "part_of": "CIS"}],
                events=[], documents=[])
    facts = parse_facts(data, "f.json")
    assert facts.bodies[0].part_of == "CIS"


def test_malformed_json_file_names_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{\n  "article": {"id": "x"},\n  "states": [\n}', encoding="utf-8")
    with pytest.raises(FactsError, match=r"bad\.json:4: not valid JSON"):
        read_facts(path)


def test_duplicate_article_ids_are_refused(tmp_path):
    write_json(tmp_path / "a.json", GOOD)
    write_json(tmp_path / "b.json", GOOD)
    with pytest.raises(FactsError, match='"a1" is used twice'):
        read_facts(tmp_path)


def test_folders_are_read_recursively_in_order(tmp_path):
    (tmp_path / "sub").mkdir()
    write_json(tmp_path / "sub" / "b.json", broken("article.id", "b"))
    (tmp_path / "a.jsonl").write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    assert [f.article.id for f in read_facts(tmp_path)] == ["a1", "b"]


def test_missing_path(tmp_path):
    with pytest.raises(FactsError, match="no such file or folder"):
        read_facts(tmp_path / "nope.json")


def test_body_definition_wins_over_iso_code():
    """CAN is Canada, and the Andean Community's acronym: the article's bodies decide."""
    data = {"article": {"id": "x"}, "bodies": [{"name": "Andean Community", "acronym": "CAN"}],
            "events": [{"id": "e1", "type": "summit", "participants": ["CAN", "PER"]}]}
    f = parse_facts(data)
    assert f.body_named("CAN").name == "Andean Community"


# ---------------------------------------------------------------- round trip facts → JSON → facts

codes = st.sampled_from(["RUS", "CHN", "USA", "FRA", "XKX", "TKM"])
text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
dates = st.sampled_from([None, "2019", "2019-10", "2019-10-10", "2024-02-29"])


@st.composite
def facts_objects(draw):
    bodies = draw(st.lists(st.builds(lambda n, a: {"name": n, "acronym": a, "aliases": [], "part_of": None},
                                     text, st.none() | text), max_size=3, unique_by=lambda b: b["name"]))
    refs = draw(st.lists(codes, max_size=3)) + [b["name"] for b in bodies]
    events = [{"id": f"e{i}", "type": draw(st.sampled_from(EVENT_TYPES)), "name": draw(st.none() | text),
               "date": draw(dates), "end_date": None, "city": draw(st.none() | text),
               "country": draw(st.none() | codes), "body": None, "participants": refs, "chair": draw(st.none() | codes),
               "host": None} for i in range(draw(st.integers(0, 3)))]
    documents = [{"id": f"d{i}", "type": draw(st.sampled_from(DOCUMENT_TYPES)), "title": draw(text),
                  "status": draw(st.sampled_from(STATUSES)), "event": events[0]["id"] if events else None,
                  "proposed_by": refs[:1], "parties": refs, "topics": [draw(text).lower()]}
                 for i in range(draw(st.integers(0, 2)))]
    return {"article": {"id": draw(text.filter(str.strip)), "url": None, "publisher": draw(st.none() | text), "published": draw(dates),
                        "title": None, "language": "en", "text": None},
            "states": [{"iso3": c, "name": None} for c in draw(st.lists(codes, max_size=3))],
            "bodies": bodies, "persons": [], "events": events, "documents": documents}


@settings(max_examples=60, deadline=None)
@given(facts_objects())
def test_json_round_trip(data):
    f = parse_facts(data)
    assert parse_facts(json.loads(json.dumps(facts_to_json(f)))) == f


def test_write_facts_is_atomic(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("keep me", encoding="utf-8")

    def exploding():
        yield parse_facts(GOOD)
        raise RuntimeError("boom")
    with pytest.raises(RuntimeError):
        write_facts(exploding(), out)
    assert out.read_text(encoding="utf-8") == "keep me"
    assert list(tmp_path.iterdir()) == [out]


def test_facts_written_by_facts_to_json_read_back_unchecked_equal_the_checked():
    """A store reads its own facts back with facts_from_json, not parse_facts: the same
    facts, whole or light (no text, no evidence)."""
    import sys
    from kg.facts import facts_from_json
    from kg.store import _light
    from tests.conftest import EXAMPLES, ROOT
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate_facts
    facts = read_facts([EXAMPLES / "facts", EXAMPLES / "articles.facts.jsonl"]) + generate_facts(200, seed=3)
    for f in facts:
        for data in (facts_to_json(f), _light(facts_to_json(f))):
            data = json.loads(json.dumps(data))
            assert facts_from_json(data) == parse_facts(data)
