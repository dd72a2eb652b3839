# Shared by bench/run-build-bench.sh, bench/run-hugo-bench.sh and bench/reload-latency.sh (sourced from the repository root).

# publish_cli: publishes src/ClinicSite to bench/out/cli the way both benchmarks time it, the project's default
# publish: self-contained and compiled ahead of time to one native executable (Native AOT; issue 17: 100 pages 0.34-0.45 s
# against 0.84-1.0 s for the composite ReadyToRun image it replaced, 1 000 pages 1.6 s against 2.4 s, half the memory).
# Native AOT links with clang and needs zlib's headers: when there is no clang, Debian's clang and zlib1g-dev packages
# are installed with apt-get (as root, or through sudo). Publishing takes a few minutes. It builds under
# bench/out/artifacts: intermediate files of a self-contained build left in src/*/obj would break the next
# framework-dependent publish from there. Exits 2 with the log's tail on failure.
publish_cli() {
  if ! command -v clang >/dev/null 2>&1; then
    apt_install_for_aot
  fi
  echo "Publishing src/ClinicSite (Release: self-contained, Native AOT, the project's default) to bench/out/cli; this takes a few minutes ..."
  rm -rf bench/out/cli
  if ! dotnet publish src/ClinicSite -c Release --artifacts-path bench/out/artifacts -o bench/out/cli >bench/out/publish.log 2>&1; then
    echo "error: dotnet publish failed; last 20 lines of bench/out/publish.log:" >&2
    tail -n 20 bench/out/publish.log >&2
    exit 2
  fi
}

