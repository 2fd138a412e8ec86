package dev.replylint.text;

/** A token of the draft with its UTF-16 offsets into the whole draft. */
public record Token(int start, int end, String text) {}
