#!/usr/bin/env bash
# Starts a linux-x64 release archive the way a new user would, and checks that it works:
#   bash build/smoke.sh dist/TikTokLiveOverlay-<version>-linux-x64.tar.gz
# Unpacked into an empty folder, started from another working directory with a fresh home (no settings, no SDK on
# PATH), then: /alive and /healthz answer, a widget page answers, the shipped sound is served, and it stops cleanly.
set -euo pipefail
archive=$(realpath "$1")
port=${SMOKE_PORT:-5399}
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/elsewhere"
tar -C "$work" -xzf "$archive"
cd "$work/elsewhere"
env -i HOME="$work/home" PATH=/usr/bin:/bin "$work/TikTokLiveOverlay/TikTokLiveOverlay" \
  --no-browser --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
pid=$!

fail() { echo "smoke: $*"; echo "--- app log"; cat "$work/app.log"; exit 1; }
started=$(date +%s%N)
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$port/alive" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || fail "the app exited before answering"
  sleep 0.1
done
curl -sf "http://127.0.0.1:$port/alive" >/dev/null || fail "/alive never answered"
echo "smoke: /alive answered after $(( ($(date +%s%N) - started) / 1000000 )) ms"

check() { # path, expected content type prefix
  local got
  got=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' "http://127.0.0.1:$port$1")
  [[ $got == "200 $2"* ]] || fail "$1 answered '$got', expected 200 $2"
  echo "smoke: $1 -> $got"
}
check /healthz application/json
check /widgets/gift-alert text/html
check /sounds/chime.wav audio/wav
grep -q "Content root path: $work/TikTokLiveOverlay" "$work/app.log" || fail "the content root is not the app's own folder"

kill -TERM "$pid"
status=0
wait "$pid" || status=$?
[ "$status" -eq 0 ] || fail "the app exited with $status after SIGTERM"
grep -qiE "exception|   at " "$work/app.log" && fail "the log shows an exception"
echo "smoke: stopped cleanly"
