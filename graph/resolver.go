// Package graph holds the GraphQL resolvers: thin calls into ent and internal/.
package graph

import (
	"log/slog"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/cancellation"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/exports"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/identity"
	"github.com/ruankao/ruankao/internal/notify"
	"github.com/ruankao/ruankao/internal/payment"
	"github.com/ruankao/ruankao/internal/photo"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/rights"
	"github.com/ruankao/ruankao/internal/scores"
	"github.com/ruankao/ruankao/internal/seatplan"
	"github.com/ruankao/ruankao/internal/stats"
	"github.com/ruankao/ruankao/internal/tickets"
)

// Resolver is the root resolver; one per server.
type Resolver struct {
	Client *ent.Client
	// Logins runs candidate QR logins; nil when no identity provider is configured.
	Logins *auth.CandidateLogins
	// Staff logs staff in and manages their accounts.
	Staff *auth.Staff
	// Simulator is the identity simulator, only with --demo.
	Simulator *identity.Simulator
	// Files keeps photos and materials; Signer signs their URLs.
	Files  files.Store
	Signer *files.Signer
	// Photos runs photo checks on a pool sized to the cores.
	Photos *photo.Pool
	// Keys hash ID numbers for the review desk's search.
	Keys *pii.Keys
	// Catalog serves regions and qualifications from memory; nil reads them per request.
	Catalog *catalog.Cache
	// Masked remembers candidates' masked ID numbers; nil remembers none.
	Masked *MaskedIDs
	// Payments takes fees; nil when no gateway is configured.
	Payments *payment.Service
	// SeatPlans runs seat plans.
	SeatPlans *seatplan.Service
	// Tickets prints admission tickets; nil when no ticket key is configured.
	Tickets *tickets.Service
	// Scores imports scores and issues certificates.
	Scores *scores.Service
	// Stats answers statistics.
	Stats *stats.Service
	// Mailbox and SMSLog are the --demo simulators of the two channels; nil elsewhere.
	Mailbox *notify.Mailbox
	SMSLog  *notify.SMSLog
	// Exports writes applications out for exam offices.
	Exports *exports.Service
	// Rights answers candidates' PIPL requests (exports and deletions).
	Rights *rights.Service
	// Cancellations calls off exams (force majeure) and runs their refunds.
	Cancelling *cancellation.Service
	// Log hears what a client is only told as a userError (a file store
	// that is down); nil is slog.Default().
	Log *slog.Logger
}

func (r *Resolver) log() *slog.Logger {
	if r.Log != nil {
		return r.Log
	}
	return slog.Default()
}

// OwnTransaction names the mutations that open their short transactions
// themselves, after their slow part: a provider call (logins), password
// hashing, photo work or storing a file. Every other mutation field runs in
// one transaction around its resolver (internal/server).
var OwnTransaction = map[string]bool{
	"startCandidateLogin": true, "pollCandidateLogin": true, "simulateIdentityApp": true,
	"staffLogin": true, "changePassword": true, "createStaffUser": true,
	"beginTotpSetup": true, "disableTotp": true,
	"checkPhoto": true, "savePhoto": true, "uploadMaterial": true,
	// Payment mutations call the gateway between their short transactions.
	"payApplication": true, "refreshPayment": true, "refundPayment": true,
	// The seat plan starts a job; publishing runs its own short transaction.
	"runSeatPlan": true, "publishSeatPlan": true,
	// Score imports store a file and start a job; the rest run their own.
	"importScores": true, "applyScoreImport": true, "setPassMark": true, "issueCertificates": true, "liftAbsenteeBan": true,
	// An export starts a job after its own short transaction.
	"startApplicationExport": true,
	// An approved deletion anonymises in its own short transaction after the decision's.
	"answerDataRequest": true,
	// Confirming a cancellation starts its refund job once its transaction committed.
	"confirmCancellation": true,
}
