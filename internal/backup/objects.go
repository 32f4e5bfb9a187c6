package backup

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ruankao/ruankao/internal/files"
)

// inMemory is the largest object read whole before it is written (checked
// first, then copied); larger ones are read twice: to check, then to copy.
const inMemory = 8 << 20

// objectMember is an object's name in the archive.
func objectMember(sum string) string { return filesPrefix + sum[0:2] + "/" + sum[2:4] + "/" + sum }

// objectPath is where the file store keeps an object (files.DirStore's layout).
func objectPath(dir, sum string) string { return filepath.Join(dir, sum[0:2], sum[2:4], sum) }

func isShard(name string) bool {
	return len(name) == 2 && strings.Trim(name, "0123456789abcdef") == ""
}

// walkObjects calls fn for every object of a DirStore directory, in order
// of their sums. It skips what is not an object: the temporary directory,
// a restore's staging directory, stray files.
func walkObjects(dir string, fn func(sum, path string) error) error {
	list := func(d string) ([]fs.DirEntry, error) {
		entries, err := os.ReadDir(d)
		if err != nil {
			return nil, fmt.Errorf("backup: read the file store: %w", err)
		}
		sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
		return entries, nil
	}
	top, err := list(dir)
	if err != nil {
		return err
	}
	for _, a := range top {
		if !a.IsDir() || !isShard(a.Name()) {
			continue
		}
		mid, err := list(filepath.Join(dir, a.Name()))
		if err != nil {
			return err
		}
		for _, b := range mid {
			if !b.IsDir() || !isShard(b.Name()) {
				continue
			}
			leaf, err := list(filepath.Join(dir, a.Name(), b.Name()))
			if err != nil {
				return err
			}
			for _, e := range leaf {
				sum := e.Name()
				if !e.Type().IsRegular() || !files.ValidSum(sum) || sum[0:2] != a.Name() || sum[2:4] != b.Name() {
					continue
				}
				if err := fn(sum, filepath.Join(dir, a.Name(), b.Name(), sum)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// copyObjects writes every object of the file store into the archive,
// checking each against its name first: an object whose bytes do not match
// (damage on disk) is left out and reported, so that the archive restores.
func copyObjects(ctx context.Context, tw *tar.Writer, dir string, m *Manifest) (map[[32]byte]struct{}, error) {
	copied := map[[32]byte]struct{}{}
	err := walkObjects(dir, func(sum, path string) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		f, err := os.Open(path)
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("backup: %w", err)
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			return fmt.Errorf("backup: %w", err)
		}
		var content io.Reader
		h := sha256.New()
		if fi.Size() <= inMemory {
			data, err := io.ReadAll(f)
			if err != nil {
				return fmt.Errorf("backup: read object %s: %w", sum, err)
			}
			h.Write(data)
			content = bytes.NewReader(data)
		} else {
			if _, err := io.Copy(h, f); err != nil {
				return fmt.Errorf("backup: read object %s: %w", sum, err)
			}
			if _, err := f.Seek(0, io.SeekStart); err != nil {
				return fmt.Errorf("backup: %w", err)
			}
			content = f
		}
		if got := hex.EncodeToString(h.Sum(nil)); got != sum {
			m.Problems = append(m.Problems, fmt.Sprintf("object %s is damaged in the file store (its content sums to %s): left out", sum, got))
			return nil
		}
		if err := tw.WriteHeader(&tar.Header{Name: objectMember(sum), Mode: 0o600, Size: fi.Size(), ModTime: fi.ModTime(), Typeflag: tar.TypeReg}); err != nil {
			return fmt.Errorf("backup: write archive: %w", err)
		}
		h.Reset()
		n, err := io.Copy(io.MultiWriter(tw, h), content)
		if err != nil {
			return fmt.Errorf("backup: write archive: %w", err)
		}
		if n != fi.Size() || hex.EncodeToString(h.Sum(nil)) != sum {
			return fmt.Errorf("backup: object %s changed while it was copied", sum)
		}
		k, _ := sumKey(sum)
		copied[k] = struct{}{}
		m.Objects = append(m.Objects, Object{SHA256: sum, Size: n})
		m.ObjectBytes += n
		return nil
	})
	return copied, err
}

// placeObjects moves staged objects (staging/<sum>, fsynced) into the file
// store: an object already there with the same size stays (the same name is
// the same bytes), another is renamed into place, and every directory
// touched is fsynced (on Linux: the file system, once). It tells how many it placed and how many were there.
func placeObjects(dir, staging string, objects []Object) (placed, present int, err error) {
	touched := map[string]bool{}
	for _, o := range objects {
		final := objectPath(dir, o.SHA256)
		staged := filepath.Join(staging, o.SHA256)
		if fi, err := os.Stat(final); err == nil && fi.Mode().IsRegular() && fi.Size() == o.Size {
			present++
			_ = os.Remove(staged)
			continue
		}
		shard := filepath.Dir(final)
		for _, d := range []string{filepath.Dir(shard), shard} {
			if err := os.Mkdir(d, 0o700); err == nil {
				touched[filepath.Dir(d)] = true
			} else if !errors.Is(err, fs.ErrExist) {
				return placed, present, fmt.Errorf("restore: %w", err)
			}
		}
		if err := os.Rename(staged, final); err != nil {
			return placed, present, fmt.Errorf("restore: %w", err)
		}
		touched[shard] = true
		placed++
	}
	if haveSyncFS {
		return placed, present, syncFS(dir)
	}
	names := make([]string, 0, len(touched))
	for d := range touched {
		names = append(names, d)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(names))) // leaves before their parents
	for _, d := range names {
		if err := syncDir(d); err != nil {
			return placed, present, err
		}
	}
	return placed, present, nil
}
