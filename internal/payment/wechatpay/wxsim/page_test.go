package wxsim_test

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/internal/payment"
)

// The demo page's button pays like Pay does, and a second press is refused.
func TestPayPage(t *testing.T) {
	r := newRig(t, 1)
	ns, ch := notifyServer(t, r.client)
	if _, err := r.client.CreateCodeURLOrder(context.Background(), order("RK0000000010", ns.URL)); err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get(r.gateway.URL + "/sim/pay/RK0000000010")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(page), "98.00") || !strings.Contains(string(page), "NOTPAY") {
		t.Fatalf("page: %d %s", resp.StatusCode, page)
	}
	for i, want := range []int{200, 409} {
		resp, err := http.Post(r.gateway.URL+"/sim/pay/RK0000000010", "", nil)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Fatalf("press %d: %d", i, resp.StatusCode)
		}
	}
	if d := next(t, ch); d.err != nil || d.txn.Status != payment.StatusPaid {
		t.Fatalf("%+v", d)
	}
	none(t, ch)
	resp, err = http.Post(r.gateway.URL+"/sim/pay/NOSUCHORDER", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Fatalf("unknown order: %d", resp.StatusCode)
	}
}
