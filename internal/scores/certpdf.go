package scores

import (
	"bytes"
	"context"
	"io"
	"net/url"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/viewer"
	"github.com/ruankao/ruankao/reports"
)

// CertificateKind is the purpose certificate URLs are signed for.
const CertificateKind = "CERTIFICATE"

// CertificatePath serves certificate PDFs: GET /certificates/{id}.
const CertificatePath = "/certificates/"

// maxPhoto bounds a saved photo read for printing.
const maxPhoto = 2 << 20

// GetCertificate reads a certificate as the viewer: the holder's own, their
// region's for staff; anything else is not found.
func (s *Service) GetCertificate(ctx context.Context, id pulid.ID) (*ent.Certificate, error) {
	c, err := s.Client.Certificate.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("证书")
	}
	return c, err
}

// CertificatePDF renders a certificate read as the viewer (or through a URL
// signed for them); a staff download is audited.
func (s *Service) CertificatePDF(ctx context.Context, c *ent.Certificate) ([]byte, error) {
	ctx = s.ctx(ctx)
	sys := viewer.SystemContext(ctx)
	cat := catalog.From(ctx)
	app, err := s.Client.Application.Get(sys, c.ApplicationID)
	if err != nil {
		return nil, err
	}
	cand, err := s.Client.Candidate.Get(sys, c.CandidateID)
	if err != nil {
		return nil, err
	}
	number, err := s.Keys.Decrypt(cand.IDNumberEnc, string(cand.IDType))
	if err != nil {
		return nil, err
	}
	sess, err := cat.Session(sys, s.Client, c.SessionID)
	if err != nil {
		return nil, err
	}
	region, err := cat.Region(sys, s.Client, c.RegionID)
	if err != nil {
		return nil, err
	}
	q, err := cat.Qualification(sys, s.Client, c.QualificationID)
	if err != nil {
		return nil, err
	}
	d := reports.CertificateData{Number: c.Number, Name: cand.Name, IDType: cand.IDType.Label(), IDNumber: number,
		Qualification: q.Name, Level: q.Level.Label(), SessionName: sess.Name, IssuedOn: chineseDate(c.IssuedOn.String()),
		IssuingRegion: region.Name, VerifyURL: c.Number}
	if cand.Gender != nil {
		d.Gender = map[string]string{"MALE": "男", "FEMALE": "女"}[cand.Gender.String()]
	}
	if s.VerifyURL != "" {
		d.VerifyURL = s.VerifyURL + url.QueryEscape(c.Number)
	}
	if app.PhotoID != nil {
		f, err := s.Client.StoredFile.Get(sys, *app.PhotoID)
		if err != nil {
			return nil, err
		}
		r, _, err := s.Files.Open(ctx, f.Sha256)
		if err != nil {
			return nil, err
		}
		d.Photo, err = io.ReadAll(io.LimitReader(r, maxPhoto))
		r.Close()
		if err != nil {
			return nil, err
		}
	}
	if viewer.From(ctx).IsStaff() {
		if err := audit.Read(ctx, s.Client, audit.Entry{Action: "Certificate.print", RecordType: "Certificate",
			RecordID: string(c.ID)}, app); err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	if err := reports.Certificate(&buf, d); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// chineseDate writes 2026-12-01 as 2026年12月1日.
func chineseDate(iso string) string {
	if len(iso) != 10 {
		return iso
	}
	trim := func(s string) string { return strings.TrimLeft(s, "0") }
	return iso[:4] + "年" + trim(iso[5:7]) + "月" + trim(iso[8:10]) + "日"
}
