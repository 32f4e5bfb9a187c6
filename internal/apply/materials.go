package apply

import (
	"bytes"
	"context"
	"errors"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/storedfile"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// UploadMaterial attaches a review material to an editable application. The
// type is decided by the content (PDF or JPEG), never by name or declared type.
func UploadMaterial(ctx context.Context, client *ent.Client, store files.Store, appID pulid.ID, kind enum.MaterialKind, data []byte, name string) (*ent.StoredFile, apperr.Problems, error) {
	// Checked before the file is stored (a refusal costs no disk), and again
	// in the short transaction that records it.
	app, err := client.Application.Get(ctx, appID)
	if ent.IsNotFound(err) {
		return nil, nil, apperr.NotFoundf("报名")
	}
	if err != nil {
		return nil, nil, err
	}
	if ps, err := RequireConsent(ctx, client); err != nil || ps.Any() {
		return nil, ps, err
	}
	if ps := materialsEditable(app); ps.Any() {
		return nil, ps, nil
	}
	var ps apperr.Problems
	sniffed := files.Sniff(data)
	if sniffed != files.KindPDF && sniffed != files.KindJPEG {
		ps.Add(apperr.InvalidFormat, "材料须为 PDF 文件或 JPG 图片（按文件内容判断，而非文件名）", "file")
		return nil, ps, nil
	}
	// Stored before the transaction that records it: a store that is down
	// leaves no record behind.
	obj, err := store.Put(ctx, bytes.NewReader(data), int64(len(data)))
	if errors.Is(err, files.ErrUnavailable) {
		ps.Add(apperr.StorageUnavailable, "文件存储暂时不可用，材料未保存，请稍后重试", "file")
		return nil, ps, nil
	}
	if err != nil {
		return nil, nil, err
	}
	var f *ent.StoredFile
	err = txn.Run(ctx, client, func(ctx context.Context, c *ent.Client) error {
		app, _, err := load(ctx, c, appID)
		if err != nil {
			return err
		}
		if ps = materialsEditable(app); ps.Any() {
			return nil
		}
		f, err = c.StoredFile.Create().SetOwnerID(viewer.From(ctx).ID).SetKind(storedfile.KindMATERIAL).
			SetMaterialKind(kind).SetApplicationID(app.ID).SetContentType(files.ContentType(sniffed)).
			SetSizeBytes(obj.Size).SetSha256(obj.Sum).SetOriginalName(name).Save(ctx)
		return err
	})
	return f, ps, err
}

func materialsEditable(app *ent.Application) apperr.Problems {
	var ps apperr.Problems
	if !app.Status.Editable() {
		ps.Add(apperr.WrongState, app.Status.Label()+"状态的报名不能修改材料", "applicationId")
	}
	return ps
}

// RemoveMaterial takes a material off an editable application.
func RemoveMaterial(ctx context.Context, client *ent.Client, id pulid.ID) (apperr.Problems, error) {
	f, err := client.StoredFile.Query().Where(storedfile.ID(id), storedfile.KindEQ(storedfile.KindMATERIAL)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("材料")
	}
	if err != nil {
		return nil, err
	}
	if f.ApplicationID != nil {
		app, _, err := load(ctx, client, *f.ApplicationID)
		if err != nil {
			return nil, err
		}
		if !app.Status.Editable() {
			var ps apperr.Problems
			ps.Add(apperr.WrongState, app.Status.Label()+"状态的报名不能修改材料", "id")
			return ps, nil
		}
	}
	return nil, client.StoredFile.DeleteOne(f).Exec(ctx)
}
