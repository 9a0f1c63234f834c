"""Linear-transformer lab (seed 001; Ahn, Cheng, Song, Yun, Jadbabaie, Sra, ICLR 2024).

Modules, one idea each:

- :mod:`.settings` the named prompt settings and init schemes (torch-free: the CLI lists them)
- :mod:`.data`     prompts Z0 for in-context linear regression (Gaussian / heavy-tailed covariates)
- :mod:`.model`    the linear-attention transformer, vectorised over a population of runs
- :mod:`.theory`   closed-form optimum of one layer and one step of preconditioned GD
- :mod:`.optim`    SGD-with-momentum and Adam with a learning rate per run, per-run clipping
- :mod:`.init`     standard / T-Fixup-style / DT-Fixup-style initialisation for deep models
- :mod:`.train`    training loop for a population (seeds x learning rates) with evaluation
- :mod:`.analysis` gradient-noise tail index, robust condition number of the Hessian

The reproduction (every experiment, JSON and PNG under ``results/linear_lab``) is a study over the lab:
:mod:`deepfix.studies.linear_lab`, its figures :mod:`deepfix.studies.linear_lab_plots`.
"""
