"""The benchmark module runs and returns rows in the shape the benchmark runner collects."""

from __future__ import annotations

from benchmarks import solar_batch


def test_rows_have_the_runner_shape() -> None:
    rows = solar_batch.run(roofs=40, memory_roofs=60, modelchain_roofs=1)
    assert rows[0]["name"] == "Solaire, lot : temps par toiture"
    for row in rows:
        assert (
            {"name", "value", "unit", "baseline", "ratio"}
            <= set(row)
            <= {
                "name",
                "value",
                "unit",
                "baseline",
                "ratio",
                "target",
            }
        )
        assert float(row["value"]) > 0.0  # type: ignore[arg-type]
        assert row["ratio"] == round(float(row["value"]) / float(row["baseline"]), 4)  # type: ignore[arg-type]
