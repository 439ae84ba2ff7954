// Package document is the document model: the typed data that every
// template and every output format is filled from, and the wording rules of
// the narrative.
//
// Its field names are the ones a clerk writes in the Word template, in
// Chinese, given by each field's tpl tag: {{.事前评价.项目数}} is
// Data.PreEvaluation.Count. Writers see only this model, never the raw
// cells or the statistics behind it.
//
// The wording rules live here, not in the template, because they depend on
// the data in ways a clerk should not have to program:
//
//   - A grade distribution reads 评价等级全部为“优” when every item has one
//     grade, and otherwise 评价等级为“优”的3个，评价等级为“良”的13个，… in the
//     order 优, 良, 中, 差, leaving out grades nobody got (Distribution).
//   - After the 重点评价 distribution, with R the city's required number and n
//     the count: n ≥ 2R gives ，远超市财政局要求; R < n < 2R gives
//     ，超过市财政局要求; n = R gives ，达到市财政局要求; n < R gives nothing and
//     a warning (Section.Requirement).
//   - The 自评, 重点 and 统筹整合 clauses make one sentence: each present clause
//     ends in ；, the last in 。 (Section.End). A section with no rows is not
//     Present, and the template leaves its clause out.
package document
