"""Hot water of the 3CL-DPE 2021 method (annex 1, chapters 11 and 14, §17 for collective
installations): distribution, storage, generators, solar share and consumption.

The need itself is :mod:`calculators.dpe.engine.hot_water_need` (§11.1). Each module is a set of
pure functions on physical criteria; :mod:`.from_ademe` maps an ADEME XML file onto them.
"""
