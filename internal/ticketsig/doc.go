// Package ticketsig signs and verifies the token printed as the QR code of an admission ticket
// (准考证), so that a door device holding only the public keys checks a ticket offline.
//
// # Token format (version 1)
//
// The token is the unpadded base64url encoding (RFC 4648 §5, no '=') of
//
//	version   1 byte, 0x01
//	kidLen    1 byte, 1–16
//	kid       kidLen bytes of printable ASCII: which key signed (keys rotate; old ones stay verifiable)
//	payload   the claims, below
//	signature 64 bytes: Ed25519 (RFC 8032, pure) over every byte before it
//
// The signature covers the version and the key id too, so neither can be swapped on its own.
// The payload is, in this order,
//
//	TicketNo       string  准考证号
//	Session        string  exam session code, e.g. 2027H1
//	Region         string  registration region code
//	ApplicationID  string  the candidate's application
//	SiteID         string  exam site
//	Room           string  room code
//	Seat           uvarint seat number
//	Expires        uvarint Unix seconds: the end of the exam's last sitting (plus whatever grace
//	               the caller adds); a verifier given a clock refuses the token after it
//
// and a string is one tag byte and its body, so that the identifiers of this system take little
// room in the QR code:
//
//	0x00 raw     uvarint length, then the UTF-8 bytes
//	0x01 digits  uvarint number of digits (1–19), then the value as uvarint (keeps leading zeros)
//	0x02 ULID id uvarint prefix length, the prefix, then the 16 bytes of a ULID (the ids of this
//	             system are a short type prefix and a 26-character ULID, upper case)
//
// A typical ticket (18-digit ticket number, two prefixed ULIDs, key id "k1") is 142 bytes, 190
// characters: a version 10 QR code (57 modules) at level M. Nothing else is encoded: the token carries no name
// and no ID number (it is read by devices and people at the door, and the number on the ticket
// plus the roster identify the candidate).
//
// Decoding is strict: no padding, no stray bits, no trailing bytes, every field present, so one
// ticket has exactly one valid token per key.
package ticketsig
