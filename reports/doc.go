// Package reports makes the system's documents: PDFs (payment receipts, admission tickets,
// sign-in sheets, certificates, summary reports) and exports.
//
// Its functions take plain data (strings, integers, times), never ent types: the caller maps its
// records onto them, so rendering needs no database and runs outside any transaction. Every
// document is deterministic (the same data gives the same bytes), carries no more personal data
// than it must (no ID numbers on receipts), and is Chinese throughout, in the one embedded font
// (fonts.go).
package reports
