#!/usr/bin/env bash
# The full-Spider depth grid of results/spider_depth: one `spider train` + dev and held-out
# evaluations (beam 5, final checkpoint) per line of a queue file, run by N workers side by side.
#
#   benchmarks/spider_depth_grid.sh QUEUE_FILE RUN_ROOT [WORKERS=2]
#
# QUEUE_FILE: one run per line, "NAME key=value ...", e.g.
#   dtfixup_8l_s0 model.stack.num_layers=8 train.lr=5.0e-4
#   standard_8l_s0 model.stack.num_layers=8 model.init=standard train.warmup_steps=350 train.lr=5.0e-4
# Lines are taken from the top as workers free up (append to the file while it runs). A finished
# run is skipped, a cut one resumes (--resume), so re-running the script continues the grid.
# Every run: configs/spider_cpu_2l.yaml + 3500 steps, evaluation on the whole held-out part every
# 500 steps, per-layer telemetry every 100 steps, one torch thread. Then:
#   deepfix study text2sql-depth RUN_ROOT/* --out results/spider_depth
set -u
queue=$1; root=$2; workers=${3:-2}
cd "$(dirname "$0")/.."
export OMP_NUM_THREADS=1
run_one() {
  local name=$1; shift
  local dir="$root/$name" args=() resume=""
  for kv in "$@"; do args+=(--set "$kv"); done
  [ -d "$dir/checkpoints" ] && resume="--resume"
  if [ ! -f "$dir/summary.json" ]; then
    deepfix spider train --config configs/spider_cpu_2l.yaml --run-dir "$dir" $resume \
      --set train.max_steps=3500 --set train.eval_every=500 --set train.progress=false --set data.eval_limit=0 \
      --set train.layer_stats_every=100 "${args[@]}" >> "$dir.log" 2>&1 || return
  fi
  for split in dev holdout; do
    [ -f "$dir/eval-$split-beam5/metrics.json" ] || \
      deepfix spider eval --checkpoint "$dir" --split $split --beam-size 5 --no-progress >> "$dir.log" 2>&1
  done
}
worker() {
  while true; do
    local line
    line=$(flock "$queue.lock" bash -c "head -n 1 '$queue'; sed -i '1d' '$queue'")
    [ -z "$line" ] && return
    run_one $line
  done
}
mkdir -p "$root"
for _ in $(seq "$workers"); do worker & done
wait
