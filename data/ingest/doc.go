// Package ingest reads the article files researchers have — plain text in
// any of the usual Arabic encodings, web pages, JSON, JSON Lines, CSV,
// Word documents, and folders and zip archives of them — and turns each
// into a data.Article: the text with boilerplate removed and photo
// captions marked, and the title, source, author and date taken from the
// file's metadata or else read from the text, with how sure that is.
//
// It does no database work: Walk hands each article, or each file it
// refused and why, to a callback in a fixed order; ReadBytes does the same
// for one file held in memory.
//
// # Formats
//
//   - .txt: UTF-8 (with or without BOM), UTF-16 LE/BE (with or without
//     BOM), Windows-1256 or ISO-8859-6 (see Decode); line ends of any kind.
//     Labelled lines at the top (العنوان:، التاريخ:، المصدر:، الكاتب:،
//     الرابط:) count as metadata.
//   - .html, .htm: the article's main text; title, site, author, date and
//     URL from og: and article: meta tags, JSON-LD NewsArticle, <h1>,
//     <title> and <time>.
//   - .json (an array, one object, or an object holding an array), .jsonl,
//     .csv and .tsv: one article per record, with field names matched
//     case-insensitively: title; text, content, body or article; source,
//     site, outlet or publisher; date, published, published_at or
//     date_extracted; url or link; author. A record without text is
//     refused on its own, named file.json#N (the record's place, the line
//     of a JSON Lines file, the line of a CSV row).
//   - .docx: paragraphs of word/document.xml; title, creator and created
//     date from docProps/core.xml.
//   - .zip: every member, nested archives too, under limits on size,
//     compression ratio, depth and unsafe names (Options).
//
// # Metadata from the text
//
// The title is the first line when it reads as a headline, else the start
// of the first sentence. The source is an attribution line (المصدر :
// الجزيرة + وكالات، a closing outlet name, "outlet – author") matched
// against Outlets; an agency quoted in a sentence is not the source. The
// date is a date line near the top, a dateline, or a date given as
// today's; dates of events (27 شباط الماضي، اعتبارا من 25 مايو، في 12
// مارس 2011) and dates in removed boilerplate are never taken, and a photo
// caption's date is only a weak hint. Otherwise the date is unknown.
//
// Language data lives in resources/lexicon: outlets.tsv, months.tsv and
// ingest_text.tsv.
package ingest
