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
func Multipart(inner transport.MultipartForm) graphql.Transport {
	return &multipartTransport{inner: inner}
}

type multipartTransport struct{ inner transport.MultipartForm }

func (t *multipartTransport) Supports(r *http.Request) bool { return t.inner.Supports(r) }

func (t *multipartTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	w.Header().Add("Vary", "Accept")
	media, ok := negotiate(r.Header.Values("Accept"))
	if !ok {
		writeErrors(w, http.StatusNotAcceptable, mediaJSON, nil, newError(msgNotAcceptable))
		return
	}
	if t.inner.MaxUploadSize > 0 && r.ContentLength > t.inner.MaxUploadSize {
		writeErrors(w, http.StatusRequestEntityTooLarge, media, nil,
			newError(fmt.Sprintf("上传内容过大，上限为 %d 字节", t.inner.MaxUploadSize)))
		return
	}
	r = r.Clone(r.Context())
	r.Header.Set("Accept", media)
	body := &overLimit{ReadCloser: r.Body}
	if t.inner.MaxUploadSize > 0 {
		body.ReadCloser = http.MaxBytesReader(w, r.Body, t.inner.MaxUploadSize)
	}
	r.Body = body

	rec := &recorder{GraphExecutor: exec}
	rw := &responseWriter{ResponseWriter: w, rec: rec}
	t.inner.Do(rw, r, rec)
	if body.exceeded && rw.mode != modePass {
		writeErrors(w, http.StatusRequestEntityTooLarge, media, nil,
			newError(fmt.Sprintf("上传内容过大，上限为 %d 字节", t.inner.MaxUploadSize)))
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
