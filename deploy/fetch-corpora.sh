#!/usr/bin/env bash
# Clones the public detection-rule corpora RuleAtlas reads, at pinned commits, for a
# machine with network access. Then point the daemon at them:
#   ruleatlasd --rules DEST/sigma/rules --rules DEST/detection-rules/rules \
#              --attack DEST/cti/enterprise-attack/enterprise-attack.json
#
# Usage: fetch-corpora.sh [--dest DIR] [--only NAME[,NAME...]] [--dry-run]
#   NAME is one of: sigma elastic splunk sentinel attack (default: all)
#   --dry-run prints every command instead of running it.
set -euo pipefail

DEST=./corpora
ONLY=""
DRY=0

# name|repository|commit|sparse paths (space separated, empty = whole tree)
CORPORA=(
  "sigma|https://github.com/SigmaHQ/sigma.git|8eaafff1f2845a696050e05e72ba1140ee190698|rules"
  "elastic|https://github.com/elastic/detection-rules.git|14cf530f0d2177023092449cd9d9348b4a8884c2|rules detection_rules/etc/attack-version-maps"
  "splunk|https://github.com/splunk/security_content.git|b13b314aed0e1778335a55620474e7d27289a20a|detections macros data_sources"
  "sentinel|https://github.com/Azure/Azure-Sentinel.git|036815610f4f352163aaace4d3f287cd2ae29aeb|Detections /Solutions/*/Analytic?Rules/"
  "attack|https://github.com/mitre/cti.git|421deacb77191b38bdd1bf63268954e93da91365|enterprise-attack/enterprise-attack.json"
)

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --dest) DEST=${2:?--dest needs a directory}; shift 2 ;;
    --dest=*) DEST=${1#--dest=}; shift ;;
    --only) ONLY=${2:?--only needs names}; shift 2 ;;
    --only=*) ONLY=${1#--only=}; shift ;;
    --dry-run) DRY=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "fetch-corpora: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

run() {
  if [ "$DRY" = 1 ]; then
    printf '%q ' "$@"; echo
  else
    "$@"
  fi
}

wanted() {
  [ -z "$ONLY" ] && return 0
  case ",$ONLY," in *",$1,"*) return 0 ;; esac
  return 1
}

if [ -n "$ONLY" ]; then
  for n in ${ONLY//,/ }; do
    case "$n" in sigma|elastic|splunk|sentinel|attack) ;; *) echo "fetch-corpora: unknown corpus '$n'" >&2; exit 2 ;; esac
  done
fi

[ "$DRY" = 1 ] || command -v git >/dev/null || { echo "fetch-corpora: git is required" >&2; exit 1; }
run mkdir -p "$DEST"

for entry in "${CORPORA[@]}"; do
  IFS='|' read -r name repo commit paths <<<"$entry"
  wanted "$name" || continue
  dir="$DEST/$(basename "$repo" .git)"
  echo "# $name: $repo at $commit -> $dir"
  if [ -d "$dir/.git" ] && [ "$DRY" = 0 ]; then
    run git -C "$dir" fetch --filter=blob:none origin "$commit"
  else
    run git clone --filter=blob:none --no-checkout "$repo" "$dir"
  fi
  run git -C "$dir" sparse-checkout set --no-cone $paths
  run git -C "$dir" checkout --detach "$commit"
done
