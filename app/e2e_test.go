package app

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// e2e drives the built binary in a real X window: the test needs
// $DISPLAY (make test provides one through scripts/with-display.sh),
// xdotool, ImageMagick's import, and the shared xdnd-drop tool with
// python3-xlib. Screenshots are kept in $MARSAD_E2E_SHOTS when it is set.
type e2e struct {
	t      *testing.T
	bin    string
	db     string
	env    []string
	shots  string
	home   string
	drop   string
	window string
}

func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	shared := sharedDir(t)
	e := newE2E(t, shared)
	topic := exec.Command(e.bin, append([]string{"topic", "add", "--db", e.db}, seedTopic...)...)
	topic.Env = e.env
	if out, err := topic.CombinedOutput(); err != nil {
		t.Fatalf("topic add: %v\n%s", err, out)
	}
	cmd := exec.Command(e.bin, "--db", e.db)
	cmd.Env = e.env
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
		if t.Failed() {
			t.Logf("app output:\n%s", logs.String())
		}
	}()
	e.window = e.waitWindow("Marsad — e2e")
	t.Logf("window up after %v", time.Since(start).Round(time.Millisecond))
	e.shot("01-welcome")

	seeds, _ := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
	drop := exec.Command("/usr/bin/python3", append([]string{e.drop, "Marsad — e2e"}, seeds...)...)
	drop.Env = e.env
	if out, err := drop.CombinedOutput(); err != nil {
		t.Fatalf("xdnd-drop: %v\n%s", err, out)
	}
	e.waitArticles(len(seeds))
	time.Sleep(time.Second) // the report dialog
	e.shot("02-imported")
	e.key("Escape")
	e.click(0.2, 0.45) // the second article in the list
	time.Sleep(time.Second)
	e.key("ctrl+k") // into the comparison
	reader := e.shot("03-reader")
	e.click(0.2, 0.71) // the fourth
	time.Sleep(time.Second)
	e.key("ctrl+k")

	e.key("ctrl+3")
	time.Sleep(2 * time.Second)
	if compare := e.shot("04-compare"); sameImage(t, reader, compare) {
		t.Error("Ctrl+3 did not change the window")
	}
	e.click(0.1, 0.16) // the first story
	time.Sleep(2 * time.Second)
	e.shot("05-story")

	e.key("ctrl+4")
	time.Sleep(3 * time.Second)
	e.shot("06-charts")
	e.key("ctrl+e") // export: the options, then the file dialog
	time.Sleep(time.Second)
	e.shot("07-export-options")
	e.key("Return")
	time.Sleep(time.Second)
	e.shot("08-export-file")
	e.key("Return")
	png := filepath.Join(e.home, "chart.png")
	e.waitFile(png)
	if img := readPNG(t, png); img.Bounds().Dx() < 1000 {
		t.Errorf("exported chart is %v, want the default size at 2×", img.Bounds())
	}

	e.key("ctrl+2")
	time.Sleep(time.Second)
	e.click(0.2, 0.25) // the most mentioned actor
	time.Sleep(2 * time.Second)
	e.shot("09-actors")
}

// waitFile waits for a file to be written completely.
func (e *e2e) waitFile(path string) {
	deadline := time.Now().Add(30 * time.Second)
	last := int64(-1)
	for time.Now().Before(deadline) {
		if fi, err := os.Stat(path); err == nil && fi.Size() > 0 && fi.Size() == last {
			return
		} else if err == nil {
			last = fi.Size()
		}
		time.Sleep(300 * time.Millisecond)
	}
	e.t.Fatalf("%s not written", path)
}

