package rekey

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/candidate"
	"github.com/ruankao/ruankao/ent/jobrun"
	"github.com/ruankao/ruankao/ent/keycheck"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/password"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/totp"
	"github.com/ruankao/ruankao/internal/viewer"
)

var (
	m1 = bytes.Repeat([]byte{0xA1}, 32)
	m2 = bytes.Repeat([]byte{0xB2}, 32)
	m3 = bytes.Repeat([]byte{0xC3}, 32)
)

func ring(t testing.TB, keys ...pii.MasterKey) *pii.Keys {
	t.Helper()
	k, err := pii.NewKeyring(keys...)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// sealV1 makes a ciphertext of the format before key ids (pii version 1)
// under master, as a database of the earlier releases holds.
func sealV1(master []byte, plain, aad string) []byte {
	key, err := hkdf.Key(sha256.New, master, nil, "ruankao id-number encryption v1", 32)
	if err != nil {
		panic(err)
	}
	block, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(block)
	nonce := make([]byte, 12)
	_, _ = rand.Read(nonce)
	return gcm.Seal(append([]byte{1}, nonce...), nonce, []byte(plain), append([]byte{1}, aad...))
}

// world is the rows a test made and what they must decrypt to.
type world struct {
	mu      sync.Mutex
	numbers map[pulid.ID]string // candidate → ID number
	secrets map[pulid.ID]string // staff → encoded TOTP secret
	seq     atomic.Int64
}

func newWorld() *world {
	return &world{numbers: map[pulid.ID]string{}, secrets: map[pulid.ID]string{}}
}

// addCandidate writes a candidate as the first login does (auth.CandidateLogins):
// the number encrypted with its type as aad and its lookup hash, both under
// the newest key (or in the old format when v1).
func (w *world) addCandidate(ctx context.Context, c *ent.Client, keys *pii.Keys, v1 []byte) error {
	n := w.seq.Add(1)
	number := fmt.Sprintf("E%08d", n)
	typ := string(enum.IDPassport)
	var enc []byte
	var err error
	hash := keys.LookupHash(typ, number)
	if v1 != nil {
		enc = sealV1(v1, number, typ)
	} else if enc, err = keys.Encrypt(number, typ); err != nil {
		return err
	}
	cand, err := c.Candidate.Create().SetProvider("sim").SetSubject(fmt.Sprintf("s-%d", n)).SetName(fmt.Sprintf("考生%d", n)).
		SetIDType(enum.IDPassport).SetIDNumberEnc(enc).SetIDNumberHash(hash).SetIDNumberMasked(pii.Mask(number)).Save(ctx)
	if err != nil {
		return err
	}
	w.mu.Lock()
	w.numbers[cand.ID] = number
	w.mu.Unlock()
	return nil
}

// setTOTP writes a staff member's TOTP secret as auth.Staff.BeginTOTP does.
func (w *world) setTOTP(ctx context.Context, c *ent.Client, keys *pii.Keys, id pulid.ID) error {
	secret, err := totp.NewSecret()
	if err != nil {
		return err
	}
	encoded := totp.EncodeSecret(secret)
	enc, err := keys.Encrypt(encoded, "totp:"+string(id))
	if err != nil {
		return err
	}
	if err := c.StaffUser.UpdateOneID(id).SetTotpSecretEnc(enc).SetTotpEnabled(true).Exec(ctx); err != nil {
		return err
	}
	w.mu.Lock()
	w.secrets[id] = encoded
	w.mu.Unlock()
	return nil
}

func mustCheck(t *testing.T, db *store.DB, keys *pii.Keys) {
	t.Helper()
	if _, err := CheckKeys(context.Background(), db, Config{Data: keys}); err != nil {
		t.Fatalf("start-up check with %v: %v", keys.IDs(), err)
	}
}

// TestRotationWithLiveTraffic: candidates and TOTP secrets under k1 (some in
// the format before key ids); the ring becomes [k2, k1]; while the job runs,
// new candidates arrive, some are updated and TOTP secrets are re-enrolled;
// afterwards every value decrypts with [k2] alone, every ID number is found
// by its lookup hash, and the start-up check passes without k1 but refuses
// [k1] alone and a wrong k2. On PostgreSQL when RUANKAO_TEST_DATABASE_URL is set.
func TestRotationWithLiveTraffic(t *testing.T) {
	db := testenv.OpenDB(t)
	ctx := viewer.SystemContext(context.Background())
	c := db.Client
	k1 := ring(t, pii.MasterKey{ID: "k1", Secret: m1})
	w := newWorld()

	// The database of an earlier release: old-format values, no key checks.
	for range 120 {
		if err := w.addCandidate(ctx, c, k1, m1); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := CheckKeys(ctx, db, Config{Data: ring(t, pii.MasterKey{ID: "k1", Secret: m3})}); err == nil ||
		!strings.Contains(err.Error(), "data key k1 does not decrypt the values already stored") {
		t.Fatalf("a wrong k1 on an old database: %v", err)
	}
	if _, err := CheckKeys(ctx, db, Config{Data: ring(t, pii.MasterKey{ID: "k2", Secret: m2})}); err == nil ||
		!strings.Contains(err.Error(), "holds 120 values encrypted under the original data key") {
		t.Fatalf("no k1 on an old database: %v", err)
	}
	if n, _ := c.KeyCheck.Query().Count(ctx); n != 0 {
		t.Fatalf("a refused start recorded %d key checks", n)
	}
	mustCheck(t, db, k1) // records k1
	for range 300 {
		if err := w.addCandidate(ctx, c, k1, nil); err != nil {
			t.Fatal(err)
		}
	}
	hash, err := password.Hash("rotation-test-password-1")
	if err != nil {
		t.Fatal(err)
	}
	var staff []pulid.ID
	for i := range 30 {
		u, err := c.StaffUser.Create().SetUsername(fmt.Sprintf("staff%02d", i)).SetDisplayName("审核员").
			SetRole(enum.RoleNationalAdmin).SetPasswordHash(hash).Save(ctx)
		if err != nil {
			t.Fatal(err)
		}
		staff = append(staff, u.ID)
		if i < 25 {
			if err := w.setTOTP(ctx, c, k1, u.ID); err != nil {
				t.Fatal(err)
			}
		}
	}

	// Step 1 of a rotation: every instance gets [k2, k1].
	both := ring(t, pii.MasterKey{ID: "k2", Secret: m2}, pii.MasterKey{ID: "k1", Secret: m1})
	mustCheck(t, db, both)
	if _, err := CheckKeys(ctx, db, Config{Data: ring(t, pii.MasterKey{ID: "k2", Secret: m2})}); err == nil ||
		!strings.Contains(err.Error(), "RUANKAO_DATA_KEYS lacks key k1, which still encrypts 445 values") {
		t.Fatalf("k1 removed before the job: %v", err)
	}

	// Live traffic while the job runs.
	stop := make(chan struct{})
	var traffic sync.WaitGroup
	var trafficErr atomic.Value
	var created, updated atomic.Int64
	note := func(err error) {
		if err != nil && !errors.Is(err, context.Canceled) {
			trafficErr.CompareAndSwap(nil, err)
		}
	}
	traffic.Add(2)
	go func() { // new candidates, under k2 now
		defer traffic.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			note(w.addCandidate(ctx, c, both, nil))
			created.Add(1)
			time.Sleep(time.Millisecond)
		}
	}()
	go func() { // updates of other columns, and re-enrolled TOTP secrets
		defer traffic.Done()
		ids := make([]pulid.ID, 0, len(w.numbers))
		w.mu.Lock()
		for id := range w.numbers {
			ids = append(ids, id)
		}
		w.mu.Unlock()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			note(c.Candidate.UpdateOneID(ids[i%len(ids)]).SetSmsOptOut(i%2 == 0).SetLastLoginAt(time.Now()).Exec(ctx))
			if i%5 == 0 {
				note(w.setTOTP(ctx, c, both, staff[i%25]))
			}
			updated.Add(1)
			time.Sleep(time.Millisecond)
		}
	}()

	// Writes between the job's read of the staff chunk and its write: the
	// conditional UPDATE must leave them (staff 1 and 2 are not touched by
	// the traffic above).
	var raced atomic.Bool
	job := &Job{DB: db, Keys: both, Batch: 50}
	job.afterRead = func(column string) {
		if column == "staff_users.totp_secret_enc" && raced.CompareAndSwap(false, true) {
			note(w.setTOTP(ctx, c, both, staff[1]))
			note(w.setTOTP(ctx, c, both, staff[2]))
		}
	}
	time.Sleep(20 * time.Millisecond)
	rep, err := job.Run(context.Background())
	close(stop)
	traffic.Wait()
	if v := trafficErr.Load(); v != nil {
		t.Fatalf("live traffic: %v", v)
	}
	if err != nil {
		t.Fatalf("rekey: %v", err)
	}
	t.Logf("live traffic during the job: %d candidates created, %d updates; report: %s", created.Load(), updated.Load(), rep.summary())
	cr := rep.Columns[0]
	if cr.Moved != 420 || cr.Changed != 0 || cr.Failed != 0 || cr.Scanned != cr.Moved+cr.Current {
		t.Errorf("candidates: %+v", cr)
	}
	sr := rep.Columns[1]
	if sr.Failed != 0 || sr.Changed < 2 || !raced.Load() || sr.Scanned != sr.Moved+sr.Current+sr.Changed {
		t.Errorf("staff: %+v (raced %v): a write between read and write must be counted as changed", sr, raced.Load())
	}
	if rep.After.Left != 0 || len(rep.After.Retired) != 1 || rep.After.Retired[0] != "k1" {
		t.Errorf("after the job: %d left, retired %v", rep.After.Left, rep.After.Retired)
	}
	if run, err := c.JobRun.Query().Where(jobrun.Name(Name)).Only(ctx); err != nil || run.Status != jobrun.StatusOK || run.Affected != cr.Moved+sr.Moved {
		t.Errorf("job run: %+v, %v", run, err)
	}

	// The old key leaves: everything reads with [k2] alone.
	k2 := ring(t, pii.MasterKey{ID: "k2", Secret: m2})
	mustCheck(t, db, k2)
	assertReadable(t, ctx, c, k2, w)

	// Idempotent: a second run moves nothing.
	again, err := (&Job{DB: db, Keys: k2}).Run(context.Background())
	if err != nil || again.Columns[0].Moved != 0 || again.Columns[1].Moved != 0 || again.After.Left != 0 {
		t.Errorf("second run: %+v, %v", again, err)
	}

	// Staff log in with their re-encrypted secrets (auth's own aad).
	login := &auth.Staff{Keys: k2}
	w.mu.Lock()
	secret, _ := totp.DecodeSecret(w.secrets[staff[3]])
	w.mu.Unlock()
	res, err := login.Login(context.Background(), c, "staff03", "rotation-test-password-1", totp.Code(secret, time.Now()), "127.0.0.1", "test")
	if err != nil || res.Issued == nil {
		t.Errorf("TOTP login after the rotation: %+v, %v", res, err)
	}

	// Refused starts: k1 alone (lacks k2), a wrong k2.
	if _, err := CheckKeys(ctx, db, Config{Data: k1}); err == nil ||
		!strings.Contains(err.Error(), "RUANKAO_DATA_KEYS lacks key k2, which still encrypts") {
		t.Errorf("[k1] after the rotation: %v", err)
	}
	if _, err := CheckKeys(ctx, db, Config{Data: ring(t, pii.MasterKey{ID: "k2", Secret: m3})}); err == nil ||
		!strings.Contains(err.Error(), "data key k2 is not the key stored under that id before") {
		t.Errorf("a wrong k2: %v", err)
	}
	if _, err := CheckKeys(ctx, db, Config{Data: ring(t, pii.MasterKey{ID: "k3", Secret: m3}, pii.MasterKey{ID: "k2", Secret: m1})}); err == nil ||
		!strings.Contains(err.Error(), "data key k2 is not the key") {
		t.Errorf("a wrong k2 as the old key: %v", err)
	}
	// k1 may come back (it is the same key), but it is not needed.
	mustCheck(t, db, both)
}

