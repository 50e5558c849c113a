package charts

import (
	"bytes"
	"hash/adler32"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"testing"
)

// testPicture draws flat areas, a gradient and translucent strokes.
func testPicture(opaque bool) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, 97, 61))
	if opaque {
		draw.Draw(img, img.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	}
	for y := 0; y < 61; y++ {
		for x := 0; x < 97; x++ {
			switch {
			case x < 30:
				img.Set(x, y, color.NRGBA{0, 114, 178, 255})
			case x < 60 && !opaque:
				img.Set(x, y, color.NRGBA{213, 94, 0, uint8(x * 4)})
			case x < 60:
				img.Set(x, y, color.NRGBA{uint8(x * 4), uint8(y * 4), 0, 255})
			}
		}
	}
	return img
}

func TestEncodePNGRoundTrips(t *testing.T) {
	for _, opaque := range []bool{true, false} {
		src := testPicture(opaque)
		b, err := encodePNG(src, 300)
		if err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("opaque=%v: decode: %v", opaque, err)
		}
		if !bytes.Contains(b[:64], []byte("pHYs")) {
			t.Errorf("opaque=%v: no pHYs chunk", opaque)
		}
		for y := 0; y < 61; y++ {
			for x := 0; x < 97; x++ {
				want := color.NRGBAModel.Convert(src.At(x, y)).(color.NRGBA)
				have := color.NRGBAModel.Convert(got.At(x, y)).(color.NRGBA)
				if want != have {
					t.Fatalf("opaque=%v: pixel (%d,%d) = %v, want %v", opaque, x, y, have, want)
				}
			}
		}
	}
}

func TestEncodePNGInParallelHalves(t *testing.T) {
	for _, opaque := range []bool{true, false} {
		src := image.NewRGBA(image.Rect(0, 0, 300, 301))
		for y := 0; y < 301; y++ {
			for x := 0; x < 300; x++ {
				a := uint8(255)
				if !opaque {
					a = uint8(x + y)
				}
				src.Set(x, y, color.NRGBA{uint8(x / 3), uint8(y), uint8(x ^ y), a})
			}
		}
		b, err := encodePNG(src, 0)
		if err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("opaque=%v: decode: %v", opaque, err)
		}
		for y := 0; y < 301; y++ {
			for x := 0; x < 300; x++ {
				want := color.NRGBAModel.Convert(src.At(x, y))
				if have := color.NRGBAModel.Convert(got.At(x, y)); have != want {
					t.Fatalf("opaque=%v: pixel (%d,%d) = %v, want %v", opaque, x, y, have, want)
				}
			}
		}
	}
}

func TestAdler32Combine(t *testing.T) {
	a := bytes.Repeat([]byte("مرصد observatory "), 5000)
	b := bytes.Repeat([]byte{0xff, 0x00, 0x7f}, 40000)
	want := adler32.Checksum(append(append([]byte{}, a...), b...))
	if got := adler32Combine(adler32.Checksum(a), adler32.Checksum(b), len(b)); got != want {
		t.Errorf("combined checksum = %08x, want %08x", got, want)
	}
}
