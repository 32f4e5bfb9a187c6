package reports

import (
	"testing"

	qr "github.com/yeqown/go-qrcode/v2"
)

func BenchmarkQRModules(b *testing.B) {
	tok := sampleTicket(1).Token
	for b.Loop() {
		if _, err := qrModules(tok); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkQRModulesYeqown(b *testing.B) {
	tok := sampleTicket(1).Token
	for b.Loop() {
		if _, err := qr.NewWith(tok, qr.WithEncodingMode(qr.EncModeByte), qr.WithErrorCorrectionLevel(qr.ErrorCorrectionMedium)); err != nil {
			b.Fatal(err)
		}
	}
}
