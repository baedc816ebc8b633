"""The 3CL-DPE 2021 computation, stage by stage: envelope losses, air renewal, gains, needs,
systems, consumptions. Functions take physical criteria (so the desk path can use them), not
XML structures; adapters from the ADEME XML inputs live beside them."""
