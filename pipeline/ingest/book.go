package ingest

import "bytes"

// book is a workbook opened for reading, whatever its format: the sheets
// it holds, in order, and each one's rows.
type book interface {
	sheetNames() []string
	sheet(name string) (rowSource, error)
	// hiddenSheet reports whether the clerk hid a sheet (a list for a
	// drop-down, last year's copy): no table the clerk sees.
	hiddenSheet(name string) bool
}

func (p *pkg) sheet(name string) (rowSource, error) {
	s, err := p.openSheet(name)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// isCompound tells a compound document (.xls, .et, or an encrypted
// .xlsx) by its first bytes, not by its name: a workbook renamed is read
// as what it is.
func isCompound(data []byte) bool { return bytes.HasPrefix(data, oleMagic) }
