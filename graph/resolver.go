// Package graph holds the GraphQL resolvers: thin calls into ent and internal/.
package graph

import (
	"github.com/ruankao/ruankao/ent"
)

// Resolver is the root resolver; one per server.
type Resolver struct {
	Client *ent.Client
}
