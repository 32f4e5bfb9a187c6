package photo

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
)

// Check is the result of one rule.
type Check struct {
	Name     string // stable id, one of the Check* constants
	Label    string // Chinese name: 格式, 文件大小, …
	Passed   bool
	Measured string // what was found, for people ("28.4 KB（29,081 字节）", "未检测")
	Required string // what the rule asks ("大于 30 KB，不超过 5 MB")
	Advice   string // how to fix a failure, in Chinese; empty when passed
}

// Report is the outcome of every check on one upload.
type Report struct {
	Checks []Check // always all eight, in the order of the Check* constants
	Passed bool    // every check passed
	// Width and Height are the displayed dimensions (after the EXIF
	// orientation); 0 when the frame header could not be read.
	Width, Height int
	// Orientation is the EXIF orientation (1–8; 1 when untagged); 0 when the
	// file is not a JPEG.
	Orientation int
}

// Check returns the check with the given name.
func (r Report) Check(name string) (Check, bool) {
	for _, c := range r.Checks {
		if c.Name == name {
			return c, true
		}
	}
	return Check{}, false
}

// Failed lists the checks that did not pass.
func (r Report) Failed() []Check {
	var out []Check
	for _, c := range r.Checks {
		if !c.Passed {
			out = append(out, c)
		}
	}
	return out
}

// Names of the checks, in report order.
const (
	CheckFormat      = "format"
	CheckFileSize    = "file_size"
	CheckDimensions  = "dimensions"
	CheckAspectRatio = "aspect_ratio"
	CheckColor       = "color"
	CheckBackground  = "background"
	CheckSharpness   = "sharpness"
	CheckIntegrity   = "integrity"
)

var labels = map[string]string{
	CheckFormat:      "格式",
	CheckFileSize:    "文件大小",
	CheckDimensions:  "尺寸",
	CheckAspectRatio: "比例",
	CheckColor:       "彩色",
	CheckBackground:  "白色背景",
	CheckSharpness:   "清晰度",
	CheckIntegrity:   "完整性",
}

// NotChecked is the Measured text of a check an earlier failure prevented.
const NotChecked = "未检测"

var (
	reqFormat     = "JPEG 格式（按文件内容识别，与扩展名无关）"
	reqFileSize   = fmt.Sprintf("大于 30 KB，不超过 %d MB", MaxFileSize>>20)
	reqDimensions = fmt.Sprintf("不小于 %d×%d 像素（宽×高），每边不超过 %d 像素且总计不超过 %d 万像素",
		StandardWidth, StandardHeight, MaxSide, MaxPixels/10000)
	reqAspect = fmt.Sprintf("竖幅，宽高比 %d:%d（约 %.3f），偏差不超过 ±%d%%",
		StandardWidth, StandardHeight, float64(StandardWidth)/StandardHeight, AspectTolerancePercent)
	reqColor      = fmt.Sprintf("彩色照片（彩色像素不少于 %.0f%%）", ColorFractionMin*100)
	reqBackground = fmt.Sprintf("白色背景：上、左、右边缘平均亮度不低于 %d，平均色度不高于 %d，近白像素不少于 %.0f%%",
		BackgroundMeanLumaMin, BackgroundMeanChromaMax, NearWhiteFractionMin*100)
	reqSharpness = fmt.Sprintf("清晰度不低于 %d", SharpnessMin)
	reqIntegrity = "文件完整，可完整解码至结束标记"
)

// analysis is what Validate finds, kept for Normalize.
type analysis struct {
	report Report
	segs   []segment // the marker structure up to EOI
	img    image.Image
	ycbcr  bool // decoded as Y′CbCr (not grey, CMYK or RGB)
}

// Validate checks an uploaded photo against every rule and reports all the
// checks (see the package documentation for the rules and thresholds). It
// never fails: anything wrong with data is a failed check.
func Validate(data []byte) Report {
	return analyze(data).report
}

