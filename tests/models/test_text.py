"""Search folding: the same key for every spelling a person may type."""

from __future__ import annotations

import pytest

from diag_app.models.text import fold, like_pattern, search_text, sentence_start


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Béthune", "bethune"),
        ("BÉTHUNE", "bethune"),
        ("Mont-Liébaut", "mont-liebaut"),
        ("  Faubourg   d’Arras ", "faubourg d'arras"),
        ("Cœur de ville", "coeur de ville"),
        ("Straße", "strasse"),
    ],
)
def test_fold(typed: str, folded: str) -> None:
    assert fold(typed) == folded


def test_like_pattern_escapes_wildcards() -> None:
    assert like_pattern("50%_x") == "%50\\%\\_x%"


def test_search_text_skips_empty_parts() -> None:
    assert search_text("Rue d'Aire", None, "", "PG46") == "rue d'aire\npg46"


def test_sentence_start_keeps_acronyms() -> None:
    assert sentence_start("numéro DPE") == "Numéro DPE"


def test_address_sort_key_orders_by_street_then_number() -> None:
    from diag_app.models.text import address_sort_key

    labels = [
        "103 rue d'Aire, 62400 Béthune",
        "4 bis rue d'Aire, 62400 Béthune",
        "12 allée du Halage, apt 701, 62400 Béthune",
        "4 rue d'Aire, 62400 Béthune",
        "12 rue d'Aire, 62400 Béthune",
        "12 allée du Halage, apt 62, 62400 Béthune",
    ]
    assert sorted(labels, key=address_sort_key) == [
        "12 allée du Halage, apt 62, 62400 Béthune",
        "12 allée du Halage, apt 701, 62400 Béthune",
        "4 rue d'Aire, 62400 Béthune",
        "4 bis rue d'Aire, 62400 Béthune",
        "12 rue d'Aire, 62400 Béthune",
        "103 rue d'Aire, 62400 Béthune",
    ]
