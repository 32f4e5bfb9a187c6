package server

import (
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/vektah/gqlparser/v2/validator/rules"
)

// withoutSuggestions turns off the "Did you mean …?" hints of validation
// errors. Where introspection is off (production mode) they would hand the
// schema out one guess at a time: `{ reviewQueu { totalCount } }` naming
// reviewQueue and reviewCounts. gqlgen's own switch covers only two rules
// (FieldsOnCorrectType, ScalarLeafs); field arguments, type names, enum
// values and input fields suggest too, so every rule that suggests is
// swapped for gqlparser's variant without suggestions.
func withoutSuggestions(gql *handler.Server) {
	gql.SetDisableSuggestion(true)
	gql.SetValidationRulesFn(func() *rules.Rules {
		r := rules.NewDefaultRules()
		r.RemoveRule(rules.KnownArgumentNamesRule.Name)
		r.AddRule(rules.KnownArgumentNamesRuleWithoutSuggestions.Name, rules.KnownArgumentNamesRuleWithoutSuggestions.RuleFunc)
		r.RemoveRule(rules.KnownTypeNamesRule.Name)
		r.AddRule(rules.KnownTypeNamesRuleWithoutSuggestions.Name, rules.KnownTypeNamesRuleWithoutSuggestions.RuleFunc)
		r.RemoveRule(rules.ValuesOfCorrectTypeRule.Name)
		r.AddRule(rules.ValuesOfCorrectTypeRuleWithoutSuggestions.Name, rules.ValuesOfCorrectTypeRuleWithoutSuggestions.RuleFunc)
		return r // FieldsOnCorrectType and ScalarLeafs: SetDisableSuggestion swaps them
	})
}
