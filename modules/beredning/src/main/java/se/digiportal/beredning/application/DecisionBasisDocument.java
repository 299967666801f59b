package se.digiportal.beredning.application;

import se.digiportal.beredning.application.Views.DecisionBasisView;

/** Renders an underlag as the PDF the council reads; drafts are marked as such on every page. */
public interface DecisionBasisDocument {

    byte[] render(DecisionBasisView underlag);
}
