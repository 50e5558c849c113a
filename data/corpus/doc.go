// Package corpus runs Marsad's work over a whole corpus: importing files
// (read, store, analyse, group), re-analysis and re-grouping. It ties the
// readers (data/ingest), the store (data/store), the analysis
// (data/analyze) and the story grouping (data/stories) together for the
// CLI and the GUI.
package corpus
