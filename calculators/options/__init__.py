"""The other « new energies » options of a dwelling, each assessed honestly from its data.

Heat pump (:mod:`.heat_pump`), wood heating (:mod:`.wood`), small wind turbine
(:mod:`.small_wind`) and district-heat connection (:mod:`.district_heat`) each return an
:class:`OptionAssessment`: a French verdict (« adapté », « possible sous conditions »,
« déconseillé »), the reasons behind it, the key figures and the sources of the rules used
(``data/*.json``). Saying « pas rentable » or « déconseillé » is part of the job.
"""

from calculators.options.assessment import OptionAssessment, OptionInputError, Verdict

__all__ = ["OptionAssessment", "OptionInputError", "Verdict"]
