"""Typical weather years: PVGIS and EPW readers, and a synthetic year from monthly figures."""

from calculators.solar.weather.reader import read_weather_file
from calculators.solar.weather.synthetic import MonthlyClimate, synthetic_year
from calculators.solar.weather.year import Site, TypicalYear

__all__ = ["MonthlyClimate", "Site", "TypicalYear", "read_weather_file", "synthetic_year"]
