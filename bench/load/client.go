package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"time"
)

// newHTTP is a client that keeps up to conns connections to the one host.
func newHTTP(conns int) *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns, tr.MaxIdleConnsPerHost = conns, conns
	return &http.Client{Transport: tr, Timeout: 60 * time.Second}
}

// gql posts GraphQL requests to one server, as a candidate's browser at a
// client address of its own would (the server trusts 127.0.0.1 as a proxy).
type gql struct {
	http *http.Client
	url  string
}

type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

type userError struct {
	Code  string   `json:"code"`
	Field []string `json:"field"`
}

// call sends one operation and decodes data into out. Any HTTP status but
// 200 and any GraphQL error is an error; userErrors are the caller's to judge.
func (g *gql) call(token, ip, query string, vars map[string]any, out any) (time.Duration, error) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, g.url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	return g.send(req, token, ip, out)
}

// upload sends an operation with one file bound to variables.file (the
// GraphQL multipart request spec).
func (g *gql) upload(token, ip, query string, content []byte, out any) (time.Duration, error) {
	ops, _ := json.Marshal(map[string]any{"query": query, "variables": map[string]any{"file": nil}})
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	_ = w.WriteField("operations", string(ops))
	_ = w.WriteField("map", `{"0":["variables.file"]}`)
	part, _ := w.CreateFormFile("0", "photo.jpg")
	_, _ = part.Write(content)
	_ = w.Close()
	req, _ := http.NewRequest(http.MethodPost, g.url+"/graphql", &buf)
	req.Header.Set("Content-Type", w.FormDataContentType())
	return g.send(req, token, ip, out)
}

func (g *gql) send(req *http.Request, token, ip string, out any) (time.Duration, error) {
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if ip != "" {
		req.Header.Set("X-Forwarded-For", ip)
	}
	t0 := time.Now()
	res, err := g.http.Do(req)
	if err != nil {
		return time.Since(t0), err
	}
	raw, err := io.ReadAll(res.Body)
	res.Body.Close()
	took := time.Since(t0)
	if err != nil {
		return took, err
	}
	return took, decode(res.StatusCode, raw, out)
}

func decode(status int, raw []byte, out any) error {
	if status != http.StatusOK {
		return fmt.Errorf("HTTP %d: %s", status, truncate(string(raw), 200))
	}
	var env struct {
		Data   json.RawMessage `json:"data"`
		Errors []gqlError      `json:"errors"`
	}
	if err := json.Unmarshal(raw, &env); err != nil {
		return fmt.Errorf("not JSON: %s", truncate(string(raw), 200))
	}
	if len(env.Errors) > 0 {
		e := env.Errors[0]
		code, _ := e.Extensions["code"].(string)
		retry, _ := e.Extensions["retryAfterSeconds"].(float64)
		return &callError{code: code, retryAfter: retry, msg: e.Message}
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(env.Data, out)
}

// userErrs is the error of a payload's unexpected userErrors.
func userErrs(op string, ues []userError) error {
	if len(ues) == 0 {
		return nil
	}
	return fmt.Errorf("%s userErrors: %+v", op, ues)
}

// clientIP is a distinct address per candidate, as on a real morning.
func clientIP(i int) string {
	return fmt.Sprintf("10.%d.%d.%d", (i>>16)&255, (i>>8)&255, i&255)
}

// callError is a GraphQL error with its extensions.code and, for
// RATE_LIMITED, the retry hint.
type callError struct {
	code       string
	retryAfter float64
	msg        string
}

func (e *callError) Error() string { return fmt.Sprintf("GraphQL error %s: %s", e.code, e.msg) }
