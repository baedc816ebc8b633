"""City profiles: the data that adapts Diag Habitat to one city (Béthune by default)."""

from diag_app.city.loader import (
    bundled_profiles,
    default_profile_path,
    load_city_profile,
    profile_path,
)
from diag_app.city.profile import CityProfile, Contact, HeatNetwork

__all__ = [
    "CityProfile",
    "Contact",
    "HeatNetwork",
    "bundled_profiles",
    "default_profile_path",
    "load_city_profile",
    "profile_path",
]
