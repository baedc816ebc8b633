"""Advice items about the sun: rules in force, glazing by façade, shading, summer comfort,
airing and the solar roof. Each function turns computed results into one French item."""

from __future__ import annotations

from datetime import date

from calculators.advice.bioclimatic.data import RULES, entry, rule, rule_source
from calculators.advice.bioclimatic.orientation import (
    Facade,
    FacadeExposure,
    GlazingShare,
    ShareVerdict,
    shares_source,
)
from calculators.advice.bioclimatic.overhang import OverhangSizing
from calculators.advice.bioclimatic.overheating import ComfortVerdict, SummerComfort
from calculators.advice.bioclimatic.project import AdviceItem, AdviceLevel, ProjectKind, fr, pct
from calculators.advice.bioclimatic.roof_readiness import RoofReadiness
from calculators.advice.bioclimatic.zone import Window
from calculators.advice.errors import AdviceInputError
from calculators.solar.data import covers


def regulation_item(kind: ProjectKind, on: date) -> AdviceItem:
    """Which rules govern the project filed on ``on`` (RE 2020 for a new building…)."""
    rules = entry(RULES, "reglementation", kind.value)
    if not covers(rules, on, f"{RULES}/reglementation/{kind.value}"):
        raise AdviceInputError(
            f"Aucune règle transcrite pour un dépôt le {on:%d/%m/%Y} : le conseil couvre les "
            f"permis déposés depuis le {date.fromisoformat(rules['valid_from']):%d/%m/%Y}.",
            field="date",
        )
    cited = rules["source"]
    return AdviceItem(
        code="cadre_reglementaire",
        level=AdviceLevel.INFORMATION,
        title="Cadre réglementaire",
        text=str(rules["texte"]),
        sources=(f"{cited['text']}, {cited['ref']}",),
    )


def orientation_item(
    shares: dict[Facade, GlazingShare],
    exposures: dict[Facade, FacadeExposure],
    floor_area_m2: float,
) -> AdviceItem:
    """Glazing share per façade against the recommended ranges, with the winter sun."""
    total = sum(share.area_m2 for share in shares.values())
    ratio = total / floor_area_m2
    minimum = rule("surface_vitree_minimale", "part_surface_habitable")
    sun = ", ".join(
        f"{fr(exposures[f].heating_season_kwh_m2, 0)} kWh/m² au {f.value}"
        if f in (Facade.SUD, Facade.NORD)
        else f"{fr(exposures[f].heating_season_kwh_m2, 0)} à l'{f.value}"
        for f in Facade
    )
    out = [s for s in shares.values() if s.verdict is not ShareVerdict.DANS_LA_PLAGE]
    lines = [
        f"Sur la saison de chauffe, 1 m² de vitrage vertical reçoit {sun} : le sud apporte le "
        "plus de chaleur gratuite en hiver, le nord le moins.",
        "Répartition du projet : "
        + ", ".join(
            f"{s.facade.value} {pct(s.share_pct)} (recommandé {s.min_pct:.0f}–{s.max_pct:.0f} %)"
            for s in shares.values()
        )
        + ".",
    ]
    lines += [f"Façade {s.facade.value} : part {s.verdict.value}." for s in out]
    level = AdviceLevel.CONSEIL if out else AdviceLevel.INFORMATION
    if ratio < minimum:
        level = AdviceLevel.ALERTE
        lines.append(
            f"Surface vitrée totale {fr(total)} m², soit {pct(100 * ratio)} de la surface : "
            f"en dessous du minimum de {pct(100 * minimum)} (1/6)."
        )
    figures = {f"part_{f.value}_pct": s.share_pct for f, s in shares.items()}
    figures |= {
        f"saison_chauffe_{f.value}_kwh_m2": e.heating_season_kwh_m2 for f, e in exposures.items()
    }
    figures["surface_vitree_sur_surface_pct"] = 100 * ratio
    return AdviceItem(
        code="orientation_vitrages",
        level=level,
        title="Répartition des vitrages par façade",
        text=" ".join(lines),
        figures=figures,
        sources=(
            shares_source(),
            rule_source("surface_vitree_minimale").cite(),
            "Arrêté du 31 mars 2021, annexe 1 (3CL-DPE 2021), § 18.2 (E) et § 18.5 (C1)",
        ),
    )


