package charts

import (
	"regexp"
	"strings"
)

// Elements filled with a gradient, and their transform matrix.
var (
	gradientUse = regexp.MustCompile(`<(?:polygon|path|rect)\b[^>]*?fill="url\(#([\w-]+)\)"[^>]*>`)
	matrixAttr  = regexp.MustCompile(`transform="matrix\(([^)]*)\)"`)
)

// flipMirroredGradients works around the rasteriser laying bounding-box
// gradients out in device space, ignoring a mirroring transform on the
// filled element; ECharts draws its colour scale mirrored
// (matrix(1,0,0,-1,…)). Such elements get a copy of their gradient with the
// mirrored axis swapped, so the colours land where a browser puts them.
func flipMirroredGradients(svg string) string {
	var extra strings.Builder
	seen := make(map[string]bool)
	out := gradientUse.ReplaceAllStringFunc(svg, func(tag string) string {
		m := matrixAttr.FindStringSubmatch(tag)
		if m == nil {
			return tag
		}
		f := strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == ' ' })
		if len(f) != 6 || num(f[1]) != 0 || num(f[2]) != 0 || (num(f[0]) >= 0 && num(f[3]) >= 0) {
			return tag
		}
		id := gradientUse.FindStringSubmatch(tag)[1]
		flipX, flipY := num(f[0]) < 0, num(f[3]) < 0
		newID := id + "-m"
		if flipX {
			newID += "x"
		}
		if flipY {
			newID += "y"
		}
		if !seen[newID] {
			seen[newID] = true
			extra.WriteString(mirroredGradient(svg, id, newID, flipX, flipY))
		}
		return strings.Replace(tag, "url(#"+id+")", "url(#"+newID+")", 1)
	})
	if extra.Len() == 0 {
		return svg
	}
	i := strings.Index(out, "</defs>")
	if i < 0 {
		return out
	}
	return out[:i] + extra.String() + out[i:]
}

// mirroredGradient copies the linear gradient id under newID with its
// end points swapped along the mirrored axes, or returns "".
func mirroredGradient(svg, id, newID string, flipX, flipY bool) string {
	start := strings.Index(svg, `<linearGradient `)
	for start >= 0 {
		end := strings.Index(svg[start:], "</linearGradient>")
		if end < 0 {
			return ""
		}
		g := svg[start : start+end+len("</linearGradient>")]
		tagEnd := strings.IndexByte(g, '>')
		if strings.Contains(g[:tagEnd], `id="`+id+`"`) {
			attrs := parseAttrs(g[len("<linearGradient"):tagEnd])
			if flipX {
				attrs["x1"], attrs["x2"] = attrs["x2"], attrs["x1"]
			}
			if flipY {
				attrs["y1"], attrs["y2"] = attrs["y2"], attrs["y1"]
			}
			var b strings.Builder
			b.WriteString(`<linearGradient id="` + newID + `"`)
			for _, k := range []string{"gradientUnits", "x1", "y1", "x2", "y2"} {
				if v, ok := attrs[k]; ok {
					b.WriteString(" " + k + `="` + v + `"`)
				}
			}
			b.WriteString(g[tagEnd:])
			return b.String()
		}
		next := strings.Index(svg[start+1:], `<linearGradient `)
		if next < 0 {
			return ""
		}
		start += 1 + next
	}
	return ""
}
