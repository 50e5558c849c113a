package charts

import (
	"fmt"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// cellTooltip names a heat map cell in the HTML page: the row's actor in
// bold, then the column's period or outlet, the net stance and the number
// of statements behind it. Cells are [column, row, net, statements].
// Still images have no tooltips, so only the page runs it.
func cellTooltip(tr *uiText, columns, rows []string) charts.GlobalOpts {
	fn := fmt.Sprintf(`function (p) {
		var c = [%s], r = [%s], v = p.value;
		return p.marker + '<b>' + r[v[1]] + '</b><br/>' + c[v[0]] + ': %s ' + v[2] + ' · ' + v[3] + ' %s';
	}`, jsStrings(columns), jsStrings(rows), jsText(tr.word("net")), jsText(tr.word("statements")))
	return charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", Formatter: opts.FuncOpts(fn)})
}

// jsStrings writes names as single-quoted JavaScript strings.
func jsStrings(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + jsText(n) + "'"
	}
	return strings.Join(q, ",")
}

// jsText makes s safe inside a single-quoted string of a function that
// go-echarts writes into the option JSON: the JSON encoding escapes quotes,
// backslashes and markup in a way the function still reads, except the
// single quote itself, which becomes a typographic one, and line breaks,
// which become spaces.
func jsText(s string) string {
	return strings.NewReplacer("'", "’", "\n", " ", "\r", " ", "\u2028", " ", "\u2029", " ").Replace(s)
}
