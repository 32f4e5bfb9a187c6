package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// row is one line of the table the harness prints.
type row struct {
	db, scenario, server, load string
	res                        result
	ratio, target, note        string
}

type table struct {
	rows  []row
	notes []string
}

func (t *table) add(r row)               { t.rows = append(t.rows, r) }
func (t *table) note(f string, a ...any) { t.notes = append(t.notes, fmt.Sprintf(f, a...)) }

func ms(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d.Microseconds())/1000) }

func (t *table) errors() int {
	n := 0
	for _, r := range t.rows {
		n += r.res.errs
	}
	return n
}

// print writes the table as Markdown, so it pastes into the README as is.
func (t *table) print(w io.Writer) {
	head := []string{"db", "scenario", "server", "load", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors",
		"server CPU %", "PG CPU %", "peak RSS MB", "ratio", "target"}
	cells := [][]string{head}
	for _, r := range t.rows {
		pg := "–"
		if r.db == "postgres" {
			pg = fmt.Sprintf("%.0f", r.res.dbUse.cpuPct)
		}
		cells = append(cells, []string{r.db, r.scenario, r.server, r.load, fmt.Sprint(r.res.n),
			fmt.Sprintf("%.0f", r.res.rate()), ms(r.res.p50), ms(r.res.p95), ms(r.res.p99), fmt.Sprint(r.res.errs),
			fmt.Sprintf("%.0f", r.res.usage.cpuPct), pg, fmt.Sprintf("%.0f", r.res.usage.rssMB), r.ratio, r.target})
	}
	width := make([]int, len(head))
	for _, c := range cells {
		for i, s := range c {
			width[i] = max(width[i], len([]rune(s)))
		}
	}
	line := func(c []string) {
		var b strings.Builder
		for i, s := range c {
			fmt.Fprintf(&b, "| %s%s ", s, strings.Repeat(" ", width[i]-len([]rune(s))))
		}
		fmt.Fprintln(w, b.String()+"|")
	}
	line(cells[0])
	sep := make([]string, len(head))
	for i := range sep {
		sep[i] = strings.Repeat("-", width[i])
	}
	line(sep)
	for _, c := range cells[1:] {
		line(c)
	}
	for _, r := range t.rows {
		for _, s := range r.res.samples {
			fmt.Fprintf(w, "\nerror sample (%s, %s, %s): %s", r.db, r.scenario, r.server, s)
		}
	}
	fmt.Fprintln(w)
	for _, n := range t.notes {
		fmt.Fprintln(w, "- "+n)
	}
}