func analyze(data []byte) (a analysis) {
	checks := make([]Check, 0, 8)
	add := func(name string, passed bool, measured, required, advice string) {
		if passed {
			advice = ""
		}
		checks = append(checks, Check{name, labels[name], passed, measured, required, advice})
	}
	skip := func(name, required, because string) {
		add(name, false, NotChecked, required, fmt.Sprintf("请先解决“%s”问题", labels[because]))
	}
	defer func() {
		a.report.Checks = checks
		a.report.Passed = len(checks) > 0
		for _, c := range checks {
			a.report.Passed = a.report.Passed && c.Passed
		}
	}()

	// format
	var cfg image.Config
	isJPEG := bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF})
	var cfgErr error
	if isJPEG {
		cfg, cfgErr = jpeg.DecodeConfig(bytes.NewReader(data))
	}
	switch {
	case isJPEG && cfgErr == nil:
		add(CheckFormat, true, "JPEG", reqFormat, "")
	case isJPEG && isUnsupported(cfgErr):
		add(CheckFormat, false, "JPEG，但编码方式不受支持（如算术编码、无损或 12 位 JPEG）", reqFormat,
			"请用常见的图片软件把照片另存为标准 JPEG 后上传")
	case isJPEG:
		add(CheckFormat, false, "JPEG 文件头损坏，无法读取", reqFormat,
			"文件已损坏，请用图片软件重新导出为 JPEG 后上传")
	default:
		add(CheckFormat, false, sniffName(data), reqFormat,
			"请上传 JPEG（.jpg）格式的照片；只改扩展名不会改变格式，请用图片软件“另存为 JPEG”")
	}
	formatOK := isJPEG && cfgErr == nil

	// file_size
	size := len(data)
	sizeOK := size > MinFileSize && size <= MaxFileSize
	sizeAdvice := "照片文件过小（多为压缩过度或像素过低），请使用原始照片或以更高质量另存为 JPEG"
	if size > MaxFileSize {
		sizeAdvice = "照片文件过大，请适当压缩或缩小尺寸后再上传"
	}
	add(CheckFileSize, sizeOK, formatSize(size), reqFileSize, sizeAdvice)

	if !formatOK {
		for _, c := range []struct{ name, req string }{
			{CheckDimensions, reqDimensions}, {CheckAspectRatio, reqAspect}, {CheckColor, reqColor},
			{CheckBackground, reqBackground}, {CheckSharpness, reqSharpness}, {CheckIntegrity, reqIntegrity},
		} {
			skip(c.name, c.req, CheckFormat)
		}
		return a
	}

	// The marker structure: where the orientation is and whether EOI comes.
	segs, _, scanErr := scanJPEG(data)
	a.segs = segs
	o := orientationOf(data, segs)
	W, H := uprightDims(cfg.Width, cfg.Height, o)
	a.report.Width, a.report.Height, a.report.Orientation = W, H, o

	// dimensions
	tooLarge := W > MaxSide || H > MaxSide || int64(W)*int64(H) > MaxPixels
	dimOK := W >= StandardWidth && H >= StandardHeight && !tooLarge
	measured := fmt.Sprintf("%d×%d 像素", W, H)
	if o >= 5 {
		measured += "（已按拍摄方向旋转）"
	}
	dimAdvice := fmt.Sprintf("照片像素过低，请使用不小于 %d×%d 像素的原始照片，不要用截图或缩略图", StandardWidth, StandardHeight)
	if tooLarge {
		dimAdvice = "照片像素过大，请缩小到 6000 像素以内（例如 1200×1680）后再上传"
	}
	add(CheckDimensions, dimOK, measured, reqDimensions, dimAdvice)

	// aspect_ratio: |W·413 − H·295| ≤ 5% of H·295, in integers.
	dev := int64(W)*StandardHeight - int64(H)*StandardWidth
	ref := int64(H) * StandardWidth
	aspectOK := 100*abs64(dev) <= AspectTolerancePercent*ref // landscape is far outside
	aspectAdvice := fmt.Sprintf("请按宽 %d : 高 %d（约 5:7）的竖幅比例裁剪照片", StandardWidth, StandardHeight)
	if W > H {
		aspectAdvice = "照片是横幅的，请上传竖幅（人像直立）照片"
	}
	add(CheckAspectRatio, aspectOK, fmt.Sprintf("宽高比 %.3f（与标准相差 %+.1f%%）",
		float64(W)/float64(H), 100*float64(dev)/float64(ref)), reqAspect, aspectAdvice)

	// Decoding: only within the size limits.
	decodeBlock := ""
	switch {
	case tooLarge:
		decodeBlock = CheckDimensions
	case size > MaxFileSize:
		decodeBlock = CheckFileSize
	}
	if decodeBlock != "" {
		skip(CheckColor, reqColor, decodeBlock)
		skip(CheckBackground, reqBackground, decodeBlock)
		skip(CheckSharpness, reqSharpness, decodeBlock)
		skip(CheckIntegrity, reqIntegrity, decodeBlock)
		return a
	}
	m, decErr := jpeg.Decode(bytes.NewReader(data))
	yield()
	if decErr != nil {
		skip(CheckColor, reqColor, CheckIntegrity)
		skip(CheckBackground, reqBackground, CheckIntegrity)
		skip(CheckSharpness, reqSharpness, CheckIntegrity)
		measured, advice := "图像数据损坏，无法完整解码", "文件已损坏或未上传完整，请重新导出照片后上传"
		switch {
		case isUnsupported(decErr):
			measured, advice = "JPEG 编码方式不受支持，无法解码", "请用常见的图片软件把照片另存为标准 JPEG 后上传"
		case scanErr == errTruncated:
			measured = "文件不完整（数据中途截断，缺少结束标记 FFD9）"
		}
		add(CheckIntegrity, false, measured, reqIntegrity, advice)
		return a
	}
	_, a.ycbcr = m.(*image.YCbCr)
	up := uprightImage(m, o)
	a.img = up

	// color
	if _, gray := up.(*image.Gray); gray {
		add(CheckColor, false, "黑白照片（单通道灰度 JPEG）", reqColor, "请上传彩色照片，不要使用黑白照片")
	} else {
		f := colorFraction(up)
		add(CheckColor, f >= ColorFractionMin, fmt.Sprintf("彩色像素占 %.1f%%", 100*f), reqColor,
			"照片为黑白或近乎无色，请上传彩色照片")
	}

	// background
	bg := measureBackground(up)
	add(CheckBackground, bg.passed(), fmt.Sprintf("边缘平均亮度 %.0f，平均色度 %.1f，近白像素 %.0f%%",
		bg.meanLuma, bg.meanChroma, 100*bg.nearWhite), reqBackground,
		"请在纯白色背景前拍摄（不要蓝底、红底或灰暗背景），背景光线均匀、无阴影，头发不要贴到照片上缘")

	// sharpness
	s := sharpness(up)
	add(CheckSharpness, s >= SharpnessMin, fmt.Sprintf("清晰度 %.0f", s), reqSharpness,
		"照片模糊，请对焦清晰、保持稳定后重新拍摄，不要把小图放大后上传")

	// integrity
	switch scanErr {
	case nil:
		add(CheckIntegrity, true, "完整", reqIntegrity, "")
	case errTruncated:
		add(CheckIntegrity, false, "文件不完整（缺少结束标记 FFD9，可能未上传完整）", reqIntegrity,
			"文件未上传完整或已损坏，请重新导出照片后上传")
	default:
		add(CheckIntegrity, false, "文件结构损坏", reqIntegrity, "文件已损坏，请用图片软件重新导出为 JPEG 后上传")
	}
	return a
}

