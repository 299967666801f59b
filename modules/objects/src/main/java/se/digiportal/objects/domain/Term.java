package se.digiportal.objects.domain;

/** A planned initiative's horizon in the objektplan: this year and next (short) or beyond (long). */
public enum Term {
    SHORT, LONG
}
