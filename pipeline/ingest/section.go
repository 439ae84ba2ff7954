package ingest

import (
	"fmt"
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/money"
)

// headerSearchRows is how far down a title block may push the header row.
const headerSearchRows = 10

// required lists the fields a sheet of kind k must have columns for.
func required(k dataset.Kind) []field {
	f := []field{fName, fUnit, fAmount}
	if k == dataset.PreEvaluation {
		f = append(f, fGrade)
	}
	if k == dataset.Attachment {
		f = append(f, fAgency)
	}
	return f
}

type sectionReader struct {
	src   rowSource
	kind  dataset.Kind
	at    dataset.CellRef
	bands dataset.Bands
	ps    *dataset.Problems
	sec   *dataset.Section
	cols  [fieldCount]int
	// covered maps a merged cell that is not its range's top-left to that top-left.
	covered map[[2]int][2]int
	tops    map[[2]int]bool
	// mergedValue holds the top-left values of merged ranges as they stream past.
	mergedValue map[[2]int]string
	// seen holds a 64-bit hash of each project's name and unit, not the
	// strings: a sheet of a million rows then keeps megabytes, not the rows.
	seen       map[uint64]int32
	prevAgency string
	prevBlock  int
	// The merged ranges are loaded when first needed; the last two rows
	// are kept for the values of merges that began in them.
	mergesLoaded        bool
	prevRow, curRow     int
	prevCells, curCells []string
	badAmounts          int
}

func readSection(k dataset.Kind, at dataset.CellRef, src rowSource, bands dataset.Bands, ps *dataset.Problems) *dataset.Section {
	r := &sectionReader{
		kind: k, at: at, bands: bands, ps: ps, src: src,
		sec:         &dataset.Section{Kind: k, Sheet: at},
		covered:     map[[2]int][2]int{},
		tops:        map[[2]int]bool{},
		mergedValue: map[[2]int]string{},
		seen:        map[uint64]int32{},
	}
	headerFound := false
	headerRow := 0
	var headerRows [][]string
	for {
		row, cells, ok, err := src.next()
		if err != nil {
			ps.Error(at, "读取工作表出错："+err.Error())
			break
		}
		if !ok {
			break
		}
		if !headerFound {
			if row > headerSearchRows {
				break
			}
			headerRows = append(headerRows, cells)
			if r.header(row, cells) {
				headerFound, headerRow = true, row
				r.sec.FirstRow = row + 1
			}
			continue
		}
		if r.sec.StatedTotal != nil {
			if !blank(cells) {
				ps.Error(at.Cell(0).WithRow(row), "“合计”行之后还有数据，请把合计行放在最后一行")
			}
			continue
		}
		r.row(row, cells)
	}
	if !headerFound {
		ps.Error(at, fmt.Sprintf("前%d行中找不到表头（应包含“项目名称”列）。找到的第1行是：%s", headerSearchRows, describeRow(headerRows)))
		return r.sec
	}
	r.sec.Cols = dataset.Columns{Seq: r.cols[fSeq], Name: r.cols[fName], Unit: r.cols[fUnit], Amount: r.cols[fAmount], Score: r.cols[fScore], Grade: r.cols[fGrade], Agency: r.cols[fAgency]}
	// Checked after the rows, when the merged ranges come free with the
	// end of the sheet.
	for _, m := range src.merges() {
		if m.top <= headerRow && headerRow <= m.bottom && m.right > m.left {
			r.ps.Error(r.at.Cell(m.left).WithRow(headerRow), fmt.Sprintf("表头单元格 %s%d:%s%d 是跨列合并的单元格，请取消合并，每列写一个表头",
				dataset.ColumnName(m.left), m.top, dataset.ColumnName(m.right), m.bottom))
		}
	}
	// A 合计 cannot be checked against amounts that could not be read, and
	// saying so would only repeat the errors already given.
	if r.sec.StatedTotal != nil && r.badAmounts == 0 {
		checkStatedTotal(r.sec, ps)
	}
	return r.sec
}

func describeRow(rows [][]string) string {
	if len(rows) == 0 {
		return "（工作表为空）"
	}
	var parts []string
	for _, c := range rows[0] {
		if strings.TrimSpace(c) != "" {
			parts = append(parts, c)
		}
	}
	if len(parts) == 0 {
		return "（空行）"
	}
	return strings.Join(parts, "、")
}

// header maps the columns if cells is the header row; it reports whether it was.
func (r *sectionReader) header(row int, cells []string) bool {
	var cols [fieldCount]int
	units := money.Wan
	var found []string
	for i, c := range cells {
		if strings.TrimSpace(c) != "" {
			found = append(found, c)
		}
		f, unit, ok := matchHeader(c)
		if !ok {
			continue
		}
		if cols[f] != 0 {
			r.ps.Error(r.at.Cell(i+1).WithRow(row), fmt.Sprintf("表头“%s”出现了两次（另一处在 %s 列），请删除或改名其中一列", c, dataset.ColumnName(cols[f])))
			continue
		}
		cols[f] = i + 1
		if f == fAmount {
			units = unit
		}
	}
	if cols[fName] == 0 {
		return false
	}
	r.cols = cols
	r.sec.AmountUnit = units
	for _, f := range required(r.kind) {
		if cols[f] == 0 {
			r.ps.Error(r.at.Cell(0).WithRow(row), fmt.Sprintf("缺少“%s”列。表头中有：%s", fieldLabel[f], strings.Join(found, "、")))
		}
	}
	if r.kind.Scored() && cols[fScore] == 0 && cols[fGrade] == 0 {
		r.ps.Error(r.at.Cell(0).WithRow(row), "缺少“评分结果”或“评分等级”列，至少要有一列。表头中有："+strings.Join(found, "、"))
	}
	return true
}

