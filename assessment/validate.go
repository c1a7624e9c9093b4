package assessment

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

func (v *validator) question(qu *Question) {
	owner := "question " + qu.ID
	v.text(qu.At, "text", qu.Text, owner)
	v.text(qu.At, "help", qu.Help, owner)
	v.positive(qu.At, "weight", qu.Weight, owner)
	v.refs(qu.At, qu.Refs, owner, true)
	if len(qu.SOV) == 0 {
		v.errorf(qu.At.Of("sov"), "missing-sov", "%s: map it to at least one SOV objective, for example `sov: [SOV-2]`", owner)
	}
	for i, s := range qu.SOV {
		if v.q.bySOV[s] == nil {
			v.errorf(qu.At.Of(fmt.Sprintf("sov[%d]", i)), "unknown-sov", "%s: unknown SOV objective %q (objectives: %s)", owner, s, strings.Join(sortedKeys(v.q.bySOV), ", "))
		}
	}
	switch qu.Type {
	case Single, Multi:
		v.choiceQuestion(qu, owner)
	case Number:
		v.numberQuestion(qu, owner)
	case "":
		v.errorf(qu.At.Position, "missing-field", "%s: missing field type: use single, multi or number", owner)
	default:
		v.errorf(qu.At.Of("type"), "unknown-value", "%s: unknown type %q: use single, multi or number", owner, qu.Type)
	}
	if qu.ShowIf != nil {
		v.condition(qu.ShowIf, owner+": show_if", qu)
	}
	v.date(qu.At, "applies_from", qu.AppliesFrom, owner)
}

// date checks an applies_from date.
func (v *validator) date(at Location, key, date, owner string) {
	if date == "" {
		return
	}
	if _, err := time.Parse(isoDate, date); err != nil {
		v.errorf(at.Of(key), "bad-date", "%s: %s %q is not a date: write YYYY-MM-DD, for example 2025-09-01", owner, key, date)
	}
}

func (v *validator) choiceQuestion(qu *Question, owner string) {
	if qu.Type == Multi {
		switch qu.MultiScore {
		case "", MultiBest, MultiMean, MultiWorst:
		default:
			v.errorf(qu.At.Of("multi_score"), "unknown-value", "%s: unknown multi_score %q: use best, mean or worst", owner, qu.MultiScore)
		}
	} else if qu.MultiScore != "" {
		v.errorf(qu.At.Of("multi_score"), "misplaced-field", "%s: multi_score is only for type multi; remove it", owner)
	}
	for _, key := range []string{"unit", "min", "max", "bands"} {
		if qu.At.Has(key) {
			v.errorf(qu.At.Of(key), "misplaced-field", "%s: %s is only for type number; remove it", owner, key)
		}
	}
	if len(qu.Options) < 2 {
		v.errorf(qu.At.Of("options"), "bad-options", "%s: a choice question needs at least two options of its own (besides don't know and n.v.t.), found %d", owner, len(qu.Options))
	}
	seen := map[string]bool{}
	for _, o := range qu.Options {
		if !v.id(o.At, "id", o.ID, simpleID, "option id") {
			continue
		}
		oOwner := fmt.Sprintf("%s: option %s", owner, o.ID)
		switch {
		case o.ID == DontKnow || o.ID == NotApplicable:
			v.errorf(o.At.Of("id"), "bad-options", "%s: %q is built in and cannot be an option; remove it (use not_applicable: true on the question for n.v.t.)", oOwner, o.ID)
		case seen[o.ID]:
			v.errorf(o.At.Of("id"), "duplicate-id", "%s: duplicate option id; rename one", oOwner)
		}
		seen[o.ID] = true
		v.text(o.At, "label", o.Label, oOwner)
		v.scoreValue(o.At, "score", o.Score, oOwner)
		if o.Exclusive && qu.Type != Multi {
			v.errorf(o.At.Of("exclusive"), "misplaced-field", "%s: exclusive is only for options of a multi question (a single question has one answer anyway); remove it", oOwner)
		}
	}
	if qu.Type == Multi && len(qu.Options) > 0 && !slices.ContainsFunc(qu.Options, func(o *Option) bool { return !o.Exclusive }) {
		v.errorf(qu.At.Of("options"), "bad-options", "%s: every option is exclusive; leave exclusive: true only on options such as none or not used", owner)
	}
}

