package runtest

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
)

// Placed is a table as Word writes one it has sized and placed: props
// (its w:tblStyle, w:tblW, w:jc, w:tblInd, w:tblLayout, in the schema's
// order) ahead of green single lines all round (00C000, 1 pt, for
// finding its edges in a picture of the page), its grid the widths in
// twips and its rows (Row).
func Placed(props string, widths []int, rows ...string) string {
	grid, lines := "", ""
	for _, w := range widths {
		grid += fmt.Sprintf(`<w:gridCol w:w="%d"/>`, w)
	}
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		lines += `<w:` + side + ` w:val="single" w:sz="8" w:space="0" w:color="00C000"/>`
	}
	return `<w:tbl><w:tblPr>` + props + `<w:tblBorders>` + lines + `</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>` + grid + `</w:tblGrid>` +
		strings.Join(rows, "") + `</w:tbl>`
}

// Row is a table row of cells (Writer.Cell); a header row repeats at the
// top of each page the table reaches.
func Row(header bool, cells ...string) string {
	pr := ""
	if header {
		pr = `<w:trPr><w:tblHeader/></w:trPr>`
	}
	return `<w:tr>` + pr + strings.Join(cells, "") + `</w:tr>`
}

// OwnRow is a table row placed otherwise than its table, as Word writes
// one: its own w:tblW, w:jc or w:tblInd in a w:tblPrEx (own), and trPr's
// properties (a w:jc, as Word 2003 writes a row's alignment).
func OwnRow(own, trPr string, cells ...string) string {
	row := `<w:tr>`
	if own != "" {
		row += `<w:tblPrEx>` + own + `</w:tblPrEx>`
	}
	if trPr != "" {
		row += `<w:trPr>` + trPr + `</w:trPr>`
	}
	return row + strings.Join(cells, "") + `</w:tr>`
}

// WithStyle is docx with style (a w:style element) added to its styles.
func WithStyle(t testing.TB, docx []byte, style string) []byte {
	t.Helper()
	return opctest.Edit(t, docx, map[string]func(string) string{"word/styles.xml": func(s string) string {
		return strings.Replace(s, "</w:styles>", style+"</w:styles>", 1)
	}})
}

// Compat is docx with its settings' compatibilityMode set to mode, as
// that version of Word writes it (14: Word 2010, 15: 2013 and later), or
// with none where mode is 0, as WPS writes its settings.
func Compat(t testing.TB, docx []byte, mode int) []byte {
	t.Helper()
	return opctest.Edit(t, docx, map[string]func(string) string{"word/settings.xml": func(s string) string {
		i := strings.Index(s, `w:name="compatibilityMode"`)
		if i < 0 {
			t.Fatal("the template's settings name no compatibilityMode")
		}
		if mode == 0 {
			start := strings.LastIndex(s[:i], "<w:compatSetting")
			return s[:start] + s[i+strings.Index(s[i:], "/>")+2:]
		}
		k := i + strings.Index(s[i:], `w:val="`) + len(`w:val="`)
		return s[:k] + fmt.Sprint(mode) + s[k+strings.IndexByte(s[k:], '"'):]
	}})
}
