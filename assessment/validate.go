package assessment

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"soeverein/texts"
)

func (v *validator) question(qu *Question) {
	owner := where{kind: texts.ProblemOwnerQuestion, id: qu.ID}
	v.text(qu.At, "text", qu.Text, owner)
	v.text(qu.At, "help", qu.Help, owner)
	v.positive(qu.At, "weight", qu.Weight, owner)
	v.refs(qu.At, qu.Refs, owner, true)
	if len(qu.SOV) == 0 {
		v.problem(qu.At.Of("sov"), CodeMissingSOV, texts.ProblemMissingSOV, owner.owner())
	}
	for i, s := range qu.SOV {
		if v.q.bySOV[s] == nil {
			v.problem(qu.At.Of(fmt.Sprintf("sov[%d]", i)), CodeUnknownSOV, texts.ProblemUnknownSOV, owner.owner(), texts.A("id", quoted(s)), texts.A("known", strings.Join(sortedKeys(v.q.bySOV), ", ")))
		}
	}
	switch qu.Type {
	case Single, Multi:
		v.choiceQuestion(qu, owner)
	case Number:
		v.numberQuestion(qu, owner)
	case "":
		v.problem(qu.At.Position, CodeMissingField, texts.ProblemMissingFieldType, owner.owner())
	default:
		v.problem(qu.At.Of("type"), CodeUnknownValue, texts.ProblemUnknownValueType, owner.owner(), texts.A("value", quoted(string(qu.Type))))
	}
	if qu.ShowIf != nil {
		v.condition(qu.ShowIf, owner.at("show_if"), qu)
	}
	v.date(qu.At, "applies_from", qu.AppliesFrom, owner)
}

// date checks an applies_from date.
func (v *validator) date(at Location, key, date string, owner where) {
	if date == "" {
		return
	}
	if _, err := time.Parse(isoDate, date); err != nil {
		v.problem(at.Of(key), CodeBadDate, texts.ProblemBadDate, owner.owner(), texts.A("field", key), texts.A("value", quoted(date)))
	}
}

func (v *validator) choiceQuestion(qu *Question, owner where) {
	if qu.Type == Multi {
		switch qu.MultiScore {
		case "", MultiBest, MultiMean, MultiWorst:
		default:
			v.problem(qu.At.Of("multi_score"), CodeUnknownValue, texts.ProblemUnknownValueMultiScore, owner.owner(), texts.A("value", quoted(qu.MultiScore)))
		}
	} else if qu.MultiScore != "" {
		v.problem(qu.At.Of("multi_score"), CodeMisplacedField, texts.ProblemMisplacedFieldMultiScore, owner.owner())
	}
	for _, key := range []string{"unit", "min", "max", "bands"} {
		if qu.At.Has(key) {
			v.problem(qu.At.Of(key), CodeMisplacedField, texts.ProblemMisplacedFieldNumber, owner.owner(), texts.A("field", key))
		}
	}
	if len(qu.Options) < 2 {
		v.problem(qu.At.Of("options"), CodeBadOptions, texts.ProblemBadOptionsTooFew, owner.owner(), texts.Int("found", len(qu.Options)))
	}
	seen := map[string]bool{}
	for _, o := range qu.Options {
		if !v.id(o.At, "id", o.ID, simpleID, texts.ProblemKindOption) {
			continue
		}
		oOwner := owner.item(texts.ProblemOwnerOption, o.ID)
		switch {
		case o.ID == DontKnow || o.ID == NotApplicable:
			v.problem(o.At.Of("id"), CodeBadOptions, texts.ProblemBadOptionsBuiltIn, oOwner.owner(), texts.A("id", quoted(o.ID)))
		case seen[o.ID]:
			v.problem(o.At.Of("id"), CodeDuplicateID, texts.ProblemDuplicateIDOption, oOwner.owner())
		}
		seen[o.ID] = true
		v.text(o.At, "label", o.Label, oOwner)
		v.scoreValue(o.At, "score", o.Score, oOwner)
		if o.Exclusive && qu.Type != Multi {
			v.problem(o.At.Of("exclusive"), CodeMisplacedField, texts.ProblemMisplacedFieldExclusive, oOwner.owner())
		}
	}
	if qu.Type == Multi && len(qu.Options) > 0 && !slices.ContainsFunc(qu.Options, func(o *Option) bool { return !o.Exclusive }) {
		v.problem(qu.At.Of("options"), CodeBadOptions, texts.ProblemBadOptionsAllExclusive, owner.owner())
	}
}

