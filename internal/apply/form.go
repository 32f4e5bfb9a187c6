package apply

import (
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/form"
)

// Form is the application form as the candidate sends it: every field
// optional, since a draft may be incomplete. Dates are the text sent, so
// that checkForm reports an impossible one with the other problems.
type Form struct {
	RegionCode        *string
	AreaID            *pulid.ID
	QualificationCode *string
	HukouCode         *string
	Gender            *application.Gender
	BirthDate         *form.DateText
	Title             *string
	TitleDate         *form.DateText
	Employment        *application.Employment
	WorkUnit          *string
	WorkStartDate     *form.DateText
	Education         *application.Education
	Degree            *application.Degree
	GraduationDate    *form.DateText
	MajorRelation     *application.MajorRelation
	MajorName         *string
	Address           *string
	Email             *string
	Mobile            *string
	Landline          *string
	Postcode          *string
	PhotoID           *pulid.ID
}

// NoTitle is what the form says when the candidate has no 职称.
const NoTitle = "无"

// path is the input path of a form field, as userErrors report it.
func path(field string) []string { return []string{"input", field} }
