package graph

import (
	"github.com/ruankao/ruankao/ent/notice"
	"github.com/ruankao/ruankao/ent/regionpolicy"
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
