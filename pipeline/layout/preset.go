package layout

import (
	"bytes"
	"fmt"

	"go.yaml.in/yaml/v3"
)

// Preset is a page layout: GB/T 9704-2012 by default.
type Preset struct {
	Page struct {
		Width  float64 `yaml:"width"`
		Height float64 `yaml:"height"`
	} `yaml:"page"`
	Margin struct {
		Top  float64 `yaml:"top"`
		Left float64 `yaml:"left"`
	} `yaml:"margin"`
	Block struct {
		Width  float64 `yaml:"width"`
		Height float64 `yaml:"height"`
	} `yaml:"text_block"`
	Grid struct {
		CharsPerLine int `yaml:"chars_per_line"`
		LinesPerPage int `yaml:"lines_per_page"`
	} `yaml:"grid"`
	// Styles maps a Word paragraph style, by id or by name, to its look;
	// "Normal" is the default.
	Styles map[string]Style `yaml:"styles"`
	Table  struct {
		Font       string  `yaml:"font"`
		HeaderFont string  `yaml:"header_font"`
		Size       float64 `yaml:"size"`
		LineHeight float64 `yaml:"line_height"` // in multiples of the size
		Padding    float64 `yaml:"padding"`     // mm
		Border     float64 `yaml:"border"`      // mm
	} `yaml:"table"`
	PageNumber struct {
		Font   string  `yaml:"font"`
		Size   float64 `yaml:"size"`
		Below  float64 `yaml:"below"`  // mm below the text block
		Format string  `yaml:"format"` // with one %d
		Indent float64 `yaml:"indent"` // characters in from the text block's edge
	} `yaml:"page_number"`
}

// Style is how one Word paragraph style looks.
type Style struct {
	Font string  `yaml:"font"` // a role: fangsong, xiaobiaosong, hei, song
	Size float64 `yaml:"size"` // pt
	// Align overrides the document's alignment when set: left, center, right, both.
	Align string `yaml:"align"`
	// Indent is the first-line indent in characters.
	Indent float64 `yaml:"indent"`
	// Grid places the characters on the body's character grid.
	Grid bool `yaml:"grid"`
	// Lines is how many grid lines one line of this style takes (default 1).
	Lines           float64 `yaml:"lines"`
	SpaceBefore     float64 `yaml:"space_before"` // grid lines
	SpaceAfter      float64 `yaml:"space_after"`  // grid lines
	PageBreakBefore bool    `yaml:"page_break_before"`
}

// ParsePreset decodes a preset strictly.
func ParsePreset(raw []byte) (*Preset, error) {
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	var p Preset
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("版式文件有误：%v", err)
	}
	if p.Grid.CharsPerLine <= 0 || p.Grid.LinesPerPage <= 0 || p.Block.Width <= 0 || p.Block.Height <= 0 {
		return nil, fmt.Errorf("版式文件有误：text_block 和 grid 必须为正数")
	}
	if _, ok := p.Styles["Normal"]; !ok {
		return nil, fmt.Errorf("版式文件有误：styles 中缺少 Normal（正文）")
	}
	return &p, nil
}

// style returns the look of a Word style, by its id or else its name,
// falling back to Normal.
func (p *Preset) style(id, name string) Style {
	s, ok := p.Styles[id]
	if !ok {
		s, ok = p.Styles[name]
	}
	if !ok {
		s = p.Styles["Normal"]
	}
	if s.Lines == 0 {
		s.Lines = 1
	}
	return s
}
