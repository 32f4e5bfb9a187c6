package apply

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Consented reports whether the candidate accepted the current privacy
// notice. PIPL: no personal data (form, photo, materials) is collected
// before that; a new notice version asks every candidate again.
func Consented(c *ent.Candidate) bool {
	return c.PrivacyNoticeVersion != nil && *c.PrivacyNoticeVersion == auth.PrivacyNotice.Version
}

// consentProblems is the userError of a write refused for want of consent.
func consentProblems(c *ent.Candidate) apperr.Problems {
	var ps apperr.Problems
	if !Consented(c) {
		ps.Add(apperr.PrivacyNoticeRequired, "请先阅读并同意最新版《"+auth.PrivacyNotice.Title+
			"》（acceptPrivacyNotice），再填写报名信息、上传照片或证明材料")
	}
	return ps
}

// RequireConsent refuses, as a userError, a write of the viewer's personal
// data (savePhoto, saveApplication, uploadMaterial, submitApplication)
// until they accepted the current privacy notice.
func RequireConsent(ctx context.Context, client *ent.Client) (apperr.Problems, error) {
	c, err := client.Candidate.Get(ctx, viewer.From(ctx).ID)
	if err != nil {
		return nil, err
	}
	return consentProblems(c), nil
}
