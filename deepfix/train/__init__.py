"""Training: optimiser and schedules, the loop, checkpoints, logging, plots, distributed runs."""
