// Package pulid gives every row a string key: a two-letter type prefix and a
// ULID. It is also the Relay Node ID, so ids reveal neither counts nor
// neighbours, and node(id:) finds the table from the prefix.
package pulid

import (
	"crypto/rand"
	"database/sql/driver"
	"fmt"
	"io"
	"strconv"
	"sync"
	"time"

	"github.com/oklog/ulid/v2"
	"github.com/ruankao/ruankao/internal/apperr"
)

// ID is a prefixed ULID.
type ID string

var (
	mu      sync.Mutex
	entropy = ulid.Monotonic(rand.Reader, 0)
)

// New returns a fresh ID with the given two-letter prefix.
func New(prefix string) ID {
	mu.Lock()
	defer mu.Unlock()
	return ID(prefix + ulid.MustNew(ulid.Timestamp(time.Now()), entropy).String())
}

// Prefix is the type prefix of id, or "" when id is too short to have one.
func (id ID) Prefix() string {
	if len(id) < 2 {
		return ""
	}
	return string(id[:2])
}

// MarshalGQL writes the ID as a GraphQL string.
func (id ID) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(id))) }

// UnmarshalGQL reads an ID; GraphQL also allows integers, which never name one of ours.
func (id *ID) UnmarshalGQL(v any) error {
	switch s := v.(type) {
	case string:
		*id = ID(s)
	case ID:
		*id = s
	case int, int64:
		*id = ID(fmt.Sprint(s))
	default:
		return apperr.New(apperr.BadRequest, "ID 应为字符串")
	}
	return nil
}

// Scan implements sql.Scanner.
func (id *ID) Scan(src any) error {
	switch s := src.(type) {
	case string:
		*id = ID(s)
	case []byte:
		*id = ID(s)
	case nil:
		*id = ""
	default:
		return fmt.Errorf("pulid: cannot scan %T", src)
	}
	return nil
}

// Value implements driver.Valuer.
func (id ID) Value() (driver.Value, error) { return string(id), nil }