func newE2E(t *testing.T, shared string) *e2e {
	if os.Getenv("DISPLAY") == "" {
		t.Skip("no X display")
	}
	for _, tool := range []string{"xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	drop := filepath.Join(shared, "tools", "xdnd-drop")
	if _, err := os.Stat(drop); err != nil {
		t.Skip("xdnd-drop not found")
	}
	if err := exec.Command("/usr/bin/python3", "-c", "import Xlib").Run(); err != nil {
		t.Skip("python3-xlib not installed")
	}
	dir := t.TempDir()
	e := &e2e{t: t, bin: filepath.Join(dir, "marsad"), db: filepath.Join(dir, "e2e.marsad"), drop: drop, shots: dir}
	if d := os.Getenv("MARSAD_E2E_SHOTS"); d != "" {
		e.shots = d
		os.MkdirAll(d, 0o755)
	}
	build := exec.Command("go", "build", "-tags", "sqlite_fts5", "-o", e.bin, "../cmd/marsad")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	home := filepath.Join(dir, "home")
	os.MkdirAll(home, 0o755)
	e.home = home
	e.env = append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"XDG_DATA_HOME="+filepath.Join(home, ".local", "share"), "MARSAD_DB=", "LANGUAGE=en")
	return e
}

// waitWindow waits for a window whose title holds name and returns its id.
func (e *e2e) waitWindow(name string) string {
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		out, err := exec.Command("xdotool", "search", "--name", name).Output()
		if ids := strings.Fields(string(out)); err == nil && len(ids) > 0 {
			return ids[len(ids)-1]
		}
		time.Sleep(100 * time.Millisecond)
	}
	e.t.Fatalf("no window named %q", name)
	return ""
}

// waitArticles polls the corpus through the CLI until it holds n articles.
func (e *e2e) waitArticles(n int) {
	deadline := time.Now().Add(60 * time.Second)
	got := -1
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		out, err := exec.CommandContext(ctx, e.bin, "articles", "--db", e.db, "--json").Output()
		cancel()
		var list []map[string]any
		if err == nil && json.Unmarshal(out, &list) == nil {
			got = len(list)
			if got == n {
				return
			}
		}
		time.Sleep(300 * time.Millisecond)
	}
	e.t.Fatalf("corpus holds %d articles, want %d", got, n)
}

// key sends a key chord to the window.
func (e *e2e) key(chord string) {
	exec.Command("xdotool", "windowactivate", "--sync", e.window).Run()
	if out, err := exec.Command("xdotool", "key", "--window", e.window, chord).CombinedOutput(); err != nil {
		e.t.Fatalf("xdotool key %s: %v %s", chord, err, out)
	}
}

// click clicks at a point of the window given as fractions of its size.
func (e *e2e) click(fx, fy float64) {
	out, err := exec.Command("xdotool", "getwindowgeometry", "--shell", e.window).Output()
	if err != nil {
		e.t.Fatal(err)
	}
	var x, y, w, h int
	for _, l := range strings.Fields(string(out)) {
		fmt.Sscanf(l, "X=%d", &x)
		fmt.Sscanf(l, "Y=%d", &y)
		fmt.Sscanf(l, "WIDTH=%d", &w)
		fmt.Sscanf(l, "HEIGHT=%d", &h)
	}
	px, py := x+int(fx*float64(w)), y+int(fy*float64(h))
	if out, err := exec.Command("xdotool", "mousemove", "--sync", fmt.Sprint(px), fmt.Sprint(py), "click", "1").CombinedOutput(); err != nil {
		e.t.Fatalf("click: %v %s", err, out)
	}
}

// shot saves a screenshot of the screen as name.png.
func (e *e2e) shot(name string) string {
	p := filepath.Join(e.shots, name+".png")
	if out, err := exec.Command("import", "-window", "root", p).CombinedOutput(); err != nil {
		e.t.Fatalf("screenshot: %v %s", err, out)
	}
	return p
}

// sameImage reports whether two screenshots have the same pixels.
func sameImage(t *testing.T, a, b string) bool {
	ia, ib := readPNG(t, a), readPNG(t, b)
	if ia.Bounds() != ib.Bounds() {
		return false
	}
	r := ia.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			if ia.At(x, y) != ib.At(x, y) {
				return false
			}
		}
	}
	return true
}

func readPNG(t *testing.T, path string) image.Image {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}
