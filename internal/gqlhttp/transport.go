package gqlhttp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/ruankao/ruankao/internal/apperr"
)

// Messages of the errors this package makes itself.
const (
	msgNotAcceptable  = "不支持的 Accept: 仅支持 application/graphql-response+json 或 application/json"
	msgGETNotQuery    = "GET 请求只能执行查询（query），变更（mutation）请使用 POST"
	msgMethod         = "不支持的 HTTP 方法: 请使用 GET 或 POST"
	msgContentType    = "不支持的 Content-Type: POST 请求体须为 application/json"
	msgCharset        = "不支持的字符集: 请求体须为 UTF-8"
	msgBodyUnreadable = "请求格式错误: 无法读取请求体"
	msgBodyTooLarge   = "请求格式错误: 请求体过大"
	msgBodyEmpty      = "请求格式错误: 请求体为空"
	msgBodyNotJSON    = "请求格式错误: 请求体不是合法的 JSON 对象"
	msgURL            = "请求格式错误: URL 查询参数无法解析"
	msgQueryMissing   = "请求格式错误: 缺少 query 参数"
	msgQueryType      = "请求格式错误: query 须为字符串"
	msgOperationName  = "请求格式错误: operationName 须为字符串"
	msgVariables      = "请求格式错误: variables 须为 JSON 对象"
	msgExtensions     = "请求格式错误: extensions 须为 JSON 对象"
	msgMalformed      = "请求格式错误: 无法解析请求"
)

// requestError is a response this package answers itself.
type requestError struct {
	status  int
	message string
}

// httpTransport wraps gqlgen's GET or POST transport.
type httpTransport struct {
	inner   graphql.Transport
	get     bool
	maxBody int64
}

func (t *httpTransport) Supports(r *http.Request) bool { return t.inner.Supports(r) }

func (t *httpTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	w.Header().Add("Vary", "Accept")
	media, ok := negotiate(r.Header.Values("Accept"))
	if !ok {
		writeErrors(w, http.StatusNotAcceptable, mediaJSON, nil, newError(msgNotAcceptable))
		return
	}
	// gqlgen picks the response type from Accept on its own, ignoring
	// q-values: leave it exactly the type chosen here.
	r = r.Clone(r.Context())
	r.Header.Set("Accept", media)

	var bad *requestError
	if t.get {
		bad = checkGET(r)
	} else if !utf8Body(r) {
		bad = &requestError{http.StatusUnsupportedMediaType, msgCharset}
	} else {
		var body []byte
		body, bad = readPOST(w, r, t.maxBody)
		if bad == nil {
			r.Body = io.NopCloser(bytes.NewReader(body))
			r.ContentLength = int64(len(body))
		}
	}
	if bad != nil {
		writeErrors(w, bad.status, media, nil, newError(bad.message))
		return
	}

	rec := &recorder{GraphExecutor: exec, get: t.get}
	rw := &responseWriter{ResponseWriter: w, rec: rec}
	t.inner.Do(rw, r, rec)
	rw.finish(media)
}

// checkGET checks the URL parameters gqlgen reads.
func checkGET(r *http.Request) *requestError {
	params, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return &requestError{http.StatusBadRequest, msgURL}
	}
	if v := params.Get("variables"); v != "" && !isJSONObjectOrNull([]byte(v)) {
		return &requestError{http.StatusBadRequest, msgVariables}
	}
	ext := params.Get("extensions")
	if ext != "" && !isJSONObjectOrNull([]byte(ext)) {
		return &requestError{http.StatusBadRequest, msgExtensions}
	}
	if !params.Has("query") && !hasPersistedQuery(json.RawMessage(ext)) {
		return &requestError{http.StatusBadRequest, msgQueryMissing}
	}
	return nil
}

// utf8Body: a POST body is UTF-8 unless Content-Type says otherwise.
func utf8Body(r *http.Request) bool {
	_, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	cs, has := params["charset"]
	return err != nil || !has || strings.EqualFold(cs, "utf-8") || strings.EqualFold(cs, "utf8")
}

// rawParams mirrors graphql.RawParams (same field matching as gqlgen's
// decoding) with each value left raw to check its type.
type rawParams struct {
	Query         json.RawMessage `json:"query"`
	OperationName json.RawMessage `json:"operationName"`
	Variables     json.RawMessage `json:"variables"`
	Extensions    json.RawMessage `json:"extensions"`
}