func (v *validator) numberQuestion(qu *Question, owner where) {
	if len(qu.Options) > 0 {
		v.problem(qu.At.Of("options"), CodeBadOptions, texts.ProblemBadOptionsNumber, owner.owner())
	}
	if qu.MultiScore != "" {
		v.problem(qu.At.Of("multi_score"), CodeMisplacedField, texts.ProblemMisplacedFieldMultiScore, owner.owner())
	}
	switch qu.Unit {
	case "percent", "count", "number":
	case "":
		v.problem(qu.At.Position, CodeMissingField, texts.ProblemMissingFieldUnit, owner.owner())
	default:
		v.problem(qu.At.Of("unit"), CodeUnknownValue, texts.ProblemUnknownValueUnit, owner.owner(), texts.A("value", quoted(qu.Unit)))
	}
	if qu.Min == nil || qu.Max == nil {
		v.problem(qu.At.Position, CodeBadOptions, texts.ProblemBadOptionsMinMax, owner.owner())
		return
	}
	if *qu.Min >= *qu.Max {
		v.problem(qu.At.Of("max"), CodeOutOfRange, texts.ProblemOutOfRangeMax, owner.owner(), texts.A("max", number(*qu.Max)), texts.A("min", number(*qu.Min)))
	}
	if len(qu.Bands) == 0 {
		v.problem(qu.At.Of("bands"), CodeBadOptions, texts.ProblemBadOptionsBands, owner.owner(), texts.A("min", number(*qu.Min)))
		return
	}
	for i, b := range qu.Bands {
		bOwner := owner.item(texts.ProblemOwnerBand, fmt.Sprint(i+1))
		v.scoreValue(b.At, "score", b.Score, bOwner)
		switch {
		case i == 0 && b.Min != *qu.Min:
			v.problem(b.At.Of("min"), CodeOutOfRange, texts.ProblemOutOfRangeFirstBand, bOwner.owner(), texts.A("min", number(*qu.Min)), texts.A("value", number(b.Min)))
		case i > 0 && b.Min <= qu.Bands[i-1].Min:
			v.problem(b.At.Of("min"), CodeOutOfRange, texts.ProblemOutOfRangeBandRising, bOwner.owner(), texts.A("value", number(b.Min)), texts.A("previous", number(qu.Bands[i-1].Min)))
		case b.Min > *qu.Max:
			v.problem(b.At.Of("min"), CodeOutOfRange, texts.ProblemOutOfRangeBandMax, bOwner.owner(), texts.A("value", number(b.Min)), texts.A("max", number(*qu.Max)))
		}
	}
}

func (v *validator) refs(at Location, refs []string, owner where, required bool) {
	if required && len(refs) == 0 {
		v.problem(at.Of("refs"), CodeMissingReference, texts.ProblemMissingReference, owner.owner(), texts.A("example", firstKey(v.q.byRef, "ncsc_cloud_act")))
	}
	for i, r := range refs {
		if v.q.byRef[r] == nil {
			v.problem(at.Of(fmt.Sprintf("refs[%d]", i)), CodeUnknownReference, texts.ProblemUnknownReference, owner.owner(), texts.A("id", quoted(r)), suggest(r, sortedKeys(v.q.byRef)))
		}
	}
}

func firstKey[V any](m map[string]V, fallback string) string {
	if keys := sortedKeys(m); len(keys) > 0 {
		return keys[0]
	}
	return fallback
}

