package main

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/storedfile"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/identity"
	"github.com/ruankao/ruankao/internal/photo"
	"github.com/ruankao/ruankao/internal/photo/phototest"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/refdata"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/viewer"
)

// The regions the scenarios use: 上海 takes submits straight to 待缴费 (no
// review), 大连 reviews within the window, so its queue fills for scenario 5.
const (
	submitRegion = "310000"
	reviewRegion = "210200"
	qualCode     = "ZJ02"
	txRows       = 5000 // rows of one kind per loading transaction
	bulkRows     = 500  // rows per INSERT: SQLite allows 32,766 parameters
)

// candidate is a loaded candidate as the harness knows it: the plaintext
// token exists only here, the database holds its hash.
type candidate struct {
	id, token, photo, app string
}

// dataset is what the loader made, split by use so that no two scenarios
// share a candidate: readers have a draft (scenario 2), writers a photo
// and no application (scenario 3), reviewees likewise (submitted to 大连 for
// scenario 5).
type dataset struct {
	readers, writers, reviewees []candidate
	areas                       map[string]string // region code → its first exam area
	took                        time.Duration
}

func sys() context.Context { return viewer.SystemContext(context.Background()) }

func loadData(dbURL, filesDir string, keys *pii.Keys, n int) (*dataset, error) {
	t0 := time.Now()
	ctx := sys()
	db, err := store.Open(ctx, dbURL)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	c := db.Client
	if _, err := refdata.Seed(ctx, c); err != nil {
		return nil, err
	}
	if err := demo.Load(ctx, c); err != nil {
		return nil, err
	}
	ds := &dataset{areas: map[string]string{}}
	for _, code := range []string{submitRegion, reviewRegion} {
		a, err := c.ExamArea.Query().Where(examarea.HasRegionWith(region.Code(code))).Order(ent.Asc(examarea.FieldCode)).First(ctx)
		if err != nil {
			return nil, fmt.Errorf("exam area of %s: %w", code, err)
		}
		ds.areas[code] = string(a.ID)
	}
	sess, err := c.ExamSession.Query().Where(examsession.Code(demo.SessionOpen)).Only(ctx)
	if err != nil {
		return nil, err
	}
	shanghai, err := c.Region.Query().Where(region.Code(submitRegion)).Only(ctx)
	if err != nil {
		return nil, err
	}
	qual, err := c.Qualification.Query().Where(qualification.Code(qualCode)).Only(ctx)
	if err != nil {
		return nil, err
	}
	pic, err := savedPhoto(ctx, filesDir)
	if err != nil {
		return nil, err
	}
	nReview := max(n/20, 1)
	nRead := (n - nReview) / 2
	now := time.Now()
	for from := 0; from < n; from += txRows {
		to := min(n, from+txRows)
		batch, err := loadBatch(ctx, c, keys, pic, from, to, func(i int) bool { return i < nRead }, func(b *ent.ApplicationCreate) {
			b.SetSessionID(sess.ID).SetRegionID(shanghai.ID).SetAreaID(pulid.ID(ds.areas[submitRegion])).
				SetQualificationID(qual.ID).SetLevel(qual.Level)
		}, now)
		if err != nil {
			return nil, err
		}
		for j, cand := range batch {
			switch i := from + j; {
			case i < nRead:
				ds.readers = append(ds.readers, cand)
			case i < n-nReview:
				ds.writers = append(ds.writers, cand)
			default:
				ds.reviewees = append(ds.reviewees, cand)
			}
		}
	}
	ds.took = time.Since(t0)
	return ds, nil
}

type storedPhoto struct {
	sum  string
	size int64
}

// savedPhoto normalises one portrait and puts it in the file store once: the
// store is content-addressed, so every loaded candidate's photo row points at
// the same file, as identical uploads would.
func savedPhoto(ctx context.Context, dir string) (storedPhoto, error) {
	norm, _, err := photo.Normalize(phototest.Encode(phototest.Portrait(phototest.Options{Width: 413, Height: 579, Seed: 1}), 90))
	if err != nil {
		return storedPhoto{}, fmt.Errorf("normalising the loaded photo: %w", err)
	}
	fs, err := files.NewDirStore(dir)
	if err != nil {
		return storedPhoto{}, err
	}
	obj, err := fs.Put(ctx, bytes.NewReader(norm.JPEG), int64(len(norm.JPEG))+1)
	if err != nil {
		return storedPhoto{}, err
	}
	return storedPhoto{sum: obj.Sum, size: obj.Size}, nil
}

