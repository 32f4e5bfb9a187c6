package server

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/tickets"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Paths of the printed papers.
const (
	TicketPath     = tickets.Path
	RoomTicketPath = "/tickets/rooms/"
	SignInPath     = "/signin/"
)

// servePDF writes a rendered document, or the error's answer.
func servePDF(w http.ResponseWriter, r *http.Request, log *slog.Logger, name string, pdf []byte, err error) {
	ctx := r.Context()
	switch e, ok := apperr.As(err); {
	case err == nil:
	case ok && e.Code == apperr.NotFound:
		writeError(w, http.StatusNotFound, apperr.NotFound, "准考证不存在或链接已失效")
		return
	case ok && e.Code == apperr.TicketVoid:
		writeError(w, http.StatusGone, apperr.TicketVoid, e.Message)
		return
	case ok && e.Code == apperr.Forbidden:
		writeError(w, http.StatusForbidden, apperr.Forbidden, e.Message)
		return
	case storageUnavailable(w, r, log, err):
		return
	default:
		log.ErrorContext(ctx, "printing", "request_id", RequestID(ctx), "err", err.Error())
		writeError(w, http.StatusInternalServerError, apperr.Internal, "服务器内部错误（请求编号 "+RequestID(ctx)+"）")
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	w.Header().Set("Content-Disposition", files.ContentDisposition("attachment", name))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "private, no-store")
	_, _ = w.Write(pdf)
}

// serveTicket answers GET /tickets/{id} like /files/: a signed URL alone, a
// signed URL with its viewer's token, or the token alone.
func serveTicket(client *ent.Client, ts *tickets.Service, signer *files.Signer, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		id := pulid.ID(r.PathValue("id"))
		signedFor, signed, ok := documentAccess(r, signer, tickets.TicketKind, string(id))
		if !ok {
			servePDF(w, r, log, "", nil, apperr.NotFoundf("准考证"))
			return
		}
		var t *ent.AdmissionTicket
		var err error
		if !signed {
			t, err = ts.Get(ctx, id)
		} else {
			// Printed as the viewer it was signed for: the printing window
			// binds candidates whichever way they come.
			t, err = client.AdmissionTicket.Get(viewer.SystemContext(ctx), id)
			if err == nil && viewer.From(ctx).ID == "" {
				if who, werr := viewerOf(ctx, client, pulid.ID(signedFor)); werr == nil {
					ctx = viewer.With(ctx, who)
				}
			}
		}
		if ent.IsNotFound(err) {
			err = apperr.NotFoundf("准考证")
		}
		if err != nil {
			servePDF(w, r, log, "", nil, err)
			return
		}
		pdf, err := ts.Ticket(ctx, t)
		servePDF(w, r, log, "准考证-"+t.TicketNumber+".pdf", pdf, err)
	}
}

// viewerOf rebuilds the viewer a URL was signed for.
func viewerOf(ctx context.Context, client *ent.Client, id pulid.ID) (viewer.Viewer, error) {
	sys := viewer.SystemContext(ctx)
	if c, err := client.Candidate.Get(sys, id); err == nil {
		return viewer.Viewer{Kind: viewer.Candidate, ID: c.ID}, nil
	}
	u, err := client.StaffUser.Get(sys, id)
	if err != nil {
		return viewer.Viewer{}, err
	}
	v := viewer.Viewer{Kind: viewer.Staff, ID: u.ID, Role: u.Role}
	if u.RegionID != nil {
		v.RegionID = *u.RegionID
	}
	return v, nil
}

// serveRoomPapers answers GET /tickets/rooms/{roomId}?session=CODE (all the
// room's tickets) and GET /signin/{roomId}?session=CODE (its sign-in sheet).
func serveRoomPapers(ts *tickets.Service, log *slog.Logger, signIn bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		if viewer.From(ctx).Kind == viewer.Anonymous {
			writeError(w, http.StatusUnauthorized, apperr.Unauthenticated, "请先登录")
			return
		}
		room, session := pulid.ID(r.PathValue("id")), r.URL.Query().Get("session")
		if signIn {
			pdf, err := ts.SignInSheet(ctx, room, session)
			servePDF(w, r, log, "考场签到表-"+session+".pdf", pdf, err)
			return
		}
		pdf, err := ts.RoomTickets(ctx, room, session)
		servePDF(w, r, log, "准考证-考场-"+session+".pdf", pdf, err)
	}
}
