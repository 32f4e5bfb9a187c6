package graph

import (
	"github.com/ruankao/ruankao/graph/model"
	"github.com/ruankao/ruankao/internal/apply"
)

func formFrom(in model.ApplicationInput) apply.Form {
	return apply.Form{
		RegionCode: in.RegionCode, AreaID: in.AreaID, QualificationCode: in.QualificationCode,
		HukouCode: in.HukouCode, Gender: in.Gender, BirthDate: in.BirthDate, Title: in.Title,
		TitleDate: in.TitleDate, Employment: in.Employment, WorkUnit: in.WorkUnit,
		WorkStartDate: in.WorkStartDate, Education: in.Education, Degree: in.Degree,
		GraduationDate: in.GraduationDate, MajorRelation: in.MajorRelation, MajorName: in.MajorName,
		Address: in.Address, Email: in.Email, Mobile: in.Mobile, Landline: in.Landline,
		Postcode: in.Postcode, PhotoID: in.PhotoID,
	}
}
