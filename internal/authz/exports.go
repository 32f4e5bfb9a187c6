package authz

// Exports: a job is seen by the staff who could have started it for its
// scope — the region's admins (a national export has no region, so none of
// theirs) and national admins; reviewers see none. Only the export job
// writes them (as the system).
var Exports = Policy{
	Read: Scope{National: All, Regional: RegionAdminOnly(InRegion)},
}
