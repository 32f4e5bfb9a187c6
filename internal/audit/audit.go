// Package audit keeps the audit log: every staff write (who, what, when,
// before and after with sensitive values masked), every staff read of one
// candidate's file, and the jobs' actions. Entries are written in the same
// transaction as the change they describe.
package audit

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"time"

	"entgo.io/ent"

	entgen "github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/ratelimit"
	"github.com/ruankao/ruankao/internal/reqid"
	"github.com/ruankao/ruankao/internal/viewer"
)

// hidden fields never appear, not even masked.
var hidden = map[string]bool{
	"password_hash": true, "totp_secret_enc": true, "totp_last_step": true, "id_number_enc": true,
	"id_number_hash": true, "token_hash": true, "ticket_hash": true, "sha256": true, "provider_txn_id": true,
}

// masked fields are personal data shown with most characters starred.
var masked = map[string]bool{
	"mobile": true, "landline": true, "email": true, "address": true, "postcode": true, "work_unit": true,
}

// skipped tables are written by the login machinery, not by a staff decision.
var skipped = map[string]bool{"AuditLog": true, "AuthSession": true, "LoginTicket": true}

// filedUnderApplication: tables without ids of their own in the API (a
// review claim) are filed under their application's id, the one an auditor
// can ask auditLogs(recordId:) about; the row's own id stays in the images.
var filedUnderApplication = map[string]bool{"ReviewClaim": true}

// Hook records staff writes. Install it on the client (store.Open does).
// A delete is one entry per deleted row, with its id and its before-image
// read just before the delete.
func Hook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			v := viewer.From(ctx)
			if (v.Kind != viewer.Staff && v.Kind != viewer.Enrolling) || skipped[m.Type()] {
				return next.Mutate(ctx, m)
			}
			c, ok := m.(interface{ Client() *entgen.Client })
			if !ok {
				return nil, fmt.Errorf("audit: %s mutation has no client", m.Type())
			}
			if m.Op().Is(ent.OpDelete | ent.OpDeleteOne) {
				return auditDelete(ctx, c.Client(), m, next)
			}
			before := oldValues(ctx, m)
			value, err := next.Mutate(ctx, m)
			if err != nil {
				return value, err
			}
			id := ""
			if withID, ok := m.(interface{ ID() (pulid.ID, bool) }); ok {
				if got, ok := withID.ID(); ok {
					id = string(got)
				}
			}
			after := newValues(m)
			if filedUnderApplication[m.Type()] {
				if app, ok := after["application_id"]; ok {
					id = fmt.Sprint(app)
				} else if app, err := m.OldField(ctx, "application_id"); err == nil {
					id = fmt.Sprint(plain(app))
				}
			}
			return value, write(ctx, c.Client(), Entry{
				Action:     m.Type() + "." + opName(m.Op()),
				RecordType: m.Type(),
				RecordID:   id,
				RegionID:   regionOf(v, m),
				Before:     before,
				After:      after,
			})
		})
	}
}

// auditDelete reads the rows a delete reaches, deletes them, and writes one
// entry per row naming it, with its before-image.
func auditDelete(ctx context.Context, client *entgen.Client, m ent.Mutation, next ent.Mutator) (ent.Value, error) {
	withIDs, ok := m.(interface {
		IDs(context.Context) ([]pulid.ID, error)
	})
	if !ok {
		return nil, fmt.Errorf("audit: %s mutation cannot list its rows", m.Type())
	}
	ids, err := withIDs.IDs(ctx)
	if err != nil {
		return nil, err
	}
	images := make([]map[string]any, len(ids))
	for i, id := range ids {
		if images[i], err = rowImage(ctx, client, m.Type(), id); err != nil {
			return nil, err
		}
	}
	value, err := next.Mutate(ctx, m)
	if err != nil {
		return value, err
	}
	v := viewer.From(ctx)
	for i, id := range ids {
		record := string(id)
		if app, ok := images[i]["application_id"].(string); ok && filedUnderApplication[m.Type()] {
			record = app
		}
		if err := write(ctx, client, Entry{Action: m.Type() + ".delete", RecordType: m.Type(),
			RecordID: record, RegionID: regionOf(v, m), Before: images[i]}); err != nil {
			return value, err
		}
	}
	return value, nil
}

// rowImage reads one row of a table through the generated client
// (client.<Type>.Get) as the system, and gives its fields as the audit log
// shows them: edges left out, secrets hidden, contact details masked.
func rowImage(ctx context.Context, client *entgen.Client, typ string, id pulid.ID) (map[string]any, error) {
	table := reflect.ValueOf(client).Elem().FieldByName(typ)
	if !table.IsValid() {
		return nil, fmt.Errorf("audit: no client for %s", typ)
	}
	get := table.MethodByName("Get")
	if !get.IsValid() {
		return nil, fmt.Errorf("audit: %s client has no Get", typ)
	}
	out := get.Call([]reflect.Value{reflect.ValueOf(viewer.SystemContext(ctx)), reflect.ValueOf(id)})
	if err, _ := out[1].Interface().(error); err != nil {
		return nil, err
	}
	raw, err := json.Marshal(out[0].Interface())
	if err != nil {
		return nil, err
	}
	var fields map[string]any
	if err := json.Unmarshal(raw, &fields); err != nil {
		return nil, err
	}
	delete(fields, "edges")
	image := map[string]any{}
	for name, val := range fields {
		put(image, name, val)
	}
	return image, nil
}

