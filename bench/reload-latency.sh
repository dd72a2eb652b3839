#!/usr/bin/env bash
# Save-to-reload latency of 'ClinicSite serve' (see bench/README.md, "Reload latency").
#
#   bench/reload-latency.sh [TARGET ...]     # default targets: real 1000
#
# A target is 'real' (a copy of input/ and theme/) or a page count (a corpus from bench/CorpusGenerator).
# For each target the script starts the published CLI's 'serve' on a free port, then bench/ReloadLatency writes
# one procedure page again and again and times each write to the 'reload' event on the event stream.
#
# Environment overrides:
#   RUNS=20               counted saves per target (after WARMUP saves that are not counted)
#   WARMUP=10
#   PAUSE_MS=400          pause between saves
#   SEED=42               corpus generator seed
#   BENCH_ROOT=/dev/shm/clinicsite-reload   where the copies live (tmpfs, so disk speed stays out)
#   SKIP_PUBLISH=1        reuse bench/out/cli from an earlier run
#   CLI=path              time this executable's serve instead of publishing one
#   THEME=dir             the theme to copy (default theme/; an older CLI may need its own)
#   KEEP=1                keep the copies and serve logs
#
# Exits 1 if serve or a measurement fails, 2 on usage/environment errors. Missing a target is reported, not fatal.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
# shellcheck source=bench/lib.sh
. bench/lib.sh
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(real 1000)
for t in "${targets[@]}"; do
  if [ "$t" != real ] && ! [[ $t =~ ^[0-9]+$ && $t -ge 10 ]]; then
    echo "error: a target is 'real' or a page count of at least 10, not '$t'" >&2
    exit 2
  fi
done

