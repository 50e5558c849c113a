package charts

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeArtifact saves an output under $MARSAD_CHART_OUT for looking at.
func writeArtifact(t *testing.T, name string, b []byte) {
	dir := os.Getenv("MARSAD_CHART_OUT")
	if dir == "" {
		return
	}
	if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRenderEveryKind(t *testing.T) {
	stmts := testStatements(6, 10, 3)
	ments := testMentions(stmts)
	for _, lang := range []string{"ar", "en"} {
		for _, kind := range Kinds {
			t.Run(lang+"/"+string(kind), func(t *testing.T) {
				spec, err := Build(kind, stmts, ments, Filter{}, lang)
				if err != nil {
					t.Fatalf("Build: %v", err)
				}
				ctx := context.Background()
				p, err := RenderPNG(ctx, spec, Options{Width: 900, Height: 600})
				if err != nil {
					t.Fatalf("RenderPNG: %v", err)
				}
				img, err := png.Decode(bytes.NewReader(p))
				if err != nil {
					t.Fatalf("decode png: %v", err)
				}
				if got := img.Bounds().Size(); got != image.Pt(900, 600) {
					t.Errorf("png size = %v, want 900×600", got)
				}
				if n := inkPixels(img); n < 900*600/100 {
					t.Errorf("png has %d non-white pixels, want a drawn chart", n)
				}
				writeArtifact(t, lang+"-"+string(kind)+".png", p)
				svg, err := RenderSVG(ctx, spec, Options{Width: 900, Height: 600})
				if err != nil {
					t.Fatalf("RenderSVG: %v", err)
				}
				if !bytes.Contains(svg, []byte("<text")) || !bytes.Contains(svg, []byte("Noto Sans Arabic")) {
					t.Errorf("svg lacks text with an Arabic font family")
				}
				paths, err := RenderSVG(ctx, spec, Options{Width: 900, Height: 600, TextAsPaths: true})
				if err != nil {
					t.Fatalf("RenderSVG paths: %v", err)
				}
				if bytes.Contains(paths, []byte("<text")) {
					t.Errorf("svg with text as paths still has <text>")
				}
				writeArtifact(t, lang+"-"+string(kind)+".svg", paths)
				page, err := RenderHTML(spec)
				if err != nil {
					t.Fatalf("RenderHTML: %v", err)
				}
				if !strings.Contains(string(page), "echarts.init") || strings.Contains(string(page), "<script src=") {
					t.Errorf("html page does not inline echarts")
				}
				writeArtifact(t, lang+"-"+string(kind)+".html", page)
			})
		}
	}
}

// inkPixels counts pixels that are not white.
func inkPixels(img image.Image) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r < 0xf000 || g < 0xf000 || bl < 0xf000 {
				n++
			}
		}
	}
	return n
}
