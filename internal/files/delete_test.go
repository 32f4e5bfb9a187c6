package files

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestDirStoreDelete(t *testing.T) {
	ctx := context.Background()
	s, err := NewDirStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	obj, err := s.Put(ctx, strings.NewReader("photo bytes"), 100)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ctx, obj.Sum); err != nil {
		t.Fatal(err)
	}
	if ok, _ := s.Exists(ctx, obj.Sum); ok {
		t.Fatal("object still there after Delete")
	}
	if err := s.Delete(ctx, obj.Sum); err != nil {
		t.Fatalf("deleting an absent object: %v", err)
	}
	if err := s.Delete(ctx, "../etc/passwd"); !errors.Is(err, ErrInvalidSum) {
		t.Fatalf("invalid sum: %v", err)
	}
}
