package graph

import "github.com/ruankao/ruankao/ent/datarequest"

var dataRequestKindLabels = map[datarequest.Kind]string{
	datarequest.KindEXPORT: "导出个人信息", datarequest.KindDELETION: "删除个人信息",
}

var dataRequestStatusLabels = map[datarequest.Status]string{
	datarequest.StatusPENDING: "待处理", datarequest.StatusAPPROVED: "已同意",
	datarequest.StatusREFUSED: "不予删除", datarequest.StatusDONE: "已完成",
}
