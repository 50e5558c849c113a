package main

// Tests of the installable packages that `make package` writes to dist/.
// They are skipped unless MARSAD_PACKAGE_TEST=1; `make test-package`
// builds the packages and runs them under Xvfb (scripts/test-package.sh).
//
//   - Linux: the tarball installs into a temporary prefix with its
//     Makefile, the installed binary has FTS5 and the version stamped, it
//     opens its window on a temporary corpus, and uninstall removes it all.
//   - Windows: marsad.exe is a PE32+ GUI executable for amd64 with the
//     icon, version and manifest resources, importing only system DLLs.
//   - macOS: the app bundle has its Info.plist, binary and icon.

import (
	"archive/zip"
	"bytes"
	"debug/elf"
	"debug/pe"
	"encoding/binary"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

const packageAppID = "org.marsad.Marsad"

// packageFile returns the newest file in dist/ (MARSAD_DIST) matching
// pattern, the package for system osName. It skips the test when package
// tests are off, or when the package is missing and not expected.
func packageFile(t *testing.T, osName, pattern string) string {
	t.Helper()
	if os.Getenv("MARSAD_PACKAGE_TEST") != "1" {
		t.Skip("package tests run with MARSAD_PACKAGE_TEST=1 (make test-package)")
	}
	dist := os.Getenv("MARSAD_DIST")
	if dist == "" {
		dist = filepath.Join("..", "..", "dist")
	}
	matches, _ := filepath.Glob(filepath.Join(dist, pattern))
	if len(matches) == 0 {
		if slices.Contains(expectedPackages(), osName) {
			t.Fatalf("no %s in %s: run make package", pattern, dist)
		}
		t.Skipf("no %s in %s", pattern, dist)
	}
	slices.SortFunc(matches, func(a, b string) int { return modTime(b).Compare(modTime(a)) })
	abs, err := filepath.Abs(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("package %s", abs)
	return abs
}

// expectedPackages lists the systems whose packages must be in dist/:
// MARSAD_PACKAGES, else those scripts/package.sh builds on this system.
func expectedPackages() []string {
	if s := os.Getenv("MARSAD_PACKAGES"); s != "" {
		return strings.Fields(s)
	}
	switch runtime.GOOS {
	case "linux":
		return []string{"linux", "windows"}
	case "darwin":
		return []string{"macos"}
	default:
		return []string{runtime.GOOS}
	}
}

func modTime(path string) time.Time {
	fi, err := os.Stat(path)
	if err != nil {
		return time.Time{}
	}
	return fi.ModTime()
}

// packageRun runs a command, fails the test if it fails, and returns its
// standard output.
func packageRun(t *testing.T, env []string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, stdout.Bytes(), stderr.Bytes())
	}
	return stdout.String()
}

// packageVersion is the x.y.z version at the start of a package's version.
var packageVersion = regexp.MustCompile(`marsad-(\d+\.\d+\.\d+)`)

