"""Personal data under the AVG, and text cleaned before it goes public."""
