package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/store"
)

// A small loader of its own (a general data generator may replace it):
// raw multi-row INSERTs, a transaction per chunk of applications.
const (
	loadChunk = 10_000
	perInsert = 500 // 21 columns a row: 10,500 parameters, under SQLite's 32,766
	roomSeats = 30
)

// world is what the applications refer to.
type world struct {
	session string
	regions []regionAreas
	quals   []qual
}

type regionAreas struct {
	id    string
	areas []string
}

type qual struct {
	id    string
	level string
}

func (w *world) read(ctx context.Context, db *sql.DB, dialect, session string) error {
	if err := db.QueryRowContext(ctx, store.Rebind(dialect, "SELECT id FROM exam_sessions WHERE code = $1"), session).Scan(&w.session); err != nil {
		return err
	}
	rs, err := db.QueryContext(ctx, `SELECT r.id, a.id FROM regions r JOIN exam_areas a ON a.region_id = r.id ORDER BY r.code, a.code`)
	if err != nil {
		return err
	}
	for rs.Next() {
		var region, area string
		if err := rs.Scan(&region, &area); err != nil {
			return err
		}
		if n := len(w.regions); n == 0 || w.regions[n-1].id != region {
			w.regions = append(w.regions, regionAreas{id: region})
		}
		w.regions[len(w.regions)-1].areas = append(w.regions[len(w.regions)-1].areas, area)
	}
	if err := rs.Close(); err != nil {
		return err
	}
	rs, err = db.QueryContext(ctx, `SELECT id, level FROM qualifications WHERE NOT disabled ORDER BY code`)
	if err != nil {
		return err
	}
	defer rs.Close()
	for rs.Next() {
		var q qual
		if err := rs.Scan(&q.id, &q.level); err != nil {
			return err
		}
		w.quals = append(w.quals, q)
	}
	return rs.Err()
}

// insert writes rows of cols as multi-row INSERTs of perInsert rows.
func insert(ctx context.Context, tx *ent.Tx, dialect, table string, cols []string, rows [][]any) error {
	for from := 0; from < len(rows); from += perInsert {
		part := rows[from:min(len(rows), from+perInsert)]
		var b strings.Builder
		b.WriteString("INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES ")
		args := make([]any, 0, len(part)*len(cols))
		for i, r := range part {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteByte('(')
			for j := range cols {
				if j > 0 {
					b.WriteString(", ")
				}
				args = append(args, r[j])
				if dialect == "postgres" {
					fmt.Fprintf(&b, "$%d", len(args))
				} else {
					b.WriteByte('?') // modernc looks numbered names up one by one: quadratic in a long statement
				}
			}
			b.WriteByte(')')
		}
		if _, err := tx.ExecContext(ctx, b.String(), args...); err != nil {
			return fmt.Errorf("%s: %w", table, err)
		}
	}
	return nil
}

var (
	candidateCols = []string{"id", "created_at", "updated_at", "provider", "subject", "name", "id_type", "id_number_enc",
		"id_number_hash", "id_number_masked"}
	applicationCols = []string{"id", "created_at", "updated_at", "candidate_id", "session_id", "region_id", "area_id",
		"qualification_id", "level", "status", "version", "name", "id_type", "gender", "birth_date", "hukou_code",
		"employment", "education", "mobile", "email", "non_local", "submitted_at"}
	ticketCols = []string{"id", "created_at", "updated_at", "application_id", "session_id", "site_id", "room_id", "seat", "ticket_number"}
	orderCols  = []string{"id", "created_at", "updated_at", "application_id", "out_trade_no", "amount_fen", "status", "provider", "expires_at"}
)

var surnames = []string{"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"}
var given = []string{"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟"}

