#!/usr/bin/env bash
# Whole-process build benchmark for ClinicSite (see bench/README.md).
#
#   bench/run-build-bench.sh [N ...]        # default sizes: 100 1000 10000
#
# Environment overrides:
#   RUNS=5                 counted runs per size (after one warm-up run)
#   SEED=42                corpus generator seed
#   THEME=theme            theme folder passed to 'ClinicSite build --theme'
#   SITE_YML=...           site data for the corpus (default input/_data/site.yml,
#                          else the stand-in bench/fixtures/site.yml)
#   BENCH_ROOT=/dev/shm/clinicsite-bench   where corpora and outputs live (tmpfs, so disk I/O stays out)
#   KEEP=1                 keep corpora and outputs afterwards
#   SKIP_PUBLISH=1         reuse bench/out/cli from an earlier run
#   CLI=path               time this executable instead of publishing one (implies no publish)
#
# Exits 1 if any build fails or writes no output (and prints the last 20 lines of its output),
# 2 on usage/environment errors.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
# shellcheck source=bench/lib.sh
. bench/lib.sh

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100 1000 10000)
check_sizes "${sizes[@]}"

runs=${RUNS:-5}
seed=${SEED:-42}
theme=${THEME:-theme}
cli=${CLI:-bench/out/cli/ClinicSite}
pick_site_yml

if [ ! -d "$theme" ]; then
  echo "error: theme folder '$theme' not found (set THEME=DIR)" >&2
  exit 2
fi

pick_bench_root clinicsite-bench
detect_gnu_time

# ---- publish the CLI once, build the generator once ----------------------------------------------
if [ -z "${CLI:-}" ] && { [ "${SKIP_PUBLISH:-0}" != 1 ] || [ ! -x "$cli" ]; }; then
  publish_cli
fi
if [ ! -x "$cli" ]; then
  echo "error: $cli not found after publish" >&2
  exit 2
fi

build_generator

# ---- environment ----------------------------------------------------------------------------------
print_environment "ClinicSite build benchmark"
echo "  corpora:  $bench_root (seed $seed, site data $site_yml, theme $theme)"
echo "  runs:     1 warm-up + $runs counted per size; whole process: $cli build"

summary=()
for n in "${sizes[@]}"; do
  corpus=$bench_root/corpus-$n
  out=$bench_root/out-$n
  log=$bench_root/build-$n.log

  echo
  echo "== N=$n =="
  generate_corpus "$n" "$corpus"
  measure_builds "$n" "$out" "$log" "$cli" build --input "$corpus" --theme "$theme" --output "$out"

  verdict=''
  case $n in
    # Issue 17's targets.
    100) verdict=$(awk -v w="$m_wall" 'BEGIN { print (w <= 0.35 ? "wall<=0.35s ok" : "wall<=0.35s MISSED") }') ;;
    1000) verdict=$(awk -v w="$m_wall" 'BEGIN { print (w <= 0.9 ? "wall<=0.9s ok" : "wall<=0.9s MISSED") }') ;;
    10000) verdict=$(awk -v w="$m_wall" -v r="$m_rss" 'BEGIN {
             v = (w <= 5.5 ? "wall<=5.5s ok" : "wall<=5.5s MISSED");
             if (r == "n/a") v = v ", RSS n/a"; else v = v (r <= 600 ? ", RSS<=600MiB ok" : ", RSS<=600MiB MISSED");
             print v }') ;;
  esac
  rss_text=n/a
  [ "$m_rss" = n/a ] || rss_text="$m_rss MiB"
  echo "  median: wall ${m_wall}s, cpu ${m_cpu}s, cpu/wall $ratio, peak RSS $rss_text  $verdict"
  summary+=("$(printf '%-8s %10s %10s %10s %12s  %s' "$n" "$m_wall" "$m_cpu" "$ratio" "$m_rss" "$verdict")")
  [ "${KEEP:-0}" = 1 ] || rm -rf "$out" "$log"
done

echo
echo "Summary (medians of $runs runs; cpu = user+sys; cpu/wall = cores busy, of $(nproc))"
printf '%-8s %10s %10s %10s %12s  %s\n' pages 'wall s' 'cpu s' cpu/wall 'RSS MiB' targets
for line in "${summary[@]}"; do echo "$line"; done

if [ "${KEEP:-0}" = 1 ]; then
  echo "Corpora and outputs kept in $bench_root"
else
  # Remove only what this script wrote, in case BENCH_ROOT points somewhere shared.
  for n in "${sizes[@]}"; do rm -rf "$bench_root/corpus-$n" "$bench_root/out-$n" "$bench_root/build-$n.log"; done
  rm -f "$bench_root/time.txt"
  rmdir "$bench_root" 2>/dev/null || true
fi
