"""Studies: grids of runs that write JSON + PNG under ``results/`` with the command that made them."""