// loadBatch creates candidates from..to-1 in one transaction: each with the
// privacy notice accepted, a session (its token's hash stored as
// auth.StartSession does), a saved photo, and a draft where draft(i) says so.
func loadBatch(ctx context.Context, c *ent.Client, keys *pii.Keys, pic storedPhoto, from, to int,
	draft func(int) bool, app func(*ent.ApplicationCreate), now time.Time) ([]candidate, error) {
	tx, err := c.Tx(ctx)
	if err != nil {
		return nil, err
	}
	out, err := fillBatch(ctx, tx, keys, pic, from, to, draft, app, now)
	if err != nil {
		_ = tx.Rollback()
		return nil, fmt.Errorf("loading candidates %d–%d: %w", from, to-1, err)
	}
	return out, tx.Commit()
}

func fillBatch(ctx context.Context, tx *ent.Tx, keys *pii.Keys, pic storedPhoto, from, to int,
	draft func(int) bool, app func(*ent.ApplicationCreate), now time.Time) ([]candidate, error) {
	out := make([]candidate, 0, to-from)
	cands := make([]*ent.CandidateCreate, 0, to-from)
	for i := from; i < to; i++ {
		number := loadedIDNumber(i)
		enc, err := keys.Encrypt(number, string(enum.IDPassport))
		if err != nil {
			return nil, err
		}
		id := pulid.New("CA")
		cands = append(cands, tx.Candidate.Create().SetID(id).SetProvider(identity.SimulatorName).
			SetSubject(fmt.Sprintf("load-%07d", i)).SetName("考生").SetIDType(enum.IDPassport).
			SetIDNumberEnc(enc).SetIDNumberHash(keys.LookupHash(string(enum.IDPassport), number)).
			SetIDNumberMasked(pii.Mask(number)).SetPrivacyNoticeVersion(auth.PrivacyNotice.Version).
			SetPrivacyAcceptedAt(now).SetLastLoginAt(now))
		out = append(out, candidate{id: string(id), photo: string(pulid.New("FL"))})
	}
	if err := inChunks(ctx, cands, func(b []*ent.CandidateCreate) error { return tx.Candidate.CreateBulk(b...).Exec(ctx) }); err != nil {
		return nil, err
	}
	sessions := make([]*ent.AuthSessionCreate, len(out))
	photos := make([]*ent.StoredFileCreate, len(out))
	var apps []*ent.ApplicationCreate
	for k := range out {
		token, hash, err := auth.NewToken()
		if err != nil {
			return nil, err
		}
		cid := pulid.ID(out[k].id)
		out[k].token = token
		sessions[k] = tx.AuthSession.Create().SetTokenHash(hash).SetCandidateID(cid).
			SetExpiresAt(now.Add(auth.CandidateSessions.Lifetime)).SetLastSeenAt(now).SetClientIP("127.0.0.1")
		photos[k] = tx.StoredFile.Create().SetID(pulid.ID(out[k].photo)).SetOwnerID(cid).SetKind(storedfile.KindPHOTO).
			SetContentType("image/jpeg").SetSizeBytes(pic.size).SetSha256(pic.sum).
			SetWidth(photo.StandardWidth).SetHeight(photo.StandardHeight)
		if draft(from + k) {
			id := pulid.New("AP")
			out[k].app = string(id)
			b := tx.Application.Create().SetID(id).SetCandidateID(cid).SetName("考生").SetIDType(enum.IDPassport).
				SetPhotoID(pulid.ID(out[k].photo))
			app(b)
			apps = append(apps, b)
		}
	}
	if err := inChunks(ctx, sessions, func(b []*ent.AuthSessionCreate) error { return tx.AuthSession.CreateBulk(b...).Exec(ctx) }); err != nil {
		return nil, err
	}
	if err := inChunks(ctx, photos, func(b []*ent.StoredFileCreate) error { return tx.StoredFile.CreateBulk(b...).Exec(ctx) }); err != nil {
		return nil, err
	}
	if err := inChunks(ctx, apps, func(b []*ent.ApplicationCreate) error { return tx.Application.CreateBulk(b...).Exec(ctx) }); err != nil {
		return nil, err
	}
	return out, nil
}

func inChunks[T any](_ context.Context, xs []T, f func([]T) error) error {
	for len(xs) > 0 {
		k := min(len(xs), bulkRows)
		if err := f(xs[:k]); err != nil {
			return err
		}
		xs = xs[k:]
	}
	return nil
}

// loadedIDNumber and openingIDNumber are 中国护照 numbers (E and 8 digits) in
// ranges of their own, since ID numbers are unique among candidates.
func loadedIDNumber(i int) string  { return fmt.Sprintf("E1%07d", i) }
func openingIDNumber(i int) string { return fmt.Sprintf("E5%07d", i) }
