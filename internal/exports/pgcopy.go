package exports

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"errors"
	"maps"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5/stdlib"

	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/locality"
)

// A masked export on PostgreSQL is one COPY … TO STDOUT (FORMAT csv) a
// region: the server formats every column (labels, names, dates, yuan, the
// formula guard) and we only turn its LF line ends into CRLF. The chunks'
// round trips and our per-row work were what kept it under 40,000 rows/s.
// Full ID numbers need decrypting in Go, so those exports take the chunks.

// lit is a SQL string literal.
func lit(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// labelCase maps a column's codes to their labels; unknown codes give NULL,
// as the map lookups give "" in Go.
func labelCase(col string, labels map[string]string) string {
	var b strings.Builder
	b.WriteString("CASE " + col)
	for _, k := range slices.Sorted(maps.Keys(labels)) {
		b.WriteString(" WHEN " + lit(k) + " THEN " + lit(labels[k]))
	}
	b.WriteString(" END")
	return b.String()
}

// guard is the CSV writer's formula guard (formulaStart) and its empty
// field (NULL: COPY writes an empty string as "").
func guard(expr string) string {
	return "CASE WHEN (" + expr + ") = '' THEN NULL WHEN left(" + expr + ", 1) IN ('=', '+', '-', '@', E'\\t', E'\\r') THEN '''' || (" +
		expr + ") ELSE (" + expr + ") END"
}

// copySQL is one region's rows as the CSV writes them, column for column
// (Columns).
func copySQL(session, region, regionName string, statuses []enum.ApplicationStatus) string {
	hukou := map[string]string{}
	for _, h := range locality.Choices() {
		hukou[h.Code] = locality.Name(h.Code)
	}
	fen := "(SELECT sum(o.amount_fen) FROM payment_orders o WHERE o.application_id = a.id AND o.status = 'PAID')"
	// Ids, masked numbers, qualification codes and ticket numbers never
	// start with a formula's character (their formats), so only what people
	// typed is guarded: each guard costs the server a few µs a row.
	cols := []string{
		"a.id", guard("a.name"), labelCase("a.id_type", idTypeLabels), "NULLIF(c.id_number_masked, '')",
		labelCase("a.gender", GenderLabels), "to_char(a.birth_date, 'YYYY-MM-DD')", lit(guarded(regionName)),
		guard("ar.name"), "NULLIF(q.code, '')", guard("q.name"), labelCase("a.level", levelLabels),
		labelCase("a.status", statusLabels), "to_char(a.submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS')",
		"hk.name", "CASE WHEN a.non_local THEN '是' WHEN NOT a.non_local THEN '否' END",
		labelCase("a.education", EducationLabels), labelCase("a.employment", EmploymentLabels),
		guard("a.mobile"), guard("a.email"),
		"to_char(coalesce(" + fen + ", 0) / 100.0, 'FM9999999999999990.00')",
		"NULLIF(t.ticket_number, '')", guard("st.name"), guard("r.code"), "t.seat::text",
	}
	var hk strings.Builder
	for i, code := range slices.Sorted(maps.Keys(hukou)) {
		if i > 0 {
			hk.WriteString(", ")
		}
		hk.WriteString("(" + lit(code) + ", " + lit(hukou[code]) + ")")
	}
	return `COPY (SELECT ` + strings.Join(cols, ", ") + `
FROM applications a
JOIN candidates c ON c.id = a.candidate_id
LEFT JOIN exam_areas ar ON ar.id = a.area_id
LEFT JOIN qualifications q ON q.id = a.qualification_id
LEFT JOIN admission_tickets t ON t.application_id = a.id
LEFT JOIN exam_rooms r ON r.id = t.room_id
LEFT JOIN exam_sites st ON st.id = r.site_id
LEFT JOIN (VALUES ` + hk.String() + `) AS hk(code, name) ON hk.code = a.hukou_code
WHERE a.session_id = ` + lit(session) + ` AND a.region_id = ` + lit(region) + ` AND ` + statusIn(statuses) + `
ORDER BY a.id) TO STDOUT WITH (FORMAT csv)`
}

// guarded is a value as the CSV writer's formula guard leaves it.
func guarded(s string) string {
	if s != "" && formulaStart(s[0]) {
		return "'" + s
	}
	return s
}

// copyRegion streams one region's CSV rows into w through conn (the one
// the export's transaction is on) and returns how many it wrote.
func copyRegion(ctx context.Context, conn *sql.Conn, w *bufio.Writer, q string, rows func(n int) error) (int, error) {
	crlf := &crlfWriter{w: w, rows: rows}
	err := conn.Raw(func(dc any) error {
		c, ok := dc.(*stdlib.Conn)
		if !ok {
			return errors.New("exports: not a pgx connection")
		}
		_, err := c.Conn().PgConn().CopyTo(ctx, crlf, q)
		return err
	})
	if err == nil {
		err = crlf.err
	}
	return crlf.n, err
}

// crlfWriter turns COPY's LF row ends into CSV's CRLF, leaving line breaks
// inside quoted fields as they are, and counts the rows.
type crlfWriter struct {
	w      *bufio.Writer
	quoted bool
	n      int
	rows   func(n int) error
	err    error
}

func (c *crlfWriter) Write(p []byte) (int, error) {
	size := len(p)
	for len(p) > 0 {
		i := bytes.IndexAny(p, "\"\n")
		if i < 0 {
			_, _ = c.w.Write(p)
			break
		}
		if p[i] == '"' {
			c.quoted = !c.quoted // "" inside a quoted field toggles twice
			_, _ = c.w.Write(p[:i+1])
		} else if c.quoted {
			_, _ = c.w.Write(p[:i+1])
		} else {
			_, _ = c.w.Write(p[:i])
			_, _ = c.w.WriteString("\r\n")
			c.n++
			if c.n%chunkRows == 0 && c.rows != nil {
				if err := c.rows(c.n); err != nil {
					c.err = err
					return 0, err
				}
			}
		}
		p = p[i+1:]
	}
	return size, nil
}
