package reports

import "soeverein/compare"

// development is the section "Ontwikkeling sinds <jaar>" of a report: how
// this year compares with the year before, like for like.
type development struct {
	Since, This   *trendYear
	Questionnaire questionnaireRef
	Levels        map[int]string
	Overall       *trendSeries
	Themes        []*trendSeries // every theme, with its two points
	Changed       int            // themes whose score changed like for like
	Step          *trendStep
	Main          []*trendChange // the answer changes that moved a theme score most
	Others        int            // answer changes not in Main
}

// mainChangesShown is how many answer changes the section lists.
const mainChangesShown = 5

// newDevelopment builds the section from a comparison whose last year is
// the year of the report; nil gives nil (no section).
func newDevelopment(t *compare.Trend, lang string) *development {
	if t == nil || len(t.Years) < 2 {
		return nil
	}
	d := newTrendDoc(t, lang)
	n := len(d.Years)
	step := d.Steps[len(d.Steps)-1]
	dev := &development{
		Since: d.Years[n-2], This: d.Years[n-1], Questionnaire: d.Questionnaire, Levels: d.Levels,
		Overall: lastTwo(d.Overall), Step: step, Main: mainChanges(step.Answers, mainChangesShown),
	}
	for _, th := range d.Themes {
		th = lastTwo(th)
		dev.Themes = append(dev.Themes, th)
		if th.HasDelta && th.Delta != 0 {
			dev.Changed++
		}
	}
	dev.Others = len(step.Answers) - len(dev.Main)
	return dev
}

// lastTwo keeps the points and change of the last two years of a series.
func lastTwo(s *trendSeries) *trendSeries {
	cp := *s
	n := len(s.Points)
	cp.Points = s.Points[n-2:]
	cp.Changes = s.Changes[len(s.Changes)-1:]
	first, last := cp.Points[0], cp.Points[1]
	cp.HasDelta = first.Scored && last.Scored
	cp.Delta = 0
	if cp.HasDelta {
		cp.Delta = cp.Changes[0].LikeForLike
	}
	return &cp
}
