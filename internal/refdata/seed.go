package refdata

import (
	"context"
	"fmt"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/calendarday"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/rejectionreason"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/seedrecord"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Version is the version of the data files; bump it when a file gains rows.
const Version = 1

const seedName = "reference"

// Seed loads the reference data in one transaction unless this version (or a
// newer one) already did. It only adds rows that are missing: rows an admin
// changed or disabled stay as they are.
func Seed(ctx context.Context, client *ent.Client) (bool, error) {
	ctx = viewer.SystemContext(ctx)
	tx, err := client.Tx(ctx)
	if err != nil {
		return false, err
	}
	done, err := seedTx(ctx, tx)
	if err != nil {
		_ = tx.Rollback()
		return false, fmt.Errorf("seeding reference data: %w", err)
	}
	return done, tx.Commit()
}

func seedTx(ctx context.Context, tx *ent.Tx) (bool, error) {
	rec, err := tx.SeedRecord.Query().Where(seedrecord.Name(seedName)).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return false, err
	}
	if rec != nil && rec.Version >= Version {
		return false, nil
	}
	for _, step := range []func(context.Context, *ent.Tx) error{seedRegions, seedQualifications, seedCalendar, seedReasons} {
		if err := step(ctx, tx); err != nil {
			return false, err
		}
	}
	if rec == nil {
		err = tx.SeedRecord.Create().SetName(seedName).SetVersion(Version).Exec(ctx)
	} else {
		err = rec.Update().SetVersion(Version).Exec(ctx)
	}
	return err == nil, err
}

func seedRegions(ctx context.Context, tx *ent.Tx) error {
	regions, err := Regions()
	if err != nil {
		return err
	}
	ids := map[string]pulid.ID{}
	existing, err := tx.Region.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, r := range existing {
		ids[r.Code] = r.ID
	}
	// Provinces first, so a 计划单列市 finds its parent.
	for _, pass := range []bool{false, true} {
		for _, r := range regions {
			if _, ok := ids[r.Code]; ok || (r.ParentCode != "") != pass {
				continue
			}
			c := tx.Region.Create().SetCode(r.Code).SetName(r.Name).SetKind(region.Kind(r.Kind))
			if r.ParentCode != "" {
				c.SetParentID(ids[r.ParentCode])
			}
			row, err := c.Save(ctx)
			if err != nil {
				return fmt.Errorf("region %s: %w", r.Code, err)
			}
			ids[r.Code] = row.ID
		}
	}
	return nil
}

func seedQualifications(ctx context.Context, tx *ent.Tx) error {
	quals, err := Qualifications()
	if err != nil {
		return err
	}
	have, err := tx.Qualification.Query().Select(qualification.FieldCode).Strings(ctx)
	if err != nil {
		return err
	}
	seen := set(have)
	for _, q := range quals {
		if seen[q.Code] {
			continue
		}
		row, err := tx.Qualification.Create().SetCode(q.Code).SetName(q.Name).SetLevel(q.Level).
			SetCategory(qualification.Category(q.Category)).SetDefaultHalves(q.DefaultHalves).
			SetSortOrder(q.SortOrder).Save(ctx)
		if err != nil {
			return fmt.Errorf("qualification %s: %w", q.Code, err)
		}
		subjects := make([]*ent.SubjectCreate, 0, len(q.Subjects))
		for _, s := range q.Subjects {
			subjects = append(subjects, tx.Subject.Create().SetQualificationID(row.ID).SetOrder(s.Order).
				SetName(s.Name).SetDurationMinutes(s.DurationMinutes).SetSitting(s.Sitting).
				SetFullMarks(s.FullMarks).SetPassMark(s.PassMark))
		}
		if err := tx.Subject.CreateBulk(subjects...).Exec(ctx); err != nil {
			return fmt.Errorf("subjects of %s: %w", q.Code, err)
		}
	}
	return nil
}

func seedCalendar(ctx context.Context, tx *ent.Tx) error {
	days, err := Calendar()
	if err != nil {
		return err
	}
	have, err := tx.CalendarDay.Query().All(ctx)
	if err != nil {
		return err
	}
	seen := map[civil.Date]bool{}
	for _, d := range have {
		seen[d.Date] = true
	}
	var creates []*ent.CalendarDayCreate
	for _, d := range days {
		if !seen[d.Date] {
			creates = append(creates, tx.CalendarDay.Create().SetDate(d.Date).SetKind(calendarday.Kind(d.Kind)).SetName(d.Name))
		}
	}
	if len(creates) == 0 {
		return nil
	}
	return tx.CalendarDay.CreateBulk(creates...).Exec(ctx)
}

func seedReasons(ctx context.Context, tx *ent.Tx) error {
	reasons, err := Reasons()
	if err != nil {
		return err
	}
	have, err := tx.RejectionReason.Query().Select(rejectionreason.FieldCode).Strings(ctx)
	if err != nil {
		return err
	}
	seen := set(have)
	var creates []*ent.RejectionReasonCreate
	for _, r := range reasons {
		if !seen[r.Code] {
			creates = append(creates, tx.RejectionReason.Create().SetCode(r.Code).SetLabel(r.Label).
				SetDescription(r.Description).SetSortOrder(r.SortOrder))
		}
	}
	if len(creates) == 0 {
		return nil
	}
	return tx.RejectionReason.CreateBulk(creates...).Exec(ctx)
}

func set(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}
