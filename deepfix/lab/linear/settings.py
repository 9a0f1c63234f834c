"""The lab's named choices: prompt settings (:mod:`.data` samples them) and init schemes (:mod:`.init`).

Torch-free, so that ``deepfix lab --help`` lists them without loading torch.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from deepfix.errors import DeepfixError

LINEAR_INIT_SCHEMES = ("small", "standard", "t_fixup", "dt_fixup")  # see deepfix.lab.linear.init


@dataclass(frozen=True)
class PromptSetting:
    """One data distribution: dimension d, context length n, covariate law."""

    name: str
    d: int = 5
    n: int = 20
    covariates: str = "gaussian"  # "gaussian" | "laplace" | "student_t"
    dof: int = 5  # Student-t degrees of freedom (integer: drawn as N / sqrt(chi2 / dof))

    @property
    def kurtosis(self) -> float:
        """E[x^4] of one unit-variance covariate coordinate (3 for a Gaussian)."""
        if self.covariates == "gaussian":
            return 3.0
        if self.covariates == "laplace":
            return 6.0
        return 3.0 + 6.0 / (self.dof - 4) if self.dof > 4 else float("inf")

    def to_dict(self) -> dict:
        return asdict(self) | {"kurtosis": self.kurtosis}


SETTINGS: dict[str, PromptSetting] = {
    "gaussian-n20": PromptSetting("gaussian-n20", d=5, n=20),
    "gaussian-n5": PromptSetting("gaussian-n5", d=5, n=5),
    "heavy-n20": PromptSetting("heavy-n20", d=5, n=20, covariates="laplace"),
}


def get_setting(name: str) -> PromptSetting:
    """Look a setting up by name; a DeepfixError names the choices when it is unknown."""
    try:
        return SETTINGS[name]
    except KeyError:
        raise DeepfixError(
            f"--setting {name!r}: unknown setting; choose one of {', '.join(SETTINGS)}"
        ) from None
