#!/usr/bin/env bash
# Builds dist/marsad-<version>-linux-<arch>.tar.xz: the release binary
# (fyne package -os linux -release -tags sqlite_fts5), the .desktop file,
# the icon at every hicolor size and as SVG, AppStream metadata, and a
# Makefile that installs it all into a prefix (make install PREFIX=…,
# make uninstall, make user-install).
#
# Needs Go, a C compiler and the GL/X11 headers (scripts/deps.sh), xz.
# shellcheck source-path=SCRIPTDIR source=package-lib.sh
source "$(dirname "$0")/package-lib.sh"

start=$SECONDS
set_version
arch=$(go env GOARCH)
name=marsad-$VERSION-linux-$arch
work=$DIST/build/linux
src=$work/src
pkg=$work/$name

log "staging $SOURCE into $src"
stage "$src"
fyne_package linux "$src"

# fyne's own tarball: take the binary from it and check it has what it
# should. Its Makefile is not used: fyne 1.7.2 writes the icon's name
# without its extension there, so its install fails.
fyne_tar=$src/Marsad.tar.xz
[ -f "$fyne_tar" ] || die "fyne package did not write $fyne_tar"
rm -rf "$work/fyne"
mkdir -p "$work/fyne"
tar -xJf "$fyne_tar" -C "$work/fyne"
bin=$(find "$work/fyne" -path '*/bin/marsad' -type f | head -n1)
[ -n "$bin" ] || die "no bin/marsad in $fyne_tar"
find "$work/fyne" -name "$APP_ID.desktop" | grep -q . || die "no $APP_ID.desktop in $fyne_tar"
find "$work/fyne" -name "$APP_ID.png" | grep -q . || die "no $APP_ID.png in $fyne_tar"
check_tags "$bin"

log "laying out $name"
rm -rf "$pkg"
mkdir -p "$pkg/bin" "$pkg/share/applications" "$pkg/share/metainfo"
install -m 0755 "$bin" "$pkg/bin/marsad"
install -m 0644 packaging/linux/Makefile "$pkg/Makefile"
install -m 0644 packaging/linux/README "$pkg/README"
install -m 0644 "packaging/linux/$APP_ID.desktop" "$pkg/share/applications/"
sed -e "s/@VERSION@/$APP_VERSION/" -e "s/@DATE@/$(git log -1 --format=%cs HEAD)/" \
  "packaging/linux/$APP_ID.metainfo.xml" > "$pkg/share/metainfo/$APP_ID.metainfo.xml"
(cd "$src" && go run ./scripts/icon -svg resources/icon.svg -sizes 16,24,32,48,64,128,256,512 -out "$work/icons")
for n in 16 24 32 48 64 128 256 512; do
  install -Dm 0644 "$work/icons/$n.png" "$pkg/share/icons/hicolor/${n}x${n}/apps/$APP_ID.png"
done
install -Dm 0644 "$src/resources/icon.svg" "$pkg/share/icons/hicolor/scalable/apps/$APP_ID.svg"

mkdir -p "$DIST"
out=$DIST/$name.tar.xz
tar --sort=name --owner=0 --group=0 --numeric-owner \
  --mtime="@$(git log -1 --format=%ct HEAD)" \
  -C "$work" -cJf "$out" "$name"
log "$out ($(du -h "$out" | cut -f1), $(elapsed "$start"))"
echo "$out"
