"""Table-driven unit tests of the article parser (``bot.article``).

Each table is a list of ``pytest.param(..., id=...)`` rows. Parser gaps found by these tests sit
at the bottom: fixed ones in ``FIXED_GAPS`` (regression rows); a gap not yet fixed goes into a
``KNOWN_GAPS`` table as an ``xfail(strict=True)`` row, so that its fix makes the suite fail until
the row is moved. All seven found so far are fixed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import article as article_mod
from bot.article import Article, parse
from bot.errors import ArticleError

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "seeds" / "maduro-russia.txt"
SECOND = ROOT / "tests" / "articles" / "wto-candidate-reuters.txt"


@pytest.fixture(scope="module")
def bundled() -> Article:
    return article_mod.load(BUNDLED)


def body_texts(a: Article) -> list[str]:
    return [s.text for s in a.body]


def assert_offsets(a: Article) -> None:
    """Every sentence is the verbatim slice of the text, line breaks shown as spaces."""
    for s in a.sentences:
        assert a.text[s.start : s.end].replace("\n", " ") == s.text, s
    assert [s.index for s in a.sentences] == list(range(len(a.sentences)))


# --------------------------------------------------------------------------- the bundled article

BUNDLED_FIELDS = [
    pytest.param(
        "headline", "Maduro thanks Russia for supporting Venezuela’s sovereignty", id="headline"
    ),
    pytest.param(
        "subheadline",
        "Earlier, Kremlin Spokesman Dmitry Peskov said the Venezuelan leader was expected to pay "
        "a visit to Russia in the near future",
        id="subheadline",
    ),
    pytest.param("caption", "Venezuelan President Nicolas Maduro, right", id="caption-right"),
    pytest.param("credit", "Miraflores Palace/Handout via REUTERS", id="credit-without-copyright"),
]


@pytest.mark.parametrize("field, expected", BUNDLED_FIELDS)
def test_bundled_front_matter(bundled, field, expected):
    assert getattr(bundled, field) == expected


def test_bundled_credit_has_no_copyright_sign(bundled):
    assert "©" not in bundled.credit


BUNDLED_DATELINE = [
    pytest.param("place", "Moscow", id="place"),
    pytest.param("date", "September 23", id="date"),
    pytest.param("agency", "TASS", id="agency"),
    pytest.param("text", "MOSCOW, September 23. /TASS/.", id="verbatim"),
]


@pytest.mark.parametrize("field, expected", BUNDLED_DATELINE)
def test_bundled_dateline(bundled, field, expected):
    assert getattr(bundled.dateline, field) == expected


def test_bundled_first_body_sentence(bundled):
    assert bundled.lead.text == (
        "Venezuelan President Nicolas Maduro has expressed gratitude to Russia for supporting "
        "the Latin American country’s sovereignty and for solidarity with its people."
    )
    assert bundled.lead.paragraph == 0
    assert bundled.lead.kind == "body"
    assert "TASS" not in bundled.lead.text


def test_bundled_offsets(bundled):
    assert_offsets(bundled)


def test_bundled_shape(bundled):
    kinds = [s.kind for s in bundled.sentences]
    assert kinds[:2] == ["headline", "subheadline"]
    assert set(kinds[2:]) == {"body"}
    assert len(bundled.paragraphs) == 7
    # the caption and the credit are not sentences the bot can quote
    texts = [s.text for s in bundled.sentences]
    assert not any("Miraflores" in t for t in texts)


QUOTATIONS = [
    pytest.param(
        '"Russia as a global leader has expressed strong support for Venezuela’s sovereignty and '
        "its right to peace. I thank Russia and all Russian people for their understanding and "
        'solidarity with the Venezuelan people," Maduro said in his interview with Rossiya-24 TV '
        "channel broadcast on Monday.",
        id="two-sentence-quote-with-said",
    ),
    pytest.param(
        '"We have met numerous times in Moscow and at various international platforms. We '
        "constantly exchange letters with common views and proposals on developing bilateral "
        'relations and have phone conversations," Maduro stressed.',
        id="two-sentence-quote-with-stressed",
    ),
    pytest.param(
        '"And certainly, in the coming days and weeks we will continue promoting our relations '
        'further," he noted.',
        id="one-sentence-quote-with-pronoun",
    ),
]


@pytest.mark.parametrize("expected", QUOTATIONS)
def test_bundled_quotation_stays_one_sentence(bundled, expected):
    assert expected in body_texts(bundled)


BUNDLED_LISTS = [
    pytest.param(
        "Several countries, including the United States,", "recognized him.", id="recognized"
    ),
    pytest.param("In contrast, Russia, Belarus,", "voiced support for Maduro.", id="supporters"),
]


@pytest.mark.parametrize("begins, ends", BUNDLED_LISTS)
def test_bundled_list_sentences_whole(bundled, begins, ends):
    """'(excluding Mexico)' and 'U.S.'-free lists do not split the stance sentences."""
    hits = [t for t in body_texts(bundled) if t.startswith(begins)]
    assert len(hits) == 1 and hits[0].endswith(ends)


# --------------------------------------------------------------------------- datelines

DATELINES = [
    pytest.param(
        "WASHINGTON, Jan 5 (Reuters) - The U.S. economy grew faster than expected.",
        ("Washington", "Jan 5", "Reuters"),
        "The U.S. economy grew faster than expected.",
        id="reuters-hyphen",
    ),
    pytest.param(
        "WASHINGTON, Jan. 5, 2024 (Reuters) - Lawmakers met on Friday.",
        ("Washington", "Jan. 5, 2024", "Reuters"),
        "Lawmakers met on Friday.",
        id="reuters-abbrev-month-year",
    ),
    pytest.param(
        "LONDON (AP) — Britain’s government said on Monday it would act.",
        ("London", None, "AP"),
        "Britain’s government said on Monday it would act.",
        id="ap-em-dash-no-date",
    ),
    pytest.param(
        "PARIS, March 3, 2024 (AFP) - France announced new measures.",
        ("Paris", "March 3, 2024", "AFP"),
        "France announced new measures.",
        id="afp-full-date",
    ),
    pytest.param(
        "MOSCOW, September 23. /TASS/. Russia said it was ready.",
        ("Moscow", "September 23", "TASS"),
        "Russia said it was ready.",
        id="tass-slashes",
    ),
    pytest.param(
        "NEW YORK — Stocks fell on Monday.",
        ("New York", None, None),
        "Stocks fell on Monday.",
        id="bare-two-word-place",
    ),
    pytest.param(
        "RIO DE JANEIRO, Feb 2 (Reuters) – Brazil’s central bank held rates.",
        ("Rio De Janeiro", "Feb 2", "Reuters"),
        "Brazil’s central bank held rates.",
        id="three-word-place-en-dash",
    ),
]


@pytest.mark.parametrize("text, expected, lead", DATELINES)
def test_dateline(text, expected, lead):
    a = parse(text)
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.date, a.dateline.agency) == expected
    assert a.lead.text == lead
    assert_offsets(a)


def test_dateline_after_headline():
    a = parse(
        "EU fines Acme over data transfers\n\n"
        "BRUSSELS, Jan 5 (Reuters) - The European Union fined Acme on Friday. It said so.\n\n"
        '"We disagree. We will appeal," an Acme spokeswoman said.\n'
    )
    assert a.headline == "EU fines Acme over data transfers"
    assert a.dateline.place == "Brussels"
    assert body_texts(a) == [
        "The European Union fined Acme on Friday.",
        "It said so.",
        '"We disagree. We will appeal," an Acme spokeswoman said.',
    ]
    assert [s.paragraph for s in a.body] == [0, 0, 1]
    assert_offsets(a)


NO_DATELINE = [
    pytest.param("Kyiv officials said on Monday they would talk.", id="title-case-first-word"),
    pytest.param("US officials (in private) said more talks were due.", id="acronym-then-parens"),
    pytest.param("The mayor of PARIS (France) spoke.", id="caps-word-not-first"),
]


@pytest.mark.parametrize("text", NO_DATELINE)
def test_no_dateline(text):
    a = parse(text)
    assert a.dateline is None
    assert body_texts(a) == [text]


# --------------------------------------------------------------------------- plain text

PLAIN = [
    pytest.param(
        "Just one paragraph. With two sentences.",
        ["Just one paragraph.", "With two sentences."],
        id="one-paragraph",
    ),
    pytest.param("No final stop here", ["No final stop here"], id="no-final-stop"),
    pytest.param(
        "Why? Because it rained! Really.",
        ["Why?", "Because it rained!", "Really."],
        id="question-and-exclamation",
    ),
    pytest.param("He paused… Then he spoke.", ["He paused…", "Then he spoke."], id="ellipsis"),
    pytest.param(
        "Prices rose 3.5 percent. 12 people came.",
        ["Prices rose 3.5 percent.", "12 people came."],
        id="sentence-starting-with-digit",
    ),
    pytest.param(
        "  Indented first line.\n  and a second line of it.",
        ["Indented first line.   and a second line of it."],
        id="indented-lines-one-paragraph",
    ),
]


@pytest.mark.parametrize("text, expected", PLAIN)
def test_plain_text(text, expected):
    a = parse(text)
    assert a.headline is None
    assert a.subheadline is None
    assert a.dateline is None
    assert len(a.paragraphs) == 1
    assert body_texts(a) == expected
    assert_offsets(a)


def test_plain_two_paragraphs_have_no_headline():
    a = parse("One para here. Two.\n\nAnother para here. Three.")
    assert a.headline is None
    assert [s.paragraph for s in a.body] == [0, 0, 1, 1]


# --------------------------------------------------------------------------- sentence splitting

SPLITS = [
    # abbreviations
    pytest.param(
        "The U.S. Treasury acted. It said so.",
        ["The U.S. Treasury acted.", "It said so."],
        id="abbr-U.S.-before-capital",
    ),
    pytest.param(
        "The U.S.-backed plan failed. Fine.",
        ["The U.S.-backed plan failed.", "Fine."],
        id="abbr-U.S.-hyphenated",
    ),
    pytest.param(
        "The vote was on Sept. 5 in Geneva. It passed.",
        ["The vote was on Sept. 5 in Geneva.", "It passed."],
        id="abbr-Sept.",
    ),
    pytest.param(
        "Mr. Smith met Dr. Jones on Friday. They talked.",
        ["Mr. Smith met Dr. Jones on Friday.", "They talked."],
        id="abbr-Mr.-Dr.",
    ),
    pytest.param(
        "Ms. Lee and Mrs. Park met Prof. Kim. Fine.",
        ["Ms. Lee and Mrs. Park met Prof. Kim.", "Fine."],
        id="abbr-Ms.-Mrs.-Prof.",
    ),
    pytest.param(
        "Gen. Mark Smith and Lt. Col. Ann Lee met Sen. Bob Ray. Fine.",
        ["Gen. Mark Smith and Lt. Col. Ann Lee met Sen. Bob Ray.", "Fine."],
        id="abbr-military-and-senate-titles",
    ),
    pytest.param(
        "He lives at No. 10 Downing Street. Fine.",
        ["He lives at No. 10 Downing Street.", "Fine."],
        id="abbr-No.-before-number",
    ),
    pytest.param(
        "Acme Inc. said profit rose. Shares fell.",
        ["Acme Inc. said profit rose.", "Shares fell."],
        id="abbr-Inc.",
    ),
    pytest.param(
        "It starts at 3 p.m. Monday. Then more.",
        ["It starts at 3 p.m. Monday.", "Then more."],
        id="abbr-p.m.",
    ),
    pytest.param(
        "Some items, e.g. apples, are fine. Others are not.",
        ["Some items, e.g. apples, are fine.", "Others are not."],
        id="abbr-e.g.-lowercase",
    ),
    # initials
    pytest.param(
        "Author J. K. Rowling spoke on Monday. She left.",
        ["Author J. K. Rowling spoke on Monday.", "She left."],
        id="initials-spaced",
    ),
    pytest.param(
        "The author J.K. Rowling spoke. She left.",
        ["The author J.K. Rowling spoke.", "She left."],
        id="initials-unspaced",
    ),
    pytest.param(
        "George W. Bush arrived. He spoke.",
        ["George W. Bush arrived.", "He spoke."],
        id="middle-initial",
    ),
    # numbers
    pytest.param(
        "Growth slowed to 3.5 percent. It was 4.1 percent in 2023.",
        ["Growth slowed to 3.5 percent.", "It was 4.1 percent in 2023."],
        id="number-decimal-percent",
    ),
    pytest.param(
        "The deal is worth $1.2 billion. Analysts approved.",
        ["The deal is worth $1.2 billion.", "Analysts approved."],
        id="number-dollar-billion",
    ),
    pytest.param(
        "Version 2.0.1 shipped on 12.05.2024 in Berlin. It worked.",
        ["Version 2.0.1 shipped on 12.05.2024 in Berlin.", "It worked."],
        id="number-dotted-version-and-date",
    ),
    # quotations
    pytest.param(
        '"We disagree. We will appeal," an Acme spokeswoman said. Shares fell.',
        ['"We disagree. We will appeal," an Acme spokeswoman said.', "Shares fell."],
        id="quote-straight-two-sentences-attribution",
    ),
    pytest.param(
        "“We won. We are happy,” he said. Then he left.",
        ["“We won. We are happy,” he said.", "Then he left."],
        id="quote-curly-two-sentences-attribution",
    ),
    pytest.param(
        '"Is it over? I hope so!" she said. He shrugged.',
        ['"Is it over? I hope so!" she said.', "He shrugged."],
        id="quote-question-and-exclamation-inside",
    ),
    pytest.param(
        '"Why now?" she asked. He shrugged.',
        ['"Why now?" she asked.', "He shrugged."],
        id="quote-question-then-attribution",
    ),
    pytest.param(
        "«Nous sommes prêts. Merci,» a-t-il dit. Fin.",
        ["«Nous sommes prêts. Merci,» a-t-il dit.", "Fin."],
        id="quote-guillemets",
    ),
    pytest.param(
        '"We will fight this. It is unfair. He said',
        ['"We will fight this.', "It is unfair.", "He said"],
        id="quote-unbalanced-splits-normally",
    ),
]


@pytest.mark.parametrize("text, expected", SPLITS)
def test_sentence_split(text, expected):
    a = parse(text)
    assert body_texts(a) == expected
    assert_offsets(a)


def test_custom_abbreviations_replace_defaults():
    text = "Ask Dr. Who. And Approx. Nothing."
    assert body_texts(parse(text, abbreviations=frozenset({"approx"}))) == [
        "Ask Dr.",
        "Who.",
        "And Approx. Nothing.",
    ]


# --------------------------------------------------------------------------- input encodings

ENCODINGS = [
    pytest.param(
        "Headline of the story\r\n\r\nWASHINGTON, Jan 5 (Reuters) - The economy\r\ngrew fast. "
        "It was fine.\r\n\r\nSecond para. Yes.\r\n",
        id="crlf",
    ),
    pytest.param(
        "Headline of the story\r\rWASHINGTON, Jan 5 (Reuters) - The economy\rgrew fast. "
        "It was fine.\r\rSecond para. Yes.\r",
        id="cr-only",
    ),
    pytest.param(
        "Headline of the story\n\nWASHINGTON, Jan 5 (Reuters) - The economy\ngrew fast. "
        "It was fine.\n\nSecond para. Yes.\n",
        id="lf",
    ),
]


@pytest.mark.parametrize("text", ENCODINGS)
def test_line_endings(text):
    a = parse(text)
    assert "\r" not in a.text
    assert a.headline == "Headline of the story"
    assert a.dateline.place == "Washington"
    assert body_texts(a) == ["The economy grew fast.", "It was fine.", "Second para.", "Yes."]
    assert not any("\r" in s.text for s in a.sentences)
    assert_offsets(a)


def test_crlf_bundled_same_as_lf(bundled, tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes(BUNDLED.read_bytes().replace(b"\n", b"\r\n"))
    a = article_mod.load(p)
    assert [s.text for s in a.sentences] == [s.text for s in bundled.sentences]
    assert a.dateline == bundled.dateline
    assert_offsets(a)


def test_bom_file_is_stripped(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + b"LONDON (AP) \xe2\x80\x94 Britain said so. Yes.\n")
    a = article_mod.load(p)
    assert a.dateline.place == "London"
    assert body_texts(a) == ["Britain said so.", "Yes."]
    assert "\ufeff" not in a.text


def test_load_reports_source(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Hello there. General Kenobi.", encoding="utf-8")
    assert article_mod.load(p).source == str(p)


# --------------------------------------------------------------------------- errors

PARSE_ERRORS = [
    pytest.param("", "empty", id="empty"),
    pytest.param("   \n\t \r\n  ", "empty", id="whitespace-only"),
    pytest.param("\n\n\n", "empty", id="newlines-only"),
    pytest.param("abc\x00def", "binary", id="nul-byte"),
]


@pytest.mark.parametrize("text, word", PARSE_ERRORS)
def test_parse_errors(text, word):
    with pytest.raises(ArticleError) as ei:
        parse(text)
    msg = str(ei.value)
    assert word in msg
    assert "\n" not in msg and msg.strip() == msg and msg


def _missing(tmp_path):
    return tmp_path / "no-such-article.txt", "not found"


def _directory(tmp_path):
    return tmp_path, "directory"


def _empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    return p, "empty"


def _bom_only(tmp_path):
    p = tmp_path / "bom-only.txt"
    p.write_bytes(b"\xef\xbb\xbf  \n")
    return p, "empty"


def _not_utf8(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Caf\xe9 society.".encode("latin-1"))
    return p, "UTF-8"


LOAD_ERRORS = [
    pytest.param(_missing, id="missing-file"),
    pytest.param(_directory, id="directory"),
    pytest.param(_empty_file, id="empty-file"),
    pytest.param(_bom_only, id="bom-and-whitespace-only"),
    pytest.param(_not_utf8, id="not-utf8"),
]


@pytest.mark.parametrize("make", LOAD_ERRORS)
def test_load_errors(tmp_path, make):
    path, word = make(tmp_path)
    with pytest.raises(ArticleError) as ei:
        article_mod.load(path)
    msg = str(ei.value)
    assert word in msg
    assert "\n" not in msg and msg
    assert ei.value.__cause__ is None  # "from None": no chained traceback for the user


def test_article_error_is_bot_error():
    from bot.errors import BotError

    assert issubclass(ArticleError, BotError)


# --------------------------------------------------------------------------- the second article


def test_second_article_parses():
    a = article_mod.load(SECOND)
    assert a.headline
    assert a.dateline is not None and a.dateline.agency == "Reuters"
    assert a.dateline.place == "Brussels"
    assert 6 <= len(a.paragraphs) <= 9
    assert_offsets(a)


# --------------------------------------------------------------------------- gaps


def _check_split(text, expected):
    assert body_texts(parse(text)) == expected


def _check_parse_bom():
    a = parse("\ufeffWASHINGTON, Jan 5 (Reuters) - The U.S. economy grew. It was fine.")
    assert a.dateline is not None and a.dateline.place == "Washington"
    assert body_texts(a) == ["The U.S. economy grew.", "It was fine."]


def _check_place_with_country():
    a = parse("KYIV, Ukraine (AP) — Officials met on Monday.")
    assert a.dateline.place == "Kyiv, Ukraine"


def _check_byline():
    a = parse(
        "EU fines Acme over data transfers\n\nBy Jane Doe\n\n"
        "BRUSSELS, Jan 5 (Reuters) - The European Union fined Acme."
    )
    assert a.headline == "EU fines Acme over data transfers"
    assert a.subheadline is None


# Gaps found by these tests and since fixed: they pass, and stay here as regression rows.
# A new gap goes into a KNOWN_GAPS table of pytest.param(..., marks=xfail(strict=True)) rows.
FIXED_GAPS = [
    pytest.param(
        _check_parse_bom,
        id="parse-keeps-leading-BOM",
    ),
    pytest.param(
        lambda: _check_split(
            'He called it "a mistake." Others disagreed.',
            ['He called it "a mistake."', "Others disagreed."],
        ),
        id="quoted-phrase-ends-sentence-straight",
    ),
    pytest.param(
        lambda: _check_split(
            "He called it “a mistake.” Others disagreed.",
            ["He called it “a mistake.”", "Others disagreed."],
        ),
        id="quoted-phrase-ends-sentence-curly",
    ),
    pytest.param(
        lambda: _check_split(
            'The minister said: "We are ready. We will sign." Talks went on.',
            ['The minister said: "We are ready. We will sign."', "Talks went on."],
        ),
        id="quote-after-colon-ends-sentence",
    ),
    pytest.param(
        _check_byline,
        id="byline-taken-as-subheadline",
    ),
    pytest.param(
        lambda: _check_split(
            "He flew to the U.S. The trip was long.",
            ["He flew to the U.S.", "The trip was long."],
        ),
        id="U.S.-ends-sentence",
    ),
    pytest.param(
        _check_place_with_country,
        id="dateline-place-with-country-not-title-cased",
    ),
]


@pytest.mark.parametrize("check", FIXED_GAPS)
def test_fixed_gap(check):
    check()
