"""Tolerances of the advice tests, each with the reason it is what it is (psychrolib's habit)."""

DESIGN_LAG_H = 0.5
"""DESIGN.md quotes « ~4 h » (20 cm sheep wool) and « ~13 h » (rigid wood fibre): rounded
figures, so half an hour either way."""

ORACLE_TRANSMITTANCE_REL = 0.005
"""ISO 13786 |Y12| vs the time-stepped wall (40 cells per layer, 1-minute Crank–Nicolson):
both discretisation errors are O(Δx²/δ²) and O(ω²Δt²), measured below 0.25 %."""

ORACLE_LAG_H = 0.02
"""ISO 13786 time shift vs the time-stepped wall: measured within 0.003 h (11 s)."""

ORACLE_ZONE_K = 0.05
"""Periodic zone solve vs the time-stepped zone (10 cells per layer): measured within
0.005 K; the margin covers the coarse cells of thick slabs at the highest harmonics."""

ASYMPTOTE_REL = 2e-5
"""Thick homogeneous slab without surface resistances: exact ISO result vs its closed-form
limit; the neglected terms are of order e^(−2ξ) = 6.1e−6 relative for ξ = 6 (measured
5.2e−6), so 2e−5 still catches any error in the matrices."""

SOLAR_ANGLE_DEG = 0.02
"""Noon elevation from pvlib's SPA vs 90° − φ ± 23.4365° + Bennett refraction (hand
computation): the declination at noon on the solstice day differs from its extreme by
< 0.001°, and the two refraction formulas by < 0.005° at these heights."""

OVERHANG_DEPTH_M = 0.002
"""Depth = 2.2 m / tan(h): a 0.02° error on h moves it by 0.6 mm; 2 mm is still far below
what a builder can set."""
