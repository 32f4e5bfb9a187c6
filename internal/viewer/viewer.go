// Package viewer says who is acting in a request: a candidate, a staff user
// with a role and region, the system (seeding, jobs, the login machinery),
// or nobody. Data-level authorization (internal/authz) reads it from the context.
package viewer

import (
	"context"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/enum"
)

// Kind is what sort of actor a viewer is.
type Kind int

const (
	Anonymous Kind = iota
	Candidate
	Staff
	System
	// Enrolling is a staff user who logged in with their password while a
	// second factor is mandatory (RUANKAO_STAFF_TOTP=required) and has none
	// yet. The viewer keeps the account's id and region (for the audit log)
	// but no role: every role check fails and every privacy rule but the one
	// of their own account sees nothing. Only me, logout and the TOTP
	// enrolment answer (internal/server).
	Enrolling
)

// Viewer is the actor of a request.
type Viewer struct {
	Kind Kind
	// ID is the candidate's or staff user's id.
	ID pulid.ID
	// Role and RegionID are set for staff; RegionID is empty for national admins.
	Role     enum.Role
	RegionID pulid.ID
	// SessionID is the login this request came with.
	SessionID pulid.ID
	// TOTP tells, for staff, whether the account's second factor is on.
	TOTP bool
}

// IsStaff reports whether v is a staff user.
func (v Viewer) IsStaff() bool { return v.Kind == Staff }

// IsNationalAdmin reports whether v sees every region.
func (v Viewer) IsNationalAdmin() bool { return v.Kind == Staff && v.Role == enum.RoleNationalAdmin }

// RegionScoped reports whether v is staff bound to one region.
func (v Viewer) RegionScoped() bool {
	return v.Kind == Staff && v.Role != enum.RoleNationalAdmin && v.RegionID != ""
}

type key struct{}

// With returns ctx acting as v.
func With(ctx context.Context, v Viewer) context.Context { return context.WithValue(ctx, key{}, v) }

// From is the viewer of ctx; anonymous when none was set.
func From(ctx context.Context) Viewer {
	v, _ := ctx.Value(key{}).(Viewer)
	return v
}

// SystemContext acts as the system: seeding, background jobs, and the login
// machinery that must read sessions before anyone is known.
func SystemContext(ctx context.Context) context.Context {
	return With(ctx, Viewer{Kind: System})
}
