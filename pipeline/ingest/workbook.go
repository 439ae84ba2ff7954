package ingest

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/fault"

	"github.com/xuri/excelize/v2"
)

// Options say where the tables are and who tallies their rows.
type Options struct {
	// Sheets renames the sheet of a table, by table key; a table not
	// named here is read from the sheet its definition names.
	Sheets map[string]string
	// Year is the job's year: of several sheets a definition's sheet name
	// with {年} matches, the one naming it is read; 0 for none.
	Year int
	// Sink receives every data row as it is read; nil for none.
	Sink dataset.RowSink
	// MaxUnzipped bounds the workbook's unpacked size, so that a zip bomb
	// ends in an error rather than in exhausted memory or disk. 0 means 1 GiB.
	MaxUnzipped int64
}

var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// sheetOf is the sheet table t is read from.
func (o Options) sheetOf(t *definition.Table) string {
	if s := o.Sheets[t.Key]; s != "" {
		return s
	}
	return t.Sheet
}

// yearSheet is the sheet of present that want names, where want may say
// definition.YearSlot for any year (平桥镇专项债绩效评价{年}); want itself
// when none does. A workbook keeping a sheet a year (2022年, 2023年) has
// several that match: the one naming the job's year is read, and where
// none does, ambiguous says so, naming them, for the job to pick one.
func yearSheet(want string, present []string, year int) (sheet, ambiguous string) {
	if !strings.Contains(want, definition.YearSlot) {
		return want, ""
	}
	var all []string
	for _, p := range present {
		if same(p, want) {
			all = append(all, p)
		}
	}
	switch {
	case len(all) == 0:
		return want, ""
	case len(all) == 1:
		return all[0], ""
	}
	y := strconv.Itoa(year)
	for _, p := range all {
		if year != 0 && p == strings.Replace(want, definition.YearSlot, y, 1) {
			return p, ""
		}
	}
	return want, fmt.Sprintf("工作表“%s”都与文档定义中的“%s”相符，其中没有%d年的，不知道读哪一张：请检查任务文件的 year，或在任务文件中用 sheets 指定要读的工作表", strings.Join(all, "”“"), want, year)
}

// Read reads the tables def declares from the input at path: a workbook
// (.xlsx, .xls, .et, told by content), a CSV file for a definition that
// reads one sheet, or a folder holding one CSV file per sheet (绩效自评.csv, …).
// The problems it returns include every error found; the dataset is nil
// when the input could not be opened at all.
func Read(path string, def *definition.Definition, opt Options) (*dataset.Dataset, dataset.Problems) {
	snap, err := Load(path)
	if err != nil {
		var ps dataset.Problems
		ps.Error(dataset.CellRef{File: filepath.Base(path)}, err.Error())
		return nil, ps
	}
	return ReadSnapshot(snap, def, opt)
}

// ReadSnapshot reads the tables def declares from an input read by Load.
func ReadSnapshot(snap *Snapshot, def *definition.Definition, opt Options) (*dataset.Dataset, dataset.Problems) {
	if snap.IsCSV() {
		return readCSVFolder(snap, def, opt)
	}
	var ps dataset.Problems
	name := snap.Name()
	at := dataset.CellRef{File: name}
	p, err := openWorkbook(snap, opt)
	if err != nil {
		ps.Error(at, err.Error())
		return nil, ps
	}
	present := p.sheetNames()
	if len(present) == 0 {
		ps.Error(at, "工作簿中没有任何工作表")
		return nil, ps
	}
	ds := &dataset.Dataset{Source: name, Def: def, Tables: make([]*dataset.Table, len(def.Tables))}
	// The sheets are read side by side: on the bureau's two-core machines
	// the two large sheets (自评 and 监控) then cost the time of one.
	sheetProblems := make([]dataset.Problems, len(def.Tables))
	sink := lockedSink(opt.Sink)
	// A panic reading one sheet is raised again at g.Wait, on the caller's
	// goroutine, where the job's boundary recovers it.
	var g fault.Group
	for k, t := range def.Tables {
		sheet, ambiguous := yearSheet(opt.sheetOf(t), present, opt.Year)
		if ambiguous != "" {
			ps.Error(at, ambiguous)
			continue
		}
		if !slices.Contains(present, sheet) {
			ps.Error(at, missingSheet(sheet, present))
			continue
		}
		src, err := p.sheet(sheet)
		if err != nil {
			ps.Error(dataset.CellRef{File: name, Sheet: sheet}, "无法读取工作表："+err.Error())
			continue
		}
		g.Go(func() {
			defer src.close()
			ds.Tables[k] = readTable(t, dataset.CellRef{File: name, Sheet: sheet}, src, sink, &sheetProblems[k])
		})
	}
	g.Wait()
	for _, sp := range sheetProblems {
		ps.Merge(sp)
	}
	return complete(ds), ps
}

// complete gives a table that could not be read an empty one, so that
// later stages see every declared table.
func complete(ds *dataset.Dataset) *dataset.Dataset {
	for i, t := range ds.Tables {
		if t == nil {
			ds.Tables[i] = &dataset.Table{Def: ds.Def.Tables[i], Sheet: dataset.CellRef{File: ds.Source, Sheet: ds.Def.Tables[i].Sheet},
				Columns: make([]dataset.Found, len(ds.Def.Tables[i].Columns))}
		}
	}
	return ds
}

