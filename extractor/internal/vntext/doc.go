// Package vntext holds the Vietnamese text helpers shared by the extractor and
// its evaluator: tone-placement folding ([Fold]) and comparison keys ([Key]).
package vntext