func (v *validator) numberQuestion(qu *Question, owner string) {
	if len(qu.Options) > 0 {
		v.errorf(qu.At.Of("options"), "bad-options", "%s: a number question has no options; use bands to score values", owner)
	}
	if qu.MultiScore != "" {
		v.errorf(qu.At.Of("multi_score"), "misplaced-field", "%s: multi_score is only for type multi; remove it", owner)
	}
	switch qu.Unit {
	case "percent", "count", "number":
	case "":
		v.errorf(qu.At.Position, "missing-field", "%s: missing field unit: use percent, count or number", owner)
	default:
		v.errorf(qu.At.Of("unit"), "unknown-value", "%s: unknown unit %q: use percent, count or number", owner, qu.Unit)
	}
	if qu.Min == nil || qu.Max == nil {
		v.errorf(qu.At.Position, "bad-options", "%s: a number question needs min and max (for a percentage: min: 0, max: 100)", owner)
		return
	}
	if *qu.Min >= *qu.Max {
		v.errorf(qu.At.Of("max"), "out-of-range", "%s: max (%g) must be above min (%g)", owner, *qu.Max, *qu.Min)
	}
	if len(qu.Bands) == 0 {
		v.errorf(qu.At.Of("bands"), "bad-options", "%s: a number question needs bands that map values to scores, starting at min %g", owner, *qu.Min)
		return
	}
	for i, b := range qu.Bands {
		bOwner := fmt.Sprintf("%s: band %d", owner, i+1)
		v.scoreValue(b.At, "score", b.Score, bOwner)
		switch {
		case i == 0 && b.Min != *qu.Min:
			v.errorf(b.At.Of("min"), "out-of-range", "%s: the first band must start at the question's min %g, found %g", bOwner, *qu.Min, b.Min)
		case i > 0 && b.Min <= qu.Bands[i-1].Min:
			v.errorf(b.At.Of("min"), "out-of-range", "%s: min %g must be above the previous band's %g", bOwner, b.Min, qu.Bands[i-1].Min)
		case b.Min > *qu.Max:
			v.errorf(b.At.Of("min"), "out-of-range", "%s: min %g is above the question's max %g", bOwner, b.Min, *qu.Max)
		}
	}
}

