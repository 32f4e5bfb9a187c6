package payment

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/files"
)

// DefaultLifetime is how long an order can be paid, unless the region's
// payment deadline comes first: long enough to find one's phone, short
// enough that an abandoned QR code is closed the same hour.
const DefaultLifetime = 30 * time.Minute

// pollEvery bounds how often one order is asked about on the candidate's
// polls, per instance; the page polls every few seconds.
const pollEvery = 3 * time.Second

// Service is the payment of registration fees: orders, settlement exactly
// once, reconciliation with the gateway, refunds and receipts. Every network
// call happens outside a transaction; every write is a short transaction of
// its own (README "Transactions").
type Service struct {
	Client   *ent.Client
	Gateway  Gateway
	Refunder Refunder // nil: refunds are refused
	Provider string   // stored on each order, e.g. "wechatpay"
	// NotifyURL is where the gateway posts payment results; it must reach
	// this service from the gateway's side.
	NotifyURL string
	Lifetime  time.Duration // 0: DefaultLifetime
	Catalog   *catalog.Cache
	Files     files.Store // keeps rendered receipts
	Log       *slog.Logger

	polls sync.Map // order number → time.Time of the last poll's query
}

func (s *Service) lifetime() time.Duration {
	if s.Lifetime > 0 {
		return s.Lifetime
	}
	return DefaultLifetime
}

func (s *Service) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

// ctx puts the catalog into ctx when the caller did not (the notify route
// and the job run outside GraphQL).
func (s *Service) ctx(ctx context.Context) context.Context {
	if catalog.From(ctx) == nil && s.Catalog != nil {
		return catalog.NewContext(ctx, s.Catalog)
	}
	return ctx
}

// pollDue tells whether a poll may ask the gateway about an order now.
func (s *Service) pollDue(no string, now time.Time) bool {
	if last, ok := s.polls.Load(no); ok && now.Sub(last.(time.Time)) < pollEvery {
		return false
	}
	s.polls.Store(no, now)
	return true
}
