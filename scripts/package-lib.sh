# shellcheck shell=bash disable=SC2034
# Shared by scripts/package-{linux,windows,macos}.sh; sourced, not run.
#
# Packages are built from a clean copy of the committed tree (HEAD), staged
# under dist/build/<os>/src, because `fyne package` writes into the main
# package's folder while it works (metadata init file, Windows resources,
# the binary) and bumps the build number in FyneApp.toml. Nothing in the
# working tree is touched. SOURCE=worktree stages the working tree instead
# (tracked and untracked, not ignored, files), to package uncommitted work.
#
# Outputs go to dist/ (DIST to change it):
#   marsad-<version>-linux-amd64.tar.xz
#   marsad-<version>-windows-amd64.zip
#   marsad-<version>-macos-<arch>.zip
#
# <version> is the tag's version when HEAD is tagged vX.Y.Z, else
# <FyneApp.toml version>-dev.<commit count>.<short hash>; VERSION overrides.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

DIST=${DIST:-$ROOT/dist}
SOURCE=${SOURCE:-head}
TAGS=sqlite_fts5
APP_ID=org.marsad.Marsad

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'package: %s\n' "$*" >&2; exit 1; }

# toml_version prints Version from FyneApp.toml's [Details].
toml_version() {
  sed -n 's/^Version *= *"\([^"]*\)".*/\1/p' FyneApp.toml | head -n1
}

# set_version sets APP_VERSION (x.y.z, for fyne's --app-version), BUILD
# (a build number that grows with every commit) and VERSION (for file
# names and `marsad --version`).
set_version() {
  local tag
  BUILD=$(git rev-list --count HEAD 2>/dev/null || echo 1)
  if tag=$(git describe --tags --exact-match --match 'v[0-9]*' HEAD 2>/dev/null); then
    APP_VERSION=${tag#v}
    : "${VERSION:=$APP_VERSION}"
  else
    APP_VERSION=$(toml_version)
    [ -n "$APP_VERSION" ] || die "no Version in FyneApp.toml"
    : "${VERSION:=$APP_VERSION-dev.$BUILD.$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}"
  fi
  if [ "$SOURCE" = worktree ] && [ -n "$(git status --porcelain 2>/dev/null)" ]; then
    case $VERSION in *-dirty) ;; *) VERSION=$VERSION-dirty ;; esac
  fi
  export APP_VERSION BUILD VERSION
}

# stage copies the source into $1 and puts FyneApp.toml beside the main
# package, with its icon path made relative to it.
stage() {
  local dir=$1
  rm -rf "$dir"
  mkdir -p "$dir"
  case $SOURCE in
    head) git archive --format=tar HEAD | tar -x -C "$dir" ;;
    worktree)
      git ls-files -z --cached --others --exclude-standard |
        tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -x -C "$dir" ;;
    *) die "SOURCE must be head or worktree, not $SOURCE" ;;
  esac
  # The pinned ECharts is gitignored and embedded at build time.
  local echarts=resources/js/echarts.min.js
  [ -f "$echarts" ] || die "$echarts is missing: run 'make deps' (scripts/deps.sh) first"
  mkdir -p "$dir/resources/js"
  cp "$echarts" "$dir/resources/js/"
  sed 's|^Icon *= *"\(.*\)"|Icon = "../../\1"|' "$dir/FyneApp.toml" > "$dir/cmd/marsad/FyneApp.toml"
  grep -q '^Icon = "../../resources/icon.png"' "$dir/cmd/marsad/FyneApp.toml" ||
    die "FyneApp.toml: Icon should be resources/icon.png"
}

# fyne_tool prints the path of the fyne CLI pinned in go.mod, built for
# this machine. (Running `go tool fyne` directly would build it for
# GOOS/CC of a cross build.)
fyne_tool() {
  local path
  path=$(env -u GOOS -u GOARCH -u CC -u CXX -u CGO_CFLAGS -u CGO_LDFLAGS go tool -n fyne)
  if command -v cygpath >/dev/null; then
    cygpath -u "$path" # MSYS2 on Windows
  else
    echo "$path"
  fi
}

# fyne_package runs `fyne package` for OS ($1) in the staged tree ($2),
# in release mode, with the build tags and the version stamped; the
# package is left in the staged tree's root.
fyne_package() {
  local os=$1 src=$2 fyne
  fyne=$(cd "$src" && fyne_tool)
  log "fyne package -os $os -release -tags $TAGS -app-version $APP_VERSION -app-build $BUILD"
  (
    cd "$src"
    # fyne package passes -ldflags from GOFLAGS on to go build.
    export GOFLAGS="${GOFLAGS:-} -ldflags=-X=main.version=$VERSION"
    "$fyne" package -os "$os" -release -tags "$TAGS" \
      -app-version "$APP_VERSION" -app-build "$BUILD" -src cmd/marsad
  )
}

# check_tags fails unless the Go binary $1 was built with the release
# build tags.
check_tags() {
  local info
  info=$(go version -m "$1") || die "$1: not a Go binary"
  grep -Eq -- "-tags=([^ ]*,)?$TAGS(,|\$|[[:space:]])" <<<"$info" ||
    die "$1 was not built with -tags $TAGS"
}

# elapsed prints the seconds since $1 (from $SECONDS).
elapsed() { echo $((SECONDS - $1))s; }
