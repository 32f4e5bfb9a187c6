package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/99designs/gqlgen/graphql"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/storedfile"
	"github.com/ruankao/ruankao/graph/model"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/apply"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/photo"
	"github.com/ruankao/ruankao/internal/ratelimit"
	"github.com/ruankao/ruankao/internal/viewer"
)

// MaxMaterialBytes bounds one review material (a scan or a photo of a document).
const MaxMaterialBytes = 10 << 20

// readUpload reads an upload whole, refusing more than max bytes.
func readUpload(f graphql.Upload, max int64, field string) ([]byte, *apperr.UserError) {
	data, err := io.ReadAll(io.LimitReader(f.File, max+1))
	if err != nil {
		return nil, &apperr.UserError{Field: []string{field}, Code: apperr.BadRequest, Message: "文件读取失败，请重新上传"}
	}
	if int64(len(data)) > max {
		return nil, &apperr.UserError{Field: []string{field}, Code: apperr.FileTooLarge,
			Message: fmt.Sprintf("文件不能超过 %d MB", max>>20)}
	}
	return data, nil
}

// inPool runs photo work on the bounded pool: a full queue is RATE_LIMITED
// with a retry hint, so logins and submits stay fast while photos wait.
func (r *Resolver) inPool(ctx context.Context, fn func()) error {
	err := r.Photos.Do(ctx, fn)
	var busy *photo.ErrBusy
	if errors.As(err, &busy) {
		return ratelimit.NewError(busy.RetryAfter)
	}
	return err
}

func reportOf(rep photo.Report) *model.PhotoReport {
	out := &model.PhotoReport{Passed: rep.Passed, Width: rep.Width, Height: rep.Height}
	for _, c := range rep.Checks {
		out.Checks = append(out.Checks, &model.PhotoCheck{Name: c.Name, Label: c.Label, Passed: c.Passed,
			Measured: c.Measured, Required: c.Required, Advice: c.Advice})
	}
	return out
}

// savePhoto normalises a passing photo and stores it as the candidate's.
func (r *Resolver) savePhoto(ctx context.Context, client *ent.Client, f graphql.Upload) (*model.SavePhotoPayload, error) {
	v := viewer.From(ctx)
	if ps, err := apply.RequireConsent(ctx, client); err != nil {
		return nil, err
	} else if ps.Any() {
		return &model.SavePhotoPayload{UserErrors: ps}, nil
	}
	data, bad := readUpload(f, photo.MaxFileSize, "file")
	if bad != nil {
		return &model.SavePhotoPayload{UserErrors: []*apperr.UserError{bad}}, nil
	}
	var (
		norm photo.Normalized
		rep  photo.Report
		nerr error
	)
	if err := r.inPool(ctx, func() { norm, rep, nerr = photo.Normalize(data) }); err != nil {
		return nil, err
	}
	out := &model.SavePhotoPayload{Report: reportOf(rep)}
	if errors.Is(nerr, photo.ErrNotValid) {
		var ps apperr.Problems
		ps.Add(apperr.PhotoInvalid, "照片未通过检测，请按各项提示修改后重新上传", "file")
		out.UserErrors = ps
		return out, nil
	}
	if nerr != nil {
		return nil, nerr
	}
	// Stored before anything is recorded: a store that is down leaves no
	// photo record behind, and the candidate is told to retry.
	obj, err := r.Files.Put(ctx, bytes.NewReader(norm.JPEG), int64(len(norm.JPEG)))
	if errors.Is(err, files.ErrUnavailable) {
		r.log().WarnContext(ctx, "file storage unavailable", "operation", "savePhoto", "err", err.Error())
		var ps apperr.Problems
		ps.Add(apperr.StorageUnavailable, "文件存储暂时不可用，照片未保存，请稍后重试", "file")
		out.UserErrors = ps
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	out.Photo, err = client.StoredFile.Create().SetOwnerID(v.ID).SetKind(storedfile.KindPHOTO).
		SetContentType("image/jpeg").SetSizeBytes(obj.Size).SetSha256(obj.Sum).SetOriginalName(f.Filename).
		SetWidth(norm.Width).SetHeight(norm.Height).Save(ctx)
	if err != nil {
		return nil, err
	}
	out.UserErrors = userErrors(nil)
	return out, nil
}

// signedURL signs a file's URL for the viewer; a staff member's look at a
// candidate's file is audited.
func (r *Resolver) signedURL(ctx context.Context, f *ent.StoredFile) (files.SignedURL, error) {
	v := viewer.From(ctx)
	key := string(v.ID)
	if key == "" {
		key = "anonymous"
	}
	signed, err := r.Signer.Sign(string(f.Kind), string(f.ID), key, clock.Now(ctx))
	if err != nil {
		return files.SignedURL{}, err
	}
	if v.Kind == viewer.Staff {
		if err := audit.Read(ctx, r.Client, audit.Entry{Action: "StoredFile.view", RecordType: "StoredFile",
			RecordID: string(f.ID)}, f); err != nil {
			return files.SignedURL{}, err
		}
	}
	return signed, nil
}
