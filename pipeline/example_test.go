package pipeline_test

import (
	"errors"
	"fmt"

	"github.com/meetx/meetx/pipeline"
)

// A stage's error decides what happens to its message.
func ExampleClassify() {
	const maxDeliver = 5
	timeout := errors.New("connection reset")
	notText := pipeline.Permanent(errors.New("not a text document"))

	fmt.Println(pipeline.Classify(nil, 1, maxDeliver))
	fmt.Println(pipeline.Classify(timeout, 1, maxDeliver))
	fmt.Println(pipeline.Classify(timeout, maxDeliver, maxDeliver))
	fmt.Println(pipeline.Classify(notText, 1, maxDeliver))
	// Output:
	// ack
	// retry
	// dead-letter
	// dead-letter
}
