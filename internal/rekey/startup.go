package rekey

import (
	"context"
	"crypto/ed25519"
	"crypto/subtle"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/keycheck"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Config is the keys a start-up checks; a nil part is not checked (a dev
// instance's random URL key, a command that signs nothing).
type Config struct {
	Data    *pii.Keys
	URL     *files.Signer
	Tickets map[string]ed25519.PublicKey
}

// CheckKeys proves that the configured keys are the ones the database knows,
// before anything is encrypted or signed, so a lost or wrong key is a clear
// start-up error and never unreadable data. It keeps one key check per
// purpose and key id (table key_checks), written the first time the key is
// seen:
//
//   - data keys: a constant encrypted under the key. Every configured data
//     key must decrypt its check; every data key whose check is not retired
//     (values may still be under it: Count retires a key once none is) must
//     be configured. A key seen for the first time must decrypt a value
//     already stored under its id, if any; on a database made before key
//     ids, k1 must decrypt a value of the old format.
//   - URL signing keys: an HMAC of a constant; every instance must hold the
//     same secret under one id.
//   - ticket keys: the public key; an id keeps its key, or the tickets
//     printed under it would stop verifying.
//
// It returns notes on what it recorded or retired, for the log, and an
// error that names the key and what to do.
func CheckKeys(ctx context.Context, db *store.DB, cfg Config) ([]string, error) {
	ctx = viewer.SystemContext(ctx)
	var notes []string
	if cfg.Data != nil {
		n, err := checkData(ctx, db, cfg.Data)
		notes = append(notes, n...)
		if err != nil {
			return notes, err
		}
	}
	if cfg.URL != nil {
		for _, id := range cfg.URL.KeyIDs() {
			v, _ := cfg.URL.KeyCheck(id)
			n, err := ensure(ctx, db.Client, keycheck.PurposeURL, id, v, func(stored []byte) error {
				if subtle.ConstantTimeCompare(stored, v) != 1 {
					return fmt.Errorf("URL signing key %s is not the key stored under that id before (RUANKAO_SIGNING_KEYS): every instance needs the same secret under one id, and a new secret needs a new id", id)
				}
				return nil
			})
			notes = append(notes, n...)
			if err != nil {
				return notes, err
			}
		}
	}
	ids := make([]string, 0, len(cfg.Tickets))
	for id := range cfg.Tickets {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		pub := cfg.Tickets[id]
		n, err := ensure(ctx, db.Client, keycheck.PurposeTicket, id, pub, func(stored []byte) error {
			if !ed25519.PublicKey(stored).Equal(pub) {
				return fmt.Errorf("ticket key %s is not the key stored under that id before (RUANKAO_TICKET_KEY, RUANKAO_TICKET_VERIFY_KEYS): the tickets printed under %s would not verify; a new ticket key needs a new id (RUANKAO_TICKET_KEY_ID)", id, id)
			}
			return nil
		})
		notes = append(notes, n...)
		if err != nil {
			return notes, err
		}
	}
	return notes, nil
}

func checkData(ctx context.Context, db *store.DB, keys *pii.Keys) ([]string, error) {
	var notes []string
	rows, err := db.Client.KeyCheck.Query().Where(keycheck.PurposeEQ(keycheck.PurposeData)).All(ctx)
	if err != nil {
		return nil, err
	}
	known := map[string]*ent.KeyCheck{}
	for _, r := range rows {
		known[r.KeyID] = r
	}
	// A database from before key checks: its values, if any, are in the old
	// format under the one RUANKAO_DATA_KEY of that time, which must be k1.
	if len(rows) == 0 && !keys.Has(pii.LegacyKeyID) {
		n, err := countUnder(ctx, db, pii.LegacyKeyID)
		if err != nil {
			return nil, err
		}
		if n > 0 {
			return nil, fmt.Errorf("the database holds %d values encrypted under the original data key (RUANKAO_DATA_KEY of releases before key ids), which RUANKAO_DATA_KEYS lacks: list it with id %s, e.g. RUANKAO_DATA_KEYS=\"%s:NEW,%s:OLD\"", n, pii.LegacyKeyID, keys.Newest(), pii.LegacyKeyID)
		}
	}
	for _, r := range rows {
		id := r.KeyID
		switch {
		case keys.Has(id):
			if err := keys.VerifyCheck(id, r.CheckValue); err != nil {
				return notes, wrongDataKey(id)
			}
			if r.RetiredAt != nil && id == keys.Newest() {
				if err := db.Client.KeyCheck.UpdateOne(r).ClearRetiredAt().Exec(ctx); err != nil {
					return notes, err
				}
			}
		case r.RetiredAt == nil:
			n, err := countUnder(ctx, db, id)
			if err != nil {
				return notes, err
			}
			if n > 0 {
				return notes, fmt.Errorf("RUANKAO_DATA_KEYS lacks key %s, which still encrypts %d values (ID numbers, TOTP secrets): list it after the newest key (e.g. RUANKAO_DATA_KEYS=\"%s:…,%s:…\") until `ruankao rekey` has moved them and `ruankao rekey --check` reports none left", id, n, keys.Newest(), id)
			}
			// Nothing is under it any more: it may go.
			if err := db.Client.KeyCheck.UpdateOne(r).SetRetiredAt(clock.Now(ctx)).Exec(ctx); err != nil {
				return notes, err
			}
			notes = append(notes, "data key "+id+" encrypts nothing any more: retired")
		}
	}
	for _, id := range keys.IDs() {
		if known[id] != nil {
			continue
		}
		// First sight of this id: if values are already under it (written by
		// a tool that does not check keys, or before key checks existed),
		// the key must open them.
		if err := sampleDecrypts(ctx, db, keys, id); err != nil {
			return notes, err
		}
		check, err := keys.SealCheck(id)
		if err != nil {
			return notes, err
		}
		n, err := ensure(ctx, db.Client, keycheck.PurposeData, id, check, func(stored []byte) error {
			if keys.VerifyCheck(id, stored) != nil {
				return wrongDataKey(id)
			}
			return nil
		})
		notes = append(notes, n...)
		if err != nil {
			return notes, err
		}
	}
	return notes, nil
}

func wrongDataKey(id string) error {
	return fmt.Errorf("data key %s is not the key stored under that id before (RUANKAO_DATA_KEYS or RUANKAO_DATA_KEY): its key check does not decrypt; a wrong or mistyped key, or an id reused for a new key (a new key needs a new id)", id)
}

// ensure records value under purpose and id unless a check is there, and
// verifies what is stored (another instance may have recorded first).
func ensure(ctx context.Context, client *ent.Client, purpose keycheck.Purpose, id string, value []byte, verify func(stored []byte) error) ([]string, error) {
	var notes []string
	row, err := client.KeyCheck.Query().Where(keycheck.PurposeEQ(purpose), keycheck.KeyID(id)).Only(ctx)
	if ent.IsNotFound(err) {
		err = client.KeyCheck.Create().SetPurpose(purpose).SetKeyID(id).SetCheckValue(value).Exec(ctx)
		switch {
		case err == nil:
			notes = append(notes, fmt.Sprintf("%s key %s seen for the first time: its key check is recorded", purpose, id))
		case !ent.IsConstraintError(err):
			return notes, err
		}
		row, err = client.KeyCheck.Query().Where(keycheck.PurposeEQ(purpose), keycheck.KeyID(id)).Only(ctx)
	}
	if err != nil {
		return notes, err
	}
	return notes, verify(row.CheckValue)
}

// prefixes are the ciphertext headers of a key id: version 2 with the id,
// and for k1 the bare version byte of the format before key ids.
func prefixes(id string) [][]byte {
	out := [][]byte{append([]byte{2, byte(len(id))}, id...)}
	if id == pii.LegacyKeyID {
		out = append(out, []byte{1})
	}
	return out
}

// countUnder counts the values under a key id in every column. A full scan,
// made only when something is wrong or a key is new.
func countUnder(ctx context.Context, db *store.DB, id string) (int, error) {
	total := 0
	for _, c := range Columns {
		for _, p := range prefixes(id) {
			q := store.Rebind(db.Dialect, fmt.Sprintf("SELECT count(*) FROM %s WHERE substr(%s, 1, %d) = $1", c.Table, c.Column, len(p)))
			var n int
			if err := db.Reads().QueryRowContext(ctx, q, p).Scan(&n); err != nil {
				return 0, err
			}
			total += n
		}
	}
	return total, nil
}

// sampleDecrypts decrypts one stored value under the key id, if there is one.
func sampleDecrypts(ctx context.Context, db *store.DB, keys *pii.Keys, id string) error {
	for _, c := range Columns {
		extra := "''"
		if c.Extra != "" {
			extra = c.Extra
		}
		for _, p := range prefixes(id) {
			q := store.Rebind(db.Dialect, fmt.Sprintf("SELECT id, %s, %s FROM %s WHERE substr(%s, 1, %d) = $1 ORDER BY id LIMIT 1",
				extra, c.Column, c.Table, c.Column, len(p)))
			var r row
			err := db.Reads().QueryRowContext(ctx, q, p).Scan(&r.id, &r.extra, &r.enc)
			if err != nil {
				if isNoRows(err) {
					continue
				}
				return err
			}
			if _, err := keys.Decrypt(r.enc, c.AAD(r.id, r.extra)); err != nil {
				return fmt.Errorf("data key %s does not decrypt the values already stored under that id (%s, row %s: %v): a wrong or mistyped key", id, c.Name(), r.id, strings.TrimPrefix(err.Error(), "pii: "))
			}
		}
	}
	return nil
}

func isNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }
