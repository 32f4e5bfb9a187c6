// Package web holds the built single-page front ends (candidate portal, review
// desk, provincial console): the Vite build in web/dist, embedded so the Go
// binary serves them with nothing else installed. The sources are in web/src
// (web/README.md); `npm --prefix web run build` rewrites dist, which is
// committed and checked to be current by .ci/run.
package web

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Dist is the built app: index.html at its root, hashed files under assets/.
func Dist() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // "dist" is a valid path: cannot happen
	}
	return sub
}
