package store

import (
	"container/list"
	"context"
	"database/sql/driver"
	"errors"
	"reflect"
	"strings"
)

// stmtCacheSize bounds the prepared statements kept per SQLite connection.
// ent's statements are a few hundred distinct texts (IN lists of varying
// length make more), each a few KB of compiled program.
const stmtCacheSize = 512

// cachingConnector keeps each SQLite connection's prepared statements and
// runs a statement seen before without compiling it again: modernc's
// driver prepares every Exec and Query anew, and compiling SQL was about a
// third of the CPU of a candidate's read on SQLite. PostgreSQL needs none of
// this: pgx caches statements per connection itself.
type cachingConnector struct{ driver.Connector }

func (c cachingConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return newCachingConn(conn), nil
}

type cachingConn struct {
	driver.Conn
	byQuery map[string]*list.Element // of *cachedStmt
	lru     list.List                // most recently used first
}

type cachedStmt struct {
	query string
	stmt  driver.Stmt
	busy  bool // its rows are open: a second use must not reset it under them
}

func newCachingConn(c driver.Conn) *cachingConn {
	return &cachingConn{Conn: c, byQuery: map[string]*list.Element{}}
}

// Unwrap gives the driver's own connection (backups, serialization).
func (c *cachingConn) Unwrap() driver.Conn { return c.Conn }

// cacheable leaves scripts (migrations, several statements in one text) to
// the driver, which runs them statement by statement, and savepoint
// statements, whose names change with every unit of a group commit and
// would push the statements worth keeping out.
func cacheable(q string) bool {
	q = strings.TrimRight(q, " \t\r\n;")
	if strings.Contains(q, ";") {
		return false
	}
	for _, p := range []string{"SAVEPOINT", "RELEASE", "ROLLBACK"} {
		if len(q) >= len(p) && strings.EqualFold(q[:len(p)], p) {
			return false
		}
	}
	return true
}

// take returns the cached statement for q, preparing it when new, or nil
// when q is not to be cached or its statement is in use.
func (c *cachingConn) take(ctx context.Context, q string) (*cachedStmt, error) {
	if el, ok := c.byQuery[q]; ok {
		cs := el.Value.(*cachedStmt)
		if cs.busy {
			return nil, nil
		}
		c.lru.MoveToFront(el)
		cs.busy = true
		return cs, nil
	}
	if !cacheable(q) {
		return nil, nil
	}
	p, ok := c.Conn.(driver.ConnPrepareContext)
	if !ok {
		return nil, nil
	}
	s, err := p.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	cs := &cachedStmt{query: q, stmt: s, busy: true}
	c.byQuery[q] = c.lru.PushFront(cs)
	for c.lru.Len() > stmtCacheSize {
		c.evict(c.lru.Back())
	}
	return cs, nil
}

// evict drops a statement; one whose rows are still open is finalized when
// they close.
func (c *cachingConn) evict(el *list.Element) {
	cs := el.Value.(*cachedStmt)
	c.lru.Remove(el)
	delete(c.byQuery, cs.query)
	if !cs.busy {
		_ = cs.stmt.Close()
	}
}

// drop forgets a statement after a failed run: it is prepared afresh next time.
func (c *cachingConn) drop(cs *cachedStmt) {
	cs.busy = false
	if el, ok := c.byQuery[cs.query]; ok && el.Value == cs {
		c.lru.Remove(el)
		delete(c.byQuery, cs.query)
	}
	_ = cs.stmt.Close()
}

func (c *cachingConn) release(cs *cachedStmt) {
	cs.busy = false
	if el, ok := c.byQuery[cs.query]; !ok || el.Value != cs {
		_ = cs.stmt.Close() // evicted while its rows were open
	}
}

func (c *cachingConn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	cs, err := c.take(ctx, q)
	if err != nil {
		return nil, err
	}
	if cs == nil {
		return c.Conn.(driver.ExecerContext).ExecContext(ctx, q, args)
	}
	res, err := cs.stmt.(driver.StmtExecContext).ExecContext(ctx, args)
	if err != nil {
		c.drop(cs)
		return nil, err
	}
	c.release(cs)
	return res, nil
}

func (c *cachingConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	cs, err := c.take(ctx, q)
	if err != nil {
		return nil, err
	}
	if cs == nil {
		return c.Conn.(driver.QueryerContext).QueryContext(ctx, q, args)
	}
	rows, err := cs.stmt.(driver.StmtQueryContext).QueryContext(ctx, args)
	if err != nil {
		c.drop(cs)
		return nil, err
	}
	return &cachedRows{Rows: rows, c: c, cs: cs}, nil
}

func (c *cachingConn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	return c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, q)
}

func (c *cachingConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	return c.Conn.(driver.ConnBeginTx).BeginTx(ctx, opts)
}

func (c *cachingConn) Ping(ctx context.Context) error {
	if p, ok := c.Conn.(driver.Pinger); ok {
		return p.Ping(ctx)
	}
	return nil
}

func (c *cachingConn) ResetSession(ctx context.Context) error {
	if r, ok := c.Conn.(driver.SessionResetter); ok {
		return r.ResetSession(ctx)
	}
	return nil
}

func (c *cachingConn) IsValid() bool {
	if v, ok := c.Conn.(driver.Validator); ok {
		return v.IsValid()
	}
	return true
}

func (c *cachingConn) Close() error {
	var errs []error
	for el := c.lru.Front(); el != nil; el = el.Next() {
		errs = append(errs, el.Value.(*cachedStmt).stmt.Close())
	}
	c.lru.Init()
	clear(c.byQuery)
	return errors.Join(append(errs, c.Conn.Close())...)
}

type cachedRows struct {
	driver.Rows
	c      *cachingConn
	cs     *cachedStmt
	closed bool
}

func (r *cachedRows) Close() error {
	if r.closed {
		return nil
	}
	r.closed = true
	err := r.Rows.Close()
	if err != nil {
		r.c.drop(r.cs)
		return err
	}
	r.c.release(r.cs)
	return nil
}

// The driver's rows also describe their columns; database/sql asks for these.
func (r *cachedRows) ColumnTypeDatabaseTypeName(i int) string {
	if t, ok := r.Rows.(driver.RowsColumnTypeDatabaseTypeName); ok {
		return t.ColumnTypeDatabaseTypeName(i)
	}
	return ""
}

func (r *cachedRows) ColumnTypeNullable(i int) (nullable, ok bool) {
	if t, ok := r.Rows.(driver.RowsColumnTypeNullable); ok {
		return t.ColumnTypeNullable(i)
	}
	return false, false
}

func (r *cachedRows) ColumnTypeLength(i int) (int64, bool) {
	if t, ok := r.Rows.(driver.RowsColumnTypeLength); ok {
		return t.ColumnTypeLength(i)
	}
	return 0, false
}

func (r *cachedRows) ColumnTypePrecisionScale(i int) (int64, int64, bool) {
	if t, ok := r.Rows.(driver.RowsColumnTypePrecisionScale); ok {
		return t.ColumnTypePrecisionScale(i)
	}
	return 0, 0, false
}

func (r *cachedRows) ColumnTypeScanType(i int) reflect.Type {
	if t, ok := r.Rows.(driver.RowsColumnTypeScanType); ok {
		return t.ColumnTypeScanType(i)
	}
	return reflect.TypeFor[any]()
}
