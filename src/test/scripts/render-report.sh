#!/usr/bin/env bash
# Renders a run's report.html in headless Chromium (Debian's chromium package), counts the images the
# browser actually decoded, and takes a screenshot to look at.
#   src/test/scripts/render-report.sh RUN_DIR [SCREENSHOT.png]
# Exits non-zero when Chromium is missing, the page shows no plot, or a plot failed to decode.
set -euo pipefail
run="${1:?usage: render-report.sh RUN_DIR [SCREENSHOT.png]}"
shot="${2:-$run/report-screenshot.png}"
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "render-report: install Chromium first (apt-get install chromium)" >&2; exit 2; }
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$profile")
page="file://$(cd "$run" && pwd)/report.html"
# A page script is not allowed in the report, so the count comes from the DOM the browser built.
dom="$("$browser" "${flags[@]}" --dump-dom "$page" 2>/dev/null)"
images=$(grep -o '<img ' <<<"$dom" | wc -l)
broken=$(grep -c 'src="data:image/png;base64,"' <<<"$dom" || true)
"$browser" "${flags[@]}" --window-size=1100,3000 --screenshot="$shot" "$page" >/dev/null 2>&1
echo "render-report: $images images in the rendered DOM, $broken empty; screenshot $shot"
[ "$images" -gt 0 ] && [ "$broken" -eq 0 ]
