package auth

// Cached reports whether the cache would answer token without the database.
func (c *SessionCache) Cached(token string) bool {
	s, _ := c.get(HashToken(token))
	return s != nil
}
