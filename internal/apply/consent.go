package apply

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/consentrecord"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Consent is where a candidate stands with the current privacy notice: the
// consent to the notice (general) and the separate consent to sensitive
// personal information (PIPL art. 29), each counting only for the current
// version. PIPL: no personal data (form, photo, materials) is collected
// before both; a new notice version asks every candidate again, and a
// withdrawn consent stops it (art. 15).
func Consent(c *ent.Candidate) (general, sensitive bool) {
	v := auth.CurrentNotice().Version
	return c.PrivacyNoticeVersion != nil && *c.PrivacyNoticeVersion == v,
		c.SensitiveConsentVersion != nil && *c.SensitiveConsentVersion == v
}

// Consented reports whether both consents to the current notice are in force.
func Consented(c *ent.Candidate) bool {
	general, sensitive := Consent(c)
	return general && sensitive
}

// consentProblems are the userErrors of a write refused for want of consent.
func consentProblems(c *ent.Candidate) apperr.Problems {
	var ps apperr.Problems
	general, sensitive := Consent(c)
	n := auth.CurrentNotice()
	if !general {
		ps.Add(apperr.PrivacyNoticeRequired, "请先阅读并同意最新版《"+n.Title+
			"》（giveConsent），再填写报名信息、上传照片或证明材料")
	}
	if !sensitive {
		ps.Add(apperr.SensitiveConsentRequired, "请单独同意处理您的敏感个人信息（身份证件号码、证件照片、联系方式和证明材料）"+
			"（giveConsent），再填写报名信息、上传照片或证明材料")
	}
	return ps
}

// RequireConsent refuses, as userErrors, a write of the viewer's personal
// data (savePhoto, saveApplication, uploadMaterial, submitApplication)
// until both consents to the current notice are in force.
func RequireConsent(ctx context.Context, client *ent.Client) (apperr.Problems, error) {
	c, err := client.Candidate.Get(ctx, viewer.From(ctx).ID)
	if err != nil {
		return nil, err
	}
	return consentProblems(c), nil
}

// Client is where a consent was given from: its address and user agent,
// kept with the record as evidence.
type Client struct{ IP, UserAgent string }

// GiveConsent records the viewer's consents to the notice of version:
// general (the notice as a whole) and sensitive (the separate consent to
// sensitive personal information), each in its own act if the person
// prefers (the separate consent needs the general one, given now or
// before). A consent already in force is not recorded twice: a repeat
// answers as the first did.
func GiveConsent(ctx context.Context, client *ent.Client, version string, general, sensitive bool, from Client) (apperr.Problems, error) {
	var ps apperr.Problems
	n := auth.CurrentNotice()
	if version != n.Version {
		ps.Add(apperr.NoticeOutdated, "告知书已更新，请阅读最新版本后再同意", "version")
		return ps, nil
	}
	if !general && !sensitive {
		ps.Add(apperr.Required, "请勾选同意《"+n.Title+"》", "general")
		return ps, nil
	}
	c, err := client.Candidate.Get(ctx, viewer.From(ctx).ID)
	if err != nil {
		return nil, err
	}
	hasGeneral, hasSensitive := Consent(c)
	if sensitive && !general && !hasGeneral {
		ps.Add(apperr.Required, "同意处理敏感个人信息之前，请先同意《"+n.Title+"》", "general")
		return ps, nil
	}
	newGeneral, newSensitive := general && !hasGeneral, sensitive && !hasSensitive
	if !newGeneral && !newSensitive {
		return nil, nil
	}
	now := clock.Now(ctx)
	upd := c.Update()
	if newGeneral {
		upd.SetPrivacyNoticeVersion(n.Version).SetPrivacyAcceptedAt(now)
	}
	if newSensitive {
		upd.SetSensitiveConsentVersion(n.Version).SetSensitiveConsentAt(now)
	}
	if err := upd.Exec(ctx); err != nil {
		return nil, err
	}
	return nil, recordConsent(ctx, client, c, consentrecord.ActionGIVE, n.Version, newGeneral, newSensitive, from)
}

// WithdrawConsent withdraws the viewer's consents (PIPL art. 15): from now
// on they cannot save or submit an application, nor upload a photo or a
// material, until they consent again. What was handed in before stays: an
// application already submitted goes on being processed where the exam
// office must (review, seats, scores), and the candidate withdraws the
// application to stop it. Withdrawing with nothing in force changes nothing.
func WithdrawConsent(ctx context.Context, client *ent.Client, from Client) error {
	c, err := client.Candidate.Get(ctx, viewer.From(ctx).ID)
	if err != nil {
		return err
	}
	if c.PrivacyNoticeVersion == nil && c.SensitiveConsentVersion == nil {
		return nil
	}
	version := c.PrivacyNoticeVersion
	if version == nil {
		version = c.SensitiveConsentVersion
	}
	if err := c.Update().ClearPrivacyNoticeVersion().ClearPrivacyAcceptedAt().
		ClearSensitiveConsentVersion().ClearSensitiveConsentAt().Exec(ctx); err != nil {
		return err
	}
	return recordConsent(ctx, client, c, consentrecord.ActionWITHDRAW, *version,
		c.PrivacyNoticeVersion != nil, c.SensitiveConsentVersion != nil, from)
}

// recordConsent keeps the act as evidence (never changed afterwards): a
// candidate's own actions are not in the staff audit log, their consents
// are in these records, readable by them and by the staff who see them.
func recordConsent(ctx context.Context, client *ent.Client, c *ent.Candidate, action consentrecord.Action, version string,
	general, sensitive bool, from Client) error {
	ua := from.UserAgent
	if len(ua) > 255 {
		ua = ua[:255]
	}
	return client.ConsentRecord.Create().SetCandidateID(c.ID).SetAction(action).SetNoticeVersion(version).
		SetGeneral(general).SetSensitive(sensitive).SetClientIP(from.IP).SetUserAgent(ua).Exec(ctx)
}

// ConsentHistory is a candidate's consent records, oldest first, as the
// viewer may see them (authz.Consents: their own, their regions' staff).
func ConsentHistory(ctx context.Context, client *ent.Client, candidateID pulid.ID) ([]*ent.ConsentRecord, error) {
	return client.ConsentRecord.Query().Where(consentrecord.CandidateID(candidateID)).
		Order(consentrecord.ByCreatedAt(), consentrecord.ByID()).All(ctx)
}