func TestPackageLinux(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the Linux package is tested on Linux")
	}
	tarball := packageFile(t, "linux", "marsad-*-linux-"+runtime.GOARCH+".tar.xz")
	tmp := t.TempDir()
	packageRun(t, nil, "tar", "-xJf", tarball, "-C", tmp)
	pkg := filepath.Join(tmp, strings.TrimSuffix(filepath.Base(tarball), ".tar.xz"))
	if _, err := os.Stat(filepath.Join(pkg, "Makefile")); err != nil {
		t.Fatalf("the tarball does not unpack to %s with a Makefile: %v", filepath.Base(pkg), err)
	}

	prefix := filepath.Join(tmp, "prefix")
	packageRun(t, nil, "make", "-C", pkg, "install", "PREFIX="+prefix)
	want := []string{
		"bin/marsad",
		"share/applications/" + packageAppID + ".desktop",
		"share/metainfo/" + packageAppID + ".metainfo.xml",
		"share/icons/hicolor/scalable/apps/" + packageAppID + ".svg",
	}
	for _, n := range []string{"16", "24", "32", "48", "64", "128", "256", "512"} {
		want = append(want, "share/icons/hicolor/"+n+"x"+n+"/apps/"+packageAppID+".png")
	}
	if got := installedFiles(t, prefix); !slices.Equal(got, sorted(want)) {
		t.Fatalf("installed files:\n got %q\nwant %q", got, sorted(want))
	}
	bin := filepath.Join(prefix, "bin", "marsad")
	if fi, _ := os.Stat(bin); fi.Mode()&0o111 == 0 {
		t.Errorf("%s is not executable: %v", bin, fi.Mode())
	}
	checkDesktopFile(t, filepath.Join(prefix, "share/applications", packageAppID+".desktop"), bin)
	checkGlibc(t, bin)

	t.Run("version stamped", func(t *testing.T) {
		out := packageRun(t, nil, bin, "version")
		v := packageVersion.FindStringSubmatch(tarball)
		if v == nil || !strings.HasPrefix(out, "marsad "+v[1]) {
			t.Errorf("marsad version = %q, want the package's version (%s)", out, filepath.Base(tarball))
		}
	})

	corpus := filepath.Join(tmp, "work", "corpus.marsad")
	t.Run("full-text search works", func(t *testing.T) {
		article := filepath.Join(tmp, "work", "article.txt")
		if err := os.MkdirAll(filepath.Dir(article), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(article, []byte(packageArticle), 0o644); err != nil {
			t.Fatal(err)
		}
		packageRun(t, nil, bin, "import", "--db", corpus, article)
		out := packageRun(t, nil, bin, "search", "--db", corpus, "--json", "الطاقة")
		if !strings.Contains(out, "محطة") {
			t.Errorf("search found nothing; FTS5 missing from the build?\n%s", out)
		}
	})

	t.Run("opens its window", func(t *testing.T) {
		checkWindow(t, bin, corpus, tmp)
	})

	packageRun(t, nil, "make", "-C", pkg, "uninstall", "PREFIX="+prefix)
	if left := installedFiles(t, prefix); len(left) > 0 {
		t.Errorf("files left after uninstall: %q", left)
	}
}

const packageArticle = `الحكومة تفتتح محطة جديدة للطاقة الشمسية
عمّان - افتتح وزير الطاقة اليوم محطة للطاقة الشمسية في جنوب البلاد، وقال إنها ستغطي حاجة عشرات آلاف المنازل.`

// installedFiles lists the files under prefix, relative to it, sorted,
// leaving out the caches that desktop tools (gtk-update-icon-cache,
// update-desktop-database) keep there.
func installedFiles(t *testing.T, prefix string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(prefix, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(d.Name(), ".cache") {
			return err
		}
		rel, _ := filepath.Rel(prefix, path)
		files = append(files, filepath.ToSlash(rel))
		return nil
	})
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return sorted(files)
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// checkGlibc logs the newest glibc symbol version the binary needs, which
// decides the oldest distribution it runs on, and fails when it is newer
// than MARSAD_MAX_GLIBC (e.g. 2.35), if that is set.
func checkGlibc(t *testing.T, bin string) {
	t.Helper()
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	syms, err := f.ImportedSymbols()
	if err != nil {
		t.Fatal(err)
	}
	newest := "GLIBC_2.0"
	for _, s := range syms {
		if strings.HasPrefix(s.Version, "GLIBC_") && versionLess(newest, s.Version) {
			newest = s.Version
		}
	}
	t.Logf("needs glibc %s or later", strings.TrimPrefix(newest, "GLIBC_"))
	if limit := os.Getenv("MARSAD_MAX_GLIBC"); limit != "" && versionLess("GLIBC_"+limit, newest) {
		t.Errorf("needs glibc %s, newer than MARSAD_MAX_GLIBC=%s", strings.TrimPrefix(newest, "GLIBC_"), limit)
	}
}

// versionLess compares "GLIBC_2.34"-style versions numerically.
func versionLess(a, b string) bool {
	pa := strings.Split(strings.TrimPrefix(a, "GLIBC_"), ".")
	pb := strings.Split(strings.TrimPrefix(b, "GLIBC_"), ".")
	for i := 0; i < max(len(pa), len(pb)); i++ {
		var x, y int
		if i < len(pa) {
			x, _ = strconv.Atoi(pa[i])
		}
		if i < len(pb) {
			y, _ = strconv.Atoi(pb[i])
		}
		if x != y {
			return x < y
		}
	}
	return false
}