// readPOST reads the body and checks it is a GraphQL-over-HTTP request.
func readPOST(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, *requestError) {
	if r.Body == nil || r.Body == http.NoBody {
		return nil, &requestError{http.StatusBadRequest, msgBodyEmpty}
	}
	src := r.Body
	if limit > 0 {
		src = http.MaxBytesReader(w, r.Body, limit)
	}
	body, err := io.ReadAll(src)
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return nil, &requestError{http.StatusRequestEntityTooLarge, msgBodyTooLarge}
		}
		return nil, &requestError{http.StatusBadRequest, msgBodyUnreadable}
	}
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return nil, &requestError{http.StatusBadRequest, msgBodyEmpty}
	}
	if trimmed[0] != '{' {
		return nil, &requestError{http.StatusBadRequest, msgBodyNotJSON}
	}
	var p rawParams
	dec := json.NewDecoder(bytes.NewReader(trimmed))
	if err := dec.Decode(&p); err != nil {
		return nil, &requestError{http.StatusBadRequest, msgBodyNotJSON}
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &requestError{http.StatusBadRequest, msgBodyNotJSON}
	}
	switch {
	case isNull(p.Query) && !hasPersistedQuery(p.Extensions):
		return nil, &requestError{http.StatusBadRequest, msgQueryMissing}
	case !isNull(p.Query) && p.Query[0] != '"':
		return nil, &requestError{http.StatusBadRequest, msgQueryType}
	case !isNull(p.OperationName) && p.OperationName[0] != '"':
		return nil, &requestError{http.StatusBadRequest, msgOperationName}
	case !isNull(p.Variables) && p.Variables[0] != '{':
		return nil, &requestError{http.StatusBadRequest, msgVariables}
	case !isNull(p.Extensions) && p.Extensions[0] != '{':
		return nil, &requestError{http.StatusBadRequest, msgExtensions}
	}
	return body, nil
}

// isNull: absent or JSON null (raw values come from a successful decode,
// so they are valid JSON without leading space).
func isNull(raw json.RawMessage) bool {
	return len(raw) == 0 || string(raw) == "null"
}

func isJSONObjectOrNull(b []byte) bool {
	b = bytes.TrimSpace(b)
	if string(b) == "null" {
		return true
	}
	var m map[string]json.RawMessage
	return len(b) > 0 && b[0] == '{' && json.Unmarshal(b, &m) == nil
}

// hasPersistedQuery: an automatic persisted query may leave out query.
func hasPersistedQuery(ext json.RawMessage) bool {
	if isNull(ext) {
		return false
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(ext, &m) != nil {
		return false
	}
	pq, ok := m["persistedQuery"]
	return ok && len(pq) > 0 && pq[0] == '{'
}

// recorder watches what gqlgen's transport asks of the executor, to tell a
// request that failed before execution from one that executed.
type recorder struct {
	graphql.GraphExecutor
	get bool

	created     bool // CreateOperationContext was called
	dispatched  bool // an operation is executing: its response streams through
	wrongMethod bool // a GET selecting a mutation or subscription
	errResp     *graphql.Response
}

func (x *recorder) CreateOperationContext(ctx context.Context, p *graphql.RawParams) (*graphql.OperationContext, gqlerror.List) {
	x.created = true
	opCtx, errs := x.GraphExecutor.CreateOperationContext(ctx, p)
	if x.get {
		if errs == nil && opCtx != nil && opCtx.Operation != nil {
			x.wrongMethod = opCtx.Operation.Operation != ast.Query
		} else if errs != nil {
			// The spec decides on the document and operationName alone,
			// before validation: a GET of an invalid mutation is still 405.
			x.wrongMethod = selectsNonQuery(p.Query, p.OperationName)
		}
	}
	return opCtx, errs
}

func (x *recorder) DispatchOperation(ctx context.Context, opCtx *graphql.OperationContext) (graphql.ResponseHandler, context.Context) {
	if x.wrongMethod {
		// gqlgen refuses these itself; never execute one, whatever it does.
		return graphql.OneShot(&graphql.Response{}), ctx
	}
	x.dispatched = true
	return x.GraphExecutor.DispatchOperation(ctx, opCtx)
}

func (x *recorder) DispatchError(ctx context.Context, list gqlerror.List) *graphql.Response {
	resp := x.GraphExecutor.DispatchError(ctx, list)
	x.errResp = resp
	return resp
}

// selectsNonQuery reports whether query parses and the operation that
// operationName selects is not a query.
func selectsNonQuery(query, operationName string) bool {
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: query}, 15000)
	if err != nil || doc == nil {
		return false
	}
	op := doc.Operations.ForName(operationName)
	return op != nil && op.Operation != ast.Query
}

// responseWriter passes the response of an executing operation straight
// through; anything else gqlgen writes is held back and rewritten by finish.
type responseWriter struct {
	http.ResponseWriter
	rec    *recorder
	mode   int // 0 nothing written yet, modePass or modeHold
	status int
	held   bytes.Buffer
}

const (
	modePass = 1
	modeHold = 2
)

func (w *responseWriter) decide() {
	if w.mode == 0 {
		if w.rec.dispatched {
			w.mode = modePass
		} else {
			w.mode = modeHold
		}
	}
}

func (w *responseWriter) WriteHeader(status int) {
	w.decide()
	if w.mode == modePass {
		w.ResponseWriter.WriteHeader(status)
		return
	}
	if w.status == 0 {
		w.status = status
	}
}

func (w *responseWriter) Write(b []byte) (int, error) {
	w.decide()
	if w.mode == modePass {
		return w.ResponseWriter.Write(b)
	}
	return w.held.Write(b)
}

func (w *responseWriter) Flush() {
	if w.mode == modePass {
		if f, ok := w.ResponseWriter.(http.Flusher); ok {
			f.Flush()
		}
	}
}

