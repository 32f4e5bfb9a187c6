package main

import (
	"context"
	"net"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/files/s3fake"
)

func TestParseS3Endpoint(t *testing.T) {
	for _, tc := range []struct {
		raw      string
		insecure bool
		host     string
		secure   bool
	}{
		{"s3.example.com", false, "s3.example.com", true},
		{"minio.internal:9000", false, "minio.internal:9000", true},
		{"minio.internal:9000", true, "minio.internal:9000", false},
		{"https://oss-cn-beijing.aliyuncs.com", false, "oss-cn-beijing.aliyuncs.com", true},
		{"https://s3.example.com:8443/", false, "s3.example.com:8443", true},
		{"http://127.0.0.1:9000", false, "127.0.0.1:9000", false},
		{"http://127.0.0.1:9000", true, "127.0.0.1:9000", false},
		{" [::1]:9000 ", true, "[::1]:9000", false},
	} {
		host, secure, err := parseS3Endpoint(tc.raw, tc.insecure)
		if err != nil || host != tc.host || secure != tc.secure {
			t.Errorf("parseS3Endpoint(%q, %v) = %q, %v, %v; want %q, %v", tc.raw, tc.insecure, host, secure, err, tc.host, tc.secure)
		}
	}
	for _, tc := range []struct {
		raw      string
		insecure bool
	}{
		{"https://s3.example.com", true}, // contradicts itself
		{"ftp://s3.example.com", false},
		{"http://s3.example.com/bucket", false},
		{"http://key:secret@s3.example.com", false},
		{"http://s3.example.com?x=1", false},
		{"http://", false},
		{"s3.example.com/bucket", false},
		{"s3.example.com:0", false},
		{"s3.example.com:http", false},
		{":9000", false},
		{"::1", false},
	} {
		if host, _, err := parseS3Endpoint(tc.raw, tc.insecure); err == nil {
			t.Errorf("parseS3Endpoint(%q, %v) = %q, accepted", tc.raw, tc.insecure, host)
		} else if strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), "RUANKAO_S3_ENDPOINT") {
			t.Errorf("parseS3Endpoint(%q): unclear error %q", tc.raw, err)
		}
	}
}

func envOf(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestS3Config(t *testing.T) {
	keys := envOf(map[string]string{"RUANKAO_S3_ACCESS_KEY": "AK", "RUANKAO_S3_SECRET_KEY": "SK"})
	// No endpoint: the directory.
	if _, ok, err := s3Config(s3Flags{}, envOf(nil)); ok || err != nil {
		t.Errorf("nothing set: ok %v, %v", ok, err)
	}
	cfg, ok, err := s3Config(s3Flags{endpoint: "http://127.0.0.1:9000", bucket: "b", region: "cn-north-1", prefix: "rk/"}, keys)
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	want := files.S3Config{Endpoint: "127.0.0.1:9000", Bucket: "b", AccessKey: "AK", SecretKey: "SK", Region: "cn-north-1", Prefix: "rk/"}
	if cfg != want {
		t.Errorf("config %+v, want %+v", cfg, want)
	}
	for name, tc := range map[string]struct {
		f    s3Flags
		env  func(string) string
		want string
	}{
		"no bucket":              {s3Flags{endpoint: "s3.example.com"}, keys, "RUANKAO_S3_BUCKET"},
		"no keys":                {s3Flags{endpoint: "s3.example.com", bucket: "b"}, envOf(nil), "RUANKAO_S3_ACCESS_KEY and RUANKAO_S3_SECRET_KEY"},
		"one key":                {s3Flags{endpoint: "s3.example.com", bucket: "b"}, envOf(map[string]string{"RUANKAO_S3_ACCESS_KEY": "AK"}), "RUANKAO_S3_SECRET_KEY"},
		"bucket but no endpoint": {s3Flags{bucket: "b"}, envOf(nil), "without RUANKAO_S3_ENDPOINT"},
		"keys but no endpoint":   {s3Flags{}, keys, "without RUANKAO_S3_ENDPOINT"},
		"bad endpoint":           {s3Flags{endpoint: "s3://x", bucket: "b"}, keys, "http or https"},
	} {
		if _, _, err := s3Config(tc.f, tc.env); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error about %s", name, err, tc.want)
		}
	}
}

func TestS3FlagsFromEnvironment(t *testing.T) {
	t.Setenv("RUANKAO_S3_ENDPOINT", "http://127.0.0.1:9000")
	t.Setenv("RUANKAO_S3_BUCKET", "files")
	t.Setenv("RUANKAO_S3_PREFIX", "rk")
	t.Setenv("RUANKAO_S3_REGION", "cn-north-1")
	t.Setenv("RUANKAO_S3_INSECURE", "1")
	t.Setenv("RUANKAO_S3_CREATE_BUCKET", "1")
	f, err := parseServe(nil)
	if err != nil {
		t.Fatal(err)
	}
	want := s3Flags{endpoint: "http://127.0.0.1:9000", bucket: "files", region: "cn-north-1", prefix: "rk", insecure: true, createBucket: true}
	if f.s3 != want {
		t.Errorf("from the environment: %+v", f.s3)
	}
	// A flag wins.
	if f, err = parseServe([]string{"--s3-bucket", "other", "--s3-create-bucket=false"}); err != nil || f.s3.bucket != "other" || f.s3.createBucket {
		t.Errorf("flags: %+v, %v", f.s3, err)
	}
}

func TestOpenFileStore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	// The default: a directory.
	st, err := openFileStore(ctx, &serveFlags{filesDir: dir + "/files"})
	if _, isDir := st.(*files.DirStore); err != nil || !isDir {
		t.Fatalf("default store %T, %v", st, err)
	}

	srv := s3fake.Start()
	defer srv.Close()
	t.Setenv("RUANKAO_S3_ACCESS_KEY", "AK")
	t.Setenv("RUANKAO_S3_SECRET_KEY", "SK")
	s3 := s3Flags{endpoint: srv.URL, bucket: "ruankao-files", region: "us-east-1"}

	// A missing bucket stops the start, with one clear line.
	_, err = openFileStore(ctx, &serveFlags{s3: s3})
	if err == nil || !strings.Contains(err.Error(), `bucket "ruankao-files" does not exist`) || strings.Contains(err.Error(), "\n") {
		t.Fatalf("missing bucket: %v", err)
	}
	// Created when asked (tests, demos).
	s3.createBucket = true
	st, err = openFileStore(ctx, &serveFlags{s3: s3})
	if _, isS3 := st.(*files.S3Store); err != nil || !isS3 {
		t.Fatalf("with RUANKAO_S3_CREATE_BUCKET: %T, %v", st, err)
	}
	if _, err := st.Put(ctx, strings.NewReader("x"), 10); err != nil {
		t.Fatal(err)
	}
	// Both a directory and a bucket: refused.
	if _, err := openFileStore(ctx, &serveFlags{s3: s3, filesDir: dir}); err == nil || !strings.Contains(err.Error(), "pick one") {
		t.Errorf("directory and bucket: %v", err)
	}
	// Nobody listening.
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	_ = ln.Close()
	_, err = openFileStore(ctx, &serveFlags{s3: s3Flags{endpoint: "http://" + addr, bucket: "bucket", region: "us-east-1"}})
	if err == nil || !strings.Contains(err.Error(), "storage unavailable") || strings.Contains(err.Error(), "\n") {
		t.Errorf("unreachable: %v", err)
	}
}