// load adds n candidates with applications spread over the regions that
// have exam areas: 80 % REGISTERED with a seat (a site of rooms of 30 per
// area) and, one in three, a paid order; the rest waiting for review or
// payment. Returns the data key the ID numbers are encrypted with.
func load(ctx context.Context, s *store.DB, session string, n int) (*pii.Keys, error) {
	keys, err := pii.NewKeys([]byte(rand.Text() + rand.Text()))
	if err != nil {
		return nil, err
	}
	var w world
	if err := w.read(ctx, s.SQL, s.Dialect, session); err != nil {
		return nil, err
	}
	if len(w.regions) == 0 || len(w.quals) == 0 {
		return nil, fmt.Errorf("no exam areas or qualifications to load against")
	}
	now := time.Now().UTC().Truncate(time.Second)
	// One site per area, rooms added as its seats fill.
	type seating struct {
		site, room  string
		rooms, seat int
	}
	seats := map[string]*seating{}
	seq := 0
	for from := 0; from < n; from += loadChunk {
		to := min(n, from+loadChunk)
		// Through ent's transaction: on SQLite the writer belongs to the
		// group commit (internal/store), which a raw BEGIN would wait for.
		tx, err := s.Client.Tx(ctx)
		if err != nil {
			return nil, err
		}
		var cands, apps, tickets, orders, sites, rooms [][]any
		for i := from; i < to; i++ {
			rg := w.regions[i%len(w.regions)]
			area := rg.areas[(i/len(w.regions))%len(rg.areas)]
			q := w.quals[i%len(w.quals)]
			number := fmt.Sprintf("2101021990%02d%02d%03d%d", 1+i%12, 1+i%28, i%1000, i%10)
			enc, err := keys.Encrypt(number, string(enum.IDResident))
			if err != nil {
				return nil, err
			}
			cid, aid := string(pulid.New("CA")), string(pulid.New("AP"))
			name := surnames[i%len(surnames)] + given[(i/7)%len(given)]
			cands = append(cands, []any{cid, now, now, "bench", fmt.Sprintf("bench-%d", i), name, string(enum.IDResident), enc,
				keys.LookupHash(string(enum.IDResident), number), pii.Mask(number)})
			status := enum.StatusRegistered
			switch i % 10 {
			case 8:
				status = enum.StatusPendingReview
			case 9:
				status = enum.StatusAwaitingPayment
			}
			gender := []string{"MALE", "FEMALE"}[i%2]
			apps = append(apps, []any{aid, now, now, cid, w.session, rg.id, area, q.id, q.level, string(status), 1, name,
				string(enum.IDResident), gender, fmt.Sprintf("1990-%02d-%02d", 1+i%12, 1+i%28), "210000",
				[]string{"EMPLOYED", "STUDENT"}[i%2], []string{"BACHELOR", "MASTER", "COLLEGE"}[i%3],
				fmt.Sprintf("138%08d", i), fmt.Sprintf("c%d@example.com", i), i%7 == 0, now.Add(-time.Duration(i%500) * time.Minute)})
			if status != enum.StatusRegistered {
				continue
			}
			st := seats[area]
			if st == nil || st.seat == roomSeats {
				if st == nil {
					st = &seating{site: string(pulid.New("ST"))}
					seats[area] = st
					sites = append(sites, []any{st.site, now, now, fmt.Sprintf("B%d", len(seats)), "考点" + fmt.Sprint(len(seats)), "某市某路", area})
				}
				st.rooms++
				st.room, st.seat = string(pulid.New("RM")), 0
				rooms = append(rooms, []any{st.room, now, now, fmt.Sprintf("%03d", st.rooms), roomSeats, st.site})
			}
			st.seat++
			seq++
			tickets = append(tickets, []any{string(pulid.New("AT")), now, now, aid, w.session, st.site, st.room, st.seat,
				fmt.Sprintf("2612%06d%06d", i%1_000_000, seq%1_000_000)})
			if i%3 == 0 {
				orders = append(orders, []any{string(pulid.New("PO")), now, now, aid, fmt.Sprintf("RKBENCH%017d", i), 12000, "PAID", "bench", now})
			}
		}
		for _, part := range []struct {
			table string
			cols  []string
			rows  [][]any
		}{
			{"candidates", candidateCols, cands}, {"applications", applicationCols, apps},
			{"exam_sites", []string{"id", "created_at", "updated_at", "code", "name", "address", "area_id"}, sites},
			{"exam_rooms", []string{"id", "created_at", "updated_at", "code", "capacity", "site_id"}, rooms},
			{"admission_tickets", ticketCols, tickets}, {"payment_orders", orderCols, orders},
		} {
			if err := insert(ctx, tx, s.Dialect, part.table, part.cols, part.rows); err != nil {
				_ = tx.Rollback()
				return nil, err
			}
		}
		if err := tx.Commit(); err != nil {
			return nil, err
		}
	}
	return keys, nil
}
