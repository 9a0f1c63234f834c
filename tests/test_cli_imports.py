"""``deepfix --help`` and ``deepfix <command> --help`` load no heavy library.

Command modules register their parsers with argparse-level imports only; torch, transformers and
the rest load inside the command's run function. A fresh interpreter shows what registration pulls
in (this process has torch loaded already by other tests).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = {"torch", "transformers", "numpy", "matplotlib", "starlette", "uvicorn", "safetensors"}

SCRIPT = """
import argparse, json, sys
import deepfix, deepfix.cli

def helps(parser):
    parser.format_help()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                helps(sub)

helps(deepfix.cli.build_parser())
heavy = sorted(m for m in sys.modules if m.split('.')[0] in set(sys.argv[1].split(',')))
print(json.dumps({"deepfix": deepfix.__file__, "heavy": heavy}))
"""


def test_building_the_parser_and_every_help_imports_no_heavy_library():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SCRIPT, ",".join(sorted(HEAVY))], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(found["deepfix"]).resolve().is_relative_to(ROOT)  # this checkout's deepfix, not another
    assert found["heavy"] == []


def test_the_exact_build_parser_probe():
    """The one-liner of the structure issue, verbatim."""
    probe = ("import deepfix.cli, sys; deepfix.cli.build_parser(); print(sorted(m for m in sys.modules "
             "if m.split('.')[0] in {'torch','transformers','numpy','matplotlib','starlette','uvicorn','safetensors'}))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
