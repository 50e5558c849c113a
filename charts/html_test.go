package charts

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

const chromiumPath = "/usr/bin/chromium"

// chromiumDOM opens page in headless Chromium and returns the rendered DOM
// and the console messages it logged.
func chromiumDOM(t *testing.T, page string) (dom string, console []string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromiumPath, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-quic", "--no-first-run", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--user-data-dir="+t.TempDir(),
		"--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
		"--dump-dom", "file://"+page)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("run chromium: %v\n%s", err, stderr.String())
	}
	for _, l := range strings.Split(stderr.String(), "\n") {
		if strings.Contains(l, ":CONSOLE") {
			console = append(console, l)
		}
	}
	return stdout.String(), console
}

func TestHTMLDrawsInChromium(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skip("chromium not installed")
	}
	if testing.Short() {
		t.Skip("starts a browser")
	}
	stmts := testStatements(5, 8, 2)
	kinds := Kinds
	for _, kind := range kinds {
		t.Run(string(kind), func(t *testing.T) {
			spec, err := Build(kind, stmts, testMentions(stmts), Filter{}, "ar")
			if err != nil {
				t.Fatal(err)
			}
			page, err := RenderHTML(spec)
			if err != nil {
				t.Fatal(err)
			}
			if regexp.MustCompile(`(?i)<script[^>]+src=|<link[^>]+href="?https?:`).Match(page) {
				t.Fatal("page loads an external script or style; want everything inline")
			}
			path := filepath.Join(t.TempDir(), "chart.html")
			if err := os.WriteFile(path, page, 0o644); err != nil {
				t.Fatal(err)
			}
			dom, console := chromiumDOM(t, path)
			if len(console) > 0 {
				t.Errorf("console messages:\n%s", strings.Join(console, "\n"))
			}
			// The chart's container holds the SVG ECharts drew, with the
			// title and an actor name as text.
			i := strings.Index(dom, `class="item"`)
			if i < 0 {
				t.Fatal("chart container missing from the DOM")
			}
			drawn := dom[i:]
			if !strings.Contains(drawn, "<svg") || strings.Count(drawn, "<path") < 10 {
				t.Errorf("chart container has no drawn SVG (%d paths)", strings.Count(drawn, "<path"))
			}
			for _, want := range []string{spec.Title, testActors[0]} {
				if kind == SourceActor && want == testActors[0] {
					want = testSources[0]
				}
				if !strings.Contains(drawn, want) {
					t.Errorf("drawn chart lacks text %q", want)
				}
			}
		})
	}
}
