#!/usr/bin/env bash
# Builds the Casebook disk image for macOS (.dmg) with jpackage. Run on a Mac, from anywhere:
#
#   installers/macos/build.sh
#
# Needs: a JDK 17+ with jpackage (JAVA_HOME, else the one on PATH; Intel or Apple silicon, the .dmg is for that
# architecture), Maven, the Xcode command line tools. The jar is built here, so it carries JavaFX's macOS natives.
# Set SKIP_BUILD=1 to package the existing target/casebook.jar. To sign, set CASEBOOK_SIGNING_KEY to the
# "Developer ID Application: …" name of a certificate in the keychain. Output: installers/out/macos/Casebook-<v>.dmg
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/installers/out/macos"
jpackage="${JAVA_HOME:+$JAVA_HOME/bin/}jpackage"

# The project's version from the pom (its first <version> at two spaces' indent), numbers only. jpackage refuses a
# version whose first number is 0 on macOS ("The first number in an app-version cannot be zero"): while Casebook is
# 0.x the bundle is marked 1.0.0 unless CASEBOOK_MAC_VERSION says otherwise (the jar keeps the real version).
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -n 1)
app_version=${version%%-*}
case "$app_version" in
    0.*) app_version=${CASEBOOK_MAC_VERSION:-1.0.0} ;;
esac

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    (cd "$root" && mvn -B -q -DskipTests package)
fi

rm -rf "$out"
mkdir -p "$out/input"
cp "$root/target/casebook.jar" "$out/input/"

signing=()
if [ -n "${CASEBOOK_SIGNING_KEY:-}" ]; then
    signing=(--mac-sign --mac-signing-key-user-name "$CASEBOOK_SIGNING_KEY")
fi

"$jpackage" --type dmg --dest "$out" \
    --name Casebook \
    --app-version "$app_version" \
    --vendor "Casebook project" \
    --copyright "Casebook project" \
    --description "Offline investigation workbench for human-rights documentation" \
    --icon "$root/installers/icons/casebook.icns" \
    --input "$out/input" \
    --main-jar casebook.jar \
    --main-class org.casebook.Main \
    --java-options -Xmx1g \
    --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive" \
    --mac-package-name Casebook \
    --mac-package-identifier org.casebook.Casebook \
    ${signing[@]+"${signing[@]}"}

echo "dmg: $(ls "$out"/Casebook-*.dmg)"
