package notify

import "errors"

var errUnknownTemplate = errors.New("SMS template not approved")

// knownTemplate: the provider takes only the template ids approved for us.
func knownTemplate(id string) bool {
	for _, t := range smsTemplates {
		if t.ID == id {
			return true
		}
	}
	return false
}

// Templates lists the SMS template ids and their parameters, for filing
// them with a provider (each provider approves the wording per id).
func Templates() map[string][]string {
	out := map[string][]string{}
	for _, t := range smsTemplates {
		out[t.ID] = t.Params
	}
	return out
}
