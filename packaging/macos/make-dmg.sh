#!/usr/bin/env bash
# Wrap dist/Influencer Desk.app (made by `python build_installer.py`) in a disk image:
# dist/InfluencerDesk-<version>.dmg, with a link to /Applications to drag the app onto.
# Signs and notarises only when the variables below are set (see README.md here); without
# them the image works, but Gatekeeper asks the user to confirm the first start.
#   CODESIGN_IDENTITY="Developer ID Application: NAME (TEAMID)"
#   NOTARY_PROFILE=profile-name   (xcrun notarytool store-credentials profile-name ...)
# Not run on this project's (Linux) machines; .github/workflows/build.yml runs it on macOS.
set -euo pipefail
cd "$(dirname "$0")/../.."

app="dist/Influencer Desk.app"
[ -d "$app" ] || { echo "make-dmg: $app is missing; run python build_installer.py" >&2; exit 1; }
version="$(python -c 'import desktop; print(desktop.__version__)')"
dmg="dist/InfluencerDesk-$version.dmg"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Influencer Desk" -srcfolder "$staging" -ov -format UDZO "$dmg"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$dmg"
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
  fi
fi
echo "make-dmg: wrote $dmg"
