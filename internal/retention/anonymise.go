package retention

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/authsession"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Tombstone stands where a name or a masked ID number was.
const Tombstone = "已匿名"

// tombstonePrefix starts the subject and the lookup hash of an anonymised
// candidate: unique per row (the provider and subject pair is unique), never
// a provider's subject nor a hash (hex), so no login and no search finds it
// and the person's next login starts a new account.
const tombstonePrefix = "anonymised:"

// Anonymiser removes candidates' personal data, keeping what statistics
// count and what the law keeps (README "Retention"):
//
//   - Kept on every application: session, region, exam area, qualification,
//     level, status, version, the instants of its life and its state
//     history, fee, 户籍 province, local or not, gender, age at the exam,
//     education, degree, employment, how the major relates, ID type; its
//     payment orders (the accounts: amounts, order, receipt and refund
//     numbers), admission ticket, scores, review decisions' reason codes and
//     absentee bans. None of the columns the statistics triggers watch
//     changes, and no counted row is deleted.
//   - Removed from every application: name, birth date, 职称 and its date,
//     work unit and start, graduation date, major, address, email, phones,
//     postcode, photo; its materials (rows and, when nothing else refers to
//     them, the files); the reviewers' free-text notes; the cached receipt PDF
//     (it shows the name; a new one would show the tombstone).
//   - The candidate: name and masked ID number become 已匿名, the ID number's
//     ciphertext an encryption of nothing, the lookup hash and the subject a
//     tombstone (the person's next login is a new account), gender and birth
//     date go; logins, login tickets, submit keys and the messages' texts and
//     parameters go.
//   - A certificate holder keeps the certificate and what it shows, as the
//     register of certificates the office issued and 证书查询 need for the
//     holder's working life: the candidate's name, gender, ID number (and its
//     hash, so 证书查询 by ID number still works), the login (a returning
//     holder finds their certificates) and, on the certified application,
//     the name and photo. Everything else goes as above.
//
// The audit log is not rewritten: entries are evidence, kept for their own
// period (RUANKAO_AUDIT_RETENTION) and purged then.
type Anonymiser struct {
	Dialect string
	// Keys encrypts the empty ID number that replaces a real one, so every
	// row keeps a ciphertext the key rotation can re-encrypt.
	Keys *pii.Keys
}

// Outcome is what one anonymisation did.
type Outcome struct {
	// Anonymised candidates; Minimised certificate holders (all but the
	// certificate's data removed).
	Anonymised, Minimised int
	// FilesRemoved is the stored-file rows removed.
	FilesRemoved int
	// Sums are the objects the removed rows (and receipts) pointed at; after
	// the commit, DeleteUnreferenced removes those nothing refers to any more.
	Sums []string
}

func (o *Outcome) add(p Outcome) {
	o.Anonymised += p.Anonymised
	o.Minimised += p.Minimised
	o.FilesRemoved += p.FilesRemoved
	o.Sums = append(o.Sums, p.Sums...)
}

// Apply anonymises the candidates ids inside the caller's transaction (c
// is its client). Idempotent: a second call changes nothing more.
func (a *Anonymiser) Apply(ctx context.Context, c *ent.Client, ids []pulid.ID) (Outcome, error) {
	var out Outcome
	if len(ids) == 0 {
		return out, nil
	}
	ctx = viewer.SystemContext(ctx)
	now := clock.Now(ctx).UTC()
	x := &execer{ctx: ctx, c: c, dialect: a.Dialect}
	cands, err := x.candidates(ids)
	if err != nil {
		return out, err
	}
	set, setArgs := inList(ids, 1)
	apps := "SELECT id FROM applications WHERE candidate_id IN " + set
	certified := "SELECT application_id FROM certificates WHERE candidate_id IN " + set

	// Every application: the form's personal fields. None of them is a
	// column the statistics triggers watch (internal/migrations: status,
	// level, qualification_id, area_id, education, employment, non_local,
	// submitted_at, decided_at, review_deadline_at, session_id, region_id).
	if err := x.exec(`UPDATE applications SET birth_date = NULL, title = NULL, title_date = NULL, work_unit = NULL,
		work_start_date = NULL, graduation_date = NULL, major_name = NULL, address = NULL, email = NULL, mobile = NULL,
		landline = NULL, postcode = NULL, updated_at = $`+strconv.Itoa(len(ids)+1)+` WHERE candidate_id IN `+set,
		append(setArgs, now)...); err != nil {
		return out, err
	}
	// Name and photo, except on a certified application.
	if err := x.exec(`UPDATE applications SET name = $`+strconv.Itoa(len(ids)+1)+`, photo_id = NULL
		WHERE candidate_id IN `+set+` AND id NOT IN (`+certified+`)`, append(setArgs, Tombstone)...); err != nil {
		return out, err
	}
	// Photos and materials no kept application shows.
	keptPhotos := `SELECT photo_id FROM applications WHERE photo_id IS NOT NULL AND candidate_id IN ` + set
	files := `FROM stored_files WHERE owner_id IN ` + set + ` AND id NOT IN (` + keptPhotos + `)`
	sums, err := x.strings(`SELECT DISTINCT sha256 `+files, setArgs...)
	if err != nil {
		return out, err
	}
	if out.FilesRemoved, err = x.count(`DELETE `+files, setArgs...); err != nil {
		return out, err
	}
	receipts, err := x.strings(`SELECT DISTINCT receipt_sha256 FROM payment_orders WHERE receipt_sha256 IS NOT NULL
		AND application_id IN (`+apps+`)`, setArgs...)
	if err != nil {
		return out, err
	}
	out.Sums = append(sums, receipts...)
	for _, q := range []string{
		`UPDATE payment_orders SET receipt_sha256 = NULL WHERE receipt_sha256 IS NOT NULL AND application_id IN (` + apps + `)`,
		`UPDATE review_decisions SET note = '' WHERE note <> '' AND application_id IN (` + apps + `)`,
		`DELETE FROM review_claims WHERE application_id IN (` + apps + `)`,
		`UPDATE messages SET params = NULL, subject = '', body = '' WHERE candidate_id IN ` + set,
		`DELETE FROM login_tickets WHERE candidate_id IN ` + set,
		`DELETE FROM submit_keys WHERE candidate_id IN ` + set,
	} {
		if err := x.exec(q, setArgs...); err != nil {
			return out, err
		}
	}
	// Through ent, so the session cache forgets them on this instance.
	if _, err := c.AuthSession.Delete().Where(authsession.CandidateIDIn(ids...)).Exec(ctx); err != nil {
		return out, err
	}
	// The candidates themselves.
	for _, cand := range cands {
		if cand.holder {
			if err := x.exec(`UPDATE candidates SET anonymized_at = $1, updated_at = $1 WHERE id = $2`, now, string(cand.id)); err != nil {
				return out, err
			}
			out.Minimised++
			continue
		}
		enc, err := a.emptyCiphertext(cand.idType)
		if err != nil {
			return out, err
		}
		tomb := tombstonePrefix + string(cand.id)
		if err := x.exec(`UPDATE candidates SET subject = $1, name = $2, id_number_enc = $3, id_number_hash = $1,
			id_number_masked = $2, gender = NULL, birth_date = NULL, anonymized_at = $4, updated_at = $4 WHERE id = $5`,
			tomb, Tombstone, enc, now, string(cand.id)); err != nil {
			return out, err
		}
		out.Anonymised++
	}
	return out, nil
}