runs=${RUNS:-20}
warmup=${WARMUP:-10}
pause=${PAUSE_MS:-400}
seed=${SEED:-42}
bench_root=${BENCH_ROOT:-/dev/shm/clinicsite-reload}
cli=${CLI:-bench/out/cli/ClinicSite}
tool=bench/ReloadLatency/bin/Release/net10.0/ReloadLatency
case $cli in /*) cli_path=$cli ;; *) cli_path=$(pwd)/$cli ;; esac

if [ "${bench_root#/dev/shm/}" != "$bench_root" ] && [ ! -w /dev/shm ]; then
  bench_root=${TMPDIR:-/tmp}/clinicsite-reload
  echo "warning: /dev/shm is not writable; using $bench_root (not tmpfs)" >&2
fi
mkdir -p "$bench_root" bench/out

# ---- publish the CLI, build the tools -------------------------------------------------------------
if [ -n "${CLI:-}" ]; then
  [ -x "$cli" ] || { echo "error: CLI=$cli is not an executable" >&2; exit 2; }
elif [ "${SKIP_PUBLISH:-0}" != 1 ] || [ ! -x "$cli" ]; then
  publish_cli
fi
echo "Building bench/ReloadLatency and bench/CorpusGenerator (Release) ..."
for project in ReloadLatency CorpusGenerator; do
  if ! dotnet build "bench/$project" -c Release >"bench/out/$project-build.log" 2>&1; then
    echo "error: building bench/$project failed; last 20 lines of bench/out/$project-build.log:" >&2
    tail -n 20 "bench/out/$project-build.log" >&2
    exit 2
  fi
done

serve_pid=
serve_cpu_ms() { # utime + stime of the serve process, in ms
  awk -v tck="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.0f", ($12 + $13) * 1000 / tck }' "/proc/$serve_pid/stat"
}
stop_serve() {
  if [ -n "$serve_pid" ] && kill -0 "$serve_pid" 2>/dev/null; then
    kill -INT "$serve_pid" 2>/dev/null || true
    # A shell that runs this script in the background may have started serve with SIGINT ignored: then TERM.
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$serve_pid" 2>/dev/null || break; sleep 0.5; done
    kill -TERM "$serve_pid" 2>/dev/null || true
    wait "$serve_pid" 2>/dev/null || true
  fi
  serve_pid=
}
trap stop_serve EXIT

print_environment "ClinicSite reload-latency benchmark"
echo "  saves:    $warmup warm-up + $runs counted per target, $pause ms apart"

summary=()
for t in "${targets[@]}"; do
  site=$bench_root/site-$t
  rm -rf "$site"
  mkdir -p "$site"
  echo
  if [ "$t" = real ]; then
    echo "== real site (copy of input/) =="
    cp -r input "$site/input"
    target_ms=150
  else
    echo "== N=$t (generated corpus) =="
    dotnet run --no-build --project bench/CorpusGenerator -c Release -- \
      --pages "$t" --out "$site/input" --seed "$seed" --site-yml input/_data/site.yml | sed 's/^/  /'
    target_ms=$([ "$t" = 1000 ] && echo 300 || echo '')
  fi
  cp -r "${THEME:-theme}" "$site/theme"
  page=$(find "$site/input/procedures" -name '*.md' ! -name '_index.md' | sort | head -n 1)
  echo "  pages:    $(find "$site/input" -name '*.md' | wc -l); editing ${page#"$site/"}"

  # Start serve from inside the copy (so its messages show short paths) on a free port; read the address it prints.
  (cd "$site" && exec "$cli_path" serve --input input --theme theme --output output --port 0) >"$site/serve.log" 2>&1 &
  serve_pid=$!
  url=
  for _ in $(seq 1 3000); do  # up to 10 minutes for the first build
    url=$(grep -o 'Serving http://[^ ]*' "$site/serve.log" 2>/dev/null | head -n 1 | cut -d' ' -f2 || true)
    [ -n "$url" ] && break
    kill -0 "$serve_pid" 2>/dev/null || break
    sleep 0.2
  done
  if [ -z "$url" ]; then
    echo "error: serve did not start; last 20 lines of its output:" >&2
    tail -n 20 "$site/serve.log" >&2
    exit 1
  fi
  echo "  serving:  $url ($(grep -o 'Built [0-9]* files in [0-9]* ms' "$site/serve.log" | head -n 1))"

  # Warm-up saves first, on their own, so that the JIT's work on the first rebuilds stays out of the CPU figure.
  if ! "$tool" --url "$url" --file "$page" --runs "$warmup" --warmup 0 --pause-ms "$pause" >"$site/warmup.txt"; then
    echo "error: warm-up failed; last 20 lines of serve's output:" >&2
    tail -n 20 "$site/serve.log" >&2
    exit 1
  fi
  echo "  warm-up:  $warmup saves, median $(sed -n 's/^median_ms=//p' "$site/warmup.txt") ms (not counted)"
  # serve's own CPU time per save (user + system), which unlike the latency hardly depends on how busy the machine is.
  cpu_before=$(serve_cpu_ms)
  if ! "$tool" --url "$url" --file "$page" --runs "$runs" --warmup 0 --pause-ms "$pause" | tee "$site/latency.txt"; then
    echo "error: measurement failed; last 20 lines of serve's output:" >&2
    tail -n 20 "$site/serve.log" >&2
    exit 1
  fi
  median=$(sed -n 's/^median_ms=//p' "$site/latency.txt")
  cpu_per_save=$(awk -v a="$cpu_before" -v b="$(serve_cpu_ms)" -v n="$runs" 'BEGIN { printf "%.0f", (b - a) / n }')
  echo "  serve CPU per save: ${cpu_per_save} ms (user + system, averaged over the $runs counted saves)"

  kill -INT "$serve_pid"
  # A shell that starts this script in the background starts serve with SIGINT ignored: then it gets TERM.
  for _ in $(seq 1 20); do kill -0 "$serve_pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$serve_pid" 2>/dev/null && { echo "  serve ignored SIGINT (ignored by whatever started this script?); sending TERM"; kill -TERM "$serve_pid"; }
  rc=0
  wait "$serve_pid" || rc=$?
  serve_pid=
  stopped=$([ "$rc" = 0 ] && grep -q '^Stopped.' "$site/serve.log" && echo "stopped cleanly (exit 0)" || echo "stop: exit $rc")
  echo "  $stopped"

  verdict=''
  [ -n "$target_ms" ] && verdict=$(awk -v m="$median" -v t="$target_ms" 'BEGIN { print (m <= t ? "<=" t " ms ok" : "<=" t " ms MISSED") }')
  summary+=("$(printf '%-8s %10s %10s  %s' "$t" "$median" "$cpu_per_save" "$verdict")")
  [ "${KEEP:-0}" = 1 ] || rm -rf "$site"
done

echo
echo "Summary (median save-to-reload-event latency and serve's CPU per save, ms; load $(cut -d' ' -f1 /proc/loadavg))"
printf '%-8s %10s %10s  %s\n' target 'median' 'cpu/save' targets
for line in "${summary[@]}"; do echo "$line"; done
[ "${KEEP:-0}" = 1 ] && echo "Copies and serve logs kept in $bench_root"
[ "${KEEP:-0}" = 1 ] || rmdir "$bench_root" 2>/dev/null || true
