"""The diagnostic as French text an adviser can read aloud to the household.

Thousands separated by a narrow no-break space, decimal commas, units always written, euros
rounded to the euro (to ten euros from 1,000 €: these are estimates), shares in whole per
cent. The JSON form (:meth:`NewEnergiesResult.to_dict`) keeps every figure and source.
"""

from __future__ import annotations

from diag_app.services.new_energies_format import MONTHS_SHORT, euros, kwh, number_fr, of, percent
from diag_app.services.new_energies_hot_water import SolarHotWater
from diag_app.services.new_energies_options import OptionVerdict
from diag_app.services.new_energies_result import NewEnergiesResult, PvSection
from diag_app.services.new_energies_sizing import Money, SizeResult

COMPASS = ("nord", "nord-est", "est", "sud-est", "sud", "sud-ouest", "ouest", "nord-ouest")


def years(payback: float | None) -> str:
    return "jamais (aucune économie)" if payback is None else f"{number_fr(payback)} ans"


def compass(azimuth_deg: float) -> str:
    """The nearest of the eight compass points."""
    return COMPASS[round(azimuth_deg / 45.0) % 8]


def recommendation_text(best: SizeResult) -> str:
    """Why the recommended size, in one sentence."""
    value = best.economics.central.npv_20y_eur
    size = f"{number_fr(best.peak_kwp, 1)} kWc"
    used = f"{percent(best.self_consumption_pct)} de la production consommée sur place"
    if value >= 0:
        return f"{size} : meilleure valeur sur 20 ans ({euros(value)}), {used}."
    return (
        f"Aucune taille n'est rentable sur 20 ans aux prix du jour ; {size} est la moins "
        f"défavorable ({euros(value)}), {used}. La valeur vient de l'électricité consommée sur "
        "place : décaler des usages (lave-linge, chauffe-eau) en journée l'améliore."
    )


def summary(result: NewEnergiesResult) -> str:
    """The whole diagnostic as French text."""
    d = result.dwelling
    lines = [
        f"{result.disclaimer} — diagnostic « nouvelles énergies »",
        f"{result.city}, le {result.at:%d/%m/%Y} (tarifs et prix en vigueur à cette date)",
        f"Logement : {d.description}" + (f", quartier {d.district}" if d.district else ""),
        f"Chauffage : {d.heating} ; eau chaude : {d.hot_water}",
        f"Besoin de chauffage estimé : {kwh(d.heating_need_kwh)}/an ({d.heating_need_basis})",
        f"Météo : {result.weather_source}",
        "",
        "1. Photovoltaïque",
    ]
    lines += _pv(result.pv) if result.pv is not None else [f"  {result.pv_absent_reason}"]
    lines += ["", "2. Chauffe-eau solaire", *_hot_water(result.solar_hot_water)]
    lines += ["", "3. Autres énergies"]
    for verdict in result.options:
        lines += _option(verdict)
    if result.to_verify:
        lines += ["", "Valeurs à vérifier :", *(f"  - {line}" for line in result.to_verify)]
    if result.attribution:
        lines += ["", result.attribution]
    lines += ["", f"{result.disclaimer} ({result.engine_version})."]
    return "\n".join(lines)


