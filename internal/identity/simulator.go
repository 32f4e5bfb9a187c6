package identity

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
)

// SimulatorName is the provider name recorded for candidates who logged in
// through the simulator; they can never log in through the real service.
const SimulatorName = "simulator"

const simulatorScheme = "ctdid-sim://login?tx="

// Simulator stands in for the official app and the provider's server: a
// developer or a test "scans" a QR payload and confirms, refuses, refuses
// consent or lets it expire. State is in memory: one server instance.
type Simulator struct {
	clk   clock.Clock
	mu    sync.Mutex
	txs   map[string]*simTx
	swept time.Time
}

type simTx struct {
	expiresAt time.Time
	result    Result
}

// NewSimulator makes an empty simulator reading time from clk.
func NewSimulator(clk clock.Clock) *Simulator {
	return &Simulator{clk: clk, txs: map[string]*simTx{}}
}

// Name implements Provider.
func (s *Simulator) Name() string { return SimulatorName }

// Begin implements Provider.
func (s *Simulator) Begin(_ context.Context, expiresAt time.Time) (string, string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", "", err
	}
	ref := hex.EncodeToString(b[:])
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sweepLocked()
	s.txs[ref] = &simTx{expiresAt: expiresAt}
	return ref, simulatorScheme + ref, nil
}

// Result implements Provider.
func (s *Simulator) Result(_ context.Context, ref string) (Result, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, ok := s.txs[ref]
	if !ok {
		return Result{}, ErrUnknownTransaction
	}
	if tx.result.Status == Pending && !s.clk.Now().Before(tx.expiresAt) {
		tx.result.Status = Expired
	}
	return tx.result, nil
}

// Action is what the simulated person does in the app.
type Action int

const (
	ActConfirm Action = iota
	ActRefuse
	ActRefuseConsent
	ActExpire
)

// Act plays the person scanning qrPayload and doing a; with ActConfirm, id is
// what the provider will vouch for (the simulator does not check it: the
// relying party must).
func (s *Simulator) Act(qrPayload string, a Action, id Identity) error {
	ref, ok := refFromPayload(qrPayload)
	if !ok {
		return fmt.Errorf("二维码内容无法识别")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, ok := s.txs[ref]
	if !ok {
		return fmt.Errorf("二维码不存在或已过期")
	}
	if tx.result.Status != Pending || !s.clk.Now().Before(tx.expiresAt) {
		return fmt.Errorf("二维码已处理或已过期")
	}
	switch a {
	case ActConfirm:
		if strings.TrimSpace(id.Subject) == "" {
			return fmt.Errorf("模拟确认需要网号（subject）")
		}
		tx.result = Result{Status: Confirmed, Identity: &id}
	case ActRefuse:
		tx.result = Result{Status: Refused}
	case ActRefuseConsent:
		tx.result = Result{Status: ConsentRefused}
	case ActExpire:
		tx.result = Result{Status: Expired}
	}
	return nil
}

func refFromPayload(payload string) (string, bool) {
	if !strings.HasPrefix(payload, simulatorScheme) {
		return "", false
	}
	u, err := url.Parse(payload)
	if err != nil {
		return "", false
	}
	ref := u.Query().Get("tx")
	return ref, ref != ""
}

// sweepLocked forgets transactions expired for an hour, so memory stays
// bounded; at most once a minute, since it walks them all and a demo of a
// registration morning begins thousands of logins a minute.
func (s *Simulator) sweepLocked() {
	now := s.clk.Now()
	if now.Sub(s.swept) < time.Minute && !now.Before(s.swept) {
		return
	}
	s.swept = now
	cutoff := now.Add(-time.Hour)
	for ref, tx := range s.txs {
		if tx.expiresAt.Before(cutoff) {
			delete(s.txs, ref)
		}
	}
}
