#!/usr/bin/env bash
# Runs a command with an X display: the current one, or a private Xvfb.
set -euo pipefail
if [ -n "${DISPLAY:-}" ] || ! command -v Xvfb >/dev/null; then
  exec "$@"
fi
for n in $(seq 90 130); do
  [ -e "/tmp/.X${n}-lock" ] || break
done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  [ -e "/tmp/.X11-unix/X${n}" ] && break
  sleep 0.1
done
export DISPLAY=":$n"
"$@"
