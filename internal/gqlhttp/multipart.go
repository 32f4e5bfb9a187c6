package gqlhttp

import (
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
)

// Multipart is gqlgen's MultipartForm (the GraphQL multipart request spec)
// with the error handling of GET and POST: a body over MaxUploadSize is
// refused with 413 while it streams in, and errors carry extensions.code and
// never data:null. Successful operations stream through untouched.
// limit, when set, gives a request's own upload limit (a national admin's
// score file is larger than anyone's photo); it is known before the body is
// read, from the authenticated viewer.
func Multipart(inner transport.MultipartForm, limit func(*http.Request) int64) graphql.Transport {
	return &multipartTransport{inner: inner, limit: limit}
}

type multipartTransport struct {
	inner transport.MultipartForm
	limit func(*http.Request) int64
}

func (t *multipartTransport) Supports(r *http.Request) bool { return t.inner.Supports(r) }

func (t *multipartTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	w.Header().Add("Vary", "Accept")
	media, ok := negotiate(r.Header.Values("Accept"))
	if !ok {
		writeErrors(w, http.StatusNotAcceptable, mediaJSON, nil, newError(msgNotAcceptable))
		return
	}
	inner := t.inner
	if t.limit != nil {
		inner.MaxUploadSize = t.limit(r)
	}
	if inner.MaxUploadSize > 0 && r.ContentLength > inner.MaxUploadSize {
		writeErrors(w, http.StatusRequestEntityTooLarge, media, nil,
			newError(fmt.Sprintf("上传内容过大，上限为 %d 字节", inner.MaxUploadSize)))
		return
	}
	r = r.Clone(r.Context())
	r.Header.Set("Accept", media)
	body := &overLimit{ReadCloser: r.Body}
	if inner.MaxUploadSize > 0 {
		body.ReadCloser = http.MaxBytesReader(w, r.Body, inner.MaxUploadSize)
	}
	r.Body = body

	rec := &recorder{GraphExecutor: exec}
	rw := &responseWriter{ResponseWriter: w, rec: rec}
	inner.Do(rw, r, rec)
	if body.exceeded && rw.mode != modePass {
		writeErrors(w, http.StatusRequestEntityTooLarge, media, nil,
			newError(fmt.Sprintf("上传内容过大，上限为 %d 字节", inner.MaxUploadSize)))
		return
	}
	rw.finish(media)
}

// overLimit remembers that the body went past its limit, which gqlgen's
// multipart transport reports only as "failed to read file".
type overLimit struct {
	io.ReadCloser
	exceeded bool
}

func (o *overLimit) Read(p []byte) (int, error) {
	n, err := o.ReadCloser.Read(p)
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		o.exceeded = true
	}
	return n, err
}
