"""Batch estimates from a roofs CSV: formats read, results against the one-roof estimate, errors
named by line and column, nothing written on error or cancellation."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from diag_app.city import load_city_profile
from diag_app.errors import Cancelled, StorageError, ValidationError
from diag_app.services.solar import SolarRequest, SolarService
from diag_app.services.solar_batch import OUTPUT_COLUMNS, BatchRequest, rejects_path
from diag_app.services.solar_roofs_csv import PLACE_STEP_DEG, place_of

GROUPING_REL = 5e-4
"""Batch (roofs grouped by place, sun at the place's rounded coordinates) vs the one-roof
estimate at the roof's own coordinates: the batch equals the chain to ~1e-15 (docs/solar.md),
so what remains is the 0.025° sun shift of grouping, measured at 0.04 % at most on five
orientations (see PLACE_STEP_DEG); 0.05 % allowed."""

ROUNDING_KWH = 12 * 0.05 + 0.05
"""The output rounds the annual and each month to 0.1 kWh: their sum may differ by this much."""

HEADER = "id;lat;lon;tilt;azimuth;kwp;loss"


@pytest.fixture(scope="module")
def service() -> SolarService:
    return SolarService(load_city_profile())


def _write(tmp_path: Path, text: str, name: str = "toits.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _read(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM, for Excel
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def test_batch_matches_the_one_roof_estimate(service: SolarService, tmp_path: Path) -> None:
    """Roofs put at the worst distance from their place's node (just under 0.025° both ways)."""
    edge = PLACE_STEP_DEG / 2 - 1e-4
    roofs = [
        ("sud", 50.50 + edge, 2.60 + edge, 35.0, 180.0),
        ("est", 50.55 - edge, 2.65 - edge, 45.0, 90.0),
        ("ouest", 50.50 - edge, 2.70 + edge, 30.0, 270.0),
        ("plat", 50.55 + edge, 2.60 - edge, 0.0, 180.0),
        ("facade", 50.53, 2.64, 90.0, 180.0),
    ]
    lines = [HEADER, *(f"{i};{la};{lo};{t};{a};3;14" for i, la, lo, t, a in roofs)]
    out = tmp_path / "résultats.csv"
    result = service.estimate_batch(BatchRequest(_write(tmp_path, "\n".join(lines)), out))
    rows = _read(out)
    assert [r["id"] for r in rows] == [roof[0] for roof in roofs]
    assert result.roofs == 5 and result.rejected == 0 and result.rejects_csv is None
    assert result.places == len({place_of(la, lo) for _, la, lo, _, _ in roofs})
    for row, (_, latitude, longitude, tilt, azimuth) in zip(rows, roofs, strict=True):
        single = service.estimate(
            SolarRequest(
                tilt, azimuth, peak_power_kwp=3.0, latitude_deg=latitude, longitude_deg=longitude
            )
        )
        assert _number(row["annual_kwh"]) == pytest.approx(single.annual_kwh, rel=GROUPING_REL)
    assert result.total_kwh == pytest.approx(sum(_number(r["annual_kwh"]) for r in rows), abs=1)


def test_output_layout_for_excel(service: SolarService, tmp_path: Path) -> None:
    out = tmp_path / "sorties" / "res.csv"  # missing folder is created
    text = f"{HEADER}\n=1+1;50,53;2,64;35;180;3;14\n"
    service.estimate_batch(BatchRequest(_write(tmp_path, text), out))
    raw = out.read_text(encoding="utf-8-sig")
    assert raw.splitlines()[0] == ";".join(OUTPUT_COLUMNS)
    (row,) = _read(out)
    assert row["id"] == "'=1+1"  # shown as text, never run as a formula
    months = [row[f"{m}_kwh"] for m in ("janvier", "juin", "décembre")]
    assert all("," in m or m.isdigit() for m in months)  # decimal comma
    total = sum(_number(row[c]) for c in OUTPUT_COLUMNS[8:20])
    assert total == pytest.approx(_number(row["annual_kwh"]), abs=ROUNDING_KWH)
    assert _number(row["specific_yield_kwh_kwp"]) == pytest.approx(
        _number(row["annual_kwh"]) / 3.0, abs=0.1
    )
    assert row["source_meteo"].startswith("année type synthétique (")
    assert row["avertissement"] == "Pré-diagnostic indicatif, non opposable"
    assert "nan" not in raw.lower()
    assert sorted(p.name for p in out.parent.iterdir()) == ["res.csv"]  # no temporary file left


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("id,lat,lon,tilt,azimuth,kwp\nA,50.53,2.64,35,180,3\nB,50.53,2.64,35,90,3\n", "utf-8"),
        (
            "\ufeffid;lat;lon;tilt;azimuth;kwp\nA;50,53;2,64;35;180;3\n\nB;50,53;2,64;35;90;3\n",
            "utf-8",
        ),
        (
            "Identifiant;Latitude;Longitude;Inclinaison;Azimut;kWc\nA;50,53;2,64;35;180;3\nB;50,53;2,64;35;90;3\n",
            "cp1252",
        ),
        (
            "id;lat;lon;tilt;azimuth;area_m2;loss;remarque\nA;50,53;2,64;35;180;15,79;;façade\nB;50,53;2,64;35;90;15,79;14;\n",
            "cp1252",
        ),
    ],
    ids=["virgules", "bom-virgule-decimale", "alias-windows-1252", "surface-colonne-en-plus"],
)
def test_accepted_roof_files(
    service: SolarService, tmp_path: Path, text: str, encoding: str
) -> None:
    out = tmp_path / "res.csv"
    result = service.estimate_batch(BatchRequest(_write(tmp_path, text, encoding=encoding), out))
    rows = _read(out)
    assert [r["id"] for r in rows] == ["A", "B"]
    assert _number(rows[0]["annual_kwh"]) > _number(rows[1]["annual_kwh"])  # south beats east
    assert 2.9 < _number(rows[0]["kwp"]) < 3.1  # 15.79 m² × 19 % = 3.0 kWc
    assert result.ignored_columns == (("remarque",) if "remarque" in text else ())


