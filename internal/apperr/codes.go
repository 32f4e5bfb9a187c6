// Package apperr is the project's one error vocabulary: stable English codes
// for clients, Chinese messages for people. Every code lives in this file and
// in README.md.
package apperr

// Codes of GraphQL errors (extensions.code).
const (
	Unauthenticated = "UNAUTHENTICATED" // no valid session
	Forbidden       = "FORBIDDEN"       // the role may not call the operation at all
	NotFound        = "NOT_FOUND"       // absent, or not visible to the caller
	Conflict        = "CONFLICT"        // a concurrent change or a claim held by another
	RateLimited     = "RATE_LIMITED"    // too many requests; retry later
	BadRequest      = "BAD_REQUEST"     // malformed request, query or variables
	Internal        = "INTERNAL"        // details logged with the request id, never shown
)

// Reasons of GraphQL errors (extensions.reason), beside their code.
const (
	// TOTPEnrolmentRequired (with FORBIDDEN): a staff user without a second
	// factor while one is mandatory may only enrol one, see me and log out.
	TOTPEnrolmentRequired = "TOTP_ENROLMENT_REQUIRED"
)

// Codes of userErrors in mutation payloads.
const (
	InvalidFormat     = "INVALID_FORMAT"
	Required          = "REQUIRED"
	WindowClosed      = "WINDOW_CLOSED"
	NotOffered        = "NOT_OFFERED"
	AreaLevelMismatch = "AREA_LEVEL_MISMATCH"
	NonLocalRefused   = "NON_LOCAL_REFUSED"
	MaterialsMissing  = "MATERIALS_MISSING"
	CommitmentNeeded  = "COMMITMENT_REQUIRED"
	PhotoRequired     = "PHOTO_REQUIRED"
	Banned            = "BANNED"
	WrongState        = "WRONG_STATE"
	AreaHasApplicants = "AREA_HAS_APPLICANTS"

	// ID numbers (internal/idcard): which check failed.
	InvalidCheckDigit = "INVALID_CHECK_DIGIT"
	InvalidBirthDate  = "INVALID_BIRTH_DATE"
	InvalidRegion     = "INVALID_REGION"

	// Logins and accounts.
	AlreadyUsed        = "ALREADY_USED"        // a login QR code exchanged before
	IDInUse            = "ID_IN_USE"           // the ID number belongs to another account
	InvalidCredentials = "INVALID_CREDENTIALS" // wrong username or password
	AccountLocked      = "ACCOUNT_LOCKED"      // too many failures in a row
	TOTPRequired       = "TOTP_REQUIRED"
	TOTPInvalid        = "TOTP_INVALID"
	TOTPMandatory      = "TOTP_MANDATORY" // turning the second factor off while it is mandatory
	WeakPassword       = "WEAK_PASSWORD"
	UsernameTaken      = "USERNAME_TAKEN"
	NotAllowed         = "NOT_ALLOWED"     // the role may not do this to that record
	NoticeOutdated     = "NOTICE_OUTDATED" // accepting an old privacy notice
	ConsentRefused     = "CONSENT_REFUSED" // the identity app did not give name and ID number

	// PrivacyNoticeRequired: personal data (form, photo, materials, submit)
	// before the current privacy notice is accepted (or after the consent was withdrawn).
	PrivacyNoticeRequired = "PRIVACY_NOTICE_REQUIRED"
	// SensitiveConsentRequired: the same before the separate consent to
	// sensitive personal information (PIPL art. 29) is given for the current notice.
	SensitiveConsentRequired = "SENSITIVE_CONSENT_REQUIRED"

	// The form, photos and materials.
	AlreadyApplied = "ALREADY_APPLIED" // one live application per session
	FileTooLarge   = "FILE_TOO_LARGE"
	PhotoInvalid   = "PHOTO_INVALID" // the photo failed a check of the photo tool
	RegionFixed    = "REGION_FIXED"  // the region of an application submitted once cannot change

	// StorageUnavailable: the file store (object storage) did not answer;
	// the file was not saved, nothing was recorded; try again shortly.
	StorageUnavailable = "STORAGE_UNAVAILABLE"

	// Payment.
	GatewayUnavailable = "GATEWAY_UNAVAILABLE" // the payment gateway did not answer; try again shortly

	// Seats.
	SeatTaken = "SEAT_TAKEN" // moving a candidate to a seat another holds

	// Exports.
	TooManyExports = "TOO_MANY_EXPORTS" // the person's unfinished exports are at their limit

	// Exam cancellation (internal/cancellation).
	SessionCancelled     = "SESSION_CANCELLED"     // the session is cancelled in the region: the registration cannot change
	SittingCancelled     = "SITTING_CANCELLED"     // the session is cancelled in the application's 考区
	SecondAdminRequired  = "SECOND_ADMIN_REQUIRED" // a cancellation is confirmed by an admin other than the one who drafted it
	CancellationOverlaps = "CANCELLATION_OVERLAPS" // an open cancellation covers the same scope, or contains it, or lies inside it
	// TicketVoid: the HTTP answer (410 Gone) for the ticket of a cancelled exam.
	TicketVoid = "TICKET_VOID"
)

// Region and national administration (internal/admin).
const (
	WindowOrder           = "WINDOW_ORDER"            // a window's times are out of order
	WindowOutsideSession  = "WINDOW_OUTSIDE_SESSION"  // a region's window before the session's, or past its first exam day
	WindowStarted         = "WINDOW_STARTED"          // moving the start of a window that has begun
	DeadlinePassed        = "DEADLINE_PASSED"         // moving a deadline that has passed, or moving one into the past
	OutOfRange            = "OUT_OF_RANGE"            // a number outside its bounds (fees, review days, capacity)
	AlreadyExists         = "ALREADY_EXISTS"          // the code (or date) is taken
	CapacityBelowAssigned = "CAPACITY_BELOW_ASSIGNED" // a room's capacity below a seat already assigned in it
	SeatsAssigned         = "SEATS_ASSIGNED"          // disabling a site or room that holds assigned seats
)