// finish writes the held-back error response the spec's way.
func (w *responseWriter) finish(media string) {
	x := w.rec
	if w.mode == modePass || (w.mode == 0 && !x.wrongMethod && x.errResp == nil) {
		return
	}
	switch {
	case x.wrongMethod:
		w.Header().Set("Allow", http.MethodPost)
		writeErrors(w.ResponseWriter, http.StatusMethodNotAllowed, media, nil, newError(msgGETNotQuery))
	case x.errResp != nil && x.created:
		// A GraphQL request error: parse, validation, variables, an
		// unknown operation, a missing persisted query…
		errs := x.errResp.Errors
		writeErrors(w.ResponseWriter, requestErrorStatus(media, errs), media, x.errResp.Extensions, errs...)
	case x.errResp != nil:
		// gqlgen could not read or decode the body (which readPOST should
		// have caught); its message repeats the body, so it is not shown.
		writeErrors(w.ResponseWriter, http.StatusBadRequest, media, nil, newError(msgBodyNotJSON))
	default:
		// gqlgen wrote an error without the executor.
		status := w.status
		if status < 400 {
			status = http.StatusBadRequest
		}
		var body struct {
			Errors gqlerror.List `json:"errors"`
		}
		if json.Unmarshal(w.held.Bytes(), &body) != nil || len(body.Errors) == 0 {
			body.Errors = gqlerror.List{newError(msgMalformed)}
		}
		writeErrors(w.ResponseWriter, status, media, nil, body.Errors...)
	}
}

// requestErrorStatus: with application/json every well-formed request is
// 200 (legacy clients read the body whatever the status); with
// application/graphql-response+json a response without data is 4xx or 5xx.
func requestErrorStatus(media string, errs gqlerror.List) int {
	if media == mediaJSON {
		return http.StatusOK
	}
	for _, e := range errs {
		switch code, _ := e.Extensions["code"].(string); code {
		case apperr.Unauthenticated:
			return http.StatusUnauthorized
		case apperr.Forbidden:
			return http.StatusForbidden
		case apperr.RateLimited:
			return http.StatusTooManyRequests
		case apperr.Internal:
			return http.StatusInternalServerError
		}
	}
	return http.StatusBadRequest
}

func newError(message string) *gqlerror.Error {
	return &gqlerror.Error{Message: message, Extensions: map[string]any{"code": apperr.BadRequest}}
}

// errorResponse is a response to a request that never executed: the spec
// wants no data key at all there.
type errorResponse struct {
	Errors     gqlerror.List  `json:"errors"`
	Extensions map[string]any `json:"extensions,omitempty"`
}

func writeErrors(w http.ResponseWriter, status int, media string, extensions map[string]any, errs ...*gqlerror.Error) {
	for _, e := range errs {
		if e == nil {
			continue
		}
		if e.Extensions == nil {
			e.Extensions = map[string]any{}
		}
		switch code, _ := e.Extensions["code"].(string); code {
		case "", errcode.ParseFailed, errcode.ValidationFailed:
			e.Extensions["code"] = apperr.BadRequest
		}
	}
	b, err := json.Marshal(errorResponse{Errors: errs, Extensions: extensions})
	if err != nil {
		b, _ = json.Marshal(errorResponse{Errors: gqlerror.List{newError(msgMalformed)}})
	}
	h := w.Header()
	h.Set("Content-Type", media)
	h.Del("Content-Length")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// optionsTransport answers OPTIONS with the allowed methods and HEAD with 405.
type optionsTransport struct{}

const allowedMethods = "GET, POST, OPTIONS"

func (optionsTransport) Supports(r *http.Request) bool {
	return r.Method == http.MethodOptions || r.Method == http.MethodHead
}

func (optionsTransport) Do(w http.ResponseWriter, r *http.Request, _ graphql.GraphExecutor) {
	w.Header().Set("Allow", allowedMethods)
	if r.Method == http.MethodOptions {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.WriteHeader(http.StatusMethodNotAllowed)
}

// fallbackTransport answers what no other transport serves, with a status
// that says why, instead of gqlgen's 400 "transport not supported".
type fallbackTransport struct{}

func (fallbackTransport) Supports(r *http.Request) bool {
	if r.Header.Get("Upgrade") != "" {
		return false
	}
	switch r.Method {
	case http.MethodGet, http.MethodOptions, http.MethodHead:
		return false // served by the transports above
	}
	// Every transport that serves a POST comes before this one (AddTransports),
	// so a POST that reaches it has a content type no transport serves.
	return true
}

func (fallbackTransport) Do(w http.ResponseWriter, r *http.Request, _ graphql.GraphExecutor) {
	media, ok := negotiate(r.Header.Values("Accept"))
	if !ok {
		media = mediaJSON
	}
	if r.Method == http.MethodPost {
		w.Header().Set("Accept-Post", mediaJSON)
		writeErrors(w, http.StatusUnsupportedMediaType, media, nil, newError(msgContentType))
		return
	}
	w.Header().Set("Allow", allowedMethods)
	writeErrors(w, http.StatusMethodNotAllowed, media, nil, newError(msgMethod))
}
