package survey

// The survey's words are in the texts catalogs (texts/catalogs/*.yaml,
// keys survey.*, typed as texts.Survey… in texts/keys.go): the screens and
// the accessible mode hold a texts.Lang, parsed once from Options.Lang by
// Options.fill, and ask it for every text.
