package apply

import (
	"context"
	"slices"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/storedfile"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/form"
)

// checkForm checks every field present (and, when full, that every field the
// form needs is there), resolves the records it names, and normalises text
// and phone numbers in f. All problems are collected.
func checkForm(ctx context.Context, client *ent.Client, cand *ent.Candidate, sess *ent.ExamSession, f *Form, full bool) (resolved, apperr.Problems) {
	var (
		c form.Checker
		r resolved
	)
	today := civil.In(clock.Now(ctx), clock.Shanghai)
	need := func(field string, present bool, what string) bool {
		if !full {
			return present
		}
		return c.Required(path(field), present, what) && present
	}
	// A present date is parsed first: an impossible day is INVALID_FORMAT
	// at its field, with the form's other problems.
	date := func(field string, v *form.DateText, what string) *civil.Date {
		if v == nil {
			return nil
		}
		if d, ok := c.Date(path(field), *v, what); ok {
			return &d
		}
		return nil
	}

	if need("regionCode", f.RegionCode != nil, "报名省市") {
		reg, err := catalog.From(ctx).EnabledRegionByCode(ctx, client, *f.RegionCode)
		if err == nil {
			r.region = reg
		} else {
			c.Add(bad("regionCode", "报名省市不存在"))
		}
	}
	if need("areaId", f.AreaID != nil, "考试考区") {
		area, err := catalog.From(ctx).EnabledArea(ctx, client, *f.AreaID)
		switch {
		case err != nil:
			c.Add(bad("areaId", "考试考区不存在"))
		case r.region != nil && area.RegionID != r.region.ID:
			c.Add(bad("areaId", "所选考区不属于"+r.region.Name))
		default:
			r.area = area
		}
	}
	if need("qualificationCode", f.QualificationCode != nil, "报考资格") {
		q, err := catalog.From(ctx).EnabledQualificationByCode(ctx, client, *f.QualificationCode)
		if err != nil {
			c.Add(bad("qualificationCode", "报考资格不存在"))
		} else {
			offered, err := catalog.From(ctx).Offered(ctx, client, sess.ID, q.ID)
			if err == nil && !offered {
				c.Add(&apperr.UserError{Field: path("qualificationCode"), Code: apperr.NotOffered,
					Message: q.Name + "本批次不开考，请选择本批次开考的资格"})
			}
			r.qualification = q
		}
	}
	if r.area != nil && r.qualification != nil && len(r.area.Levels) > 0 && !slices.Contains(r.area.Levels, r.qualification.Level) {
		c.Add(&apperr.UserError{Field: path("areaId"), Code: apperr.AreaLevelMismatch,
			Message: r.area.Name + "不接受" + r.qualification.Level.Label() + "资格考生，请选择其他考区"})
	}
	if need("hukouCode", f.HukouCode != nil, "户籍所在地") {
		c.Hukou(path("hukouCode"), *f.HukouCode)
	}

	// Gender and birth date: the ID number's where it carries them.
	if cand.BirthDate != nil {
		r.birthDate = cand.BirthDate
	} else if need("birthDate", f.BirthDate != nil, "出生日期") {
		if d := date("birthDate", f.BirthDate, "出生日期"); d != nil && c.PastDate(path("birthDate"), *d, today, "出生日期") {
			r.birthDate = d
		}
	}
	if cand.Gender != nil {
		g := application.Gender(*cand.Gender)
		r.gender = &g
	} else if need("gender", f.Gender != nil, "性别") {
		r.gender = f.Gender
	}
	if r.birthDate != nil {
		age := AgeAt(*r.birthDate, sess)
		r.age = &age
	}

	if need("title", f.Title != nil, "现有职称（无职称请填“无”）") {
		t := c.Title(path("title"), *f.Title)
		f.Title = &t
		if t == NoTitle {
			f.TitleDate = nil // no 职称, no date
		} else if need("titleDate", f.TitleDate != nil, "职称取得时间") {
			if r.titleDate = date("titleDate", f.TitleDate, "职称取得时间"); r.titleDate != nil {
				c.PastDate(path("titleDate"), *r.titleDate, today, "职称取得时间")
			}
		}
	} else if r.titleDate = date("titleDate", f.TitleDate, "职称取得时间"); r.titleDate != nil {
		c.PastDate(path("titleDate"), *r.titleDate, today, "职称取得时间")
	}

	if need("employment", f.Employment != nil, "在职情况") && *f.Employment == application.EmploymentSTUDENT {
		if f.WorkUnit != nil || f.WorkStartDate != nil {
			c.Add(bad("workUnit", "在校考生无需填写工作单位和本专业工作时间"))
		}
	} else {
		employed := f.Employment != nil
		if need("workUnit", f.WorkUnit != nil || !employed, "工作单位") && f.WorkUnit != nil {
			w := c.WorkUnit(path("workUnit"), *f.WorkUnit)
			f.WorkUnit = &w
		}
		if need("workStartDate", f.WorkStartDate != nil || !employed, "本专业工作时间") && f.WorkStartDate != nil {
			if r.workStartDate = date("workStartDate", f.WorkStartDate, "本专业工作时间"); r.workStartDate != nil {
				c.PastDate(path("workStartDate"), *r.workStartDate, today, "本专业工作时间")
			}
		}
	}

	need("education", f.Education != nil, "学历")
	need("degree", f.Degree != nil, "学位（无学位请选“无”）")
	if need("graduationDate", f.GraduationDate != nil, "毕业时间") {
		r.graduationDate = date("graduationDate", f.GraduationDate, "毕业时间")
		if r.graduationDate != nil && f.Employment != nil && *f.Employment == application.EmploymentEMPLOYED {
			c.PastDate(path("graduationDate"), *r.graduationDate, today, "毕业时间")
		}
	}
	need("majorRelation", f.MajorRelation != nil, "所学专业与计算机专业的关系")
	if need("majorName", f.MajorName != nil, "专业名称（非毕业生可填“无”）") {
		m := c.MajorName(path("majorName"), *f.MajorName)
		f.MajorName = &m
	}

	if need("address", f.Address != nil, "通讯地址") {
		a := c.Address(path("address"), *f.Address)
		f.Address = &a
	}
	if need("email", f.Email != nil, "电子邮箱") {
		e := c.Email(path("email"), *f.Email)
		f.Email = &e
	}
	if need("mobile", f.Mobile != nil, "手机号码") {
		m := c.Mobile(path("mobile"), *f.Mobile)
		r.mobile = &m
	}
	// 固定电话 is marked * on the official form; the guide says to enter the
	// mobile number when there is no fixed line (Landline accepts one).
	if need("landline", f.Landline != nil, "固定电话（没有固定电话请填写手机号码）") {
		l := c.Landline(path("landline"), *f.Landline)
		r.landline = &l
	}
	if need("postcode", f.Postcode != nil, "邮政编码") {
		p := c.Postcode(path("postcode"), *f.Postcode)
		f.Postcode = &p
	}

	if f.PhotoID != nil {
		// Privacy: the candidate sees only their own files.
		ok, err := client.StoredFile.Query().Where(storedfile.ID(*f.PhotoID), storedfile.KindEQ(storedfile.KindPHOTO),
			storedfile.OwnerID(cand.ID)).Exist(ctx)
		if err != nil || !ok {
			c.Add(bad("photoId", "照片不存在，请先用照片验证工具保存照片"))
		}
	} else if full {
		c.Add(&apperr.UserError{Field: path("photoId"), Code: apperr.PhotoRequired,
			Message: "请上传经照片验证工具处理并保存的证件照"})
	}
	return r, c.Problems
}

func bad(field, message string) *apperr.UserError {
	return &apperr.UserError{Field: path(field), Code: apperr.InvalidFormat, Message: message}
}
