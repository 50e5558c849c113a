package charts

import (
	"strings"
)

// flipMirroredGradients works around the rasteriser laying bounding-box
// gradients out in device space, ignoring a mirroring transform on the
// filled element; ECharts draws its colour scale mirrored
// (matrix(1,0,0,-1,…)). Such elements get a copy of their gradient with the
// mirrored axis swapped, so the colours land where a browser puts them.
func flipMirroredGradients(svg string) string {
	const fillURL = `fill="url(#`
	var out, extra strings.Builder
	seen := make(map[string]bool)
	last := 0
	for pos := 0; ; {
		i := strings.Index(svg[pos:], fillURL)
		if i < 0 {
			break
		}
		i += pos
		pos = i + len(fillURL)
		start := strings.LastIndexByte(svg[:i], '<')
		end := indexTagEnd(svg, i)
		if start < last || end < 0 {
			continue
		}
		tag := svg[start : end+1]
		id, newID, flipX, flipY, ok := mirroredFill(tag)
		if !ok {
			continue
		}
		if !seen[newID] {
			seen[newID] = true
			extra.WriteString(mirroredGradient(svg, id, newID, flipX, flipY))
		}
		out.WriteString(svg[last:start])
		out.WriteString(strings.Replace(tag, "url(#"+id+")", "url(#"+newID+")", 1))
		last = end + 1
		pos = last
	}
	if extra.Len() == 0 {
		return svg
	}
	out.WriteString(svg[last:])
	res := out.String()
	if i := strings.Index(res, "</defs>"); i >= 0 {
		return res[:i] + extra.String() + res[i:]
	}
	return res
}

// mirroredFill reads a tag's gradient fill and mirroring transform: the
// gradient's id, the id of its mirrored copy, the mirrored axes, and
// whether the tag needs the copy at all.
func mirroredFill(tag string) (id, newID string, flipX, flipY, ok bool) {
	attrs := parseAttrs(tag[strings.IndexByte(tag, ' ')+1:])
	fill, m := attrs["fill"], attrs["transform"]
	if !strings.HasPrefix(fill, "url(#") || !strings.HasSuffix(fill, ")") || !strings.HasPrefix(m, "matrix(") {
		return "", "", false, false, false
	}
	f := strings.FieldsFunc(strings.TrimSuffix(strings.TrimPrefix(m, "matrix("), ")"),
		func(r rune) bool { return r == ',' || r == ' ' })
	if len(f) != 6 || num(f[1]) != 0 || num(f[2]) != 0 {
		return "", "", false, false, false
	}
	flipX, flipY = num(f[0]) < 0, num(f[3]) < 0
	if !flipX && !flipY {
		return "", "", false, false, false
	}
	id = fill[len("url(#") : len(fill)-1]
	newID = id + "-m"
	if flipX {
		newID += "x"
	}
	if flipY {
		newID += "y"
	}
	return id, newID, flipX, flipY, true
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