func (v *validator) rule(r *Rule) {
	owner := where{kind: texts.ProblemOwnerRule, id: quoted(r.ID)}
	v.text(r.At, "title", r.Title, owner)
	v.text(r.At, "finding", r.Finding, owner)
	v.text(r.At, "recommendation", r.Recommendation, owner)
	if !slices.Contains(Severities(), r.Severity) {
		v.problem(r.At.Of("severity"), CodeUnknownValue, texts.ProblemUnknownValueSeverity, owner.owner(), texts.A("value", quoted(r.Severity)), texts.A("known", strings.Join(Severities(), ", ")))
	}
	if !slices.Contains(Efforts(), r.Effort) {
		v.problem(r.At.Of("effort"), CodeUnknownValue, texts.ProblemUnknownValueEffort, owner.owner(), texts.A("value", quoted(r.Effort)), texts.A("known", strings.Join(Efforts(), ", ")))
	}
	v.refs(r.At, r.Refs, owner, false)
	v.date(r.At, "applies_from", r.AppliesFrom, owner)
	if u := r.IfUnknown; u != nil {
		v.text(u.At, "title", u.Title, owner.at("if_unknown"))
		v.text(u.At, "finding", u.Finding, owner.at("if_unknown"))
	}
	if r.When == nil {
		v.problem(r.At.Position, CodeMissingField, texts.ProblemMissingFieldWhen, owner.owner())
	} else {
		v.condition(r.When, owner, nil)
	}
	if c := r.Cap; c != nil {
		if v.q.byTheme[c.Theme] == nil {
			v.problem(c.At.Of("theme"), CodeUnknownTheme, texts.ProblemUnknownThemeCap, owner.owner(), texts.A("id", quoted(c.Theme)), texts.A("known", strings.Join(sortedKeys(v.q.byTheme), ", ")))
		}
		if v.q.Level(c.Level) == nil {
			v.problem(c.At.Of("level"), CodeUnknownLevel, texts.ProblemUnknownLevel, owner.owner(), texts.Int("level", c.Level), texts.Int("levels", len(v.q.Levels)))
		}
	}
}

// condition checks a condition. For a show_if, self is the question it
// belongs to: it may only name earlier questions and only use is/answered.
func (v *validator) condition(c *Condition, owner where, self *Question) {
	forms := 0
	for _, set := range []bool{c.All != nil, c.Any != nil, c.Not != nil, c.Unknown != nil, c.Question != "" || c.Theme != ""} {
		if set {
			forms++
		}
	}
	if forms != 1 {
		v.problem(c.At.Position, CodeBadCondition, texts.ProblemBadConditionForms, owner.owner(), texts.Int("found", forms))
		return
	}
	switch {
	case c.All != nil || c.Any != nil:
		list, key := c.All, "all"
		if c.Any != nil {
			list, key = c.Any, "any"
		}
		if len(list) == 0 {
			v.problem(c.At.Of(key), CodeBadCondition, texts.ProblemBadConditionEmpty, owner.owner(), texts.A("field", key))
		}
		for _, sub := range list {
			v.condition(sub, owner, self)
		}
	case c.Not != nil:
		v.condition(c.Not, owner, self)
	case c.Unknown != nil:
		v.unknownLeaf(c, owner, self)
	case c.Theme != "":
		v.themeLeaf(c, owner, self)
	default:
		v.questionLeaf(c, owner, self)
	}
}

func (v *validator) themeLeaf(c *Condition, owner where, self *Question) {
	if c.Question != "" {
		v.problem(c.At.Of("theme"), CodeBadCondition, texts.ProblemBadConditionQuestionAndTheme, owner.owner())
	}
	if self != nil {
		v.problem(c.At.Of("theme"), CodeBadCondition, texts.ProblemBadConditionShowIfTheme, owner.owner())
		return
	}
	if v.q.byTheme[c.Theme] == nil {
		v.problem(c.At.Of("theme"), CodeUnknownTheme, texts.ProblemUnknownTheme, owner.owner(), texts.A("id", quoted(c.Theme)), texts.A("known", strings.Join(sortedKeys(v.q.byTheme), ", ")))
	}
	if c.ScoreBelow == nil || c.Is != nil || c.Answered != nil {
		v.problem(c.At.Position, CodeBadCondition, texts.ProblemBadConditionThemeTest, owner.owner())
	} else if *c.ScoreBelow <= 0 || *c.ScoreBelow > 100 {
		v.problem(c.At.Of("score_below"), CodeOutOfRange, texts.ProblemOutOfRangeScoreBelow, owner.owner(), texts.A("value", number(*c.ScoreBelow)))
	}
}

