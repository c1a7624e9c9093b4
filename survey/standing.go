package survey

import (
	"github.com/charmbracelet/x/ansi"

	"soeverein/figure"
	"soeverein/scoring"
	"soeverein/texts"
)

// The standing while answering: what scoring.Evaluate says of the answers
// so far, shown under the theme list. The survey computes nothing itself.

// levelOf is a theme's score and level as scoring gives them, and whether
// it is scored at all. A scored theme with too little answered has no level
// (nil): its score is over what was answered.
func levelOf(t *scoring.ThemeResult) (score float64, level *scoring.LevelRef, scored bool) {
	if t == nil || !t.Scored {
		return 0, nil, false
	}
	return t.Score, t.Level, true
}

// overallLevelOf is levelOf for the whole assessment.
func overallLevelOf(o scoring.Overall) (score float64, level *scoring.LevelRef, scored bool) {
	if !o.Scored {
		return 0, nil, false
	}
	return o.Score, o.Level, true
}

// result is the scoring of the answers as they stand, evaluated again only
// when they have changed since.
func (m *Model) result() *scoring.Result {
	if m.sess == nil {
		return nil
	}
	if m.scored == nil || m.scoredSess != m.sess || m.scoredRev != m.sess.Rev() {
		m.scored = scoring.Evaluate(m.q, m.sess.A)
		m.scoredSess, m.scoredRev = m.sess, m.sess.Rev()
	}
	return m.scored
}

// standingText is "62,5 · niveau 3: Beheerst" after prefix, or "62,5 ·
// niveau 3" where the name does not fit in w, or "12,5 · nog geen niveau"
// while too little is answered for a level (the score is over what was
// answered), or "nog geen niveau" before anything is scored.
func (m *Model) standingText(prefix string, w int, score float64, level *scoring.LevelRef, scored bool) string {
	if !scored {
		return truncate(prefix+m.c.T(texts.SurveyNoLevelYet), w)
	}
	s := figure.Score(m.opts.Lang, score)
	if level == nil {
		return truncate(prefix+s+" · "+m.c.T(texts.SurveyNoLevelYet), w)
	}
	full := prefix + s + " · " + m.levelText(nil, level, nil)
	if ansi.StringWidth(full) <= w {
		return full
	}
	return truncate(prefix+s+" · "+m.c.T(texts.SurveyLevelShort, texts.Int("level", level.Level)), w)
}

// viewStanding is the block under the theme list: the theme under the
// cursor and the whole assessment, as scored now.
func (m *Model) viewStanding(themeID string, w int) []string {
	res := m.result()
	if res == nil {
		return nil
	}
	lines := []string{"", m.st.Header.Render(truncate(m.c.T(texts.SurveyStanding), w))}
	if t := res.Theme(themeID); t != nil {
		score, level, ok := levelOf(t)
		lines = append(lines, m.standingText("", w, score, level, ok))
	}
	score, level, ok := overallLevelOf(res.Overall)
	lines = append(lines, m.standingText(m.c.T(texts.SurveyStandingAll)+": ", w, score, level, ok))
	return lines
}
