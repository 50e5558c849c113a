package charts

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"math"
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
	var idat bytes.Buffer
	zw, err := zlib.NewWriterLevel(&idat, zlib.BestSpeed)
	if err != nil {
		return nil, fmt.Errorf("encode png: %w", err)
	}
	prev := make([]byte, w*bpp)
	cur := make([]byte, 1+w*bpp)
	for y := 0; y < h; y++ {
		row := img.Pix[y*img.Stride : y*img.Stride+w*4]
		cur[0] = 2 // Up
		filterUp(cur[1:], prev, row, opaque)
		if _, err := zw.Write(cur); err != nil {
			return nil, fmt.Errorf("encode png: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("encode png: %w", err)
	}
	writeChunk(&out, "IDAT", idat.Bytes())
	writeChunk(&out, "IEND", nil)
	return out.Bytes(), nil
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
