package stats

import "github.com/ruankao/ruankao/ent/application"

// The Chinese labels of the form's education and employment choices, as the
// official form words them; the API and the summary report share them.
var (
	EmploymentLabels = map[application.Employment]string{
		application.EmploymentSTUDENT: "在校", application.EmploymentEMPLOYED: "在职",
	}
	EducationLabels = map[application.Education]string{
		application.EducationDOCTORATE: "博士研究生", application.EducationMASTER: "硕士研究生",
		application.EducationBACHELOR: "大学本科", application.EducationCOLLEGE: "大学专科",
		application.EducationSECONDARY: "中专", application.EducationHIGH_SCHOOL: "高中",
		application.EducationOTHER: "其他",
	}
)
