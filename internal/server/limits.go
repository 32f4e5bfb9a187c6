package server

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/ruankao/ruankao/internal/apperr"
)

// Limits bound what one request may cost.
type Limits struct {
	MaxBodyBytes  int64 // JSON and GET requests; uploads have their own limit
	MaxDepth      int   // nesting of fields in one operation
	MaxComplexity int   // see pagedSchema
	MaxPageSize   int   // first/last of any connection
	// MaxUploadBytes bounds a multipart upload request, enforced while it is
	// read; parts beyond MaxUploadMemory spill to temporary files.
	MaxUploadBytes  int64
	MaxUploadMemory int64
}

// DefaultLimits suit the candidate portal and the admin console alike. An
// upload request carries one photo or one material (at most 10 MiB) and its
// operations.
var DefaultLimits = Limits{
	MaxBodyBytes: 1 << 20, MaxDepth: 15, MaxComplexity: 5000, MaxPageSize: 100,
	MaxUploadBytes: 11 << 20, MaxUploadMemory: 2 << 20,
}

// pagedSchema makes a field's cost multiply by the number of items it can
// return, so that the complexity limit bounds a response's size, time and
// memory: a connection with first: 100 costs a hundred times its nodes, and
// a plain list costs its bound (listBounds) times its items. Other fields
// cost one plus their children, as gqlgen counts by default.
type pagedSchema struct {
	graphql.ExecutableSchema
	lists map[string]int // "Type.field" → most items the list holds
	real  *listSizes     // the catalog's lists as the database holds them
}

func newPagedSchema(es graphql.ExecutableSchema, real *listSizes) pagedSchema {
	p := pagedSchema{ExecutableSchema: es, lists: map[string]int{}, real: real}
	for name, t := range es.Schema().Types {
		if t.BuiltIn || t.Kind != ast.Object {
			continue
		}
		for _, f := range t.Fields {
			if f.Type.Elem == nil {
				continue
			}
			key := name + "." + f.Name
			n, ok := listBounds[key]
			switch {
			case ok:
			case strings.HasSuffix(name, "Connection") && f.Name == "edges":
				n = 1 // the connection already counts its page
			case f.Name == "userErrors":
				n = 20
			default:
				n = defaultListBound
			}
			p.lists[key] = n
		}
	}
	return p
}

// listBounds are the most items each plain list holds in practice, for the
// lists whose real size is not read from the database (Options.ListSizes)
// or before it is; a list not named here counts as defaultListBound.
// Query.nodes counts its ids.
var listBounds = map[string]int{
	"Query.regions": 40, "Query.qualifications": 30, "Query.calendar": 60, "Query.examSessions": 10,
	"Query.hukouChoices": 36, "Query.rejectionReasons": 30, "Query.reviewCounts": 10, "Query.myApplications": 10,
	"Region.areas": 10, "Region.children": 10, "Region.notices": 20, "Region.policies": 10,
	"ExamArea.sites": 20, "ExamSite.rooms": 40, "ExamSession.offerings": 30, "ExamSession.policies": 40,
	"Qualification.offerings": 10, "Qualification.subjects": 4,
	"Application.decisions": 10, "Application.history": 20, "Application.materials": 10,
	"Application.rejectionReasons": 10, "Application.subjects": 4,
	"BulkApprovePayload.applications": 100, "StaffUser.createdAccounts": 100, "PhotoReport.checks": 12,
}

const defaultListBound = 20

func (s pagedSchema) Complexity(ctx context.Context, typeName, field string, child int, args map[string]any) (int, bool) {
	if n, ok := s.ExecutableSchema.Complexity(ctx, typeName, field, child, args); ok {
		return n, true
	}
	for _, key := range []string{"first", "last"} {
		if n, ok := pageArg(args[key]); ok && n > 0 {
			return 1 + child*n, true
		}
	}
	if ids, ok := args["ids"].([]any); ok {
		return 1 + child*len(ids), true
	}
	key := typeName + "." + field
	if n, ok := s.real.get(key); ok {
		return 1 + child*max(n, 1), true
	}
	if n, ok := s.lists[key]; ok {
		return 1 + child*n, true
	}
	return 1 + child, true
}

func pageArg(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case *int:
		if n != nil {
			return *n, true
		}
	case int64:
		return int(n), true
	}
	return 0, false
}

// shapeLimit refuses operations nested too deep or asking for pages too big,
// and introspection in production, before anything runs.
type shapeLimit struct {
	maxDepth, maxPage int
	introspection     bool
}

