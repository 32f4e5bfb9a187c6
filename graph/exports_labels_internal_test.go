package graph

import (
	"testing"

	"github.com/ruankao/ruankao/internal/exports"
)

// The export writes the form's labels from its own copy; they must say
// what the API says.
func TestExportLabelsMatchTheAPI(t *testing.T) {
	for k, v := range genderLabels {
		if exports.GenderLabels[k] != v {
			t.Errorf("gender %s: %q, the API %q", k, exports.GenderLabels[k], v)
		}
	}
	for k, v := range educationLabels {
		if exports.EducationLabels[string(k)] != v {
			t.Errorf("education %s: %q, the API %q", k, exports.EducationLabels[string(k)], v)
		}
	}
	for k, v := range employmentLabels {
		if exports.EmploymentLabels[string(k)] != v {
			t.Errorf("employment %s: %q, the API %q", k, exports.EmploymentLabels[string(k)], v)
		}
	}
	if len(exports.GenderLabels) != len(genderLabels) || len(exports.EducationLabels) != len(educationLabels) ||
		len(exports.EmploymentLabels) != len(employmentLabels) {
		t.Errorf("label sets differ in size")
	}
}