// checkDesktopFile checks the installed launcher runs the installed binary
// with the installed icon, and validates it when desktop-file-validate is
// there.
func checkDesktopFile(t *testing.T, path, bin string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"Exec=" + bin, "Icon=" + packageAppID, "Name=Marsad", "Type=Application"} {
		if !slices.Contains(strings.Split(string(b), "\n"), line) {
			t.Errorf("%s has no line %q:\n%s", filepath.Base(path), line, b)
		}
	}
	if _, err := exec.LookPath("desktop-file-validate"); err == nil {
		if out, err := exec.Command("desktop-file-validate", path).CombinedOutput(); err != nil || len(out) > 0 {
			t.Errorf("desktop-file-validate: %v\n%s", err, out)
		}
	}
}

// checkWindow starts the installed binary on a corpus, with a private home
// folder, and waits for its window to appear on the X display. With
// MARSAD_SCREENSHOT set it saves a screenshot of the display there.
func checkWindow(t *testing.T, bin, corpus, tmp string) {
	if os.Getenv("DISPLAY") == "" {
		t.Fatal("no X display: run under Xvfb (scripts/with-display.sh)")
	}
	if _, err := exec.LookPath("xdotool"); err != nil {
		t.Fatal("xdotool is needed to find the window")
	}
	home := filepath.Join(tmp, "home")
	cmd := exec.Command(bin, "--db", corpus)
	cmd.Env = append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+home+"/.config",
		"XDG_DATA_HOME="+home+"/.local/share", "XDG_CACHE_HOME="+home+"/.cache", "MARSAD_DB=")
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		_ = cmd.Process.Kill()
		<-exited
	}()

	title := "Marsad — " + strings.TrimSuffix(filepath.Base(corpus), filepath.Ext(corpus))
	deadline := time.Now().Add(60 * time.Second)
	for {
		out, _ := exec.Command("xdotool", "search", "--onlyvisible", "--pid",
			strconv.Itoa(cmd.Process.Pid), "--name", "^"+regexp.QuoteMeta(title)+"$").Output()
		if id := strings.TrimSpace(string(out)); id != "" {
			name, _ := exec.Command("xdotool", "getwindowname", strings.Fields(id)[0]).Output()
			t.Logf("window %s: %q", strings.Fields(id)[0], strings.TrimSpace(string(name)))
			break
		}
		select {
		case err := <-exited:
			exited <- err
			t.Fatalf("marsad exited before showing its window: %v\n%s", err, logs.String())
		case <-time.After(250 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("no visible window named %q after 60s\n%s", title, logs.String())
		}
	}
	if shot := os.Getenv("MARSAD_SCREENSHOT"); shot != "" {
		time.Sleep(2 * time.Second) // let it draw
		if out, err := exec.Command("import", "-window", "root", shot).CombinedOutput(); err != nil {
			t.Logf("screenshot: %v\n%s", err, out)
		} else {
			t.Logf("screenshot %s", shot)
		}
	}
}