func (shapeLimit) ExtensionName() string                   { return "ShapeLimit" }
func (shapeLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (l shapeLimit) MutateOperationContext(_ context.Context, op *graphql.OperationContext) *gqlerror.Error {
	if op.Operation == nil {
		return nil
	}
	if !l.introspection {
		for _, f := range rootFields(op.Operation.SelectionSet, 0) {
			if f.Name == "__schema" || f.Name == "__type" {
				return limitError("生产模式不提供内省查询（__schema、__type）")
			}
		}
	}
	depth, err := l.walk(op.Operation.SelectionSet, op.Variables, 1, map[string]bool{})
	if err != nil {
		return err
	}
	if depth > l.maxDepth {
		return limitError(fmt.Sprintf("查询嵌套层数 %d 超过上限 %d", depth, l.maxDepth))
	}
	return nil
}

// rootFields flattens the fragments of a selection set into its fields.
func rootFields(set ast.SelectionSet, depth int) []*ast.Field {
	var out []*ast.Field
	if depth > 10 {
		return out // fragment cycles are refused by validation anyway
	}
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			out = append(out, s)
		case *ast.InlineFragment:
			out = append(out, rootFields(s.SelectionSet, depth+1)...)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				out = append(out, rootFields(s.Definition.SelectionSet, depth+1)...)
			}
		}
	}
	return out
}

func (l shapeLimit) walk(set ast.SelectionSet, vars map[string]any, level int, seen map[string]bool) (int, *gqlerror.Error) {
	deepest := level - 1
	for _, sel := range set {
		var (
			d   int
			err *gqlerror.Error
		)
		switch s := sel.(type) {
		case *ast.Field:
			if err := l.checkPage(s, vars); err != nil {
				return 0, err
			}
			d, err = l.walk(s.SelectionSet, vars, level+1, seen)
			if len(s.SelectionSet) == 0 {
				d = level
			}
		case *ast.InlineFragment:
			d, err = l.walk(s.SelectionSet, vars, level, seen)
		case *ast.FragmentSpread:
			if seen[s.Name] || s.Definition == nil {
				continue // validation already refuses fragment cycles
			}
			seen[s.Name] = true
			d, err = l.walk(s.Definition.SelectionSet, vars, level, seen)
			delete(seen, s.Name)
		}
		if err != nil {
			return 0, err
		}
		if d > deepest {
			deepest = d
		}
	}
	return deepest, nil
}

func (l shapeLimit) checkPage(f *ast.Field, vars map[string]any) *gqlerror.Error {
	if f.Definition == nil {
		return nil
	}
	args := f.ArgumentMap(vars)
	for _, key := range []string{"first", "last"} {
		if n, ok := pageArg(args[key]); ok && (n > l.maxPage || n < 0) {
			return limitError(fmt.Sprintf("%s.%s 应在 0 到 %d 之间，收到 %d", f.Name, key, l.maxPage, n))
		}
	}
	return nil
}

func limitError(msg string) *gqlerror.Error {
	return &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": apperr.BadRequest}}
}

// limitBody refuses bodies over the limit before reading them, and stops
// reading a body that grows past it (chunked uploads declare no length).
func limitBody(max int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isMultipart(r) {
			next.ServeHTTP(w, r) // the upload transport enforces its own limit while reading
			return
		}
		if r.ContentLength > max {
			writeError(w, http.StatusRequestEntityTooLarge, apperr.BadRequest,
				"请求体过大，上限为 "+strconv.FormatInt(max, 10)+" 字节")
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, max)
		next.ServeHTTP(w, r)
	})
}

// listSizes caches the real sizes of the catalog's lists, read again in the
// background at most once a minute, so that a query's cost follows the data.
type listSizes struct {
	read    func(context.Context) (map[string]int, error)
	now     func() time.Time
	current atomic.Pointer[map[string]int]
	readAt  atomic.Int64 // unix nanoseconds of the last read started
	log     *slog.Logger
}

const listSizesEvery = time.Minute

func newListSizes(read func(context.Context) (map[string]int, error), log *slog.Logger) *listSizes {
	if read == nil {
		return nil
	}
	l := &listSizes{read: read, now: time.Now, log: log}
	l.refresh()
	return l
}

func (l *listSizes) get(key string) (int, bool) {
	if l == nil {
		return 0, false
	}
	if last := l.readAt.Load(); l.now().UnixNano()-last > int64(listSizesEvery) && l.readAt.CompareAndSwap(last, l.now().UnixNano()) {
		go l.refresh()
	}
	m := l.current.Load()
	if m == nil {
		return 0, false
	}
	n, ok := (*m)[key]
	return n, ok
}

func (l *listSizes) refresh() {
	l.readAt.Store(l.now().UnixNano())
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	m, err := l.read(ctx)
	if err != nil {
		l.log.Warn("reading list sizes for the complexity limit", "err", err.Error())
		return
	}
	l.current.Store(&m)
}
