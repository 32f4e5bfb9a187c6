package wxsim

import (
	"errors"
	"fmt"
	"html/template"
	"net/http"
)

// The demo pay page stands in for the payer's phone: it is unauthenticated by
// design, which is why the simulator exists only in --demo.
var payPage = template.Must(template.New("pay").Parse(`<!doctype html>
<html lang="zh-CN"><meta charset="utf-8"><title>模拟支付</title>
<h1>模拟微信支付</h1>
<p>订单号 {{.OutTradeNo}}，金额 {{.Yuan}} 元，状态 {{.State}}</p>
<form method="post" action="/sim/pay/{{.OutTradeNo}}"><button>支付</button></form>
<form method="post" action="/sim/fail/{{.OutTradeNo}}"><button>支付失败</button></form>
</html>`))

func (s *Sim) payPage(w http.ResponseWriter, r *http.Request) {
	t, ok := s.Order(r.PathValue("no"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = payPage.Execute(w, map[string]string{
		"OutTradeNo": t.OutTradeNo,
		"Yuan":       fmt.Sprintf("%d.%02d", t.Amount.Total/100, t.Amount.Total%100),
		"State":      t.TradeState,
	})
}

func (s *Sim) payButton(act func(string) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		switch err := act(r.PathValue("no")); {
		case errors.Is(err, ErrUnknownOrder):
			http.NotFound(w, r)
		case err != nil:
			http.Error(w, err.Error(), http.StatusConflict)
		default:
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			_, _ = fmt.Fprintln(w, "OK")
		}
	}
}
