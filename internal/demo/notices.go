package demo

import (
	"fmt"

	"github.com/ruankao/ruankao/ent/notice"
)

type noticeText struct {
	kind        notice.Kind
	title, body string
}

func noticeTexts(regionName string, rp regionPlan) []noticeText {
	var out []noticeText
	if rp.notices {
		out = append(out, noticeText{notice.KindPOLICY, fmt.Sprintf("关于%s计算机技术与软件专业技术资格（水平）考试报名工作的通知", regionName),
			"根据人力资源社会保障部、工业和信息化部有关规定，结合本地区实际，现将报名有关事项通知如下。" + rp.why + "。"})
	}
	out = append(out, []noticeText{
		{notice.KindCANDIDATE_GUIDE, regionName + "计算机技术与软件专业技术资格（水平）考试考生须知",
			"一、考生须使用国家网络身份认证登录报名系统，如实填写报名信息。\n" +
				"二、照片须为近期白底彩色免冠证件照，JPG 格式，大于 30KB，不小于 295×413 像素，须经照片验证工具处理后上传。\n" +
				"三、缴费成功即报名成功，报名成功后不予退费，不得更改考试考区。\n" +
				"四、本地区规则：" + rp.why + "。"},
		{notice.KindEXAM_PLAN, regionName + "考试计划",
			"考试分上半年、下半年两个批次，高级资格考综合知识、案例分析、论文三个科目，初级、中级资格考基础知识、应用技术两个科目。各科目均须在同一批次内合格。"},
		{notice.KindEXAM_ARRANGEMENT, regionName + "考试安排",
			"准考证于考前一周开放打印，考点、考场和座位号在准考证上公布。考生须携带准考证和有效身份证件参加考试。"},
	}...)
	return out
}