def east_west_item(
    windows: tuple[Window, ...],
    exposures: dict[Facade, FacadeExposure],
    base: SummerComfort,
    protected: SummerComfort,
) -> AdviceItem | None:
    """East and west windows without external protection; ``protected`` is the same project
    with external adjustable louvres on them (the gain is measured, not asserted)."""
    exposed = [
        w
        for w in windows
        if w.facade in (Facade.EST, Facade.OUEST) and not w.protection.external and w.area_m2 > 0
    ]
    if not exposed:
        return None
    west, south = exposures[Facade.OUEST], exposures[Facade.SUD]
    area = sum(w.area_m2 for w in exposed)
    gain = base.max_c - protected.max_c
    text = (
        f"{fr(area)} m² de fenêtres à l'est ou à l'ouest sans protection extérieure. Le jour "
        f"chaud, 1 m² à l'ouest reçoit {fr(west.hot_day_afternoon_kwh_m2)} kWh l'après-midi "
        f"(pic de {fr(west.hot_day_peak_w_m2, 0)} W/m² vers "
        f"{fr(west.hot_day_peak_solar_hour, 0)} h solaires), contre "
        f"{fr(south.hot_day_afternoon_kwh_m2)} kWh au sud : un soleil bas, "
        "qu'une casquette n'arrête pas, au moment le plus chaud. Prévoir des protections "
        "extérieures mobiles (brise-soleil orientables, volets, stores toile) ; un store "
        "intérieur laisse la chaleur entrer. "
        f"Avec des brise-soleil orientables, le pic intérieur passerait de {fr(base.max_c)} °C "
        f"à {fr(protected.max_c)} °C."
    )
    return AdviceItem(
        code="protections_est_ouest",
        level=AdviceLevel.ALERTE if gain >= 1.0 else AdviceLevel.CONSEIL,
        title="Protéger les vitrages est et ouest",
        text=text,
        figures={
            "surface_est_ouest_m2": area,
            "apres_midi_ouest_kwh_m2": west.hot_day_afternoon_kwh_m2,
            "apres_midi_sud_kwh_m2": south.hot_day_afternoon_kwh_m2,
            "pic_interieur_c": base.max_c,
            "pic_interieur_protege_c": protected.max_c,
        },
        sources=(rule_source("protections_solaires").cite(),),
    )


def overhang_item(sizing: OverhangSizing, planned_depth_m: float) -> AdviceItem:
    """Overhang depth for the tallest south window against the planned one."""
    depth = sizing.depth_m
    level = AdviceLevel.INFORMATION
    verdict = "La casquette prévue convient."
    if planned_depth_m < 0.8 * depth:
        level = AdviceLevel.CONSEIL
        verdict = (
            f"La casquette prévue ({fr(planned_depth_m, 2)} m) est trop courte pour arrêter "
            "le soleil d'été."
        )
    elif planned_depth_m > 1.3 * depth:
        level = AdviceLevel.CONSEIL
        verdict = (
            f"La casquette prévue ({fr(planned_depth_m, 2)} m) est plus profonde que nécessaire "
            "et prive la fenêtre d'une partie du soleil d'hiver."
        )
    where = (
        "au ras du linteau"
        if sizing.gap_above_window_m == 0
        else f"{fr(sizing.gap_above_window_m, 2)} m au-dessus du linteau"
    )
    text = (
        f"Pour une fenêtre sud de {fr(sizing.window_height_m, 2)} m de haut (casquette "
        f"{where}), une avancée de "
        f"{fr(depth, 2)} m ombre toute la fenêtre à midi solaire au solstice d'été (soleil à "
        f"{fr(sizing.summer_noon_elevation_deg)}°) et laisse {pct(sizing.winter_noon_sunlit_pct)} "
        f"de la fenêtre au soleil à midi au solstice d'hiver (soleil à "
        f"{fr(sizing.winter_noon_elevation_deg)}°). {verdict}"
    )
    return AdviceItem(
        code="casquette_sud",
        level=level,
        title="Casquette au-dessus des fenêtres sud",
        text=text,
        figures={
            "profondeur_recommandee_m": depth,
            "profondeur_prevue_m": planned_depth_m,
            "hauteur_soleil_ete_deg": sizing.summer_noon_elevation_deg,
            "hauteur_soleil_hiver_deg": sizing.winter_noon_elevation_deg,
            "ensoleillement_midi_hiver_pct": sizing.winter_noon_sunlit_pct,
        },
        sources=("Position du soleil : algorithme SPA (NREL), pvlib, aux coordonnées du projet",),
    )