@pytest.mark.parametrize(
    ("line", "column", "words"),
    [
        ("B;50,53;2,64;95;180;3;14", "tilt", "hors de l'intervalle [0 ; 90]"),
        ("B;50,53;2,64;35;deux;3;14", "azimuth", "« deux » n'est pas un nombre"),
        ("B;50,53;2,64;35;400;3;14", "azimuth", "hors de l'intervalle [0 ; 360]"),
        ("B;50,53;2,64;35;180;-3;14", "kwp", "ne peut pas être négative"),
        ("B;50,53;2,64;35;180;;14", "kwp", "valeur manquante"),
        ("B;50,53;2,64;35;180;3;100", "loss", "hors de l'intervalle"),
        ("B;43,30;5,37;35;180;3;14", "lat", "fichier météo du lieu"),
        ("B;91;2,64;35;180;3;14", "lat", "hors de l'intervalle [-90 ; 90]"),
        ("A;50,53;2,64;35;180;3;14", "id", "déjà utilisé ligne 2"),
        (";50,53;2,64;35;180;3;14", "id", "identifiant manquant"),
        ("B;50,53;2,64;35;180;3;nan", "loss", "n'est pas un nombre fini"),
    ],
)
def test_bad_line_names_line_and_column_and_writes_nothing(
    service: SolarService, tmp_path: Path, line: str, column: str, words: str
) -> None:
    text = f"{HEADER}\nA;50,53;2,64;35;180;3;14\n{line}\nC;50,53;2,64;35;180;3;14\n"
    out = tmp_path / "res.csv"
    with pytest.raises(ValidationError) as caught:
        service.estimate_batch(BatchRequest(_write(tmp_path, text), out))
    assert f"toits.csv, ligne 3, colonne « {column} » :" in caught.value.message
    assert words in caught.value.message and "aucun fichier écrit" in caught.value.message
    assert caught.value.field == "ligne 3"
    assert not out.exists() and not rejects_path(out).exists()


