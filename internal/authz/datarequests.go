package authz

// DataRequests (PIPL requests, internal/rights): the candidate reads their
// own; the admins of the request's region and national admins read and
// answer them; reviewers see none. A candidate files their own (the
// service checks the rest); answers are staff updates, filtered like reads.
var DataRequests = Policy{
	Read:   Scope{Candidate: OwnCandidateID, National: All, Regional: RegionAdminOnly(InRegion)},
	Write:  Scope{National: All, Regional: RegionAdminOnly(InRegion)},
	Create: ownApplication, // any row whose candidate_id is the candidate's own
}
