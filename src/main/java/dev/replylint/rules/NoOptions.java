package dev.replylint.rules;

/** The options type of a rule that takes none; any key under it in a policy is an error. */
public record NoOptions() {}