def _pv(pv: PvSection) -> list[str]:
    lines = [
        f"  Pan « {f.name} » : inclinaison {number_fr(f.tilt_deg)}°, orientation "
        f"{number_fr(f.azimuth_deg)}° ({compass(f.azimuth_deg)}), jusqu'à "
        f"{number_fr(f.max_kwp, 1)} kWc : {kwh(f.annual_kwh)}/an, soit "
        f"{number_fr(f.specific_yield_kwh_kwp)} kWh/kWc"
        + (" (masque d'horizon)" if f.with_horizon else "")
        for f in pv.faces
    ]
    months = ", ".join(
        f"{name} {number_fr(value)}"
        for name, value in zip(MONTHS_SHORT, pv.monthly_kwh, strict=True)
    )
    uses = " ; ".join(
        f"{name} {number_fr(value)}" for name, value in pv.consumption_by_use_kwh.items()
    )
    total_use = sum(pv.consumption_by_use_kwh.values())
    lines += [
        f"  Toiture entière : {number_fr(pv.max_kwp, 1)} kWc, {kwh(pv.annual_kwh)}/an",
        f"  Par mois (kWh) : {months}",
        f"  Électricité consommée par le foyer : {kwh(total_use)}/an ({uses})",
        "  Tailles comparées :",
        "    puissance  production   consommée sur place  couverture des besoins  "
        "économie 1re année  retour    valeur sur 20 ans",
    ]
    for size in pv.sizes:
        money = size.economics.central
        lines.append(
            f"    {number_fr(size.peak_kwp, 1):>5} kWc  {kwh(size.production_kwh):>11}  "
            f"{percent(size.self_consumption_pct):>19}  {percent(size.self_sufficiency_pct):>22}  "
            f"{euros(money.first_year_savings_eur):>18}  {years(money.payback_years):>8}  "
            f"{euros(money.npv_20y_eur):>12}"
        )
    best = pv.recommended
    lines += [f"  Taille conseillée : {pv.recommendation}", *_detail(best)]
    if pv.recommended_without_battery is not None:
        alone = pv.recommended_without_battery.economics.central
        gain = best.economics.central.npv_20y_eur - alone.npv_20y_eur
        verdict = "la batterie y ajoute" if gain >= 0 else "la batterie lui retire"
        lines.append(
            f"  Sans batterie, la même installation : "
            f"{percent(pv.recommended_without_battery.self_consumption_pct)} consommés sur place, "
            f"retour {years(alone.payback_years)}, valeur sur 20 ans {euros(alone.npv_20y_eur)} : "
            f"{verdict} {euros(abs(gain))} sur 20 ans."
        )
    lines += [f"  Note : {note}" for note in pv.notes]
    lines += [
        "  Tarifs, prix et hypothèses (sources datées) :",
        *(f"    - {t}" for t in pv.tariffs),
    ]
    return lines


def _detail(size: SizeResult) -> list[str]:
    e = size.economics
    battery = f", dont batterie {euros(e.battery_ttc_eur)}" if e.battery_ttc_eur else ""
    router = (
        f" ; le routeur envoie {kwh(size.hot_water_from_pv_kwh)}/an au chauffe-eau"
        if size.hot_water_from_pv_kwh
        else ""
    )
    return [
        f"  Pour {number_fr(size.peak_kwp, 1)} kWc : investissement "
        f"{euros(e.investment_ttc_eur)} TTC{battery}, prime à "
        f"l'autoconsommation {euros(e.bonus_eur)}.",
        f"  {kwh(size.avoided_import_kwh)}/an d'électricité en moins à acheter, "
        f"{kwh(size.export_kwh)}/an de surplus vendu{router}.",
        f"  Aux prix du jour : {_money(e.central)}.",
        f"  Prix de l'électricité −20 % : {_money(e.price_minus_20pct)} ; +20 % : "
        f"{_money(e.price_plus_20pct)}.",
    ]


def _money(money: Money) -> str:
    return (
        f"économie la 1re année {euros(money.first_year_savings_eur)}, retour sur "
        f"investissement {years(money.payback_years)}, valeur actualisée sur 20 ans "
        f"{euros(money.npv_20y_eur)}"
    )


def _hot_water(water: SolarHotWater) -> list[str]:
    if not water.applicable:
        return [f"  {water.reason}"]
    saved = f"{kwh(water.energy_saved_kwh)}/an {of(water.energy)}"
    value = f", soit {euros(water.saved_eur)} par an" if water.saved_eur is not None else ""
    lines = [
        f"  {water.reason} : {percent(water.solar_fraction_pct)} de l'eau chaude couverte "
        f"par le soleil sur l'année (de {percent(min(water.monthly_fraction_pct))} en hiver "
        f"à {percent(max(water.monthly_fraction_pct))} en été).",
        f"  Économie : {saved}{value}.",
    ]
    return lines + [f"  Note : {note}" for note in water.notes]


def _option(verdict: OptionVerdict) -> list[str]:
    lines = [f"  {verdict.option} : {verdict.verdict.upper()}"]
    lines += [f"    - {reason}" for reason in verdict.reasons]
    lines += [f"    (hypothèse) {note}" for note in verdict.notes]
    return lines
