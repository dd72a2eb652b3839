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
for n in "${sizes[@]}"; do
  if ! [[ $n =~ ^[0-9]+$ ]] || [ "$n" -lt 10 ]; then
    echo "error: page counts must be whole numbers of at least 10, not '$n'" >&2
    exit 2
  fi
done

runs=${RUNS:-5}
seed=${SEED:-42}
theme=${THEME:-theme}
bench_root=${BENCH_ROOT:-/dev/shm/clinicsite-bench}
cli=${CLI:-bench/out/cli/ClinicSite}

if [ -n "${SITE_YML:-}" ]; then
  site_yml=$SITE_YML
elif [ -f input/_data/site.yml ]; then
  site_yml=input/_data/site.yml
else
  site_yml=bench/fixtures/site.yml
  echo "warning: input/_data/site.yml not found; using the stand-in $site_yml" >&2
fi

if [ ! -d "$theme" ]; then
  echo "error: theme folder '$theme' not found (set THEME=DIR)" >&2
  exit 2
fi

if [ "${bench_root#/dev/shm/}" != "$bench_root" ] && [ ! -w /dev/shm ]; then
  bench_root=${TMPDIR:-/tmp}/clinicsite-bench
  echo "warning: /dev/shm is not writable; using $bench_root (not tmpfs: disk I/O will be in the figures)" >&2
fi
mkdir -p "$bench_root" bench/out

# GNU time gives wall, user, sys and peak RSS of the whole process. Without it, bash's 'time' keyword
# gives the times but not peak memory, which is then reported as n/a (fix: apt-get install time).
have_gnu_time=0
[ -x /usr/bin/time ] && have_gnu_time=1
[ $have_gnu_time = 0 ] && echo "warning: /usr/bin/time not found; peak RSS will be n/a (apt-get install time)" >&2

# ---- publish the CLI once, build the generator once ----------------------------------------------
if [ -z "${CLI:-}" ] && { [ "${SKIP_PUBLISH:-0}" != 1 ] || [ ! -x "$cli" ]; }; then
  publish_cli
fi
if [ ! -x "$cli" ]; then
  echo "error: $cli not found after publish" >&2
  exit 2
fi

echo "Building bench/CorpusGenerator (Release) ..."
if ! dotnet build bench/CorpusGenerator -c Release >bench/out/generator-build.log 2>&1; then
  echo "error: generator build failed; last 20 lines of bench/out/generator-build.log:" >&2
  tail -n 20 bench/out/generator-build.log >&2
  exit 2
fi

# ---- helpers --------------------------------------------------------------------------------------
median() { # numbers as arguments -> median
  printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# run_build CORPUS OUT LOG -> sets wall user sys rss_kib rc
run_build() {
  local corpus=$1 out=$2 log=$3 tfile
  tfile=$bench_root/time.txt
  rm -rf "$out"
  local t0=$EPOCHREALTIME t1
  if [ $have_gnu_time = 1 ]; then
    if /usr/bin/time -f '%e %U %S %M' -o "$tfile" "$cli" build --input "$corpus" --theme "$theme" --output "$out" >"$log" 2>&1; then
      rc=0
    else
      rc=$?
    fi
    # On failure GNU time puts "Command exited with non-zero status N" first; the figures are the last line.
    t1=$EPOCHREALTIME
    read -r wall user sys rss_kib < <(tail -n 1 "$tfile")
  else
    local TIMEFORMAT='%R %U %S'
    if { time "$cli" build --input "$corpus" --theme "$theme" --output "$out" >"$log" 2>&1; } 2>"$tfile"; then
      rc=0
    else
      rc=$?
    fi
    t1=$EPOCHREALTIME
    read -r wall user sys < <(tail -n 1 "$tfile")
    rss_kib=n/a
  fi
  # Prefer bash's microsecond clock for wall time; the timer's own figure only has 10 ms steps.
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
}

fail_build() { # N LABEL LOG
  echo >&2
  echo "error: build failed (exit $rc) for N=$1, $2 run; last 20 lines of its output:" >&2
  tail -n 20 "$3" >&2
  echo "(corpus and output left in $bench_root)" >&2
  exit 1
}

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
  dotnet run --no-build --project bench/CorpusGenerator -c Release -- \
    --pages "$n" --out "$corpus" --seed "$seed" --site-yml "$site_yml" --force | sed 's/^/  /'
  echo "  corpus: $(find "$corpus" -type f | wc -l) files, $(du -sm "$corpus" | cut -f1) MiB"

  run_build "$corpus" "$out" "$log"
  [ "$rc" -eq 0 ] || fail_build "$n" "warm-up" "$log"
  if [ ! -d "$out" ] || [ -z "$(ls -A "$out")" ]; then
    # Timing a build that writes nothing would only time start-up; treat it as a failure.
    rc="0, but nothing was written to $out"
    fail_build "$n" "warm-up" "$log"
  fi
  printf '  %-8s %8s %8s %8s %10s\n' run 'wall s' 'cpu s' cpu/wall 'RSS MiB'
  printf '  %-8s %8s %8s %8s %10s\n' warm-up "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" '' \
    "$([ "$rss_kib" = n/a ] && echo n/a || awk -v k="$rss_kib" 'BEGIN { printf "%.1f", k / 1024 }')"

  walls=() cpus=() rsss=()
  for ((i = 1; i <= runs; i++)); do
    run_build "$corpus" "$out" "$log"
    [ "$rc" -eq 0 ] || fail_build "$n" "counted #$i" "$log"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    walls+=("$wall") cpus+=("$cpu")
    rss_mib=n/a
    [ "$rss_kib" = n/a ] || rss_mib=$(awk -v k="$rss_kib" 'BEGIN { printf "%.1f", k / 1024 }')
    [ "$rss_mib" = n/a ] || rsss+=("$rss_mib")
    printf '  %-8s %8s %8s %8s %10s\n' "#$i" "$wall" "$cpu" \
      "$(awk -v c="$cpu" -v w="$wall" 'BEGIN { printf "%.2f", (w > 0 ? c / w : 0) }')" "$rss_mib"
  done

  m_wall=$(median "${walls[@]}")
  m_cpu=$(median "${cpus[@]}")
  ratio=$(awk -v c="$m_cpu" -v w="$m_wall" 'BEGIN { printf "%.2f", (w > 0 ? c / w : 0) }')
  m_rss=n/a
  [ ${#rsss[@]} -gt 0 ] && m_rss=$(median "${rsss[@]}")
  echo "  output: $(find "$out" -type f | wc -l) files, $(du -sm "$out" | cut -f1) MiB"

  verdict=''
  case $n in
    1000) verdict=$(awk -v w="$m_wall" 'BEGIN { print (w <= 1.0 ? "wall<=1.0s ok" : "wall<=1.0s MISSED") }') ;;
    10000) verdict=$(awk -v w="$m_wall" -v r="$m_rss" 'BEGIN {
             v = (w <= 5.0 ? "wall<=5s ok" : "wall<=5s MISSED");
             if (r == "n/a") v = v ", RSS n/a"; else v = v (r <= 1024 ? ", RSS<=1GiB ok" : ", RSS<=1GiB MISSED");
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
