package exports

import (
	"context"
	"io"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/exportjob"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// ContentType is what a download is served as.
func ContentType(f exportjob.Format) string {
	if f == exportjob.FormatXLSX {
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	}
	return "text/csv; charset=utf-8"
}

// FileName names a download: 报名信息-<session>-<region or 全国>[-完整证件号]-<Shanghai time>.<csv|xlsx>.
func (s *Service) FileName(ctx context.Context, job *ent.ExportJob) (string, error) {
	cat := s.catalog(ctx)
	sess, err := cat.Session(ctx, s.Client, job.SessionID)
	if err != nil {
		return "", err
	}
	where := "全国"
	if job.RegionID != nil {
		r, err := cat.Region(ctx, s.Client, *job.RegionID)
		if err != nil {
			return "", err
		}
		where = r.Name
	}
	parts := []string{"报名信息", sess.Code, where}
	if job.FullIDNumbers {
		parts = append(parts, "完整证件号")
	}
	parts = append(parts, job.CreatedAt.In(clock.Shanghai).Format("20060102-150405"))
	return strings.Join(parts, "-") + "." + strings.ToLower(string(job.Format)), nil
}

// Open opens a READY export's file for the viewer in ctx (who may see the
// export: the caller checked), once the download is in the audit log — its
// own short transaction, before any byte goes out: no audit, no file.
func (s *Service) Open(ctx context.Context, job *ent.ExportJob) (io.ReadSeekCloser, files.Object, error) {
	if job.Status != exportjob.StatusREADY || job.FileSum == nil {
		return nil, files.Object{}, apperr.New(apperr.NotFound, "导出文件尚未生成")
	}
	after := map[string]any{"format": string(job.Format), "full_id_numbers": job.FullIDNumbers, "rows": job.RowsDone}
	entry := audit.Entry{Action: "exports.download", RecordType: "ExportJob", RecordID: string(job.ID), After: after}
	if job.RegionID != nil {
		entry.RegionID = *job.RegionID
	}
	err := txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		return audit.Record(ctx, c, entry)
	})
	if err != nil {
		return nil, files.Object{}, err
	}
	return s.Files.Open(viewer.SystemContext(ctx), *job.FileSum)
}