func isUnsupported(err error) bool {
	var u jpeg.UnsupportedError
	return errors.As(err, &u)
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// formatSize writes a byte count as KB or MB (1024-based) with the exact count.
func formatSize(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB（%d 字节）", float64(n)/(1<<20), n)
	default:
		return fmt.Sprintf("%.1f KB（%d 字节）", float64(n)/1024, n)
	}
}

// sniffName names what a non-JPEG file is, from its first bytes.
func sniffName(data []byte) string {
	has := func(off int, magic string) bool {
		return len(data) >= off+len(magic) && string(data[off:off+len(magic)]) == magic
	}
	switch {
	case len(data) == 0:
		return "空文件"
	case has(0, "\x89PNG\r\n\x1a\n"):
		return "PNG 图片，不是 JPEG"
	case has(0, "GIF87a"), has(0, "GIF89a"):
		return "GIF 图片，不是 JPEG"
	case has(0, "RIFF") && has(8, "WEBP"):
		return "WebP 图片，不是 JPEG"
	case has(0, "BM"):
		return "BMP 图片，不是 JPEG"
	case has(4, "ftypheic"), has(4, "ftypheix"), has(4, "ftypmif1"), has(4, "ftypmsf1"), has(4, "ftypavif"):
		return "HEIC/AVIF 图片，不是 JPEG"
	case has(0, "II*\x00"), has(0, "MM\x00*"):
		return "TIFF 图片，不是 JPEG"
	case has(0, "%PDF-"):
		return "PDF 文件，不是图片"
	}
	return "不是 JPEG 图片"
}
