package charts

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"image"
	"math"
	"runtime"
	"sync"
)

// encodePNG writes img as an 8-bit PNG (RGB when it is opaque, else RGBA),
// recording dpi. Charts are large flat areas with anti-aliased edges: the
// Up filter (each row minus the one above) turns the flat areas into
// zeros, which compress at zlib's fastest level about as well as the
// standard encoder's per-row choice of filter, in a fraction of the time.
func encodePNG(img *image.RGBA, dpi float64) ([]byte, error) {
	w, h := img.Bounds().Dx(), img.Bounds().Dy()
	opaque := img.Opaque()
	bpp := 4
	colorType := byte(6) // RGBA
	if opaque {
		bpp, colorType = 3, 2 // RGB
	}
	var out bytes.Buffer
	out.Grow(w * h / 4)
	out.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9] = 8, colorType // depth; compression, filter, interlace stay 0
	writeChunk(&out, "IHDR", ihdr)
	if dpi > 0 {
		phys := make([]byte, 9)
		ppm := uint32(math.Round(dpi / 0.0254))
		binary.BigEndian.PutUint32(phys[0:], ppm)
		binary.BigEndian.PutUint32(phys[4:], ppm)
		phys[8] = 1 // unit: metre
		writeChunk(&out, "pHYs", phys)
	}
	idat, err := compressRows(img, opaque, bpp)
	if err != nil {
		return nil, fmt.Errorf("encode png: %w", err)
	}
	writeChunk(&out, "IDAT", idat)
	writeChunk(&out, "IEND", nil)
	return out.Bytes(), nil
}

// compressRows filters img's rows and compresses them into one zlib
// stream. Halves of the image are compressed in parallel as deflate
// streams that end on byte boundaries (the first with a sync flush), which
// concatenate into one; their checksums are combined.
func compressRows(img *image.RGBA, opaque bool, bpp int) ([]byte, error) {
	h := img.Bounds().Dy()
	parts := 1
	if h >= 256 && runtime.GOMAXPROCS(0) > 1 {
		parts = 2
	}
	type part struct {
		data bytes.Buffer
		sum  uint32
		n    int
		err  error
	}
	ps := make([]part, parts)
	var wg sync.WaitGroup
	for i := range ps {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := &ps[i]
			p.sum, p.n, p.err = deflateRows(&p.data, img, h*i/parts, h*(i+1)/parts, opaque, bpp, i == parts-1)
		}()
	}
	wg.Wait()
	out := []byte{0x78, 0x01} // zlib header: deflate, 32K window, fastest
	sum, n := uint32(1), 0
	for i := range ps {
		if ps[i].err != nil {
			return nil, ps[i].err
		}
		out = append(out, ps[i].data.Bytes()...)
		if i == 0 {
			sum = ps[i].sum
		} else {
			sum = adler32Combine(sum, ps[i].sum, ps[i].n)
		}
		n += ps[i].n
	}
	return binary.BigEndian.AppendUint32(out, sum), nil
}

// deflateRows writes rows [y0, y1) filtered as raw deflate data, ending
// the stream when last and with a sync flush otherwise, and returns the
// Adler-32 checksum and length of the filtered bytes.
func deflateRows(dst *bytes.Buffer, img *image.RGBA, y0, y1 int, opaque bool, bpp int, last bool) (uint32, int, error) {
	w := img.Bounds().Dx()
	fw, err := flate.NewWriter(dst, flate.BestSpeed)
	if err != nil {
		return 0, 0, err
	}
	sum := adler32.New()
	prev := make([]byte, w*4)
	if y0 > 0 { // the row above, unfiltered, for the Up filter
		scratch := make([]byte, w*bpp)
		filterUp(scratch, prev[:w*bpp], img.Pix[(y0-1)*img.Stride:(y0-1)*img.Stride+w*4], opaque)
	}
	prev = prev[:w*bpp]
	cur := make([]byte, 1+w*bpp)
	n := 0
	for y := y0; y < y1; y++ {
		cur[0] = 2 // Up
		filterUp(cur[1:], prev, img.Pix[y*img.Stride:y*img.Stride+w*4], opaque)
		if _, err := fw.Write(cur); err != nil {
			return 0, 0, err
		}
		sum.Write(cur)
		n += len(cur)
	}
	if last {
		err = fw.Close()
	} else {
		err = fw.Flush()
	}
	return sum.Sum32(), n, err
}

// adler32Combine returns the Adler-32 checksum of the concatenation of two
// byte strings from their checksums and the second one's length (as zlib's
// adler32_combine).
func adler32Combine(a1, a2 uint32, len2 int) uint32 {
	const base = 65521
	rem := uint32(len2 % base)
	sum1 := a1 & 0xffff
	sum2 := rem * sum1 % base
	sum1 += (a2 & 0xffff) + base - 1
	sum2 += (a1 >> 16) + (a2 >> 16) + base - rem
	for sum1 >= base {
		sum1 -= base
	}
	for sum2 >= base {
		sum2 -= base
	}
	return sum2<<16 | sum1
}

// filterUp writes the Up-filtered bytes of one row of premultiplied RGBA
// pixels into dst (RGB when opaque, else straight-alpha RGBA) and leaves
// the row's unfiltered bytes in prev for the next row.
func filterUp(dst, prev, row []byte, opaque bool) {
	if opaque {
		for i, o := 0, 0; i+3 < len(row); i, o = i+4, o+3 {
			r, g, b := row[i], row[i+1], row[i+2]
			dst[o], dst[o+1], dst[o+2] = r-prev[o], g-prev[o+1], b-prev[o+2]
			prev[o], prev[o+1], prev[o+2] = r, g, b
		}
		return
	}
	for i := 0; i+3 < len(row); i += 4 {
		a := row[i+3]
		r, g, b := unpremultiply(row[i], a), unpremultiply(row[i+1], a), unpremultiply(row[i+2], a)
		dst[i], dst[i+1], dst[i+2], dst[i+3] = r-prev[i], g-prev[i+1], b-prev[i+2], a-prev[i+3]
		prev[i], prev[i+1], prev[i+2], prev[i+3] = r, g, b, a
	}
}

// unpremultiply converts a premultiplied colour channel to straight alpha,
// rounding as color.NRGBAModel does.
func unpremultiply(v, a byte) byte {
	if a == 0 {
		return 0
	}
	if a == 255 {
		return v
	}
	return byte((uint32(v) * 0xffff / uint32(a)) >> 8)
}

// writeChunk writes one PNG chunk: length, type, data, CRC.
func writeChunk(out *bytes.Buffer, typ string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	out.Write(n[:])
	crc := crc32.NewIEEE()
	crc.Write([]byte(typ))
	crc.Write(data)
	out.WriteString(typ)
	out.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	out.Write(n[:])
}