// lockedSink serialises a sink, since the sheets are read side by side.
func lockedSink(s dataset.RowSink) dataset.RowSink {
	if s == nil {
		return nil
	}
	return &locked{s: s}
}

type locked struct {
	mu sync.Mutex
	s  dataset.RowSink
}

// Add unlocks on the way out of a panic too: the other sheets' goroutines
// would otherwise wait on the lock forever, and the job would hang rather
// than fail.
func (l *locked) Add(t *dataset.Table, r *dataset.Row) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.s.Add(t, r)
}

// readCSVFolder reads one CSV file per sheet from a folder's snapshot,
// or the tables of one sheet from a single CSV file.
func readCSVFolder(snap *Snapshot, def *definition.Definition, opt Options) (*dataset.Dataset, dataset.Problems) {
	var ps dataset.Problems
	dir := snap.Name()
	var present []string
	for _, f := range snap.Files {
		present = append(present, strings.TrimSuffix(f.Name, filepath.Ext(f.Name)))
	}
	// A single file is the sheet the definition reads, whatever the
	// clerk named it, when the definition reads one sheet only.
	single := !snap.Dir && len(sheetsRead(def, opt)) == 1
	ds := &dataset.Dataset{Source: dir, Def: def, Tables: make([]*dataset.Table, len(def.Tables))}
	for k, t := range def.Tables {
		sheet, ambiguous := yearSheet(opt.sheetOf(t), present, opt.Year)
		if ambiguous != "" {
			ps.Error(dataset.CellRef{File: dir}, ambiguous)
			continue
		}
		i := slices.Index(present, sheet)
		if single {
			i = 0
		}
		if i < 0 && !snap.Dir {
			ps.Error(dataset.CellRef{File: dir}, fmt.Sprintf("输入是一个 CSV 文件（%s），但定义要读取多个工作表：%s。请把每个工作表存为一个 CSV 文件（文件名就是工作表名，如 %s.csv）放在一个文件夹中，并在任务文件的 input 中写这个文件夹",
				dir, strings.Join(sheetsRead(def, opt), "、"), sheet))
			continue
		}
		if i < 0 {
			file := sheet + ".csv"
			msg := fmt.Sprintf("文件夹 %s 中缺少 %s。文件夹中的 CSV 文件有：%s", dir, file, strings.Join(present, "、"))
			if near := closest(sheet, present); near != "" {
				msg += fmt.Sprintf("。是否应为“%s.csv”？", near)
			}
			ps.Error(dataset.CellRef{File: dir}, msg)
			continue
		}
		at := dataset.CellRef{File: snap.Files[i].Name}
		src, err := csvSource(snap.Files[i].Data)
		if err != nil {
			ps.Error(at, "无法读取："+err.Error())
			continue
		}
		ds.Tables[k] = readTable(t, at, src, opt.Sink, &ps)
		src.close()
	}
	return complete(ds), ps
}

// sheetsRead are the sheets def's tables are read from, in order, once each.
func sheetsRead(def *definition.Definition, opt Options) []string {
	var out []string
	for _, t := range def.Tables {
		if s := opt.sheetOf(t); !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// isLockFile tells Excel's and LibreOffice's lock files, which sit beside an
// open workbook, from data.
func isLockFile(name string) bool {
	return strings.HasPrefix(name, "~$") || strings.HasPrefix(name, ".~lock.")
}

// openWorkbook opens a snapshot's workbook for reading its rows: an
// .xlsx, or a legacy .xls or WPS .et, told apart by content.
func openWorkbook(snap *Snapshot, opt Options) (book, error) {
	wb := snap.Workbook()
	if isCompound(wb.Data) {
		return openBIFF(wb.Data)
	}
	return openPackage(wb.Data, unzipLimit(opt))
}

func unzipLimit(opt Options) int64 {
	if opt.MaxUnzipped == 0 {
		return 1 << 30
	}
	return opt.MaxUnzipped
}

// openForEdit opens a workbook with excelize, to write a marked-up copy.
func openForEdit(wb *SnapshotFile, opt Options) (*excelize.File, error) {
	if err := sniffWorkbook(wb.Name, wb.Data); err != nil {
		return nil, err
	}
	limit := unzipLimit(opt)
	f, err := excelize.OpenReader(bytes.NewReader(wb.Data), excelize.Options{RawCellValue: true, UnzipSizeLimit: limit, UnzipXMLSizeLimit: min(limit, 16<<20)})
	if err != nil {
		if strings.Contains(err.Error(), "unzip size exceeds") {
			return nil, fmt.Errorf("工作簿解压后超过 %d MB，可能已损坏或不是正常的报表文件", limit>>20)
		}
		if errors.Is(err, zip.ErrFormat) || errors.Is(err, excelize.ErrWorkbookFileFormat) || errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "zip:") {
			return nil, errors.New("不是有效的 .xlsx 文件（文件可能已损坏，或扩展名与内容不符）")
		}
		return nil, fmt.Errorf("无法读取工作簿：%v", err)
	}
	return f, nil
}

func missingSheet(want string, present []string) string {
	msg := fmt.Sprintf("缺少工作表“%s”。工作簿中的工作表有：%s", want, strings.Join(present, "、"))
	if near := closest(want, present); near != "" {
		msg += fmt.Sprintf("。是否应为“%s”？（可改工作表名，或在任务文件 sheets 中指定）", near)
	}
	return msg
}