func TestPackageWindows(t *testing.T) {
	archive := packageFile(t, "windows", "marsad-*-windows-amd64.zip")
	exe := zipEntry(t, archive, "Marsad/marsad.exe")
	f, err := pe.NewFile(bytes.NewReader(exe))
	if err != nil {
		t.Fatalf("marsad.exe is not a PE file: %v", err)
	}
	if f.Machine != pe.IMAGE_FILE_MACHINE_AMD64 {
		t.Errorf("machine = %#x, want IMAGE_FILE_MACHINE_AMD64", f.Machine)
	}
	oh, ok := f.OptionalHeader.(*pe.OptionalHeader64)
	if !ok || oh.Magic != 0x20b {
		t.Fatalf("optional header is %T, want PE32+", f.OptionalHeader)
	}
	if oh.Subsystem != pe.IMAGE_SUBSYSTEM_WINDOWS_GUI {
		t.Errorf("subsystem = %d, want Windows GUI (%d)", oh.Subsystem, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI)
	}

	res := readResources(t, f)
	for _, typ := range []uint32{rtIcon, rtGroupIcon, rtVersion, rtManifest} {
		if len(res[typ]) == 0 {
			t.Errorf("no resource of type %d (%s)", typ, resourceNames[typ])
		}
	}
	if groups := res[rtGroupIcon]; len(groups) > 0 {
		checkIconGroup(t, groups[0].data, res[rtIcon])
	}
	if vs := res[rtVersion]; len(vs) > 0 {
		v := packageVersion.FindStringSubmatch(archive)
		for _, s := range []string{"ProductName", "Marsad", "ProductVersion"} {
			if !bytes.Contains(vs[0].data, utf16le(s)) {
				t.Errorf("version resource has no %q", s)
			}
		}
		if v != nil && !bytes.Contains(vs[0].data, utf16le(v[1]+".")) {
			t.Errorf("version resource does not carry version %s", v[1])
		}
	}

	// debug/pe's ImportedLibraries is not implemented; the DLLs are read
	// from the imported symbols ("name:dll").
	syms, err := f.ImportedSymbols()
	if err != nil {
		t.Fatal(err)
	}
	var libs []string
	for _, s := range syms {
		if _, dll, ok := strings.Cut(s, ":"); ok && !slices.Contains(libs, dll) {
			libs = append(libs, dll)
		}
	}
	if len(libs) == 0 {
		t.Error("marsad.exe imports no DLL")
	}
	for _, lib := range libs {
		if !isSystemDLL(lib) {
			t.Errorf("marsad.exe needs %s, which Windows does not ship", lib)
		}
	}
	t.Logf("imports %s", strings.Join(libs, " "))

	if runtime.GOOS == "windows" {
		bin := filepath.Join(t.TempDir(), "marsad.exe")
		if err := os.WriteFile(bin, exe, 0o755); err != nil {
			t.Fatal(err)
		}
		if out := packageRun(t, nil, bin, "version"); !strings.HasPrefix(out, "marsad ") {
			t.Errorf("marsad.exe version = %q", out)
		}
	}
}

