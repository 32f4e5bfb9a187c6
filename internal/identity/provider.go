// Package identity is the relying-party side of 国家网络身份认证 (the national
// online identity authentication service): a QR login whose result is a stable
// pseudonymous subject (网号) and, with the person's consent, the verified name,
// ID type and ID number.
//
// The real service cannot be reached from this project's machines, so a
// Provider is an interface; Simulator implements it for development, demos and
// tests. A real provider plugs in by implementing Provider (see README.md,
// "Plugging in the real 国家网络身份认证").
package identity

import (
	"context"
	"errors"
	"time"

	"github.com/ruankao/ruankao/internal/enum"
)

// Status is where a login transaction stands at the provider.
type Status int

const (
	Pending        Status = iota // QR shown, not yet scanned and confirmed
	Confirmed                    // the person confirmed and consented: Identity is set
	Refused                      // the person declined the login in the app
	ConsentRefused               // the person logged in but refused to share name and ID
	Expired                      // the QR code timed out
)

// Identity is what the provider vouches for.
type Identity struct {
	// Subject is the stable pseudonymous id (网号) of the person for this
	// relying party; the same person always has the same subject.
	Subject string
	// Name, IDType and IDNumber are shared only with consent.
	Name     string
	IDType   enum.IDType
	IDNumber string
}

// Result is the provider's answer about one transaction.
type Result struct {
	Status   Status
	Identity *Identity // set when Status is Confirmed
}

// Provider is a 国家网络身份认证 relying-party client.
type Provider interface {
	// Name identifies the provider; candidates are keyed by (Name, Subject).
	Name() string
	// Begin opens a login transaction valid until expiresAt and returns the
	// provider's reference for it and the payload the QR code must encode
	// (what the official app scans).
	Begin(ctx context.Context, expiresAt time.Time) (ref, qrPayload string, err error)
	// Result asks how the transaction stands. It may be called repeatedly;
	// once Confirmed, it must keep returning the same identity.
	Result(ctx context.Context, ref string) (Result, error)
}

// ErrUnknownTransaction is returned for a reference the provider never issued.
var ErrUnknownTransaction = errors.New("identity: unknown transaction")
