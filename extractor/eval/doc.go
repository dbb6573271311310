// Package eval scores extracted reports against gold annotations the way
// GOLD-SCHEMA.md defines: precision, recall and F1 on people (names and their
// positions, honorifics and roles), directive numbers and agenda items;
// accuracy on the publication time, the meeting date and, for matched
// directives, their type, date and issuer.
//
// Counts are micro-averaged over the corpus. The overall score is the
// unweighted mean of the scored lines ([Scored]); the meeting's other fields
// are reported for information.
package eval
