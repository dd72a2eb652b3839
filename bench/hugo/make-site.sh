#!/usr/bin/env bash
# Turns a ClinicSite corpus (bench/CorpusGenerator output) into a Hugo site of the same pages, for
# bench/run-hugo-bench.sh (see bench/README.md, "Hugo reference").
#
#   bench/hugo/make-site.sh CORPUS SITE [THEME]      # THEME: ClinicSite theme folder whose assets/ are copied (theme)
#
# SITE gets bench/hugo/site (hugo.toml and the layouts), THEME/assets (the same CSS, scripts and icon ClinicSite
# fingerprints), CORPUS/_data/*.yml as Hugo data files, and CORPUS's Markdown files as content/, changed only where
# Hugo needs it:
#   - front matter: kept as it is (Hugo reads title and summary, and every other key as a param), but order: becomes
#     weight: and the home page (index.md, layout: home) becomes content/_index.md without its layout line;
#   - links to other pages' .md files become site paths: ../risks/risk-0001.md#h → /risks/risk-0001/#h,
#     procedure-0002.md → /procedures/procedure-0002/, procedures/_index.md → /procedures/, index.md → /;
#   - callouts (::: note ... :::) become block quotes that start with the callout's kind in bold.
# SITE is replaced; the script refuses a SITE that exists and was not made by it.
set -euo pipefail

if [ $# -lt 2 ] || [ ! -d "$1" ]; then
  echo "usage: bench/hugo/make-site.sh CORPUS SITE [THEME]" >&2
  exit 2
fi
corpus=$1 site=$2 theme=${3:-theme}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mark=.clinicsite-hugo-bench-site

if [ -e "$site" ]; then
  if [ ! -f "$site/$mark" ] && [ -n "$(ls -A "$site")" ]; then
    echo "error: $site exists and was not made by bench/hugo/make-site.sh; choose another folder" >&2
    exit 2
  fi
  rm -rf "$site"
fi
mkdir -p "$site/data" "$site/assets"
touch "$site/$mark"
cp -R "$here/site/." "$site/"
cp -R "$theme/assets/." "$site/assets/"
cp "$corpus"/_data/*.yml "$site/data/"
cp -R "$corpus" "$site/content"
rm -rf "$site/content/_data"
mv "$site/content/index.md" "$site/content/_index.md"

# sed script for the Markdown files of one folder: $1 is the folder's site path without slashes ("" for the root,
# "risks" for content/risks). Callouts come first: 't' then skips the rest of the script for the opening line.
rewrite() {
  local here_path=/${1:+$1/}
  cat <<EOF
/^::: [a-z-]+$/,/^:::$/ {
  s/^::: ([a-z-]+)$/> **\1**\n>/
  t
  /^:::$/d
  s/^/> /
}
1,/^---$/ {
  s/^order: /weight: /
  /^layout: home$/d
}
s#\]\(\.\./([a-z0-9-]+)/_index\.md#](/\1/#g
s#\]\(\.\./([a-z0-9-]+)/([a-z0-9-]+)\.md#](/\1/\2/#g
s#\]\(\.\./index\.md#](/#g
s#\]\(\.\./([a-z0-9-]+)\.md#](/\1/#g
s#\]\(([a-z0-9-]+)/_index\.md#](${here_path}\1/#g
s#\]\(([a-z0-9-]+)/([a-z0-9-]+)\.md#](${here_path}\1/\2/#g
s#\]\(_?index\.md#](${here_path}#g
s#\]\(([a-z0-9-]+)\.md#](${here_path}\1/#g
EOF
}

find "$site/content" -maxdepth 1 -name '*.md' -exec sed -E -i -e "$(rewrite '')" {} +
for dir in "$site"/content/*/; do
  section=$(basename "$dir")
  find "$dir" -maxdepth 1 -name '*.md' -exec sed -E -i -e "$(rewrite "$section")" {} +
done
