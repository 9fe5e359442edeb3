#!/bin/bash
# Kate (Debian 12: 22.12) with its LSP client on `taakboek lsp`, under Xvfb: opens the 2024-II
# period of a repository copy in which gehuisvest is 40, hovers over line 8 and takes a
# screenshot. Not a test (it needs a look at the picture); how docs/editors/kate-tb201.png was made.
# Needs: apt-get install kate xvfb xdotool imagemagick.
# Usage: kate-screenshot.sh TAAKBOEK_BINARY REPOSITORY_COPY OUT.png
set -euo pipefail
binary="$(realpath "$1")" repository="$(realpath "$2")" out="$(realpath -m "$3")"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/.config/kate/lspclient" "$home/run"
chmod 700 "$home/run"
sed -i 's/^gehuisvest: 41$/gehuisvest: 40/' "$repository/records/tynaarlo/perioden/2024-II.yaml"
cat > "$home/.config/kate/lspclient/settings.json" <<JSON
{
  "servers": {
    "yaml": {
      "command": ["$binary", "lsp"],
      "rootIndicationFileNames": ["records", "schemas"],
      "initializationOptions": {"taal": "nl"},
      "highlightingModeRegex": "^YAML$"
    }
  }
}
JSON
# Kate asks before it starts a server command line the first time; this answers yes.
cat > "$home/.config/katerc" <<INI
[Kate Plugins]
lspclientplugin=true

[lspclient]
AllowedServerCommandLines=$binary lsp
INI
cd "$repository"
HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home/run" \
  xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
    kate -n records/tynaarlo/perioden/2024-II.yaml >/dev/null 2>&1 &
    sleep 8
    window=$(xdotool search --name "2024-II" | head -1)
    xdotool windowsize "$window" 1400 880 windowmove "$window" 0 0
    sleep 1
    xdotool mousemove 230 233
    sleep 3
    import -window root "'"$out"'"
    kill %1'