func (v *validator) refs(at Location, refs []string, owner string, required bool) {
	if required && len(refs) == 0 {
		v.errorf(at.Of("refs"), "missing-reference", "%s: cite at least one reference, for example `refs: [%s]`", owner, firstKey(v.q.byRef, "ncsc_cloud_act"))
	}
	for i, r := range refs {
		if v.q.byRef[r] == nil {
			v.errorf(at.Of(fmt.Sprintf("refs[%d]", i)), "unknown-reference", "%s: unknown reference %q%s; add it under references or fix the id", owner, r, suggest(r, sortedKeys(v.q.byRef)))
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
	owner := fmt.Sprintf("rule %q", r.ID)
	v.text(r.At, "title", r.Title, owner)
	v.text(r.At, "finding", r.Finding, owner)
	v.text(r.At, "recommendation", r.Recommendation, owner)
	if !slices.Contains(Severities(), r.Severity) {
		v.errorf(r.At.Of("severity"), "unknown-value", "%s: severity %q: use one of %s", owner, r.Severity, strings.Join(Severities(), ", "))
	}
	if !slices.Contains(Efforts(), r.Effort) {
		v.errorf(r.At.Of("effort"), "unknown-value", "%s: effort %q: use one of %s", owner, r.Effort, strings.Join(Efforts(), ", "))
	}
	v.refs(r.At, r.Refs, owner, false)
	v.date(r.At, "applies_from", r.AppliesFrom, owner)
	if u := r.IfUnknown; u != nil {
		v.text(u.At, "title", u.Title, owner+": if_unknown")
		v.text(u.At, "finding", u.Finding, owner+": if_unknown")
	}
	if r.When == nil {
		v.errorf(r.At.Position, "missing-field", "%s: missing field when: say when the rule fires", owner)
	} else {
		v.condition(r.When, owner, nil)
	}
	if c := r.Cap; c != nil {
		if v.q.byTheme[c.Theme] == nil {
			v.errorf(c.At.Of("theme"), "unknown-theme", "%s: cap names unknown theme %q (themes: %s)", owner, c.Theme, strings.Join(sortedKeys(v.q.byTheme), ", "))
		}
		if v.q.Level(c.Level) == nil {
			v.errorf(c.At.Of("level"), "unknown-level", "%s: cap level %d does not exist (levels 1 to %d)", owner, c.Level, len(v.q.Levels))
		}
	}
}

// condition checks a condition. For a show_if, self is the question it
// belongs to: it may only name earlier questions and only use is/answered.
func (v *validator) condition(c *Condition, owner string, self *Question) {
	forms := 0
	for _, set := range []bool{c.All != nil, c.Any != nil, c.Not != nil, c.Unknown != nil, c.Question != "" || c.Theme != ""} {
		if set {
			forms++
		}
	}
	if forms != 1 {
		v.errorf(c.At.Position, "bad-condition", "%s: a condition needs exactly one of all, any, not, unknown, question or theme, found %d", owner, forms)
		return
	}
	switch {
	case c.All != nil || c.Any != nil:
		list, key := c.All, "all"
		if c.Any != nil {
			list, key = c.Any, "any"
		}
		if len(list) == 0 {
			v.errorf(c.At.Of(key), "bad-condition", "%s: %s needs at least one condition", owner, key)
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

func (v *validator) themeLeaf(c *Condition, owner string, self *Question) {
	if c.Question != "" {
		v.errorf(c.At.Of("theme"), "bad-condition", "%s: a condition names either a question or a theme, not both", owner)
	}
	if self != nil {
		v.errorf(c.At.Of("theme"), "bad-condition", "%s: show_if can only look at earlier answers (question with is or answered), not at theme scores", owner)
		return
	}
	if v.q.byTheme[c.Theme] == nil {
		v.errorf(c.At.Of("theme"), "unknown-theme", "%s: unknown theme %q (themes: %s)", owner, c.Theme, strings.Join(sortedKeys(v.q.byTheme), ", "))
	}
	if c.ScoreBelow == nil || c.Is != nil || c.Answered != nil {
		v.errorf(c.At.Position, "bad-condition", "%s: a theme condition takes score_below only, for example `score_below: 50`", owner)
	} else if *c.ScoreBelow <= 0 || *c.ScoreBelow > 100 {
		v.errorf(c.At.Of("score_below"), "out-of-range", "%s: score_below must be above 0 and at most 100, found %g", owner, *c.ScoreBelow)
	}
}

// unknownLeaf checks `unknown: [question ids]`.
func (v *validator) unknownLeaf(c *Condition, owner string, self *Question) {
	if len(c.Unknown) == 0 {
		v.errorf(c.At.Of("unknown"), "bad-condition", "%s: unknown needs at least one question id, for example `unknown: [%s]`", owner, firstKey(v.q.byQuestion, "cloud.register"))
	}
	for i, id := range c.Unknown {
		v.target(c.At.Of(fmt.Sprintf("unknown[%d]", i)), id, owner, self)
	}
	for _, key := range []string{"is", "answered", "score_below"} {
		if c.At.Has(key) {
			v.errorf(c.At.Of(key), "bad-condition", "%s: unknown tests for \"weet ik niet\" by itself; put %s in a condition of its own", owner, key)
		}
	}
}

// target checks a question a condition names, and returns it or nil. In a
// show_if (self set) it must come before self.
func (v *validator) target(pos Position, id, owner string, self *Question) *Question {
	target := v.q.byQuestion[id]
	if target == nil {
		v.errorf(pos, "unknown-question", "%s: unknown question %q%s", owner, id, suggest(id, sortedKeys(v.q.byQuestion)))
		return nil
	}
	if self != nil {
		if target == self {
			v.errorf(pos, "bad-dependency", "%s: it cannot depend on the question itself; name an earlier question", owner)
			return nil
		}
		if v.q.order[target.ID] > v.q.order[self.ID] {
			v.errorf(pos, "bad-dependency", "%s: it names %s, which comes later; a question can only depend on earlier questions", owner, target.ID)
		}
	}
	return target
}

func (v *validator) questionLeaf(c *Condition, owner string, self *Question) {
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
		v.errorf(c.At.Position, "bad-condition", "%s: a question condition needs exactly one of is, answered or score_below", owner)
		return
	}
	switch {
	case c.Is != nil:
		if len(c.Is) == 0 {
			v.errorf(c.At.Of("is"), "bad-condition", "%s: is needs at least one option", owner)
		}
		valid := target.OptionIDs()
		for i, o := range c.Is {
			if !slices.Contains(valid, o) {
				v.errorf(c.At.Of(fmt.Sprintf("is[%d]", i)), "unknown-option", "%s: unknown option %q for question %s (options: %s)", owner, o, target.ID, strings.Join(valid, ", "))
			}
		}
		if i := slices.Index(c.Is, DontKnow); i >= 0 && len(c.Is) > 1 {
			v.errorf(c.At.Of(fmt.Sprintf("is[%d]", i)), "bad-condition", "%s: dont_know is listed beside real options of %s: \"weet ik niet\" is not a fact, so a condition on it is unknown; remove dont_know here and test it on its own with `unknown: [%s]`%s", owner, target.ID, target.ID, ruleHint(self))
		}
	case c.ScoreBelow != nil:
		if self != nil {
			v.errorf(c.At.Of("score_below"), "bad-condition", "%s: show_if can only use is or answered, not score_below", owner)
		} else if *c.ScoreBelow <= 0 || *c.ScoreBelow > 100 {
			v.errorf(c.At.Of("score_below"), "out-of-range", "%s: score_below must be above 0 and at most 100, found %g", owner, *c.ScoreBelow)
		}
	}
}

// ruleHint adds, for a rule, where its text for an unknown outcome goes.
func ruleHint(self *Question) string {
	if self != nil {
		return ""
	}
	return " (and give the rule an if_unknown text)"
}
