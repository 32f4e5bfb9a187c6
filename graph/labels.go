package graph

import (
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/notice"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/ent/statechange"
	"github.com/ruankao/ruankao/graph/model"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/stats"
)

var noticeKindLabels = map[notice.Kind]string{
	notice.KindPOLICY: "政策文件", notice.KindCANDIDATE_GUIDE: "考生须知",
	notice.KindEXAM_PLAN: "考试计划", notice.KindEXAM_ARRANGEMENT: "考试安排",
}

var reviewModeLabels = map[regionpolicy.ReviewMode]string{
	regionpolicy.ReviewModeWITHIN_DAYS: "在规定工作日内审核",
	regionpolicy.ReviewModeAFTER_CLOSE: "报名结束后审核",
	regionpolicy.ReviewModeNONE:        "无需审核",
}

// The labels of the form's enums that ent generates; choices lists them in
// the order of the official form.
var (
	genderLabels     = map[string]string{"MALE": "男", "FEMALE": "女"}
	employmentLabels = stats.EmploymentLabels
	educationLabels  = stats.EducationLabels
	degreeLabels     = map[application.Degree]string{
		application.DegreeDOCTOR: "博士", application.DegreeMASTER: "硕士",
		application.DegreeBACHELOR: "学士", application.DegreeNONE: "无",
	}
	majorRelationLabels = map[application.MajorRelation]string{
		application.MajorRelationSAME: "相同", application.MajorRelationSIMILAR: "相近",
		application.MajorRelationOTHER: "其它",
	}
	actorKindLabels = map[statechange.ActorKind]string{
		statechange.ActorKindCANDIDATE: "考生", statechange.ActorKindSTAFF: "工作人员",
		statechange.ActorKindSYSTEM: "系统",
	}
)

func choices[T ~string](labels map[T]string, order ...T) []*model.Choice {
	out := make([]*model.Choice, len(order))
	for i, v := range order {
		out[i] = &model.Choice{Value: string(v), Label: labels[v]}
	}
	return out
}

// formChoices are the values and labels of the form's enums.
func formChoices() *model.FormChoices {
	var idTypes, statuses []*model.Choice
	for _, v := range enum.IDType("").Values() {
		idTypes = append(idTypes, &model.Choice{Value: v, Label: enum.IDType(v).Label()})
	}
	for _, v := range enum.ApplicationStatus("").Values() {
		statuses = append(statuses, &model.Choice{Value: v, Label: enum.ApplicationStatus(v).Label()})
	}
	return &model.FormChoices{
		Genders:     choices(genderLabels, "MALE", "FEMALE"),
		IDTypes:     idTypes,
		Employments: choices(employmentLabels, application.EmploymentSTUDENT, application.EmploymentEMPLOYED),
		Educations: choices(educationLabels, application.EducationDOCTORATE, application.EducationMASTER,
			application.EducationBACHELOR, application.EducationCOLLEGE, application.EducationSECONDARY,
			application.EducationHIGH_SCHOOL, application.EducationOTHER),
		Degrees: choices(degreeLabels, application.DegreeDOCTOR, application.DegreeMASTER,
			application.DegreeBACHELOR, application.DegreeNONE),
		MajorRelations: choices(majorRelationLabels, application.MajorRelationSAME, application.MajorRelationSIMILAR,
			application.MajorRelationOTHER),
		Statuses: statuses,
		ActorKinds: choices(actorKindLabels, statechange.ActorKindCANDIDATE, statechange.ActorKindSTAFF,
			statechange.ActorKindSYSTEM),
	}
}

// genderLabel is the label of an optional gender (application's or candidate's).
func genderLabel[T ~string](v *T) *string {
	if v == nil {
		return nil
	}
	s := string(*v)
	return labelOf(genderLabels, &s)
}

// labelOf is the label of an optional enum value, nil when unset.
func labelOf[T ~string](labels map[T]string, v *T) *string {
	if v == nil {
		return nil
	}
	l, ok := labels[*v]
	if !ok {
		l = string(*v)
	}
	return &l
}
