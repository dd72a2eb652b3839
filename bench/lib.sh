# Shared by bench/run-build-bench.sh and bench/reload-latency.sh (sourced from the repository root).

# publish_cli: publishes src/ClinicSite to bench/out/cli the way both benchmarks time it. ReadyToRun: the framework is
# precompiled already; this precompiles ClinicSite and its libraries too, so a one-shot build does not spend its first
# half-second in the JIT. Exits 2 with the log's tail on failure.
publish_cli() {
  echo "Publishing src/ClinicSite (Release, ReadyToRun) to bench/out/cli ..."
  local rid
  rid=$(dotnet --info 2>/dev/null | awk '/^ *RID:/ { print $2; exit }')
  if ! dotnet publish src/ClinicSite -c Release -o bench/out/cli ${rid:+-r "$rid" --self-contained false -p:PublishReadyToRun=true} >bench/out/publish.log 2>&1; then
    echo "error: dotnet publish failed; last 20 lines of bench/out/publish.log:" >&2
    tail -n 20 bench/out/publish.log >&2
    exit 2
  fi
}

# print_environment TITLE: the header both benchmarks print, so their figures can be compared and reproduced.
print_environment() {
  local commit
  echo
  echo "$1  $(date -u '+%Y-%m-%d %H:%M UTC')"
  if commit=$(git rev-parse --short HEAD 2>/dev/null); then
    git diff --quiet HEAD -- 2>/dev/null || commit="$commit (working tree differs)"
  else
    commit='none'
  fi
  echo "  commit:   $commit"
  echo "  cpu:      $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)"
  echo "  memory:   $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)"
  echo "  load:     $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) (1, 5, 15 min)"
  echo "  dotnet:   $(dotnet --version)"
}
