// Package graph holds the GraphQL resolvers: thin calls into ent and internal/.
package graph

import (
	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/identity"
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
}
