package runner

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sync"

	"jixiao/pipeline/job"
	"jixiao/pipeline/layout"
	"jixiao/pipeline/output"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/preview"
	"jixiao/pipeline/wordmodel"
)

// PreviewPages is how many pages the web page previews, and a build draws
// for it.
const PreviewPages = 20

// PreviewName is the preview a build draws of the Word file it publishes,
// kept in the output folder beside the history and never published: the
// first page view after the build, or after the server starts, shows it
// without reading a 100,000-row document back. It names the SHA-256 of
// the Word file it was drawn from, and is shown only for a file of that
// hash, so a preview of another version of the file is never shown. Not
// .jixiao-…: that names a temporary file of publish's, which a finished
// build leaves none of.
const PreviewName = ".jixiao.preview.json"

// storedPreview is PreviewName's content.
type storedPreview struct {
	Docx string `json:"docx_sha256"`
	// All says Pages are every page of the document.
	All   bool     `json:"all"`
	Pages []string `json:"pages"`
}

// Preview returns the first pages (at most max) of j's published Word
// file as SVG, drawn as its PDF is drawn. The build's own preview
// (PreviewName) is shown when it was drawn from this very file; otherwise
// the head of the file is read and only the pages shown are laid out
// (headPreview).
// The pages are kept in memory until the file changes, so that a later
// page view costs a look at the file's size and time.
func Preview(j *job.Job, max int) (_ []string, err error) {
	defer Guard(j, &err)
	path := filepath.Join(j.Output, j.DocxName)
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	key := previewKey{path: path, size: info.Size(), mtime: info.ModTime().UnixNano(), max: max}
	if pages, ok := previews.get(key); ok {
		return pages, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if pages, ok := builtPreview(j, raw, max); ok {
		previews.put(key, pages)
		return pages, nil
	}
	l, err := loadPDFLayout(j)
	if err != nil {
		return nil, err
	}
	pages, err := headPreview(raw, layout.Options{Preset: l.preset, Fonts: l.fonts}, max, headLimit(max))
	if err == nil {
		previews.put(key, pages)
	}
	return pages, err
}

// headLimit is how much of a document's body is read first for a preview
// of max pages: per page, more paragraphs than a page of body text holds
// and more rows than a page holds of a table of 8 pt type. A head the
// layout finds too short is read again, twice as long (headPreview).
func headLimit(max int) wordmodel.HeadLimit {
	return wordmodel.HeadLimit{Blocks: 80 * max, Rows: 80 * max}
}

// headPreview draws the first max pages of the Word file docx from the
// head of its body (wordmodel.ReadHead), starting with limit and doubling
// it while the layout finds the head too short for the pages
// (layout.ErrHeadTooShort): the pages are those a read of the whole file
// draws, a 100,000-row attachment's for the cost of inflating its XML and
// reading its first rows.
func headPreview(docx []byte, opt layout.Options, max int, limit wordmodel.HeadLimit) ([]string, error) {
	for {
		doc, err := wordmodel.ReadHead(docx, limit)
		if err != nil {
			return nil, err
		}
		pages, err := preview.Preview(doc, opt, max)
		if !errors.Is(err, layout.ErrHeadTooShort) {
			return pages, err
		}
		limit.Blocks, limit.Rows = 2*limit.Blocks, 2*limit.Rows
	}
}

// builtPreview is the first max pages of the preview the build drew of
// the Word file docx, if the output folder holds one drawn from these
// bytes with that many pages.
func builtPreview(j *job.Job, docx []byte, max int) ([]string, bool) {
	raw, err := os.ReadFile(filepath.Join(j.Output, PreviewName))
	if err != nil {
		return nil, false
	}
	var p storedPreview
	if json.Unmarshal(raw, &p) != nil || p.Docx != sha256Hex(docx) || (!p.All && len(p.Pages) < max) {
		return nil, false
	}
	return p.Pages[:min(max, len(p.Pages))], true
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// drawPreview draws the preview of the Word file the build made from the
// layout its PDF was drawn from (shared through s.shared, so a short
// document costs only the drawing of its pages, a long one its first
// pages' layout). The returned function, called once the file is
// published, writes it to PreviewName and keeps it in memory. A preview
// that cannot be drawn or written is left out: the page then reads the
// file.
func (s *state) drawPreview() (keep func()) {
	var docx []byte
	var doc *wordmodel.Document
	for i, r := range s.rendered {
		if r != nil && r.Filled != nil && s.writers[i].Source() == output.Fills {
			docx, doc = r.Data, r.Filled
		}
	}
	if doc == nil {
		return func() {}
	}
	l, err := loadPDFLayout(s.j)
	if err != nil {
		return func() {}
	}
	laid, err := pdf.LaidOut(&output.Input{Filled: doc, Shared: s.shared}, layout.Options{Preset: l.preset, Fonts: l.fonts})
	if err != nil {
		return func() {}
	}
	pages, err := preview.Draw(laid, PreviewPages)
	if err != nil {
		return func() {}
	}
	all := laid.PageCount() <= len(pages)
	stored, err := json.Marshal(storedPreview{Docx: sha256Hex(docx), All: all, Pages: pages})
	if err != nil {
		return func() {}
	}
	// The function holds the pages only, not s: a long attachment's model
	// and layout are not kept alive while the files are published.
	dir, path := s.j.Output, filepath.Join(s.j.Output, s.j.DocxName)
	return func() {
		if writePreview(dir, stored) != nil {
			return
		}
		max, watched := previews.watched(path)
		if !watched {
			max = PreviewPages
		}
		if info, err := os.Stat(path); err == nil && (all || max <= len(pages)) {
			previews.put(previewKey{path: path, size: info.Size(), mtime: info.ModTime().UnixNano(), max: max}, pages[:min(max, len(pages))])
		}
	}
}

// writePreview puts the preview in place in one rename, so that a page
// view never reads half of it (publish removes a temporary file a crash
// leaves, by its name).
func writePreview(dir string, data []byte) error {
	f, err := os.CreateTemp(dir, ".jixiao-preview-*.tmp")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(0o644) // as the history beside it, not CreateTemp's 0600
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), filepath.Join(dir, PreviewName))
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// previewKey is a published Word file as it was when previewed.
type previewKey struct {
	path        string
	size, mtime int64
	max         int
}

// previewCache is the last preview of each file, by path.
type previewCache struct {
	mu sync.Mutex
	m  map[string]previewEntry
}

type previewEntry struct {
	key   previewKey
	pages []string
}

var previews = &previewCache{m: map[string]previewEntry{}}

func (c *previewCache) get(k previewKey) ([]string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[k.path]
	return e.pages, ok && e.key == k
}

// watched is the number of pages last previewed of path, if any has been
// since the process started.
func (c *previewCache) watched(path string) (int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[path]
	return e.key.max, ok
}

func (c *previewCache) put(k previewKey, pages []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k.path] = previewEntry{key: k, pages: pages}
}