def test_extra_values_and_counting_other_bad_lines(service: SolarService, tmp_path: Path) -> None:
    text = f"{HEADER}\nA;50,53;2,64;35;180;3;14;en trop\nB;50,53;2,64;95;180;3;14\n"
    with pytest.raises(ValidationError) as caught:
        service.estimate_batch(BatchRequest(_write(tmp_path, text), tmp_path / "res.csv"))
    message = caught.value.message
    assert "ligne 2 : 8 valeurs pour 7 colonnes" in message
    assert "(et 1 autre(s) ligne(s) invalide(s))" in message


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("id;lat;lon;tilt;kwp\nA;50,53;2,64;35;3\n", "colonne(s) manquante(s) : azimuth"),
        ("id;lat;lon;tilt;azimuth\nA;50,53;2,64;35;180\n", "kwp ou area_m2"),
        ("id;lat;lon;tilt;azimuth;kwp;kWc\nA;50,53;2,64;35;180;3;3\n", "apparaît deux fois"),
        ("\n\n", "fichier vide"),
        ("id;lat;lon;tilt;azimuth;kwp\n", "aucune toiture valide"),
    ],
)
def test_bad_header_or_empty_file(
    service: SolarService, tmp_path: Path, text: str, words: str
) -> None:
    out = tmp_path / "res.csv"
    with pytest.raises(ValidationError, match=r"toits\.csv") as caught:
        service.estimate_batch(BatchRequest(_write(tmp_path, text), out))
    assert words in caught.value.message
    assert not out.exists()


def test_skip_invalid_writes_valid_roofs_and_the_rejects(
    service: SolarService, tmp_path: Path
) -> None:
    text = (
        f"{HEADER}\nA;50,53;2,64;35;180;3;14\nB;50,53;2,64;95;180;3;14\nC;50,53;2,64;35;90;3;14\n"
    )
    out = tmp_path / "res.csv"
    result = service.estimate_batch(BatchRequest(_write(tmp_path, text), out, skip_invalid=True))
    assert [r["id"] for r in _read(out)] == ["A", "C"]
    assert result.rejected == 1 and result.rejects_csv == tmp_path / "res.rejets.csv"
    (reject,) = _read(result.rejects_csv)
    assert (reject["ligne"], reject["id"], reject["colonne"]) == ("3", "B", "tilt")
    assert "hors de l'intervalle [0 ; 90]" in reject["erreur"]


def test_skip_invalid_with_nothing_valid_writes_nothing(
    service: SolarService, tmp_path: Path
) -> None:
    text = f"{HEADER}\nB;50,53;2,64;95;180;3;14\n"
    out = tmp_path / "res.csv"
    with pytest.raises(ValidationError, match="aucune toiture valide"):
        service.estimate_batch(BatchRequest(_write(tmp_path, text), out, skip_invalid=True))
    assert list(tmp_path.iterdir()) == [tmp_path / "toits.csv"]


def test_progress_then_cancel_leaves_no_file(service: SolarService, tmp_path: Path) -> None:
    rows = [f"T{i};50,{50 + i % 7};2,{60 + i % 9};{i % 60};{90 + i};3;14" for i in range(150)]
    roofs = _write(tmp_path, "\n".join([HEADER, *rows]))
    seen: list[float] = []
    service.estimate_batch(BatchRequest(roofs, tmp_path / "ok.csv"), lambda f, t="": seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)

    def cancel(fraction: float, text: str = "") -> None:
        if fraction >= 0.5:
            raise Cancelled

    out = tmp_path / "annulé.csv"
    with pytest.raises(Cancelled):
        service.estimate_batch(BatchRequest(roofs, out), cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.csv", "toits.csv"]


def test_unwritable_output_is_refused_before_computing(
    service: SolarService, tmp_path: Path
) -> None:
    roofs = _write(tmp_path, f"{HEADER}\nA;50,53;2,64;35;180;3;14\n")
    blocker = tmp_path / "fichier"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(StorageError, match="Impossible de créer le dossier"):
        service.estimate_batch(BatchRequest(roofs, blocker / "res.csv"))
    with pytest.raises(StorageError, match="est un dossier"):
        service.estimate_batch(BatchRequest(roofs, tmp_path))
    with pytest.raises(ValidationError, match="est le fichier des toitures"):
        service.estimate_batch(BatchRequest(roofs, roofs))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fichier", "toits.csv"]