# apt_install_for_aot: installs clang and zlib1g-dev, which a Native AOT publish links with. Exits 2 with the command to
# run when it cannot (no apt-get, or neither root nor sudo, or the install fails).
apt_install_for_aot() {
  local packages="clang zlib1g-dev" sudo=""
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: no clang, which the Native AOT publish links with, and no apt-get to install it. Install clang and" >&2
    echo "zlib's headers, or publish the ReadyToRun form with -p:PublishAot=false." >&2
    exit 2
  fi
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "error: no clang for the Native AOT publish. Run this as root, then run the benchmark again:" >&2
      echo "  apt-get update && apt-get install -y $packages" >&2
      exit 2
    fi
    sudo="sudo"
  fi
  echo "No clang for the Native AOT publish; installing Debian's $packages packages..." >&2
  # $packages is two words on purpose.
  # shellcheck disable=SC2086
  if ! { $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
         $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $packages; }; then
    echo "error: installing $packages failed. Run: sudo apt-get install -y $packages" >&2
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

# ---- shared by the build benchmarks (bench/run-build-bench.sh, bench/run-hugo-bench.sh) ------------------------------

# check_sizes N...: exits 2 unless every page count is a whole number of at least 10.
check_sizes() {
  local n
  for n in "$@"; do
    if ! [[ $n =~ ^[0-9]+$ ]] || [ "$n" -lt 10 ]; then
      echo "error: page counts must be whole numbers of at least 10, not '$n'" >&2
      exit 2
    fi
  done
}

# pick_site_yml: sets site_yml to $SITE_YML, else input/_data/site.yml, else the stand-in bench/fixtures/site.yml.
pick_site_yml() {
  if [ -n "${SITE_YML:-}" ]; then
    site_yml=$SITE_YML
  elif [ -f input/_data/site.yml ]; then
    site_yml=input/_data/site.yml
  else
    site_yml=bench/fixtures/site.yml
    echo "warning: input/_data/site.yml not found; using the stand-in $site_yml" >&2
  fi
}

# pick_bench_root NAME: sets bench_root to $BENCH_ROOT, else /dev/shm/NAME; when /dev/shm is not writable, to
# ${TMPDIR:-/tmp}/NAME with a warning. Creates it and bench/out.
pick_bench_root() {
  bench_root=${BENCH_ROOT:-/dev/shm/$1}
  if [ "${bench_root#/dev/shm/}" != "$bench_root" ] && [ ! -w /dev/shm ]; then
    bench_root=${TMPDIR:-/tmp}/$1
    echo "warning: /dev/shm is not writable; using $bench_root (not tmpfs: disk I/O will be in the figures)" >&2
  fi
  mkdir -p "$bench_root" bench/out
}

# detect_gnu_time: sets have_gnu_time. GNU time gives wall, user, sys and peak RSS of the whole process. Without it,
# bash's 'time' keyword gives the times but not peak memory, which is then reported as n/a (fix: apt-get install time).
detect_gnu_time() {
  have_gnu_time=0
  [ -x /usr/bin/time ] && have_gnu_time=1
  [ $have_gnu_time = 0 ] && echo "warning: /usr/bin/time not found; peak RSS will be n/a (apt-get install time)" >&2
  return 0
}

# build_generator: builds bench/CorpusGenerator (Release) once; exits 2 with the log's tail on failure.
build_generator() {
  echo "Building bench/CorpusGenerator (Release) ..."
  if ! dotnet build bench/CorpusGenerator -c Release >bench/out/generator-build.log 2>&1; then
    echo "error: generator build failed; last 20 lines of bench/out/generator-build.log:" >&2
    tail -n 20 bench/out/generator-build.log >&2
    exit 2
  fi
}

# generate_corpus N CORPUS: writes the corpus of N pages ($seed, $site_yml) and prints its size.
generate_corpus() {
  dotnet run --no-build --project bench/CorpusGenerator -c Release -- \
    --pages "$1" --out "$2" --seed "$seed" --site-yml "$site_yml" --force | sed 's/^/  /'
  echo "  corpus: $(find "$2" -type f | wc -l) files, $(du -sm "$2" | cut -f1) MiB"
}

# median NUMBER...: the median of the numbers.
median() {
  printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# time_process LOG COMMAND [ARG...]: runs the command once, its output to LOG, and sets rc, wall (s), user and sys
# (s) and rss_kib (peak resident KiB, or n/a without GNU time). Uses $have_gnu_time and $bench_root.
time_process() {
  local log=$1 tfile=$bench_root/time.txt t0 t1
  shift
  t0=$EPOCHREALTIME
  if [ "$have_gnu_time" = 1 ]; then
    if /usr/bin/time -f '%e %U %S %M' -o "$tfile" "$@" >"$log" 2>&1; then rc=0; else rc=$?; fi
    t1=$EPOCHREALTIME
    # On failure GNU time puts "Command exited with non-zero status N" first; the figures are the last line.
    read -r wall user sys rss_kib < <(tail -n 1 "$tfile")
  else
    local TIMEFORMAT='%R %U %S'
    if { time "$@" >"$log" 2>&1; } 2>"$tfile"; then rc=0; else rc=$?; fi
    t1=$EPOCHREALTIME
    read -r wall user sys < <(tail -n 1 "$tfile")
    rss_kib=n/a
  fi
  # Prefer bash's microsecond clock for wall time; the timer's own figure only has 10 ms steps.
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
}

# fail_build N LABEL LOG: reports a failed build (exit $rc) with the last 20 lines of its output and exits 1.
fail_build() {
  echo >&2
  echo "error: build failed (exit $rc) for N=$1, $2 run; last 20 lines of its output:" >&2
  tail -n 20 "$3" >&2
  echo "(corpus and output left in $bench_root)" >&2
  exit 1
}

# measure_builds N OUT LOG COMMAND [ARG...]: one warm-up run (fills the page cache, not counted) and $runs counted
# runs of the build command, OUT deleted before each so every run writes the site from scratch. Prints a row per
# run and the output's size, and sets m_wall, m_cpu, ratio (cpu/wall) and m_rss (MiB or n/a): the medians of the
# counted runs. A run that fails, or a warm-up that writes nothing to OUT, ends the script (fail_build).
measure_builds() {
  local n=$1 out=$2 log=$3 i cpu rss_mib walls=() cpus=() rsss=()
  shift 3
  rm -rf "$out"
  time_process "$log" "$@"
  [ "$rc" -eq 0 ] || fail_build "$n" "warm-up" "$log"
  if [ ! -d "$out" ] || [ -z "$(ls -A "$out")" ]; then
    # Timing a build that writes nothing would only time start-up; treat it as a failure.
    rc="0, but nothing was written to $out"
    fail_build "$n" "warm-up" "$log"
  fi
  printf '  %-8s %8s %8s %8s %10s\n' run 'wall s' 'cpu s' cpu/wall 'RSS MiB'
  printf '  %-8s %8s %8s %8s %10s\n' warm-up "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" '' \
    "$([ "$rss_kib" = n/a ] && echo n/a || awk -v k="$rss_kib" 'BEGIN { printf "%.1f", k / 1024 }')"

  for ((i = 1; i <= runs; i++)); do
    rm -rf "$out"
    time_process "$log" "$@"
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
}
