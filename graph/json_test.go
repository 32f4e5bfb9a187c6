package graph_test

import "encoding/json"

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }

func jsonUnmarshalRaw(b []byte, v any) error { return json.Unmarshal(b, v) }