// zipEntry returns the contents of one file in a zip archive.
func zipEntry(t *testing.T, archive, name string) []byte {
	t.Helper()
	zr, err := zip.OpenReader(archive)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	rc, err := zr.Open(name)
	if err != nil {
		t.Fatalf("%s: %v", filepath.Base(archive), err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Resource types (winuser.h).
const (
	rtIcon      = 3
	rtGroupIcon = 14
	rtVersion   = 16
	rtManifest  = 24
)

var resourceNames = map[uint32]string{
	rtIcon: "RT_ICON", rtGroupIcon: "RT_GROUP_ICON", rtVersion: "RT_VERSION", rtManifest: "RT_MANIFEST",
}

type resource struct {
	id   uint32 // the name's numeric id; 0 for a string name
	data []byte
}

// readResources walks the three-level resource tree (type, name,
// language) of the .rsrc section and returns the leaves by type.
func readResources(t *testing.T, f *pe.File) map[uint32][]resource {
	t.Helper()
	sec := f.Section(".rsrc")
	if sec == nil {
		t.Fatal("marsad.exe has no .rsrc section")
	}
	rsrc, err := sec.Data()
	if err != nil {
		t.Fatal(err)
	}
	u16 := func(off uint32) uint32 { return uint32(binary.LittleEndian.Uint16(rsrc[off:])) }
	u32 := func(off uint32) uint32 { return binary.LittleEndian.Uint32(rsrc[off:]) }
	// entries lists a directory's (id, offset) pairs; the high bit of an
	// offset marks a subdirectory, of an id a string name.
	entries := func(dir uint32) [][2]uint32 {
		if int(dir)+16 > len(rsrc) {
			t.Fatalf("resource directory at %#x is outside .rsrc", dir)
		}
		n := u16(dir+12) + u16(dir+14)
		var es [][2]uint32
		for i := uint32(0); i < n; i++ {
			e := dir + 16 + 8*i
			es = append(es, [2]uint32{u32(e), u32(e + 4)})
		}
		return es
	}
	const subdir = 1 << 31
	out := map[uint32][]resource{}
	for _, typ := range entries(0) {
		if typ[1]&subdir == 0 {
			continue
		}
		for _, name := range entries(typ[1] &^ subdir) {
			if name[1]&subdir == 0 {
				continue
			}
			for _, lang := range entries(name[1] &^ subdir) {
				if lang[1]&subdir != 0 {
					continue
				}
				rva, size := u32(lang[1]), u32(lang[1]+4)
				off := rva - sec.VirtualAddress
				if rva < sec.VirtualAddress || int(off)+int(size) > len(rsrc) {
					t.Fatalf("resource data at RVA %#x is outside .rsrc", rva)
				}
				id := name[0]
				if id&subdir != 0 {
					id = 0
				}
				out[typ[0]] = append(out[typ[0]], resource{id: id, data: rsrc[off : off+size]})
			}
		}
	}
	return out
}

// checkIconGroup checks an RT_GROUP_ICON (GRPICONDIR) lists icons that are
// there, with one of at least 48 pixels for Explorer's larger views.
func checkIconGroup(t *testing.T, group []byte, icons []resource) {
	t.Helper()
	if len(group) < 6 || binary.LittleEndian.Uint16(group[2:]) != 1 {
		t.Fatalf("RT_GROUP_ICON is not an icon directory")
	}
	n := int(binary.LittleEndian.Uint16(group[4:]))
	if n == 0 || len(group) < 6+14*n {
		t.Fatalf("RT_GROUP_ICON lists %d icons in %d bytes", n, len(group))
	}
	largest := 0
	for i := range n {
		e := group[6+14*i:]
		w := int(e[0])
		if w == 0 {
			w = 256
		}
		largest = max(largest, w)
		id := uint32(binary.LittleEndian.Uint16(e[12:]))
		if !slices.ContainsFunc(icons, func(r resource) bool { return r.id == id }) {
			t.Errorf("RT_GROUP_ICON entry %d refers to missing RT_ICON %d", i, id)
		}
	}
	if largest < 48 {
		t.Errorf("largest icon is %d px, want at least 48", largest)
	}
	t.Logf("icon group: %d images, largest %d px", n, largest)
}

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = binary.LittleEndian.AppendUint16(b, u)
	}
	return b
}

// isSystemDLL reports whether Windows itself provides the DLL, so that
// marsad.exe runs from its zip with nothing else installed.
func isSystemDLL(name string) bool {
	name = strings.ToLower(name)
	if strings.HasPrefix(name, "api-ms-win-") {
		return true
	}
	switch name {
	case "kernel32.dll", "user32.dll", "gdi32.dll", "opengl32.dll", "shell32.dll", "ole32.dll",
		"oleaut32.dll", "advapi32.dll", "winmm.dll", "ws2_32.dll", "msvcrt.dll", "ntdll.dll",
		"imm32.dll", "dwmapi.dll", "comdlg32.dll", "comctl32.dll", "uxtheme.dll", "shlwapi.dll",
		"setupapi.dll", "version.dll", "crypt32.dll", "bcrypt.dll", "secur32.dll", "userenv.dll",
		"powrprof.dll", "winspool.drv", "dnsapi.dll", "iphlpapi.dll", "netapi32.dll", "ucrtbase.dll",
		"propsys.dll", "shcore.dll", "hid.dll", "xinput1_4.dll", "dinput8.dll":
		return true
	}
	return false
}

func TestPackageMacOS(t *testing.T) {
	archive := packageFile(t, "macos", "marsad-*-macos-*.zip")
	plist := string(zipEntry(t, archive, "Marsad.app/Contents/Info.plist"))
	for key, want := range map[string]string{
		"CFBundleIdentifier": packageAppID,
		"CFBundleExecutable": "marsad",
		"CFBundleName":       "Marsad",
	} {
		re := regexp.MustCompile(`<key>` + key + `</key>\s*<string>` + regexp.QuoteMeta(want) + `</string>`)
		if !re.MatchString(plist) {
			t.Errorf("Info.plist: %s is not %q:\n%s", key, want, plist)
		}
	}
	zipEntry(t, archive, "Marsad.app/Contents/Resources/icon.icns")
	bin := zipEntry(t, archive, "Marsad.app/Contents/MacOS/marsad")
	if runtime.GOOS == "darwin" {
		path := filepath.Join(t.TempDir(), "marsad")
		if err := os.WriteFile(path, bin, 0o755); err != nil {
			t.Fatal(err)
		}
		if out := packageRun(t, nil, path, "version"); !strings.HasPrefix(out, "marsad ") {
			t.Errorf("marsad version = %q", out)
		}
	}
}
