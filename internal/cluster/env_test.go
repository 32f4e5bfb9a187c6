//go:build cluster

package cluster

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"database/sql"
	"encoding/base64"
	"encoding/pem"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/files/s3fake"
	"github.com/ruankao/ruankao/internal/payment/wechatpay"
	"github.com/ruankao/ruankao/internal/payment/wechatpay/wxsim"
)

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

// --- PostgreSQL ---------------------------------------------------------------

// adminURL reaches the PostgreSQL server to create and drop databases.
func adminURL() string {
	return envOr("RUANKAO_CLUSTER_PG", "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable")
}

// freshDatabase creates ruankao_cluster_<random>[_suffix] on the server of
// adminURL and drops it when the test ends (FORCE: whatever is still
// connected). It gives the database's URL.
func freshDatabase(t testing.TB, suffix string) string {
	t.Helper()
	admin, err := sql.Open("pgx", adminURL())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := admin.PingContext(ctx); err != nil {
		admin.Close()
		t.Fatalf("PostgreSQL at %s: %v (start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)", adminURL(), err)
	}
	name := "ruankao_cluster_" + strings.ToLower(rand.Text()[:10])
	if suffix != "" {
		name += "_" + suffix
	}
	if _, err := admin.ExecContext(ctx, `CREATE DATABASE "`+name+`"`); err != nil {
		admin.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := admin.ExecContext(ctx, `DROP DATABASE IF EXISTS "`+name+`" WITH (FORCE)`); err != nil {
			t.Errorf("dropping %s: %v", name, err)
		}
	})
	u, err := url.Parse(adminURL())
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// --- secrets --------------------------------------------------------------------

// secretsEnv are the keys every instance must share (cmd/ruankao/secrets.go):
// the URL-signing key (a URL signed by one instance is checked by another),
// the data key (ID numbers encrypted by one are read by another) and the
// ticket key. Fresh per run. dataKey is the data key's bytes, for the
// test's own loader.
func secretsEnv(t testing.TB) (env []string, dataKey []byte) {
	t.Helper()
	key := func() []byte {
		b := make([]byte, 32)
		if _, err := rand.Read(b); err != nil {
			t.Fatal(err)
		}
		return b
	}
	dataKey = key()
	return []string{
		"RUANKAO_SIGNING_KEY=" + base64.StdEncoding.EncodeToString(key()),
		"RUANKAO_DATA_KEY=" + base64.StdEncoding.EncodeToString(dataKey),
		"RUANKAO_TICKET_KEY=" + base64.StdEncoding.EncodeToString(key()),
		"RUANKAO_TICKET_KEY_ID=cluster1",
		// The staff it logs in have no second factor; mandatory TOTP has
		// tests of its own (graph).
		"RUANKAO_STAFF_TOTP=optional",
	}, dataKey
}

// --- the file store ---------------------------------------------------------------

// fileStore is where the instances keep photos, materials and PDFs, shared
// by both: the environment that configures them, and the same store for
// the test's own loader (internal/generate puts its portrait there) and
// checks. With S3 (the default), fake is the S3 server the instances reach
// (the object-store-down sub-test (i) switches it off and on) and s3 the
// test's store on it; both are nil in directory mode.
type fileStore struct {
	kind  string
	env   []string
	store files.Store
	fake  *s3fake.Server
	s3    *files.S3Store
	// objects lists the bucket under the prefix (nil in directory mode).
	objects func(ctx context.Context) (objects, uploads []string, err error)
}

// The bucket and key prefix of the instances' object store.
const (
	clusterBucket   = "ruankao-cluster"
	clusterPrefix   = "ruankao/"
	clusterS3Access = "cluster-access-key"
	clusterS3Secret = "cluster-secret-key"
)

