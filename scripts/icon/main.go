// Command icon renders Marsad's icon, resources/icon.svg, to PNG files
// with the SVG rasteriser Fyne itself uses.
//
//	go run ./scripts/icon                                  # resources/icon.png, 512×512
//	go run ./scripts/icon -sizes 16,32,48,256 -out DIR     # DIR/16.png, DIR/32.png, …
//
// With -sizes each size is drawn from the vector source, not scaled down
// from the large bitmap, so small icons stay sharp.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/fyne-io/oksvg"
	"github.com/srwiley/rasterx"
)

func main() {
	src := flag.String("svg", "resources/icon.svg", "SVG source")
	out := flag.String("o", "resources/icon.png", "output PNG when -sizes is not given")
	dir := flag.String("out", "", "output folder for -sizes (SIZE.png in it)")
	sizes := flag.String("sizes", "", "comma-separated pixel sizes, e.g. 16,32,48")
	flag.Parse()

	if err := run(*src, *out, *dir, *sizes); err != nil {
		fmt.Fprintln(os.Stderr, "icon:", err)
		os.Exit(1)
	}
}

func run(src, out, dir, sizes string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	if sizes == "" {
		return renderTo(data, 512, out)
	}
	if dir == "" {
		return fmt.Errorf("-sizes needs -out DIR")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, s := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 8 || n > 4096 {
			return fmt.Errorf("bad size %q", s)
		}
		if err := renderTo(data, n, filepath.Join(dir, strconv.Itoa(n)+".png")); err != nil {
			return err
		}
	}
	return nil
}

// renderTo draws the SVG at size×size pixels and writes it as PNG.
func renderTo(svg []byte, size int, path string) error {
	img, err := render(svg, size)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, img); err != nil {
		return fmt.Errorf("encode %s: %w", path, err)
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// render rasterises the SVG, scaled to fill a size×size square.
func render(svg []byte, size int) (*image.NRGBA, error) {
	icon, err := oksvg.ReadIconStream(bytes.NewReader(svg), oksvg.StrictErrorMode)
	if err != nil {
		return nil, fmt.Errorf("read svg: %w", err)
	}
	icon.SetTarget(0, 0, float64(size), float64(size))
	rgba := image.NewRGBA(image.Rect(0, 0, size, size))
	scanner := rasterx.NewScannerGV(size, size, rgba, rgba.Bounds())
	icon.Draw(rasterx.NewDasher(size, size, scanner), 1)
	// PNG stores straight alpha; the rasteriser paints premultiplied.
	out := image.NewNRGBA(rgba.Bounds())
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			out.Set(x, y, rgba.At(x, y))
		}
	}
	return out, nil
}
