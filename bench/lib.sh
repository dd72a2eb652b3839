# Shared by bench/run-build-bench.sh and bench/reload-latency.sh (sourced from the repository root).

# publish_cli: publishes src/ClinicSite to bench/out/cli the way both benchmarks time it: self-contained, with the
# framework, the libraries and ClinicSite precompiled together into one composite ReadyToRun image. A one-shot build
# then spends almost nothing in the JIT, and calls between assemblies can be inlined (real site: 1.14 s → 0.78 s;
# 1 000 pages: 3.44 s → 3.03 s, against ReadyToRun of ClinicSite and its libraries alone). Publishing takes 3–4
# minutes. It builds under bench/out/artifacts: intermediate files of a self-contained build left in src/*/obj would
# break the next framework-dependent publish from there. Exits 2 with the log's tail on failure.
publish_cli() {
  echo "Publishing src/ClinicSite (Release, self-contained, composite ReadyToRun) to bench/out/cli; this takes a few minutes ..."
  local rid
  rid=$(dotnet --info 2>/dev/null | awk '/^ *RID:/ { print $2; exit }')
  if [ -z "$rid" ]; then
    echo "error: could not read the runtime identifier from 'dotnet --info'" >&2
    exit 2
  fi
  rm -rf bench/out/cli
  if ! dotnet publish src/ClinicSite -c Release -r "$rid" --self-contained true -p:PublishReadyToRun=true \
      -p:PublishReadyToRunComposite=true --artifacts-path bench/out/artifacts -o bench/out/cli >bench/out/publish.log 2>&1; then
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
