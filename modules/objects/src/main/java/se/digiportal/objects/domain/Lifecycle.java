package se.digiportal.objects.domain;

/** Where an IT system is in its life: from planned, through use and phasing out, to retired. */
public enum Lifecycle {
    PLANNED, IN_USE, PHASING_OUT, RETIRED
}
