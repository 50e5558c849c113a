package data

import (
	"errors"
	"time"
)

// Domain errors, returned by the store instead of driver errors.
var (
	ErrNotFound = errors.New("not found")
	ErrInvalid  = errors.New("invalid")
	ErrConflict = errors.New("conflict")
	// ErrNotCorpus is returned when a file is not a Marsad corpus or is damaged.
	ErrNotCorpus = errors.New("not a Marsad corpus")
)

// How an article's date was found.
const (
	DateMetadata = "metadata" // from the file's own fields or meta tags
	DateText     = "text"     // from a dateline or a date stated in the text
	DateUser     = "user"     // set by the user
	DateUnknown  = "unknown"
)

// Origins of analysis results.
const (
	OriginAuto = "auto" // found by the analysis; replaced when it runs again
	OriginUser = "user" // made or corrected by the user; never overwritten
)

// Stances toward a topic.
const (
	StanceSupport     = "support"
	StanceOppose      = "oppose"
	StanceConditional = "conditional"
	StanceNeutral     = "neutral"
)

// Stances lists the stances in display order.
var Stances = []string{StanceSupport, StanceOppose, StanceConditional, StanceNeutral}

// Mark kinds: stretches of an article's body that readers treat apart.
const (
	MarkCaption = "caption" // a photo caption: kept, shown apart, a weak date hint only
)

// Mark is a stretch of an article's body, by byte offsets.
type Mark struct {
	Kind  string `json:"kind"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Article is one news article in a corpus.
type Article struct {
	ID             int64
	Title          string
	Body           string // the text, boilerplate removed; offsets point into it
	Source         string // outlet name, "" when unknown
	Author         string
	URL            string
	Date           string  // YYYY-MM-DD, "" when unknown
	DateOrigin     string  // DateMetadata, DateText, DateUser or DateUnknown
	DateConfidence float64 // 0..1; 1 for metadata and user dates
	File           string  // base name, "archive.zip:member" or "file.json#N"
	Hash           string  // hex SHA-256 of the normalised body: the dedupe key
	Words          int
	Marks          []Mark
	ImportedAt     time.Time
}