// sharedFileStore is what both instances share: S3 (internal/files/s3fake,
// gofakes3 in memory, in this process on 127.0.0.1), or with
// RUANKAO_CLUSTER_FILES=dir a shared directory (RUANKAO_FILES_DIR), the
// single-host layout.
//
// The bucket is created here, before any instance starts, and the instances
// are not given RUANKAO_S3_CREATE_BUCKET: with it, two instances started at
// once both find the bucket missing and both create it, and the later one
// gets BucketAlreadyExists from gofakes3 (and from S3-compatible stores that
// answer so), which S3Store.CheckBucket does not accept — measured: one of
// two concurrent CheckBucket(create) calls fails in about half of the races.
// A bucket made beforehand is production's setup anyway (the operator's).
func sharedFileStore(t testing.TB, dir string) fileStore {
	t.Helper()
	switch mode := os.Getenv("RUANKAO_CLUSTER_FILES"); mode {
	case "dir":
		path := filepath.Join(dir, "files")
		s, err := files.NewDirStore(path)
		if err != nil {
			t.Fatal(err)
		}
		return fileStore{kind: "shared directory " + path, env: []string{"RUANKAO_FILES_DIR=" + path}, store: s}
	case "", "s3":
	default:
		t.Fatalf("RUANKAO_CLUSTER_FILES=%q: want s3 (the default) or dir", mode)
	}
	fake := s3fake.Start()
	t.Cleanup(fake.Close)
	s, err := files.NewS3Store(files.S3Config{Endpoint: fake.Endpoint, Bucket: clusterBucket,
		AccessKey: clusterS3Access, SecretKey: clusterS3Secret, Prefix: clusterPrefix})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := s.CheckBucket(ctx, true); err != nil {
		t.Fatal(err)
	}
	// A client of our own for listings (the store keeps its client to itself).
	mc, err := minio.New(fake.Endpoint, &minio.Options{Creds: credentials.NewStaticV4(clusterS3Access, clusterS3Secret, "")})
	if err != nil {
		t.Fatal(err)
	}
	list := func(ctx context.Context) (objects, uploads []string, err error) {
		for o := range mc.ListObjects(ctx, clusterBucket, minio.ListObjectsOptions{Prefix: clusterPrefix, Recursive: true}) {
			if o.Err != nil {
				return nil, nil, o.Err
			}
			objects = append(objects, o.Key)
		}
		for u := range mc.ListIncompleteUploads(ctx, clusterBucket, clusterPrefix, true) {
			// gofakes3 answers NoSuchUpload for a bucket that never had one.
			if u.Err != nil && minio.ToErrorResponse(u.Err).Code == "NoSuchUpload" {
				break
			}
			if u.Err != nil {
				return nil, nil, u.Err
			}
			uploads = append(uploads, u.Key)
		}
		return objects, uploads, nil
	}
	return fileStore{
		kind: fmt.Sprintf("S3 (s3fake) at %s, bucket %s, prefix %s", fake.URL, clusterBucket, clusterPrefix),
		env: []string{"RUANKAO_S3_ENDPOINT=" + fake.URL, "RUANKAO_S3_BUCKET=" + clusterBucket,
			"RUANKAO_S3_PREFIX=" + clusterPrefix, "RUANKAO_S3_ACCESS_KEY=" + clusterS3Access,
			"RUANKAO_S3_SECRET_KEY=" + clusterS3Secret},
		store: s, fake: fake, s3: s, objects: list,
	}
}

// --- Redis ------------------------------------------------------------------------

// redisEnv points both instances at the local Redis for shared rate limits
// (branch redis: RUANKAO_REDIS_URL); until that branch is merged the binary
// ignores it and counts per instance. It says whether Redis answers.
func redisEnv() (env []string, reachable bool, redisURL string) {
	redisURL = envOr("RUANKAO_CLUSTER_REDIS", "redis://127.0.0.1:6379/9")
	u, err := url.Parse(redisURL)
	if err != nil {
		return nil, false, redisURL
	}
	c, err := net.DialTimeout("tcp", u.Host, time.Second)
	if err == nil {
		c.Close()
	}
	return []string{"RUANKAO_REDIS_URL=" + redisURL}, err == nil, redisURL
}

// --- the payment gateway ------------------------------------------------------------

// Our merchant at the simulated gateway.
const (
	gwAppID, gwMchID, gwMchSerial, gwPlatformSerial = "wxcluster0000001", "1900002929", "CLUSTERMCHSERIAL1", "CLUSTERPLATFORM01"
)

// gateway is the WeChat Pay simulator both instances are configured for,
// exactly as production is for the real gateway (cmd/ruankao/payments.go);
// it runs in this process on 127.0.0.1. The test signs notifications with
// its platform key.
type gateway struct {
	sim *wxsim.Sim
	env []string
}

func startGateway(t testing.TB, dir, notifyURL string) *gateway {
	t.Helper()
	mch, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	platform, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	mchFile, platformFile := filepath.Join(dir, "apiclient_key.pem"), filepath.Join(dir, "platform_pub.pem")
	if err := os.WriteFile(mchFile, pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(mch)}), 0o600); err != nil {
		t.Fatal(err)
	}
	pub, err := x509.MarshalPKIXPublicKey(&platform.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(platformFile, pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pub}), 0o600); err != nil {
		t.Fatal(err)
	}
	apiV3 := (rand.Text() + rand.Text())[:wechatpay.APIv3KeySize]
	// No deliveries of its own (Retry empty): the test posts the notifications.
	sim, err := wxsim.New(wxsim.Options{AppID: gwAppID, MchID: gwMchID, MerchantSerial: gwMchSerial,
		MerchantKey: &mch.PublicKey, APIv3Key: []byte(apiV3), PlatformKey: platform, PlatformSerial: gwPlatformSerial,
		Retry: []time.Duration{}})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: sim, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { sim.Close(); _ = srv.Close() })
	return &gateway{sim: sim, env: []string{
		"RUANKAO_WECHATPAY_APPID=" + gwAppID, "RUANKAO_WECHATPAY_MCHID=" + gwMchID,
		"RUANKAO_WECHATPAY_MCH_SERIAL=" + gwMchSerial, "RUANKAO_WECHATPAY_MCH_KEY_FILE=" + mchFile,
		"RUANKAO_WECHATPAY_APIV3_KEY=" + apiV3,
		"RUANKAO_WECHATPAY_PLATFORM_KEYS=" + gwPlatformSerial + "=" + platformFile,
		"RUANKAO_WECHATPAY_BASE_URL=http://" + ln.Addr().String(),
		"RUANKAO_PAY_NOTIFY_URL=" + notifyURL,
	}}
}

// clientIP is a made-up client address for one part of the test, so that
// per-client rate limits of one part never meet another's.
func clientIP(part int) string {
	b := make([]byte, 2)
	_, _ = rand.Read(b)
	return fmt.Sprintf("10.%d.%d.%d", 29, part%250, 1+int(b[0])%250)
}
