"""Pure computation for Diag Habitat: DPE engine, solar, advice. No Qt, no database."""
