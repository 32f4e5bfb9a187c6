package auth_test

import (
	"context"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/viewer"
)

// A catalog change (a region renamed) on one instance reaches another's
// catalog cache through the same listener, within the bound; a cache on b
// that does not follow it still holds the old name, so the listener did it.
func TestCatalogChangeOnOneInstanceIsSeenOnAnother(t *testing.T) {
	var catB *catalog.Cache
	in := startInstancesWith(t, func(in *instances, l *auth.Listener) {
		catB = catalog.NewSharedCache(in.b.Client)
		l.Also = []auth.Follower{catB}
	})
	ctx := viewer.SystemContext(context.Background())
	_ = catalog.NewSharedCache(in.a.Client) // a's hooks notify
	stale := catalog.NewCache(in.b.Client)
	r, err := in.a.Client.Region.Query().First(ctx)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(bound)
	for {
		got, err := catB.Region(ctx, in.b.Client, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Name == r.Name && catB.Cached() {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("b's catalog cache never held a snapshot (the listener did not listen)")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if got, err := stale.Region(ctx, in.b.Client, r.ID); err != nil || got.Name != r.Name {
		t.Fatalf("stale cache: %v %v", got, err)
	}
	began := time.Now()
	if err := in.a.Client.Region.UpdateOneID(r.ID).SetName(r.Name + "（改）").Exec(ctx); err != nil {
		t.Fatal(err)
	}
	for {
		got, err := catB.Region(ctx, in.b.Client, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Name == r.Name+"（改）" {
			break
		}
		if time.Since(began) > bound {
			t.Fatalf("b still shows %q after %v", got.Name, bound)
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Logf("catalog change seen on b after %v", time.Since(began))
	if got, _ := stale.Region(ctx, in.b.Client, r.ID); got.Name != r.Name {
		t.Errorf("a cache that does not listen already shows %q: the test proves nothing", got.Name)
	}
}
