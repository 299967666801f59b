package se.digiportal.portfolio.domain;

/** DIGG's kinds of benefit: money saved, resources freed for other work, better quality. */
public enum BenefitType {
    FINANCIAL, REDISTRIBUTION, QUALITY
}