// Entry is one audit record.
type Entry struct {
	Action, RecordType, RecordID string
	RegionID                     pulid.ID
	Before, After                map[string]any
}

// Record writes an entry for the viewer in ctx: staff reads of one
// candidate's file, exports, logins, and the jobs' actions.
func Record(ctx context.Context, client *entgen.Client, e Entry) error {
	if e.RegionID == "" {
		e.RegionID = viewer.From(ctx).RegionID
	}
	return write(ctx, client, e)
}

// Read records a staff read of one candidate's record (an application, a
// candidate, their ID number, a photo or a material) under every region the
// record belongs to (authz.RecordRegions), whoever the staff member is: a
// national admin's read is visible to the region's admins too.
func Read(ctx context.Context, client *entgen.Client, e Entry, record any) error {
	regions, err := authz.RecordRegions(ctx, client, record)
	if err != nil {
		return err
	}
	return RecordIn(ctx, client, e, regions)
}

// RecordIn writes the entry once per region, so that each region's admins
// see a staff read of a record that belongs to several (a candidate or a
// photo with applications in two regions); with no region it is one entry
// without a region (national admins see it). All entries land, or none.
func RecordIn(ctx context.Context, client *entgen.Client, e Entry, regions []pulid.ID) error {
	if len(regions) == 0 {
		return write(ctx, client, e)
	}
	builders := make([]*entgen.AuditLogCreate, len(regions))
	for i, region := range regions {
		e.RegionID = region
		builders[i] = build(ctx, client, e)
	}
	return client.AuditLog.CreateBulk(builders...).Exec(viewer.SystemContext(ctx))
}

func write(ctx context.Context, client *entgen.Client, e Entry) error {
	return build(ctx, client, e).Exec(viewer.SystemContext(ctx))
}

func build(ctx context.Context, client *entgen.Client, e Entry) *entgen.AuditLogCreate {
	v := viewer.From(ctx)
	c := client.AuditLog.Create().SetAction(e.Action).SetRecordType(e.RecordType).SetRecordID(e.RecordID).
		SetRequestID(reqid.From(ctx)).SetClientIP(ratelimit.ClientFrom(ctx))
	if v.Kind == viewer.Staff || v.Kind == viewer.Enrolling {
		c.SetActorKind(auditlog.ActorKindSTAFF).SetStaffID(v.ID)
	} else {
		c.SetActorKind(auditlog.ActorKindSYSTEM)
	}
	if e.RegionID != "" {
		c.SetRegionID(e.RegionID)
	}
	if len(e.Before) > 0 {
		c.SetBefore(e.Before)
	}
	if len(e.After) > 0 {
		c.SetAfter(e.After)
	}
	return c
}

func regionOf(v viewer.Viewer, m ent.Mutation) pulid.ID {
	if r, ok := m.(interface{ RegionID() (pulid.ID, bool) }); ok {
		if id, ok := r.RegionID(); ok && id != "" {
			return id
		}
	}
	return v.RegionID
}

func opName(op ent.Op) string {
	switch {
	case op.Is(ent.OpCreate):
		return "create"
	case op.Is(ent.OpDelete | ent.OpDeleteOne):
		return "delete"
	}
	return "update"
}

func newValues(m ent.Mutation) map[string]any {
	out := map[string]any{}
	for _, name := range m.Fields() {
		if val, ok := m.Field(name); ok {
			put(out, name, val)
		}
	}
	return out
}

// oldValues reads the fields an update-one is about to change.
func oldValues(ctx context.Context, m ent.Mutation) map[string]any {
	if !m.Op().Is(ent.OpUpdateOne) {
		return nil
	}
	out := map[string]any{}
	for _, name := range m.Fields() {
		if val, err := m.OldField(ctx, name); err == nil {
			put(out, name, val)
		}
	}
	return out
}

func put(out map[string]any, name string, val any) {
	switch {
	case hidden[name]:
		out[name] = "[hidden]"
	case masked[name]:
		out[name] = pii.Mask(fmt.Sprint(deref(val)))
	default:
		out[name] = plain(val)
	}
}

func deref(v any) any {
	if p := plain(v); p != nil {
		return p
	}
	return ""
}

// plain turns a value into something JSON shows as people read it.
func plain(v any) any {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return nil
		}
		v = rv.Elem().Interface()
	}
	switch x := v.(type) {
	case time.Time:
		return x.UTC().Format(time.RFC3339)
	case []byte:
		return "[binary]"
	case fmt.Stringer:
		return x.String()
	}
	return v
}
