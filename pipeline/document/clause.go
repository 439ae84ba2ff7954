package document

import (
	"strings"

	"jixiao/pipeline/definition"

	"github.com/shopspring/decimal"
)

// clauses words each clause figure of s from the figures it cites, as they
// print. A clause carries its own punctuation (，{等级分布}), so that when a
// cited figure prints empty — a grade column nobody filled — the clause
// and its comma go together and the sentence stays a sentence.
func clauses(s *Section) {
	for i := range s.Figures {
		if f := &s.Figures[i]; f.Def.Kind == definition.Clause {
			f.Text = clauseText(s, f.Def)
		}
	}
}

func clauseText(s *Section, def *definition.Figure) string {
	text := def.Text
	for _, c := range def.Cites {
		cited := s.Figure(c.Key)
		printed := cited.Printed()
		if printed == "" || def.OmitZero && cited.Numeric() && isZero(cited.Exact()) {
			return ""
		}
		text = strings.ReplaceAll(text, "{"+c.Key+"}", printed)
	}
	return text
}

func isZero(exact string) bool {
	d, err := decimal.NewFromString(exact)
	return err == nil && d.IsZero()
}
