#!/usr/bin/env bash
# Whole-process build benchmark of Hugo on the same corpora as bench/run-build-bench.sh, as a reference point for
# ClinicSite's figures (see bench/README.md, "Hugo reference").
#
#   bench/run-hugo-bench.sh [N ...]         # default sizes: 100 1000 10000
#
# Environment overrides:
#   RUNS=5                 counted runs per size (after one warm-up run)
#   SEED=42                corpus generator seed (the same corpus as bench/run-build-bench.sh with the same seed)
#   THEME=theme            ClinicSite theme whose assets/ the Hugo site uses
#   SITE_YML=...           site data for the corpus (default input/_data/site.yml, else bench/fixtures/site.yml)
#   BENCH_ROOT=/dev/shm/clinicsite-hugo-bench   where corpora, Hugo sites and outputs live (tmpfs)
#   KEEP=1                 keep corpora, Hugo sites and outputs afterwards
#   HUGO=hugo              the Hugo executable (Debian 12's package is 0.111: apt-get install hugo)
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
hugo=${HUGO:-hugo}
pick_site_yml

if ! command -v "$hugo" >/dev/null; then
  echo "error: '$hugo' not found: apt-get install hugo (Debian 12 serves 0.111), or set HUGO=path" >&2
  exit 2
fi
if [ ! -d "$theme/assets" ]; then
  echo "error: theme folder '$theme' has no assets/ (set THEME=DIR)" >&2
  exit 2
fi

pick_bench_root clinicsite-hugo-bench
detect_gnu_time
build_generator

print_environment "Hugo reference build benchmark"
echo "  hugo:     $("$hugo" version)"
echo "  corpora:  $bench_root (seed $seed, site data $site_yml, assets $theme/assets)"
echo "  runs:     1 warm-up + $runs counted per size; whole process: $hugo --quiet --source SITE --destination OUT"

summary=()
for n in "${sizes[@]}"; do
  corpus=$bench_root/corpus-$n
  site=$bench_root/hugo-site-$n
  out=$bench_root/out-$n
  log=$bench_root/build-$n.log

  echo
  echo "== N=$n =="
  generate_corpus "$n" "$corpus"
  bench/hugo/make-site.sh "$corpus" "$site" "$theme"
  echo "  hugo site: $(find "$site/content" -type f | wc -l) content files"
  # Hugo's cache folder goes under the bench root; it and resources/_gen stay empty (see bench/hugo/site/hugo.toml).
  measure_builds "$n" "$out" "$log" "$hugo" --quiet --source "$site" --destination "$out" --cacheDir "$bench_root/hugo-cache"

  rss_text=n/a
  [ "$m_rss" = n/a ] || rss_text="$m_rss MiB"
  echo "  median: wall ${m_wall}s, cpu ${m_cpu}s, cpu/wall $ratio, peak RSS $rss_text"
  summary+=("$(printf '%-8s %10s %10s %10s %12s' "$n" "$m_wall" "$m_cpu" "$ratio" "$m_rss")")
  [ "${KEEP:-0}" = 1 ] || rm -rf "$out" "$log"
done

echo
echo "Summary: Hugo (medians of $runs runs; cpu = user+sys; cpu/wall = cores busy, of $(nproc))"
printf '%-8s %10s %10s %10s %12s\n' pages 'wall s' 'cpu s' cpu/wall 'RSS MiB'
for line in "${summary[@]}"; do echo "$line"; done

if [ "${KEEP:-0}" = 1 ]; then
  echo "Corpora, Hugo sites and outputs kept in $bench_root"
else
  # Remove only what this script wrote, in case BENCH_ROOT points somewhere shared.
  for n in "${sizes[@]}"; do
    rm -rf "$bench_root/corpus-$n" "$bench_root/hugo-site-$n" "$bench_root/out-$n" "$bench_root/build-$n.log"
  done
  rm -rf "$bench_root/time.txt" "$bench_root/hugo-cache"
  rmdir "$bench_root" 2>/dev/null || true
fi
