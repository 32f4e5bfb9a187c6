package graph

import (
	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/exportjob"
)

var exportStatusLabels = map[exportjob.Status]string{
	exportjob.StatusQUEUED: "排队中", exportjob.StatusRUNNING: "导出中",
	exportjob.StatusREADY: "已完成", exportjob.StatusFAILED: "导出失败",
}

// exportProgress is rowsDone / rowsTotal, 1 once READY.
func exportProgress(j *ent.ExportJob) float64 {
	switch {
	case j.Status == exportjob.StatusREADY:
		return 1
	case j.RowsTotal <= 0:
		return 0
	}
	return min(1, float64(j.RowsDone)/float64(j.RowsTotal))
}
