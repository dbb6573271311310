package natsbus

// NamesFor exposes namesFor to the tests.
var NamesFor = namesFor
