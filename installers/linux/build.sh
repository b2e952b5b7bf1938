#!/usr/bin/env bash
# Builds Casebook for Linux with jpackage (JDK 17+): an app image (a folder with its own Java runtime) and a .deb
# that installs it into /opt/casebook with a desktop menu entry. See installers/README.md.
#
#   installers/linux/build.sh              # app image and .deb into installers/out/linux/
#   installers/linux/build.sh app-image    # only the app image
#
# Needs: a JDK 17+ with jpackage (JAVA_HOME, else the one on PATH), Maven; for the .deb, fakeroot and dpkg-deb
# (apt-get install -y fakeroot dpkg-dev). Set SKIP_BUILD=1 to package the existing target/casebook.jar.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/installers/out/linux"
jpackage="${JAVA_HOME:+$JAVA_HOME/bin/}jpackage"
types=("$@")
[ ${#types[@]} -gt 0 ] || types=(app-image deb)

# The project's version from the pom (its first <version> at two spaces' indent); jpackage wants numbers only.
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -n 1)
app_version=${version%%-*}

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    (cd "$root" && mvn -B -q -DskipTests package)
fi

rm -rf "$out"
mkdir -p "$out/input"
cp "$root/target/casebook.jar" "$out/input/"

common=(
    --name Casebook
    --app-version "$app_version"
    --vendor "Casebook project"
    --copyright "Casebook project"
    --description "Offline investigation workbench for human-rights documentation"
    --icon "$root/installers/icons/casebook.png"
)

app_image() {
    # --generate-cds-archive: the runtime gets its class data sharing archive of the JDK's classes, as a JDK has
    # (jlink leaves it out by default; it cannot be made with --strip-native-commands). The runtime keeps bin/java,
    # so the window starts in a second JVM with an archive of Casebook's own classes, written in the user's cache
    # folder at the first exit (org.casebook.WindowJvm, ADR 0009; one made here is refused once the app is moved).
    "$jpackage" --type app-image --dest "$out" "${common[@]}" \
        --input "$out/input" --main-jar casebook.jar --main-class org.casebook.Main \
        --java-options -Xmx1g \
        --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive"
    echo "app image: $out/Casebook (run $out/Casebook/bin/Casebook)"
}

deb() {
    [ -d "$out/Casebook" ] || app_image
    "$jpackage" --type deb --dest "$out" "${common[@]}" \
        --app-image "$out/Casebook" \
        --linux-package-name casebook \
        --linux-deb-maintainer "${CASEBOOK_MAINTAINER:-casebook@example.org}" \
        --linux-app-category utils \
        --linux-menu-group "Office;Utility" \
        --linux-package-deps "libgtk-3-0 | libgtk-3-0t64" \
        --linux-shortcut \
        --resource-dir "$here/resources"
    echo "deb: $(ls "$out"/casebook_*.deb)"
}

for type in "${types[@]}"; do
    case "$type" in
    app-image) app_image ;;
    deb) deb ;;
    *)
        echo "build.sh: unknown type '$type' (app-image or deb)" >&2
        exit 2
        ;;
    esac
done
