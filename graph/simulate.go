package graph

import (
	"github.com/ruankao/ruankao/graph/model"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/identity"
)

var simulatorActions = map[model.SimulatorAction]identity.Action{
	model.SimulatorActionConfirm: identity.ActConfirm, model.SimulatorActionRefuse: identity.ActRefuse,
	model.SimulatorActionRefuseConsent: identity.ActRefuseConsent, model.SimulatorActionExpire: identity.ActExpire,
}

// simulate plays the identity app. The simulator vouches for whatever it is
// given, as a buggy or hostile provider might: the login checks it.
func simulate(sim *identity.Simulator, in model.SimulateIdentityAppInput) *model.SimulateIdentityAppPayload {
	id := identity.Identity{}
	if in.Subject != nil {
		id.Subject = *in.Subject
	}
	if in.Name != nil {
		id.Name = *in.Name
	}
	if in.IDType != nil {
		id.IDType = *in.IDType
	}
	if in.IDNumber != nil {
		id.IDNumber = *in.IDNumber
	}
	var problems apperr.Problems
	if err := sim.Act(in.QRPayload, simulatorActions[in.Action], id); err != nil {
		problems.Add(apperr.WrongState, err.Error(), "input", "qrPayload")
	}
	return &model.SimulateIdentityAppPayload{Done: !problems.Any(), UserErrors: userErrors(problems)}
}
