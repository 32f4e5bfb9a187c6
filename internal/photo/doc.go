// Package photo is the registration's photo validation tool (照片验证工具): it
// checks an uploaded ID photo against the rules of the exam and turns a
// passing one into the stored 295×413 JPEG. It is pure Go, on the standard
// library alone (golang.org/x/image/draw serves only as the reference its
// resampler is tested against), and has no state; Pool bounds how many
// photos are processed at once.
//
// # The checks
//
// Validate runs every check, always all eight, in this order, and reports
// each with what was measured, what is required and, when it failed, advice
// in Chinese. The numbers are the constants below; why each was chosen is
// written beside it.
//
//   - format (格式): JPEG by content — the bytes start with FF D8 FF and the
//     frame header (SOF) reads — never by file name or declared type. A PNG
//     renamed .jpg fails and is named as PNG in the message.
//   - file_size (文件大小): the uploaded byte length, strictly more than
//     30 KB (30×1024 = 30,720 bytes) and at most 5 MB (5×1024×1024 bytes).
//   - dimensions (尺寸): width and height after the EXIF orientation, at
//     least 295×413 (the standard size itself passes), and at most 6000
//     pixels a side and 24 megapixels. The upper limits are read from the
//     frame header before anything is decoded, so a small file claiming
//     60000×60000 is refused without allocating the image.
//   - aspect_ratio (比例): portrait, width/height within ±5% of 295/413
//     (0.7143), compared in integers, bounds included.
//   - color (彩色): at least 2% of the chroma samples have a chroma
//     √((Cb−128)²+(Cr−128)²) of 8 or more. A one-component JPEG is grey
//     whatever its content; a three-component JPEG of neutral pixels too.
//   - background (白色背景): measured on the border — the top 7% of the
//     height, and the left and right 7% of the width from there down to 60%
//     of the height (the lower sides are where the shoulders are). The border
//     passes when its mean luma is at least 200, its mean chroma at most 10,
//     and at least 85% of its pixels are near-white (luma ≥ 210, chroma ≤ 14).
//   - sharpness (清晰度): the variance of the 4-neighbour Laplacian of the luma
//     plane after an area-average resampling to the standard 295×413 (so the
//     figure does not depend on the upload size) must be at least 25.
//   - integrity (完整性): the marker structure is walked from SOI through
//     every segment and the entropy-coded data to the EOI marker (FF D9), and
//     image/jpeg decodes the whole image without error. A truncated upload
//     fails on either count (image/jpeg of Go 1.26 also reports a missing EOI
//     as an unexpected EOF; the walk does not depend on it). Stray bytes
//     between segments are skipped, as libjpeg and image/jpeg do; bytes
//     after EOI (some phones append a video or a depth map there) are
//     ignored by the checks and never stored.
//
// When an earlier failure makes a later check impossible, that check is
// reported with Passed false and Measured "未检测", and its advice names the
// check to fix first: a file that is not a JPEG is checked only for its size;
// a file above 5 MB or a header above the size limits is not decoded, so
// colour, background, sharpness and integrity are not checked; an image that
// does not decode is not measured for colour, background and sharpness.
//
// # Normalize
//
// Normalize accepts only a passing photo. It applies the EXIF orientation,
// crops the centre to exactly 295:413, scales to 295×413 with Catmull-Rom
// (resample.go) and encodes without any metadata at quality 95, or 97, 99
// or 100 when that is what makes the file larger than 30 KB (the file the
// candidate uploads is the saved one, so it must pass every check itself;
// a smooth picture still at 30 KB or less at quality 100 gets one COM
// segment of filler, "ruankao:padding" and spaces). A source
// that already is a 295×413 JPEG with orientation 1 (tagged or not) and
// Y′CbCr colour is kept as uploaded instead, with its metadata removed at
// the marker level: APP1–APP13, APP15 and COM segments and anything after
// EOI are dropped, the JFIF APP0 is kept without its thumbnail and an Adobe
// APP14 is kept reduced to its colour-transform flag (it says how to read
// the colours); DQT, SOF, DHT, DRI, SOS and the entropy-coded data are
// copied byte for byte. ICC profiles (APP2) go too, in both paths: colours
// are taken as sRGB. A kept source that is 30 KB or less once stripped is
// re-encoded instead. Whatever the path, the result is run through Validate
// before it is returned.
//
// # Cost and the pool
//
// One core validates and normalizes a 413×579 upload in ~10 ms of CPU, a
// 600×800 one in ~15 ms and a 1200×1600 one in ~40 ms, most of it in
// image/jpeg's decoder (go run ./bench/photo). Decoding holds the image
// (1.5–3 bytes a pixel) and, for a progressive JPEG, 4 more bytes a pixel
// and component: up to ~360 MB at the 24-megapixel limit. Run Validate and
// Normalize through a Pool sized to the cores so that uploads cannot starve
// logins and submissions; turn its *ErrBusy into RATE_LIMITED with
// ratelimit.NewError(busy.RetryAfter).
package photo