def comfort_item(comfort: SummerComfort, month_label: str) -> AdviceItem:
    """The screening's result, with its limits said plainly; ``month_label`` « août »."""
    level = {
        ComfortVerdict.CONFORTABLE: AdviceLevel.INFORMATION,
        ComfortVerdict.VIGILANCE: AdviceLevel.CONSEIL,
        ComfortVerdict.SURCHAUFFE: AdviceLevel.ALERTE,
    }[comfort.verdict]
    by_facade = ", ".join(
        f"{f.value} {fr(kwh)} kWh" for f, kwh in comfort.window_gains_kwh.items() if kwh > 0
    )
    text = (
        f"Journée claire et chaude en {month_label} ({fr(comfort.outdoor_min_c)} à "
        f"{fr(comfort.outdoor_max_c)} °C dehors) répétée : la température intérieure varierait "
        f"de {fr(comfort.min_c)} à {fr(comfort.max_c)} °C (pic vers "
        f"{fr(comfort.peak_solar_hour, 0)} h solaires), soit {fr(comfort.degree_hours_c_h, 0)} "
        f"°C·h au-dessus de la température de confort (26 °C la nuit, 28 °C le jour) : "
        f"{comfort.verdict.value}. Apports solaires par les fenêtres : {by_facade or 'aucun'} ; "
        f"apports internes {fr(comfort.internal_gains_kwh)} kWh. Ceci est un dépistage "
        "simplifié (bilan journalier périodique), pas une simulation dynamique : le confort "
        "d'été réglementaire (DH de la RE 2020, sur une année avec canicule : confortable sous "
        f"{rule('confort_ete', 'dh_seuil_bas_c_h'):.0f} °C·h, non conforme au-delà de "
        f"{rule('confort_ete', 'dh_seuil_haut_c_h'):.0f} °C·h) est calculé par le bureau "
        "d'études thermiques."
    )
    return AdviceItem(
        code="confort_ete",
        level=level,
        title="Confort d'été (dépistage)",
        text=text,
        figures={
            "temperature_max_c": comfort.max_c,
            "temperature_min_c": comfort.min_c,
            "temperature_moyenne_c": comfort.mean_c,
            "degres_heures_jour_c_h": comfort.degree_hours_c_h,
            "heures_inconfort_h": comfort.uncomfortable_hours_h,
            "apports_solaires_kwh_jour": comfort.solar_gains_kwh,
            "exterieur_max_c": comfort.outdoor_max_c,
        },
        sources=comfort.sources,
    )


def airing_item(base: SummerComfort, through: SummerComfort) -> AdviceItem:
    """Through ventilation by opposite windows, its effect measured on the hot day."""
    return AdviceItem(
        code="ventilation_traversante",
        level=AdviceLevel.CONSEIL if base.max_c - through.max_c >= 0.5 else AdviceLevel.INFORMATION,
        title="Rafraîchir la nuit par ventilation traversante",
        text=(
            "Des ouvrants sur deux façades opposées (ou à des hauteurs différentes) permettent "
            "d'évacuer la nuit la chaleur stockée. Sur le jour chaud, le pic intérieur passerait "
            f"de {fr(base.max_c)} °C à {fr(through.max_c)} °C. Prévoir des ouvrants sécurisés "
            "(volets ajourés, oscillo-battants) pour pouvoir les laisser ouverts la nuit."
        ),
        figures={"pic_interieur_c": base.max_c, "pic_traversant_c": through.max_c},
        sources=(rule_source("ventilation").cite(),),
    )


def roof_item(readiness: RoofReadiness) -> AdviceItem:
    """Solar readiness of the roof: best plane, production, and the checklist."""
    best = readiness.best
    todo = [check.text for check in readiness.checks if not check.ok]
    done = [check.text for check in readiness.checks if check.ok]
    parts = [
        f"Meilleur pan : « {best.label} », {best.rating.value} "
        f"({pct(100 * best.ratio_to_optimum)} du productible optimal de "
        f"{fr(readiness.optimum.specific_yield_kwh_kwp, 0)} kWh/kWc/an, atteint à "
        f"{fr(readiness.optimum.tilt_deg, 0)}° d'inclinaison plein sud) : environ "
        f"{fr(best.peak_kwp)} kWc sur {fr(best.usable_area_m2, 0)} m² utiles, "
        f"{fr(best.annual_kwh, 0)} kWh/an."
    ]
    if todo:
        parts.append("À prévoir : " + " ; ".join(t.rstrip(".") for t in todo) + ".")
    if done:
        parts.append("Déjà prévu : " + " ; ".join(t.rstrip(".") for t in done) + ".")
    if readiness.regulation_note is not None:
        parts.append(readiness.regulation_note)
    text = " ".join(parts)
    return AdviceItem(
        code="toiture_solaire",
        level=AdviceLevel.CONSEIL if todo else AdviceLevel.INFORMATION,
        title="Toiture prête pour le solaire",
        text=text,
        figures={
            "puissance_kwc": readiness.total_kwp,
            "production_kwh_an": readiness.total_kwh,
            "rapport_optimum_meilleur_pan": best.ratio_to_optimum,
            "productible_optimal_kwh_kwc": readiness.optimum.specific_yield_kwh_kwp,
        },
        sources=readiness.sources,
    )
