"""``diag-app solar``: yearly PV production of one roof face, as JSON or as a French summary.

The estimate itself is :meth:`diag_app.services.solar.SolarService.estimate`; this module only
reads the options and formats the result (thousands separators, units, decimal commas). The
service (pandas, pvlib) is imported when the command runs, not when ``diag-app`` builds its
parser, so the other commands and the window start as fast as before.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import TYPE_CHECKING

from calculators.solar.parameters import DEFAULT_SYSTEM_LOSSES_PCT, Mounting, Technology
from diag_app.errors import ValidationError

if TYPE_CHECKING:
    from diag_app.services.solar import SolarResult

MOUNTINGS = {
    "surimpose": Mounting.ON_ROOF,
    "integre": Mounting.INTEGRATED,
    "chassis": Mounting.OPEN_RACK,
}
TECHNOLOGIES = {"c-si": Technology.CRYSTALLINE_SILICON, "couche-mince": Technology.THIN_FILM}
COMPASS = ("nord", "nord-est", "est", "sud-est", "sud", "sud-ouest", "ouest", "nord-ouest")
THIN_SPACE = "\u202f"
"""Narrow no-break space: the French thousands separator (« 2 886 »)."""


def number(text: str) -> float:
    """An option value in degrees, kWc, m² or %: decimal point or comma, finite."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un nombre") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un nombre fini")
    return value


def fr(value: float, decimals: int = 0) -> str:
    """``value`` as French text: « 2 885,9 » (narrow no-break space, decimal comma)."""
    if abs(value) < 0.5 * 10.0**-decimals:
        value = 0.0  # never print « -0 »
    return f"{value:,.{decimals}f}".replace(",", THIN_SPACE).replace(".", ",")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``solar`` and, right after it, ``solar-batch`` (:mod:`diag_app.cli.solar_batch`)."""
    from diag_app.cli import solar_batch

    _register_solar(subparsers)
    solar_batch.register(subparsers)


def _register_solar(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "solar",
        help="production photovoltaïque d'un pan de toiture sur une année type",
        description=(
            "Estime la production photovoltaïque annuelle et mensuelle d'un pan de toiture "
            "(--tilt, --azimuth et --kwp ou --area obligatoires), son "
            "bilan de pertes et l'orientation optimale pour comparaison. Météo : l'année type "
            "synthétique de la ville du profil, ou le fichier donné par --weather (PVGIS csv/json "
            "ou EPW). Résultat : pré-diagnostic indicatif, non opposable."
        ),
    )
    parser.add_argument(
        "--lat", type=number, metavar="DEG", help="latitude (défaut : centre-ville)"
    )
    parser.add_argument(
        "--lon", type=number, metavar="DEG", help="longitude (défaut : centre-ville)"
    )
    parser.add_argument("--tilt", type=number, metavar="DEG", help="inclinaison, 0 (plat) à 90")
    parser.add_argument(
        "--azimuth",
        type=number,
        metavar="DEG",
        help="orientation depuis le nord, sens horaire : 90 est, 180 sud, 270 ouest",
    )
    parser.add_argument("--kwp", type=number, metavar="KWC", help="puissance crête (kWc)")
    parser.add_argument(
        "--area", type=number, metavar="M2", help="ou surface utile des modules (m²)"
    )
    parser.add_argument(
        "--loss",
        type=number,
        default=DEFAULT_SYSTEM_LOSSES_PCT,
        metavar="POURCENT",
        help=f"pertes système en %% (défaut : {DEFAULT_SYSTEM_LOSSES_PCT:g}, valeur PVGIS)",
    )
    parser.add_argument("--weather", type=Path, metavar="FICHIER", help="année type PVGIS ou EPW")
    parser.add_argument(
        "--horizon",
        type=Path,
        metavar="FICHIER",
        help="masque d'horizon (azimut;hauteur par ligne)",
    )
    parser.add_argument(
        "--mounting",
        choices=tuple(MOUNTINGS),
        default="surimpose",
        help="pose : surimposé à la toiture (défaut), intégré au bâti, châssis ventilé",
    )
    parser.add_argument(
        "--technology", choices=tuple(TECHNOLOGIES), default="c-si", help="modules (défaut c-Si)"
    )
    parser.add_argument("--format", choices=("json", "text"), default="text", help="sortie")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from diag_app.services.solar import SolarRequest, SolarService

    for option, value in (("--tilt", args.tilt), ("--azimuth", args.azimuth)):
        if value is None:
            raise ValidationError(
                "Indiquez l'inclinaison (--tilt) et l'orientation (--azimuth) du pan, en degrés.",
                field=option,
            )
    request = SolarRequest(
        tilt_deg=args.tilt,
        azimuth_deg=args.azimuth,
        peak_power_kwp=args.kwp,
        area_m2=args.area,
        latitude_deg=args.lat,
        longitude_deg=args.lon,
        system_losses_pct=args.loss,
        mounting=MOUNTINGS[args.mounting],
        technology=TECHNOLOGIES[args.technology],
        weather_file=args.weather,
        horizon_file=args.horizon,
    )
    result = SolarService.from_settings().estimate(request)
    if args.format == "json":
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2, allow_nan=False))
    else:
        print(summary(result))
    return 0


def compass(azimuth_deg: float) -> str:
    """The nearest of the eight compass points, in French."""
    return COMPASS[round(azimuth_deg / 45.0) % 8]


def summary(result: SolarResult) -> str:
    """A French text summary of ``result`` (units, thousands separators)."""
    from calculators.solar.weather.synthetic import MONTHS

    best = result.optimal
    lines = [
        f"{result.disclaimer} — production photovoltaïque estimée",
        "",
        f"Pan : inclinaison {fr(result.tilt_deg, 1)}°, orientation {fr(result.azimuth_deg, 1)}° "
        f"({compass(result.azimuth_deg)}), {fr(result.peak_power_kwp, 2)} kWc "
        f"({result.technology.value}, {result.mounting.value}), pertes système "
        f"{fr(result.system_losses_pct, 1)} %",
        f"Lieu : {fr(result.latitude_deg, 4)} N, {fr(result.longitude_deg, 4)} E",
        f"Météo : {result.weather_source}",
    ]
    if result.horizon_source:
        lines.append(f"Horizon : {result.horizon_source}")
    lines += [
        "",
        f"Production annuelle : {fr(result.annual_kwh)} kWh/an, soit "
        f"{fr(result.specific_yield_kwh_kwp)} kWh/kWc",
        "Production mensuelle :",
        *(
            f"  {month:<10} {fr(kwh):>7} kWh"
            for month, kwh in zip(MONTHS, result.monthly_kwh, strict=True)
        ),
        f"Pertes (part de l'énergie entrant dans chaque étape, sur "
        f"{fr(result.reference_kwh)} kWh sans perte) :",
        *(
            f"  {step.label:<58} {fr(step.kwh):>6} kWh {fr(step.pct, 1):>5} %"
            for step in result.losses
        ),
        f"  {'total':<58} {'':>10} {fr(result.losses_total_pct, 1):>5} %",
        "",
        f"Orientation optimale (même installation, sans masque d'horizon) : inclinaison "
        f"{fr(best.tilt_deg)}°, orientation {fr(best.azimuth_deg)}° : "
        f"{fr(best.specific_yield_kwh_kwp)} kWh/kWc ({fr(best.annual_kwh)} kWh/an) ; ce pan en "
        f"atteint {fr(result.share_of_optimum_pct)} %.",
    ]
    if result.attribution:
        lines.append(result.attribution)
    return "\n".join(lines)
