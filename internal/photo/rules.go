package photo

// The standard size of the stored photo (1 inch at 300 dpi).
const (
	StandardWidth  = 295
	StandardHeight = 413
)

// File size: more than MinFileSize bytes (strictly), at most MaxFileSize.
const (
	// MinFileSize is the exam's rule ("30 KB 以上"), KB being 1024 bytes.
	MinFileSize = 30 * 1024
	// MaxFileSize keeps decoding cost bounded; a 295×413 to 1200×1600 ID photo
	// at the highest JPEG quality is well below 1 MB, a 24-megapixel camera
	// original around 5 MB. Uploads are capped at 11 MB by the HTTP layer.
	MaxFileSize = 5 << 20
)

// Dimension limits, checked on the frame header before decoding. A 24
// megapixel image decodes to 36–72 MB (baseline, 4:2:0 to 4:4:4); a
// progressive one needs another 4 bytes a pixel and component while
// decoding, up to ~290 MB: Pool bounds how many run at once.
const (
	MaxSide   = 6000
	MaxPixels = 24_000_000
)

// AspectTolerancePercent is the allowed deviation of width/height from
// 295/413 (0.7143). ±5% admits the 33×48 mm passport format (−3.75%) and a
// 3:4 camera crop (+5.0%, the bound itself), and refuses 2:3 (−6.7%),
// square and landscape pictures. Normalize crops the excess.
const AspectTolerancePercent = 5

// Colour: a chroma sample is coloured when √((Cb−128)²+(Cr−128)²) ≥
// ColorChromaMin, and the photo is in colour when at least
// ColorFractionMin of its samples are. Skin is at chroma 15–40 even when
// pale or over-exposed, and a face with the neck covers more than 10% of an
// ID photo, even with black hair and clothes; a grey picture stored as a
// colour JPEG stays within 2–3 of neutral from compression noise alone.
const (
	ColorChromaMin   = 8
	ColorFractionMin = 0.02
)

// Background: the border strips and what counts as white.
const (
	// BorderFraction is the depth of the top, left and right strips (7% of
	// the height for the top one, of the width for the sides): in a standard
	// ID photo the head starts at 8–15% from the top and spans the middle
	// half of the width.
	BorderFraction = 0.07
	// SideStripBottom is where the side strips stop (60% of the height): the
	// shoulders reach the sides below about 75%.
	SideStripBottom = 0.60
	// The strips pass with a mean luma of BackgroundMeanLumaMin or more, a
	// mean chroma of BackgroundMeanChromaMax or less and at least
	// NearWhiteFractionMin of their pixels near-white. A near-white pixel has
	// luma ≥ NearWhiteLumaMin and chroma ≤ NearWhiteChromaMax: a white
	// backdrop photographed is at luma 220–250 with chroma below 5; the usual
	// light-blue backdrop is at chroma ~25, cream at ~13 and above, light grey
	// at luma below 210. Up to 15% may be something else (stray hair, a
	// shadow in a corner).
	BackgroundMeanLumaMin   = 200
	BackgroundMeanChromaMax = 10
	NearWhiteLumaMin        = 210
	NearWhiteChromaMax      = 14
	NearWhiteFractionMin    = 0.85
)

// SharpnessMin is the least variance of the Laplacian of the luma plane
// resampled to 295×413. Calibrated on generated portraits of 413×579 to
// 1200×1600 (TestSharpnessCalibration): sharp ones measure 500–2000, the
// same with a Gaussian blur of σ = 0.7 px at the standard size 85–170,
// σ = 1 px 38–57 (soft, accepted), σ = 1.5 px 13–19 and σ = 2 px 6–10
// (refused); a 100×140 thumbnail enlarged to 413×579 measures 13.
// The threshold leans towards accepting: the figure of a real photo
// depends on its content (a large plain backdrop and smooth skin lower it),
// and reviewers see every photo. Re-calibrate on a sample of real accepted
// and refused photos when there is one.
const SharpnessMin = 25

// NormalizeQuality is the first JPEG quality Normalize tries for re-encoded
// photos: 95 keeps the 295×413 result visually lossless, at 30–50 KB for
// detailed sources; smoother ones need more (qualityLadder).
const NormalizeQuality = 95
