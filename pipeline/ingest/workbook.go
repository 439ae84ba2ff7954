package ingest

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"jixiao/pipeline/dataset"

	"github.com/xuri/excelize/v2"
)

// Options say which sheets to read and how to grade scores.
type Options struct {
	Sheets [dataset.KindCount]string
	Bands  dataset.Bands
}

var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Read reads the workbook at path. The problems it returns include every
// error found; the dataset is nil when the workbook could not be opened at all.
func Read(path string, opt Options) (*dataset.Dataset, dataset.Problems) {
	var ps dataset.Problems
	name := filepath.Base(path)
	at := dataset.CellRef{File: name}
	f, err := open(path)
	if err != nil {
		ps.Error(at, err.Error())
		return nil, ps
	}
	defer f.Close()
	present := f.GetSheetList()
	if len(present) == 0 {
		ps.Error(at, "工作簿中没有任何工作表")
		return nil, ps
	}
	ds := &dataset.Dataset{Source: name}
	for _, k := range dataset.Kinds {
		sheet := opt.Sheets[k]
		if !contains(present, sheet) {
			ps.Error(at, missingSheet(sheet, present))
			continue
		}
		src, err := openSheet(f, sheet)
		if err != nil {
			ps.Error(dataset.CellRef{File: name, Sheet: sheet}, "无法读取工作表："+err.Error())
			continue
		}
		sec := readSection(k, dataset.CellRef{File: name, Sheet: sheet}, src, opt.Bands, &ps)
		src.close()
		ds.Sections[k] = sec
	}
	return ds, ps
}

// open tells the clerk what kind of wrong file it is, since "zip: not a
// valid zip file" means nothing to someone who saved from Excel.
func open(path string) (*excelize.File, error) {
	head := make([]byte, 8)
	fh, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, errors.New("文件不存在，请检查任务文件中的 input 路径")
		}
		return nil, fmt.Errorf("无法打开文件：%v", err)
	}
	n, _ := fh.Read(head)
	fh.Close()
	if bytes.Equal(head[:n], oleMagic) {
		if strings.EqualFold(filepath.Ext(path), ".xls") {
			return nil, errors.New("这是旧版 .xls 文件，请在 Excel 或 WPS 中“另存为” .xlsx 后再试")
		}
		return nil, errors.New("文件已加密或设置了打开密码（或为旧版 .xls 格式），请取消密码并另存为 .xlsx 后再试")
	}
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	if err != nil {
		if errors.Is(err, zip.ErrFormat) || errors.Is(err, excelize.ErrWorkbookFileFormat) {
			return nil, errors.New("不是有效的 .xlsx 文件（文件可能已损坏，或扩展名与内容不符）")
		}
		return nil, fmt.Errorf("无法读取工作簿：%v", err)
	}
	return f, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func missingSheet(want string, present []string) string {
	msg := fmt.Sprintf("缺少工作表“%s”。工作簿中的工作表有：%s", want, strings.Join(present, "、"))
	if near := closest(want, present); near != "" {
		msg += fmt.Sprintf("。是否应为“%s”？（可改工作表名，或在任务文件 sheets 中指定）", near)
	}
	return msg
}