func (a *Anonymiser) emptyCiphertext(idType string) ([]byte, error) {
	if a.Keys == nil {
		return nil, fmt.Errorf("retention: no data key to write the anonymised ID number")
	}
	return a.Keys.Encrypt("", idType)
}

type candidateRow struct {
	id     pulid.ID
	idType string
	holder bool
}

// execer runs raw statements written once with $n placeholders.
type execer struct {
	ctx     context.Context
	c       *ent.Client
	dialect string
}

func (x *execer) exec(q string, args ...any) error {
	_, err := x.c.ExecContext(x.ctx, store.Rebind(x.dialect, q), args...)
	return err
}

func (x *execer) count(q string, args ...any) (int, error) {
	res, err := x.c.ExecContext(x.ctx, store.Rebind(x.dialect, q), args...)
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	return int(n), err
}

func (x *execer) strings(q string, args ...any) ([]string, error) {
	rows, err := x.c.QueryContext(x.ctx, store.Rebind(x.dialect, q), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s sql.NullString
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		if s.Valid {
			out = append(out, s.String)
		}
	}
	return out, rows.Err()
}

func (x *execer) candidates(ids []pulid.ID) ([]candidateRow, error) {
	set, args := inList(ids, 1)
	rows, err := x.c.QueryContext(x.ctx, store.Rebind(x.dialect, `SELECT c.id, c.id_type,
		EXISTS (SELECT 1 FROM certificates ct WHERE ct.candidate_id = c.id)
		FROM candidates c WHERE c.id IN `+set+` ORDER BY c.id`), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []candidateRow
	for rows.Next() {
		var r candidateRow
		var id string
		if err := rows.Scan(&id, &r.idType, &r.holder); err != nil {
			return nil, err
		}
		r.id = pulid.ID(id)
		out = append(out, r)
	}
	return out, rows.Err()
}

// inList is "($from, $from+1, …)" for the ids, and the ids as arguments.
func inList(ids []pulid.ID, from int) (string, []any) {
	var b strings.Builder
	args := make([]any, len(ids))
	b.WriteByte('(')
	for i, id := range ids {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("$" + strconv.Itoa(from+i))
		args[i] = string(id)
	}
	b.WriteByte(')')
	return b.String(), args
}

// referencedSQL tells whether any row still points at an object: a stored
// photo or material, a cached receipt, an export's file, a score import's file.
const referencedSQL = `SELECT EXISTS (SELECT 1 FROM stored_files WHERE sha256 = $1)
	OR EXISTS (SELECT 1 FROM payment_orders WHERE receipt_sha256 = $1)
	OR EXISTS (SELECT 1 FROM export_jobs WHERE file_sum = $1)
	OR EXISTS (SELECT 1 FROM score_imports WHERE file_sum = $1)`

// referenced reports whether a row refers to sum, after the commit.
func (s *Service) referenced(ctx context.Context, sum string) (bool, error) {
	var ref bool
	err := s.read(ctx, store.Rebind(s.Dialect, referencedSQL), []any{sum}, func(rows *sql.Rows) error {
		defer rows.Close()
		if rows.Next() {
			if err := rows.Scan(&ref); err != nil {
				return err
			}
		}
		return rows.Err()
	})
	return ref, err
}
