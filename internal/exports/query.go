package exports

import (
	"strconv"
	"strings"

	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/store"
)

// chunkRows is how many applications one read fetches: one range of the
// (session_id, region_id, id) index, a few tens of milliseconds.
const chunkRows = 5_000

// statusIn is the states' condition, as literals: they come from the enum
// (checkStatuses), never from the client's text.
func statusIn(statuses []enum.ApplicationStatus) string {
	quoted := make([]string, len(statuses))
	for i, s := range statuses {
		quoted[i] = "'" + string(s) + "'"
	}
	return "a.status IN (" + strings.Join(quoted, ", ") + ")"
}

// chunkSQL reads the next chunk of a region's applications after an id,
// with what the columns need: the candidate's masked number (or the
// encrypted one for full exports), the paid orders' sum and the ticket.
// Dates and instants are formatted in the database, in Asia/Shanghai.
func chunkSQL(dialect string, full bool, statuses []enum.ApplicationStatus, limit int) string {
	birth := "to_char(a.birth_date, 'YYYY-MM-DD')"
	submitted := "to_char(a.submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS')"
	if dialect != "postgres" {
		// Text columns, read without their declared type (the driver would
		// make time.Time of them). Instants are UTC text; Shanghai has no
		// summer time.
		birth = "substr(a.birth_date, 1, 10)"
		submitted = "datetime(substr(a.submitted_at, 1, 19), '+8 hours')"
	}
	enc := "NULL"
	if full {
		enc = "c.id_number_enc"
	}
	q := `SELECT a.id, a.name, a.id_type, c.id_number_masked, ` + enc + `, a.gender, ` + birth + `, a.area_id,
	a.qualification_id, a.level, a.status, ` + submitted + `, a.hukou_code, a.non_local, a.education, a.employment,
	a.mobile, a.email,
	(SELECT CAST(sum(o.amount_fen) AS BIGINT) FROM payment_orders o WHERE o.application_id = a.id AND o.status = 'PAID'),
	t.ticket_number, t.room_id, t.seat
FROM applications a
JOIN candidates c ON c.id = a.candidate_id
LEFT JOIN admission_tickets t ON t.application_id = a.id
WHERE a.session_id = $1 AND a.region_id = $2 AND a.id > $3 AND ` + statusIn(statuses) + `
ORDER BY a.id LIMIT ` + strconv.Itoa(limit)
	return store.Rebind(dialect, q)
}

// countSQL counts the scope's applications: the export's total.
func countSQL(dialect string, national bool, statuses []enum.ApplicationStatus) string {
	q := "SELECT count(*) FROM applications a WHERE a.session_id = $1"
	if !national {
		q += " AND a.region_id = $2"
	}
	return store.Rebind(dialect, q+" AND "+statusIn(statuses))
}

func rebind(dialect, q string) string { return store.Rebind(dialect, q) }

// Catalog reads, inside the export's read transaction.
const (
	regionsSQL = "SELECT id, name FROM regions ORDER BY code"
	areasSQL   = "SELECT id, name FROM exam_areas WHERE region_id = $1"
	roomsSQL   = `SELECT r.id, r.code, st.name FROM exam_rooms r JOIN exam_sites st ON st.id = r.site_id
	JOIN exam_areas ar ON ar.id = st.area_id WHERE ar.region_id = $1`
	qualificationsSQL = "SELECT id, code, name FROM qualifications"
)
