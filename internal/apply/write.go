package apply

import (
	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/form"
)

// resolved are the records the form names, once checked, and the values
// derived or normalised from it.
type resolved struct {
	region        *ent.Region
	area          *ent.ExamArea
	qualification *ent.Qualification
	// gender and birth date: from the ID number where it carries them, else entered.
	gender    *application.Gender
	birthDate *civil.Date
	age       *int
	// the form's other dates, parsed
	titleDate, workStartDate, graduationDate *civil.Date
	// normalised contact details
	mobile, landline *string
}

// formOf reads a saved form back, to check it whole at submission.
func formOf(a *ent.Application) Form {
	f := Form{
		AreaID: a.AreaID, HukouCode: a.HukouCode, Gender: a.Gender, BirthDate: form.DateTextOf(a.BirthDate),
		Title: a.Title, TitleDate: form.DateTextOf(a.TitleDate), Employment: a.Employment, WorkUnit: a.WorkUnit,
		WorkStartDate: form.DateTextOf(a.WorkStartDate), Education: a.Education, Degree: a.Degree,
		GraduationDate: form.DateTextOf(a.GraduationDate), MajorRelation: a.MajorRelation, MajorName: a.MajorName,
		Address: a.Address, Email: a.Email, Mobile: a.Mobile, Landline: a.Landline, Postcode: a.Postcode,
		PhotoID: a.PhotoID,
	}
	return f
}

// fill writes the form onto a create or an update mutation. On update an
// absent field is cleared: the form is saved whole.
func fill(m *ent.ApplicationMutation, f Form, r resolved) {
	update := !m.Op().Is(ent.OpCreate)
	str := func(v *string, set func(string), clear func()) {
		switch {
		case v != nil:
			set(*v)
		case update:
			clear()
		}
	}
	date := func(v *civil.Date, set func(*civil.Date), clear func()) {
		switch {
		case v != nil:
			set(v)
		case update:
			clear()
		}
	}
	m.SetRegionID(r.region.ID)
	if r.area != nil {
		m.SetAreaID(r.area.ID)
	} else if update {
		m.ClearAreaID()
	}
	if r.qualification != nil {
		m.SetQualificationID(r.qualification.ID)
		m.SetLevel(r.qualification.Level)
	} else if update {
		m.ClearQualificationID()
		m.ClearLevel()
	}
	str(f.HukouCode, m.SetHukouCode, m.ClearHukouCode)
	str(f.Title, m.SetTitle, m.ClearTitle)
	date(r.titleDate, m.SetTitleDate, m.ClearTitleDate)
	str(f.WorkUnit, m.SetWorkUnit, m.ClearWorkUnit)
	date(r.workStartDate, m.SetWorkStartDate, m.ClearWorkStartDate)
	date(r.graduationDate, m.SetGraduationDate, m.ClearGraduationDate)
	str(f.MajorName, m.SetMajorName, m.ClearMajorName)
	str(f.Address, m.SetAddress, m.ClearAddress)
	str(f.Email, m.SetEmail, m.ClearEmail)
	str(r.mobile, m.SetMobile, m.ClearMobile)
	str(r.landline, m.SetLandline, m.ClearLandline)
	str(f.Postcode, m.SetPostcode, m.ClearPostcode)
	date(r.birthDate, m.SetBirthDate, m.ClearBirthDate)
	if r.age != nil {
		m.SetAge(*r.age)
	} else if update {
		m.ClearAge()
	}
	if r.gender != nil {
		m.SetGender(*r.gender)
	} else if update {
		m.ClearGender()
	}
	if f.Employment != nil {
		m.SetEmployment(*f.Employment)
	} else if update {
		m.ClearEmployment()
	}
	if f.Education != nil {
		m.SetEducation(*f.Education)
	} else if update {
		m.ClearEducation()
	}
	if f.Degree != nil {
		m.SetDegree(*f.Degree)
	} else if update {
		m.ClearDegree()
	}
	if f.MajorRelation != nil {
		m.SetMajorRelation(*f.MajorRelation)
	} else if update {
		m.ClearMajorRelation()
	}
	if f.PhotoID != nil {
		m.SetPhotoID(*f.PhotoID)
	} else if update {
		m.ClearPhotoID()
	}
}
