package authz

import (
	"context"

	"entgo.io/ent"

	entgen "github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/privacy"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
)

var everyone = Scope{Anonymous: All, Candidate: All, National: All, Regional: All}

// Catalog: everyone reads; national admins change (sessions, offerings,
// qualifications, subjects, the calendar, rejection reasons).
var Catalog = Policy{
	Read:   everyone,
	Write:  Scope{National: All},
	Create: nationalOnly,
}

// RegionCatalog: everyone reads; national admins and the region's admins
// change (policies, exam areas, notices).
var RegionCatalog = Policy{
	Read:   everyone,
	Write:  Scope{National: All, Regional: RegionAdminOnly(InRegion)},
	Create: inOwnRegion,
}

// SiteCatalog: everyone reads sites and rooms; national admins change them
// all, a region admin those under the exam areas of their region.
var SiteCatalog = Policy{
	Read:   everyone,
	Write:  Scope{National: All, Regional: RegionAdminOnly(SiteInRegion)},
	Create: siteInOwnRegion,
}

// Internal tables (sessions, login tickets, submit keys, seed records, job
// runs) belong to the system alone.
var Internal = Policy{}

// Candidates: themselves, the staff of regions they applied in, national admins.
var Candidates = Policy{
	Read:  Scope{Candidate: Self, National: All, Regional: RegionCandidate},
	Write: Scope{Candidate: Self},
}

// Applications: their candidate, the staff of their region, national admins.
var Applications = Policy{
	Read:   Scope{Candidate: OwnCandidateID, National: All, Regional: InRegion},
	Write:  Scope{Candidate: OwnCandidateID, National: All, Regional: InRegion},
	Create: ownApplication,
}

// ApplicationChildren: rows hanging off one application (decisions, claims,
// payments, tickets, scores) follow the application; staff of its region
// make them, candidates only read theirs.
var ApplicationChildren = Policy{
	Read:   Scope{Candidate: OwnApplication, National: All, Regional: RegionApplication},
	Write:  Scope{National: All, Regional: RegionApplication},
	Create: staffOnly(visibleApplication),
}

// History: an application's state history is written by whoever moves it —
// its candidate or the region's staff — and never changed afterwards.
var History = Policy{
	Read:   Scope{Candidate: OwnApplication, National: All, Regional: RegionApplication},
	Create: visibleApplication,
}

// Files: their owner, the staff of regions the owner applied in, national admins.
var Files = Policy{
	Read:   Scope{Candidate: OwnFile, National: All, Regional: RegionCandidateFile},
	Write:  Scope{Candidate: OwnFile},
	Create: ownFile,
}

// Certificates and bans: their candidate, the region's staff, national admins.
var CandidateRegionRecords = Policy{
	Read:  Scope{Candidate: OwnCandidateID, National: All, Regional: InRegionOrApplication},
	Write: Scope{National: All, Regional: RegionAdminOnly(InRegionOrApplication)},
}

// Staff: themselves; region admins their region's staff; national admins
// all. A staff user who must enrol a second factor reads and changes only
// their own account (the TOTP enrolment), nothing else anywhere.
var Staff = Policy{
	Read:   Scope{National: All, Regional: staffRead, Door: Self, Enrolling: Self},
	Write:  Scope{National: All, Regional: staffWrite, Door: Self, Enrolling: Self},
	Create: staffCreate,
	Update: staffUpdate,
}

// Audit: national admins all, region admins their region; written by the system.
var Audit = Policy{
	Read: Scope{National: All, Regional: RegionAdminOnly(InRegion)},
}

// Consents: a candidate's consent records (internal/apply/consent.go):
// their own, the staff of regions they applied in, national admins. Only the
// candidate makes them; nobody changes them.
var Consents = Policy{
	Read:   Scope{Candidate: OwnCandidateID, National: All, Regional: RegionCandidateRecord},
	Create: ownApplication, // a row whose candidate_id is the viewer
}

// staffOnly refuses candidates what rule would allow.
func staffOnly(rule CreateRule) CreateRule {
	return func(ctx context.Context, v viewer.Viewer, m ent.Mutation) error {
		if v.Kind != viewer.Staff {
			return denied(v)
		}
		return rule(ctx, v, m)
	}
}

func nationalOnly(_ context.Context, v viewer.Viewer, _ ent.Mutation) error {
	if v.IsNationalAdmin() {
		return privacy.Allow
	}
	return denied(v)
}

func inOwnRegion(_ context.Context, v viewer.Viewer, m ent.Mutation) error {
	if v.IsNationalAdmin() {
		return privacy.Allow
	}
	r, ok := m.(interface{ RegionID() (pulid.ID, bool) })
	if v.RegionScoped() && v.Role == enum.RoleRegionAdmin && ok {
		if id, set := r.RegionID(); set && id == v.RegionID {
			return privacy.Allow
		}
	}
	return denied(v)
}

func ownApplication(_ context.Context, v viewer.Viewer, m ent.Mutation) error {
	c, ok := m.(interface{ CandidateID() (pulid.ID, bool) })
	if v.Kind == viewer.Candidate && ok {
		if id, set := c.CandidateID(); set && id == v.ID {
			return privacy.Allow
		}
	}
	return denied(v)
}

func ownFile(_ context.Context, v viewer.Viewer, m ent.Mutation) error {
	o, ok := m.(interface{ OwnerID() (pulid.ID, bool) })
	if v.Kind == viewer.Candidate && ok {
		if id, set := o.OwnerID(); set && id == v.ID {
			return privacy.Allow
		}
	}
	return denied(v)
}

// visibleApplication lets a viewer add a row to an application they can see:
// the lookup runs under the viewer's own read policy.
func visibleApplication(ctx context.Context, v viewer.Viewer, m ent.Mutation) error {
	a, ok := m.(interface{ ApplicationID() (pulid.ID, bool) })
	c, hasClient := m.(interface{ Client() *entgen.Client })
	if !ok || !hasClient || v.Kind == viewer.Anonymous {
		return denied(v)
	}
	id, set := a.ApplicationID()
	if !set {
		return denied(v)
	}
	seen, err := c.Client().Application.Query().Where(application.ID(id)).Exist(ctx)
	if err != nil {
		return err
	}
	if !seen {
		return denied(v)
	}
	return privacy.Allow
}

// SeatPlans: the region's admins and national admins read a region's seat
// plan runs; only the planning job writes them (as the system).
var SeatPlans = Policy{
	Read: Scope{National: All, Regional: RegionAdminOnly(InRegion)},
}

// Messages: their candidate reads them (and marks them read); the region's
// admins and national admins read them for delivery figures and resend.
// Only the system writes them (the event's transaction, the sender).
var Messages = Policy{
	Read:  Scope{Candidate: OwnCandidateID, National: All, Regional: RegionAdminOnly(InRegion)},
	Write: Scope{Candidate: OwnCandidateID, National: All, Regional: RegionAdminOnly(InRegion)},
}

// Deliveries: staff only; the candidate sees their message, not its channels.
var Deliveries = Policy{
	Read:  Scope{National: All, Regional: RegionAdminOnly(InRegion)},
	Write: Scope{National: All, Regional: RegionAdminOnly(InRegion)},
}

// Cancellations: national admins read and change every region's, a region's
// admins their own region's (reviewers and exam staff none); a region admin
// creates them only in their own region. Candidates read their application's
// cancellation through the application, as the system (graph).
var Cancellations = Policy{
	Read:   Scope{National: All, Regional: RegionAdminOnly(InRegion)},
	Write:  Scope{National: All, Regional: RegionAdminOnly(InRegion)},
	Create: inOwnRegion,
}
