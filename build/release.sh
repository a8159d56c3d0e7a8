#!/usr/bin/env bash
# Builds the release archives a streamer downloads: one self-contained folder per system, no SDK or runtime needed.
#   bash build/release.sh                      # win-x64, osx-arm64 and linux-x64 into dist/
#   bash build/release.sh linux-x64            # only some systems
# Each archive holds TikTokLiveOverlay/ with the single-file app, appsettings.json and wwwroot/ (the shipped media
# and the app's own static files). Set VERSION to name the archives (default: git describe).
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ "$#" -gt 0 ]; then rids=("$@"); else rids=(win-x64 osx-arm64 linux-x64); fi
version=${VERSION:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}
# MSBuild reads environment variables as properties: VERSION=ci would become the assembly version "ci", which
# restore refuses without a message.
unset VERSION
dist=$PWD/dist
name=TikTokLiveOverlay

for rid in "${rids[@]}"; do
  stage=$dist/stage/$rid
  rm -rf "$stage"
  mkdir -p "$stage"
  echo "== $rid"
  # ReadyToRun: the first minutes after a start are JIT-bound on a busy streaming PC (see the issue note for numbers).
  props=(-r "$rid" -p:PublishReadyToRun=true)
  # The runtime packs come from the package registry. Restore has been seen to fail now and then without a
  # message ("RestoreTask returned false but did not log an error") and to pass when run again: retry it.
  dotnet build-server shutdown >/dev/null 2>&1 || true
  for attempt in 1 2 3 4 5; do
    dotnet restore src/Overlay.Web "${props[@]}" --disable-build-servers -v minimal -nologo && break
    [ "$attempt" -lt 5 ] || { echo "restore for $rid failed $attempt times"; exit 1; }
    echo "restore for $rid failed; trying again in $((attempt * 15)) s"
    sleep $((attempt * 15))
  done
  dotnet publish src/Overlay.Web -c Release "${props[@]}" --no-restore --disable-build-servers --self-contained \
    -p:PublishSingleFile=true -p:DebugType=none -p:DebugSymbols=false \
    -o "$stage/$name" -v quiet -nologo
  case "$rid" in
    win-*) mv "$stage/$name/Overlay.Web.exe" "$stage/$name/$name.exe" ;;
    *)     mv "$stage/$name/Overlay.Web" "$stage/$name/$name"; chmod +x "$stage/$name/$name" ;;
  esac
  case "$rid" in
    win-*)
      archive=$dist/$name-$version-$rid.zip
      rm -f "$archive"
      dotnet msbuild build/Zip.proj -nologo -v:quiet -p:Source="$stage" -p:Archive="$archive" ;;
    *)
      # tar keeps the executable bit that a zip would lose.
      archive=$dist/$name-$version-$rid.tar.gz
      tar -C "$stage" -czf "$archive" "$name" ;;
  esac
  echo "   $archive ($(du -h "$archive" | cut -f1))"
done