func assertReadable(t *testing.T, ctx context.Context, c *ent.Client, keys *pii.Keys, w *world) {
	t.Helper()
	all, err := c.Candidate.Query().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(all) != len(w.numbers) {
		t.Errorf("%d candidates in the database, %d written", len(all), len(w.numbers))
	}
	bad := 0
	for _, cand := range all {
		got, err := keys.Decrypt(cand.IDNumberEnc, string(cand.IDType))
		if err != nil || got != w.numbers[cand.ID] {
			bad++
			if bad < 5 {
				t.Errorf("candidate %s: %q, %v; want %q", cand.ID, got, err, w.numbers[cand.ID])
			}
			continue
		}
		if !keys.IsCurrent(cand.IDNumberEnc) {
			t.Errorf("candidate %s not under %s", cand.ID, keys.Newest())
		}
		// The lookup the first login and the review desk make.
		found, err := c.Candidate.Query().Where(candidate.IDNumberHashIn(keys.LookupHashes(string(cand.IDType), got)...)).IDs(ctx)
		if err != nil || len(found) != 1 || found[0] != cand.ID {
			bad++
			if bad < 5 {
				t.Errorf("lookup of candidate %s by its number: %v, %v", cand.ID, found, err)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d candidates unreadable or not found", bad, len(all))
	}
	staff, err := c.StaffUser.Query().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, u := range staff {
		if u.TotpSecretEnc == nil || len(*u.TotpSecretEnc) == 0 { // ent gives NULL as an empty slice
			continue
		}
		n++
		got, err := keys.Decrypt(*u.TotpSecretEnc, "totp:"+string(u.ID))
		if err != nil || got != w.secrets[u.ID] {
			t.Errorf("staff %s TOTP secret: %v (right value: %v)", u.Username, err, got == w.secrets[u.ID])
		}
	}
	if n != len(w.secrets) {
		t.Errorf("%d TOTP secrets stored, %d written", n, len(w.secrets))
	}
}

// Values under a key the ring lacks are counted and left; the run fails at
// the end and says so, and the key stays required.
func TestRekeyLeavesWhatItCannotRead(t *testing.T) {
	db := testenv.OpenDB(t)
	ctx := viewer.SystemContext(context.Background())
	w := newWorld()
	k1 := ring(t, pii.MasterKey{ID: "k1", Secret: m1})
	mustCheck(t, db, k1)
	for range 3 {
		if err := w.addCandidate(ctx, db.Client, k1, nil); err != nil {
			t.Fatal(err)
		}
	}
	// Someone configured [k3, k2] without k1 and ran the job anyway.
	k3 := ring(t, pii.MasterKey{ID: "k3", Secret: m3}, pii.MasterKey{ID: "k2", Secret: m2})
	rep, err := (&Job{DB: db, Keys: k3}).Run(context.Background())
	if err == nil || rep.Columns[0].Failed != 3 || rep.After.Left != 3 || !strings.Contains(rep.Columns[0].Failures[0], "k1") {
		t.Fatalf("rekey without k1: %+v, %v", rep, err)
	}
	for _, f := range rep.Columns[0].Failures {
		if strings.Contains(f, "E0000") {
			t.Errorf("a failure note shows a value: %s", f)
		}
	}
	kc, err := db.Client.KeyCheck.Query().Where(keycheck.KeyID("k1")).Only(ctx)
	if err != nil || kc.RetiredAt != nil {
		t.Errorf("k1 retired while values are under it: %+v, %v", kc, err)
	}
	if run, _ := db.Client.JobRun.Query().Where(jobrun.Name(Name)).Only(ctx); run == nil || run.Status != jobrun.StatusFAILED {
		t.Errorf("job run %+v, want FAILED", run)
	}
}

// A data key retired by a count becomes required again when values turn up
// under it (an instance that was not restarted kept writing with it).
func TestCountRestoresAKeyWithValues(t *testing.T) {
	db := testenv.OpenDB(t)
	ctx := viewer.SystemContext(context.Background())
	w := newWorld()
	k1 := ring(t, pii.MasterKey{ID: "k1", Secret: m1})
	both := ring(t, pii.MasterKey{ID: "k2", Secret: m2}, pii.MasterKey{ID: "k1", Secret: m1})
	mustCheck(t, db, k1)
	mustCheck(t, db, both)
	cen, err := Count(ctx, db, both)
	if err != nil || len(cen.Retired) != 1 || cen.Left != 0 {
		t.Fatalf("empty database: %+v, %v", cen, err)
	}
	if err := w.addCandidate(ctx, db.Client, k1, nil); err != nil { // the stale instance
		t.Fatal(err)
	}
	cen, err = Count(ctx, db, both)
	if err != nil || len(cen.Restored) != 1 || cen.Restored[0] != "k1" || cen.Left != 1 || cen.Columns[0].ByKey["k1"] != 1 {
		t.Fatalf("after a stale write: %+v, %v", cen, err)
	}
	if _, err := CheckKeys(ctx, db, Config{Data: ring(t, pii.MasterKey{ID: "k2", Secret: m2})}); err == nil ||
		!strings.Contains(err.Error(), "lacks key k1, which still encrypts 1 values") {
		t.Errorf("start without k1: %v", err)
	}
}

// On PostgreSQL two instances may start the job at once: one runs, the
// other answers ErrBusy (or runs after it); the result is the same.
func TestRekeyTwiceAtOnce(t *testing.T) {
	db := testenv.OpenDB(t)
	ctx := viewer.SystemContext(context.Background())
	w := newWorld()
	k1 := ring(t, pii.MasterKey{ID: "k1", Secret: m1})
	mustCheck(t, db, k1)
	for range 200 {
		if err := w.addCandidate(ctx, db.Client, k1, nil); err != nil {
			t.Fatal(err)
		}
	}
	both := ring(t, pii.MasterKey{ID: "k2", Secret: m2}, pii.MasterKey{ID: "k1", Secret: m1})
	mustCheck(t, db, both)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	moved := make([]int, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rep, err := (&Job{DB: db, Keys: both, Batch: 20}).Run(context.Background())
			errs[i] = err
			if rep != nil {
				moved[i] = rep.Columns[0].Moved
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil && !errors.Is(err, ErrBusy) {
			t.Errorf("run %d: %v", i, err)
		}
	}
	if moved[0]+moved[1] != 200 {
		t.Errorf("moved %v, want 200 in all", moved)
	}
	assertReadable(t, ctx, db.Client, ring(t, pii.MasterKey{ID: "k2", Secret: m2}), w)
}
