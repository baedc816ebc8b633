"""Shared tolerances of the simple-description tests."""

# Geometry is closed-form arithmetic on the documented assumptions: hand calculations agree to
# float rounding; 1e-9 relative leaves room for a different order of operations only.
ARITHMETIC = 1e-9
