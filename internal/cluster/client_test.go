//go:build cluster

package cluster

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
	"time"
)

// httpClient talks to the instances and the balancer.
var httpClient = &http.Client{
	Timeout:   15 * time.Second,
	Transport: &http.Transport{MaxIdleConnsPerHost: 64, IdleConnTimeout: 30 * time.Second},
}

func readAll(res *http.Response) ([]byte, error) { return io.ReadAll(io.LimitReader(res.Body, 32<<20)) }

// gqlError is one GraphQL error.
type gqlError struct {
	Message    string
	Extensions struct {
		Code              string
		RetryAfterSeconds *float64
	}
}

// answer is a GraphQL answer as it came.
type answer struct {
	Status int
	Data   json.RawMessage
	Errors []gqlError
}

// code is the first error's extensions.code, "" without errors.
func (a *answer) code() string {
	if len(a.Errors) == 0 {
		return ""
	}
	return a.Errors[0].Extensions.Code
}

func (a *answer) decode(out any) error {
	if out == nil {
		return nil
	}
	return json.Unmarshal(a.Data, out)
}

// gql posts one GraphQL request to base (an instance or the balancer) as
// the holder of token from the client address ip (X-Forwarded-For, which the
// instances believe from 127.0.0.1). A transport failure or a status other
// than 200 is an error; GraphQL errors are in the answer.
func gql(base, token, ip, query string, vars map[string]any) (*answer, error) {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return send(req, token, ip)
}

// upload posts a GraphQL multipart request with one file as variables.f.
func upload(base, token, ip, query string, name string, content []byte) (*answer, error) {
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	ops, _ := json.Marshal(map[string]any{"query": query, "variables": map[string]any{"f": nil}})
	_ = w.WriteField("operations", string(ops))
	_ = w.WriteField("map", `{"0":["variables.f"]}`)
	part, err := w.CreateFormFile("0", name)
	if err != nil {
		return nil, err
	}
	_, _ = part.Write(content)
	_ = w.Close()
	req, err := http.NewRequest(http.MethodPost, base+"/graphql", &b)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", w.FormDataContentType())
	return send(req, token, ip)
}

func send(req *http.Request, token, ip string) (*answer, error) {
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if ip != "" {
		req.Header.Set("X-Forwarded-For", ip)
	}
	res, err := httpClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	raw, err := readAll(res)
	if err != nil {
		return nil, err
	}
	a := &answer{Status: res.StatusCode}
	if res.StatusCode != http.StatusOK {
		return a, fmt.Errorf("status %d: %s", res.StatusCode, strings.TrimSpace(string(raw[:min(len(raw), 300)])))
	}
	if err := json.Unmarshal(raw, a); err != nil {
		return a, fmt.Errorf("not a GraphQL answer: %v", err)
	}
	return a, nil
}

// must is gql that fails the test on any error, decoding data into out.
func must(t testing.TB, base, token, ip, query string, vars map[string]any, out any) {
	t.Helper()
	a, err := gql(base, token, ip, query, vars)
	if err != nil {
		t.Fatalf("%s: %v", firstLine(query), err)
	}
	if len(a.Errors) > 0 {
		t.Fatalf("%s: %s %s", firstLine(query), a.code(), a.Errors[0].Message)
	}
	if err := a.decode(out); err != nil {
		t.Fatalf("%s: %v", firstLine(query), err)
	}
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return s
}

// userError is one entry of a payload's userErrors.
type userError struct {
	Field   []string
	Code    string
	Message string
}

func codes(ues []userError) string {
	var cs []string
	for _, u := range ues {
		cs = append(cs, u.Code+"@"+strings.Join(u.Field, "."))
	}
	return strings.Join(cs, ",")
}

const (
	staffLoginQ = `mutation($u: String!, $p: String!) { staffLogin(input: {username: $u, password: $p}) {
		session { token } userErrors { code message } } }`
	meQ     = `{ me { kind staff { username } candidate { id } } }`
	logoutQ = `mutation { logout { loggedOut userErrors { code } } }`
	saveQ   = `mutation($s: String, $id: ID, $in: ApplicationInput!) { saveApplication(sessionCode: $s, id: $id, input: $in) {
		application { id status version workUnit } userErrors { field code message } } }`
	submitQ = `mutation($id: ID!) { submitApplication(id: $id, commitmentAccepted: true, idempotencyKey: "cluster-submit") {
		application { id status version } userErrors { field code message } } }`
	approveQ = `mutation($id: ID!, $v: Int!) { approveApplication(id: $id, version: $v) {
		application { id status version feeTotalFen } userErrors { code message } } }`
	payQ = `mutation($id: ID!) { payApplication(id: $id) {
		order { id outTradeNo amountFen status } userErrors { code message } } }`
	refreshQ = `mutation($id: ID!) { refreshPayment(id: $id) {
		application { status } order { id status receiptNo receiptUrl } userErrors { code message } } }`
	savePhotoQ = `mutation($f: Upload!) { savePhoto(file: $f) { photo { id url width height }
		report { passed } userErrors { field code message } } }`
)

type session struct {
	StaffLogin struct {
		Session    *struct{ Token string }
		UserErrors []userError
	}
}

// staffLogin logs a demo staff account in through base; it gives the token.
func staffLogin(t testing.TB, base, ip, username, password string) string {
	t.Helper()
	var s session
	must(t, base, "", ip, staffLoginQ, map[string]any{"u": username, "p": password}, &s)
	if s.StaffLogin.Session == nil {
		t.Fatalf("staffLogin %s: %s", username, codes(s.StaffLogin.UserErrors))
	}
	return s.StaffLogin.Session.Token
}

type me struct {
	Me *struct {
		Kind  string
		Staff *struct{ Username string }
	}
}

// form is a complete application for a region, valid at submit under the
// demo policies (hukou local to 大连 and 上海; a 中国护照 holder gives gender
// and birth date, others' are taken from the ID number), as bench/load's.
func form(regionCode, hukou, areaID, photoID, workUnit string) map[string]any {
	return map[string]any{"regionCode": regionCode, "areaId": areaID, "gender": "FEMALE", "birthDate": "1990-01-01",
		"hukouCode": hukou, "qualificationCode": "ZJ02", "title": "无", "employment": "EMPLOYED", "workUnit": workUnit,
		"workStartDate": "2015-07-01", "education": "BACHELOR", "degree": "BACHELOR", "graduationDate": "2015-06-30",
		"majorRelation": "SAME", "majorName": "计算机科学与技术", "address": "某市某区某路 1 号", "email": "a@example.com",
		"mobile": "13800000000", "landline": "021-12345678", "postcode": "200001", "photoId": photoID}
}

type appPayload struct {
	Application *struct {
		ID, Status string
		Version    int
		WorkUnit   *string
	}
	UserErrors []userError
}
