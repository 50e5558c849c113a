package charts

import (
	"sync"
)

// cacheKey identifies a chart drawn at one size.
type cacheKey struct {
	hash [32]byte
	w, h int
}

// resultCache keeps the most recently drawn charts, so that redrawing a
// chart at another scale, exporting it, or hit-testing it costs no
// JavaScript.
type resultCache struct {
	mu    sync.Mutex
	order []cacheKey // least recently used first
	m     map[cacheKey]*drawn
}

const cacheEntries = 16

var results = &resultCache{m: make(map[cacheKey]*drawn)}

// get returns the cached result for k, or nil.
func (c *resultCache) get(k cacheKey) *drawn {
	c.mu.Lock()
	defer c.mu.Unlock()
	d := c.m[k]
	if d != nil {
		c.touch(k)
	}
	return d
}

// put stores d under k unless another caller stored one first, and
// returns the stored result.
func (c *resultCache) put(k cacheKey, d *drawn) *drawn {
	c.mu.Lock()
	defer c.mu.Unlock()
	if old := c.m[k]; old != nil {
		c.touch(k)
		return old
	}
	c.m[k] = d
	c.order = append(c.order, k)
	if len(c.order) > cacheEntries {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
	return d
}

// touch moves k to the most recently used end.
func (c *resultCache) touch(k cacheKey) {
	for i, o := range c.order {
		if o == k {
			copy(c.order[i:], c.order[i+1:])
			c.order[len(c.order)-1] = k
			return
		}
	}
}

// reset empties the cache.
func (c *resultCache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.m)
	c.order = c.order[:0]
}
