//go:build linux

package backup

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// syncFS flushes the whole file system that holds dir to stable storage
// (syncfs(2)): one flush after writing many objects, where an fsync each
// costs a journal commit each (tens of thousands on a large file store).
func syncFS(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("restore: sync %s: %w", dir, err)
	}
	defer f.Close()
	if err := unix.Syncfs(int(f.Fd())); err != nil {
		return fmt.Errorf("restore: sync the file system of %s: %w", dir, err)
	}
	return nil
}

// haveSyncFS: syncFS exists here.
const haveSyncFS = true
