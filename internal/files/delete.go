package files

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Deleter is a store that can remove an object: the retention job
// (internal/retention) removes a photo or material no row refers to any
// more. It is not part of Store, so a store without it keeps its objects
// (the job logs that it could not remove them).
type Deleter interface {
	// Delete removes the object; an absent one is not an error. An invalid
	// sum is ErrInvalidSum. Objects are shared by content: the caller checks
	// first that nothing refers to the sum any more.
	Delete(ctx context.Context, sum string) error
}

var _ Deleter = (*DirStore)(nil)

// Delete implements Deleter: the file is removed and its directory synced,
// so the removal survives a crash.
func (s *DirStore) Delete(ctx context.Context, sum string) error {
	if !ValidSum(sum) {
		return ErrInvalidSum
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	p := s.path(sum)
	if err := os.Remove(p); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return fmt.Errorf("files: remove: %w", err)
	}
	return syncDir(filepath.Dir(p))
}
