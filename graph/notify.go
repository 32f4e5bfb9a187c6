package graph

import (
	"github.com/ruankao/ruankao/graph/model"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/notify"
)

func noticeAudience(in *model.NoticeAudienceInput) notify.Audience {
	if in == nil {
		return notify.Audience{}
	}
	return notify.Audience{SessionCode: in.SessionCode, RegionCode: in.RegionCode, AreaID: in.AreaID, Statuses: in.Statuses}
}

// problemsError turns the problems of a query (which has no payload) into
// a BAD_REQUEST carrying the first problem's message.
func problemsError(ps apperr.Problems) error {
	if !ps.Any() {
		return nil
	}
	return apperr.New(apperr.BadRequest, ps[0].Message)
}

func demoOnly() error {
	return apperr.New(apperr.Forbidden, "模拟邮箱和短信记录仅在演示模式（--demo）下可用")
}
