#!/bin/sh
# Put BuurtDesk in this user's application menu (no root needed), with its icon and the
# .buurtdesk file type.  Shipped at the top of the Linux bundle as menu-installeren.sh;
# run it from there.  `menu-installeren.sh --remove` takes the entry away again.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
RES="$HERE/_internal/buurtdesk/resources"
APP_ID=nl.buurtdesk.BuurtDesk
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
SIZES="16 32 48 64 128 256"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/mime/packages/$APP_ID.xml"
  for s in $SIZES; do rm -f "$DATA/icons/hicolor/${s}x${s}/apps/$APP_ID.png"; done
  rm -f "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
  echo "BuurtDesk is removed from the menu; your BuurtDesk files are kept."
else
  [ -x "$HERE/buurtdesk-gui" ] || { echo "error: buurtdesk-gui not found next to $0" >&2; exit 1; }
  mkdir -p "$DATA/applications" "$DATA/mime/packages" "$DATA/icons/hicolor/scalable/apps"
  for s in $SIZES; do
    mkdir -p "$DATA/icons/hicolor/${s}x${s}/apps"
    cp "$RES/icons/hicolor/${s}x${s}/apps/$APP_ID.png" "$DATA/icons/hicolor/${s}x${s}/apps/"
  done
  cp "$RES/icons/buurtdesk.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
  cp "$RES/linux/$APP_ID.mime.xml" "$DATA/mime/packages/$APP_ID.xml"
  sed -e "s|^Exec=buurtdesk-gui|Exec=\"$HERE/buurtdesk-gui\"|" \
      -e "s|^TryExec=buurtdesk-gui|TryExec=$HERE/buurtdesk-gui|" \
      "$RES/linux/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
  echo "BuurtDesk is in the application menu (Office)."
fi
command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
