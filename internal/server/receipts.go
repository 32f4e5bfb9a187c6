package server

import (
	"log/slog"
	"net/http"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/payment"
	"github.com/ruankao/ruankao/internal/viewer"
)

// serveReceipt answers GET /receipts/{orderId} with the receipt PDF, in the
// same three ways as /files/ (a signed URL alone, a signed URL with its
// viewer's token, the token alone read under the viewer's privacy); any
// fault is a 404 that tells nothing.
func serveReceipt(client *ent.Client, pay *payment.Service, signer *files.Signer, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		notFound := func() { writeError(w, http.StatusNotFound, apperr.NotFound, "收据不存在或链接已失效") }
		ctx := r.Context()
		id := pulid.ID(r.PathValue("id"))
		_, signed, ok := documentAccess(r, signer, payment.ReceiptKind, string(id))
		if !ok {
			notFound()
			return
		}
		var order *ent.PaymentOrder
		var err error
		if signed {
			order, err = client.PaymentOrder.Get(viewer.SystemContext(ctx), id)
		} else {
			order, err = pay.OrderFor(ctx, id)
		}
		if err != nil {
			if ent.IsNotFound(err) || apperr.IsCode(err, apperr.NotFound) {
				notFound()
				return
			}
			writeError(w, http.StatusInternalServerError, apperr.Internal, "服务器内部错误（请求编号 "+RequestID(ctx)+"）")
			return
		}
		content, obj, err := pay.Receipt(ctx, order)
		if apperr.IsCode(err, apperr.NotFound) {
			notFound()
			return
		}
		if storageUnavailable(w, r, log, err) {
			return
		}
		if err != nil {
			log.ErrorContext(ctx, "receipt", "request_id", RequestID(ctx), "err", err.Error())
			writeError(w, http.StatusInternalServerError, apperr.Internal, "服务器内部错误（请求编号 "+RequestID(ctx)+"）")
			return
		}
		defer content.Close()
		files.Serve(w, r, content, obj, files.ServeOptions{ContentType: "application/pdf",
			Filename: "报名费收据-" + *order.ReceiptNo + ".pdf", Attachment: true})
	}
}
