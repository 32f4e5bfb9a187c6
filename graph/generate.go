package graph

// gqlgen resolves the paths in gqlgen.yml from the module root.
//go:generate sh -c "cd .. && go tool gqlgen generate --config gqlgen.yml"
