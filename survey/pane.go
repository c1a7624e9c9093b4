package survey

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"soeverein/texts"
)

// Scrolling panes. A pane shows lines in a box of exactly w by h cells.
// When lines are hidden above or below, the first or last row of the box
// says so ("↑ meer", "↓ meer") instead of cutting them off silently. This is
// what bubbles/viewport does for a read-only pane at a fraction of the cost:
// one width measurement per visible line (View runs on every key).

// minScroll is the least number of rows a scrolling part needs to be of
// use: a marker, the line in view and a marker.
const minScroll = 3

// window is the part of n lines a pane of h rows shows: lines off up to
// off+shown, with a marker row above them when lines are hidden above and
// one below them when lines are hidden below.
type window struct {
	off, shown   int
	above, below bool
}

// scrollWindow keeps lines from..to in view (their start when they do not
// fit) and then scrolls extra lines further down (pgdn; up when extra is
// negative). A pane of fewer than minScroll rows has no room for markers
// and only scrolls.
func scrollWindow(n, h, from, to, extra int) window {
	if n <= h {
		return window{shown: n}
	}
	off := max(0, min(baseOffset(n, h, from, to)+extra, lastOffset(n, h)))
	switch {
	case h < minScroll:
		return window{off: off, shown: h}
	case off <= 0:
		return window{shown: h - 1, below: true}
	case off == lastOffset(n, h):
		return window{off: off, shown: h - 1, above: true}
	}
	return window{off: off, shown: h - 2, above: true, below: true}
}

// baseOffset is the first line shown before any extra scrolling: 0 when
// lines from..to fit above the bottom marker (rows 0..h-2), else so that
// to is the last line above it, with both markers showing h-2 lines; but
// never past from.
func baseOffset(n, h, from, to int) int {
	if h < minScroll {
		return min(max(0, to-h+1), from)
	}
	if to <= h-2 {
		return 0
	}
	return min(to-(h-3), from)
}

// lastOffset is the offset that shows the last line: under a top marker,
// or without markers in a pane too small for them.
func lastOffset(n, h int) int {
	if h < minScroll {
		return max(0, n-h)
	}
	return max(0, n-(h-1))
}

// scrollRange is the least and the most extra scrolling that still change
// what the pane shows: pgup and pgdn stop there, so that the other key works
// at once on the way back.
func scrollRange(n, h, from, to int) (lo, hi int) {
	if n <= h {
		return 0, 0
	}
	base := baseOffset(n, h, from, to)
	return -base, max(0, lastOffset(n, h)-base)
}

// page is how far pgup and pgdn scroll a pane of h rows: half the lines
// it shows between its markers.
func page(h int) int {
	if h >= minScroll {
		h -= 2
	}
	return max(1, h/2)
}

// scrollBy scrolls a pane of h rows a page down (d > 0) or up from extra,
// within lo..hi.
func scrollBy(extra, d, h, lo, hi int) int {
	if d < 0 {
		return max(lo, min(extra-page(h), hi))
	}
	return max(lo, min(extra+page(h), hi))
}

// marks are the two marker rows of a pane, styled.
type marks struct{ up, down string }

// marks returns the markers; on the question pane they name the keys that
// scroll it.
func (m *Model) marks(withKeys bool) marks {
	up, down := m.c.T(texts.SurveyMoreAbove), m.c.T(texts.SurveyMoreBelow)
	if withKeys {
		up += " (pgup)"
		down += " (pgdn)"
	}
	return marks{m.st.Muted.Render(up), m.st.Muted.Render(down)}
}

// draw puts the window's lines, and its markers, in a box of w by h.
func (win window) draw(lines []string, w, h int, mk marks) string {
	var b strings.Builder
	rows := 0
	put := func(line string) {
		if rows > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(fitLine(line, w))
		rows++
	}
	if win.above {
		put(mk.up)
	}
	for _, l := range lines[win.off : win.off+win.shown] {
		put(l)
	}
	if win.below {
		put(mk.down)
	}
	for rows < h {
		put("")
	}
	return b.String()
}

// fitLine cuts or pads a line to exactly w cells.
func fitLine(line string, w int) string {
	if lw := ansi.StringWidth(line); lw > w {
		return ansi.Truncate(line, w, "")
	} else if lw < w {
		return line + strings.Repeat(" ", w-lw)
	}
	return line
}

// scrollTo shows content in a box of w by h, scrolled so that line at is
// in view, plus extra lines further down.
func (m *Model) scrollTo(content string, w, h, at, extra int) string {
	lines := strings.Split(content, "\n")
	return scrollWindow(len(lines), h, at, at, extra).draw(lines, w, h, m.marks(false))
}

// pinned draws head above a scrolling body in a box of w by h: the head
// stays in place while the body scrolls to keep lines from..to in view.
func (m *Model) pinned(head, body []string, w, h, from, to, extra int) string {
	head, body, from, to, clipped := pin(head, body, h, from, to)
	bh := h - len(head)
	win := scrollWindow(len(body), bh, from, to, extra)
	var b strings.Builder
	for i, l := range head {
		if clipped && i == len(head)-1 && win.off > 0 {
			// The rest of this text is in the body, scrolled away.
			l = ansi.Truncate(l, max(0, w-1), "") + "…"
		}
		b.WriteString(fitLine(l, w) + "\n")
	}
	b.WriteString(win.draw(body, w, bh, m.marks(true)))
	return b.String()
}

// pin decides what of head stays in place in a box of h rows. When the
// head would leave the body fewer than minScroll rows, its second line (a
// blank one) goes first; then the head is cut, and its remaining lines move
// to the top of the body, where they scroll with the rest (clipped).
func pin(head, body []string, h, from, to int) (_, _ []string, _, _ int, clipped bool) {
	if len(head) > 2 && len(head)+minScroll > h && head[1] == "" {
		head = append(head[:1:1], head[2:]...)
	}
	keep := min(len(head), max(0, h-minScroll))
	if keep == len(head) {
		return head, body, from, to, false
	}
	rest := head[keep:]
	body = append(rest[:len(rest):len(rest)], body...)
	return head[:keep], body, from + len(rest), to + len(rest), true
}
