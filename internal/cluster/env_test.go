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

	"github.com/ruankao/ruankao/internal/files"
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
	}, dataKey
}

// --- the file store ---------------------------------------------------------------

// fileStore is where the instances keep photos, materials and PDFs, shared
// by both: the environment that configures them, and the same store for
// the test's own loader (internal/generate puts its portrait there).
type fileStore struct {
	kind  string
	env   []string
	store files.Store
}

// sharedFileStore is today's shared directory (RUANKAO_FILES_DIR).
//
// TODO(issue 29, branch s3): switch to the S3 store once it is merged: start
// github.com/johannesboyne/gofakes3 in this process on 127.0.0.1 (an
// httptest.Server over gofakes3.New(s3mem.New())), and return
//
//	RUANKAO_S3_ENDPOINT=http://127.0.0.1:PORT, RUANKAO_S3_BUCKET=ruankao-cluster,
//	RUANKAO_S3_ACCESS_KEY=…, RUANKAO_S3_SECRET_KEY=…, RUANKAO_S3_INSECURE=1,
//	RUANKAO_S3_CREATE_BUCKET=1
//
// with the branch's S3 store on that endpoint as store; keep the server's
// handle so that the object-store-down sub-test (i) can stop and restart it.
func sharedFileStore(t testing.TB, dir string) fileStore {
	t.Helper()
	path := filepath.Join(dir, "files")
	s, err := files.NewDirStore(path)
	if err != nil {
		t.Fatal(err)
	}
	return fileStore{kind: "shared directory " + path, env: []string{"RUANKAO_FILES_DIR=" + path}, store: s}
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
