#!/usr/bin/env bash
# mc predict speed: a briefly trained model (speed does not depend on the weights), then predict on
# LogiQA 2.0 dev with an empty cache (lower encoder layers computed) and again with it cached.
cd "$(dirname "$0")/.."
export PATH=$PWD/.venv/bin:$PATH OMP_NUM_THREADS=1
data=${1:?usage: benchmarks/mc_predict_speed.sh LOGIQA_DEV_JSONL [RUN_DIR]}
run=${2:-/tmp/mc_speed_run}
export DEEPFIX_CACHE=${DEEPFIX_CACHE:-$HOME/.cache/deepfix}
s=$(date +%s.%N); deepfix mc train --config configs/mc_logiqa.yaml --data $data --run-dir $run --set train.max_steps=2 --set train.eval_every=2 --set train.checkpoint_every=2 --set train.progress=false > /tmp/mc_speed_train.log 2>&1; echo "train $(echo "$(date +%s.%N)-$s"|bc)"
export DEEPFIX_CACHE=/tmp/mc_speed_cache; rm -rf $DEEPFIX_CACHE
s=$(date +%s.%N); deepfix mc predict --checkpoint $run --data $data --out /tmp/mc_pred1.jsonl 2>/dev/null | tail -1; echo "predict_uncached_wall $(echo "$(date +%s.%N)-$s"|bc)"
s=$(date +%s.%N); deepfix mc predict --checkpoint $run --data $data --out /tmp/mc_pred2.jsonl 2>/dev/null | tail -1; echo "predict_cached_wall $(echo "$(date +%s.%N)-$s"|bc)"
python -c "from deepfix.machine import Machine; import json; print(json.dumps(Machine().record()))"
