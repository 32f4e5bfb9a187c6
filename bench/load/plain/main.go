// Command plain is the ceiling the load harness measures scenario 2 against:
// net/http and database/sql, doing what the old prototype did for "a
// logged-in candidate reads their application" — the bearer token's hash
// looked up on every request (no cache), then the candidate's applications
// joined with region and qualification, written as JSON. It runs as its own
// process over the harness's database:
//
//	plain -addr 127.0.0.1:PORT -db sqlite:///path/ruankao.db | postgres://…
package main

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"flag"
	"log"
	"net/http"
	"runtime"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"
)

type app struct {
	ID            string `json:"id"`
	Status        string `json:"status"`
	Version       int    `json:"version"`
	Region        named  `json:"region"`
	Qualification *named `json:"qualification"`
}

type named struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

func main() {
	addr := flag.String("addr", "127.0.0.1:8090", "listen address")
	dbURL := flag.String("db", "", "sqlite:///FILE or postgres://…")
	flag.Parse()
	db, ph := open(*dbURL)
	sessionQ := "SELECT candidate_id, expires_at, revoked_at FROM auth_sessions WHERE token_hash = " + ph(1)
	appsQ := `SELECT a.id, a.status, a.version, r.code, r.name, q.code, q.name
		FROM applications a JOIN regions r ON r.id = a.region_id LEFT JOIN qualifications q ON q.id = a.qualification_id
		WHERE a.candidate_id = ` + ph(1) + ` ORDER BY a.created_at DESC`
	http.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if err := db.PingContext(r.Context()); err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
		}
	})
	http.HandleFunc("/my-applications", func(w http.ResponseWriter, r *http.Request) {
		token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		sum := sha256.Sum256([]byte(token))
		var cand sql.NullString
		var expires time.Time
		var revoked sql.NullTime
		err := db.QueryRowContext(r.Context(), sessionQ, hex.EncodeToString(sum[:])).Scan(&cand, &expires, &revoked)
		if err == sql.ErrNoRows || (err == nil && (!cand.Valid || revoked.Valid || !time.Now().Before(expires))) {
			http.Error(w, `{"error":"unauthenticated"}`, http.StatusUnauthorized)
			return
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		rows, err := db.QueryContext(r.Context(), appsQ, cand.String)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		apps := []app{}
		for rows.Next() {
			var a app
			var qc, qn sql.NullString
			if err := rows.Scan(&a.ID, &a.Status, &a.Version, &a.Region.Code, &a.Region.Name, &qc, &qn); err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			if qc.Valid {
				a.Qualification = &named{qc.String, qn.String}
			}
			apps = append(apps, a)
		}
		if err := rows.Err(); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"data": map[string]any{"myApplications": apps}})
	})
	log.Fatal(http.ListenAndServe(*addr, nil))
}

// open gives the pool and the dialect's placeholder; SQLite is opened read-only
// with WAL, as the server's readers are, so it never takes the write lock.
func open(url string) (*sql.DB, func(int) string) {
	if path, ok := strings.CutPrefix(url, "sqlite://"); ok {
		db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(5000)&_pragma=query_only(1)")
		if err != nil {
			log.Fatal(err)
		}
		n := max(4, 2*runtime.GOMAXPROCS(0))
		db.SetMaxOpenConns(n)
		db.SetMaxIdleConns(n)
		return db, func(int) string { return "?" }
	}
	db, err := sql.Open("pgx", url)
	if err != nil {
		log.Fatal(err)
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(16)
	return db, func(i int) string { return "$" + string(rune('0'+i)) }
}
