package notify

import (
	"bytes"
	"embed"
	"fmt"
	htmltemplate "html/template"
	"strings"
	"text/template"
)

//go:embed templates
var templateFiles embed.FS

var (
	texts  = template.Must(template.New("").Option("missingkey=zero").ParseFS(templateFiles, "templates/*.txt"))
	layout = htmltemplate.Must(htmltemplate.ParseFS(templateFiles, "templates/layout.html"))
)

// Rendered is a message's text: the subject (the template's first line) and
// the plain-text body.
type Rendered struct{ Subject, Body string }

// render fills the kind's template with params (a missing one is empty,
// never "<no value>"). Params hold only what the candidate may read: names,
// the qualification, instants in Asia/Shanghai — never an ID number.
func render(k Kind, params map[string]string) (Rendered, error) {
	var b bytes.Buffer
	if err := texts.ExecuteTemplate(&b, string(k)+".txt", params); err != nil {
		return Rendered{}, fmt.Errorf("template %s: %w", k, err)
	}
	subject, body, _ := strings.Cut(b.String(), "\n")
	return Rendered{Subject: strings.TrimSpace(subject), Body: strings.TrimSpace(body)}, nil
}

// HTML is the email's HTML part: the body's paragraphs, escaped by
// html/template, so a name or a notice cannot inject markup.
func HTML(subject, body string) (string, error) {
	var paras []string
	for _, p := range strings.Split(body, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	var b bytes.Buffer
	err := layout.ExecuteTemplate(&b, "layout.html", struct {
		Subject    string
		Paragraphs []string
	}{subject, paras})
	return b.String(), err
}

// SMSParams are the kind's SMS template id and its parameters, in order.
func SMSParams(k Kind, params map[string]string) (string, []Param) {
	t := smsTemplates[k]
	out := make([]Param, 0, len(t.Params))
	for _, name := range t.Params {
		out = append(out, Param{Name: name, Value: params[name]})
	}
	return t.ID, out
}

// yuan is an amount in fen as people read it: ¥120.00.
func yuan(fen int64) string { return fmt.Sprintf("¥%d.%02d", fen/100, fen%100) }
