// Command rehash rewrites atlas.sum after a migration file was edited by hand
// (when Atlas's diff misses something, e.g. a unique index left behind by an
// edge that changed from one-to-one to many-to-one):
//
//	go run ./internal/migrations/rehash internal/migrations/postgres
package main

import (
	"log"
	"os"

	"ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/sqltool"
)

func main() {
	for _, p := range os.Args[1:] {
		d, err := sqltool.NewGolangMigrateDir(p)
		if err != nil {
			log.Fatal(err)
		}
		sum, err := d.Checksum()
		if err != nil {
			log.Fatal(err)
		}
		if err := migrate.WriteSumFile(d, sum); err != nil {
			log.Fatal(err)
		}
	}
}
