package document

import (
	"fmt"
	"reflect"
	"sync"

	"jixiao/pipeline/definition"
)

// The names every view has besides the definition's keys.
const (
	CountyField    = "县"
	YearField      = "年度"
	PriorYearField = "上年度"
	HeadingFlag    = "分组行"
	HeadingText    = "分组"
	SubtotalFlag   = "小计行"
)

var types sync.Map // *definition.Definition → *viewType

// viewType is the struct type of a definition's view, with the place of
// each section, figure and column in it.
type viewType struct {
	root reflect.Type
	row  map[*definition.Section]reflect.Type
}

// TypeOf is the type of the view of a document of def: the type the
// template checker checks templates against.
func TypeOf(def *definition.Definition) reflect.Type { return typeOf(def).root }

func typeOf(def *definition.Definition) *viewType {
	if t, ok := types.Load(def); ok {
		return t.(*viewType)
	}
	vt := &viewType{row: map[*definition.Section]reflect.Type{}}
	fields := []reflect.StructField{
		field(0, CountyField, reflect.TypeFor[string]()),
		field(1, YearField, reflect.TypeFor[int]()),
		field(2, PriorYearField, reflect.TypeFor[int]()),
	}
	for i, s := range def.Sections {
		var sf []reflect.StructField
		for j, f := range s.Figures {
			sf = append(sf, field(j, f.Key, figureType(f)))
		}
		if s.Rows != "" {
			rt := rowType(s.Table)
			vt.row[s] = rt
			sf = append(sf, field(len(sf), s.Rows, reflect.SliceOf(rt)))
		}
		fields = append(fields, field(3+i, s.Key, reflect.StructOf(sf)))
	}
	vt.root = reflect.StructOf(fields)
	actual, _ := types.LoadOrStore(def, vt)
	return actual.(*viewType)
}

// field is an exported Go field (F0, F1, …) whose tpl tag is the key a
// template names it by.
func field(i int, key string, t reflect.Type) reflect.StructField {
	return reflect.StructField{Name: fmt.Sprintf("F%d", i), Type: t, Tag: reflect.StructTag(fmt.Sprintf(`tpl:%q`, key))}
}

func figureType(f *definition.Figure) reflect.Type {
	switch f.Kind {
	case definition.Count, definition.Distinct, definition.Difference:
		return reflect.TypeFor[int]()
	case definition.Present:
		return reflect.TypeFor[bool]()
	case definition.Distribution, definition.TextFigure, definition.SentenceEnd, definition.Requirement, definition.Clause:
		return reflect.TypeFor[string]()
	}
	if f.Of != nil && f.Of.Kind == definition.Amount {
		return reflect.TypeFor[Money]()
	}
	return reflect.TypeFor[Number]()
}

func cellType(c *definition.Column) reflect.Type {
	switch c.Kind {
	case definition.Amount:
		return reflect.TypeFor[Money]()
	case definition.Score, definition.Integer:
		return reflect.TypeFor[Number]()
	}
	return reflect.TypeFor[string]()
}

// rowType has a field per column, a merge field per merge column, and the
// heading and subtotal fields.
func rowType(t *definition.Table) reflect.Type {
	fields := []reflect.StructField{
		field(0, HeadingFlag, reflect.TypeFor[bool]()),
		field(1, HeadingText, reflect.TypeFor[string]()),
		field(2, SubtotalFlag, reflect.TypeFor[bool]()),
	}
	for _, c := range t.Columns {
		f := field(len(fields), c.Key, cellType(c))
		if c.Optional {
			// The checker refuses the field by this tag: an absent
			// column would print as blanks.
			f.Tag += reflect.StructTag(fmt.Sprintf(` refused:%q`, "是可选列（optional: true）：工作表没有这一列时会印成空白，不能印在模板中。请在文档定义中去掉该列的 optional"))
		}
		fields = append(fields, f)
		if c.MergeKey != "" {
			fields = append(fields, field(len(fields), c.MergeKey, reflect.TypeFor[Merge]()))
		}
	}
	return reflect.StructOf(fields)
}

// View is the value templates execute on: a pointer to a struct of TypeOf(d.Def).
func (d *Data) View() any {
	vt := typeOf(d.Def)
	root := reflect.New(vt.root).Elem()
	root.Field(0).SetString(d.County)
	root.Field(1).SetInt(int64(d.Year))
	root.Field(2).SetInt(int64(d.PriorYear))
	for i, s := range d.Sections {
		sv := root.Field(3 + i)
		for j := range s.Figures {
			sv.Field(j).Set(reflect.ValueOf(s.Figures[j].view()))
		}
		if s.Def.Rows == "" {
			continue
		}
		rt := vt.row[s.Def]
		list := reflect.MakeSlice(reflect.SliceOf(rt), len(s.Rows), len(s.Rows))
		for k, r := range s.Rows {
			rv := list.Index(k)
			rv.Field(0).SetBool(r.Heading != "")
			rv.Field(1).SetString(r.Heading)
			rv.Field(2).SetBool(r.Subtotal != "")
			n := 3
			for _, c := range r.Cells {
				rv.Field(n).Set(reflect.ValueOf(c.view()))
				n++
				if c.Column.MergeKey != "" {
					rv.Field(n).Set(reflect.ValueOf(c.Merge))
					n++
				}
			}
		}
		sv.Field(len(s.Figures)).Set(list)
	}
	return root.Addr().Interface()
}

func (f *Figure) view() any {
	switch figureType(f.Def) {
	case reflect.TypeFor[int]():
		return f.Count
	case reflect.TypeFor[bool]():
		return f.Present
	case reflect.TypeFor[string]():
		return f.Text
	case reflect.TypeFor[Money]():
		return f.Money
	}
	return f.Number
}

func (c Cell) view() any {
	switch c.Column.Kind {
	case definition.Amount:
		return c.Money
	case definition.Score, definition.Integer:
		return c.Number
	}
	return c.Text
}
