"""Solar and "new energies" calculators (pvlib-based), pure and offline."""