// unknownLeaf checks `unknown: [question ids]`.
func (v *validator) unknownLeaf(c *Condition, owner where, self *Question) {
	if len(c.Unknown) == 0 {
		v.problem(c.At.Of("unknown"), CodeBadCondition, texts.ProblemBadConditionUnknownEmpty, owner.owner(), texts.A("example", firstKey(v.q.byQuestion, "cloud.register")))
	}
	for i, id := range c.Unknown {
		v.target(c.At.Of(fmt.Sprintf("unknown[%d]", i)), id, owner, self)
	}
	for _, key := range []string{"is", "answered", "score_below"} {
		if c.At.Has(key) {
			v.problem(c.At.Of(key), CodeBadCondition, texts.ProblemBadConditionUnknownAlone, owner.owner(), texts.A("field", key))
		}
	}
}

// target checks a question a condition names, and returns it or nil. In a
// show_if (self set) it must come before self.
func (v *validator) target(pos Position, id string, owner where, self *Question) *Question {
	target := v.q.byQuestion[id]
	if target == nil {
		v.problem(pos, CodeUnknownQuestion, texts.ProblemUnknownQuestion, owner.owner(), texts.A("id", quoted(id)), suggest(id, sortedKeys(v.q.byQuestion)))
		return nil
	}
	if self != nil {
		if target == self {
			v.problem(pos, CodeBadDependency, texts.ProblemBadDependencySelf, owner.owner())
			return nil
		}
		if v.q.order[target.ID] > v.q.order[self.ID] {
			v.problem(pos, CodeBadDependency, texts.ProblemBadDependencyLater, owner.owner(), texts.A("id", target.ID))
		}
	}
	return target
}

func (v *validator) questionLeaf(c *Condition, owner where, self *Question) {
	target := v.target(c.At.Of("question"), c.Question, owner, self)
	if target == nil {
		return
	}
	tests := 0
	for _, set := range []bool{c.Is != nil, c.Answered != nil, c.ScoreBelow != nil} {
		if set {
			tests++
		}
	}
	if tests != 1 {
		v.problem(c.At.Position, CodeBadCondition, texts.ProblemBadConditionQuestionTest, owner.owner())
		return
	}
	switch {
	case c.Is != nil:
		if len(c.Is) == 0 {
			v.problem(c.At.Of("is"), CodeBadCondition, texts.ProblemBadConditionIsEmpty, owner.owner())
		}
		valid := target.OptionIDs()
		for i, o := range c.Is {
			if !slices.Contains(valid, o) {
				v.problem(c.At.Of(fmt.Sprintf("is[%d]", i)), CodeUnknownOption, texts.ProblemUnknownOption, owner.owner(), texts.A("id", quoted(o)), texts.A("question", target.ID), texts.A("known", strings.Join(valid, ", ")))
			}
		}
		if i := slices.Index(c.Is, DontKnow); i >= 0 && len(c.Is) > 1 {
			v.problem(c.At.Of(fmt.Sprintf("is[%d]", i)), CodeBadCondition, texts.ProblemBadConditionDontKnow, owner.owner(), texts.A("question", target.ID), ruleHint(self))
		}
	case c.ScoreBelow != nil:
		if self != nil {
			v.problem(c.At.Of("score_below"), CodeBadCondition, texts.ProblemBadConditionShowIfScore, owner.owner())
		} else if *c.ScoreBelow <= 0 || *c.ScoreBelow > 100 {
			v.problem(c.At.Of("score_below"), CodeOutOfRange, texts.ProblemOutOfRangeScoreBelow, owner.owner(), texts.A("value", number(*c.ScoreBelow)))
		}
	}
}

// ruleHint is the {hint} that says, for a rule, where its text for an
// unknown outcome goes.
func ruleHint(self *Question) texts.Arg {
	if self != nil {
		return texts.A("hint", "")
	}
	return texts.Sub("hint", texts.ProblemRuleHint)
}