// value returns the text of field f in this row; a blank cell that a merge
// covers takes its value from the merge's top-left cell.
func (r *sectionReader) value(row int, cells []string, f field) string {
	col := r.cols[f]
	if col == 0 {
		return ""
	}
	if col <= len(cells) {
		if v := strings.TrimSpace(cells[col-1]); v != "" {
			return v
		}
	}
	r.loadMerges()
	if tl, ok := r.covered[[2]int{row, col}]; ok {
		return r.mergedValue[tl]
	}
	return ""
}

// loadMerges learns the sheet's merged ranges the first time a blank cell
// needs them; a sheet without blanks (a large one, usually) never pays for
// it. A merge's top-left cell is at most one row above the first blank it
// covers in a checked column, so the last two rows give every value needed.
func (r *sectionReader) loadMerges() {
	if r.mergesLoaded {
		return
	}
	r.mergesLoaded = true
	for _, m := range r.src.merges() {
		r.tops[[2]int{m.top, m.left}] = true
		for row := m.top; row <= m.bottom; row++ {
			for col := m.left; col <= m.right; col++ {
				if row != m.top || col != m.left {
					r.covered[[2]int{row, col}] = [2]int{m.top, m.left}
				}
			}
		}
	}
	r.keepTops(r.prevRow, r.prevCells)
	r.keepTops(r.curRow, r.curCells)
}

func (r *sectionReader) keepTops(row int, cells []string) {
	for i, c := range cells {
		if key := [2]int{row, i + 1}; r.tops[key] {
			r.mergedValue[key] = strings.TrimSpace(c)
		}
	}
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func (r *sectionReader) row(row int, cells []string) {
	r.prevRow, r.prevCells, r.curRow, r.curCells = r.curRow, r.curCells, row, cells
	if r.mergesLoaded {
		r.keepTops(row, cells)
	}
	own := func() bool {
		for f := field(0); f < fieldCount; f++ {
			if c := r.cols[f]; c != 0 {
				if _, cov := r.covered[[2]int{row, c}]; !cov && c <= len(cells) && strings.TrimSpace(cells[c-1]) != "" {
					return true
				}
			}
		}
		return false
	}
	if !own() {
		return // a blank line, or one holding only the tail of a merge
	}
	ref := r.at.Cell(0).WithRow(row)
	if isTotalLabel(r.value(row, cells, fSeq)) || isTotalLabel(r.value(row, cells, fName)) || isTotalLabel(r.value(row, cells, fUnit)) {
		r.total(ref, r.value(row, cells, fAmount))
		return
	}
	it := dataset.Item{
		Name:        r.value(row, cells, fName),
		Unit:        r.value(row, cells, fUnit),
		Agency:      r.value(row, cells, fAgency),
		AgencyBlock: row,
		Row:         ref,
	}
	it.Cols = dataset.Columns{Seq: r.cols[fSeq], Name: r.cols[fName], Unit: r.cols[fUnit], Amount: r.cols[fAmount], Score: r.cols[fScore], Grade: r.cols[fGrade], Agency: r.cols[fAgency]}
	if c := r.cols[fAgency]; c != 0 {
		if tl, ok := r.covered[[2]int{row, c}]; ok && tl[1] == c {
			it.AgencyBlock = tl[0]
		}
		if it.Agency == "" && r.sec.Count > 0 && r.src.blankContinuesAbove() {
			it.Agency, it.AgencyBlock = r.prevAgency, r.prevBlock
		}
		r.prevAgency, r.prevBlock = it.Agency, it.AgencyBlock
	}
	for _, f := range required(r.kind) {
		if f == fAgency && it.Agency != "" {
			continue // continued from the row above
		}
		if f != fAmount && r.value(row, cells, f) == "" {
			r.ps.Error(ref.Cell(r.cols[f]), fmt.Sprintf("“%s”为空，请填写", fieldLabel[f]))
		}
	}
	it.Amount = r.amount(ref, r.value(row, cells, fAmount))
	r.grade(&it, ref, r.value(row, cells, fScore), r.value(row, cells, fGrade))
	if it.Name != "" {
		key := projectKey(it.Name, it.Unit)
		if first, dup := r.seen[key]; dup {
			r.ps.Error(ref.Cell(r.cols[fName]), fmt.Sprintf("项目“%s”（%s）重复，与第%d行相同，请删除重复行", it.Name, it.Unit, first))
		} else {
			r.seen[key] = int32(row)
		}
	}
	r.sec.Add(it)
	r.sec.LastRow = row
}
